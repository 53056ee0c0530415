"""Coreference within one article: mentions to entities, in text order.

A later "He", "Al-Amiri", "the minister" or "The group" takes the identity of the entity it refers to. Names
are handled here; pronouns in ``pronouns.py``; unnamed mentions (outlets, documents, institutions, people
described by role) in ``unnamed.py``; ``resolved_by`` says how each mention was linked (README)."""

from __future__ import annotations

import regex

from provenance.document import Document
from provenance.syntax.ner import mention_type
from provenance.syntax.tree import Sentence, WordRef

from .body_evidence import placed_only
from .candidates import NameCandidates
from .epithets import epithet_roles
from .mentions import Mention, describe
from .model import Entity, Resolution, ResolvedBy, SourceModel
from .name_context import (
    RELATIVE_PRONOUNS,
    after_the,
    family_surname,
    fuller_org_name,
    member_noun,
    owned_by,
    team_name,
    titled_surname,
    which_name,
)
from .names import clean_name
from .pronouns import PronounResolver
from .relatives import relative_antecedent
from .role_words import body_role, role_word
from .roles import RoleReader
from .spelt_names import acronym_of
from .statement_cues import names_itself_it, reports_as_outlet
from .statements import copy_of, earlier_owner, owner_phrase, phrase_owner
from .unnamed import UnnamedResolver

__all__ = ["EntityTable", "Resolution", "ResolvedBy"]

# A person whose surname the article writes this many times outside quotes is someone the story
# is about (a vox-pop name is written once or twice, next to its quote).
PROMINENT_MENTIONS = 3


class EntityTable(NameCandidates, UnnamedResolver, PronounResolver):
    """The entities of one article and the mentions that may later refer to them."""

    def __init__(self, model: SourceModel, doc: Document, sentences: list[Sentence] | None = None,
                 quoted: list[tuple[int, int]] | None = None) -> None:  # fmt: skip
        super().__init__(model, doc)
        self.sentences = sentences or []
        self.quoted = quoted or []
        self.role_reader = RoleReader(model.vocab, model.is_role)
        self.person_names = self._person_names(sentences or [], quoted or [])
        self.roles += epithet_roles(self)  # ("... Lena Sorrentino ... The Italian-born director, ...")
        self.learn(sentences or [], quoted or [])

    def fill_roles(self) -> None:
        """Give each named person without a role the role the article gives their name anywhere."""
        # (never another person's name: "Carson, Huckabee, Fiorina earned ..." lists them)
        names = {k for n in self.person_names for k in (n.name, n.name.rsplit(" ", 1)[-1])}
        for e in self.entities:
            if e.type != "person" or (e.role and not bare_title(e.role)):
                continue
            situated = any(n.situated and self.same_person(e.name, n.name) for n in self.person_names)
            e.prominent = e.prominent or self._times_named(e.name) >= PROMINENT_MENTIONS or situated
            # the first role the article gives the name ("Roffman" is John Roffman); what the person did
            # ("situation") only when it gives none, an age last: "Roe avoided an answer" ... "Roe, a civil rights activist"
            mine = [
                r for n, r in self.roles if self.same_person(e.name, n) and (r.how == "title" or r.text not in names)
            ]
            described = [r for r in mine if r.how != "situation"]
            if e.role:  # (a bare title, "Dr.", gives way to what the article says the person is)
                best = next((r for r in described if not bare_title(r.text) and r.how not in ("party", "age")), None)
            else:
                best = next((r for r in described if r.how != "age"), next(iter(described), mine[0] if mine else None))
            if best is not None:
                # ("Gov., who signed the law in 2021": a relative clause does not name the post)
                e.role = f"{e.role}, {best.text}" if e.role and best.how == "relative-clause" else best.text

    # -- resolution ---------------------------------------------------------------------
    def entity_for(self, mention: Mention) -> Resolution:
        """Find or create the entity a mention refers to; the second value says how."""
        if (referred := self._referred_back(mention)) is not None:
            return referred
        if mention.pronoun and self.vocab.in_lexicon("loose_groups", mention.pronoun):
            return self._for_description(mention)  # "some", "many", "others": a quantity of people
        if mention.pronoun:
            found, how = self._for_pronoun(mention, mention.pronoun)
            if found is None and mention.pronoun in ("they", "them"):
                # "they" with nobody before it: people the article does not describe
                return self.vague_group(mention.text.lower()), None
            return found, how
        if mention.name and self._role_word_as_name(mention, mention.name):
            return self._for_description(mention)
        if mention.name and (surname := self._family_of(mention, mention.name)) is not None:
            return self._family(mention, surname), "family-name"
        if mention.name and self._plural_class(mention, mention.name):
            return self._for_description(mention)
        # (a titled surname is a name whatever the tagger made of it: "Chief Hutchins said")
        titled = titled_surname(mention, self.m.is_title, self._party)
        if mention.name and (
            self.is_org_name(mention.name) or titled or not member_noun(mention, mention.name, self._party)
        ):
            return self._for_name(mention, mention.name)
        known = self._known_name(mention) or which_name(mention)
        if known is not None:
            return self._for_name(mention, known)
        head = mention.ref.word
        # (an adjective with "those" for its people describes them: "Those close to him said", "those
        # familiar with the talks"; not the one they are close to)
        if head.upos == "ADJ" and any(
            head.index == w.head and w.text.lower() == "those" for w in mention.ref.sentence.words
        ):
            return self._new(name=mention.description, type="anonymous", head_lemma=head.lemma, plural=True), None
        if head.upos in ("ADP", "VERB", "AUX", "SCONJ") or (head.upos == "ADJ" and mention.head == mention.ref.index):
            # "to a person close to the process", "The administration announced": a mention the
            # parse headed by a preposition or verb is about the noun inside it
            inner = next(
                (
                    c
                    for c in mention.ref.sentence.children[mention.ref.index]
                    if mention.ref.sentence.words[c].upos in ("NOUN", "PROPN")
                    and mention.ref.sentence.words[c].rel in ("nsubj", "obj", "obl", "nmod")
                ),
                None,
            )
            if inner is not None:
                return self.entity_for(
                    describe(WordRef(mention.ref.sentence, inner), self.doc.text, self.m.is_role, self.m.is_title)
                )
        if (inner_doc := copy_of(self.vocab, mention.ref.sentence, mention.head)) is not None:
            # "a copy of the letter": the letter's
            return self.entity_for(describe(inner_doc, self.doc.text, self.m.is_role, self.m.is_title))
        owner = phrase_owner(self, mention.ref.sentence, mention.head) or earlier_owner(self, mention)
        if owner is not None and (owned := self._for_owner(mention, owner)) is not None:
            return owned
        return self._for_description(mention)

    def _role_word_as_name(self, mention: Mention, name: str) -> bool:
        """A role or descriptor word alone as the capitalised first word of the sentence tagged a proper
        noun ("Staff said", "Officials said", "Fishermen from Palawan said") or a role's acronym anywhere
        ("One GP in the town said") is no name, unless it is the surname of a named person ("King said")."""
        tokens = self.tokens(name)
        first = name.isupper() or all(w.upos == "PUNCT" for w in mention.ref.sentence.words[: mention.ref.index])
        if len(tokens) != 1 or not first or not role_word(self.vocab, tokens[0]):
            return False
        return not any(len(self.tokens(n.name)) > 1 and self.tokens(n.name)[-1] == tokens[0] for n in self.person_names)

    def _referred_back(self, mention: Mention) -> Resolution | None:
        """A relative pronoun's antecedent; people named together ("the couple", "the other" of a group)."""
        if mention.pronoun in RELATIVE_PRONOUNS:
            antecedent = relative_antecedent(mention, self.m.is_role)
            if antecedent is not None:
                found, how = self.entity_for(describe(antecedent, self.doc.text, self.m.is_role, self.m.is_title))
                return found, how or "relative-pronoun"
        return self.group_referred(mention)

    def _plural_class(self, mention: Mention, name: str) -> bool:
        """ "Many Americans say", "Latinos" tagged a proper noun: one plural capitalised word that is
        no family of the article's ("the Clintons", above) and no organisation's name is a class of
        people, not a name."""
        sent, head = mention.ref.sentence, mention.ref.sentence.words[mention.head]
        first = not any(w.upos != "PUNCT" for w in sent.words[: mention.ref.index])  # ("Police said": the police,
        if first and self.vocab.in_lexicon("public_bodies", name.lower()):  # however tagged: ``public_bodies``)
            return True
        role = (  # (or a plural role or party's members after capitalised words: "Tory MPs", "Social Democrats")
            head.text.lower().endswith("s")
            and (self.m.is_role(head.text.lower()[:-1]) or self._party(head.text))
            and name.split()[-1] == head.text  # (the phrase itself: no apposition's, no "Party of Socialists")
            and " of " not in name
            and not self.vocab.in_lexicon("organization_words", head.text.lower())  # (nor "Harbor Point Partners")
        )
        # (an acronym's plural the tagger calls singular: "Congress MLAs", "MEPs"; a nation's: "Nepalis")
        nation = head.text.endswith("s") and self.vocab.in_lexicon("demonyms", head.text[:-1].lower())
        plural = "Number=Plur" in head.feats or (role and head.text[:-1].isupper() and len(head.text) > 2) or nation
        if (
            (len(self.tokens(name)) != 1 and not role)
            or not plural
            or (titled_surname(mention, self.m.is_title, self._party) and not role)
        ):
            return False
        if (self.is_org_name(name) or self.vocab.in_lexicon("capital_cities", name)) and not role:
            return False  # (nor a capital, whose "-s" is no plural's: "Brussels said")
        token = self.tokens(name)
        # (the first or last word of a name the article gives: "Quintanilla-Reyes said")
        given = {self.tokens(n.name)[k] for n in self.person_names if len(self.tokens(n.name)) > 1 for k in (0, -1)}
        if not role and (token[0] in self.m.names.given_names or token[0] in given or not head.text[-2:-1].isascii()):
            return False  # ("Inés said", "Charles said", "Lanús said": a given name, a name the article gives, or a letter English lacks before the "s")
        if any(sent.words[c].lemma.lower() == "the" for c in sent.children[head.index]) and not self._party(head.text):
            return False  # ("the Clintons": a family; "the Giants": a team; not "the Social Democrats")
        return self.learned_org(name) is None and not self.vocab.in_lexicon("countries", name)

    def _family_of(self, mention: Mention, name: str) -> str | None:
        surnames = {self.tokens(n.name)[-1] for n in self.person_names if len(self.tokens(n.name)) > 1}
        return family_surname(mention, name, surnames)

    def _family(self, mention: Mention, surname: str) -> Entity:
        """The family of a person the article names: several named people, "the Roes"."""
        name = f"the {surname}s"
        for e in reversed(self.entities):
            if e.type == "person" and e.plural and e.name == name:
                return e
        head_lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        family = self._new(name=name, type="person", plural=True, head_lemma=head_lemma, description=mention.text)
        family.prominent = True
        return family

    def _for_owner(self, mention: Mention, owner: WordRef) -> Resolution | None:
        """The author a statement's phrase names ("the campaign's statement", "a post from Roe")."""
        who = describe(owner, self.doc.text, self.m.is_role, self.m.is_title)
        # a name the article does not give a person ("The Civic Works report") is left to the document reading
        recognised = who.pronoun is not None or (
            who.name is not None
            and (self.is_org_name(who.name) or self._outlet_named_before(who.name, mention.start) is not None)
        )  # ("the Globe report" after "The Globe and Mail")
        recognised = recognised or any(
            self.same_person(who.name or "", n.name) and not mention.start <= n.start < mention.end
            for n in self.person_names
        )  # a person the article names elsewhere ("Roe's report" after "Jane Roe said")
        # an institution's noun ("the campaign's statement"; not a bare modifier: "Court documents show")
        determined = any(owner.sentence.words[c].rel in ("det", "case") for c in owner.sentence.children[owner.index])
        recognised = recognised or determined and self.vocab.in_lexicon("organization_words", owner.word.lemma.lower())
        outlet = None if recognised else self.m.outlets.first_in(owner_phrase(owner))
        if outlet is not None:  # "an Associated Press-GfK poll ... the survey": the outlet's
            return self._for_name(mention, outlet[0])[0], "statement-owner"
        if not recognised and who.name is not None:
            # "a post from Jane Roe", "Bill Roe's stock answer": a person's name written whole
            # with the statement is its author (when the tagger or a given name says it is a
            # person's; "a report by Acme Research" is left to the document reading)
            person = mention_type(owner.sentence, owner.index) == "person"
            if person or self.tokens(who.name)[0] in self.m.names.given_names:
                return self._for_name(mention, who.name)[0], "statement-owner"
        found, _ = self.entity_for(who) if recognised else (None, None)
        if found is not None and found.type in ("person", "organization"):
            return found, "statement-owner"
        return None

    def _known_name(self, mention: Mention) -> str | None:
        """ "Poulter said" tagged a common noun: the surname of a person named earlier is theirs."""
        words = mention.text.split()
        token = self.tokens(words[0]) if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() else []
        if len(token) != 1:
            return None
        for n in reversed(self.person_names):
            if n.start < mention.start and len(self.tokens(n.name)) > 1 and self.tokens(n.name)[-1] == token[0]:
                return clean_name(words[0])
        return None

    def _for_name(self, mention: Mention, name: str) -> Resolution:
        name = self.m.without_nation(name)  # ("the Italian Paolo Ferraresi": the nation describes him)
        name = self.m.outlets.holding_possessive(mention.text, name) or name  # ("Lloyd's List")
        head_lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        for e in reversed(self.entities):
            if e.name == name:
                if e.type == "person" and e.role is None and mention.role:
                    e.role = mention.role  # a role given at a later mention holds for the person
                return e, None
        if (short := self._short_name_of(mention, name)) is not None:
            return short, "short-name"
        entry = self.vocab.lexicon("known_people").get(name)
        if entry is not None:
            role = str(entry.attrs.get("role") or "") or None
            return self._new(name=entry.name, type="person", role=role, head_lemma=head_lemma), "known-people"
        is_org = self._organization_named(mention, name)
        if is_org:
            outlet = self._outlet_named_before(name, mention.start)
            name = outlet or fuller_org_name(mention, name, self.institution_noun, self.m.is_role)
            name = self.full_names.get(self.key(name), name)
            forms = (name, self._org_name(name))  # (or its acronym: "The APC" after "All Progressives Congress")
            for e in reversed(self.entities):
                if e.type == "organization" and (e.name in forms or acronym_of(name, e.name)):
                    return e, "short-name"
        return self._new(
            name=name, type="organization" if is_org else "person", role=None if is_org else mention.role,
            plural=False, head_lemma=head_lemma, description=mention.description,
        ), None  # fmt: skip

    def _short_name_of(self, mention: Mention, name: str) -> Entity | None:
        """The entity a shorter form of its name stands for, or the person named in full with it."""
        tokens = self.tokens(name)
        # ("Castell said that it expected ..." after "Castell Microdevices": a word the article
        # showed to be an organisation's is no one's first name or surname)
        body = len(tokens) == 1 and self.learned_org(name) is not None
        if not body and (first := self.first_of_shared_surname(name, mention.start)):  # ("Park": Evelyn, not her son)
            return self._person_entity(first)
        for e in reversed(self.entities):
            if e.type == "person" and len(tokens) < len(self.tokens(e.name)) and self.same_person(name, e.name):
                if body:
                    continue
                return e
            # "Suncor" after "Suncor Energy": an organisation's short name is its first words
            if e.type == "organization" and len(tokens) < len(self.tokens(e.name)) == len(tokens) + 1:
                # (a name, not a description: "Rubio" is not "Rubio spokesman", his office)
                if self.tokens(e.name)[: len(tokens)] == tokens and e.name.split()[-1][:1].isupper():
                    return e
        if body:
            return None
        # A surname whose full name appeared earlier outside any quote ("Ortiz" after "Energy
        # Minister Dana Ortiz spoke on Monday").
        for full in reversed([n.name for n in self.person_names if n.start < mention.start]):
            if len(tokens) < len(self.tokens(full)) and self.same_person(name, full):
                return self._person_entity(full)
        for e in reversed(self.entities):  # ("Mr. Obama" after "Obama": the same words, the title aside)
            if e.type == "person" and len(tokens) == len(self.tokens(e.name)) and self.same_person(name, e.name):
                return e
        if (later := self._named_in_full_later(name, mention.start)) is not None:
            return self._person_entity(later)
        first_named = self.by_first_name(name, mention.start)
        if first_named is not None:
            return self._person_entity(first_named)
        return None

    def _organization_named(self, mention: Mention, name: str) -> bool:
        """Whether a name the table has not met is an organisation's: by the tagger, its words, the
        article's evidence, the countries, "the" before it, a body's noun for its role (no given name)."""
        is_org = (
            mention_type(mention.ref.sentence, mention.ref.index) == "organization"
            or self.is_org_name(name)
            or self.learned_org(name) is not None
            or self.vocab.in_lexicon("countries", name)  # (a country speaks by its government)
            or self.vocab.in_lexicon("capital_cities", name)  # (so does its capital: "Beijing said")
            or _COUNTY.fullmatch(name) is not None  # (and a county, by its club or council: "Northamptonshire said")
            or (after_the(mention, name) and not self._party(name.split()[-1]))
            or team_name(mention, name, self._party)
            or which_name(mention) == name
            or (self.vocab.in_lexicon("outlet_words", name.split()[-1].lower()) and after_the(mention, name, True))
            or owned_by(mention, name)
            or names_itself_it(self, mention, name)
            or reports_as_outlet(self, mention, name)
            or body_role(mention.role, self.vocab.in_lexicon)
            and not self.m.names.given_name_gender(self.tokens(name))
            or placed_only(mention.role, self.vocab.in_lexicon)
            and not self.m.names.given_name_gender(self.tokens(name))
        )
        return is_org and not self._described_as_person(mention, name)

    def _party(self, word: str) -> bool:  # ("Democrat", "Democrats": a party's members)
        return any(self.vocab.in_lexicon("party_members", w) for w in (word.lower(), word.lower().rstrip("s")))

    def _described_as_person(self, mention: Mention, name: str) -> bool:
        """ "a spokeswoman, Maria Lopez White": a given name with a person's role is a person's."""
        tokens = self.tokens(name)
        if not mention.role or len(tokens) < 2 or tokens[0] not in self.m.names.given_names:
            return False
        if self.m.outlets.first_in(name) or self.learned_org(name) is not None:
            return False
        return any(self.m.is_role(w.lower()) for w in regex.findall(r"\p{L}+", mention.role))

    def person_entity_name(self, name: str) -> str:
        """The fullest name the article gives the person a (short) name stands for."""
        tokens = self.tokens(name)
        for n in self.person_names:
            if len(self.tokens(n.name)) > len(tokens) and self.same_person(name, n.name):
                return n.name
        return name

    def _times_named(self, name: str) -> int:
        """How often the article writes the person's surname outside quote marks."""
        words = name.split()
        if not words:
            return 0
        rx = regex.compile(r"(?<![\w-])" + regex.escape(words[-1]) + r"(?![\w-])")
        return sum(1 for m in rx.finditer(self.doc.text) if not any(qs <= m.start() < qe for qs, qe in self.quoted))

    def _outlet_named_before(self, name: str, before: int) -> str | None:
        """ "the Post" after "The Washington Post": the outlet the article named in full."""
        last = name.split()[-1].lower()
        if len([w for w in name.split() if w.lower() != "the"]) > 1:
            return None  # (a name of its own: "Fox News" is not "NBC News")
        for outlet in reversed(self.m.outlets.all_in(self.doc.text[:before])):
            words = [w.lower() for w in outlet.split() if w.lower() != "the"]
            # "the Post" for The Washington Post, "the Globe" for The Globe and Mail
            if words and last in (words[0], words[-1]) and outlet.lower() != name.lower():
                return outlet
        return None

    def _named_in_full_later(self, name: str, at: int) -> str | None:
        """ "Roe rips rivals" in a headline, "Jane Roe said" in the body: a surname before the
        article names anyone in full is the one person it later names in full with it (one
        entity, not two); never when two people share it ("Clinton" with Bill and Hillary)."""
        tokens = self.tokens(name)
        later = [n.name for n in self.person_names if n.start > at and len(self.tokens(n.name)) > len(tokens)]
        fuller = [n for n in later if self.same_person(name, n)]
        # ("Donald J. Trump" and "Donald Trump" are one person: the first and last words decide)
        people = {(self.tokens(f)[0], self.tokens(f)[-1]) for f in fuller}
        return fuller[0] if len(people) == 1 else None


def bare_title(role: str) -> bool:
    """One abbreviated title ("Dr.", "Prof.", "Dr"): it says what to call the person, not what they are."""
    return _BARE_TITLE.fullmatch(role.strip()) is not None


_BARE_TITLE = regex.compile(r"\S{1,5}\.|(?i:dr|prof|mr|mrs|ms|mx|miss|sir|dame)")  # (also without its stop: "Dr")
# An English county's name ("Northamptonshire", "Yorkshire"): a place, which speaks by its club or council
_COUNTY = regex.compile(r"\p{Lu}\p{Ll}{2,}shire")
