"""Unnamed speakers: outlets, statements, documents, institutions and people described by role.

"the statement said" is the last organisation's or person's; "a study by Civic Works" is Civic Works speaking;
"The group" after "a group ... calling itself the Islamic Resistance" is that organisation; "the minister" is the
named minister; "a US official" is an anonymous person; "the Italian coast guard" a body of the state."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import regex

from provenance.lexical import REGEX_TIMEOUT, warn_timeout
from provenance.syntax.tree import Sentence, WordRef

from .apposed_before import second_reference
from .bodies_named_later import body_named_later
from .delayed import identified_as, named_next
from .described_bodies import bare_or_placed, business_just_spoke, governing_body
from .descriptions import UNPLACING, in_a_statement, role_holder
from .documents import document_speaker
from .epithets import (
    contrasted,
    description_head,
    reintroduced,
    same_noun_person,
    subject_just_named,
    unlinked_party_member,
    unnamed_just_quoted,
)
from .head_names import (
    GENERIC_BUSINESS,
    KIN,
    business_in_sentence,
    business_named_before,
    jurisdiction_words,
    kind_fits,
    kinded_before,
    name_since,
    organisation_with_head,
    public_body_named,
)
from .loose import loose_class, loose_people
from .mentions import Mention
from .misread_heads import body_compound, group_just_named, noun_of_people, surname_taken_for_noun
from .model import Entity, Resolution, ResolvedBy
from .name_context import fuller_org_name
from .org_subjects import org_subject_named, previous_main_subject, recent_org_subject
from .outlet_mentions import outlet_described
from .role_words import owned_office, who_clause_on
from .spokespeople import event_organiser, research_desk, spoken_for
from .statements import person_word
from .table import TableBase

if TYPE_CHECKING:
    from .pronouns import PronounResolver

_DEFINITE, _INDEFINITE = ("the", "this", "that", "these", "those"), ("a", "an", "another")
_SOURCE_NOUNS = frozenset({"source", "insider"})  # (words for one unnamed source, either way round)
_ROLE_LEXICONS = ("person_roles", "anonymous_descriptors", "spokesperson_nouns")


def _trade_described(table: TableBase, sent: Sentence, head: int, lemma: str) -> bool:
    """A trade (``person_trades``) with a relative clause opened by "who": a person, though the
    noun names bodies too ("A plow operator who has worked the pass for 19 years said")."""
    return who_clause_on(sent, head) and table.vocab.in_lexicon("person_trades", lemma)


class UnnamedResolver(TableBase):
    """Entities for mentions without a proper name."""

    def _for_description(self, mention: Mention) -> Resolution:
        """Unnamed: outlets, statements, anonymous people, institutions, documents."""
        sent = mention.ref.sentence
        head_word = sent.words[mention.head]
        # (a pronoun by its form: the lemmatiser gives "those" the lemma "that")
        head_lemma = (head_word.text if head_word.upos == "PRON" else head_word.lemma).lower()
        head_lemma = body_compound(self.vocab, sent, mention.head) or head_lemma  # ("coast guard", not a guard)
        if (by_surname := surname_taken_for_noun(self, sent, head_word)) is not None:
            return by_surname
        if head_word.upos == "NOUN" and (identified := identified_as(self, mention)):
            return identified
        if (outlet := outlet_described(self, mention, head_word, self._definite(mention))) is not None:
            return outlet
        # (by the form too: "numbers" is a document, "a number of" is not)
        document = any(self.vocab.in_lexicon("document_nouns", x) for x in (head_lemma, head_word.text.lower()))
        document = document and not person_word(self.vocab, sent, mention.head)  # ("senior party figures")
        body = self.vocab.in_lexicon("organization_words", head_lemma) and head_lemma != "statement"  # (a league)
        body = body and not _trade_described(self, sent, mention.head, head_lemma)  # ("A plow operator who ...")
        if self.vocab.in_lexicon("noun_cues", head_lemma) and self._definite(mention) and not document and not body:
            # "the statement said": the statement of the organisation or person that spoke last
            if (owner := self._last_owner(mention.start)) is not None:
                return owner, "statement-owner"
        # (a report is a body's; "internal emails" with no owner speak for some body: "a post from Jane Roe" is hers)
        if document or (self.vocab.in_lexicon("noun_cues", head_lemma) and not (body or self._owner_named(mention))):
            return document_speaker(self, mention, head_lemma)
        definite = self._definite(mention)
        is_role = any(self.vocab.in_lexicon(x, head_lemma) for x in _ROLE_LEXICONS)  # ("spokesmen" too)
        if (aged := second_reference(self, mention, head_word, definite)) is not None:
            return aged, "definite-description"
        noun, party = description_head(self.vocab, mention, head_lemma, is_role)
        if definite and (noun or party) and not self._plural(WordRef(sent, mention.head)):
            holder = None if party else role_holder(self, head_lemma, mention.start, is_role, mention.description)
            named = holder or self._epithet(mention, head_lemma) or subject_just_named(self, mention, head_lemma)
            named = named or (unlinked_party_member(self, mention) if party else None)
            if named is not None:
                return named, "definite-description"
        # (or the noun a count opens: "One mother whose children ... said")
        counted = head_word.upos == "NUM" and head_word.lemma.lower() == "one" and mention.head_lemma != head_lemma
        if (noun or counted) and (named_later := named_next(self, mention, mention.head_lemma)):
            return named_later
        if (body or head_lemma == "statement") and not self.vocab.in_lexicon("anonymous_descriptors", head_lemma):
            return self._for_institution(mention, head_lemma, definite)
        if is_role or self.vocab.in_lexicon("vague_sources", head_lemma):
            return self._for_unnamed_person(mention, head_lemma, definite)
        # a capitalised head that is no name ("one senior Democrat", "Democrats") is a noun too;
        # a number stands for people ("Two said", "three in five say", "42 % say" with a symbol)
        numeral = head_word.upos == "NUM" or self.vocab.in_lexicon("share_words", head_lemma)
        people = numeral or noun_of_people(head_word) or self.vocab.in_lexicon("loose_groups", head_lemma)
        if head_word.upos in ("NOUN", "PROPN") or people:
            # A common noun that is no outlet, institution or document describes unnamed people ("the players");
            # a bare quantifier ("others", "some") or a plural with nothing to place it describes nobody in particular.
            loose = numeral or loose_people(self, mention, head_lemma)
            return self._new(
                name=mention.description, type="anonymous", head_lemma=head_lemma, vague=loose,
                plural=self._plural(WordRef(sent, mention.head)), description=mention.description,
            ), None  # fmt: skip
        return self._new(
            name=mention.description, type="unknown", head_lemma=head_lemma, description=mention.description
        ), None

    def _last_owner(self, before: int) -> Entity | None:
        """The organisation or person that spoke last before ``before`` ("In a blog post, Nimbic
        said ... The post said": not whoever was named last), else the last one made."""
        owners = [e for e in self.entities if e.type in ("organization", "person")]
        spoke = [(at, e) for e in owners if (at := self.spoke_at.get(e.id)) is not None and at <= before]
        return max(spoke, key=lambda pair: pair[0])[1] if spoke else (owners[-1] if owners else None)

    def _owner_named(self, mention: Mention) -> bool:
        """A phrase names whose the statement is ("a post from Jane Roe", "a statement by the
        agencies", "the mayor's email")."""
        sent, head = mention.ref.sentence, mention.head
        return any(
            sent.words[c].deprel == "nmod:poss"
            or any(
                sent.words[k].rel == "case" and sent.words[k].lemma.lower() in ("by", "from", "of")
                for k in sent.children[c]
            )
            for c in sent.children[head]
        )

    def _definite(self, mention: Mention) -> bool:
        sent = mention.ref.sentence
        if any(sent.words[c].lemma.lower() in _INDEFINITE for c in sent.children[mention.head]):
            return False  # ("A source close to the investigation" parsed with "close" on top)
        owners = [c for c in sent.children[mention.head] if sent.words[c].deprel == "nmod:poss"]
        if any(sent.words[k].lemma.lower() in (*_INDEFINITE, "one") for o in owners for k in sent.children[o]):
            return False  # (a post of an indefinite owner: "One club's head of operations said")
        lo = mention.ref.index - 3 if mention.ref.index >= 3 else 0
        # (or the head's own article: "The Chicago-based company")
        near = [*range(lo, mention.head), *(c for c in sent.children[mention.head] if sent.words[c].rel == "det")]
        # (and a relative by a possessive: "her daughter" is the one the article named so)
        kids, lemma = [sent.words[c] for c in sent.children[mention.head]], sent.words[mention.head].lemma.lower()
        kin = lemma in KIN and any(k.deprel == "nmod:poss" and k.upos == "PRON" for k in kids)
        # (and a post of a body: "the city's chief financial officer", not "the candidate's son")
        kin = kin or any(k.deprel == "nmod:poss" and k.upos == "NOUN" and self.institution_noun(k.lemma) for k in kids)
        # (a bare role noun in a headline is definite by headline style: "Budget hole looms, mayor warns")
        bare = self.m.is_role(lemma) and not any(k.rel == "det" for k in kids) and self.headline(sent)
        the = any(sent.words[i].lemma.lower() in _DEFINITE for i in near if sent.words[i].upos == "DET")
        # (or the article opening the phrase, however far: "The Cambridge, Massachusetts-based drugmaker")
        # (not a possessor's: "The Republican candidate's son")
        owned = any(sent.words[c].deprel == "nmod:poss" for c in sent.children[mention.head])
        the = the or mention.text.split()[0].lower() in _DEFINITE and not owned
        return the or mention.head != mention.ref.index or kin or bare or governing_body(mention.description)

    def _described_before(self, mention: Mention, head_lemma: str, kinds: list[str]) -> Entity | None:
        """The body a definite description names that the article described so before; else the
        unnamed person that noun described, who just spoke ("One lift operator, who ..., said ...
        the operator said": same_noun_person)."""
        one = not self._plural(mention.ref)  # ("the operator" is none of "Resort operators", a loose class)
        for e in (x for x in reversed(self.entities) if not (x.vague and one)):
            if e.type == "organization" and e.head_lemma == head_lemma and all(k in e.name.lower() for k in kinds):
                # ("*The company says ...*", then "Pillowtree, which ...": the business named since)
                since = self.vocab.in_lexicon("company_kinds", head_lemma) and e.name == e.description
                named = business_named_before(self, mention.start, self.spoke_at.get(e.id, -1)) if since else None
                if named is None and e.name == e.description and len(mention.description.split()) <= 2:
                    name_since(self, e, head_lemma, mention.start)  # ("the airline" ... "carrier Solaris Air")
                return self.organization_entity(named, head_lemma) if named else e
        return same_noun_person(self, mention, head_lemma)

    def _for_institution(self, mention: Mention, head_lemma: str, definite: bool) -> Resolution:
        # ("The sheriff's office" is the sheriff's, not the state attorney's office named last)
        sent = mention.ref.sentence
        # (nor the state's health department the county's: "The state health department said")
        kinds = jurisdiction_words(sent, mention.head)
        if definite and (known := self._described_before(mention, head_lemma, kinds)) is not None:
            return known, "definite-description"
        # (a name given before, "a group calling itself X ... The group", or set off after it; not "praised X (known as Y)")
        span = (0, mention.start) if definite else (mention.start, mention.end + 90)
        named = self.introduced_name(head_lemma, *span)
        if named is None and definite and self.doc.prose[sent.words[mention.head].end :][:2].lstrip()[:1] in ",(":
            named = self.introduced_name(head_lemma, mention.start, mention.end + 90)
        if named is not None:
            how: ResolvedBy | None = "definite-description" if definite else None
            desc = mention.description
            return self._new(name=named, type="organization", head_lemma=head_lemma, description=desc), how
        if not definite and (headed := public_body_named(self, mention, head_lemma)) is not None:
            return headed, "definite-description"  # ("police said" after "the Kellerton Police Service")
        if definite:
            bare = len(mention.description.split()) <= 2  # "The agency" after "the ... Protection Agency"
            if bare and (spoke := business_just_spoke(self, mention, head_lemma)) is not None:
                return spoke, "definite-description"
            if bare and (headed := organisation_with_head(self, head_lemma, mention.start)) is not None:
                return headed, "definite-description"
            # (a business its own sentence names comes first: "FreshWay's loyalty program ... will
            # continue to operate, the company said", though another body spoke since)
            business = head_lemma in GENERIC_BUSINESS
            kind = business or self.vocab.in_lexicon("company_kinds", head_lemma)  # ("the homeware retailer")
            named_org = business_in_sentence(self, mention) if kind else None
            named_org = named_org or self._last_named_organization(mention.start, business, head_lemma)
            named_org = named_org or org_subject_named(cast("PronounResolver", self), mention)
            place = self.vocab.in_lexicon("place_words", head_lemma) and len(mention.description.split()) == 2
            # ("the government" is not "Rally Canada, the group", nor "Rally Canada" said nothing of it)
            other = head_lemma == "government" and named_org is not None and not self._governs(named_org.name)
            # ("police said" after "Acme Corp. cut 200 jobs": a body of the state is itself; "the
            # campaigns agree": several bodies, not the one that spoke last)
            other = other or self.vocab.in_lexicon("public_bodies", head_lemma) or self._plural(mention.ref)
            if (named_org is not None and not kind_fits(self, named_org, head_lemma)) or place or other:
                named_org = None  # ("the province" is no firm)
            if named_org is not None and bare_or_placed(self, mention):
                # "the utility", "the company" after "BC Hydro said": the organisation the article
                # named (a bare definite description, or one that says where the body is based:
                # "The Chicago-based company"; "the city's engineering department" is not).
                return named_org, "definite-description"
            if named_org is None and not (place or other) and len(mention.description.split()) <= 3:
                if (kinded := kinded_before(self, head_lemma, mention.start)) is not None:
                    return kinded, "definite-description"  # ("according to the union" after "union CTERA")
        if (later := body_named_later(self, mention, head_lemma)) is not None:
            return later, None  # ("a German rescue charity said" ... "The charity, Mare Aperto,")
        # ("Consumer groups said": unspecified bodies, vague; not "police", "both campaigns")
        fixed = definite or mention.text[:5].lower() == "both " or head_lemma in ("police", "authority")
        loose = self._plural(WordRef(sent, mention.head)) and not (
            fixed or self.vocab.in_lexicon("public_bodies", head_lemma)
        )
        name = fuller_org_name(mention, mention.description, self.institution_noun, self.m.is_role)
        return self._new(
            name=name, type="organization", head_lemma=head_lemma, plural=False, description=mention.description,
            vague=loose,
        ), None  # fmt: skip

    def _governs(self, name: str) -> bool:  # (a country or a name with "government" in it)
        return "government" in name.lower() or self.vocab.in_lexicon("countries", name)

    def _for_unnamed_person(self, mention: Mention, head_lemma: str, definite: bool) -> Resolution:
        """Unnamed people described by role ("a US official", "the mayor") or not at all ("sources");
        a spokesperson of a named organisation is that organisation."""
        if (desk := research_desk(self, mention, head_lemma)) is not None:
            return desk, None
        if self.vocab.in_lexicon("spokesperson_nouns", head_lemma) or (
            head_lemma == "official" and in_a_statement(mention.ref.sentence)
        ):
            # (an official of a named body giving its statement speaks for it: "In a statement,
            # a State Department official said")
            org = event_organiser(self, mention) or spoken_for(self, mention)
            if org is not None:
                return org, None
        sent = mention.ref.sentence
        desc = mention.description.lower()
        # ("the person" refers back to one; "People familiar with the matter" to nobody before)
        plural = self._plural(WordRef(sent, mention.head))
        # (bare: "the first person who told her" is someone new)
        generic = (
            definite and self.vocab.in_lexicon("generic_persons", head_lemma) and not plural and len(desc.split()) <= 2
        )
        # (one in the same number first, then the unnamed person just quoted: "The official said" is
        # the federal official, not "state officials" quoted before; else a group "One of the
        # executives" was read into)
        unnamed = [e for e in reversed(self.entities) if e.type == "anonymous" and not reintroduced(self, e, mention)]
        # (or "the same source": "One senior BHA figure, who asked not to be named, ... The same source said")
        bare = len(desc.split()) == 2 or len(desc.split()) == 3 and desc.split()[1] == "same"
        for same in (True, False):
            for e in unnamed:
                # ("the insider" after "a source close to the couple": the same unnamed source)
                same_head = definite and (e.head_lemma == head_lemma or {e.head_lemma, head_lemma} <= _SOURCE_NOUNS)
                close = same_head and e.plural == plural if same else same_head or (generic and not e.plural)
                if e.description.lower() == desc or close:
                    return e, None if e.description.lower() == desc else "definite-description"
            if same and definite and bare and (last := unnamed_just_quoted(self, mention, head_lemma)):
                return last, "definite-description"  # ("A member of the team, who ..., said ... The official said")
        # ("another anonymous source" is as bare as "a source": the adjective says it is unnamed)
        modifiers = [
            c
            for c in sent.children[mention.head]
            if sent.words[c].deprel not in ("det", "punct", "nummod", "case")
            and sent.words[c].lemma.lower() not in UNPLACING
        ]
        # ("A source close to ..." under "close"; "Some said" after the survivors just named)
        placed = modifiers or mention.head != mention.ref.index or group_just_named(self, mention)
        vague = self.vocab.in_lexicon("vague_sources", head_lemma) and not placed
        vague = vague or loose_class(self, mention, head_lemma)
        return self._new(
            name=mention.description, type="anonymous", head_lemma=head_lemma, plural=plural, vague=vague,
            description=mention.description,
        ), None  # fmt: skip

    def introduced_name(self, head_lemma: str, after: int, before: int) -> str | None:
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
            + r"))\s+((?:[Tt]he\s+)?\p{Lu}[\w’'.-]*(?:\s+(?:\p{Lu}[\w’'.-]*|of|in|for|and|al|the))*)",
            regex.V0,
        )
        found = None
        try:
            for m in rx.finditer(self.doc.prose, after, before, timeout=REGEX_TIMEOUT):
                found = m.group(1)
        except TimeoutError:
            warn_timeout("naming_phrases")
        if found is None:
            return None
        return regex.sub(r"(?:\s+(?:of|in|for|and|al|the))+$|\.$", "", found)

    def _last_named_organization(self, before: int, business: bool = False, head: str = "") -> Entity | None:
        """The organisation named as the subject of the sentence before (its salience wins), else
        the most recent that speaks under a proper name, outlets aside (a news agency reporting
        is not "the company"), of a kind the description ``head`` fits (head_names.kind_fits)."""
        near = previous_main_subject(cast("PronounResolver", self), before, named_only=True)
        if near is not None and (not head or kind_fits(self, near, head)):
            return near
        for e in reversed(self.entities):
            if e.type != "organization" or e.vague or not e.name[:1].isupper() or e.name.lower().startswith("the "):
                continue
            if head and not kind_fits(self, e, head):
                continue
            if e.name.split()[-1][:1].islower():
                continue  # a description that opened a sentence ("Her campaign said"), not a name
            if self.m.outlets.first_in(e.name) or any(self.vocab.in_lexicon("outlet_words", w) for w in e.name.split()):
                continue
            # (or, for "the company", a company named as a subject since: "data from the firm Medora
            # Health. ¶ Corvane Pharmaceuticals raised the price ... ¶ In a statement, the company said")
            at = self.spoke_at.get(e.id, -1) if business else before
            return recent_org_subject(cast("PronounResolver", self), before, strict=True, after=at) or e
        return None

    def _epithet(self, mention: Mention, head_lemma: str) -> Entity | None:
        """'"...," said Jagmeet Singh. The NDP leader added that ...': a definite role description
        right after a named speaker the article gives no role, in the same or the next paragraph,
        with nobody else named in between and no gender against him, is that speaker (news style
        names a person, then describes him); the description becomes his role."""
        if self.last_speaker is None or not any(
            self.vocab.in_lexicon(x, head_lemma) for x in ("person_roles", "epithet_nouns", "party_members")
        ):
            return None
        entity, end = self.last_speaker
        # ("... The junior said", "Sen. Rand Paul ... The Kentucky Republican said": no second post)
        epithet = any(self.vocab.in_lexicon(x, head_lemma) for x in ("epithet_nouns", "party_members"))
        role = entity.role and not (epithet and not owned_office(mention))
        if entity.type != "person" or role or not 2 <= len(self.tokens(entity.name)) <= 3 or end > mention.start:
            return None
        sent, w = mention.ref.sentence, mention.ref.word
        # (the subject of its clause, not one set against the speaker: "But the club manager
        # later clarified", "And the mayor said")
        if w.rel != "nsubj" or contrasted(sent, w.index):
            return None
        here, there = self.doc.paragraph_at(mention.start), self.doc.paragraph_at(end)
        if here is None or there is None or not 0 <= here.index - there.index <= 1:
            return None
        surname = self.tokens(entity.name)[-1]
        # (counted from the end of the speaker's own sentence: whom the speaker talked of is no one
        # between, "Haldane said she had asked Tuck for a meeting. ¶ '...,' the Maine Republican said")
        stop = next((x.end for x in self.sentences if x.start <= end < x.end), end)
        end = stop if stop <= mention.start else end
        # (nor anybody's surname written between, whatever the parse made of it: "Kowalska, who had
        # not dropped a set, struggled ... The four-time champion admitted")
        between = {t.lower() for t in regex.findall(r"\p{Lu}[\p{L}'’-]+", self.doc.text[end : mention.start])}
        others = {self.tokens(n.name)[-1] for n in self.person_names if len(self.tokens(n.name)) > 1} - {surname}
        if any(end <= n.start < mention.start for n in self.person_names) or between & others:
            return None
        if any(sent.start <= n.start < sent.end and self.tokens(n.name)[-1] == surname for n in self.person_names):
            return None  # ("The judge agreed with Roe": named beside it, someone else)
        said, known = self.m.names.gender_of(mention.description), self.m.names.gender_of(entity.name)
        if said is not None and known is not None and said != known:
            return None
        entity.role = entity.role or regex.sub(r"^(?i:the)\s+", "", mention.description)
        return entity
