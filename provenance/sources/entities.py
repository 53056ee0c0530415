"""Coreference within one article: mentions to entities, in text order.

A later "He", "Al-Amiri", "the minister" or "The group" takes the identity of the entity it
refers to. Each ``_for_*`` method handles one kind of mention; ``resolved_by`` values say how a
mention was linked (see README: "pronoun", "short-name", "known-people", "statement-owner",
"definite-description").
"""

from __future__ import annotations

from typing import Literal

import regex

from provenance.document import Document
from provenance.lexical import REGEX_TIMEOUT, warn_timeout
from provenance.syntax.tree import Sentence, WordRef

from .mentions import Mention, describe, is_group_pronoun, is_person_pronoun, name_runs, title_length
from .model import Entity, SourceModel
from .names import HONORIFICS, PRONOUN_GENDER, Gender, gender_of, name_tokens
from .outlets import ACRONYM

ResolvedBy = Literal[
    "pronoun", "short-name", "known-people", "statement-owner", "definite-description", "relative-pronoun"
]
Resolution = tuple[Entity | None, ResolvedBy | None]
_DEFINITE = ("the", "this", "that", "these", "those")
_LOOSE_GROUPS = frozenset({"other", "others", "some", "many", "several", "few", "most", "all"})
_CAPS = r"\p{Lu}[\w&.'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\w&.'’-]*)*"
# The organisation a document mention names: "by/from/of <Name>", or "<Name> <document noun>".
_DOCUMENT_OWNER = regex.compile(
    rf"\b(?:by|from|of)\s+(?:the\s+)?(?P<by>{_CAPS})|^(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?P<pre>{_CAPS})\s+\p{{Ll}}"
)


class EntityTable:
    """The entities of one article and the mentions that may later refer to them."""

    def __init__(
        self,
        model: SourceModel,
        doc: Document,
        sentences: list[Sentence] | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.m = model
        self.vocab = model.vocab
        self.doc = doc
        self.entities: list[Entity] = []
        # Roles the article gives a name anywhere ("Republican presidential candidate Donald
        # Trump", "Trump, the party's nominee,"): they hold for every mention of that person.
        self.roles: list[tuple[str, str]] = []
        # Gender the article itself shows for a name (a courtesy title, a gendered role noun):
        # "she" never goes to a man named just before.
        self.genders: dict[str, Gender] = {}
        self.person_names = self._person_names(sentences or [], quoted or [])

    # -- candidates ---------------------------------------------------------------------
    def _person_names(self, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """Every mention in the article that looks like a person's name, in text order: the
        antecedents a pronoun can take even if that person has not been quoted yet. Names
        inside quotation marks are people the speaker talks about, not candidates."""
        names: list[tuple[int, str]] = []
        for k, sent in enumerate(sentences):
            for run in name_runs(sent, 0, len(sent.words) - 1):
                first = sent.words[run[0]]
                if any(qs <= first.start < qe for qs, qe in quoted):
                    continue
                name = self._person_name(sent, run)
                if name is not None:
                    names.append((first.start, name))
                    self._note_role(sent, run, name)
                    if run[0] == 0 and k > 0:
                        self._title_split_off(sentences[k - 1], sent, name)
        return names

    def _title_split_off(self, prev: Sentence, sent: Sentence, name: str) -> None:
        """ "Texas Sen. | Ted Cruz says ...": the sentence splitter took the title's full stop for
        a sentence end. A short "sentence" ending on a title right before the name is its role."""
        gap = self.doc.text[prev.end : sent.start]
        if len(prev.words) <= 5 and not gap.strip() and "\n" not in gap and self.m.is_role(prev.words[-1].text):
            self.roles.append((name, prev.text or self.doc.text[prev.start : prev.end]))

    def _note_role(self, sent: Sentence, run: list[int], name: str) -> None:
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        mention = describe(WordRef(sent, head), self.doc.text, self.m.is_role)
        if mention.role:
            self.roles.append((name, mention.role))
        # Only the words up to the name: "Jane Roe, whose son ..." says nothing of Roe.
        last = name_tokens(name)[-1]
        upto = mention.text.lower().split(last)[0] if last in mention.text.lower() else ""
        gender = gender_of(upto)
        if gender is not None:
            # keyed by the full name: "her husband Michael Greenspan" says nothing of Dorie Greenspan
            self.genders.setdefault(" ".join(name_tokens(name)), gender)

    def fill_roles(self) -> None:
        """Give each named person without a role the role the article gives their name
        anywhere, before or after the quote (the article's description holds throughout)."""
        for e in self.entities:
            if e.type != "person" or e.role:
                continue
            tokens = name_tokens(e.name)
            for name, role in self.roles:
                ntoks = name_tokens(name)
                short, full = sorted((tokens, ntoks), key=len)
                if full[-len(short) :] == short:  # "Roffman, a securities analyst" is John Roffman
                    e.role = role
                    break

    def _person_name(self, sent: Sentence, run: list[int]) -> str | None:
        text = self.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end]
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        if any(
            sent.words[k].rel == "case" and self.vocab.in_lexicon("locative_prepositions", sent.words[k].lemma.lower())
            for k in sent.children[head]
        ):
            return None  # "in New York", "from Ottawa": places, not people
        if len(text.split()) < 2 and sent.words[head].rel not in ("nsubj", "nsubj:pass"):
            return None
        if self.is_org_name(text) or any(
            w.upos not in ("PROPN", "PUNCT", "ADP", "NOUN", "X") for w in (sent.words[i] for i in run)
        ):
            return None
        words = text.split()
        words = words[title_length(words, self.m.is_role) :]  # "Energy Minister Dana Ortiz"
        while len(words) > 1 and words[0].lower() in HONORIFICS:
            words = words[1:]  # "Mr. John Doe" is John Doe
        return " ".join(words)

    def _person_entity(self, name: str) -> Entity:
        tokens = name_tokens(name)
        for e in reversed(self.entities):
            if e.type == "person" and (e.name == name or name_tokens(e.name)[-len(tokens) :] == tokens):
                return e
        return self._new(name=name, type="person", head_lemma="")

    def is_org_name(self, name: str) -> bool:
        words = regex.findall(r"[\p{L}]+", name)
        if self.m.outlets.first_in(name):
            return True
        if any(ACRONYM.match(w) and len(w) >= 2 for w in name.split()):
            return True
        return any(self.vocab.in_lexicon("organization_words", w.lower()) for w in words)

    def _plural(self, ref: WordRef) -> bool:
        w = ref.word
        return "Number=Plur" in w.feats or w.lemma.lower() in ("people", "sources")

    def _new(self, **kw: object) -> Entity:
        e = Entity(id=len(self.entities), **kw)  # type: ignore[arg-type]
        self.entities.append(e)
        return e

    def vague_entity(self, key: str) -> Entity:
        """One entity per distinct impersonal frame ("it is understood")."""
        entity = next((e for e in self.entities if e.vague and e.type == "unknown" and e.description == key), None)
        return entity or self._new(name=key, type="unknown", vague=True, description=key)

    # -- resolution ---------------------------------------------------------------------
    def entity_for(self, mention: Mention) -> Resolution:
        """Find or create the entity a mention refers to; the second value says how."""
        if mention.pronoun:
            return self._for_pronoun(mention, mention.pronoun)
        if mention.name:
            return self._for_name(mention, mention.name)
        return self._for_description(mention)

    def _agrees(self, name: str, p: str) -> bool:
        want = PRONOUN_GENDER.get(p)
        have = self.genders.get(" ".join(name_tokens(name)))
        return want is None or have is None or want == have

    def _for_pronoun(self, mention: Mention, p: str) -> Resolution:
        if is_person_pronoun(p):
            before = [n for n in self.person_names if n[0] < mention.start and self._agrees(n[1], p)]
            if before:
                return self._person_entity(before[-1][1]), "pronoun"
        if p in ("it", "its"):
            for e in reversed(self.entities):
                if e.type == "organization":
                    return e, "pronoun"
        wanted = ("person",) if is_person_pronoun(p) else ("organization", "anonymous") if is_group_pronoun(p) else ()
        for e in reversed(self.entities):
            if e.type in wanted and (is_person_pronoun(p) or e.plural or e.type == "organization"):
                if e.type == "person" and not self._agrees(e.name, p):
                    continue
                return e, "pronoun"
        return None, None

    def _for_name(self, mention: Mention, name: str) -> Resolution:
        head_lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        for e in reversed(self.entities):
            if e.name == name:
                if e.type == "person" and e.role is None and mention.role:
                    e.role = mention.role  # a role given at a later mention holds for the person
                return e, None
        tokens = name_tokens(name)
        for e in reversed(self.entities):
            etoks = name_tokens(e.name)
            if e.type == "person" and len(tokens) < len(etoks) and etoks[-len(tokens) :] == tokens:
                return e, "short-name"
        # A surname whose full name appeared earlier outside any quote ("Ortiz" after "Energy
        # Minister Dana Ortiz spoke on Monday").
        for _, full in reversed([n for n in self.person_names if n[0] < mention.start]):
            ftoks = name_tokens(full)
            if len(tokens) < len(ftoks) and ftoks[-len(tokens) :] == tokens:
                return self._person_entity(full), "short-name"
        entry = self.vocab.lexicon("known_people").get(name)
        if entry is not None:
            role = str(entry.attrs.get("role") or "") or None
            return self._new(name=entry.name, type="person", role=role, head_lemma=head_lemma), "known-people"
        is_org = self.is_org_name(name)
        return self._new(
            name=name,
            type="organization" if is_org else "person",
            role=None if is_org else mention.role,
            plural=False,
            head_lemma=head_lemma,
            description=mention.description,
        ), None

    def _for_description(self, mention: Mention) -> Resolution:
        """Unnamed: outlets, statements, anonymous people, institutions, documents."""
        sent = mention.ref.sentence
        head_word = sent.words[mention.head]
        head_lemma = head_word.lemma.lower()
        if head_word.text[:1].isupper() and head_word.upos in ("NOUN", "PROPN", "X"):
            # "Poulter said" with "Poulter" tagged as a common noun at the start of a sentence:
            # a surname of a person the article names is that person.
            surname = head_word.text.lower()
            full = next((n for _, n in reversed(self.person_names) if name_tokens(n)[-1:] == [surname]), None)
            if full is not None and len(name_tokens(full)) > 1:
                return self._person_entity(full), "short-name"
        if self.m.outlets.first_in(mention.description) or (
            self.vocab.in_lexicon("outlet_words", head_lemma)
            and head_word.upos == "NOUN"
            and any(sent.words[c].deprel in ("amod", "compound", "nmod:poss") for c in sent.children[mention.head])
        ):
            return self._for_outlet(mention, head_lemma)
        if self.vocab.in_lexicon("noun_cues", head_lemma) and self._definite(mention):
            # "the statement said": the statement of the last organisation or person; "one
            # report" is not anybody's in particular.
            for e in reversed(self.entities):
                if e.type in ("organization", "person"):
                    return e, "statement-owner"
        if self.vocab.in_lexicon("document_nouns", head_lemma):
            return self._for_document(mention, head_lemma)
        definite = self._definite(mention)
        is_role = self.vocab.in_lexicon("person_roles", head_lemma) or self.vocab.in_lexicon(
            "anonymous_descriptors", head_lemma
        )
        if definite and is_role and not self._plural(WordRef(sent, mention.head)):
            # "the minister" after "Foreign Minister Fuad Hussein": the named person with that role
            for e in reversed(self.entities):
                if e.type == "person" and e.role and head_lemma in e.role.lower().split():
                    return e, "definite-description"
        if self.vocab.in_lexicon("organization_words", head_lemma) and not self.vocab.in_lexicon(
            "anonymous_descriptors", head_lemma
        ):
            return self._for_institution(mention, head_lemma, definite)
        if is_role or self.vocab.in_lexicon("vague_sources", head_lemma):
            return self._for_unnamed_person(mention, head_lemma, definite)
        if head_word.upos == "NOUN" or head_lemma in _LOOSE_GROUPS:
            # A common noun that is no outlet, institution or document describes unnamed people
            # ("the players", "refugee advocates"); a bare quantifier ("others", "some") or a
            # plural with nothing to place it describes nobody in particular.
            loose = head_lemma in _LOOSE_GROUPS or (
                self._plural(WordRef(sent, mention.head)) and len(mention.description.split()) == 1
            )
            return self._new(
                name=mention.description, type="anonymous", head_lemma=head_lemma, vague=loose,
                plural=self._plural(WordRef(sent, mention.head)), description=mention.description,
            ), None  # fmt: skip
        return self._new(
            name=mention.description, type="unknown", head_lemma=head_lemma, description=mention.description
        ), None

    def _definite(self, mention: Mention) -> bool:
        sent = mention.ref.sentence
        lo = mention.ref.index - 3 if mention.ref.index >= 3 else 0
        return (
            any(
                sent.words[i].lemma.lower() in _DEFINITE for i in range(lo, mention.head) if sent.words[i].upos == "DET"
            )
            or mention.head != mention.ref.index
        )

    def _for_document(self, mention: Mention, head_lemma: str) -> Resolution:
        """ "a study by Civic Works", "the Civic Works report": the organisation it names speaks;
        "one report", "the polls": an unspecified organisation (vague)."""
        sent = mention.ref.sentence
        sub = sent.subtree(mention.head)  # relative clauses included: "a study released by X"
        m = _DOCUMENT_OWNER.search(self.doc.text[sent.words[sub[0]].start : sent.words[sub[-1]].end])
        owner = (m.group("by") or m.group("pre")) if m else None
        if owner:
            owner = regex.sub(r"^[Tt]he\s+", "", owner)
            for e in reversed(self.entities):
                if e.type == "organization" and e.name == owner:
                    return e, None
            return self._new(
                name=owner, type="organization", head_lemma=head_lemma, description=mention.description
            ), None
        return self._new(
            name=mention.description, type="organization", head_lemma=head_lemma, vague=True,
            description=mention.description,
        ), None  # fmt: skip

    def _for_outlet(self, mention: Mention, head_lemma: str) -> Resolution:
        for e in reversed(self.entities):
            if e.type == "organization" and e.description.lower() == mention.description.lower():
                return e, None
        return self._new(
            name=mention.description, type="organization", head_lemma=head_lemma, description=mention.description
        ), None

    def _for_institution(self, mention: Mention, head_lemma: str, definite: bool) -> Resolution:
        for e in reversed(self.entities):
            if definite and e.type == "organization" and e.head_lemma == head_lemma:
                return e, "definite-description"
        if definite:
            named = self.introduced_name(head_lemma, mention.start)
            if named is not None:
                return self._new(
                    name=named, type="organization", head_lemma=head_lemma, description=mention.description
                ), "definite-description"
        return self._new(
            name=mention.description,
            type="organization",
            head_lemma=head_lemma,
            plural=False,
            description=mention.description,
        ), None

    def _for_unnamed_person(self, mention: Mention, head_lemma: str, definite: bool) -> Resolution:
        """Unnamed people described by role ("a US official", "the mayor") or not at all ("sources")."""
        sent = mention.ref.sentence
        desc = mention.description.lower()
        for e in reversed(self.entities):
            if e.type == "anonymous" and (e.description.lower() == desc or (definite and e.head_lemma == head_lemma)):
                return e, None if e.description.lower() == desc else "definite-description"
        modifiers = [
            c for c in sent.children[mention.head] if sent.words[c].deprel not in ("det", "punct", "nummod", "case")
        ]
        vague = self.vocab.in_lexicon("vague_sources", head_lemma) and not modifiers
        return self._new(
            name=mention.description,
            type="anonymous",
            head_lemma=head_lemma,
            plural=self._plural(WordRef(sent, mention.head)),
            vague=vague,
            description=mention.description,
        ), None

    def introduced_name(self, head_lemma: str, before: int) -> str | None:
        """The name an earlier sentence gave a group: "a group of militias calling itself the
        Islamic Resistance in Iraq" makes a later "The group" that organization."""
        phrases = [e.name for e in self.vocab.lexicon("naming_phrases").entries]
        if not phrases:
            return None
        # Case-insensitive for the noun and the phrase only: the name itself must be capitalised.
        rx = regex.compile(
            r"(?i:\b"
            + regex.escape(head_lemma)
            + r"s?\b)[^.;!?]{0,80}?(?i:\b(?:"
            + "|".join(regex.escape(p) for p in phrases)
            + r"))\s+((?:[Tt]he\s+)?\p{Lu}[\w’'-]*(?:\s+(?:\p{Lu}[\w’'-]*|of|in|for|and|al|the))*)",
            regex.V0,
        )
        found = None
        try:
            for m in rx.finditer(self.doc.prose, 0, before, timeout=REGEX_TIMEOUT):
                found = m.group(1)
        except TimeoutError:
            warn_timeout("naming_phrases")
        if found is None:
            return None
        return regex.sub(r"(?:\s+(?:of|in|for|and|al|the))+$", "", found)
