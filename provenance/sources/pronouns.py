"""Pronouns to entities, with agreement and salience.

"he"/"she" take a person the article named before, outside quotes: one whose gender agrees
(from courtesy titles and gendered role nouns with the name, else from the pronouns the article
itself uses for that person), preferring the most recent name that was the subject of its
clause (the salient one: "Roe met Smith. She said ..." is Roe) within the paragraph and the
two before it, then any recent name; with no such name, an unnamed person the article just
described ("A senior official said ... She said ..."). "it" takes the organisation named as the
subject of the sentence before, else the last that spoke; "they" the people of a
coordinated subject just before ("Lopez and Park ... They said"), else the last plural or
organisation.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from provenance.syntax.tree import WordRef

from .cataphora import named_next
from .epithets import singular_they, unnamed_person_goes_on
from .learned import ArticleEvidence
from .mention_words import opening_for
from .mentions import Mention, describe, is_group_pronoun, is_person_pronoun
from .model import Entity, Resolution
from .name_context import asker, opens_with
from .names import PRONOUN_GENDER, Gender
from .org_subjects import last_statement, own_main_subject, previous_main_subject, recent_org_subject
from .role_words import counted_noun, one_who, person_noun
from .statement_cues import main_subject, reported_by, spoken_to, voice_goes_on
from .table import NameMention

# "its"/"itself" for a name: an organisation ("it" alone is too often a dummy subject).
_ORG_PRONOUNS = {"its": "organization", "itself": "organization"}
_SALIENT_PARAGRAPHS = 2
# First person singular outside quotes: the writer of the article.
_WRITER_PRONOUNS = frozenset({"i", "me"})
WRITER = "I"  # a subject this many paragraphs back still outranks a nearer object
_NEWSROOM_PRONOUNS = frozenset({"we", "us"})
NEWSROOM = "we"


class PronounResolver(ArticleEvidence):
    def _agrees(self, n: NameMention, p: str) -> bool:
        want = PRONOUN_GENDER.get(p)
        if want is None:
            return True  # ("they", "it": no gender to agree; the name lookups below are skipped)
        have = self._shown_gender(n) or self._given_name_gender(n.name)
        return have is None or want == have

    def _entity_agrees(self, name: str, p: str) -> bool:
        want, have = PRONOUN_GENDER.get(p), self.gender_of_name(name) or self._given_name_gender(name)
        return want is None or have is None or want == have

    def _shown_gender(self, n: NameMention) -> Gender | None:
        """The gender the name's own courtesy title shows ("Mrs. Clinton" when a Bill Clinton is
        named too), else the one known for the name."""
        return self.m.names.gender_of(self.doc.text[n.start : n.end]) or self.gender_of_name(n.name)

    def _given_name_gender(self, name: str) -> Gender | None:
        """Only when the article says nothing: the given name of the name's fullest form
        ("Trump" after "Donald Trump")."""
        toks = self.tokens(name)
        # (or the first of two surnames: "Iglesias" after "Marta Iglesias Ferrándiz")
        names = (self.tokens(n.name) for n in self.person_names if n.name == name or self.same_person(name, n.name))
        full = max((t for t in names if toks[-1] in t), key=len, default=toks)
        return self.m.names.given_name_gender(full)

    def _names_before(self, mention: Mention, p: str) -> list[NameMention]:
        """The names before the pronoun that may be its antecedent."""
        before = [
            n
            for n in self.person_names
            if n.end <= mention.start and self._agrees(n, p) and self.key(n.name) not in self.org_keys
        ]
        lo, hi = self.spoken or (0, 0)
        # "Trump has never mentioned Muslims, he said": as in "he said Trump has never ...", the
        # name inside what was said is someone else; it is taken only when nobody else is there
        before = [n for n in before if not lo <= n.start < hi] or before
        # "Asked by Matt Lauer whether ..., she said": the one who asked does not answer
        sent = mention.ref.sentence
        before = [n for n in before if not asker(sent, n.start)] or before
        # ("In an interview with Tigo Sports, he said": nor the one spoken to)
        return [n for n in before if n.start < sent.start or not spoken_to(sent, n.start)]

    def _antecedent(self, mention: Mention, p: str) -> NameMention | None:
        before = self._names_before(mention, p)
        if not before:
            return None
        para = self.doc.paragraph_at(mention.start)
        here = para.index if para is not None else -1
        near = [n for n in before if here < 0 or here - n.paragraph <= _SALIENT_PARAGRAPHS]
        want = PRONOUN_GENDER.get(p)
        fresh = near[-1] if near and want is not None else None
        # (of unknown gender only for "he": news names men far more often than women)
        # (the given name too, here: "For Margaret Liu, 71, ... '...,' she said")
        fresh_gender = (self._shown_gender(fresh) or self._given_name_gender(fresh.name)) if fresh else None
        # (and for "she" too when nobody near is known to be a woman and the new name heads its
        # sentence: "Coun. Pradeep Sandhu ... ¶ Ald. Rosalind Achebe, chair of the committee,
        # disagreed. The delay, she said, ...", not "... what Dana Roe gave the paper")
        # (or the one person named in the pronoun's paragraph, right before it: _alone_here)
        alone = fresh is not None and self._alone_here(fresh, near, mention, p)
        no_woman = (
            want == "female"
            and fresh is not None
            and (main_subject(self.sentences, fresh.start) or alone)
            and not any((self._shown_gender(n) or self._given_name_gender(n.name)) == "female" for n in near)
        )
        if fresh is not None and fresh_gender in (want, None if want == "male" or no_woman else want):
            if self._introduced(fresh, mention, p) or alone:
                # "... results for accountant Kofi Mensah, 50. '...,' he says": a person
                # introduced alone in the sentence before is the one the article has turned to,
                # even when an earlier subject agrees too
                return fresh
        if want is not None:
            # "she" after "Darian Lonechild ... her position" and "Jordan Lafond" (gender not
            # known): the person the article has shown to be a woman
            # (the last name's given name counts: "Denise Okafor ... Okafor said ... she said" is she)
            gender = {id(n): self._shown_gender(n) or (fresh_gender if n is fresh else None) for n in near}
            known = [n for n in near if gender[id(n)] == want]
            unknown = [n for n in near if gender[id(n)] is None]
            # Not for "he" when the later name of unknown gender is the subject of its clause
            # ("Mr. Roe spoke. Ravi Singh, 47, voted. He said ..." is Singh): news names men far
            # more often than women, so a person of unknown gender is more likely a "he" than a
            # "she", and salience decides.
            later = [n for n in unknown if n.start > known[-1].start] if known else []
            if want == "male" and later and self._introduced(later[-1], mention):
                return later[-1]
            salient_unknown = want == "male" and any(n.subject for n in later)
            one = all(self.same_person(n.name, known[-1].name) for n in known)  # ("Clinton", "Hillary Clinton")
            if known and unknown and one and not salient_unknown:
                near = [n for n in near if n in known or n.start < known[-1].start]
        for n in reversed(near):
            if n.subject:
                return n
        return near[-1] if near else before[-1]

    def _alone_here(self, name: NameMention, near: list[NameMention], mention: Mention, p: str) -> bool:
        """ "For residents like Sato, the economic arguments ring hollow. '...,' she said": the one
        person named in the pronoun's paragraph, in the opening "For" phrase of the sentence right
        before it, is whom the article has turned to, even when named before and not the subject."""
        if any(n.paragraph == name.paragraph and self.key(n.name) != self.key(name.name) for n in near):
            return False
        before = self.sentence_before(mention.ref.sentence)
        if name.paragraph < 0 or before is None or not before.start <= name.start < before.end:
            return False
        # (turned to in the sentence's opening "For" phrase; not a name doing something else,
        # "The note differs from what Dana Roe gave the paper")
        at = next((w.index for w in before.words if w.start <= name.start < w.end), -1)
        if at < 0 or not opening_for(before, at):
            return False
        # (not when that sentence already calls someone by the pronoun: "He lambasted the deal
        # negotiated by President Obama. ... he said" goes on with "he")
        want = PRONOUN_GENDER.get(p)
        return not any(PRONOUN_GENDER.get(w.text.lower()) == want for w in before.words)

    def _introduced(self, name: NameMention, mention: Mention, p: str = "") -> bool:
        """ "... also helped accountant Kofi Mensah, 50. 'I had ...,' he says": a person introduced
        by full name in the sentence before the pronoun's (or in its own), in a sentence that names
        nobody else, is who the article has just turned to (two sentences before when the one
        between goes on about them: "For Margaret Liu, 71, .... She walks her dog. '...,' she
        said")."""
        # (a full name, met for the first time there: a lone capitalised word such as "Britain"
        # is too often a place the table took for a person)
        if len(self.tokens(name.name)) < 2:
            return False
        key = self.key(name.name)
        # (met for the first time in this stretch of the article: a caption at the top that
        # already named the person does not make this less of an introduction)
        recent = name.paragraph - _SALIENT_PARAGRAPHS
        if any(self.key(n.name) == key and n.paragraph >= recent for n in self.person_names if n.start < name.start):
            return False
        starts = [s.start for s in self.sentences]

        def sentence_of(at: int) -> int:
            return max(bisect_right(starts, at) - 1, 0)

        last = sentence_of(name.start)
        # (nobody else named there: a person of the pronoun's known gender included)
        alone = all(sentence_of(n.start) != last or self.key(n.name) == key for n in self.person_names if n is not name)
        gap = sentence_of(mention.start) - last
        return alone and (gap <= 1 or gap == 2 and opens_with(self.sentences[last + 1], p))

    def _for_pronoun(self, mention: Mention, p: str) -> Resolution:
        if p in _WRITER_PRONOUNS:
            # A speaker mention is outside quote marks, where "I" is the writer (a columnist, an
            # interviewer), never a person the article names in the third person.
            for e in self.entities:
                if e.type == "person" and e.name == WRITER:
                    return e, None
            return self._new(name=WRITER, type="person", head_lemma=p), None
        if p in _NEWSROOM_PRONOUNS:
            # (so is "we": the writers, a newsroom speaking as itself: "Each week, we ask 30
            # experts ...", "We asked the ministry whether ...", never the last organisation)
            found = next((e for e in self.entities if e.name == NEWSROOM), None)
            return found or self._new(name=NEWSROOM, type="organization", plural=True, head_lemma=p), None
        if is_person_pronoun(p) and (person := self._person_antecedent(mention, p)) is not None:
            return person, "pronoun"
        if p in ("it", "its") and (it := self._it_antecedent(mention))[0] is not None:
            return it
        if p == "they" and (one := singular_they(self, mention)) is not None:
            return one, "pronoun"
        if people := self.people_together(mention, pronoun=True):
            return people[0], "pronoun"
        if is_group_pronoun(p) and (group := self._described_group(mention, p)) is not None:
            return group, "pronoun"
        wanted = ("person",) if is_person_pronoun(p) else ("organization", "anonymous") if is_group_pronoun(p) else ()
        # (a group that spoke in its own right before one inside what it said: "Two employees ...
        # said managers had told staff ... '...,' one of them said")
        for e in sorted(reversed(self.entities), key=lambda e: self.reported.get(e.id, False) and is_group_pronoun(p)):
            # ("the Clintons said ... They added": a family is several named people)
            family = e.type == "person" and e.plural and is_group_pronoun(p)
            if family or (e.type in wanted and (is_person_pronoun(p) or e.plural or e.type == "organization")):
                if e.type == "person" and not self._entity_agrees(e.name, p):
                    continue
                return e, "pronoun"
        return None, None

    def _described_group(self, mention: Mention, p: str) -> Entity | None:
        """People described as a group, after the last group or body that spoke before the pronoun."""
        at = max(
            (
                v
                for e in self.entities
                if e.plural or e.type == "organization"
                if (v := self.spoke_at.get(e.id, -1)) < mention.start
            ),
            default=-1,
        )
        return self._described(mention, p, plural=True, after=at)

    def _it_antecedent(self, mention: Mention) -> Resolution:
        """An organisation: the one named as the subject of the sentence before, else the one
        that spoke last (a named organisation before an unspecified document, "previous
        studies"), else the nearest organisation subject, else the author of the statement
        just quoted."""
        if (near := own_main_subject(self, mention) or previous_main_subject(self, mention.start)) is not None:
            return near, "pronoun"
        spoke = {k: -v for k, v in self.spoke_at.items() if v <= mention.start}
        for e in sorted(reversed(self.entities), key=lambda e: (e.vague, spoke.get(e.id, 1))):
            if e.type == "organization" and not e.plural:  # (not "prosecutors", "authorities")
                return e, "pronoun"
        if (org := recent_org_subject(self, mention.start)) is not None:
            return org, "pronoun"
        if (author := last_statement(self, mention.start)) is not None:
            return author, "statement-owner"
        return None, None

    def _last_speaker_goes_on(self, mention: Mention, p: str, any_gender: bool = False) -> Entity | None:
        """ "The 26-year-old right wing said his teammates ... ¶ '...,' he said": the person who
        spoke last, in this paragraph or the one before, of the pronoun's gender (or unknown for
        "he"), when nobody else is named outside quote marks in between."""
        if self.last_speaker is None or PRONOUN_GENDER.get(p) is None:
            return None
        entity, end = self.last_speaker
        # (an unnamed person too: "A spokesman said ... '...,' he said" goes on with the spokesman)
        unnamed = unnamed_person_goes_on(self, entity)
        if (entity.type != "person" and not unnamed) or entity.name == WRITER or end > mention.start:
            return None
        want = PRONOUN_GENDER[p]
        have = (  # (for a name, its given name too: "he" never goes on with "Jane Roe")
            self.m.names.gender_of(entity.description or entity.name)
            if unnamed
            else self.gender_of_name(entity.name) or self._given_name_gender(entity.name)
        )
        # (an unnamed person of unknown gender goes on too, when introduced as "a nurse", "his
        # ex-wife" and quoted again in a later sentence: "the justice" may be a named person's
        # description, and "she" inside what "a top aide said" is someone the aide spoke of)
        later = not any(s.start <= end <= s.end and s.start <= mention.start <= s.end for s in self.sentences)
        introduced = unnamed and later and not entity.description.lower().startswith("the ")
        # (and a named speaker of unknown gender for "she" when no woman is named near: "...,"
        # Adebayo-Hart said. ¶ She said more than 40,000 people had registered")
        unknown_ok = (
            want == "male" or introduced or (any_gender and unnamed) or (later and not self._woman_near(mention.start))
        )
        # (or after that speaker in the same paragraph, which names no woman: 'Spokesperson Lumka
        # Ndaba said the trial mattered. "...," she said', a woman quoted a paragraph before)
        unknown_ok = unknown_ok or (later and self._same_paragraph_no_woman(end, mention.start))
        if have != want and not (have is None and unknown_ok):
            return None
        here, there = self.doc.paragraph_at(mention.start), self.doc.paragraph_at(end)
        if here is None or there is None or here.index - there.index > 1:
            return None
        # (for an unnamed speaker, not a name inside its own sentence that is no subject: "A former
        # assistant coach who worked under Mr. Delahunty said ... '...,' he said" is the coach)
        own = next((x for x in self.sentences if x.start <= end <= x.end), None)
        loose_own = unnamed and not regex.search(r"\p{Lu}\w*['’]s?\b\s", entity.description)  # ("Donald Trump's son")
        between = [
            n
            for n in self.person_names
            if end <= n.start < mention.start
            and not (loose_own and own is not None and n.end <= own.end and not (n.subject or n.clause_subject))
        ]
        if any(unnamed or not self.same_person(n.name, entity.name) for n in between):
            return None
        return entity

    def _same_paragraph_no_woman(self, end: int, at: int) -> bool:
        """``at`` comes after ``end`` in the same paragraph, which names no woman before ``at``."""
        para = self.doc.paragraph_at(at)
        if para is None or self.doc.paragraph_at(end) != para or at < end:
            return False
        names = [n for n in self.person_names if para.start <= n.start < at]
        return not any((self.gender_of_name(n.name) or self._given_name_gender(n.name)) == "female" for n in names)

    def _woman_near(self, at: int) -> bool:
        near = (p.index if (p := self.doc.paragraph_at(at)) is not None else 0) - _SALIENT_PARAGRAPHS
        near_names = [n for n in self.person_names if n.end <= at and n.paragraph >= near]
        return any((self.gender_of_name(n.name) or self._given_name_gender(n.name)) == "female" for n in near_names)

    def _person_antecedent(self, mention: Mention, p: str) -> Entity | None:
        """Who "he" or "she" is: the last speaker going on, a person named before, else an
        unnamed person ("A senior official said ... She said ...", "A local pastor joined the
        march. She said ...")."""
        # (a body that spoke through a spokeswoman after the last person spoke goes on first)
        if (voice := voice_goes_on(self, mention, p)) is not None:
            return voice
        if (last := self._turned_to(mention, p) or self._last_speaker_goes_on(mention, p)) is not None:
            return last
        found = self._antecedent(mention, p)
        if found is not None:
            return self._person_entity(found.name, found.start, self.doc.text[found.start : found.end])
        last = self._last_speaker_goes_on(mention, p, any_gender=True)
        return last or self._described(mention, p) or named_next(self, mention, p)

    def _turned_to(self, mention: Mention, p: str) -> Entity | None:
        """ "A few blocks away, a lineworker in a hard hat was splicing a cable. '...,' he said": a
        person described (by no name) as the main subject of the sentence right before, in the same
        paragraph, which names nobody, is the one the article has turned to, when nobody has spoken
        in this paragraph yet (not even the last speaker, of a paragraph before)."""
        sent, para = self.sentence_before(mention.ref.sentence), self.doc.paragraph_at(mention.start)
        if sent is None or any(sent.start <= n.start < sent.end for n in self.person_names):
            return None
        # (whoever spoke in this paragraph goes on, _last_speaker_goes_on; not this very mention,
        # read again for a second verb: "'...,' he said, adding that ...")
        if para is None or (self.last_speaker is not None and para.start <= self.last_speaker[1] <= mention.start):
            return None
        root = next((w for w in sent.words if w.head < 0), None)
        # (the subject nearest the verb: "A few blocks away, a lineworker ... was splicing")
        subjects = [sent.words[c] for c in sent.children[root.index] if sent.words[c].rel == "nsubj"] if root else []
        subject = subjects[-1] if subjects else None
        if subject is None or subject.upos != "NOUN" and not one_who(sent, subject) or "Number=Plur" in subject.feats:
            return None
        if any(qs <= subject.start < qe for qs, qe in self.quoted):  # (a quote's own sentence: '"The bay ...')
            return None
        return self._described(mention, p)

    def _described(self, mention: Mention, p: str, plural: bool = False, after: int = -1) -> Entity | None:
        """ "A local pastor joined the march. She said ...": the nearest person described by a
        role noun (no name) that is the subject of its clause, in the pronoun's sentence or the
        two before it in this paragraph or the one before, outside quotes, of no other gender;
        ``plural``: people so described ("Three former members of the group, who spoke on
        condition of anonymity ..., described a lab ... '...,' one of them said"), described after
        ``after``."""
        para = self.doc.paragraph_at(mention.start)
        here = para.index if para is not None else -1
        earlier = [s for s in self.sentences if s.start <= mention.start][-3:]
        for sent in reversed(earlier):
            there = self.doc.paragraph_at(sent.start)
            if there is None or here - there.index > 1:
                continue
            for w in reversed(sent.words):
                one = not plural and one_who(sent, w)  # ("One, who asked not to be named ..., was scathing")
                if w.start >= mention.start or w.upos != "NOUN" and not one or w.rel != "nsubj":
                    continue
                if ("Number=Plur" in w.feats) != plural:
                    continue
                if plural and sent.words[w.head].rel not in ("root", "conj"):
                    continue  # (a group is the main clause's subject: not "students" of "a lab in which students learned")
                if w.start <= after:
                    return None
                if any(qs <= w.start < qe for qs, qe in self.quoted) or reported_by(mention, sent, w):
                    continue
                lemma = counted_noun(sent, w).lemma.lower().rsplit("-", 1)[-1]  # ("the vice-captain": a captain)
                if not (one or person_noun(self.vocab.in_lexicon, lemma)):
                    continue
                found = describe(WordRef(sent, w.index), self.doc.text, self.m.is_role, self.m.is_title)
                have = self.m.names.gender_of(found.description)
                if have is not None and have != PRONOUN_GENDER.get(p):
                    return None
                entity = next(
                    (e for e in self.entities if e.type == "anonymous" and e.description == found.description),
                    None,
                ) or self.described_people(found)
                entity.plural = entity.plural or plural  # (a group is never "he" or "she" later)
                return entity
        return None
