"""Unnamed speakers the article identifies by name elsewhere (the labels identify a
description by the name the article gives it): a role's one holder near it
(``identify_descriptions``), a passer-by whose next mention names them (``identified_again``),
and an unnamed spokesperson named later (``spokesperson_named_later``). Passes of
``resolve.resolve_article`` over the resolved quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.attribution import Attribution

from .model import Entity, Resolved
from .table import DEED_ROLES

if TYPE_CHECKING:
    from .entities import EntityTable
    from .resolve import SpeakerResolver


def identify_descriptions(
    resolver: SpeakerResolver, attributions: list[Attribution], resolved: dict[int, Resolved]
) -> None:
    """ "A Vancouver hockey coach says ... ¶ Coach Stephen Gillis ...", "the president said" near
    "President Obama": an unnamed person described by a role is the one person the article names
    with that role in the same paragraph or the next or previous one (the labels identify a
    description by the name the article gives it elsewhere)."""
    table = resolver.entities
    first_at: dict[int, int] = {}
    for a in attributions:
        speaker, entity, _ = resolved[id(a)]
        if speaker is not None and entity is not None:
            first_at.setdefault(entity.id, speaker.start)
    for entity in table.entities:
        if (
            entity.type != "anonymous"
            or entity.vague
            or entity.plural
            or first_at.get(entity.id) is None
            or entity.reason  # a source the article says it keeps unnamed
        ):
            continue
        here = _paragraph(resolver, first_at[entity.id])
        described = regex.findall(r"[\w-]+", entity.description.lower())
        holders: dict[str, str] = {}
        # (near first; "the two-term president" may go back to "US President Barack Obama" further up;
        # a description by no role word, "her chief rival", only by its own words later)
        post = resolver.m.is_role(entity.head_lemma)
        head = (table.role_words(entity.head_lemma) or [entity.head_lemma])[-1]  # ("the justice": a judge)
        for near in ((True, False) if entity.description.lower().startswith("the ") else (True,)) if post else ():
            if holders:
                break  # (a holder near the description stands; the article's further up only if none)
            for name, role in table.roles:
                words = table.role_words(role.text)
                if (
                    words
                    and words[-1] == head  # "Coach", "deputy security adviser": the role's head
                    and not _QUALIFIERS.intersection(words) - set(described)  # ("the Chief Minister": no deputy)
                    and (
                        abs(_paragraph(resolver, role.start) - here) <= 1
                        if near
                        else _paragraph(resolver, role.start) < here
                    )
                    and role.how not in DEED_ROLES
                    and name.split()[-1] not in entity.description  # "a Trump adviser" is not Trump
                ):
                    key = next((k for k in holders if table.same_person(k, name)), name)
                    holders.setdefault(key, role.text)
        if not holders:
            holders = _same_post_later(table, entity, described, first_at) if post else {}
            holders = holders or _described_later(resolver, entity, described, first_at[entity.id])
        if len(holders) != 1:
            continue
        ((name, role_text),) = holders.items()
        person = table.person_entity(table.person_entity_name(name))
        person.role = person.role or role_text
        _relink(resolved, entity, person)


def _relink(resolved: dict[int, Resolved], entity: Entity, person: Entity) -> None:
    """Every quote of the described ``entity`` is the named ``person``'s."""
    for slot, (speaker, e, via) in resolved.items():
        if e is entity:
            if speaker is not None:
                speaker.resolved_by = speaker.resolved_by or "definite-description"
            resolved[slot] = (speaker, person, via)


def identified_again(resolver: SpeakerResolver, resolved: dict[int, Resolved]) -> None:
    """ "a woman in the balcony shouted, '...' ¶ The woman, who identified herself afterward as
    Rosalind Tate, told the Courier": an unnamed person described with an indefinite article is
    the named person the next mention of the same noun, with "the", in the same or the next
    paragraph, is identified as (``identified-as``, ``named-next``)."""

    found: list[tuple[int, Entity, str]] = []  # (where, the named person, the description's noun)
    for speaker, entity, _ in resolved.values():
        if speaker is None or entity is None or entity.type != "person":
            continue
        words = speaker.text.split()
        if speaker.resolved_by in ("identified-as", "named-next") and len(words) > 1 and words[0].lower() == "the":
            found.append((speaker.start, entity, regex.sub(r"\W+$", "", words[1].lower())))
    for slot, (speaker, entity, via) in list(resolved.items()):
        if speaker is None or entity is None or entity.type != "anonymous" or entity.plural or entity.reason:
            continue
        if not regex.match(r"(?i)(?:an?|one)\s", entity.description or ""):
            continue
        later = [
            (at, person)
            for at, person, noun in found
            if at > speaker.start
            and noun == entity.head_lemma
            and 0 <= _paragraph(resolver, at) - _paragraph(resolver, speaker.start) <= 1
        ]
        if later:
            speaker.resolved_by = speaker.resolved_by or "named-next"
            resolved[slot] = (speaker, min(later, key=lambda x: x[0])[1], via)


def _paragraph(resolver: SpeakerResolver, offset: int) -> int:
    para = resolver.doc.paragraph_at(offset)
    return para.index if para is not None else -1


def _same_post_later(
    table: EntityTable, entity: Entity, described: list[str], first_at: dict[int, int]
) -> dict[str, str]:
    """ "A lawyer for several of the detained soldiers said ... (paragraphs on) ... said the lawyer
    for the soldiers, Fatoumata Bagayogo": a person who speaks later, anywhere in the article, with
    a role of the description's head noun and the object of its "for"/"of" phrase, names it (one
    such person only)."""
    if not regex.match(r"(?i)an?\s", entity.description):
        return {}
    holders: dict[str, str] = {}
    for e in table.entities:
        if e.type != "person" or not e.role or first_at.get(e.id, -1) <= first_at[entity.id]:
            continue
        words = table.role_words(e.role)
        k = next((i for i, w in enumerate(words) if w in ("for", "of")), -1)
        if k < 1 or words[k - 1] != entity.head_lemma or words[k] not in described:
            continue
        if words[-1] in described[described.index(words[k]) + 1 :]:
            holders.setdefault(e.name, e.role)
    return holders


def _described_later(resolver: SpeakerResolver, entity: Entity, described: list[str], after: int) -> dict[str, str]:
    """The person a later role shows the description is, by its very words or by its noun."""
    table = resolver.entities
    later = _same_words_later(table, entity, after) or _the_noun_named_later(resolver, entity, described, after)
    return later or _owners_post_later(table, described, after) or _words_shared_next(resolver, entity, after)


def _words_shared_next(resolver: SpeakerResolver, entity: Entity, after: int) -> dict[str, str]:
    """ "The top election official in Tolliver County, Pa., sued ..." ¶ "Karen Ostrowski, the
    county's director of elections since 2016, argues"; "A former central bank deputy governor ...
    warned" ¶ "W A Dharmasiri, who served as deputy governor until 2019, said": a person the same
    paragraph or one of the next two names with a description that shares two or more of the
    unnamed one's words (by their stems), one of them a lower-case word (a post, a field: not a
    body's name, which a body's spokesman shares with its anonymous official), is the one
    described (one such person), unless each names a body or party and none the same."""
    table = resolver.entities
    if entity.description.lower().startswith("one "):
        return {}  # ("one district GOP leader": one of several, not the vice chairman named later)
    own = _stems(entity.description)
    here = _paragraph(resolver, after)
    holders: dict[str, str] = {}
    for name, role in table.roles:
        # (a role after the description's own words: not one read inside it, "The chief of the
        # Federal Reserve Bank Committee" with "Bank Committee" taken for a name)
        if role.start < after + len(entity.description) or not 0 <= _paragraph(resolver, role.start) - here <= 2:
            continue
        theirs = _stems(role.text)
        shared = own.keys() & theirs.keys()
        # (names of different bodies or parties say they differ: "the GOP front-runner" is not
        # "Democratic front-runner Clinton", "a longtime GOP data expert" not "a longtime RNC data operative")
        names, their_names = {k for k, low in own.items() if not low}, {k for k, low in theirs.items() if not low}
        if names and their_names and not names & their_names:
            continue
        if len(shared) >= 2 and any(own[k] and theirs[k] for k in shared):
            holders.setdefault(name, role.text)
    return holders if len({table.key(n) for n in holders}) == 1 else {}


def _stems(text: str) -> dict[str, bool]:
    """A description's content words by a crude stem (their first five letters: "elections" and
    "election", "financial" and "finance"), each with whether it is written in lower case."""
    out: dict[str, bool] = {}
    for w in regex.findall(r"\p{L}{3,}", text):
        if w.lower() not in _NOT_CONTENT:
            out[w.lower()[:5]] = out.get(w.lower()[:5], False) or w.islower()
    return out


# Words that say nothing of who a person is: function words and the qualifiers of any post
_NOT_CONTENT = frozenset(
    "the and who whose whom which that now since for from with its his her their has have had was were "
    "been also one are this former senior top new then current served serves".split()
)


def _owners_post_later(table: EntityTable, described: list[str], after: int) -> dict[str, str]:
    """ "..., his lawyer has confirmed." ... (paragraphs on) ... "Anura Jayatilleke, Weerasekara's
    lawyer, told ESPNcricinfo": a person the article later gives the post "<name>'s <noun>", the
    name a person's it named before the description, is the one a possessive and the same noun
    described (one such person only)."""
    if len(described) != 2 or described[0] not in ("his", "her", "their"):
        return {}
    before = {table.tokens(n.name)[-1] for n in table.person_names if n.start < after and table.tokens(n.name)}
    holders = {
        name: role.text
        for name, role in table.roles
        if role.start > after and role.how not in DEED_ROLES
        and (words := table.role_words(role.text))[1:] == ["s", described[1]] and words[0] in before
    }  # fmt: skip
    return holders if len({table.key(n) for n in holders}) == 1 else {}


def _same_words_later(table: EntityTable, entity: Entity, after: int) -> dict[str, str]:
    """ "a narrow escape that her chief rival said showed ..." ... (paragraphs on) ... "Echeverría,
    her chief rival since the 2021 election, called ...": a person the article later gives a role
    that opens with every word of the description (two or more, "her" and "the" included, its
    head noun last) is the one described (one such person only)."""
    words = table.role_words(entity.description)
    if len(words) < 2 or words[-1] != entity.head_lemma or words[0] in ("a", "an", "one"):
        return {}
    holders = {
        name: role.text
        for name, role in table.roles
        if role.start > after and role.how not in DEED_ROLES and table.role_words(role.text)[: len(words)] == words
    }
    return holders if len({table.key(n) for n in holders}) == 1 else {}


def _the_noun_named_later(
    resolver: SpeakerResolver, entity: Entity, described: list[str], after: int
) -> dict[str, str]:
    """ "A Grade 8 science teacher at Hillcrest Middle School who voted against the deal said ..."
    ... (up to three paragraphs on) ... "The teacher, Amara Nwachukwu-Bell, ... said": a person
    set off after "the" and one or two of the indefinite description's own words ("one board
    member" ... "The board member, Priya Venkataraman,"; "A former assistant coach" ... "The
    assistant, Kevin O'Dwyer,") is the one described (one such person only)."""
    table = resolver.entities
    if not described or described[0] not in ("a", "an", "one"):
        return {}
    described = described + _apposed_words(resolver, after)  # ("A second former employee, a ... engineer")
    here = _paragraph(resolver, after)
    holders: dict[str, str] = {}
    for name, role in table.roles:
        words = table.role_words(role.text)
        if role.how != "apposition" or not 2 <= len(words) <= 3 or words[0] != "the" or role.start <= after:
            continue
        if all(w in described[1:] for w in words[1:]) and 0 < _paragraph(resolver, role.start) - here <= 3:
            holders.setdefault(name, role.text)
    return holders if len({table.key(n) for n in holders}) == 1 else {}


def _apposed_words(resolver: SpeakerResolver, at: int) -> list[str]:
    """The words of the apposition of the description that opens at ``at``, lower case: "a
    machine learning engineer who left the company" of "A second former employee, a ...,"
    (an apposition the parse may read as a conjunct with no "and")."""
    for sent in resolver.sentences:
        if sent.start <= at < sent.end:
            first = next((i for i, w in enumerate(sent.words) if w.start == at), None)
            apposed = [
                i
                for i, w in enumerate(sent.words)
                if (
                    w.deprel == "appos"
                    or w.deprel == "conj"
                    and all(sent.words[c].rel != "cc" for c in sent.children[i])
                )
                and first is not None
                and min(sent.subtree(w.head)) == first
            ]
            return [sent.words[k].text.lower() for i in apposed for k in sent.subtree(i)]
    return []


# Words that make a role a different post from the one described ("the Chief Minister": no deputy)
_QUALIFIERS = frozenset({"deputy", "vice", "former", "acting", "assistant", "associate", "junior", "shadow", "ex"})


def spokesperson_named_later(resolver: SpeakerResolver, resolved: dict[int, Resolved]) -> None:
    """ "A spokesman for the singer denied the report" ... "That spokesman, Femi Adebayo-Clarke,
    said"; "A council spokeswoman said" ... "The council spokeswoman, Karen Liu,": an unnamed
    spokesperson (an organisation's voice) whom the article names up to three paragraphs on, set
    off after "the" or "that" and the same noun, is that person (one only); so is a person's ("his
    spokesman said" ... "spokesman Bayo Onanuga said") titled by that noun alone in the same
    paragraph or the next."""
    table = resolver.entities
    for slot, (speaker, entity, via) in list(resolved.items()):
        if speaker is None or entity is None or entity.type != "organization":
            continue
        m = regex.match(
            r"(?i)(an?|his|her|their)\s+(?:[\w-]+\s+)?([\w-]+)(?:\s+(?:for|of)\s.*)?$", entity.description or ""
        )
        if m is None or not table.vocab.in_lexicon("spokesperson_nouns", m.group(2).lower()):
            continue
        noun, here = m.group(2).lower(), _paragraph(resolver, speaker.start)
        # ("his spokesman said" ... "spokesman Bayo Onanuga said" in the next paragraph: a person's
        # spokesperson titled so right after)
        owned = m.group(1).lower() not in ("a", "an")
        holders = {
            name
            for name, role in table.roles
            if role.start > speaker.start and (words := table.role_words(role.text))[-1:] == [noun]
            and (role.how == "apposition" and words[:1] in (["the"], ["that"]) and len(words) <= 3
                 or owned and role.how in ("title", "premodifier") and len(words) == 1)
            and 0 <= _paragraph(resolver, role.start) - here <= (1 if owned else 3)
        }  # fmt: skip
        if len({table.key(n) for n in holders}) == 1:
            person = table.person_entity(table.person_entity_name(holders.pop()))
            speaker.resolved_by = speaker.resolved_by or "named-next"
            resolved[slot] = (speaker, person, via)
