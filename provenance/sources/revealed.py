"""Delayed identification: a person the article first describes and names a sentence or two on.

Wire ledes and features describe a source before they name it: "A federal prosecutor told jurors
Monday that ... ¶ '...,' Assistant U.S. Attorney Karen Liu said"; "One of the country's most
senior surgeons said the numbers should alarm ministers. Prof Miriam Achebe, vice-president of
the Royal College of Surgeons, said ..."; "The fund's former chief investment officer said ...
The former executive, Masaru Ishida, has not been charged." The labels identify such a
description by the name. A new name after a description is as often someone else ("A police
spokesman said ... John Roe, a neighbour, said"), so the name must be tied to the description:

* its title or the posts given with it hold the description's post, by the same word ("surgeons"
  / "Royal College of Surgeons") or a word of the same post (lexicon ``role_equivalents``:
  "prosecutor" / "Attorney", "physician" / "Dr."), and name whose post it is when the description
  does ("Colorado's delegation chairman" is not "House Speaker Paul Ryan, the convention chair");
  never for a description of someone known ("the Republican lawmaker") or beside the one
  described ("another engineer with the firm");
* or the very next sentence opens by setting the name off after "the" and a role noun ("The
  former executive, Masaru Ishida,"), the way news names whom it has just described;
* or the lede's indefinite description is its subject and the name, with no post of its own (an
  age, what the person does), is the subject opening the next paragraph ("A Salford mum says ...
  ¶ Kayleigh Dunmore, 29, who lives in ..., said"; session 47).

Only a name the article has not written before, in the rest of the description's paragraph or
the two after it; one such person only. A pass of ``resolve.resolve_article`` after
``identified.identify_descriptions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .model import Entity, Resolved
from .table import DEED_ROLES

if TYPE_CHECKING:
    from provenance.attribution import Attribution
    from provenance.syntax.tree import Sentence

    from .entities import EntityTable
    from .resolve import SpeakerResolver

_AHEAD_PARAGRAPHS = 2
_OTHERS = frozenset({"another", "other", "fellow"})
_POST_WORDS = 12  # a longer "apposition" is a clause misread
# Words that tie nothing: articles, prepositions, pronouns, and what any post may be
_UNTIED = frozenset(
    "a an the one of for at in on to and or with by from who whose which that has have had is was "
    "his her its their our this these those most more very senior former top chief ex acting new "
    "country nation state city local national s".split()
)


def named_after_description(
    resolver: SpeakerResolver, attributions: list[Attribution], resolved: dict[int, Resolved]
) -> None:
    table = resolver.entities
    first_at: dict[int, tuple[int, int, Entity]] = {}
    for a in attributions:
        speaker, entity, _ = resolved[id(a)]
        if speaker is not None and entity is not None and first_at.get(entity.id) is None:
            first_at[entity.id] = (speaker.start, speaker.end, entity)
    for at, end, entity in first_at.values():
        one = entity.description.lower().startswith("one of ")  # ("One of the country's most senior surgeons")
        if entity.type != "anonymous" or entity.vague or entity.plural and not one or entity.reason:
            continue
        names = _new_names_after(table, at)
        tied = {table.key(n) for n, start, first in names if _tied(table, entity, (at, end), n, start, first)}
        if len(tied) != 1:
            continue
        name = next(n for n, *_ in names if table.key(n) in tied)
        person = table.person_entity(table.person_entity_name(name))
        person.role = person.role or entity.description  # (what the article first said the person is)
        for slot, (speaker, e, via) in resolved.items():
            if e is entity:
                if speaker is not None:
                    speaker.resolved_by = speaker.resolved_by or "named-next"
                resolved[slot] = (speaker, person, via)


def _new_names_after(table: EntityTable, at: int) -> list[tuple[str, int, bool]]:
    """Names first written after the sentence at ``at``, up to two paragraphs on: (name, where,
    whether in the very next sentence)."""
    sentences = table.sentences
    k = next((i for i, s in enumerate(sentences) if s.start <= at < s.end), None)
    here = table.doc.paragraph_at(at)
    if k is None or here is None:
        return []
    end = sentences[k].end
    nxt: Sentence | None = sentences[k + 1] if k + 1 < len(sentences) else None
    found: list[tuple[str, int, bool]] = []
    for n in table.person_names:
        if n.start < end or n.paragraph - here.index > _AHEAD_PARAGRAPHS:
            continue
        if any(m.start < n.start and table.same_person(m.name, n.name) for m in table.person_names):
            continue  # (someone the article named before)
        found.append((n.name, n.start, nxt is not None and nxt.start <= n.start < nxt.end))
    return found


def _tied(table: EntityTable, entity: Entity, at: tuple[int, int], name: str, start: int, first: bool) -> bool:
    """Whether the roles given with the name at ``start`` tie it to the entity's description."""
    sent = next((s for s in table.sentences if s.start <= start < s.end), None)
    if sent is None:
        return False
    roles = [r for n, r in table.roles if sent.start <= r.start < sent.end and table.same_person(n, name)]
    # (posts, not what the person did, "who runs the town's only family practice"; nor a clause
    # the parse hung on the name: "Led by Council Speaker Melissa Mark-Viverito, the rally denounced ...")
    # (nor "another engineer with the firm", "a fellow prosecutor": someone beside the one described)
    posts = [r for r in roles if r.how not in DEED_ROLES and len(r.text.split()) <= _POST_WORDS]
    posts = [r for r in posts if not _OTHERS.intersection(r.text.lower().split()[:2])]
    said = {_post(table, w) for r in posts for w in _content(table, r.text)}
    words = table.role_words(entity.description)
    head = entity.head_lemma if entity.head_lemma != "one" else (words[-1] if words else "")
    # (the description's post is the name's, and so is whose post it is: not "Colorado's
    # delegation chairman" for "House Speaker Paul Ryan, the convention chair"; a description
    # with "the" or "his" stands for someone known, "the Republican lawmaker" not the senator named next)
    owners = [w for w in _content(table, " ".join(_owners(entity.description, head))) if w != head]
    known = words[:1] in (["the"], ["this"], ["that"], ["his"], ["her"], ["their"])
    if not known and _post(table, head) in said and all(_post(table, w) in said for w in owners):
        return True
    # ("The former executive, Masaru Ishida,": the name set off right after a description that
    # was its sentence's subject; not "The finance minister, Lou Jiwei," after the minister's
    # jab at "complaints from his American counterpart")
    if _lede_named_next(table, at, start) and all(r.how == "age" for r in posts):
        return True
    if not (first and _main_subject(table, *at)):
        return False
    for role in roles:
        words = table.role_words(role.text)
        if role.how == "apposition" and 2 <= len(words) <= 3 and words[0] == "the":
            # (a post the lexicon may not know, when it is the description's own: "The tournament's
            # chief arbiter, who ..., said ... The arbiter, Piotr Nowacki of Poland,")
            same = _post(table, words[-1]) == _post(table, head)
            if role.start - sent.start <= 4 and (table.m.is_role(words[-1]) or same):
                return True
    return False


def _lede_named_next(table: EntityTable, at: tuple[int, int], start: int) -> bool:
    """ "A Salford mum says she begged her housing association ... ¶ Kayleigh Dunmore, 29, who
    lives in ..., said": an indefinite description opening the lede as its subject, and the name
    opening the next paragraph as its subject, with no post of its own (an age, what the person
    does), is the person the lede described."""
    sentences = table.sentences
    k = next((i for i, s in enumerate(sentences) if s.start <= at[0] < s.end), None)
    here, there = table.doc.paragraph_at(at[0]), table.doc.paragraph_at(start)
    if k is None or here is None or there is None or there.index != here.index + 1 or here.index > 3:
        return False
    opens_lede = sentences[k].start == here.start or table.doc.text[here.start : sentences[k].start].strip() == ""
    indefinite = table.doc.text[at[0] : at[1]].split()[:1] in (["A"], ["An"])
    nxt = next((s for s in sentences if s.start <= start < s.end), None)
    opens_next = nxt is not None and table.doc.text[there.start : nxt.start].strip() == ""
    return (
        opens_lede
        and indefinite
        and opens_next
        and _main_subject(table, *at)
        and _main_subject(table, start, next((n.end for n in table.person_names if n.start == start), start + 1))
    )


def _owners(description: str, head: str) -> list[str]:
    """Whose the described post is: a possessive ("Colorado's") or the object of "of"/"for"
    right after the post's noun ("minister of environment")."""
    found = [m.group(1) for m in regex.finditer(r"([\w-]+)['’]s\b", description)]
    rx = r"(?i)\b" + regex.escape(head[:5]) + r"\w*\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?([\w-]+)"
    after = regex.search(rx, description) if head else None
    return found + ([after.group(1)] if after else [])


def _content(table: EntityTable, text: str) -> list[str]:
    return [w for w in table.role_words(text) if w not in _UNTIED and len(w) > 2 or w == "dr"]


def _post(table: EntityTable, word: str) -> str:
    """One form for the words of one post ("attorney" and "prosecutor"), and for a word's plural
    and kin by its first five letters ("surgeons", "surgeon"; "financial", "finance")."""
    lex = table.vocab.lexicons.get("role_equivalents")
    entry = lex.get(word) if lex is not None else None
    if entry is not None:
        return entry.name
    return regex.sub(r"s$", "", word)[:5]


def _main_subject(table: EntityTable, start: int, end: int) -> bool:
    """The phrase at ``start``-``end`` is the subject of its sentence's main verb."""
    sent = next((s for s in table.sentences if s.start <= start < s.end), None)
    if sent is None:
        return False
    inside = [w for w in sent.words if start <= w.start < end]
    # (the phrase's head: its word whose head lies outside it, or the root)
    top = next((w for w in inside if w.head < 0 or not start <= sent.words[w.head].start < end), None)
    if top is None or top.head < 0:
        return top is not None
    return top.rel == "nsubj" and sent.words[top.head].head < 0
