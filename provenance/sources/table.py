"""The state every part of the entity table shares: the entities of one article, the names
the article mentions, and what the article says about them (roles, gender)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from provenance.document import Document
from provenance.syntax.tree import Sentence, WordRef

from .body_evidence import written_as_body
from .mention_words import reported_span
from .mentions import Mention
from .model import Entity, Resolution, SourceModel, statement_noun
from .names import FATHERS_NAME_OPENERS, Gender, body_name
from .outlets import ACRONYM
from .roles import RoleSpan
from .spellings import spelling_variant
from .spelt_names import acronym_of, spelled_out

_ACRONYM_PART = regex.compile(r"^[A-Z]{3,}$")
# "H.", "J.M.", "Jr.", "III": a person's initials or suffix, not an acronym ("Steven H. Warren", "Kwesi Adomako III")
_INITIALS = regex.compile(r"^(?:[A-Z]\.)+$|^(?:Jr|Sr)\.?$|^(?:II|III|IV|VI|VII|VIII)$")
_UNION_LOCAL = regex.compile(r"Local \d+\b")
_WEB_NAME = regex.compile(r"\w\.\p{Ll}{2,6}$")
# Particles that open a second surname or a place of origin ("de la Cruz", "y Gasset", "dos Santos")
_SURNAME_PARTICLES = frozenset({"de", "del", "della", "y", "da", "dos", "das", "do", "i"})

# Roles that tell what someone does or did ("who heads the union", "backed the mayor"), not a post:
# "the mayor" is never the person whose such role ends in "mayor".
DEED_ROLES = frozenset({"relative-clause", "situation"})


_CHIEFS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial"), "coo": ("chief", "operating")}
# At most this many words in a line read as the article's headline
_HEADLINE_WORDS = 25


@dataclass(frozen=True)
class NameMention:
    """A person's name as the article writes it outside quotes: where, which name, and whether
    it is the subject of its clause (subjects are the salient antecedents of "he"/"she")."""

    start: int
    end: int
    name: str
    subject: bool = False
    paragraph: int = -1
    # the subject of any clause ("When Sarah Roe took the stage, she ..."): for learning gender
    clause_subject: bool = False
    # the subject of something other than saying or thinking ("McFadden also rejoiced amid ..."):
    # the article says what the person does, so a bare name is still described
    situated: bool = False


# (a capital inside a word after its first syllable is a brand's, "BlackRock", "PolitiFact";
# "McFadden", "DeSantis", "MacArthur", "LaGuardia", "VanderMeer" are surnames)
_CAMEL = regex.compile(r"^\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$")
_SURNAME_PREFIXES = ("Mac", "Van", "Von", "Del", "Des", "Della", "Fitz")


class TableBase:
    """Entities in creation order, and the article-wide facts the resolvers read."""

    def __init__(self, model: SourceModel, doc: Document) -> None:
        self.m = model
        self.vocab = model.vocab
        self.doc = doc
        self.entities: list[Entity] = []
        # Roles the article gives a name anywhere ("Republican presidential candidate Donald
        # Trump", "Trump, the party's nominee,"): they hold for every mention of that person.
        self.roles: list[tuple[str, RoleSpan]] = []
        # Gender the article itself shows for a name (a courtesy title, a gendered role noun,
        # the pronouns it uses for the person): "she" never goes to a man named just before.
        self.genders: dict[str, Gender] = {}
        self.person_names: list[NameMention] = []
        self.sentences: list[Sentence] = []  # the article's parsed sentences, in text order
        self.quoted: list[tuple[int, int]] = []  # the spans inside quote marks
        # Names the article refers to as "its"/"itself": organisations, whatever they look like.
        self.org_keys: set[str] = set()
        # what the article says a named organisation is ("Rally Canada, the group that ..."): group
        self.org_kinds: dict[str, str] = {}
        # a club's full name by the short name copy calls it ("Rivermouth" of "Rivermouth Athletic"; ``learned``)
        self.full_names: dict[str, str] = {}
        # The content of the statement whose speaker is being resolved: a name inside it is what
        # was said about someone ("Trump never mentioned Muslims, he said"), never "he".
        self.spoken: tuple[int, int] | None = None
        # The person who spoke last (entity, where the mention ends): a "he" or "she" that goes on
        # with no one else named in between is that person
        self.last_speaker: tuple[Entity, int] | None = None
        # where each entity was last a speaker (entity id -> end of that mention): "it" is the
        # organisation that spoke last, not the one the table met last
        self.spoke_at: dict[int, int] = {}
        # The people who last spoke together ("Roe and Doe said", "The couple said"), and where
        self.last_group: tuple[list[Entity], int] | None = None
        # The organisation that last spoke through a spokesperson, where, and the spokesperson's
        # gender if the noun says it ("spokeswoman")
        self.last_voice: tuple[Entity, int, Gender | None] | None = None
        # the entities that have spoken only inside another statement's reported clause
        self.reported: dict[int, bool] = {}
        # documents a headline's bare noun was read as, by where the body names them (``headline_document_after``)
        self.headline_documents: dict[int, Entity] = {}
        self.reading_headline = False  # (while one is read: the lede's document never reads the headline back)

    def spoke(
        self,
        entity: Entity,
        end: int,
        description: str = "",
        head: str = "",
        at: WordRef | None = None,
        nested: bool = False,
    ) -> None:
        """Note a speaker mention (resolved in text order): its words (``description``), head lemma
        and word (``at``: a speaker inside what someone else said is noted as such; ``nested``: the
        statement lies inside another's, and its speaker is not the last to speak in the article)."""
        if at is not None:
            # ("managers had told staff ...", inside what employees said; until they speak themselves)
            inside = reported_span(at.sentence, at.index) is not None
            self.reported[entity.id] = inside and self.reported.get(entity.id, self.spoke_at.get(entity.id) is None)
        self.spoke_at[entity.id] = end
        if entity.type in ("person", "anonymous") and not nested:
            self.last_speaker = (entity, end)
        if entity.type == "organization" and self.vocab.in_lexicon("spokesperson_nouns", head.lower()):
            # ("A spokeswoman for the agency said ... '...,' she said": the body goes on speaking
            # through her)
            self.last_voice = (entity, end, self.m.names.gender_of(description))

    def spoke_together(self, entities: list[Entity], end: int) -> None:
        """Note several speakers of one statement: a "they" after them may be all of them."""
        self.last_group = (entities, end)

    def tokens(self, name: str) -> list[str]:
        return self.m.names.tokens(name)

    def role_words(self, role: str) -> list[str]:
        """A role's words in lower case, an abbreviated title as the word it stands for ("Gov." is
        "governor": ``title_abbreviations``), so that "the governor" finds "Gov. Bill Lee"."""
        lex = self.vocab.lexicons.get("title_abbreviations")
        words = regex.findall(r"[\w-]+", role.lower())
        words = [e.name if lex is not None and (e := lex.get(w)) is not None else w for w in words]
        # (a chief's initials and the words they stand for are one post: "the CEO" after "Chief
        # executive Jane Roe", "the chief executive" after "CEO Jane Roe")
        for short, spelt in _CHIEFS.items():
            if short in words or " ".join(spelt) in " ".join(words):
                words = [w for w in (short, *spelt) if w not in words] + words  # (its last word kept last)
        return words

    def key(self, name: str) -> str:
        return " ".join(self.tokens(name))

    def same_person(self, a: str, b: str) -> bool:
        """Two names of one person: one ends the other ("Roe" / "Jane Roe"), or a courtesy title
        with the first word of a two-word name ("Mr. Lou" / "Lou Jiwei": family name first)."""
        ta, tb = self.tokens(a), self.tokens(b)
        if self.genders_differ(a, ta, b, tb):
            return False  # ("Mrs. Clinton" is not "Bill Clinton")
        if self.m.names.nickname_form(a) in (tb, tb[-1:]) or self.m.names.nickname_form(b) == ta:
            return True  # ("Bobby Scott" after 'Rep. Robert C. "Bobby" Scott')
        (short, short_src), (full, _) = sorted(((ta, a), (tb, b)), key=lambda x: len(x[0]))
        if not short:
            return False
        if full[-len(short) :] == short or spelling_variant(full[-len(short) :], short):
            return True
        # (a double surname written with a hyphen once and a space once: "Osei-Bonsu" / "Mr Osei Bonsu")
        split_short, split_full = " ".join(short).replace("-", " ").split(), " ".join(full).replace("-", " ").split()
        if len(split_short) >= 2 and split_full[-len(split_short) :] == split_short:
            return True
        titled = short_src.split()[0].lower() in self.m.names.honorifics
        if titled and len(short) == 1 and len(full) == 2 and full[0] == short[0]:
            return True
        if 1 < len(short) < len(full) and full[: len(short)] == short and full[len(short)] in FATHERS_NAME_OPENERS:
            # ("Nor Azlina" of "Nor Azlina Abdul Karim", "Khairul Anuar" of "Khairul Anuar Mohd Noor":
            # no family name; the given names, then the father's; not "Hillary Clinton Speaks" of a headline)
            return True
        if len(short) > 1 and short[0] in _SURNAME_PARTICLES and full[-len(short) - 1 : -1] == short:
            return True  # ("De la Fuente" of "José Luis de la Fuente Ortega": a first surname with its particles)
        return len(short) == 1 and self._first_surname(full) == short[0]

    def genders_differ(self, a: str, ta: list[str], b: str, tb: list[str]) -> bool:
        """A courtesy title or a given name shows each name's gender, and they differ."""
        names = self.m.names
        ga = names.gender_of(a) or names.given_name_gender(ta)
        gb = names.gender_of(b) or names.given_name_gender(tb)
        return ga is not None and gb is not None and ga != gb

    def _first_surname(self, full: list[str]) -> str | None:
        """ "ccori" of "Hernán Ccori Mamani", "echeverria" of "María José Echeverría de la Cruz": a
        Spanish or Portuguese name's first surname, by which copy calls the person (the word before
        the last, or before a particle, when it is no given name: not "ann" of "Mary Ann Smith")."""
        if len(full) < 3:
            return None
        k = next((i for i in range(1, len(full)) if full[i] in _SURNAME_PARTICLES), len(full) - 1)
        word = full[k - 1] if k >= 2 else None
        return word if word is not None and word not in self.m.names.given_names else None

    def person_entity(self, name: str) -> Entity:
        """The entity of the person with this name (made if the person has not spoken yet)."""
        return self._person_entity(name)

    def organization_entity(self, name: str, head_lemma: str) -> Entity:
        """The entity of the organisation with this name (made if it has not spoken yet)."""
        name = self._org_name(name)
        found = next((e for e in reversed(self.entities) if e.type == "organization" and e.name == name), None)
        if found is None:
            # ("All Progressives Congress (APC) ... The APC said": the acronym of a body named before)
            found = next(
                (e for e in reversed(self.entities) if e.type == "organization" and acronym_of(name, e.name)), None
            )
        return found or self._new(name=name, type="organization", head_lemma=head_lemma)

    def _person_entity(self, name: str, at: int | None = None, shown: str = "") -> Entity:
        """The person entity for ``name``; a bare surname two people named before ``at`` share is
        the one named first (``first_of_shared_surname``); ``shown``: the name as written, with its
        courtesy title ("Mrs. Clinton" is not Bill Clinton)."""
        if at is not None and (first := self.first_of_shared_surname(name, at)) is not None:
            name = first
        tokens = self.tokens(name)

        def same(other: str) -> bool:
            return self.same_person(name, other) and not self.genders_differ(shown, [], other, self.tokens(other))

        for e in reversed(self.entities):
            if e.type == "person" and (e.name == name or (len(tokens) <= len(self.tokens(e.name)) and same(e.name))):
                return e
        # (a surname alone, "Roe", is the person the article named in full: "Jane Roe")
        fuller = [n.name for n in self.person_names if len(self.tokens(n.name)) > len(tokens) and same(n.name)]
        if not fuller and (first := self.by_first_name(name, at if at is not None else len(self.doc.text))):
            return self._person_entity(first)  # ("He added" after "Azman said", "Datuk Azman Yusof" before)
        return self._new(name=fuller[0] if fuller else name, type="person", head_lemma="")

    def by_first_name(self, name: str, before: int) -> str | None:
        """ "Jordan" after "Jordan Stewart": a lone first name is the one person named earlier
        with that first name, when no other earlier name starts or ends with it (a family story
        names its members by first name; "Greenspan" alone is left to the surname rule)."""
        tokens = self.tokens(name)
        if len(tokens) != 1:
            return None
        # (at the mention itself too: "Marcus and Linda Whitford" names Marcus Whitford)
        fulls = {n.name for n in self.person_names if n.start <= before and len(self.tokens(n.name)) > 1}
        firsts = {f for f in fulls if self.tokens(f)[0] == tokens[0]}
        if len(firsts) != 1 or any(self.tokens(f)[-1] == tokens[0] for f in fulls):
            return None
        return firsts.pop()

    def first_of_shared_surname(self, name: str, before: int) -> str | None:
        """ "Park" when the article has named both Evelyn Park and, later, her son Michael Park:
        the person named first, whom a bare surname keeps for (news calls the relatives who share
        it by their first names). None unless two full names before ``before`` share the surname."""
        if len(self.tokens(name)) != 1:
            return None
        fulls = [n for n in self.person_names if n.start < before and len(self.tokens(n.name)) > 1]
        # (the same surname, letter for letter: "Allen" is not "Jacinta Allan" beside "Belinda Allen")
        fulls = [f for f in fulls if self.tokens(f.name)[-1] == self.tokens(name)[-1]]
        # (the first one the article was about, a subject: not "victim Sean Smith" before his
        # mother Patricia Smith speaks)
        first = fulls[0] if len({self.key(f.name) for f in fulls}) > 1 else None
        return first.name if first is not None and (first.subject or first.clause_subject) else None

    def institution_noun(self, lemma: str) -> bool:
        """An institution's noun ("firm", "group"), no statement's, nor a name's only ("World Rugby")."""
        e = self.vocab.lexicon("organization_words").get(lemma)
        return e is not None and not e.attrs.get("name_only") and not statement_noun(self.vocab, lemma)

    def learned_org(self, name: str) -> str | None:
        """The key the article's own evidence made an organisation's that ``name`` is, or whose
        first words it is ("Hurun" of "Hurun Report, a wealth research firm"), or None."""
        key = self.key(name)
        found = sorted(k for k in self.org_keys if k == key or k.startswith(key + " "))
        if key not in found and self._someones_surname(name):
            return None  # ("Mr Halvorsen", "Halvorsen said" after Eirik Halvorsen of Halvorsen Marine Recovery)
        # (the one the article said what it is of, if any: "Hurun Report, a ... firm")
        return next((k for k in found if k in self.org_kinds), found[0] if found else None)

    def _someones_surname(self, name: str) -> bool:
        """A name with a courtesy title, or the surname of a person named in full."""
        tokens = self.tokens(name)
        if self.m.names.is_honorific(name.split()[0]):
            return True
        return len(tokens) == 1 and any(
            len(t := self.tokens(n.name)) > 1 and t[-1] == tokens[0] for n in self.person_names
        )

    def is_org_name(self, name: str) -> bool:
        words = regex.findall(r"[\p{L}]+", name)
        if (outlet := self.m.outlets.first_in(name)) is not None:  # (but "Dwayne Forbes" is a person)
            return not (outlet[1] > 0 and len(words) == 2 and self.tokens(name)[0] in self.m.names.given_names)
        if len(words) == 1 and not name.isupper() and (spelt := spelled_out(self.doc.prose, name, len(self.doc.prose))):
            return self.is_org_name(spelt)  # ("National Electric Power Regulatory Authority (Nepra)")
        if written_as_body(
            self.doc.prose, name, self.tokens(name)[0] in self.m.names.given_names, self.vocab.in_lexicon
        ):
            return True  # ("Transport for London" with "TfL"; "Greenpeace"; not "Alexandria Ocasio-Cortez (AOC)")
        if len(words) >= 2 and self.vocab.in_lexicon("outlet_name_ends", words[-1].lower()):
            return True  # ("Automotive News reported")
        # (not people's titles written in capitals: "Conservative MPs", "CEOs")
        if any(
            ACRONYM.match(w)
            and len(w) >= 2
            and not _INITIALS.match(w)
            and not (w.endswith("s") and self.m.is_role(w[:-1].lower()))
            and not self.vocab.in_lexicon("time_nouns", w.lower())  # (a time zone: "9:47 p.m. EDT")
            for w in name.split()
        ):
            return True
        if any(_ACRONYM_PART.match(part) for w in name.split() if "-" in w for part in w.split("-")):
            return True  # ("SNC-Lavalin": a company's name joined to its acronym)
        if name.startswith(("St. ", "Saint ")) and len(name.split()) == 2:
            return True  # ("St. Agnes said": a hospital, school or parish named for a saint)
        if _UNION_LOCAL.match(name) or any(w.isdigit() for w in name.split()):
            return True  # ("Local 417 of the ...": a union's branch; a number names no person: "... Local 4410")
        if _WEB_NAME.search(name):
            return True  # ("Layoffs.fyi", "Booking.com": a website's name)
        if " & " in name or name.endswith(("'s", "’s")):
            # ("Procter & Gamble", "Skadden & Arps": firms, not people, are joined by "&"; a name
            # that speaks in its possessive form is a shop's or a paper's: "Sainsbury's said")
            return True
        if (
            len(words) == 2
            and words[0].lower() in self.m.names.given_names
            and self.vocab.in_lexicon("surname_org_words", words[1].lower())
        ):
            return False  # "Mary White", "Christopher House": a given name and a surname
        if len(words) == 1 and _CAMEL.match(name) and not name.startswith(_SURNAME_PREFIXES):
            return True  # ("BlackRock", "PolitiFact": a brand's capital inside the word)
        # ("Veterans Affairs Canada", "Team Canada": a field or a team and a country; not "Jim Jordan")
        tokens = self.tokens(name)
        if (
            len(tokens) > 1
            # (a country of two words: "Immigration New Zealand")
            and any(self.vocab.in_lexicon("countries", " ".join(tokens[-k:])) for k in (1, 2) if k < len(tokens))
            and tokens[0] not in self.m.names.given_names
        ):
            return True
        return any(self.vocab.in_lexicon("organization_words", w.lower()) for w in words)

    def _plural(self, ref: WordRef) -> bool:
        w = ref.word
        return "Number=Plur" in w.feats or w.lemma.lower() in ("people", "sources")

    def entity_for(self, mention: Mention) -> Resolution:
        """The entity a mention refers to (entities.EntityTable, which the resolvers make up)."""
        raise NotImplementedError

    def _org_name(self, name: str) -> str:
        """ "The Department of Justice" is the Department of Justice; an outlet keeps its "The"."""
        if self.m.outlets.first_in(name) is not None:
            return name
        # ("the CDC" is the "Centers for Disease Control and Prevention (CDC)" the article spelt out;
        # "WGA West", a body's regional branch, the Writers Guild of America West; not "BC Hydro")
        first, _, rest = name.partition(" ")
        if rest in _BRANCHES and first.isupper() and (spelt := spelled_out(self.doc.prose, first, len(self.doc.prose))):
            return f"{spelt} {rest}"
        return spelled_out(self.doc.prose, name, len(self.doc.prose)) or body_name(name)

    def _new(self, **kw: object) -> Entity:
        name = kw.get("name")
        if kw.get("type") == "organization" and isinstance(name, str):
            kw["name"] = self._org_name(name)
        e = Entity(id=len(self.entities), **kw)  # type: ignore[arg-type]
        self.entities.append(e)
        return e

    def unnamed_person(self, mention: Mention) -> Entity:
        """A new anonymous source described as the mention describes it."""
        head_lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        return self._new(
            name=mention.description, type="anonymous", head_lemma=head_lemma, description=mention.description
        )

    def vague_group(self, key: str) -> Entity:
        """One vague plural source per distinct unresolvable "they" of the article."""
        for e in self.entities:
            if e.type == "anonymous" and e.vague and e.name == key:
                return e
        return self._new(name=key, type="anonymous", vague=True, plural=True, head_lemma=key, description=key)

    def vague_entity(self, key: str) -> Entity:
        """One entity per distinct impersonal frame ("it is understood")."""
        entity = next((e for e in self.entities if e.vague and e.type == "unknown" and e.description == key), None)
        return entity or self._new(name=key, type="unknown", vague=True, description=key)

    def headline(self, sent: Sentence) -> bool:
        """The article's first paragraph when it is one short line before the body that reads as a
        headline: no full stop, or the present tense of news ("Trump quietly builds a data
        juggernaut."; a lede tells it in the past: "Jane Roe attended the rally.")."""
        para = self.doc.paragraph_at(sent.words[0].start) if sent.words else None
        if para is None or para.index != 0 or len(self.doc.paragraphs) < 2 or len(sent.words) > _HEADLINE_WORDS:
            return False
        if "\n" in para.text.strip() or sent.start > para.start + 1 or sent.end < para.end - 1:
            return False
        root = next((w for w in sent.words if w.head < 0), None)
        return sent.words[-1].text not in (".", "!", "?") or (root is not None and "Tense=Pres" in root.feats)


_BRANCHES = frozenset({"West", "East", "North", "South", "Central"})
