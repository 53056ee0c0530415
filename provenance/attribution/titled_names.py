"""A name after its title that the parser did not make the head of its subject.

"Nova Scotia Health spokesperson Brendan Elliott said ..." comes out of the shipped parser with
two subjects of "said", "Nova" and "spokesperson", and "Elliott" a ``flat`` of "Nova" across the
title; "Canadian Union of Public Employees president Mark Hancock said ..." with "Union" the
subject and "Hancock" its second ``nmod``. The parser gives the same words in a shorter phrase
("Toronto Police spokesperson Meaghan Gray said") as the name with the title its ``compound``
and the organisation the title's. A subject phrase that runs unbroken up to the verb and ends in
a role noun (``person_roles``) and a run of capitalised proper nouns (or such a phrase after the
verb that closes the sentence: '"...," said Nova Scotia Health spokesperson Brendan Elliott')
has that run's last word for its head: the name; the title is the name's ``compound``, and the phrase's old head the
title's. A name the parser split with ``list`` or ``dep`` ("his co-counsel, Linda Bourque,") is
one again (``name_split_by_list``); a role tagged a verb before the name ("Jets coach Scott Arniel
didn't ...", "Bruins captain Brad Marchand, who ..., was blunt" with the name its object) is the
name's title (``role_read_as_verb_before_name``, one of ``retags``' noun repairs), and so is an
"-ing" word before a role noun ("acting director": ``title_participle_read_as_verb``); a
capitalised title inside the run ("Education Minister Demetrios Nicolaides") splits it; and
capitalised words joined by "and" that end in an organisation's word are one name ("Heart and
Stroke Foundation": ``coordinated_names.outlet_read_as_coordination``). Two titles joined by "and" before one name
("Former Chief Minister and BJP MP Basavaraj Bommai", ``titles_joined_before_name``) heads its
phrase too; names after an office or a role's place are in ``office_names.py``.
Part of ``phrase_repairs.phrase_repairs`` (tests/test_titled_names.py,
tests/test_misread_speakers.py, tests/test_joined_titles.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .spans import QUOTE_MARKS

Moves = dict[int, tuple[int, str]]
_LEADING = QUOTE_MARKS | {","}  # (the quotation's closing marks and comma)


def name_read_apart_from_title(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """The moves that make the name after a title its subject phrase's head (see the module
    doc); empty if there is none."""
    for verb in sent.words:
        kids = sent.children[verb.index]
        before = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
        # (an inverted cue's subject may still be its object here: "said Canadian Union of ...")
        after = [c for c in kids if sent.words[c].rel in ("nsubj", "obj") and c > verb.index][:1]
        # (a name before the subject after it is one phrase split: 'said Formula E chief executive
        # Martin Ashby' with two subjects, 'said Formula One chief ...' with "Formula" a listener)
        split = [c for c in kids if c > verb.index and sent.words[c].rel in ("nsubj", "iobj")]
        if len(split) > 1 and sent.words[split[-1]].rel == "nsubj" and sent.words[split[0]].upos == "PROPN":
            after = split
        for subjects in (before, after):
            if subjects and (moves := _moves(sent, subjects, verb.index, is_role)):
                return moves
    return {}


def _moves(sent: Sentence, subjects: list[int], verb: int, is_role: Callable[[str], bool]) -> Moves:
    head = subjects[0]
    phrase = set().union(*(sent.subtree(s) for s in subjects))
    # (not the quotation's closing comma and mark the parse hung on it: '"...," Reserve Bank of
    # Zimbabwe Governor Tendai Mhlanga told reporters')
    lead = min((k for k in phrase if sent.words[k].upos != "PUNCT"), default=head)
    phrase -= {k for k in phrase if k < lead and sent.words[k].text in _LEADING}
    start, end = min(phrase), max(phrase)
    aside = _after_name(sent, start, end) if head < verb else range(0)
    end = aside.start - 1 if aside else end
    if set(range(start, end + 1)) - phrase or any(
        sent.words[i].upos in ("PUNCT", "CCONJ") for i in range(start, end + 1)
    ):
        return {}  # (not across a coordination: "oil and gas worker Mike Wipf" reads apart)
    between = [k for k in range(end + 1, verb) if k not in aside]
    if head < verb and any(sent.words[k].upos not in ("AUX", "PART") for k in between):
        return {}  # ("... Chairman Tom Erickson would not discuss": an auxiliary may come between)
    name = end
    while name > start and sent.words[name - 1].upos == "PROPN" and sent.words[name - 1].text[:1].isupper():
        name -= 1
    # (a capitalised title inside the run: "Education Minister Demetrios Nicolaides"; after a
    # preposition only inside a body's name: "Harlan County Board of Supervisors Chairman Tom
    # Erickson", not "the endorsement of former U.S. Sen. Gordon Humphrey")
    inner = [k for k in range(name, end) if is_role(sent.words[k].text.lower())]
    # (a body's name may open with an adjective the tagger read so: "National Bank of Ethiopia
    # Governor Dawit Bekele")
    first, nxt = sent.words[start], sent.words[start + 1] if start + 1 < len(sent.words) else None
    adjective = first.upos == "ADJ" and nxt is not None and nxt.upos == "PROPN" and nxt.text[:1].isupper()
    body = (first.upos == "PROPN" or adjective) and first.text[:1].isupper()
    if inner and (body or not any(sent.words[k].upos == "ADP" for k in range(start, inner[-1]))):
        name = inner[-1] + 1
    title = name - 1
    last = sent.words[end]
    if title <= start or last.upos != "PROPN" or not last.text[:1].isupper() or end == head:
        return {}
    t = sent.words[title]
    if not _title_word(sent, title, end, is_role):
        return {}
    if any(sent.words[k].rel in ("acl", "acl:relcl") for k in range(start, title)):
        # (a clause inside is no title: "A lawsuit filed by Lydell resident Corey Simms accused":
        # the name takes the title's place in the clause, the title its compound)
        inside: Moves = {end: (t.head, t.deprel), title: (end, "compound")}
        inside.update({i: (end, "compound") for i in range(name, end)})
        inside.update({c: (end, sent.words[c].deprel) for c in sent.children[title] if sent.words[c].rel == "case"})
        return inside
    moves: Moves = {end: (verb, sent.words[head].deprel), title: (end, "compound")}
    moves.update({i: (end, "compound") for i in range(name, end)})
    # (a preposition the parse gave the name goes to the title: "Union of [Public Employees
    # president] Mark Hancock" as "case(Hancock, of)")
    moves.update({c: (title, "case") for c in sent.children[end] if c < title and sent.words[c].rel == "case"})
    for s in subjects:
        if s not in moves:
            moves[s] = (title, "compound")
    # (and what the comma set off, wherever the parse hung it, describes the name)
    moves.update({k: (end, sent.words[k].deprel) for k in aside if sent.words[k].head not in aside and k != end})
    return moves


def _after_name(sent: Sentence, start: int, end: int) -> range:
    """What follows the name in its subject phrase: a second speaker joined to it ("Central Bank of
    Kenya Governor Kamau Thugge and his deputy, Susan Koech, said": the conjunct stays the name's),
    or what a comma sets off, which describes it ("UAW Region 8 Director Carla Dunmore, who
    oversees organizing, said"); the title phrase ends before it. Empty if nothing does."""
    joined = _joined_to_name(sent, start, end)
    end = joined.start - 1 if joined else end
    comma = next((k for k in range(start, end + 1) if sent.words[k].text == ","), None)
    return range(comma, end + 1) if comma is not None and comma > start + 1 else joined


def _joined_to_name(sent: Sentence, start: int, end: int) -> range:
    """The words from an "and" after a capitalised name to the phrase's end, when the parse hung
    what it joins on that name; else empty."""
    cc = next((k for k in range(start + 2, end) if sent.words[k].upos == "CCONJ"), None)
    if cc is None or sent.words[cc - 1].upos != "PROPN" or not sent.words[cc - 1].text[:1].isupper():
        return range(0)
    conj = sent.words[sent.words[cc].head]
    return range(cc, end + 1) if conj.rel == "conj" and conj.head == cc - 1 and conj.index > cc else range(0)


def _title_word(sent: Sentence, title: int, end: int, is_role: Callable[[str], bool]) -> bool:
    """The word before the name is a title: a role noun (or one tagged an adjective: "Heart of the
    City chief executive Sandra Lowe"), not a plural trade before one name, which names a firm
    ("an assessment by consultants Penhale Acoustics")."""
    t = sent.words[title]
    # (or tagged an adverb: "Bucks forward Evan Koenig said")
    adjective = t.upos in ("ADJ", "ADV") and t.text.islower() and is_role(t.text)
    if (
        t.upos not in ("NOUN", "PROPN")
        and not adjective
        or not (is_role(t.lemma.lower()) or _role_of(sent, title, is_role))
    ):
        return False
    # (a plural post of its own, not the field of one: "group director of operations Mark Fenwick")
    plural = "Number=Plur" in t.feats and t.text.islower() and not _role_of(sent, title, is_role)
    return not (plural and all(sent.words[c].rel != "conj" for c in sent.children[end]))


def _role_of(sent: Sentence, title: int, is_role: Callable[[str], bool]) -> bool:
    """ "group director of operations Mark Fenwick": the word before the name is the object of
    "of" after a role, which is the title."""
    k = title - 1
    return k > 0 and sent.words[k].lemma.lower() == "of" and is_role(sent.words[k - 1].lemma.lower())


def name_split_by_list(sent: Sentence) -> Moves:
    """ "Ray Wagner and his co-counsel, Linda Bourque, said" with ``appos(co-counsel, Linda)`` and
    ``list(Wagner, Bourque)``: a capitalised proper noun right after another, hung apart from it
    by ``list`` or ``dep``, is the rest of that name, and heads it as the parser has names
    ("Linda" its ``compound``); empty if there is none."""
    moves: Moves = {}
    for w in sent.words[1:]:
        first = sent.words[w.index - 1]
        if w.deprel not in ("list", "dep") or w.upos != "PROPN" or not w.text[:1].isupper():
            continue
        if first.upos != "PROPN" or not first.text[:1].isupper() or w.head in (first.index, first.head):
            continue
        if sent.children[w.index] or first.head < 0:
            continue  # (not the words of one flat run: "Senator Claire McCaskill" under one head)
        moves[w.index] = (first.head, first.deprel)
        moves[first.index] = (w.index, "compound")
        moves.update({c: (w.index, sent.words[c].deprel) for c in sent.children[first.index]})
    return moves


def titled_run(sent: Sentence, w: Word, in_lex: Callable[[str, str], bool]) -> list[int]:
    """The words after a role ``w`` tagged a verb up to the end of the name after it (capitalised
    proper nouns); after a body's acronym tagged a verb, its role words first ("SPD spokesman Lars
    Henning dismissed the report"). Empty when ``w`` opens no such name."""
    role = in_lex("person_roles", w.text.lower())
    acronym = not role and len(w.text) >= 2 and w.text.isalpha() and w.text.isupper()
    if not (role or acronym):
        return []
    j = w.index + 1
    while acronym and j < len(sent.words) and in_lex("person_roles", sent.words[j].text.lower()):
        j += 1
    if acronym and j == w.index + 1:
        return []
    while j < len(sent.words) and sent.words[j].upos == "PROPN" and sent.words[j].text[:1].isupper():
        j += 1
    return list(range(w.index + 1, j))


def role_read_as_verb_before_name(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Jets coach Scott Arniel didn't mince words" with "coach" tagged the root verb, "Scott" its
    object and "Arniel" the subject of its complement "mince": a role noun (``person_roles``)
    tagged a verb, right before a run of capitalised proper nouns whose last word is the subject
    of a clause after it under that verb, is the name's title, and that clause is the sentence's.
    The index of the role (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words:
        run = titled_run(sent, w, in_lex) if w.upos == "VERB" else []
        if not run:
            continue
        last = sent.words[run[-1]]
        verb = last.head
        outer = w.head > last.index and w.rel in _CLAUSES and not _has_subject(sent, w.head)
        if last.rel == "obj" and verb == w.index and outer:
            # '"...," Texas delegate Bill Eastland, wearing a hat, said' with the role a clause of
            # "said" after it: the cue is the verb the name is the subject of
            verb = w.head
        elif last.rel == "obj" and verb == w.index:
            # "Bruins captain Brad Marchand, who scored twice, was blunt" with the name the
            # role's object, the relative clause and "blunt" its conjuncts: the one with no
            # subject of its own is the sentence's predicate, the other the name's relative
            # (the last: "Mary Susan, clad in a red cape, said ..." sets a phrase off before it)
            verb = max(
                (c for c in sent.children[w.index] if c > last.index and _conjunct_predicate(sent, c)), default=-1
            )
            if verb < 0:
                continue
        elif last.rel != "nsubj" or verb <= last.index or sent.words[verb].head != w.index:
            continue
        moves: Moves = {last.index: (verb, "nsubj"), w.index: (last.index, "compound")}
        if verb != w.head:
            moves[verb] = (w.head, w.deprel)
        moves.update({k: (last.index, "compound") for k in run[:-1]})
        for c in sent.children[w.index]:
            if c in moves:
                continue
            if c < w.index:  # (the organisation before it is the title's: "Jets" of "Jets coach")
                moves[c] = (w.index, "compound")
            elif sent.words[c].rel in _CLAUSES and _relative(sent, c):
                moves[c] = (last.index, "acl:relcl")
            elif c < verb and _conjunct_predicate(sent, c):
                moves[c] = (last.index, "acl")  # (the phrase set off after the name)
            else:
                moves[c] = (verb, sent.words[c].deprel)
        return w.index, moves
    return -1, {}


_CLAUSES = ("conj", "ccomp", "parataxis")  # how the parse hangs clauses on a verb it made up


def _has_subject(sent: Sentence, c: int) -> bool:
    return any(sent.words[k].rel in ("nsubj", "nsubj:pass") for k in sent.children[c])


def _relative(sent: Sentence, c: int) -> bool:
    return any("PronType=Rel" in sent.words[k].feats for k in sent.children[c] if k < c)


def _conjunct_predicate(sent: Sentence, c: int) -> bool:
    """A conjunct with no subject or relative pronoun of its own ("..., was blunt")."""
    w = sent.words[c]
    return (
        w.rel in _CLAUSES
        and not _relative(sent, c)
        and not any(sent.words[k].rel in ("nsubj", "nsubj:pass", "cc") for k in sent.children[c])
    )


def title_participle_read_as_verb(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """'"...," said Shailesh Chandra, managing director of the unit' with "managing" tagged a verb
    (a clause of "said") and "director" its object: an "-ing" word right before a role noun
    (``person_roles``) it takes as object is part of the title ("managing director", "acting
    chief", "presiding judge"). After a name and a comma the role is the name's apposition, else
    it takes the verb's place. The index of the participle (to retag an adjective) and the
    moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or not w.text.lower().endswith("ing") or i + 1 >= len(sent.words) or w.head < 0:
            continue
        role = sent.words[i + 1]
        # (or the title of the name that is its object right after a cue: '"...," said managing
        # director Gemma Hollis' with "director" a compound of "Hollis"; the name takes the verb's
        # place; not a verb's object: "accused of grabbing reporter Michelle Fields")
        after_cue = w.head == i - 1 and in_lex("speech_verbs", sent.words[w.head].lemma.lower())
        named_object = (
            after_cue
            and role.rel == "compound"
            and sent.words[role.head].upos == "PROPN"
            and sent.words[role.head].rel == "obj"
        )
        if named_object and sent.words[role.head].head == i and in_lex("person_roles", role.lemma.lower()):
            kept = {c: (role.head, sent.words[c].deprel) for c in sent.children[i] if c != role.head}
            return i, kept | {role.head: (w.head, w.deprel), i: (role.index, "amod")}
        if role.head != i or role.rel != "obj" or not in_lex("person_roles", role.lemma.lower()):
            continue
        if "Number=Plur" in role.feats or in_lex("speech_verbs", w.lemma.lower()):
            continue  # ("telling reporters", "visiting officials": a verb and its object)
        name = sent.words[i - 2] if i >= 2 and sent.words[i - 1].text == "," else w
        named = name.upos == "PROPN" and name.head != i
        moves: Moves = {role.index: (name.index, "appos") if named else (w.head, w.deprel), i: (role.index, "amod")}
        moves.update({c: (role.index, sent.words[c].deprel) for c in sent.children[i] if c != role.index})
        return i, moves
    return -1, {}


def titles_joined_before_name(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "Former Chief Minister and BJP MP Basavaraj Bommai alleged ..." comes out of the shipped
    parser with "Minister" the subject and "BJP", "MP", "Basavaraj", "Bommai" each its ``conj``
    ("Labour leader and former teacher Anna Berg said": "teacher" and "Berg" conjuncts): two
    titles joined by "and", with no determiner before the first ("the minister and MP Roe" are two
    people), a role noun (``person_roles``) ending each, and a run of capitalised proper nouns
    after the second, are one person's titles before the name. The name's last word heads the
    subject and both titles are its ``compound``s, joined by the "and" (as the parser has "the work
    and pensions spokesman": no second person is cut off at it)."""
    for s in sent.words:
        if s.rel not in ("nsubj", "nsubj:pass") or s.head < 0:
            continue
        phrase = sorted(sent.subtree(s.index))
        # (not the marks the parse hung on it: '"...," TVA President and CEO Mark Ellison told')
        while len(phrase) > 1 and sent.words[phrase[0]].upos == "PUNCT" and phrase[0] < s.index:
            phrase = phrase[1:]
        start = phrase[0]
        k = next((i for i in phrase if sent.words[i].upos == "CCONJ"), -1)
        end = k
        while end + 1 in phrase and sent.words[end + 1].upos not in ("PUNCT", "CCONJ"):
            end += 1
        if k <= start or end == k or any(phrase[j + 1] != phrase[j] + 1 for j in range(phrase.index(end))):
            continue
        name = end
        while name > k + 1 and name_word(sent.words[name - 1], is_role):
            name -= 1
        first, second = sent.words[k - 1], sent.words[name - 1]
        left, right = range(start, k), range(k + 1, name)
        last = sent.words[end]  # (a surname may spell a title: "Rahul Sen")
        if not (last.upos == "PROPN" and last.text[:1].isupper()) or name - 1 <= k or not is_role(second.lemma.lower()):
            continue
        # (a bracket may name the first title's body: "Janata Dal (Secular) leader and ...")
        if not is_role(first.lemma.lower()) or any(_no_title_word(sent.words[i]) for i in left):
            continue
        moves: Moves = {end: (s.head, s.deprel), first.index: (end, "compound"), second.index: (end, "compound")}
        moves.update({i: (end, "compound") for i in range(name, end)})
        moves[k] = (second.index, "cc")
        for i, part, title in ((start, left, first.index), (k + 1, right, second.index)):
            for j in range(i, title):
                if sent.words[j].head not in part:
                    moves[j] = (title, "compound" if sent.words[j].upos != "ADJ" else "amod")
        # (what the parse hung on the phrase after the name is the name's: ", who ..., said")
        moves.update({j: (end, sent.words[j].deprel) for j in phrase if j > end and sent.words[j].head <= end})
        return moves
    return {}


def _no_title_word(w: Word) -> bool:
    return w.upos in ("DET", "PRON") or w.upos == "PUNCT" and w.text not in ("(", ")", "-")  # ("Co-founder")


def name_word(w: Word, is_role: Callable[[str], bool]) -> bool:
    return w.upos == "PROPN" and w.text[:1].isupper() and not is_role(w.lemma.lower())
