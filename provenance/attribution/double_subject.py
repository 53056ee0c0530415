"""A speech verb the parser gave two subjects, or a subject read as the verb's complement.
* **the reported clause's subject read as a second subject of the cue** - "The company's
  president, Maria Gomez, said sales fell" as ``nsubj(said, president)`` + ``nsubj(said,
  sales)`` + ``xcomp(said, fell)``. A verb has one subject: the one after the verb, followed by
  a verb of the cue's with no subject of its own, is that verb's subject, and that verb is
  what was said (a finite verb right after it: not "said Skelly, explaining he ...").
* **a fronted description read as a reported clause** - "The firm's chief executive, Tom Li,
  said profits rose" as ``ccomp(said, executive)`` (tagged an adjective, "chief" its subject) +
  ``nsubj(said, Li)``. An unquoted complement before the verb that has no verb, copula or
  conjunction of its own, set off right before the name that is the verb's subject, is the
  description of that name: the subject, with the name its apposition (the shape the parser
  gives "The bank's chief economist, Ann Wu, said ...").
* **the apposition of an inverted cue's name read as a reported clause** - '"It is over,"
  said Kim Park, a spokeswoman for the city.' as ``nsubj(said, Park)`` + ``ccomp(said,
  spokeswoman)``. A noun phrase with no verb after the name, set off by a comma, that closes the
  sentence describes the name.
* **a reported clause's subject with an apposition, read as the cue's object** - "Police said
  the suspect, a 34-year-old man, told officers he had been drinking" as ``obj(said,
  suspect)`` + ``ccomp(said, man)`` + ``ccomp(said, told)``: the object right after the cue,
  its apposition set off by commas, then a finite verb with no subject: the object is that
  verb's subject and the verb what was said. So when the apposition is the clause's own subject
  ("Police said the driver, a 34-year-old man, was arrested" with ``nsubj:pass(arrested, man)``).
* **a relative clause on the subject read as the cue's complement** - "A neighbour, who asked
  that her name not be used, said ..." as ``ccomp(said, asked)``: a clause opened by "who" or
  "which" right after the subject and its comma is the subject's relative clause; so after an
  inverted cue's subject ('"...," said Maria Gomez, whose son was hurt'); a "which" clause after
  an apposition is on the noun that ends it ("Dean Sorensen, business manager of Local 1638,
  which represents ...").

Part of subject_repairs.subject_moves (tests/test_clause_repairs.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .spans import QUOTE_MARKS
from .tree_edits import Moves, apposed, is_tree, moved, retagged

_SUBJECTS = ("nsubj", "nsubj:pass")


_CLAUSES = ("xcomp", "ccomp", "conj", "parataxis", "advcl")


def _words(sent: Sentence, head: int) -> list[int]:
    return [k for k in sent.subtree(head) if sent.words[k].upos != "PUNCT"]


def _first(sent: Sentence, head: int) -> int:
    """The first word of ``head``'s phrase that is not punctuation (-1 if it is all punctuation)."""
    return min(_words(sent, head), default=-1)


def second_subject_clause(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (clause, "nsubj"), clause: (verb, "ccomp")}`` for the first misparse."""
    kids = sent.children[verb.index]
    before = [c for c in kids if sent.words[c].rel in _SUBJECTS and c < verb.index]
    after = [c for c in kids if sent.words[c].rel in _SUBJECTS and c > verb.index]
    if len(before) != 1 or len(after) != 1:
        return {}
    s = after[0]
    clause = next(
        (
            c
            for c in kids
            if c > max(sent.subtree(s))
            and sent.words[c].rel in ("xcomp", "ccomp", "conj", "advcl", "parataxis")
            and sent.words[c].upos in ("VERB", "AUX", "ADJ")
            and not has_subject(sent, c)
            and is_finite(sent, c)
        ),
        None,
    )
    # (right after the subject, no comma: "said Skelly, explaining he ..." is an inverted cue)
    if clause is None or min(sent.subtree(clause)) != max(sent.subtree(s)) + 1:
        return {}
    return {s: (clause, "nsubj"), clause: (verb.index, "ccomp")}


def description_read_as_clause(sent: Sentence, verb: Word, person_noun: Callable[[str], bool]) -> Moves:
    """``{description: (verb, "nsubj"), name: (description, "appos"), ...}`` for the second;
    with no name, a description headed by a person noun ("A party official, speaking on
    background, said ...") when the verb has no subject."""
    kids = sent.children[verb.index]
    comps = [c for c in kids if sent.words[c].rel == "ccomp" and c < verb.index]
    if len(comps) != 1:
        return {}
    c = comps[0]
    # the name: the verb's subject, or hung on the description as a conjunct or apposition
    names = [k for k in kids if sent.words[k].rel == "nsubj" and c < k < verb.index]
    names += [
        k
        for k in sent.children[c]
        if sent.words[k].rel in ("conj", "appos") and k > c and sent.words[k].upos not in ("VERB", "AUX")
    ]  # (not a participle hung as a conjunct: "One official, speaking on background, said")
    if not names and not any(sent.words[k].rel in _SUBJECTS for k in kids) and person_noun(sent.words[c].text.lower()):
        return _bare_description(sent, verb, c)
    if len(names) != 1 or sent.words[names[0]].upos != "PROPN":
        return {}
    name, w = names[0], sent.words[c]
    sub = sent.subtree(c, exclude=[name])
    own = [sent.words[k] for k in sent.children[c] if k != name]
    if w.upos not in ("ADJ", "NOUN") or any(k.rel in ("cop", "aux", "mark", "aux:pass") for k in own):
        return {}
    if any(sent.words[k].text in QUOTE_MARKS or sent.words[k].upos in ("VERB", "AUX") for k in sub):
        return {}  # (a quoted clause before the cue is what was said; a description has no verb)
    if any(k.rel == "case" for k in own):
        return {}  # ("Despite many people ..., Roe says"): a phrase, not the subject
    first_of_name = _first(sent, name)
    if max(sub) + 2 != first_of_name or sent.words[max(sub) + 1].text != ",":
        return {}
    moves: Moves = {c: (verb.index, "nsubj"), name: (c, "appos")}
    for k in own:
        if k.rel in _SUBJECTS:
            moves[k.index] = (c, "compound")  # "chief" of "chief executive"
    return moves


def _bare_description(sent: Sentence, verb: Word, c: int) -> Moves:
    """The description alone is the subject: no verb, quote mark or preposition of its own
    outside a participle set off by commas ("speaking on background")."""
    own = [sent.words[k] for k in sent.children[c]]
    # (or a conjunct or modifier, as the parse may hang "speaking on background" too)
    set_off = [
        k.index
        for k in own
        if sent.words[k.index - 1].text == ","
        and (k.rel == "advcl" or (k.rel in ("conj", "acl") and "VerbForm=Part" in k.feats))
    ]
    sub = sent.subtree(c, exclude=set_off)
    if any(sent.words[k].text in QUOTE_MARKS or sent.words[k].upos in ("VERB", "AUX") for k in sub):
        return {}
    if any(k.rel in ("cop", "aux", "mark", "case", "aux:pass") for k in own):
        return {}
    moves: Moves = {c: (verb.index, "nsubj")}
    moves.update({k.index: (c, "compound") for k in own if k.rel in _SUBJECTS})
    return moves


def apposition_read_as_clause(sent: Sentence, verb: Word) -> Moves:
    """``{description: (name, "appos")}`` for the third misparse."""
    kids = sent.children[verb.index]
    # (the name after an inverted cue may be parsed its object: '"...," said Okafor, 62, a nurse';
    # not after a verb with nothing reported before it: "called Yanukovych, a ..., a leader")
    inverted = any(sent.words[k].rel in ("ccomp", "parataxis") for k in kids if k < verb.index)
    rels = ("nsubj", "obj", "iobj") if inverted else ("nsubj",)
    names = [k for k in kids if sent.words[k].rel in rels and k > verb.index and sent.words[k].upos == "PROPN"]
    if len(names) != 1:
        return {}
    name = names[0]
    end_of_name = max(_words(sent, name))  # (the comma after an age may hang on it: "Gomez, 54,")
    for c in kids:
        w = sent.words[c]
        # (or a role noun tagged an adjective, with the word before it its "subject" and no
        # copula: "the company's chief executive")
        no_cop = not any(sent.words[k].rel == "cop" for k in sent.children[c])
        adjective = w.upos == "ADJ" and no_cop and any(sent.words[k].rel == "nsubj" for k in sent.children[c])
        if (
            c < name
            or w.rel
            not in ("ccomp", "obj", "xcomp", "conj", "parataxis", "nsubj")  # ("said Roe(iobj), a doctor(nsubj)")
            or not (w.upos == "NOUN" or adjective)
        ):
            continue
        sub = _words(sent, c)
        # (on the noun or on one inside its phrase: "a cardiologist at X Medical Center who chaired ...")
        relative = {
            k for x in sub for r in sent.children[x] if sent.words[r].deprel == "acl:relcl" for k in sent.subtree(r)
        }
        if any(sent.words[k].upos in ("VERB", "AUX") and sent.words[k].rel != "amod" for k in set(sub) - relative):
            continue  # (a participle before the noun describes it, "a retired nurse", and so does a
            # relative clause after it, "a teacher who has lived there for years")
        if min(sub) != end_of_name + 2 or sent.words[end_of_name + 1].text != ",":
            continue
        if all(x.upos == "PUNCT" for x in sent.words[max(sub) + 1 :]):
            return {c: (name, "appos")}
    return {}


def subject_with_apposition_as_object(sent: Sentence, verb: Word) -> Moves:
    """``{apposition: (object, "appos"), object: (clause, "nsubj"), clause: (verb, "ccomp")}``
    for the fourth misparse."""
    kids = sent.children[verb.index]
    # (an indirect object too: "said Mary Smith, the mother of ..., is wrong" as iobj)
    obj = next(
        (k for k in kids if sent.words[k].rel in ("obj", "iobj") and min(sent.subtree(k)) == verb.index + 1), None
    )
    if obj is None or sent.words[obj].upos not in ("NOUN", "PROPN"):
        return {}
    end = max(sent.subtree(obj))
    if end + 1 >= len(sent.words) or sent.words[end + 1].text != ",":
        return {}
    appos = next((k for k in kids if k > end and _first(sent, k) == end + 2), None)
    if (
        appos is not None
        and sent.words[appos].rel in ("ccomp", "conj", "parataxis")
        and sent.words[appos].upos == "VERB"
    ):
        return _apposition_as_clause_subject(sent, obj, appos, end)
    if appos is None or sent.words[appos].upos != "NOUN":
        return {}
    words = _words(sent, appos)
    # (a relative clause inside the apposition is still the apposition's: "the mother of a
    # soldier who died in the attack")
    relative = {k for w in words if sent.words[w].deprel == "acl:relcl" for k in sent.subtree(w)}
    if any(sent.words[k].upos in ("VERB", "AUX") for k in words if k not in relative):
        return {}
    close = max(words) + 1
    if close >= len(sent.words) or sent.words[close].text != ",":
        return {}
    clause = next((k for k in kids if k > close and _first(sent, k) == close + 1), None)
    if clause is None or sent.words[clause].rel not in ("ccomp", "conj", "parataxis", "xcomp"):
        return {}
    predicate = sent.words[clause].upos == "VERB" or any(sent.words[c].rel == "cop" for c in sent.children[clause])
    if has_subject(sent, clause) or not is_finite(sent, clause) or not predicate:
        return {}  # (a verb, or a predicate with its copula: "is wrong")
    return {appos: (obj, "appos"), obj: (clause, "nsubj"), clause: (verb.index, "ccomp")}


def _apposition_as_clause_subject(sent: Sentence, obj: int, clause: int, end: int) -> Moves:
    """ "Police said the driver, a 34-year-old man, was arrested" as ``obj(said, driver)`` + ``nsubj:pass(arrested,
    man)``: the clause's subject set off by commas right after the object is the object's apposition."""
    subject = next((k for k in sent.children[clause] if sent.words[k].rel in _SUBJECTS), None)
    if subject is None or _first(sent, subject) != end + 2 or sent.words[subject].upos != "NOUN":
        return {}
    words = _words(sent, subject)
    close = max(words) + 1
    if any(sent.words[k].upos in ("VERB", "AUX") for k in words) or close >= clause or sent.words[close].text != ",":
        return {}
    # (and the clause the report: "She said the company, and not its workers, should pay", a parataxis)
    report = {clause: (sent.words[clause].head, "ccomp")} if sent.words[clause].rel != "ccomp" else {}
    return {subject: (obj, "appos"), obj: (clause, sent.words[subject].deprel)} | report


_RELATIVE = frozenset({"who", "which", "whom", "whose"})


def relative_clause_read_as_complement(sent: Sentence, verb: Word) -> Moves:
    """``{clause: (subject, "acl:relcl")}`` for the fifth misparse."""
    kids = sent.children[verb.index]
    # (before the verb, or after it in an inverted cue: '"...," said Maria Gomez, whose son was hurt')
    subject = next((k for k in kids if sent.words[k].rel in _SUBJECTS), None)
    if subject is None:
        return {}
    end = max(_words(sent, subject))
    for c in kids:
        if (
            c < subject
            or (subject < verb.index < c)
            or sent.words[c].rel not in ("ccomp", "parataxis", "advcl", "conj")
        ):
            continue
        first = _first(sent, c)
        w = sent.words[first]
        opens = w.lemma.lower() in _RELATIVE or w.text.lower() in _RELATIVE
        # ("whose" hangs on its noun: "whose son was hurt")
        on_clause = w.head == c or (w.text.lower() == "whose" and 0 <= w.head and sent.words[w.head].head == c)
        if opens and on_clause and first == end + 2 and sent.words[end + 1].text == ",":
            # (with a predicate joined to it before the verb: "The KMT, which favours ... but says
            # it is committed to democracy, said")
            joined = [k for k in kids if c < k < verb.index and sent.words[k].rel == "conj" and max(sent.subtree(k)) < verb.index
                      and not has_subject(sent, k) and any(sent.words[j].rel == "cc" for j in sent.children[k])]  # fmt: skip
            return {c: (_antecedent(sent, subject, end, w), "acl:relcl"), **{k: (c, "conj") for k in joined}}
    return {}


def _antecedent(sent: Sentence, subject: int, end: int, relative: Word) -> int:
    """The subject, or for "which" the noun ending its phrase ("Dean Sorensen, business manager of Local 1638, which")."""
    t = end
    while sent.words[t].deprel in ("compound", "flat") and sent.words[t].head > t:
        t = sent.words[t].head
    noun = sent.words[t].upos in ("NOUN", "PROPN") and t in sent.subtree(subject)
    noun = noun and any(sent.words[k].text == "," for k in range(subject + 1, t))  # (set off: not "Rule-of-law NGO X")
    return t if relative.text.lower() == "which" and noun else subject


def title_read_as_second_argument(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """'"...," tweeted Rubio spokesman Alex Conant' with "spokesman" and "Conant" both objects
    of "tweeted" (or both subjects, as "Coun" and "Ho" in "said Coun. Amy Ho"): a role noun right before a name, as the same argument of
    the same verb, is the name's title (``compound``), as in "Rubio spokesman Alex Conant said";
    a name with a preposition after it is the role's ``nmod`` ("a spokesperson for Minister Jane
    Roe said")."""
    moves: Moves = {}
    for verb in sent.words:
        kids = [c for c in sent.children[verb.index] if sent.words[c].rel in ("obj", "nsubj")]
        for first, second in zip(kids, kids[1:]):
            a, b = sent.words[first], sent.words[second]
            # (a title the tokenizer cut from its stop is a proper noun: "Coun . Amy Ho")
            if a.rel != b.rel or a.upos not in ("NOUN", "PROPN") or b.upos != "PROPN" or not is_role(a.lemma.lower()):
                continue
            if max(sent.subtree(first)) + 1 != min(sent.subtree(second)):
                continue
            if any(sent.words[k].rel == "case" for k in sent.children[second]):
                moves[second] = (first, "nmod")  # ("a spokesperson for Minister Jane Roe": the role's)
            else:
                moves[first] = (second, "compound")
    return moves


def name_read_as_imperative(sent: Sentence) -> tuple[int, Moves]:
    """ "Trump himself said the deal was bad" with "Trump" tagged an imperative verb, the root,
    and "said" its complement: a capitalised first word with an intensive reflexive right after
    it is a name, the subject of the verb that follows (beside the reflexive, as the parser
    gives "The mayor herself said"). So is one right before a past-tense verb it governs ("Roe
    promised to close the depots", "Acme reminded customers ..." with "reminded" a modifier of
    the object: no imperative is followed by a past form). The name's index
    (to retag) and the moves, or (-1, {})."""
    first = next((w for w in sent.words if w.upos != "PUNCT"), None)
    if first is None or first.head >= 0 or first.upos != "VERB" or "Mood=Imp" not in first.feats:
        return -1, {}
    i = first.index
    if i + 1 >= len(sent.words) or not first.text[:1].isupper():
        return -1, {}
    kids = sent.children[i]
    after = sent.words[i + 1]
    near = after.head == i or (after.head >= 0 and sent.words[after.head].head == i)
    if after.upos == "VERB" and "Tense=Past" in after.feats and near:
        moves: Moves = {i + 1: (-1, "root"), i: (i + 1, "nsubj")}
        moves.update({c: (i + 1, sent.words[c].deprel) for c in kids if c not in moves})
        return i, moves
    if "Reflex=Yes" not in after.feats:
        return -1, {}
    verb = next(
        (c for c in kids if c > i + 1 and sent.words[c].upos in ("VERB", "AUX") and sent.words[c].rel in _CLAUSES), -1
    )
    if verb < 0:
        return -1, {}
    moves = {verb: (-1, "root"), i: (verb, "nsubj"), i + 1: (verb, "nsubj")}
    for c in kids:
        if c not in moves:
            moves[c] = (verb, sent.words[c].deprel)
    return i, moves


def name_as_subject(sent: Sentence) -> Sentence:
    """name_read_as_imperative's repair: the name retagged and made the verb's subject (a past
    form the parse read as a passive participle put back as the finite verb it is); and a
    capitalised subject tagged a verb retagged as the name it is (a subject is never a verb)."""
    for w in sent.words:
        if w.upos == "VERB" and w.rel == "nsubj" and w.text[:1].isupper() and not sent.children[w.index]:
            # ("Roe continued to assert ..." with "Roe" a verb the parse still made the subject)
            sent = retagged(sent, w.index, "PROPN", feats="Number=Sing", lemma=w.text)
    name, moves = name_read_as_imperative(sent)
    if name < 0 or not is_tree(sent, moves):
        return sent
    sent = retagged(moved(sent, moves), name, "PROPN", feats="Number=Sing", lemma=sent.words[name].text)
    verb = sent.words[name + 1]
    if verb.head < 0 and "Voice=Pass" in verb.feats:
        sent = retagged(sent, name + 1, "VERB", feats="Mood=Ind|Tense=Past|VerbForm=Fin")
    return sent


def name_hung_inside_subject(sent: Sentence) -> Moves:
    """ "The top Republican on the committee, Sen. Roger Wicker, said" with ``appos(committee,
    Wicker)``: a name set off by commas between the subject's phrase and the verb, with no verb
    of its own, that the parse hung on a noun inside that phrase is the subject's apposition (it
    names the subject, as in "Roe, a lawyer, said"; so for the subject's last conjunct: "Roe and the board's
    head of investigations, Karin Lind, told"). (Two subjects set off the same way are content.one_subject's.)"""
    moves: Moves = {}
    for verb in sent.words:
        kids = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
        # (the conjunct may still be a second subject, its "and" on it: coordination.split_coordination)
        conj = [c for c in sent.children[kids[0]] if sent.words[c].rel == "conj"] if kids else []
        conj = [k for k in conj or kids[1:] if any(sent.words[c].rel == "cc" for c in sent.children[k])]
        if not kids or len(kids) != (2 if conj and sent.words[conj[-1]].head != kids[0] else 1):
            continue
        subject = conj[-1] if conj else kids[0]
        inner = [
            i
            for i in sent.subtree(subject)
            # (a conjunct with no "and" only names a count: "One of the plaintiffs, Jo Roe, 38,", not the
            # "developer" of "A spokeswoman for the developer, Harbor Point Partners,")
            if apposed(sent, i) and (sent.words[i].deprel == "appos" or sent.words[subject].upos == "NUM")
            and sent.words[i].head != subject
            # (the noun of a phrase on the subject: not inside a clause, "Gray, who served under
            # Mr. Bush's father, George Bush, ticked ...")
            and sent.words[sent.words[i].head].rel == "nmod" and sent.words[sent.words[i].head].head == subject
        ]  # fmt: skip
        for a in inner:
            rest = [i for i in _words(sent, subject) if i not in sent.subtree(a) and sent.words[i].text != ","]
            if sent.words[a].upos == "PROPN" and _set_off_between(sent, rest, _words(sent, a), verb.index):
                moves[a] = (subject, "appos")
                opening = min(_words(sent, a)) - 1  # (its opening comma with it, as the parse has it)
                moves[opening] = (a, "punct")
    return moves


def _set_off_between(sent: Sentence, first: list[int], second: list[int], verb: int) -> bool:
    """``second`` (no verb of its own) follows ``first`` with only commas between them and
    between it and the verb."""
    if not first or not second or max(first) >= min(second) or max(second) >= verb:
        return False
    if any(sent.words[i].upos in ("VERB", "AUX") for i in second):
        return False
    before, after = range(max(first) + 1, min(second)), range(max(second) + 1, verb)
    return bool(before) and bool(after) and all(sent.words[i].text == "," for i in (*before, *after))
