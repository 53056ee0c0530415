"""What "tell" and a speech verb report when the parse put the clause elsewhere.

* **a that-less complement of "tell" read as a relative clause on the listener** - "The
  governor told her staff she planned to resign" as ``acl(staff, planned)``. The clause has a
  subject that is no relative pronoun and "tell" has no other complement: it is what was told.
  So is such a clause the parse hung on the main verb ("sought eight, telling the court his
  client had completed a program" with "completed" a conjunct of "sought"), and a clause right
  after a speech verb with no complement of its own ("pledged another system and said Germany
  would stand by Ukraine" with "stand" a conjunct of "pledged").
* **the listener read into the reported clause** - "told The Huffington Post he's not planning
  an appeal" with "Post" the object of "planning".
* **what was told read as an apposition of the listener** - "has told a Senate inquiry the price
  he receives ... has fallen" with "the price" an apposition of "inquiry" and "has fallen" its
  relative clause with no subject (``_report_read_as_apposition``).
* **the clause's subject read as a second object** - "told psychologists violent men such as Roe
  were his heroes" with "men" the object of "told" and "Roe" the clause's subject.

Part of subject_repairs.subject_moves (tests/test_subject_repairs.py,
tests/test_clause_attachments.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import is_finite

Moves = dict[int, tuple[int, str]]

_RELATIVE = frozenset({"who", "whom", "which", "that", "what", "whose"})


def listener_clause(
    sent: Sentence, verb: Word, is_listener: Callable[[Word], bool], person_noun: Callable[[str], bool]
) -> Moves:
    """'told her staff she planned to resign': the "relative clause" on the listener is the complement."""
    if not is_listener(verb):
        return {}
    comp = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index), -1)
    if comp >= 0:
        return (
            _listener_in_clause(sent, verb, comp)
            or _listener_as_modifier(sent, verb, comp, person_noun)
            or _object_before_clause(sent, verb, comp)
        )
    if any(sent.words[c].rel in ("ccomp", "xcomp") for c in sent.children[verb.index]):
        return {}
    for listener in sent.children[verb.index]:
        if sent.words[listener].rel not in ("obj", "iobj") or listener < verb.index:
            continue
        for f in sent.children[listener]:
            w = sent.words[f]
            subj = next((c for c in sent.children[f] if sent.words[c].rel in ("nsubj", "expl")), -1)
            if w.rel != "acl" or f < listener or subj < 0 or not is_finite(sent, f):
                continue
            if sent.words[subj].text.lower() in _RELATIVE or "PronType=Rel" in sent.words[subj].feats:
                continue
            if any(sent.words[c].rel == "mark" for c in sent.children[f]):
                continue  # (a "that" clause: repairs.py's case)
            return {f: (verb.index, "ccomp")}
        if (clause := _clause_after_listener(sent, verb, listener)) >= 0:
            return {clause: (verb.index, "ccomp")}
        if moves := _report_read_as_apposition(sent, listener):
            return moves
    return {}


def _report_read_as_apposition(sent: Sentence, listener: int) -> Moves:
    """ "has told a Senate inquiry the price he receives from the major supermarkets has fallen"
    with "the price" an apposition of "inquiry" and "has fallen" a relative clause of it with no
    subject: the apposition is the subject of what was told, that clause its head."""
    for x in sent.children[listener]:
        if sent.words[x].rel != "appos" or x < listener:
            continue
        for v in sent.children[x]:
            w = sent.words[v]
            if w.deprel != "acl:relcl" or v < x or not is_finite(sent, v):
                continue
            if any(sent.words[c].rel in ("nsubj", "expl", "mark") for c in sent.children[v]):
                continue
            return {v: (sent.words[listener].head, "ccomp"), x: (v, "nsubj")}
    return {}


def clause_after_cue(sent: Sentence, verb: Word) -> Moves:
    """ "pledged another system and said Germany would stand by Ukraine" with "stand" a conjunct
    of "pledged": the same for a speech verb with no object or complement of its own, the clause
    starting right after it."""
    if any(sent.words[c].rel in ("ccomp", "xcomp", "obj", "iobj") for c in sent.children[verb.index]):
        return {}
    clause = _clause_after_listener(sent, verb, verb.index)
    if clause < 0:
        return {}
    if verb.head == clause:
        # ("kept rates unchanged, saying inflation remained too high" with "saying" an adverbial
        # of "remained", itself a conjunct of "kept": the participle goes up to where the clause
        # hung, and the clause under it)
        c = sent.words[clause]
        participle = "VerbForm=Part" in verb.feats or "VerbForm=Ger" in verb.feats
        return {clause: (verb.index, "ccomp"), verb.index: (c.head, "advcl" if participle else c.deprel)}
    if clause in (above := sent.heads_above(verb.index)):
        # ("Prices rose, with traders saying demand had collapsed" with "traders" an oblique of
        # "collapsed": the phrase that holds the participle goes up to where the clause hung)
        top = above[above.index(clause) - 1]
        return {clause: (verb.index, "ccomp"), top: (sent.words[clause].head, sent.words[top].deprel)}
    return {clause: (verb.index, "ccomp")}


def _clause_after_listener(sent: Sentence, verb: Word, listener: int) -> int:
    """ "sought eight, telling the court his client had completed a program" with "completed" a
    conjunct of "sought": a finite clause whose subject starts right after the listener's phrase
    (or the verb, ``listener`` its index), with no coordinator, comma or complementiser of its
    own, hung outside the verb's phrase, is what was told. Its head, or -1."""
    start = max(sent.subtree(listener)) + 1 if listener != verb.index else verb.index + 1
    for w in sent.words:
        if w.rel != "nsubj" or w.head <= w.index or _subject_start(sent, w) != start:
            continue
        if sent.words[start].upos == "PUNCT":
            continue  # (a comma set it off: "..., two sources said, nearly four years after an attack forced ...")
        f = sent.words[w.head]
        if f.rel not in ("conj", "parataxis") or f.index in sent.subtree(verb.index) or not is_finite(sent, f.index):
            continue
        if w.text.lower() in _RELATIVE or any(sent.words[c].rel in ("cc", "mark") for c in sent.children[f.index]):
            continue
        return f.index
    return -1


def _subject_start(sent: Sentence, w: Word) -> int:
    """Where a subject's phrase starts, with an adverb the parse hung on its verb before it
    ("more than 100,000 people had taken part" with "more" on "taken")."""
    first = min(sent.subtree(w.index))
    while first > 0 and sent.words[first - 1].head == w.head and sent.words[first - 1].upos == "ADV":
        first -= 1
    return first


def _listener_in_clause(sent: Sentence, verb: Word, comp: int) -> Moves:
    """'told The Huffington Post he's not planning an appeal' with "Post" the object of "planning":
    an object before its clause's subject is the listener of "tell"; so is a second subject
    right after the verb ("told The Athletic he remains ...")."""
    if any(sent.words[c].rel in ("obj", "iobj") for c in sent.children[verb.index]):
        return {}
    subjects = [c for c in sent.children[comp] if sent.words[c].rel in ("nsubj", "expl")]
    subj = subjects[0] if subjects else -1
    listener = next((c for c in sent.children[comp] if sent.words[c].rel == "obj" and verb.index < c < subj), -1)
    if len(subjects) > 1 and min(sent.subtree(subj)) == verb.index + 1 and sent.words[subj].upos != "PRON":
        # ("told The Athletic he remains confident" with two subjects: the first is the listener)
        listener, subj = subj, subjects[1]
    if subj >= 0 and listener < 0 and subj > verb.index + 1:
        # "told her the deal was off" with "her" the possessive of "deal": a possessive is never
        # followed by a determiner, so "her" is the person told
        her = sent.words[verb.index + 1]
        if her.text.lower() == "her" and her.head == subj and sent.words[verb.index + 2].upos == "DET":
            listener = her.index
    return {listener: (verb.index, "obj")} if subj >= 0 and listener >= 0 else {}


def _listener_as_modifier(sent: Sentence, verb: Word, comp: int, person_noun: Callable[[str], bool]) -> Moves:
    """ "told investigators police officers had fired first" with "investigators" a compound of
    "officers": a plural word for people right after "tell", modifying the clause's subject, is the
    person told; a noun modifier is singular ("police officers", "city crews"), so a plural
    people's word there opens a new phrase."""
    if any(sent.words[c].rel in ("obj", "iobj") for c in sent.children[verb.index]):
        return {}
    subj = next((c for c in sent.children[comp] if sent.words[c].rel == "nsubj"), -1)
    first = verb.index + 1
    if subj < 0 or first >= subj or min(sent.subtree(subj)) != first:
        return {}
    w = sent.words[first]
    if (named := _outlet_as_modifier(sent, verb, first, subj)) is not None:
        return named
    if w.upos != "NOUN" or w.deprel != "compound" or "Number=Plur" not in w.feats or not person_noun(w.lemma.lower()):
        return {}
    if sent.children[first] or sent.words[first + 1].upos not in ("NOUN", "PROPN", "ADJ"):
        return {}
    return {first: (verb.index, "iobj")}


def _outlet_as_modifier(sent: Sentence, verb: Word, first: int, subj: int) -> Moves | None:
    """ "told Reuters prices would rise", "told the BBC staff were leaving" with the name a compound
    of the clause's subject, a common noun: the name right after "tell" is the one told (news does
    not write an outlet's name before a bare noun it tells of: "Reuters prices")."""
    det = first if sent.words[first].text.lower() == "the" and sent.words[first].head == subj else -1
    run = []
    k = first + 1 if det >= 0 else first
    while k < subj and sent.words[k].upos == "PROPN" and sent.words[k].head == subj and not sent.children[k]:
        run.append(k)
        k += 1
    head = sent.words[subj]
    if not run or k != subj or head.upos != "NOUN" or not head.text.islower():
        return None
    moves: Moves = {run[-1]: (verb.index, "iobj"), **{c: (run[-1], "compound") for c in run[:-1]}}
    return moves | ({det: (run[-1], "det")} if det >= 0 else {})


_EXAMPLE_MARKS = frozenset({"such", "as", "like", "including"})


def _object_before_clause(sent: Sentence, verb: Word, comp: int) -> Moves:
    """ "told psychologists violent men such as Roe were his heroes" with "psychologists" the
    indirect object, "men" the object and "such as Roe" the clause's subject: "tell" takes one
    person told and one thing told, so an object between the listener and the clause that starts
    right after it is the clause's subject; a subject the clause has after it, set off by "such
    as" / "like" / "including", is an example of that object."""
    kids = sent.children[verb.index]
    listener = next((c for c in kids if sent.words[c].rel == "iobj" and c > verb.index), -1)
    obj = next((c for c in kids if sent.words[c].rel == "obj" and listener < c < comp), -1)
    if listener < 0 and obj > verb.index + 1 and (named := _outlet_before_subject(sent, verb, obj, comp)):
        return named
    if listener < 0 or obj < 0 or not is_finite(sent, comp) or min(sent.subtree(comp)) != max(sent.subtree(obj)) + 1:
        return {}
    subj = next((c for c in sent.children[comp] if sent.words[c].rel in ("nsubj", "expl")), -1)
    if subj < 0:
        return {obj: (comp, "nsubj")}
    marks = [c for c in sent.children[comp] if obj < c < subj and sent.words[c].rel == "mark"]
    if not marks or any(sent.words[c].text.lower() not in _EXAMPLE_MARKS for c in marks):
        return {}
    return {obj: (comp, "nsubj"), subj: (obj, "nmod"), **{c: (subj, "case") for c in marks}}


def _outlet_before_subject(sent: Sentence, verb: Word, obj: int, comp: int) -> Moves:
    """ "told RNZ morale in the team was at rock bottom" with "morale" the object of "told", "RNZ"
    its compound, and the clause after it with no subject: the name is the one told, the noun the
    clause's subject."""
    first = verb.index + 1
    w = sent.words[first]
    if w.upos != "PROPN" or w.head != obj or sent.children[first] or first + 1 != obj:
        return {}
    if not sent.words[obj].text.islower() or min(sent.subtree(comp)) != max(sent.subtree(obj)) + 1:
        return {}
    if any(sent.words[c].rel in ("nsubj", "expl", "mark") for c in sent.children[comp]) or not is_finite(sent, comp):
        return {}
    return {first: (verb.index, "iobj"), obj: (comp, "nsubj")}
