"""Coreference within one article: mentions to entities, in text order.

A later "He", "Al-Amiri", "the minister" or "The group" takes the identity of the entity it
refers to. Names are handled here; pronouns in ``pronouns.py``; unnamed mentions (outlets,
documents, institutions, people described by role) in ``unnamed.py``. ``resolved_by`` values say
how a mention was linked (see README: "pronoun", "short-name", "known-people",
"statement-owner", "definite-description").
"""

from __future__ import annotations

import regex

from provenance.document import Document
from provenance.syntax.ner import NOT_SPEAKERS, mention_type
from provenance.syntax.tree import Sentence, WordRef

from .mentions import Mention, describe, title_length
from .model import SourceModel
from .name_context import (
    RELATIVE_PRONOUNS,
    after_the,
    clause_subject,
    is_subject,
    member_noun,
    opening_surname,
    person_context,
    relative_antecedent,
    situated,
)
from .name_runs import after_title_of, interjected_name, name_runs
from .names import clean_name
from .pronouns import PronounResolver
from .roles import RoleReader, RoleSpan
from .statements import earlier_owner, owner_phrase, phrase_owner
from .table import NameMention, Resolution, ResolvedBy
from .unnamed import UnnamedResolver

__all__ = ["EntityTable", "Resolution", "ResolvedBy"]

# A person whose surname the article writes this many times outside quotes is someone the story
# is about (a vox-pop name is written once or twice, next to its quote).
PROMINENT_MENTIONS = 3


class EntityTable(UnnamedResolver, PronounResolver):
    """The entities of one article and the mentions that may later refer to them."""

    def __init__(
        self,
        model: SourceModel,
        doc: Document,
        sentences: list[Sentence] | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(model, doc)
        self.sentences = sentences or []
        self.quoted = quoted or []
        self.role_reader = RoleReader(model.vocab, model.is_role)
        self.person_names = self._person_names(sentences or [], quoted or [])
        self.learn_genders(sentences or [], quoted or [])

    # -- candidates ---------------------------------------------------------------------
    def _person_names(self, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> list[NameMention]:
        """Every mention in the article that looks like a person's name, in text order: the
        antecedents a pronoun can take even if that person has not been quoted yet. Names
        inside quotation marks are people the speaker talks about, not candidates."""
        names: list[NameMention] = []
        for k, sent in enumerate(sentences):
            text = self.doc.text[sent.start : sent.end]
            outlets = [(sent.start + s, sent.start + e) for s, e in self.m.outlets.spans_in(text)]
            runs = name_runs(sent, 0, len(sent.words) - 1)
            if (opening := opening_surname(sent, names, self.tokens)) is not None and not any(0 in r for r in runs):
                runs.insert(0, [opening])
            for run in runs:
                if (complement := after_title_of(sent, run, self.m.is_title)) > 0:
                    self._title_of_role(sent, run, complement)
                    run = run[complement:]  # "Secretary of State | John Kerry"
                first = sent.words[run[0]]
                if any(qs <= first.start < qe for qs, qe in quoted + outlets):
                    continue  # (nor is a word of an outlet's name: "The Globe and Mail")
                name = self._person_name(sent, run)
                if name is not None:
                    para = self.doc.paragraph_at(first.start)
                    names.append(
                        NameMention(
                            first.start, sent.words[run[-1]].end, name, is_subject(sent, run, self._speaks),
                            para.index if para is not None else -1, clause_subject(sent, run),
                            situated(sent, run, self._says_or_thinks),
                        )
                    )  # fmt: skip
                    self._note_role(sent, run, name)
                    if run[0] == 0 and k > 0:
                        self._title_split_off(sentences[k - 1], sent, name)
        return names

    def _title_of_role(self, sent: Sentence, run: list[int], complement: int) -> None:
        """ "Secretary of State" before "John Kerry": the title and its complement are the role."""
        j = run[0] - 1
        while j > 0 and sent.words[j].text.lower() != "of":
            j -= 1
        start, end = sent.words[j - 1].start, sent.words[run[complement - 1]].end
        name = clean_name(self.doc.text[sent.words[run[complement]].start : sent.words[run[-1]].end])
        self.roles.append((name, RoleSpan(self.doc.text[start:end], start, end, "title")))

    def _speaks(self, lemma: str) -> bool:
        return self.vocab.in_lexicon("speech_verbs", lemma)

    def _says_or_thinks(self, lemma: str) -> bool:
        return self._speaks(lemma) or self.vocab.in_lexicon("cognition_verbs", lemma)

    def _title_split_off(self, prev: Sentence, sent: Sentence, name: str) -> None:
        """ "Texas Sen. | Ted Cruz says ...": the sentence splitter took the title's full stop for
        a sentence end. A short "sentence" ending on a title right before the name is its role."""
        gap = self.doc.text[prev.end : sent.start]
        last = prev.words[-1]
        if last.text == "." and len(prev.words) > 1 and prev.words[-2].end == last.start:
            # (the tokenizer may split an abbreviated title's full stop off: "Sen" ".")
            short = prev.words[-2]
            last = short if short.text[:1].isupper() and len(short.text) <= 4 else last
        if len(prev.words) <= 5 and not gap.strip() and "\n" not in gap and self.m.is_role(last.text):
            text = prev.text or self.doc.text[prev.start : prev.end]
            self.roles.append((name, RoleSpan(text, prev.start, prev.end, "title")))

    def _note_role(self, sent: Sentence, run: list[int], name: str) -> None:
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        mention = describe(WordRef(sent, head), self.doc.text, self.m.is_role, self.m.is_title)
        title = title_length([sent.words[i].text for i in run], self.m.is_title)
        for role in self.role_reader.roles(sent, run, title, self.doc.text):
            self.roles.append((name, role))
        if mention.role and not any(n == name for n, _ in self.roles):
            # the parse's own reading, when the word order gave nothing
            self.roles.append((name, RoleSpan(mention.role, mention.start, mention.end, "apposition")))
        # Only the words up to the name: "Jane Roe, whose son ..." says nothing of Roe.
        last = self.tokens(name)[-1]
        upto = mention.text.lower().split(last)[0] if last in mention.text.lower() else ""
        gender = self.m.names.gender_of(upto)
        if gender is not None:
            # keyed by the full name: "her husband Michael Greenspan" says nothing of Dorie Greenspan
            self.genders.setdefault(self.key(name), gender)

    def fill_roles(self) -> None:
        """Give each named person without a role the role the article gives their name
        anywhere, before or after the quote (the article's description holds throughout)."""
        for e in self.entities:
            if e.type != "person" or e.role:
                continue
            e.prominent = self._times_named(e.name) >= PROMINENT_MENTIONS or any(
                n.situated and self.same_person(e.name, n.name) for n in self.person_names
            )
            # the first role the article gives the name; what the person did ("situation") only
            # when it gives none: "Roe avoided an answer" ... "Roe, a civil rights activist"
            mine = [r for name, r in self.roles if self.same_person(e.name, name)]  # "Roffman" is John Roffman
            best = next((r for r in mine if r.how != "situation"), mine[0] if mine else None)
            if best is not None:
                e.role = best.text

    def _person_name(self, sent: Sentence, run: list[int]) -> str | None:
        text = clean_name(self.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end])
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        if any(
            sent.words[k].rel == "case" and self.vocab.in_lexicon("locative_prepositions", sent.words[k].lemma.lower())
            for k in sent.children[head]
        ) and not any(self.m.is_role(sent.words[i].text.lower()) for i in run[:-1]):
            return None  # "in New York", "from Ottawa": places; not "from Labour Leader Jeremy Corbyn"
        if mention_type(sent, head) in NOT_SPEAKERS or mention_type(sent, head) == "organization":
            return None  # the model folder's NER tagger (when it has one) says what the name is
        following = self.doc.text[sent.words[run[-1]].end : sent.words[run[-1]].end + 3].lstrip()
        if text.isupper() and len(text) > 3 and following[:1] in ("—", "–", "―", "-", ",", "("):
            return None  # a dateline in capitals ("PHILADELPHIA ― If ...", "OTTAWA, Ont. —")
        lemmas = [sent.words[i].text.lower() for i in run]
        # ("Sen. John Park", "Mr. Park": a courtesy or abbreviated title makes it a person's)
        titled = lemmas[0] in self.m.names.honorifics or (lemmas[0].endswith(".") and self.m.is_title(lemmas[0]))
        if not titled and (
            self.vocab.in_lexicon("place_words", lemmas[-1])
            or self.vocab.in_lexicon("event_words", lemmas[-1])
            or self.vocab.in_lexicon("thing_words", lemmas[-1])
            # (a month in a person's name is a name: "Theresa May", "April Ryan")
            or all(self.vocab.in_lexicon("time_nouns", w) or w.isdigit() or not w.isalpha() for w in lemmas)
            and any(self.vocab.in_lexicon("time_nouns", w) for w in lemmas)
        ):
            return None  # "Sherbrook Street", "Friday", "Erikson Prize": a place, a time, a thing
        if len(text.split()) < 2 and sent.words[head].rel not in ("nsubj", "nsubj:pass"):
            return None
        after = run[-1] + 1
        if (
            sent.words[head].deprel == "compound"
            and after < len(sent.words)
            and sent.words[after].upos == "NOUN"
            and sent.words[head].head == after
        ):
            return None  # "the Kinder Morgan pipeline": a name modifying a thing, not a person
        # A title the tagger took for an adjective ("Representative Adam B. Schiff") is checked as
        # a title; a capitalised first name taken for a verb or adjective ("Hope Hicks") is still
        # part of the name when a proper noun ends the run and it does not open the sentence.
        title = title_length([sent.words[i].text for i in run], self.m.is_title)
        core = run[title:]
        loose = len(core) > 1 and (core[0] > 0 or title > 0) and sent.words[core[-1]].upos == "PROPN"
        allowed = ("PROPN", "PUNCT", "ADP", "NOUN", "X") + (("VERB", "ADJ") if loose else ())
        # "Liberal MP Marco Mendicino": the title's acronym is no organisation's; "artistic
        # director Christopher House", "Dianne Feinstein (D-Calif.)": a post before the name or a
        # party tag after it make it a person's, whatever words it holds
        core_text = self.doc.text[sent.words[core[0]].start : sent.words[core[-1]].end]
        if (self.is_org_name(core_text) and not person_context(sent, run, self.m.is_role)) or any(
            sent.words[i].upos not in allowed and not interjected_name(sent, i) for i in core
        ):  # ("Sandra Oh" with "Oh" tagged an interjection: name_runs.interjected_name)
            return None
        words = text.split()
        if len(words) == 1 and self.m.is_role(words[0].lower()):
            return None  # "The Head of ...": a title, whose holder is named next
        words = words[title_length(words, self.m.is_title) :]  # "Energy Minister Dana Ortiz"
        while len(words) > 1 and words[0].lower() in self.m.names.honorifics:
            words = words[1:]  # "Mr. John Doe" is John Doe
        return " ".join(words)

    # -- resolution ---------------------------------------------------------------------
    def entity_for(self, mention: Mention) -> Resolution:
        """Find or create the entity a mention refers to; the second value says how."""
        if mention.pronoun in RELATIVE_PRONOUNS:
            antecedent = relative_antecedent(mention)
            if antecedent is not None:
                found, how = self.entity_for(describe(antecedent, self.doc.text, self.m.is_role, self.m.is_title))
                return found, how or "relative-pronoun"
        if mention.pronoun and self.vocab.in_lexicon("loose_groups", mention.pronoun):
            return self._for_description(mention)  # "some", "many", "others": a quantity of people
        if mention.pronoun:
            found, how = self._for_pronoun(mention, mention.pronoun)
            if found is None and mention.pronoun in ("they", "them"):
                # "they" with nobody before it: people the article does not describe
                return self.vague_group(mention.text.lower()), None
            return found, how
        if mention.name and (self.is_org_name(mention.name) or not member_noun(mention, mention.name)):
            return self._for_name(mention, mention.name)
        known = self._known_name(mention)
        if known is not None:
            return self._for_name(mention, known)
        head = mention.ref.word
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
        owner = phrase_owner(self, mention.ref.sentence, mention.head) or earlier_owner(self, mention)
        if owner is not None and (owned := self._for_owner(mention, owner)) is not None:
            return owned
        return self._for_description(mention)

    def _for_owner(self, mention: Mention, owner: WordRef) -> Resolution | None:
        """The author of a statement or document whose phrase names one ("the campaign's
        statement", "a post from Jane Roe"), or None."""
        who = describe(owner, self.doc.text, self.m.is_role, self.m.is_title)
        # a name the article does not give a person ("The Civic Works report") is left to
        # the document reading, which makes it an organisation
        recognised = who.pronoun is not None or (
            who.name is not None
            and (self.is_org_name(who.name) or self._outlet_named_before(who.name, mention.start) is not None)
        )  # ("the Globe report" after "The Globe and Mail")
        recognised = recognised or any(
            self.same_person(who.name or "", n.name) and not mention.start <= n.start < mention.end
            for n in self.person_names
        )  # a person the article names elsewhere ("Roe's report" after "Jane Roe said")
        # an institution's noun ("the campaign's statement")
        recognised = recognised or self.vocab.in_lexicon("organization_words", owner.word.lemma.lower())
        outlet = None if recognised else self.m.outlets.first_in(owner_phrase(owner))
        if outlet is not None:  # "an Associated Press-GfK poll ... the survey": the outlet's
            return self._for_name(mention, outlet[0])[0], "statement-owner"
        if not recognised and who.name is not None and owner.index > mention.head:
            # "a post from Jane Roe": a person's name written whole after the statement is
            # its author (when the tagger or a given name says it is a person's; "a report
            # by Acme Research" is left to the document reading: the organisation's)
            person = mention_type(owner.sentence, owner.index) == "person"
            if person or self.tokens(who.name)[0] in self.m.names.given_names:
                return self._for_name(mention, who.name)[0], "statement-owner"
        found, _ = self.entity_for(who) if recognised else (None, None)
        if found is not None and found.type in ("person", "organization"):
            return found, "statement-owner"
        return None

    def _known_name(self, mention: Mention) -> str | None:
        """ "Poulter said" at the start of a sentence, tagged as a common noun: a lone
        capitalised word that is the surname of a person named earlier is that person's name."""
        words = mention.text.split()
        if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
            return None
        token = self.tokens(words[0])
        if len(token) != 1:
            return None
        for n in reversed(self.person_names):
            if n.start < mention.start and len(self.tokens(n.name)) > 1 and self.tokens(n.name)[-1] == token[0]:
                return clean_name(words[0])
        return None

    def _for_name(self, mention: Mention, name: str) -> Resolution:
        head_lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        for e in reversed(self.entities):
            if e.name == name:
                if e.type == "person" and e.role is None and mention.role:
                    e.role = mention.role  # a role given at a later mention holds for the person
                return e, None
        tokens = self.tokens(name)
        for e in reversed(self.entities):
            if e.type == "person" and len(tokens) < len(self.tokens(e.name)) and self.same_person(name, e.name):
                return e, "short-name"
            # "Suncor" after "Suncor Energy": an organisation's short name is its first words
            if e.type == "organization" and len(tokens) < len(self.tokens(e.name)) == len(tokens) + 1:
                if self.tokens(e.name)[: len(tokens)] == tokens:
                    return e, "short-name"
        # A surname whose full name appeared earlier outside any quote ("Ortiz" after "Energy
        # Minister Dana Ortiz spoke on Monday").
        for full in reversed([n.name for n in self.person_names if n.start < mention.start]):
            if len(tokens) < len(self.tokens(full)) and self.same_person(name, full):
                return self._person_entity(full), "short-name"
        first_named = self._by_first_name(name, mention.start)
        if first_named is not None:
            return self._person_entity(first_named), "short-name"
        entry = self.vocab.lexicon("known_people").get(name)
        if entry is not None:
            role = str(entry.attrs.get("role") or "") or None
            return self._new(name=entry.name, type="person", role=role, head_lemma=head_lemma), "known-people"
        is_org = (
            mention_type(mention.ref.sentence, mention.ref.index) == "organization"
            or self.is_org_name(name)
            or self.key(name) in self.org_keys
            or (after_the(mention, name) and not self.vocab.in_lexicon("party_members", name.split()[-1].lower()))
        )
        if is_org:
            name = self._outlet_named_before(name, mention.start) or name
            for e in reversed(self.entities):
                if e.type == "organization" and e.name == name:
                    return e, "short-name"
        return self._new(
            name=name,
            type="organization" if is_org else "person",
            role=None if is_org else mention.role,
            plural=False,
            head_lemma=head_lemma,
            description=mention.description,
        ), None

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
        for outlet in reversed(self.m.outlets.all_in(self.doc.text[:before])):
            words = [w.lower() for w in outlet.split() if w.lower() != "the"]
            # "the Post" for The Washington Post, "the Globe" for The Globe and Mail
            if words and last in (words[0], words[-1]) and outlet.lower() != name.lower():
                return outlet
        return None

    def _by_first_name(self, name: str, before: int) -> str | None:
        """ "Jordan" after "Jordan Stewart": a lone first name is the one person named earlier
        with that first name, when no other earlier name starts or ends with it (a family story
        names its members by first name; "Greenspan" alone is left to the surname rule)."""
        tokens = self.tokens(name)
        if len(tokens) != 1:
            return None
        fulls = {n.name for n in self.person_names if n.start < before and len(self.tokens(n.name)) > 1}
        firsts = {f for f in fulls if self.tokens(f)[0] == tokens[0]}
        if len(firsts) != 1 or any(self.tokens(f)[-1] == tokens[0] for f in fulls):
            return None
        return firsts.pop()
