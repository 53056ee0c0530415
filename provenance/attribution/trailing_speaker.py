"""The speaker after a fronted report, which the parser read as part of the report.

"The plan is dead, his top aide, Tad Devine, told The Huffington Post" comes out of the shipped
parser as ``conj(dead, aide)`` with "told" left without a subject (or as ``conj(remains, told)``
when the report is the sentence's first clause). A finite speech verb needs a subject; the noun
phrase set off by commas just before it is that subject, and the clause before it is what was
said. The same speaker may come with the reported clause's own subject taken for the cue's
('The new plans "will not solve it," Anne Richards, ..., said' as ``nsubj(said, plans)``): that
subject goes back to its clause (``speaker_inside_report``). A closing cue read as a conjunct of its report
("..., two people familiar with the plan said, as it struggles ...") is its parataxis
(``closing_cue_read_as_conjunct``). Part of subject_repairs.subject_moves (tests/test_subject_repairs.py,
tests/test_clause_repairs.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .fronted_subject import after_former_name
from .spans import CLOSING_QUOTES
from .trailing_forms import description_before_name, finite_or_bare_past, name_apposed_before, relative_may_hold

Moves = dict[int, tuple[int, str]]
IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]

_DASHES = frozenset({"—", "–", "--"})
_SET_OFF = ("conj", "appos", "vocative", "parataxis", "nmod", "list", "dep")


def _relative(w: Word) -> bool:
    return "PronType=Rel" in w.feats or (w.upos == "PRON" and w.text.lower() in ("which", "who", "whom", "whose"))


def _set_off_phrase(sent: Sentence, verb: Word, inside: int) -> int:
    """The noun phrase inside ``inside``'s clause that ends just before ``verb``, set off by a
    comma (the outermost one: "Karen Lindsay, emergency program co-ordinator, said")."""
    end = _verb_start(sent, verb) - 1
    while end >= 0 and sent.words[end].upos == "PUNCT":
        end -= 1  # the comma (and a closing parenthesis) before the verb
    if sent.words[end + 1].text in _DASHES:
        # "Joyce — who is listed as an attorney — told": the phrase before the dashed relative clause
        opener = max((j for j in range(inside, end) if sent.words[j].text in _DASHES), default=-1)
        if opener > 0 and _relative(sent.words[opener + 1]):
            end = opener - 1
    found = [n for n in sent.subtree(inside) if _set_off(sent, n, end, inside)]
    if not found and _bare_name_before(sent, verb, inside):
        # "as Archbishop Aris Shirvanian of the Armenian Patriarchate told": a bare name right
        # before the verb, hung on it without a preposition
        return inside
    return min(found, key=lambda n: sent.subtree(n)[0]) if found else -1


def _verb_start(sent: Sentence, verb: Word) -> int:
    """Where the verb's group starts: its auxiliaries right before it ("..., the agency (ITIA) has
    announced"); not a passive's ("her husband, Bill, is accused of")."""
    k = verb.index
    if any(sent.words[c].rel in ("ccomp", "obj", "xcomp") for c in sent.children[k] if c > k):
        return k  # (a verb with what was said after it closes nothing: "..., members of the UUP, have said they will")
    while k > 0 and sent.words[k - 1].deprel == "aux" and sent.words[k - 1].head == verb.index:
        k -= 1
    return k


def _bare_name_before(sent: Sentence, verb: Word, n: int) -> bool:
    w = sent.words[n]
    return (
        w.upos == "PROPN"
        and w.rel in ("obl", "nmod", "dep")
        and not any(sent.words[c].rel == "case" for c in sent.children[n])
        and max(k for k in sent.subtree(n) if sent.words[k].upos != "PUNCT")
        == verb.index - 1  # (not "In Co Leitrim, ...,")
    )


def _set_off(sent: Sentence, n: int, end: int, after: int) -> bool:
    """``n`` heads a noun phrase ending at ``end`` with a comma (and maybe a closing quote mark)
    before it, after word ``after``."""
    w = sent.words[n]
    if w.upos not in ("NOUN", "PROPN", "PRON") or n == after:
        return False
    if w.rel not in _SET_OFF and not _second_subject(sent, n):
        return False
    if any(sent.words[c].rel == "cc" for c in sent.children[n]):
        return False  # "cafecitos, or Cuban coffee, told him": one of a coordination
    sub = [j for j in sent.subtree(n) if sent.words[j].upos != "PUNCT"]
    before = sub[0] - 1
    if before >= 0 and sent.words[before].text in CLOSING_QUOTES:
        before -= 1
    return sub[-1] == end and before > after and sent.words[before].text == ","


def _second_subject(sent: Sentence, n: int) -> bool:
    """'"There is no crisis," the spokeswoman, Anne Lee, told CP' with "spokeswoman" a second
    subject of "is": a clause has one subject, so the later one is set off from it."""
    w = sent.words[n]
    if w.rel not in ("nsubj", "nsubj:pass") or w.head < 0:
        return False
    return any(sent.words[c].rel in ("nsubj", "nsubj:pass", "expl", "csubj") and c < n for c in sent.children[w.head])


def _name_before(sent: Sentence, n: int, inside: int) -> int:
    """'..., Tad Devine, his top aide, told': the name set off just before the description ``n``."""
    first = min(j for j in sent.subtree(n) if sent.words[j].upos != "PUNCT")
    # (a description the parse headed on a capitalised word with "a" before it: "Hodan Warsame, a
    # Horn of Africa researcher at ..., told")
    described = sent.words[n].upos == "NOUN" or any(
        sent.words[c].rel == "det" and sent.words[c].lemma.lower() in ("a", "an") for c in sent.children[n]
    )
    for p in sent.subtree(inside):
        if p != n and sent.words[p].upos == "PROPN" and described and _set_off(sent, p, first - 2, inside):
            return p
    return -1


def _aside_read_as_subject(sent: Sentence, verb: Word) -> int:
    """ "..., Minister Priya Dhaliwal announced Thursday, a major shift for a program ..." with
    ``nsubj(announced, shift)``: the verb's only subject comes after it and after a word of its own
    and a comma, so it is the writer's aside on the whole sentence, not who spoke (an inverted
    subject follows its verb with no comma: '"...," said the minister')."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0] < verb.index:
        return -1
    first = min(sent.subtree(subjects[0]))
    between = [k for k in range(verb.index + 1, first) if sent.words[k].upos != "PUNCT"]
    if not between or "," not in (sent.words[first].text, sent.words[first - 1].text):
        return -1
    return subjects[0]


def trailing_speaker(sent: Sentence, verb: Word) -> Moves:
    """'The plan is dead, his top aide, Tad Devine, told The Huffington Post': the speaker."""
    aside = _aside_read_as_subject(sent, verb)
    if (has_subject(sent, verb.index) and aside < 0) or not finite_or_bare_past(sent, verb) or "Mood=Imp" in verb.feats:
        return {}
    comp = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c < verb.index), -1)
    head = verb.head
    # (a finite adverbial clause with no subordinator is none: "..., the Combined Authority (SYMCA) has
    # announced" with "announced" an ``advcl`` of the report)
    unmarked = verb.rel == "advcl" and not any(sent.words[c].rel == "mark" for c in sent.children[verb.index])
    coordinated = (
        (verb.rel in ("conj", "parataxis") or unmarked)
        and 0 <= head < verb.index
        and sent.words[head].head < 0
        # (a clause coordinated after it is its own: "..., researchers reported, but a few patients developed ...")
        and not any(
            sent.words[c].rel in ("cc", "conj") and not _clause_after(sent, verb, c) for c in sent.children[verb.index]
        )
        # ("..., which John Tefft, then ambassador, praised": a relative clause holding the verb, its subject inside)
        and not any(_relative(sent.words[j]) and relative_may_hold(sent, j, verb) for j in range(head + 1, verb.index))
    )
    moves = _subject_moves(sent, verb, comp) if comp >= 0 else {}
    if not coordinated:
        # "While Roe did not spell it out, Rep. Chris Collins, R-NY, says ...": the speaker
        # hung inside an adverbial clause or phrase before the verb
        for c in sent.children[verb.index]:
            if moves or c > verb.index or c == comp or sent.words[c].rel not in ("advcl", "obl", "nmod", "dep"):
                continue
            moves = _subject_moves(sent, verb, c)
        return moves
    moves = moves or _subject_moves(sent, verb, head)
    if not moves:
        return {}
    if aside >= 0:  # (off the verb's arguments, as noun_clauses.writer_aside hangs it)
        moves[aside] = (verb.index, "dep")
    # the report is the whole first clause; a "that" clause the parser gave the speech verb goes
    # back to the nearest verb before it ("only if he can be convinced that it's a good deal")
    moves.update({verb.index: (-1, "root"), head: (verb.index, "ccomp")})
    if comp >= 0:
        host = max((j for j in sent.subtree(head) if j < comp and sent.words[j].upos == "VERB"), default=head)
        moves[comp] = (host, "ccomp")
    return moves


def _clause_after(sent: Sentence, verb: Word, c: int) -> bool:
    """Child ``c`` of the verb is a clause coordinated after it, with a subject and ", but" / ", and"."""
    w = sent.words[c]
    opens = [k for k in sent.children[c] if sent.words[k].rel == "cc" and k > verb.index]
    return (
        w.rel == "conj"
        and c > verb.index
        and bool(opens)
        and sent.words[opens[0] - 1].text == ","
        and has_subject(sent, c)
    )


def _subject_moves(sent: Sentence, verb: Word, clause: int) -> Moves:
    """The set-off phrase before ``verb`` becomes its subject (a name before a description leads)."""
    n = _set_off_phrase(sent, verb, clause)
    if n < 0:
        return {}
    if (after := after_former_name(sent, n)) != n:  # ("In a post on X, formerly Twitter, Ms. Raman thanked")
        return {after: (verb.index, "nsubj")}
    w = sent.words[n]
    # ("..., where about 60 workers were on the night shift, Chief Fire Officer Rajendra Chaudhary
    # said" with the name an apposition of "shift": a name right before the verb, after a comma)
    named = [
        c
        for c in sent.children[n]
        if sent.words[c].deprel == "appos"
        and sent.words[c].upos == "PROPN"
        and max(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT") == _verb_start(sent, verb) - 1
    ]
    first = min((k for k in sent.subtree(named[0]) if sent.words[k].upos != "PUNCT"), default=0) if named else 0
    if named and w.upos == "NOUN" and sent.words[first - 1].text == ",":
        return {named[0]: (verb.index, "nsubj")}
    if w.deprel == "appos" and sent.words[w.head].upos == "PROPN":
        # "81-year-old Parker Eaton, a nominal Republican who ..., said": the description of a
        # name; the name's phrase is the subject, and only when it is set off itself
        first = min(j for j in sent.subtree(w.head) if sent.words[j].upos != "PUNCT")
        if first - 1 <= clause or sent.words[first - 1].text != ",":
            return {}
        return {w.head: (verb.index, "nsubj")}
    name = max(_name_before(sent, n, clause), name_apposed_before(sent, n))
    if name >= 0:
        return {name: (verb.index, "nsubj"), n: (name, "appos")}
    if (described := description_before_name(sent, n, clause)) >= 0:
        return {n: (verb.index, "nsubj"), described: (n, "appos")}
    return {n: (verb.index, "nsubj")}


def speaker_inside_report(sent: Sentence, verb: Word) -> Moves:
    """'The new plans "will not solve this challenge," Anne Richards, an assistant secretary,
    said' as ``nsubj(said, plans)`` + ``ccomp(said, solve)`` with the name hung inside the
    quoted clause: the subject before the quote is the clause's own, and the phrase set off by
    commas right before the verb is the speaker."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"]
    if len(subjects) != 1 or subjects[0] > verb.index:
        return {}
    subject = subjects[0]
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and subject < c < verb.index]
    if len(comps) != 1 or has_subject(sent, comps[0]):
        return {}
    clause = comps[0]
    if min(sent.subtree(clause)) != max(sent.subtree(subject)) + 1:
        return {}  # (the clause follows the subject's phrase directly: a quote mark may open it)
    moves = _subject_moves(sent, verb, clause)
    speaker = next((k for k, (h, rel) in moves.items() if h == verb.index and rel == "nsubj"), -1)
    if speaker < 0 or speaker in sent.subtree(subject):
        return {}
    moves[subject] = (clause, "nsubj")
    return moves


def name_read_into_quote(sent: Sentence, verb: Word) -> Moves:
    """'"We will not stay silent," Hadi al-Saidi, the head of Kataib al-Nasr, said' with the
    name hung inside the quoted clause (a vocative of "stay") and the description the subject of
    "said": a name right after the closing mark, set off by a comma from the description that
    the verb took for its subject, is the speaker, and the description its apposition."""
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    # (or a count of a group: '"...," Magdalena Sowa, one of the march's organisers, told'; or a name with
    # a preposition, an affiliation: '"...," lead attorney Jacques Robichaux, of the ... firm Robichaux & Landry, said')
    of = subject >= 0 and any(sent.words[k].rel == "case" for k in sent.children[subject] if k < subject)
    if subject < 0 or sent.words[subject].upos not in ("NOUN", "NUM") and not of:
        return {}
    first = min(i for i in sent.subtree(subject) if sent.words[i].upos != "PUNCT")
    if first < 3 or sent.words[first - 1].text != ",":
        return {}
    end = first - 2  # (the name's last word)
    start = end
    while start > 0 and (sent.words[start - 1].upos == "PROPN" or sent.words[start - 1].text in ("-", "‐")):
        start -= 1
    while (
        start > 1
        and sent.words[start - 1].upos in ("NOUN", "ADJ")
        and sent.words[start - 1].head in range(start, end + 1)
    ):
        start -= 1  # (a title before the name: "lead attorney")
    if sent.words[start].upos not in ("PROPN", "NOUN", "ADJ") or sent.words[start - 1].text not in CLOSING_QUOTES:
        return {}
    if sent.words[start - 2].text not in (",", "?", "!"):
        return {}  # (the quote closes on a comma: '"...," Name, the head of ...')
    run = range(start, end + 1)
    top = next((i for i in run if sent.words[i].head not in run), -1)
    if top < 0 or sent.words[top].head in sent.subtree(subject) or sent.words[top].head == verb.index:
        return {}
    return {top: (verb.index, "nsubj"), subject: (top, "nmod" if of else "appos")}


def subject_read_into_report(sent: Sentence, verb: Word) -> Moves:
    """ "One of them, a former quality assurance manager ..., said staff had complained ..." with
    "One" a second subject of "complained" and "said" left with none: the reported clause's
    subject before the speech verb, when the clause has its own after it, is the verb's."""
    if has_subject(sent, verb.index) or not is_finite(sent, verb.index):
        return {}
    for c in sent.children[verb.index]:
        if sent.words[c].rel != "ccomp" or c < verb.index:
            continue
        subjects = [k for k in sent.children[c] if sent.words[k].rel == "nsubj"]
        before = [k for k in subjects if k < verb.index]
        if len(subjects) == 2 and len(before) == 1 and max(sent.subtree(before[0])) < verb.index:
            return {before[0]: (verb.index, "nsubj")}
    return {}


def release_time_read_as_subject(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Moves:
    """'..., a United Nations report released Thursday warned.' with "Thursday" the subject of
    "warned" and "warned" the complement of "released": a time right after a participle that
    modifies a noun is when the thing was released, and the noun is the subject of the speech
    verb after the time; the clause before the comma is what was said."""
    root = next((w for w in sent.words if w.head < 0), None)
    for w in sent.words:
        t = w.index - 1
        if root is None or w is root or t < 2 or not is_speech(w, sent) or w.rel not in ("ccomp", "conj", "parataxis"):
            continue
        time, participle = sent.words[t], sent.words[w.head]
        if time.head != w.index or time.rel != "nsubj" or not in_lex("time_nouns", time.lemma.lower()):
            continue
        if participle.index != t - 1 or participle.rel != "acl" or "VerbForm=Part" not in participle.feats:
            continue
        noun = sent.words[participle.head]
        first = min(j for j in sent.subtree(noun.index) if sent.words[j].upos != "PUNCT")
        if noun.upos != "NOUN" or noun.index != participle.index - 1 or first < 2 or sent.words[first - 1].text != ",":
            continue
        return {
            t: (participle.index, "obl"), noun.index: (w.index, "nsubj"),
            w.index: (-1, "root"), root.index: (w.index, "ccomp"),
        }  # fmt: skip
    return {}


def speakers_participle_after_closing_cue(sent: Sentence, verb: Word) -> Moves:
    """ "ZHB has set aside provisions ..., two people familiar with the matter said, speaking on
    condition of anonymity because ..." with "speaking" hung on the reported clause: a participle
    clause with no subject of its own right after a closing cue's comma is what the speaker did
    as they spoke, the cue's (so the cue closes the report, and the reason is the speaker's)."""
    head = verb.head
    if verb.rel not in ("conj", "parataxis") or not 0 <= head < verb.index or not has_subject(sent, verb.index):
        return {}
    end = max(sent.subtree(verb.index))
    for c in sent.children[head]:
        w = sent.words[c]
        if c <= end or w.upos != "VERB" or not w.text.lower().endswith("ing") or has_subject(sent, c):
            continue
        first = min(sent.subtree(c))
        # (the participle opens its phrase: not "..., she said, by demanding new hearings", a means
        # of what was said)
        opens = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT") == c
        if sent.words[first].text == "," and first == end + 1 and opens and w.rel in ("advcl", "conj", "xcomp"):
            return {c: (verb.index, "advcl")}
    return {}


def closing_cue_read_as_conjunct(sent: Sentence, verb: Word) -> Moves:
    """ "The company will cut 500 jobs, two people familiar with the plan said, as it struggles
    with falling sales" with ``conj(cut, said)``: nothing was reported. A speech verb with a subject
    of its own, set off from the clause before by a comma, with no coordinator, complement or object,
    hung on that clause as a conjunct and followed by a comma, closes it as its report (``parataxis``,
    as the parser reads "..., officials said, as ...")."""
    head, kids, end = verb.head, sent.children[verb.index], max(sent.subtree(verb.index))
    # (closing the sentence's first clause: not "a state in which class was abolished, egalitarianism ruled and")
    if verb.rel != "conj" or not 0 <= head < verb.index or sent.words[head].head >= 0:
        return {}
    if end + 1 >= len(sent.words) or sent.words[end + 1].text != ",":
        return {}  # (one closing the sentence is read already: trailing-cue)
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 1 or any(sent.words[c].rel in ("cc", "ccomp", "obj", "xcomp") for c in kids):
        return {}
    if any(sent.words[c].rel == "case" for c in sent.children[subjects[0]]):
        return {}  # (no subject with a preposition: "and, in a low voice said, ...")
    phrase = [k for k in sent.subtree(subjects[0]) if sent.words[k].upos != "PUNCT"]
    if phrase[0] == 0 or sent.words[phrase[0] - 1].text != ",":
        return {}
    if any(sent.words[k].upos not in ("AUX", "ADV", "PART") for k in range(phrase[-1] + 1, verb.index)):
        return {}
    return {verb.index: (head, "parataxis")}


def speakers_participle_inside_report(sent: Sentence, verb: Word) -> Moves:
    """ "A senior official said troops would be deployed ... to support the police, adding that the
    commission had received no formal request" with ``conj(support, adding)``: the troops added it.
    A speech participle with no subject, set off by a comma at the end of what the verb reports and
    hung inside it, is what the speaker did as they spoke: the verb's (as after a closing cue,
    ``speakers_participle_after_closing_cue``)."""
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(comps) != 1:
        return {}
    inside = sent.subtree(comps[0])
    for k in inside:
        w = sent.words[k]
        if k == comps[0] or w.upos != "VERB" or w.text.lower() not in _SPEAKING or sent.words[k - 1].text != ",":
            continue
        # (reporting a clause of its own: not "noting her 'limited availability'", what the report's subject did)
        reports = any(sent.words[c].rel == "ccomp" for c in sent.children[k])
        if (
            w.rel in ("conj", "advcl", "xcomp")
            and reports
            and not has_subject(sent, k)
            and max(sent.subtree(k)) == inside[-1]
        ):
            return {k: (verb.index, "advcl")}
    return {}


# Participles of speaking that tell what the speaker did as they spoke ("..., adding that ...")
_SPEAKING = frozenset({"adding", "saying", "noting", "arguing", "insisting", "warning", "stressing", "explaining"})
