"""A person referred to again by an epithet right after being named.

"Wierzbicki, who now has nine goals in 11 games, was less concerned with the officials. The
striker said his side had stopped playing": news style names a person as the subject of one
sentence and refers to them in the next by a trait, a stage of life or a position in a game
(``epithet_nouns``). The description is that person when it is the subject of its clause, the
sentence right before (in its paragraph, or closing the paragraph before) has a named person as
its main subject, nobody else is named in between, and no gender says otherwise. Offices ("the
officer", "the judge") are no epithets: "John Doe spoke to police. The officer said" is someone
else, and such words are kept out of the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import Sentence
from provenance.vocab import Vocabulary

from .mentions import Mention
from .model import Entity
from .role_words import owned_office
from .roles import RoleSpan

if TYPE_CHECKING:
    from .table import NameMention, TableBase


def subject_just_named(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """The person an epithet subject ("The striker said") refers to (module doc), or None."""
    sent, w = mention.ref.sentence, mention.ref.word
    # (the main clause's subject - or a parataxis's, as the parse reads "Asked about it, the
    # teenager said": "..., the senator called on ... after the mogul claimed" is someone the
    # sentence sets beside its subject)
    main = 0 <= w.head < len(sent.words) and (sent.words[w.head].head < 0 or sent.words[w.head].rel == "parataxis")
    if (
        w.rel != "nsubj"
        or not main
        or contrasted(sent, w.index)
        or "Number=Plur" in w.feats
        or not table.vocab.in_lexicon("epithet_nouns", head_lemma)
    ):
        return None
    name = _named_just_before(table, mention.start)
    if name is None:
        return None
    if owned_office(mention) and any(
        table.same_person(n, name.name) and r.start < mention.start for n, r in table.roles
    ):
        return None  # (a post of its own after the role the name was given: "the board's interim chief executive")
    said, known = table.m.names.gender_of(mention.description), table.m.names.gender_of(name.name)
    if said is not None and known is not None and said != known:
        return None
    entity = table.person_entity(name.name)
    entity.role = entity.role or regex.sub(r"^(?i:the)\s+", "", mention.description)
    return entity


def _named_just_before(table: TableBase, before: int) -> NameMention | None:
    """The name that is the main subject of the sentence right before ``before`` (in its
    paragraph, or closing the one before), with nobody else named in between."""
    k = max((i for i, s in enumerate(table.sentences) if s.start <= before), default=-1)
    if k < 1:
        return None
    prev = table.sentences[k - 1]
    here, there = table.doc.paragraph_at(before), table.doc.paragraph_at(prev.start)
    if here is None or there is None or not 0 <= here.index - there.index <= 1:
        return None
    name = _main_subject_name(table, prev)
    # (nobody named between but someone the sentence before speaks of: "Brennan says she will
    # work with Sorrentino again. '...,' the actress said" is still Brennan)
    if name is None or any(
        name.end <= n.start < before and (n.start >= prev.end or n.subject or n.clause_subject)
        for n in table.person_names
    ):
        return None
    # (nor anybody else's surname written after that sentence, whatever the table made of it)
    surname = table.tokens(name.name)[-1]
    others = {table.tokens(n.name)[-1].lower() for n in table.person_names} - {surname.lower()}
    between = {t.lower() for t in regex.findall(r"\p{Lu}[\p{L}'’-]+", table.doc.text[prev.end : before])}
    return None if between & others else name


def _main_subject_name(table: TableBase, prev: Sentence) -> NameMention | None:
    """The person's name that is the main clause subject of sentence ``prev`` (the name covers
    the subject's head word: not "Brannock's coach"), if any."""
    root = next((x for x in prev.words if x.head < 0), None)
    if root is None:
        return None
    subjects = [c for c in prev.children[root.index] if prev.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 1:
        return None
    head = prev.words[subjects[0]]
    return next((n for n in table.person_names if n.start <= head.start < n.end), None)


def epithet_roles(table: TableBase) -> list[tuple[str, RoleSpan]]:
    """ "For ten years, Lena Sorrentino did not make a film. The Italian-born director, whose
    debut won a prize, spent that time teaching": an epithet (a person noun after "the") as the
    main subject of the sentence right after one whose main subject is a named person, nobody
    else named between, is that person's role ("Italian-born director"), whoever speaks."""
    found: list[tuple[str, RoleSpan]] = []
    for sent in table.sentences:
        root = next((w for w in sent.words if w.head < 0), None)
        subject = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj"), -1) if root else -1
        if subject < 0 or not _epithet(table, sent, subject):
            continue
        name = _named_just_before(table, sent.words[subject].start)
        if name is None:
            continue
        words = [k for k in sent.subtree(subject) if k <= subject and sent.words[k].rel != "det"]
        start, end = sent.words[min(words)].start, sent.words[subject].end
        found.append((name.name, RoleSpan(table.doc.text[start:end], start, end, "epithet")))
    return found


def _epithet(table: TableBase, sent: Sentence, i: int) -> bool:
    """An epithet noun after "the" ("The teenager"), or a post described by what the person is
    ("The Italian-born director", "The 62-year-old director"): not a post of something else
    ("the club manager", "the city's lawyer") nor a bare post ("The officer": someone else the
    story meets); never after a word that sets it against the sentence before ("But the ...")."""
    w = sent.words[i]
    if w.upos != "NOUN" or "Number=Plur" in w.feats or contrasted(sent, i):
        return False
    kids = [sent.words[c] for c in sent.children[i] if c < i]
    if not any(k.rel == "det" and k.lemma.lower() == "the" for k in kids):
        return False
    lemma = w.lemma.lower()
    if table.vocab.in_lexicon("epithet_nouns", lemma):
        return True
    if not table.vocab.in_lexicon("person_roles", lemma) or any(k.rel in ("compound", "nmod") for k in kids):
        return False
    return any(k.rel == "amod" and k.lemma.lower() not in _NOT_DESCRIBING for k in kids)


# Adjectives that place a post in time or order, not say who the person is ("the former minister")
_NOT_DESCRIBING = frozenset({"former", "new", "other", "same", "first", "last", "next", "previous", "current"})
# Words that set a sentence against the one before ("But the club manager later clarified")
_CONTRAST = frozenset({"but", "however", "yet", "meanwhile", "still", "instead", "and"})


def contrasted(sent: Sentence, i: int) -> bool:
    """A word before ``i`` that opens the sentence sets it against the one before."""
    before = [w for w in sent.words[:i] if w.upos != "PUNCT"]
    return bool(before) and before[0].lemma.lower() in _CONTRAST


# Words for one unnamed source as a source, which refer back to the unnamed person just quoted
_SOURCE_WORDS = frozenset({"official", "source", "insider", "person"})


def same_noun_person(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """ "One lift operator in Salzburg province, who asked not to be named, said ... ¶ '...,' the
    operator said": a definite singular noun that names bodies too ("operator", "owner") is the
    one unnamed person described by that very noun who spoke last, in its paragraph or the one
    before; None otherwise."""
    sent = mention.ref.sentence
    if "Number=Plur" in sent.words[mention.head].feats or len(mention.description.split()) != 2:
        return None
    if (found := speaker_just_before(table, mention.start)) is None:
        return None
    last = found[1]
    same = last.type == "anonymous" and not (last.plural or last.vague) and last.head_lemma == head_lemma
    return last if same else None


# Words for someone among many in a body ("A member of the team ... the player said"), which
# a later role noun may specify
_MEMBER_WORDS = frozenset({"member", "one", "someone"})


def _another_post(table: TableBase, before: str, now: str) -> bool:
    """ "The minister said ... ¶ The mayor said": two different posts are two people, though
    neither is named (a post and its other word, "attorney" and "prosecutor", are one:
    ``role_equivalents``; a member or source may be given a post later)."""
    if (
        before == now
        or before in _SOURCE_WORDS | _MEMBER_WORDS
        or not (table.m.is_role(before) and table.m.is_role(now))
    ):
        return False
    lex = table.vocab.lexicons.get("role_equivalents")
    posts = [entry.name if lex is not None and (entry := lex.get(w)) is not None else w for w in (before, now)]
    return posts[0] != posts[1] and not table.vocab.in_lexicon("generic_persons", before)


def unnamed_just_quoted(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """ "A member of the district's bargaining team, who spoke on condition of anonymity ...,
    said ... The official said ...": a bare "the official" (or "the source", "the person") is the
    one unnamed person who spoke last in its paragraph, whatever noun described them; None when
    none did, or when that speaker is a group."""
    source_word = head_lemma in _SOURCE_WORDS
    if not source_word and not table.m.is_role(head_lemma):
        return None
    here = table.doc.paragraph_at(mention.start)
    spoke = [
        (at, e)
        for e in table.entities
        if e.type == "anonymous" and (at := table.spoke_at.get(e.id, -1)) < mention.start and at >= 0
    ]
    if here is None or not spoke:
        return None
    at, last = max(spoke, key=lambda x: x[0])
    if last.plural or last.vague or (not source_word and _another_post(table, last.head_lemma, head_lemma)):
        return None
    if source_word:
        return last if table.doc.paragraph_at(at) == here else None
    # (a role noun for the unnamed person who spoke last of all, in this paragraph or the one
    # before, nobody named since: "One member of Europe's team, who asked not to be named, said ...
    # ¶ '...,' the player said")
    there = table.doc.paragraph_at(at)
    latest = table.last_speaker is not None and table.last_speaker[0] is last
    named = any(at <= n.start < mention.start for n in table.person_names)
    return last if latest and not named and there is not None and 0 <= here.index - there.index <= 1 else None


def unlinked_party_member(table: TableBase, mention: Mention) -> Entity:
    """ "the Ohio Republican said" with no speaker it refers to: one person the reader knows, by
    party and place, whose name the article gave elsewhere; a person, described."""
    role = regex.sub(r"^(?i:the)\s+", "", mention.description)
    return table._new(
        name=role, type="person", role=role, head_lemma=mention.head_lemma, description=mention.description
    )


def description_head(vocab: Vocabulary, mention: Mention, lemma: str, is_role: bool) -> tuple[bool, bool]:
    """Whether a description's head is a noun, a role noun the tagger made an adjective included
    ("Aurelian's chief executive, speaking ..., said"), and whether it is a party member ("the
    Ohio Democrat"; a party is no post one holder has: "Republican Donald Trump" is not "the
    Wisconsin Republican", so no role holder is looked for)."""
    word = mention.ref.sentence.words[mention.head]
    noun = word.upos == "NOUN" or (word.upos == "ADJ" and is_role and word.rel == "nsubj")
    # (or a role alone capitalised as a title and tagged a proper noun, "the Minister told
    # reporters"; the caller asks for the definite article; not "the Chief Minister", whose
    # holder the titles' own reading finds among deputies)
    noun = noun or (word.upos == "PROPN" and is_role and len(mention.description.split()) == 2)
    return noun, word.upos == "PROPN" and vocab.in_lexicon("party_members", lemma)


def singular_they(table: TableBase, mention: Mention) -> Entity | None:
    """'One councillor, who asked not to be named, said ... "...," they said': "they" for the one
    unnamed person who spoke last of all, in this paragraph or the one before, with no gender given - the
    singular "they" news uses for a source it keeps unnamed; or for the person named last, in this
    paragraph or the two before, whom the article said goes by "they"."""
    w = mention.ref.word
    # (only as the subject of a plain "said" or "added": "they sign off as a group", "They are not
    # sanguine" are groups)
    verb = mention.ref.sentence.words[w.head] if w.head >= 0 else None
    if verb is None or w.rel != "nsubj" or verb.lemma.lower() not in ("say", "add"):
        return None
    if (declared := _declared_they(table, mention.start)) is not None:
        return table.person_entity(declared)
    if (spoke := speaker_just_before(table, mention.start)) is None:
        return None
    last = spoke[1]
    if last.type != "anonymous" or last.plural or last.vague:
        return None
    return last if table.m.names.gender_of(last.description) is None else None


# The article's word that a named person goes by "they" ("Achebe-Fenwick, who uses they/them pronouns,")
_THEY_PARAGRAPHS = 5  # (how far back such a person is still the "they": no one else who may be one named since)
_THEY_THEM = regex.compile(r"\b(?:uses|use|prefers|goes by|go by)\s+(?:the\s+)?(?:pronouns?\s+)?they(?:/them)?\b")


def _declared_they(table: TableBase, before: int) -> str | None:
    """The person the article said goes by "they", named last before ``before`` in the pronoun's
    paragraph or the five before it (the singular "they" of a named person; people the article
    shows to be a "he" or a "she", or whose given name does, named since, aside), or None."""
    here = table.doc.paragraph_at(before)
    declared = {
        table.key(n.name)
        for m in _THEY_THEM.finditer(table.doc.text, 0, before)
        for n in [max((n for n in table.person_names if n.end <= m.start() and m.start() - n.end < 80),
                      key=lambda n: n.end, default=None)]
        if n is not None
    }  # fmt: skip
    for n in sorted(table.person_names, key=lambda n: n.end, reverse=True):
        there = table.doc.paragraph_at(n.start)
        if n.end > before or here is None or there is None or here.index - there.index > _THEY_PARAGRAPHS:
            continue
        if any(table.same_person(n.name, d) for d in declared):
            return n.name
        if table.m.names.given_name_gender(table.tokens(n.name)) is None and not _gendered_after(table, n.end, before):
            return None  # (someone named since who may go by "they" too; one called "he" or "she" since does not)
    return None


_HE_SHE = regex.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


def _gendered_after(table: TableBase, start: int, end: int) -> bool:
    """A "he" or a "she" (or their other forms) outside quote marks between ``start`` and ``end``."""
    return any(
        not any(a <= m.start() < b for a, b in table.quoted) for m in _HE_SHE.finditer(table.doc.text, start, end)
    )


def speaker_just_before(table: TableBase, before: int) -> tuple[int, Entity] | None:
    """The entity, of any kind, that spoke last before ``before``, and where that statement ended,
    when it was in the same paragraph or the one before; else None."""
    spoke = [(at, e) for e in table.entities if 0 <= (at := table.spoke_at.get(e.id, -1)) < before]
    last = max(spoke, key=lambda pair: pair[0], default=None)
    if last is None:
        return None
    here, there = table.doc.paragraph_at(before), table.doc.paragraph_at(last[0])
    return last if here is not None and there is not None and 0 <= here.index - there.index <= 1 else None


_PERSON_NOUNS = ("person_roles", "anonymous_descriptors", "person_trades")


def unnamed_person_goes_on(table: TableBase, entity: Entity) -> bool:
    """Whether an unnamed speaker is one person "he" or "she" can go on with: not a group or a
    collective; a role, a trade ("A plow operator"), anyone whose anonymity the article explains
    ("A former civil servant ..., who asked not to be named"), or a person by a gendered noun the
    article introduced ("one woman told RTÉ News ... '...,' she said"; not "the businessman")."""
    lex, head = table.vocab.in_lexicon, entity.head_lemma
    one = not entity.plural and not entity.vague and not lex("collective_people", head)
    gendered = lex("gender_words", head) and entity.description[:4].lower() != "the "
    person = any(lex(x, head) for x in _PERSON_NOUNS) or entity.reason is not None or gendered
    return entity.type == "anonymous" and one and person


def reintroduced(table: TableBase, e: Entity, mention: Mention) -> bool:
    """Another unnamed source of the mention's kind brought in since ``e`` last spoke: "..., said one
    source who ... spoke on the condition of anonymity ... ¶ ... a separate intelligence source
    familiar with the investigation did so ...: '...,' the source said" is the separate source, not
    the first (an indefinite phrase with the mention's head noun between them)."""
    head = mention.head_lemma
    at = table.spoke_at.get(e.id, -1)
    if at < 0 or not head.isalpha():
        return False
    between = table.doc.text[at : mention.start]
    return regex.search(rf"(?i)\b(?:an?|another|one)\s+(?:[\w-]+\s+){{0,4}}{head}\b", between) is not None
