"""People the article named together, spoken of again as a group.

"Lopez and Park will question him. They said ...", "Ann Okoro and her husband, Tunde Okoro, opened
the bakery ... The couple said", "the two men", "both women": the speakers are the named people of
that coordination, all of them. "One of the people said ... The other cautioned" is the group
whose member spoke last.
"""

from __future__ import annotations

import regex

from provenance.syntax.tree import Sentence

from .loose import loose_class
from .mention_words import reported_span
from .mentions import Mention
from .model import Entity, Resolution
from .name_runs import name_runs
from .table import NameMention, TableBase

_OTHER_MEMBER = frozenset({"the other", "the other one", "the second", "the latter"})  # of a group
_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_GROUP_DETERMINERS = frozenset({"the", "both"})
# the roles a coordination of names can hold; a group named this many paragraphs back is still near
_NOMINAL_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"})
_PAIR_PARAGRAPHS = 2


class TogetherResolver(TableBase):
    def coordinated_people(self, before: int) -> list[Entity]:
        """ "Lopez and Park will question him. They said ...": the named people of a coordinated
        subject in the sentence before (or the one before that, in the same or the previous
        paragraph), when no plural subject comes between; else none."""
        para = self.doc.paragraph_at(before)
        earlier = [s for s in self.sentences if s.end <= before][-2:]
        for sent in reversed(earlier):
            sp = self.doc.paragraph_at(sent.start)
            if para is None or sp is None or para.index - sp.index > 1:
                return []
            for w in sent.words:
                if w.rel != "nsubj" or w.index > (sent.words[w.head].index if w.head >= 0 else w.index):
                    continue
                conj = [c for c in sent.children[w.index] if sent.words[c].rel == "conj"]
                if not conj and "Number=Plur" not in w.feats:
                    continue
                names = self._names_in(sent, w.index)
                return [self._person_entity(n) for n in names] if conj else []
        return []

    def people_together(self, mention: Mention, pronoun: bool) -> list[Entity]:
        """Everyone a "they", "both" (``pronoun``: read as a pronoun) or a pair noun stands for."""
        if not pronoun:
            return self.pair_people(mention) or self.pair_bodies(mention)
        people = self.coordinated_people(mention.start) if mention.pronoun in ("they", "them", "both") else []
        if not people and mention.pronoun in ("they", "them"):
            people = self._group_goes_on(mention.start)
        return people or (self.last_two_subjects(mention.start) if mention.pronoun == "both" else [])

    def _group_goes_on(self, before: int) -> list[Entity]:
        """ "The couple said they would retire. '...,' they said": the people who spoke together
        last, when nobody spoke after them, in the same paragraph or the one before."""
        if self.last_group is None or self.last_speaker is None:
            return []
        group, end = self.last_group
        here, there = self.doc.paragraph_at(before), self.doc.paragraph_at(end)
        near = here is not None and there is not None and here.index - there.index <= 1
        if near and self._plural_subject_between(end, before):
            return []  # ("Mhlanga and Moyo said ... ¶ Analysts aren't convinced. They say ...": the analysts)
        return group if near and end <= before and self.last_speaker[0] in group else []

    def described_people(self, found: Mention) -> Entity:
        """A new unnamed source a pronoun goes on with ("Analysts aren't convinced. They say ..."):
        vague when it is a loose class ("Analysts"), as that mention would be as a speaker (unnamed.py)."""
        entity = self.unnamed_person(found)
        entity.vague = entity.vague or loose_class(self, found, found.ref.sentence.words[found.head].lemma.lower())
        return entity

    def _plural_subject_between(self, end: int, before: int) -> bool:
        """A sentence of the pronoun's paragraph, after the group and before the pronoun, whose
        subject is a plural common noun: people the "they" is more likely to go on with."""
        here = self.doc.paragraph_at(before)
        for sent in self.sentences:
            if sent.start < end or sent.end > before or self.doc.paragraph_at(sent.start) != here:
                continue
            if any(w.rel == "nsubj" and w.upos == "NOUN" and "Number=Plur" in w.feats for w in sent.words):
                return True
        return False

    def group_referred(self, mention: Mention) -> Resolution | None:
        """ "The couple said": the people named together just before; "The other cautioned": the
        group whose member spoke last."""
        if (people := self.pair_people(mention) or self.pair_bodies(mention)) and mention.pronoun is None:
            return people[0], "definite-description"
        if mention.description.lower() not in _OTHER_MEMBER or self.last_speaker is None:
            return None
        # "One of the people said ... The other cautioned": the group whose member spoke last, near
        group, end = self.last_speaker
        here, there = self.doc.paragraph_at(mention.start), self.doc.paragraph_at(end)
        if here is None or there is None or here.index - there.index > 1 or group.vague:
            return None
        return (group, "definite-description") if group.type == "anonymous" and group.plural else None

    def pair_people(self, mention: Mention) -> list[Entity]:
        """The people a pair noun ("the couple", "the two men", "the brothers"; `pair_nouns.yaml`)
        stands for: the last coordination of names, in the same paragraph or the two before,
        that names as many people as the noun says (two or more where it says no number)."""
        size = self._pair_size(mention)
        if size is None:
            return []
        here = self.doc.paragraph_at(mention.start)
        # (a counted word for people the lexicon does not hold, "the two scientists", only for
        # names in its own sentence, or just two people the sentence right before names: "both
        # candidates" further on may be others)
        lexical = self.vocab.lexicon("pair_nouns").get(mention.ref.sentence.words[mention.head].lemma) is not None
        earlier = [s for s in self.sentences if s.start < mention.start]
        # (or the sentence before in the paragraph when it names them by the same noun: "Climate
        # scientists Farhan Qadri and Lucía Benedetti wrote ... The two scientists also warned")
        # (or in the singular, each one's title: "Senior keeper Joaquin Herrera and fellow keeper
        # Lily Okonkwo spent an hour ... The two keepers said")
        noun = mention.ref.sentence.words[mention.head].text.lower()
        lemma = mention.ref.sentence.words[mention.head].lemma.lower()
        prev = [s for s in earlier if s.end <= mention.ref.sentence.start][-1:]
        before = [
            s
            for s in prev
            if self.doc.paragraph_at(s.start) == here
            and (noun in self.doc.text[s.start : s.end].lower() or any(w.lemma.lower() == lemma for w in s.words))
        ]
        if size in (0, 2) and (two := self._two_named_just_before(mention)):
            # (the sentence right before names just two: "Captain Roe, who sat alongside Doe, said";
            # "ecologists Halima Abdi and Joost van der Berg wrote ... The two scientists argued")
            return two
        for sent in reversed(earlier if lexical else [*before, mention.ref.sentence]):
            there = self.doc.paragraph_at(sent.start)
            if here is None or there is None or here.index - there.index > _PAIR_PARAGRAPHS:
                return self.last_two_subjects(mention.start) if size in (0, 2) and lexical else []
            for w in sent.words:
                if w.rel not in _NOMINAL_RELS or w.end > mention.start:
                    continue
                if not any(sent.words[c].rel == "conj" for c in sent.children[w.index]):
                    continue
                names = self._names_in(sent, w.index)
                if len(names) >= 2 and (size == 0 or len(names) == size):
                    return [self._person_entity(n) for n in names]
                if w.rel.startswith("nsubj"):
                    # (the nearest coordinated subject is the group meant, named or not: "the mogul
                    # and the socialist have taken aim at one another, both candidates ...")
                    return []
        return self.last_two_subjects(mention.start) if size in (0, 2) and lexical else []

    def sentence_before(self, sent: Sentence) -> Sentence | None:
        """The sentence right before ``sent`` in its paragraph, or None."""
        prev = [s for s in self.sentences if s.end <= sent.start][-1:]
        same = prev and self.doc.paragraph_at(prev[0].start) == self.doc.paragraph_at(sent.start)
        return prev[0] if same else None

    def _two_named_just_before(self, mention: Mention) -> list[Entity]:
        """ "Captain Kabir Ahluwalia, who sat alongside Van Rooyen, said ... Both men said": the two
        people, and only two, the sentence right before names, in the same paragraph; or the two
        the last sentence of the paragraph before has as its subjects, when the mention's sentence
        opens its own ("Mr Varghese and Mrs Nwachukwu said ... ¶ ..., the two union
        representatives wrote")."""
        prev = self.sentence_before(mention.ref.sentence)
        subjects_only = prev is None
        if prev is None:
            before = [s for s in self.sentences if s.end <= mention.ref.sentence.start][-1:]
            here = self.doc.paragraph_at(mention.ref.sentence.start)
            opens = here is not None and not self.doc.text[here.start : mention.ref.sentence.start].strip()
            # (and the mention the first subject of its own: not "the mogul and the socialist have
            # taken aim at one another, both candidates acknowledging ...")
            sent = mention.ref.sentence
            # (a quotation opening it is no subject of its own: '"Every Games ... has run over
            # budget," the two economists wrote')
            leads = all(w.rel != "nsubj" or self._quoted(sent, w.start) for w in sent.words[: mention.ref.index])
            prev = before[0] if before and opens and leads else None
        if prev is None:
            return []
        people: list[NameMention] = []
        for n in self.person_names:
            if not prev.start <= n.start < prev.end or any(self.same_person(n.name, m.name) for m in people):
                continue
            first = next(w for w in prev.words if w.start >= n.start)
            if reported_span(prev, first.index) is None:  # (not one named in what was said: "phoned Menon")
                people.append(n)
        if subjects_only and (
            len(people) != 2 or not _subject_named(prev, people[0]) or not _joined_by_and(self.doc.text, *people)
        ):
            return []
        return [self._person_entity(n.name, n.start, self._shown(n)) for n in people] if len(people) == 2 else []

    def _quoted(self, sent: Sentence, at: int) -> bool:
        """Inside a quotation the sentence opens with (an odd number of quote marks before)."""
        return sum(self.doc.text[sent.start : at].count(q) for q in '"“”') % 2 == 1

    def _shown(self, n: NameMention) -> str:
        """The name as written with the courtesy title before it ("Mr. Obama" is not Michelle Obama)."""
        written = self.doc.text[n.start : n.end]  # (the name's span may hold its title: "Mr. Obama")
        title = regex.search(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$", self.doc.text[max(0, n.start - 6) : n.start])
        return (title.group() if title else "") + written

    def pair_bodies(self, mention: Mention) -> list[Entity]:
        """ "Ashdown Bank has agreed to buy regional lender Halberton & Pryce ..., the two companies
        said": the bodies a counted plural noun for bodies stands for, as many as it says, named by
        names that say so in its own sentence before it."""
        sent, w = mention.ref.sentence, mention.ref.sentence.words[mention.head]
        kids = [sent.words[c] for c in sent.children[mention.head]]
        numbers = [_NUMBERS[k.text.lower()] for k in kids if k.rel == "nummod" and k.text.lower() in _NUMBERS]
        both = any(k.rel == "det" and k.lemma.lower() == "both" for k in kids)
        if "Number=Plur" not in w.feats or not (numbers or both) or not self.institution_noun(w.lemma.lower()):
            return []
        names: list[str] = []
        for run in name_runs(sent, 0, mention.ref.index - 1):
            name = self.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end]
            if (self.is_org_name(name) or self.key(name) in self.org_keys) and name not in names:
                names.append(name)
        if len(names) != (numbers[0] if numbers else 2):
            return []
        return [self.organization_entity(n, n.split()[-1].lower()) for n in names]

    def last_two_subjects(self, before: int) -> list[Entity]:
        """ "Chinwe Okafor runs the kitchen. Her husband, Emeka Okafor, handles the money. The couple
        said": with no coordination of names, the last two people named, when both were named as
        subjects, in the same paragraph or the two before, and nobody else was named after the
        first of them."""
        here = self.doc.paragraph_at(before)
        seen: list[NameMention] = []
        for n in reversed([n for n in self.person_names if n.end <= before]):
            if here is None or here.index - n.paragraph > _PAIR_PARAGRAPHS:
                break
            if not any(self.same_person(n.name, m.name) for m in seen):
                seen.append(n)
            if len(seen) > 2:
                break
        last = [n for n in reversed(seen[:2]) if self._last_mention_of(n, before).subject]
        return [self._person_entity(n.name) for n in last] if len(seen) >= 2 and len(last) == 2 else []

    def _last_mention_of(self, n: NameMention, before: int) -> NameMention:
        return max(
            (m for m in self.person_names if m.end <= before and self.same_person(m.name, n.name)),
            key=lambda m: m.start,
        )

    def _pair_size(self, mention: Mention) -> int | None:
        """How many people a pair noun means (0: two or more); None for any other mention."""
        if mention.name is not None or mention.pronoun is not None:
            return None
        sent, head = mention.ref.sentence, mention.head
        w = sent.words[head]
        kids = [sent.words[c] for c in sent.children[head]]
        dets = {k.lemma.lower() for k in kids if k.rel == "det"}
        if not dets & _GROUP_DETERMINERS or any(k.rel in ("nmod", "appos") or k.deprel == "acl:relcl" for k in kids):
            return None
        numbers = [_NUMBERS[k.text.lower()] for k in kids if k.rel == "nummod" and k.text.lower() in _NUMBERS]
        if w.upos == "NUM" and w.text.lower() in _NUMBERS and "the" in dets:
            return _NUMBERS[w.text.lower()]  # "the two said"
        entry = self.vocab.lexicon("pair_nouns").get(w.lemma) if "pair_nouns" in self.vocab.lexicons else None
        if entry is None:
            # ("the two scientists", "both lawmakers": any word for people, counted)
            counted = (numbers or "both" in dets) and "Number=Plur" in w.feats and self.m.is_role(w.lemma.lower())
            return (numbers[0] if numbers else 2) if counted else None
        plural_only = "size" not in entry.attrs
        if plural_only and "Number=Plur" not in w.feats:
            return None
        if entry.attrs.get("alone") is False and not numbers and "both" not in dets:
            return None
        size = int(entry.attrs.get("size", 0))
        return numbers[0] if numbers else 2 if "both" in dets else size

    def _names_in(self, sent: Sentence, head: int) -> list[str]:
        """The person names inside the phrase ``head`` heads, in text order; not names inside a
        relative clause of a conjunct ("Joaquin Herrera, who has cared for Kemala since 2015, and
        Lily Okonkwo": two people)."""
        span = sent.subtree(head)
        inner = {k for c in span if sent.words[c].deprel == "acl:relcl" and c != head for k in sent.subtree(c)}
        words = [sent.words[k] for k in span if k not in inner]
        return [n.name for n in self.person_names if any(n.start <= w.start < n.end for w in words)]


def _subject_named(sent: Sentence, n: NameMention) -> bool:
    """The name is its sentence's subject, or set off beside the subject as what it is ("Two
    hydrologists at Marlow State University, Maria Esposito and Pieter van der Berg, warned")."""
    if n.subject:
        return True
    for w in sent.words:
        if n.start <= w.start < n.end and w.deprel == "appos" and w.head >= 0:
            return sent.words[w.head].rel in ("nsubj", "nsubj:pass")
    return False


def _joined_by_and(text: str, first: NameMention, second: NameMention) -> bool:
    """ "Mr Varghese and Mrs Nwachukwu": two names joined by "and", a title before the second."""
    return regex.fullmatch(r"\s*(?:and|&)\s+(?:\p{Lu}[\p{L}.]*\s+)?", text[first.end : second.start]) is not None
