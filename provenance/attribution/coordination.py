"""Coordination the parser got wrong around a speech verb.

A finite speech verb coordinated with the wrong verb is put back with the one it agrees with:

"Theresa May said this week that the country would formally declare its intention ... by the
end of March and suggested that it would withdraw" comes out of the shipped parser with
``conj(end, suggested)``: the second speech verb is read as coordinated inside the first one's
reported clause, so it inherits that clause's subject ("the country"). Coordinated verbs share
their form: a finite past "suggested" cannot stand beside "would declare" or "to break". The
conjunct goes up to the nearest verb above it that has its own finite form and tense ("said"),
and shares that verb's subject. When a verb on the way has the same form ("said that the
country declared ... and suggested"), the parser's reading stands. Part of
subject_repairs.subject_moves (tests/test_clause_repairs.py).

A second "that" clause read as a conjunct of the speech verb ("told AP he was working with
Manafort and that both were working for the party") is coordinated with the first complement;
so is a subjectless verb phrase whose form only the reported clause can lend it ("said the union
would seek talks and was reviewing whether ...", "said it had notified customers and hired a
firm": an auxiliary the speech verb lacks, or a participle sharing the clause's "had").

And a speech verb's coordinated subject split in two ("She and her defenders argue" with two
subjects: split_coordination), or its subject taken into the clause before ("..., but he was
copied on the questions and Gates said ..." with "Gates" a conjunct of "questions":
stolen_conjunct).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite, object_deep_in
from .spans import QUOTE_MARKS
from .verb_forms import agrees, finite_form, own_form, passive_clause, verb_feats

Moves = dict[int, tuple[int, str]]

_CLIMB = ("conj", "xcomp", "ccomp", "obl", "nmod", "obj", "advcl", "acl")


def misplaced_conjunct(sent: Sentence, verb: Word) -> Moves:
    """``{verb: (host, "conj")}`` for the misparse of the module doc; else empty."""
    if verb.rel != "conj" or verb.head < 0 or has_subject(sent, verb.index) or verb.upos != "VERB":
        return {}
    form = own_form(sent, verb)
    if form is None or not any(sent.words[c].rel == "cc" and c < verb.index for c in sent.children[verb.index]):
        return {}
    h = verb.head
    if (outside := _outside_quotation(sent, h, verb.index)) is not None:
        return {verb.index: (outside, "conj")}  # ('urged parents to ignore "lies ...," and said ...')
    if sent.words[h].upos in ("VERB", "AUX") and finite_form(sent.words[h]) == form:
        return {}  # (coordinated with a verb of its own form: the parse stands)
    while h >= 0:
        w = sent.words[h]
        if w.upos == "VERB" and finite_form(w) is not None and w.index < verb.index:
            if not agrees(w, form):
                return {}  # (the nearest finite verb has another tense: no reading to prefer)
            return {verb.index: (h, "conj")} if h != verb.head else {}
        if w.upos in ("VERB", "AUX") and verb_feats(w).get("VerbForm") != "Inf" and not passive_clause(sent, w):
            return {}  # (a participle or gerund on the way may be what it is coordinated with)
        if w.rel not in _CLIMB:
            return {}
        h = w.head
    return {}


def _outside_quotation(sent: Sentence, h: int, verb: int) -> int | None:
    """The verb ``h``'s nearest head outside the quotation that holds it and closes before ``verb``
    (a conjunct after the closing mark is coordinated with the sentence, not with what was quoted),
    or None."""
    marks = [k for k, w in enumerate(sent.words) if w.text in QUOTE_MARKS]
    opening, closing = max((k for k in marks if k < h), default=-1), min((k for k in marks if k > h), default=-1)
    if opening < 0 or not h < closing < verb:
        return None
    while opening < h < closing:
        h = sent.words[h].head
    return h if h >= 0 and sent.words[h].upos == "VERB" and h < opening else None


def that_clause_conjunct(sent: Sentence, verb: Word) -> Moves:
    """'told AP he was working with Manafort and that both were working for the party' with the
    second clause a conjunct of "told": a clause opened by "that" with its own subject, after
    the verb's complement (the last before it), is coordinated with that complement (what was
    said), not with the saying."""
    kids = sent.children[verb.index]
    if not (comps := [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index]):
        return {}
    moves: Moves = {}
    for x in kids:
        w = sent.words[x]
        that = any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in sent.children[x])
        comp = max((c for c in comps if c < x), default=comps[0])  # (a report split: '"bet the house" ...')
        read_as_det = _that_read_as_determiner(sent, x, comp)
        if w.rel == "conj" and x > comp and (that or read_as_det >= 0) and has_subject(sent, x):
            moves[x] = (comp, "conj")
            if read_as_det >= 0:
                moves[read_as_det] = (x, "mark")
    return moves


def _that_read_as_determiner(sent: Sentence, x: int, comp: int) -> int:
    """ "told AFP that far more people were inside ..., and that staff had asked ..." with "that"
    read as the determiner of the second clause's subject: right after "and", when the first
    clause opens with "that" too (the parallel clause). Its index, or -1."""
    cc = next((k for k in sent.children[x] if sent.words[k].rel == "cc"), -1)
    if (
        cc < 0
        or cc + 1 >= len(sent.words)
        or not any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in sent.children[comp])
    ):
        return -1
    w = sent.words[cc + 1]
    subject = sent.words[w.head] if w.head >= 0 else None
    if w.lemma.lower() != "that" or w.rel != "det" or subject is None or not subject.rel.startswith("nsubj"):
        return -1
    return cc + 1 if subject.head == x else -1


def unpunctuated_clause_conjunct(sent: Sentence, verb: Word, is_speech: Callable[[Word, Sentence], bool]) -> Moves:
    """ "Sources told POLITICO that she did chime in and the conversation flowed both ways" with
    "flowed" a conjunct of "told": a clause with its own subject joined by "and"/"or" right after
    the verb's reported clause, with no comma before the conjunction, goes on with that clause
    (news style puts a comma between two independent clauses: "..., and the meeting ended"
    stands). A conjunct that is itself a speech verb ("... and Doe added") keeps the parse."""
    kids = sent.children[verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(comps) != 1:
        return {}
    comp_end = sent.subtree(comps[0])[-1]
    moves: Moves = {}
    for x in kids:
        w = sent.words[x]
        if w.rel != "conj" or x < comp_end or not has_subject(sent, x) or not is_finite(sent, x) or is_speech(w, sent):
            continue
        first = sent.subtree(x)[0]
        cc = next((k for k in sent.children[x] if sent.words[k].rel == "cc"), None)
        if cc is None or sent.words[cc].lemma.lower() not in ("and", "or") or first <= comp_end:
            continue
        if any(sent.words[k].upos == "PUNCT" for k in range(comp_end + 1, cc)):
            continue
        moves[x] = (comps[0], "conj")
    return moves


_AUXILIARIES = frozenset(
    {"would", "will", "could", "can", "may", "might", "should", "must", "shall", "was", "were", "is", "are", "had", "has",
     "have", "be"}
)  # fmt: skip


def predicate_conjuncts(
    sent: Sentence, is_speech: Callable[[Word, Sentence], bool], in_lex: Callable[[str, str], bool]
) -> Moves:
    """``predicate_conjunct`` for every speech verb (on the repaired clauses: repairs._late_repairs)."""

    def says(lemma: str) -> bool:  # (a verb that says something)
        return any(in_lex(x, lemma) for x in ("speech_verbs", "appeal_verbs", "object_content_verbs"))

    moves: Moves = {}
    for verb in sent.words:
        if is_speech(verb, sent):
            moves.update(
                predicate_conjunct(sent, verb, says)
                or refusal_in_report(sent, verb, says)
                or cue_form_conjunct(sent, verb, says)
            )
    return moves


def refusal_in_report(sent: Sentence, verb: Word, says: Callable[[str], bool]) -> Moves:
    """ "The mayor said the plan was sound but would not comment further" with "comment" a
    conjunct inside the reported clause: a subjectless conjunct of the clause that refuses to
    speak (a negated speech verb, or "declined/refused to" one) is the speaker's, not what was said."""
    kids = sent.children[verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(comps) != 1:
        return {}
    for x in sent.children[comps[0]]:
        w = sent.words[x]
        if w.rel != "conj" or has_subject(sent, x) or w.upos != "VERB":
            continue
        negated = any(sent.words[k].lemma.lower() in ("not", "never") for k in sent.children[x])
        to_say = any(sent.words[k].rel == "xcomp" and says(sent.words[k].lemma.lower()) for k in sent.children[x])
        if (negated and says(w.lemma.lower())) or (to_say and w.lemma.lower() in ("decline", "refuse")):
            return {x: (verb.index, "conj")}
    return {}


_STATIVE = frozenset({"expect", "hope", "plan", "intend", "remain", "want", "need", "believe", "continue"})


def predicate_conjunct(sent: Sentence, verb: Word, says: Callable[[str], bool]) -> Moves:
    """ "said the union would seek talks with management and was reviewing whether ..." with
    "reviewing" a conjunct of "said": a conjunct with no subject after the reported clause goes
    on with that clause when its form comes from the clause, not from the speech verb - an
    auxiliary or modal of its own where the speech verb has none ("and was reviewing", "but
    would not accept"), or a bare participle after a clause in the perfect ("it had notified
    customers and hired a firm"), or a tense the clause's verb has and the speech verb has not
    ("she says she cried for a week and then ordered new queens"). Not a speech verb of its own with no auxiliary or a negation ("...
    and added that ...", "... but would not comment further": the speaker's acts, ``says`` a
    speech verb's lemma; "... and would plead not guilty" goes on with the clause)."""
    kids = sent.children[verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(comps) != 1 or any(sent.words[c].rel in ("aux", "aux:pass") for c in kids):
        return {}
    comp_end = sent.subtree(comps[0])[-1]
    perfect = any(sent.words[k].rel == "aux" and sent.words[k].lemma.lower() == "have" for k in sent.children[comps[0]])
    for x in kids:
        w = sent.words[x]
        # (or an adverbial clause: "and had since replaced" hung on "said" by its "since")
        # (or a predicate with a copula: 'said the division had "turned a corner" and was ready to ...')
        copular = w.upos in ("ADJ", "NOUN") and any(sent.words[k].rel == "cop" for k in sent.children[x])
        if w.rel not in ("conj", "advcl") or x <= comp_end or has_subject(sent, x) or w.upos != "VERB" and not copular:
            continue
        if not any(sent.words[k].rel == "cc" for k in sent.children[x]):
            continue
        own = [sent.words[k] for k in sent.children[x] if sent.words[k].rel in ("aux", "aux:pass", "cop") and k < x]
        negated = any(sent.words[k].lemma.lower() in ("not", "never") for k in sent.children[x])
        tense = finite_form(w)  # (a tense the speech verb has not is no act of the speaker's)
        if not own and tense is not None and tense == finite_form(sent.words[comps[0]]) != finite_form(verb):
            # ("She says she cried for a week and then ordered new queens": the clause's tense)
            if not any(sent.words[k].rel in ("aux", "aux:pass", "cop") for k in sent.children[comps[0]]):
                return {x: (comps[0], "conj")}
        if says(w.lemma.lower()) and (negated or not own):
            continue  # (the speaker's own act or refusal; "and would plead not guilty" is the client's)
        if any(a.text.lower() in _AUXILIARIES for a in own):
            return {x: (comps[0], "conj")}
        # ("and had since invested £38m" with "had" the verb; "and expected the changes to be
        # adopted", "and planned to take time": a state of mind the speaker reports of the subject)
        if not own and (w.text.lower() == "had" or w.lemma.lower() in _STATIVE and "Tense=Past" in w.feats):
            return {x: (comps[0], "conj")}
        if not own and perfect and "VerbForm=Part" in w.feats and "Tense=Past" in w.feats and "Mood=" not in w.feats:
            return {x: (comps[0], "conj")}
    return {}


def cue_form_conjunct(sent: Sentence, verb: Word, says: Callable[[str], bool]) -> Moves:
    """ "Roe said the Premier was cherry-picking figures and called for an inquiry" with "called"
    a conjunct inside the reported clause: a bare past-tense conjunct with no subject of its own,
    after a reported clause whose verb has an auxiliary ("was cherry-picking", "had cut"), has the
    form of the speech verb, not of the clause, and goes on with the speaker when it is a speech
    act itself ("and called for", "and warned"; not "had made promises and failed to deliver", nor
    "said Trump lied and called for a ban", where the clause's verb has the same bare form)."""
    if finite_form(verb) != ("Fin", "Past") or any(
        sent.words[c].rel in ("aux", "aux:pass") for c in sent.children[verb.index]
    ):
        return {}
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index]
    auxiliaries = (
        [sent.words[k] for k in sent.children[comps[0]] if sent.words[k].rel in ("aux", "aux:pass", "cop")]
        if len(comps) == 1
        else []
    )
    # (not a perfect: "had shared it and added his comment" may share "had"; but a contrast that reports
    # a clause of its own is the speaker's: 'said staff had done "an extraordinary job" but warned that ...')
    perfect = any(a.lemma.lower() == "have" for a in auxiliaries)
    if not auxiliaries:
        return {}
    # (after a noun predicate, "was cherry-picking figures", a bare "-ed" cannot share the copula)
    nominal = sent.words[comps[0]].upos in ("NOUN", "PROPN")
    for x in sent.children[comps[0]]:
        w = sent.words[x]
        own = [sent.words[k].rel for k in sent.children[x]]
        if w.rel != "conj" or x < comps[0] or w.upos != "VERB" or has_subject(sent, x) or "cc" not in own:
            continue
        but = any(sent.words[k].rel == "cc" and sent.words[k].lemma.lower() == "but" for k in sent.children[x])
        if perfect and not (but and "ccomp" in own):
            continue
        bare = finite_form(w) == ("Fin", "Past") or nominal and "VerbForm=Part" in w.feats and "Tense=Past" in w.feats
        if bare and says(w.lemma.lower()) and not {"aux", "aux:pass", "cop"} & set(own):
            return {x: (verb.index, "conj")}
    return {}


def split_coordination(sent: Sentence, verb: Word) -> Moves:
    """'She and her defenders argue that ...' parsed as two subjects of "argue", the "and" on
    the second: the second is the first's conjunct (the speaker is the coordination)."""
    if verb.rel in ("advcl", "xcomp") and verb.head >= 0 and not has_subject(sent, verb.index):
        verb = sent.words[verb.head]  # (a participle's: "X, Y and others broke ranks, telling ...")
    subjects = [c for c in sent.children[verb.index] if sent.words[c].deprel == "nsubj" and c < verb.index]
    if len(subjects) != 2:
        return subject_of_next_clause(sent, verb)
    first, second = subjects
    cc = any(sent.words[c].rel == "cc" and first < c < second for c in sent.children[second])
    # (not across a comma: "The crowd cheers, and then Wallnau continues" is two clauses; but
    # the comma closing the first one's apposition: "The vice-chair, Juliana Cherera, and three
    # other commissioners broke ranks")
    apposed = any(sent.words[c].rel == "appos" for c in sent.children[first])
    inside = sent.subtree(first)
    end = max(inside)
    # (nor the hyphen inside the first's name: "Oduya-Whitlock and the board's head of ...")
    comma = any(
        sent.words[j].upos == "PUNCT"
        and not (apposed and j <= end + 1)
        and not (sent.words[j].text == "-" and j in inside)
        for j in range(first, second)
    )
    return {second: (first, "conj")} if cc and not comma else {}


def stolen_conjunct(sent: Sentence, verb: Word) -> Moves:
    """'..., but he was copied on the questions and Gates said he spoke to Manafort' with "Gates"
    a conjunct of "questions" and "said" a subjectless conjunct of the first verb: the "and"
    joins the clauses, and the name right before the verb is its subject (so is a noun the parse
    made a conjunct of the first verb, with the "and")."""
    # (a past tense the tagger read as a participle, with no auxiliary: "officials warned that")
    past = "Tense=Past" in verb.feats and not any(sent.words[c].rel == "aux" for c in sent.children[verb.index])
    if verb.rel != "conj" or has_subject(sent, verb.index) or not (is_finite(sent, verb.index) or past):
        return {}
    n = verb.index - 1
    while n >= 0 and sent.words[n].rel in ("flat", "compound") and sent.words[n].head > n:
        n = sent.words[n].head  # (the head of "Rick Gates" is its last word)
    w = sent.words[n] if n >= 0 else None
    if w is None or w.upos not in ("PROPN", "PRON", "NOUN") or w.rel != "conj" or w.head > n:
        return {}
    sub = sent.subtree(n)
    own_cc = next((c for c in sent.children[n] if sent.words[c].rel == "cc"), -1)
    verb_cc = any(sent.words[c].rel == "cc" and c == sub[0] - 1 for c in sent.children[verb.index])
    after_noun = own_cc > 0 and sent.words[own_cc - 1].upos in ("NOUN", "PROPN", "PRON")  # ("Roe and Doe wrote")
    joins = w.head == verb.head and not after_noun or object_deep_in(sent, w.head, verb.head)
    if own_cc == sub[0] and not verb_cc and sub[-1] == verb.index - 1 and joins:
        # ("three workers were still missing and officials warned that ...": content.object_deep_in)
        return {n: (verb.index, "nsubj"), own_cc: (verb.index, "cc")}
    if own_cc >= 0 or not verb_cc or sub[-1] != verb.index - 1:
        return {}
    return {n: (verb.index, "nsubj")}


def second_speaker_read_into_report(sent: Sentence, verb: Word) -> Moves:
    """'The party said the currency was "built on sand", and its spokesman, Farai Mapfumo, said
    ordinary people were paying' with "spokesman" a conjunct of "sand" and the second "said" a
    subjectless complement of the first: the ", and" opens a second report, whose speaker is
    the noun phrase (with its apposition) right before the verb."""
    head = sent.words[verb.head] if verb.head >= 0 else None
    if verb.rel != "ccomp" or head is None or head.index > verb.index or has_subject(sent, verb.index):
        return {}
    if head.lemma.lower() != verb.lemma.lower() or not is_finite(sent, verb.index):
        return {}  # (the same speech verb twice: "said ..., and X said")
    found = [
        j
        for j in range(head.index + 1, verb.index)
        if sent.words[j].rel == "conj"
        and sent.words[j].upos in ("NOUN", "PROPN")
        and max(sent.subtree(j)) == verb.index - 1
    ]
    if not found:
        return {}
    n = found[-1]
    sub = sent.subtree(n)
    opening = [k for k in sub[:2] if sent.words[k].rel == "cc" and sent.words[k].head == n]
    if not opening or (opening[0] != sub[0] and sent.words[sub[0]].text != ","):
        return {}
    return {n: (verb.index, "nsubj"), opening[0]: (verb.index, "cc"), verb.index: (head.index, "conj")}


def subject_of_next_clause(sent: Sentence, verb: Word) -> Moves:
    """ "..., researchers led by Dr. Anjali Raghunathan reported Sunday, but a small number of
    patients developed signs of liver injury" with "number" the subject of "reported" and
    "developed" an adjective of "signs": a subject after the verb that ", but" (or ", and")
    opens, followed by an "-ed" word read as the adjective of the noun after it, is the subject
    of that past tense, a clause of its own coordinated with the verb (whose subject is then
    found before it)."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c > verb.index):
        cc = [c for c in sent.children[s] if sent.words[c].rel == "cc" and c < s]
        if (
            not cc
            or sent.words[cc[0] - 1].text != ","
            or cc[0] != min(sent.subtree(s)) + (sent.words[min(sent.subtree(s))].text == ",")
        ):
            continue
        end = max(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT")
        for p in range(s + 1, min(end + 1, len(sent.words) - 1)):
            w = sent.words[p]
            if w.rel == "amod" and w.upos == "VERB" and w.text.lower().endswith("ed") and w.head == p + 1:
                if sent.words[p - 1].upos in ("NOUN", "PROPN") and sent.words[w.head].head in sent.subtree(s):
                    return {p: (verb.index, "conj"), s: (p, "nsubj"), w.head: (p, "obj"), cc[0]: (p, "cc")}
    return {}
