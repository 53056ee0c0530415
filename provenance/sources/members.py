"""Named members of a described group: "The ranking members of the two committees, Reps. Elijah
Cummings of Maryland and John Conyers of Michigan, said ...", "Others, including Sen. Jeff Merkley
and Rep. Raul Grijalva, said ...", "Two senators, Tom Carper and Ben Cardin, wrote ...".

The people the article names between a plural description and its speech verb, after a comma,
are the speakers (the sources labels: several named people together are ``person``, tag
``group``), however the parse hung the names (it often makes them conjuncts of a noun inside the
description). Only when everything between the commas is names, their titles and places ("of
Maryland", "(D-Ore.)"), "and" and "including": a clause there ("..., who met Trump on Friday,")
is a description, not a list.

And unnamed members of an unnamed group who are sources apart (``member_apart``): "One of them,
who asked not to be named because ..., said" after "Two people familiar with ...", and a bare
"One" right after a group that spoke with a stated reason.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.syntax.tree import Sentence, Word, WordRef

from .anonymity import ReasonFinder
from .epithets import speaker_just_before
from .mention_words import appositive_conj
from .mentions import Mention
from .model import Entity
from .name_runs import party_tag
from .table import TableBase

# Words allowed between the commas besides the names' own words: coordination, "including",
# "such as", and what comes with a name (its place, party tag).
_LINKS = frozenset({"and", "including", "such", "as", "of", "from", "&"})
_AFFILIATION = frozenset({"the", "at", "for"})
# What sets the list off from the description: a comma or a dash ("The three scholars -- Mr.
# Tribe, Ms. Epstein and Mr. Amar -- agreed").
_OPENERS = frozenset({",", "--", "—", "–"})


def apposed_members(table: TableBase, mention: Mention, cue: WordRef | None) -> list[str]:
    """The person names set off by commas between a plural speaker description and its cue, or
    named inside it after "like", "such as", "including" ("presidential candidates like Donald
    Trump and Bernie Sanders are vowing"), in text order; [] when there are none or the stretch
    is more than a list of names."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    if cue is not None and (led := _led_by(table, mention)):
        return led  # ("Researchers led by Dr. Anika Sharma said", "A team led by Roe found")
    plural = "Number=Plur" in head.feats or head.lemma.lower() in ("other", "others")
    if not plural or cue is None or cue.sentence is not sent or cue.index <= mention.head:
        return []
    if named_inside := _named_inside(table, mention):
        return named_inside
    span = list(sent.words[mention.head + 1 : cue.index])
    while span and span[-1].upos in ("AUX", "ADV", "PART"):
        span.pop()  # the verb group before the cue: "..., are gently urging"
    # the stretch opens with a comma after the description's phrase and runs to the cue (the
    # closing comma is sometimes left out: "..., Reps. Elijah Cummings and John Conyers said")
    opened = next((i for i, w in enumerate(span) if w.text in _OPENERS), None)
    if opened is None and span and span[0].index == mention.head + 1 and span[0].upos == "PROPN":
        opened = -1  # no comma: the names follow the plural title ("Democratic senators Ann Roe and Tom Doe said")
    phrase = set(sent.subtree(mention.head))
    if opened is None or any(w.index not in phrase and w.upos != "PUNCT" for w in span[:opened]):
        return []  # the description's own phrase up to the comma, no clause ("Guns Are 'X,' Dean Tells")
    inside = span[opened + 1 : -1] if span[-1].text in _OPENERS else span[opened + 1 :]
    # (a name may take the title in: "Senators Ann Roe and Tom Doe" with the first name from 0)
    names = [n for n in table.person_names if inside and inside[0].start < n.end <= inside[-1].end]
    if not names:
        return []
    covered = [(n.start, n.end) for n in names]
    for w in inside:
        if any(s <= w.start < e for s, e in covered):
            continue
        if w.upos in ("PUNCT", "PROPN") or w.text.lower() in _LINKS or table.m.is_title(w.text):
            continue
        if w.text.lower() in _AFFILIATION and w.index + 1 < len(sent.words) and sent.words[w.index + 1].upos == "PROPN":
            continue  # (a member's body: "Kwame Boateng of the University of Ghana and Ilse Brandt of ...")
        return []  # a clause or a description between the commas: not a list of names
    return [n.name for n in names]


# Prepositions that introduce examples of a group inside its own phrase
_EXAMPLES = frozenset({"like", "including", "such"})


def _named_inside(table: TableBase, mention: Mention) -> list[str]:
    """The person names after "like"/"such as"/"including" in the description's own phrase (its
    nominal dependents: the parse hangs each conjunct of the list on the description)."""
    sent = mention.ref.sentence
    kids = [c for c in sent.children[mention.head] if c > mention.head and sent.words[c].rel == "nmod"]
    opener = next(
        (c for c in kids if any(sent.words[k].lemma.lower() in _EXAMPLES for k in sent.children[c] if k < c)), None
    )
    if opener is None:
        return []
    last = max(i for c in kids if c >= opener for i in sent.subtree(c))
    start, end = sent.words[sent.subtree(opener)[0]].start, sent.words[last].end
    return [n.name for n in table.person_names if start <= n.start and n.end <= end]


# Participles that put a named person at the head of the group they describe
_LEADING = frozenset({"lead", "head", "direct", "chair", "coordinate", "supervise"})
# A group in the singular that people make up ("a team led by ...")
_COLLECTIVES = frozenset({"team", "group", "panel", "consortium", "delegation", "collaboration"})


def _led_by(table: TableBase, mention: Mention) -> list[str]:
    """The person named as the agent of "led by" / "headed by" on a group of people: the group
    speaks with its named leader (the sources labels: a named person plus unnamed others is
    ``person``, tag ``group``)."""
    sent = mention.ref.sentence
    head = sent.words[mention.head]
    if "Number=Plur" not in head.feats and head.lemma.lower() not in _COLLECTIVES:
        return []
    phrase = sent.subtree(mention.head)
    for c in sent.children[mention.head]:
        w = sent.words[c]
        if c < mention.head or w.rel != "acl" or w.lemma.lower() not in _LEADING or "VerbForm=Part" not in w.feats:
            continue
        # (the parse hangs the agent on the participle or, as often, on the group noun itself)
        if c + 1 < len(sent.words) and sent.words[c + 1].text.lower() == "by":
            start, end = sent.words[c + 1].end, sent.words[phrase[-1]].end
            return [n.name for n in table.person_names if start <= n.start and n.end <= end][:1]
    return []


_DESCRIBING = ("person_roles", "anonymous_descriptors", "organization_words")  # a person's or body's noun


def co_speaker_conjunct(sent: Sentence, head: int, c: int, in_lexicon: Callable[[str, str], bool]) -> tuple[bool, bool]:
    """Whether the child ``c`` of a speaker's head is a conjunct naming or describing one more
    speaker ("Jane Roe and Tom Doe said", "the mayor and the police chief said", "Roe and his
    co-counsel, Linda Bourque, said"), and whether it is a description rather than a name."""
    w = sent.words[c]
    # (joined by "and"/"or", with no comma: "Marty Puranik, CEO and founder" is one person)
    joined = w.upos == "NOUN" and any(sent.words[k].rel == "cc" for k in sent.children[c])
    joined = joined and all(sent.words[j].text != "," for j in range(head + 1, c))
    described = joined and any(in_lexicon(x, w.lemma.lower()) for x in _DESCRIBING)
    # (a noun its apposition names, after commas too: "his co-counsel, Linda Bourque", "The
    # union's leader, Sam Doe, and its treasurer, Ann Wu, said")
    coordinated = w.upos == "NOUN" and any(sent.words[k].rel == "cc" for k in sent.children[c])
    described = described or (coordinated and any(_named_apposition(sent.words[k]) for k in sent.children[c]))
    if w.deprel != "conj" or (w.upos not in ("PROPN", "PRON") and not described) or party_tag(sent, c):
        return False, False  # (nor the state of a party tag: "Duckworth, D-Ill.,")
    # ("Jane Roe, CEO of Civic Works": a description, not a second speaker)
    return not appositive_conj(sent, head, c), described


def _named_apposition(w: Word) -> bool:
    return w.deprel == "appos" and w.upos == "PROPN"


def member_apart(
    table: TableBase, reasons: ReasonFinder, entity: Entity, mention: Mention, cue: WordRef | None
) -> Entity:
    """The entity, or one member of its unnamed group that is a source apart: one with a reason of
    its own (``_explained_member``) or one the group's stated reason covers (``_explained_group``)."""
    if _explained_member(reasons, entity, mention, cue):
        return table.unnamed_person(mention)
    if (group := _explained_group(table, entity, mention)) is None:
        return entity
    # (a member of its own, named so: a later bare "One" of another group is not this one)
    member = table.unnamed_person(mention)
    member.name = member.description = f"{mention.text} of {group.name[:1].lower()}{group.name[1:]}"
    member.reason, member.reason_boilerplate = group.reason, group.reason_boilerplate
    return member


def _explained_group(table: TableBase, entity: Entity, mention: Mention) -> Entity | None:
    """ "Two former employees, speaking on condition of anonymity because they had signed
    non-disclosure agreements, described ... One said": a bare "One" right after an unnamed group
    that spoke with a stated reason, in the same paragraph or the one before, is one of that
    group, and the group's reason covers it. The group, or None."""
    if entity.type != "anonymous" or entity.reason is not None or mention.text.lower() not in ("one", "another"):
        return None
    last = speaker_just_before(table, mention.start)
    if last is None or last[1] is entity or not (last[1].type == "anonymous" and last[1].plural and last[1].reason):
        return None
    return last[1]


def _explained_member(reasons: ReasonFinder, entity: Entity, mention: Mention, cue: WordRef | None) -> bool:
    """ "Two people familiar with the company's plans said ... One of them, who asked not to be
    named because the discussions were private, said": one of an unnamed group with a reason of its
    own is a source apart (the reason is that member's, not the group's)."""
    one = regex.match(r"(?i)one of (?:them|those)\b", mention.text) is not None
    return one and entity.type == "anonymous" and entity.plural and reasons.find(mention, cue) is not None
