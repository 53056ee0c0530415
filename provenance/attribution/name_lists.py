"""A list of names as a verb's subject that the parser did not read as a coordination.

"Sens. Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin said ..." comes out with
"Feinstein" a ``list`` dependent of the title, "Leahy" its conjunct and "Cardin" a ``flat``
part of "Leahy": only "Tom Carper" is a conjunct of nobody, and the co-speakers are lost. A
subject made only of names, separated by commas and closed by "and" or "or" right before its
verb, is a coordination: each name's last word heads it, the first name is the subject and
the others are its conjuncts. Reproduced with the shipped parser; tests/test_name_lists.py.

A portfolio of two fields before a role noun reads the same way: "Their work and pensions
spokesman, Steve Darling, said" comes out with "work" the subject and "spokesman" its conjunct,
so the speaker was "Their work". When the first "conjunct" is no word for a person and the
second is a role noun with no determiner of its own, the fields modify the role, which is the
subject (tests/test_listeners_headlines_bodies.py).

Two subjects of one verb, the second opened by "and" or "or" after a comma, are one coordinated
subject: "Senior keeper Joaquin Herrera, who has cared for her since 2015, and fellow keeper Lily
Okonkwo spent an hour under the tree" comes out with two ``nsubj`` of "spent" after the relative
clause, and "the two keepers" in the next sentence found no pair (``second_subject_after_and``;
tests/test_wire_copy_shapes.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import Moves

_COORDINATORS = frozenset({"and", "or"})


def name_list_subject(sent: Sentence) -> Moves:
    """The moves that make a subject list of names a coordination, or {}."""
    for verb in sent.words:
        subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"), None)
        if subject is None or sent.words[subject].upos != "PROPN":
            continue
        span = sent.subtree(subject)
        if max(span) + 1 != verb.index or len(span) != max(span) - min(span) + 1:
            continue
        groups = _groups(sent, span)
        if groups is not None:
            return _moves(sent, verb.index, groups)
    return {}


def _groups(sent: Sentence, span: list[int]) -> list[tuple[list[int], list[int]]] | None:
    """The names of the span with the separators before each ((separators, name) pairs), when
    the span is names, commas and a last "and"/"or" only."""
    groups: list[tuple[list[int], list[int]]] = []
    seps: list[int] = []
    name: list[int] = []
    for i in span:
        w = sent.words[i]
        if w.upos == "PROPN":
            name.append(i)
        elif (w.text == "," or w.text.lower() in _COORDINATORS) and (name or groups):
            if name:
                groups.append((seps, name))
                seps, name = [], []
            seps.append(i)  # (", and": both before the last name)
        else:
            return None
    if not name or not groups or any(len(n) > 4 for _, n in groups) or len(name) > 4:
        return None
    groups.append((seps, name))
    # a real list: the last name comes after "and"/"or" (not "Roe, D-Del., said")
    if not any(sent.words[i].text.lower() in _COORDINATORS for i in groups[-1][0]):
        return None
    return groups


def _moves(sent: Sentence, verb: int, groups: list[tuple[list[int], list[int]]]) -> Moves:
    head = groups[0][1][-1]
    moves: Moves = {head: (verb, "nsubj")}
    for k, (seps, name) in enumerate(groups):
        last = name[-1]
        for i in name[:-1]:
            moves[i] = (last, "compound")
        if k:
            moves[last] = (head, "conj")
            for i in seps:
                moves[i] = (last, "cc" if sent.words[i].text.lower() in _COORDINATORS else "punct")
    return moves


def portfolio_read_as_coordination(sent: Sentence, is_person: Callable[[str], bool]) -> Moves:
    """ "Their work and pensions spokesman said" as ``conj(work, spokesman)`` (or "City and county
    leaders say" as ``conj(City, leaders)``): the moves that make
    the role noun the subject and the fields before it its modifiers, or {}."""
    for s in sent.words:
        if s.rel != "nsubj" or s.upos != "NOUN" or is_person(s.lemma.lower()):
            continue
        kids = sent.children[s.index]
        role = next((c for c in kids if sent.words[c].rel == "conj" and sent.words[c].upos == "NOUN"), -1)
        # (plural too: "city and county leaders warn", "business and labor leaders said")
        if role < 0 or not is_person(sent.words[role].lemma.lower()):
            continue
        own = sent.children[role]
        fields = [c for c in own if s.index < c < role and sent.words[c].rel != "cc"]
        if not fields and "Number=Sing" not in sent.words[role].feats:
            continue  # (a plural role with no field of its own is a second group: "Police and firefighters said")
        cc = s.index + 1  # (the parse hangs it on the role or on the field after it)
        if sent.words[cc].rel != "cc" or sent.words[cc].head not in (role, *fields):
            continue
        if any(sent.words[c].rel not in ("compound", "amod") for c in fields):
            continue
        if any(sent.words[c].rel in ("det", "nmod:poss") for c in own):
            continue  # ("the company and its spokesman said": two speakers)
        moves: Moves = {role: (s.head, s.deprel), s.index: (role, "compound")}
        moves.update({c: (role, sent.words[c].deprel) for c in kids if c < s.index})
        if fields:  # (the fields stay the role's modifiers, "and" on the second: one contiguous phrase)
            moves[cc] = (fields[0], "cc")
        return moves
    return {}


def second_subject_after_and(sent: Sentence) -> Moves:
    """The move that makes the second of two subjects a conjunct of the first when "and" or "or"
    opens it (module doc), or {}."""
    for verb in sent.words:
        subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
        if len(subjects) != 2:
            continue
        first, second = subjects
        cc = [c for c in sent.children[second] if sent.words[c].rel == "cc" and c < second]
        if not cc or sent.words[cc[0]].text.lower() not in _COORDINATORS or min(sent.subtree(cc[0])) <= first:
            continue
        if sent.words[cc[0] - 1].text != "," or max(sent.subtree(first)) >= cc[0]:
            continue
        # (not a verb that agrees with one subject, nor words of the verb's between "and" and the
        # second: "The crowd cheers, and then Wallnau continues" is two clauses)
        own = set(sent.subtree(second))
        singular = "Number=Sing" in verb.feats and "Tense=Pres" in verb.feats  # (a past form agrees with any)
        if singular or any(k not in own for k in range(cc[0] + 1, second)):
            continue
        return {second: (first, "conj")}
    return {}


def second_subject_set_off(sent: Sentence, reports: Callable[[str], bool]) -> Moves:
    """The move that makes the second of two subjects of a verb that does not report (``reports``:
    a speech or cognition lemma, whose double subjects ``double_subject`` reads) the first's
    apposition, when commas set it off right after the first: "Nigerian singer Tolu Banjo, one of
    the most-streamed artists of the decade, has sued ..., alleging ..." had "one" the speaker of
    the participle; or {}."""
    for verb in sent.words:
        subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
        # (a report's verb too when a name comes first and a description after it: "Hannah
        # Lindqvist, the former world No. 8 who now works as a broadcaster, said")
        described = len(subjects) == 2 and _name_then_description(sent, subjects[0], subjects[1], verb.index)
        if len(subjects) == 2 and (not reports(verb.lemma.lower()) or described):
            if (apposed := _set_off_after(sent, *subjects)) is not None:
                return apposed
    return {}


def _name_then_description(sent: Sentence, first: int, second: int, verb: int) -> bool:
    """A name, then a description opened by an article or "one" whose phrase runs up to the comma
    right before the verb (not one whose clause the parse tore: "..., whose agency, Fenton, made the ads, said")."""
    phrase = sent.subtree(second)
    opener, closing = min(phrase), max(k for k in phrase if sent.words[k].upos != "PUNCT") + 1
    if closing + 1 != verb or sent.words[closing].text != ",":
        return False
    if sent.words[second].upos not in ("NUM", "PROPN"):
        return False  # (a noun's description the mention reads by word order: "Agus Prasetyo, the party's secretary-general")
    while sent.words[opener].upos == "PUNCT":
        opener += 1
    return sent.words[first].upos == "PROPN" and sent.words[opener].text.lower() in ("the", "a", "an", "one")


def _set_off_after(sent: Sentence, first: int, second: int) -> Moves | None:
    """The second subject as the first's apposition: commas right before and after its phrase,
    the first's phrase ending at the first comma, no coordinator, and the verb after."""
    words = sent.words
    phrase = [k for k in sent.subtree(second) if words[k].upos != "PUNCT"]  # (its commas hang anywhere)
    opening, closing = min(phrase) - 1, max(phrase) + 1
    if closing >= len(words) or words[opening].text != "," or words[closing].text != ",":
        return None
    if max(k for k in sent.subtree(first) if k < opening) != opening - 1 or words[second].head < closing:
        return None
    if any(words[c].rel == "cc" for c in sent.children[second]):
        return None
    return {second: (first, "appos")}
