"""Loose classes of people: a bare quantifier ("others", "some"), a lone plural, a class named
only as a class ("legal experts", "Sports lawyers"), a share of a population ("42% say") and a
quantified bare class ("some residents"). A speaker of these is vague (the sources labels' line
between anonymous and vague); a description that places them keeps them anonymous."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.syntax.tree import Sentence, Word, WordRef

from .descriptions import affiliated
from .misread_heads import group_just_named

if TYPE_CHECKING:
    from .mentions import Mention
    from .table import TableBase


def loose_people(table: TableBase, mention: Mention, head_lemma: str) -> bool:
    """A bare quantifier, a lone plural or a loose class; not "those who attended the meeting", nor
    "Others said" right after a sentence that names the group ("The survivors' accounts ..."), nor
    those the event places ("Demonstrators said": ``event_participants``)."""
    sent = mention.ref.sentence
    if group_just_named(table, mention) or table.vocab.in_lexicon("event_participants", head_lemma):
        return False
    if head_lemma in ("those", "these") and any(
        sent.words[c].deprel in ("acl", "acl:relcl", "amod", "nmod") for c in sent.children[mention.head]
    ):
        return False
    return (  # ("the other" of two described is one of them; "others" are loose)
        (table.vocab.in_lexicon("loose_groups", head_lemma) and sent.words[mention.head].text.lower() != "other")
        or (
            table._plural(WordRef(sent, mention.head))
            and len(mention.description.split()) == 1
            and not _at_the_scene(table, mention)
        )
        or loose_class(table, mention, head_lemma)
    )


def _bare_plurals(sent: Sentence, head: int) -> bool:
    """ "Farmers and agronomists say": lone plurals joined, each a class with nothing to place it."""
    kids = [sent.words[c] for c in sent.children[head] if sent.words[c].upos != "PUNCT"]
    conj = [w for w in kids if w.rel == "conj"]
    if not conj or any(w.rel not in ("conj", "cc") for w in kids):
        return False
    return all(
        w.upos == "NOUN"
        and "Number=Plur" in w.feats
        and all(sent.words[c].rel in ("cc", "punct") for c in sent.children[w.index])
        for w in conj
    )


# People of a place as such ("Residents of several localities", "villagers in the district")
_DWELLERS = frozenset({"resident", "local", "villager", "inhabitant", "townspeople", "townsfolk", "dweller"})


def _population(table: TableBase, sent: Sentence, head: int, head_lemma: str) -> bool:
    """ "Residents of several localities complained", "Residents of Chennai's crowded northern
    neighbourhoods say": the dwellers of a named or plainly described place are a population, a
    loose class (not "the residents who testified": a description of their own places them)."""
    if head_lemma not in _DWELLERS or "Number=Plur" not in sent.words[head].feats:
        return False
    kids = [sent.words[c] for c in sent.children[head] if sent.words[c].upos != "PUNCT"]
    places = [w for w in kids if w.rel == "nmod" and _cases(sent, w) <= _POPULATION_CASES]
    rest = [w for w in kids if w not in places and not (w.upos == "DET" or _plain_adjective(w))]
    # (a share of places, "Residents in some of Carlisle's most flood-hit streets": the places shared)
    places = [
        next((sent.words[c] for c in sent.children[w.index] if sent.words[c].rel == "nmod"), w)
        if w.upos == "DET"
        else w
        for w in places
    ]
    return (
        bool(places)
        and not rest
        and all(
            w.upos == "PROPN"
            or table.vocab.in_lexicon("place_words", w.lemma.lower())
            or w.lemma.lower() in _PLACE_NOUNS
            for w in places
        )
    )


_PLACE_NOUNS = frozenset(
    {"area", "locality", "neighbourhood", "neighborhood", "suburb", "settlement", "estate", "slum",
     # (and a part of one, or where people gather: "some residents on the Fidlas Road side of
     # Llanishen", "some residents of the gathering sites")
     "side", "part", "quarter", "block", "edge", "outskirts", "site", "zone", "end"}
)  # fmt: skip


_PLACING = frozenset({"in", "at", "inside", "outside", "near"})


def _at_the_scene(table: TableBase, mention: Mention) -> bool:
    """ "In the crowded sports hall in Waiwerang ..., evacuees said": a place the clause opens
    with (not a time or a statement: "In March", "In a statement") places the people there."""
    sent, w = mention.ref.sentence, mention.ref.word
    if w.rel != "nsubj" or w.head < 0:
        return False
    for c in sent.children[w.head]:
        o = sent.words[c]
        if (
            o.rel != "obl"
            or c > mention.ref.index
            or o.upos not in ("NOUN", "PROPN")
            or table.m.is_setting(o.lemma.lower())
        ):
            continue
        if any(sent.words[k].rel == "case" and sent.words[k].lemma.lower() in _PLACING for k in sent.children[c]):
            return True
    return False


def loose_class(table: TableBase, mention: Mention, head_lemma: str) -> bool:
    """People named only as a class ("legal experts", "his supporters"), a share of a
    population ("42% say", "a mere 9 percent"), or a quantified bare class ("some residents",
    "many families"; "some Clinton allies" keeps the anonymity of its description)."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    if table.vocab.in_lexicon("event_participants", head_lemma):
        return False  # ("Some witnesses said", "Some protesters said": the event places them)
    if _population(table, sent, mention.head, head_lemma):
        return True
    if "Number=Plur" in head.feats and _bare_plurals(sent, mention.head) and not _at_the_scene(table, mention):
        return True
    if table.vocab.in_lexicon("generic_classes", head.text.lower()) or table.vocab.in_lexicon(
        "generic_classes", head_lemma
    ):
        if affiliated(sent, mention.head):
            return False  # "Strategists for Barack Obama", "senior Democrats": placed
        # (one person the article places: "a GOP data expert who has worked for a rival")
        return table._plural(WordRef(sent, mention.head)) or not any(
            sent.words[c].deprel == "acl:relcl" for c in sent.children[mention.head]
        )
    if table.vocab.in_lexicon("share_words", head_lemma) or table.vocab.in_lexicon("share_words", head.text):
        return True
    if _opposition_at_large(sent, mention.head):
        return True
    if _trade_by_field(table, mention, head_lemma):
        return True
    quantifier = mention.ref.word
    if mention.ref.index != mention.head and table.vocab.in_lexicon("loose_groups", quantifier.lemma.lower()):
        # "some in the Muslim community": a share of a population ("some of the officials"
        # is some of a described group, and keeps its level)
        case = [sent.words[k].lemma.lower() for k in sent.children[mention.head] if sent.words[k].rel == "case"]
        if case and "of" not in case:
            return True
    return _quantified_class(table, mention, head_lemma)


def _quantified_class(table: TableBase, mention: Mention, head_lemma: str) -> bool:
    """ "some residents", "many families": a class with a quantifier and nothing that places it;
    and without one ("Farmers said", "Danish pig farmers said", "Local estate agents say"): a class
    of the public (``quantified_classes``) with no article, number or owner is as loose."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    kids = [sent.words[c] for c in sent.children[mention.head] if sent.words[c].upos != "PUNCT"]
    # (the tagger reads "most", "many" as adjectives too)
    quantifiers = [  # (its own, not one in a phrase: "Officials in some of those counties")
        w
        for w in kids
        if w.upos in ("DET", "ADJ") and w.rel != "nmod" and table.vocab.in_lexicon("loose_groups", w.lemma.lower())
    ]
    quantified = bool(quantifiers)
    # "some residents": a bare class; "some Clinton allies": the description places them;
    # "some senators": a post places them as "officials" does ("some residents", "some
    # witnesses": passers-by and their circle, never_named_next, do not)
    post = table.m.is_role(head_lemma) and not table.vocab.in_lexicon("never_named_next", head.text.lower())
    post = post and not table.vocab.in_lexicon("quantified_classes", head_lemma)  # ("Some students said")
    town = _town_words(table, sent, kids) + _living_there(sent, kids)
    # (a field before a class says what they do, "some business owners"; members are a body's:
    # "several cast members", "some union members")
    field = head_lemma != "member"
    rest = [
        w for w in kids if w not in town and not _plain_modifier(w) and not (field and _plain_field(table, sent, w))
    ]
    # (and a second class joined to the first: "some drivers and small business owners")
    rest = [w for w in rest if not (w.rel == "conj" and _plain_conjunct(table, sent, w))]
    spoke = [w for w in rest if _spoke_to(sent, w)]  # ("Some residents who spoke to the Mercury")
    rest = [w for w in rest if w not in spoke and not (spoke and w.rel == "nmod" and _cases(sent, w) <= {"to", "with"})]
    # (bare, nothing may be left: "Residents in some of Carlisle's most flood-hit streets" are placed)
    bare = (
        not quantified and not rest and _bare_class(table, head, head_lemma, kids) and not _described_apart(sent, head)
    )
    return (bare or quantified and all(w.upos in ("DET", "NUM") or w in quantifiers for w in rest)) and not post


def _town_words(table: TableBase, sent: Sentence, kids: list[Word]) -> list[Word]:
    """The place a share of people is of: a named town's ("some residents of Bulukumba", "some
    voters in Kinlay"; not "some students at the march", an event), a place by its common noun
    ("some farmers in the district", ``place_words``; and "some residents of the capital"), with the rest of a name the
    parse split ("some residents in Llandaff North" with "North" a second nmod)."""
    town = [
        w
        for w in kids
        if (w.upos == "PROPN" or table.vocab.in_lexicon("place_words", w.lemma.lower()) or w.lemma.lower() in _TOWNISH)
        and w.rel == "nmod"
        and _cases(sent, w) <= _POPULATION_CASES
    ]
    if not town:
        return town
    # (the rest of a name or of names joined by "and" the parse hung apart: "some residents of
    # Henderson and North Las Vegas"; the place's own description, "of Imatra, another border
    # town,", and a "which" clause, "of Regency Square, which faces the pier,": nobody's)
    joined = [w for w in kids if w.upos == "PROPN" and w not in town and _names_on(sent, town[0].index, w.index)]
    # (the place's own description, "of Plaka, the old neighborhood at the foot of the hill,", which
    # the parse may make a conjunct of the people)
    described = [
        w
        for w in kids
        if (w.rel == "appos" or w.rel == "conj" and not any(sent.words[c].rel == "cc" for c in sent.children[w.index]))
        and (table.vocab.in_lexicon("place_words", w.lemma.lower()) or w.lemma.lower() in _TOWNISH)
    ]
    which = [
        w
        for w in kids
        if w.deprel == "acl:relcl" and any(sent.words[c].lemma.lower() == "which" for c in sent.children[w.index])
    ]
    return town + joined + described + which


def _living_there(sent: Sentence, kids: list[Word]) -> list[Word]:
    """ "Some residents living near the ground", "residents living along the route": where they live
    places them as a town's name does (a population), nothing more."""
    return [
        w
        for w in kids
        if w.deprel == "acl"
        and w.lemma.lower() == "live"
        and all(sent.words[c].rel in ("obl", "advmod") for c in sent.children[w.index])
    ]


def _names_on(sent: Sentence, start: int, end: int) -> bool:
    """Only proper nouns and "and" stand between ``start`` and ``end``."""
    return end > start and all(sent.words[k].upos in ("PROPN", "CCONJ") for k in range(start + 1, end))


def _plain_conjunct(table: TableBase, sent: Sentence, w: Word) -> bool:
    """A plural noun joined by "and" or "or" with nothing of its own but plain modifiers and fields."""
    own = [sent.words[c] for c in sent.children[w.index] if sent.words[c].upos != "PUNCT"]
    plain = all(k.rel == "cc" or _plain_adjective(k) or _plain_field(table, sent, k) for k in own)
    return w.upos == "NOUN" and "Number=Plur" in w.feats and plain and any(k.rel == "cc" for k in own)


def _spoke_to(sent: Sentence, w: Word) -> bool:
    """A relative clause that only says whom they spoke to ("who spoke to the Mercury", "who
    talked to Reuters"; the parse may hang the listener on the noun): it places no one."""
    if w.deprel != "acl:relcl" or w.lemma.lower() not in ("speak", "talk"):
        return False
    own = [sent.words[c] for c in sent.children[w.index] if sent.words[c].upos not in ("PUNCT", "PRON")]
    return all(k.rel == "obl" and _cases(sent, k) <= {"to", "with"} for k in own)


# adjectives that rank people and so place them ("some senior Democrats", "some top aides")
_RANKS = frozenset({"senior", "top", "leading", "high-ranking", "ranking", "key", "chief", "prominent", "influential"})


def _plain_adjective(w: Word) -> bool:
    """ "some former players", "some longtime residents": a lower-case adjective that places no
    one (no rank, no party or place: "some Republican senators" are placed)."""
    return w.upos == "ADJ" and w.rel == "amod" and w.text.islower() and w.lemma.lower() not in _RANKS


def _plain_modifier(w: Word) -> bool:
    """A plain adjective, or a capitalised one before a class ("Danish pig farmers", "Local estate
    agents said", "some Rohingya residents": a nation, a faith or a party at large, as a town's
    people are; a post still places: "some Republican senators")."""
    capitalised = w.text[:1].isupper() and w.text[1:].islower()  # (not an acronym: "Some USDP members")
    return _plain_adjective(w) or (
        w.upos == "ADJ" and w.rel == "amod" and capitalised and w.lemma.lower() not in _RANKS
    )


def _bare_class(table: TableBase, head: Word, head_lemma: str, kids: list[Word]) -> bool:
    """ "Farmers said", "Factory owners said": a class of the public in the plural with no article,
    number or owner (``quantified_classes``; not "the farmers", "200 farmers", "its engineers")."""
    # (or tagged a name only for its capital, opening the sentence: "Jockeys said")
    opening = head.upos == "PROPN" and head.index == 0 and head.text[1:].islower()
    if not (head.upos == "NOUN" or opening) or "Number=Plur" not in head.feats:
        return False
    if not table.vocab.in_lexicon("quantified_classes", head_lemma) or head_lemma in _STAFF:
        return False
    return not any(w.rel in ("det", "nummod") or w.deprel in ("nmod:poss", "det:poss") for w in kids)


def _described_apart(sent: Sentence, head: Word) -> bool:
    """ "Commuters interviewed by the Inquirer along Commonwealth Avenue said" with "interviewed" the
    verb's: a participle between the people and their verb describes them."""
    end, verb = max(sent.subtree(head.index)), head.head
    return verb > end and any(sent.words[k].upos == "VERB" for k in range(end + 1, verb))


# (bare, the staff of the site or service the story is about: "Nurses said the ward ...", "workers
# said the increase ..."; "some workers" is still a share of a class)
_STAFF = frozenset({"worker", "nurse"})


def _opposition_at_large(sent: Sentence, head: int) -> bool:
    """ "Opposition lawmakers said", "Opposition politicians said": the opposition's members as a
    loose collective (as "Democrats were outraged"), no article, no number, nothing else that
    places them ("opposition lawmakers who sit on the committee" are placed)."""
    w = sent.words[head]
    kids = [sent.words[c] for c in sent.children[head] if sent.words[c].upos != "PUNCT"]
    if "Number=Plur" not in w.feats or len(kids) != 1:
        return False
    return kids[0].text.lower() == "opposition" and kids[0].index == head - 1


def _plain_field(table: TableBase, sent: Sentence, w: Word) -> bool:
    """ "some business owners", "some first-home buyers": a lower-case noun before the class that
    says what they do, not a body or a post that places them ("some union members", "some police
    officers")."""
    # (capitalised only as the sentence's first word: "Factory owners said")
    opening = w.index == next((k.index for k in sent.words if k.upos != "PUNCT"), -1) and w.text[1:].islower()
    if w.rel != "compound" or w.upos not in ("NOUN", "ADJ") or not (w.text.islower() or opening):
        return False
    lemma = w.lemma.lower()
    # (what owners own may be a body's word: "Factory owners", "some restaurant owners")
    body = table.vocab.in_lexicon("organization_words", lemma) and sent.words[w.head].lemma.lower() != "owner"
    return not (body or table.m.is_role(lemma))


_POPULATION_CASES = frozenset({"of", "in", "from", "across", "around", "on", "near"})
_TOWNISH = _PLACE_NOUNS | {"capital"}


def _cases(sent: Sentence, w: Word) -> set[str]:
    return {sent.words[k].lemma.lower() for k in sent.children[w.index] if sent.words[k].rel == "case"} or {"-"}


def _trade_by_field(table: TableBase, mention: Mention, head_lemma: str) -> bool:
    """ "Sports lawyers said", "Estate agents said": a trade (``commentator_trades``) in the
    plural with only its field before it, no article, rank or phrase that places its people."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    if "Number=Plur" not in head.feats or not table.vocab.in_lexicon("commentator_trades", head_lemma):
        return False
    kids = [sent.words[c] for c in sent.children[mention.head] if sent.words[c].upos != "PUNCT"]
    field = [k for k in kids if k.deprel in ("compound", "amod") and (k.text.islower() or k.index == 0)]
    # (not a side or a body of the story: "Defense lawyers", "Company engineers", "Federal economists")
    sided = any(
        k.lemma.lower() in _SIDES or table.vocab.in_lexicon("organization_words", k.lemma.lower()) for k in kids
    )
    return bool(field) and len(field) == len(kids) and not sided and not affiliated(sent, mention.head)


_SIDES = frozenset({"defense", "defence", "prosecution", "plaintiff", "federal", "state", "local", "its", "their"})
