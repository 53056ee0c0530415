"""Who the sources are: speaker identity, anonymity, reasons, secondary sourcing, credits.

Input: the attributions of one article (quotes.py) in text order. Mentions are resolved to
entities as the article introduces them — a later "He", "Al-Amiri" or "One of the officials"
takes the identity (and the anonymity reason) of the entity it refers to.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import regex

from provenance.document import Document
from provenance.quotes import Attribution
from provenance.records import Credit, SourceSummary, Speaker, Via
from provenance.speakers import Mention, describe, is_group_pronoun, is_person_pronoun, title_length
from provenance.syntax.tree import WordRef
from provenance.vocab import Vocabulary

REGEX_TIMEOUT = 1.0  # seconds; rule regexes are user data
_REASON_TAIL = regex.compile(
    r",?\s+(?:because|as|since|given|due to|for fear|fearing|in order to|"
    r"to (?:discuss|talk|speak|describe|comment|brief|detail|reveal))\b[^,;.!?()“”\"]*"
)
_ACRONYM = regex.compile(r"^[A-Z][A-Z&.-]{1,7}s?$")


def _warn_timeout(what: str) -> None:
    print(f"provenance: warning: regular expression timed out in {what}; skipped", file=sys.stderr)


def _compile_list(entries: list[str], what: str) -> list[regex.Pattern]:
    out = []
    for e in entries:
        try:
            out.append(regex.compile(e, regex.I | regex.V0))
        except regex.error as err:
            from provenance.errors import ProvenanceError

            raise ProvenanceError(f"invalid regular expression {e!r} ({err})", what) from None
    return out


def search_any(patterns: list[regex.Pattern], text: str, what: str) -> regex.Match | None:
    best = None
    for p in patterns:
        try:
            m = p.search(text, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            _warn_timeout(what)
            continue
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


@dataclass
class Entity:
    id: int
    name: str
    type: str
    role: str | None = None
    plural: bool = False
    reason: str | None = None
    reason_boilerplate: bool = False
    vague: bool = False
    head_lemma: str = ""
    description: str = ""


@dataclass
class SourceModel:
    """The vocabulary compiled for source analysis (built once per run)."""

    vocab: Vocabulary
    reasons: list[regex.Pattern] = field(default_factory=list)
    boilerplate: list[regex.Pattern] = field(default_factory=list)
    vague_frames: list[regex.Pattern] = field(default_factory=list)
    outlet_rx: regex.Pattern | None = None

    @classmethod
    def build(cls, vocab: Vocabulary) -> SourceModel:
        def entries(name: str) -> list[str]:
            return [e.name for e in vocab.lexicon(name).entries]

        forms = []
        for e in vocab.lexicon("outlets").entries:
            for f in e.forms:
                esc = regex.escape(f)
                # Acronyms must match case ("AP", not "ap"); names may vary in case.
                forms.append((len(f), esc if _ACRONYM.match(f) else f"(?i:{esc})"))
        forms.sort(reverse=True)
        outlet_rx = regex.compile(r"(?<![\w-])(?:" + "|".join(f for _, f in forms) + r")(?![\w-])") if forms else None
        return cls(
            vocab=vocab,
            reasons=_compile_list(entries("anonymity_reasons"), vocab.lexicon("anonymity_reasons").path),
            boilerplate=_compile_list(entries("boilerplate_reasons"), vocab.lexicon("boilerplate_reasons").path),
            vague_frames=_compile_list(entries("vague_frames"), vocab.lexicon("vague_frames").path),
            outlet_rx=outlet_rx,
        )

    def outlet_in(self, text: str) -> tuple[str, int, int] | None:
        """The canonical name of the first gazetteer outlet in ``text``, with its span."""
        if self.outlet_rx is None:
            return None
        m = self.outlet_rx.search(text)
        if not m:
            return None
        lex = self.vocab.lexicon("outlets")
        entry = lex.get(m.group()) or lex.get(m.group().lower())
        if entry is None:
            for e in lex.entries:
                if any(f.lower() == m.group().lower() for f in e.forms):
                    entry = e
        return (entry.name if entry else m.group()), m.start(), m.end()

    def outlets_in(self, text: str) -> list[str]:
        names: list[str] = []
        pos = 0
        while True:
            found = self.outlet_in(text[pos:])
            if not found:
                return names
            name, _, end = found
            if name not in names:
                names.append(name)
            pos += end


class SourceResolver:
    """Resolves the speakers of one article, in text order."""

    def __init__(
        self,
        model: SourceModel,
        doc: Document,
        sentences: list | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.m = model
        self.vocab = model.vocab
        self.doc = doc
        self.entities: list[Entity] = []
        self.person_names = self._person_names(sentences or [], quoted or [])

    def is_role(self, word: str) -> bool:
        return self.vocab.in_lexicon("person_roles", word)

    def _person_names(self, sentences: list, quoted: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """Every mention in the article that looks like a person's name, in text order: the
        antecedents a pronoun can take even if that person has not been quoted yet. Names
        inside quotation marks are people the speaker talks about, not candidates."""
        from provenance.speakers import name_runs

        names: list[tuple[int, str]] = []
        for sent in sentences:
            for run in name_runs(sent, 0, len(sent.words) - 1):
                first = sent.words[run[0]]
                if any(qs <= first.start < qe for qs, qe in quoted):
                    continue
                text = self.doc.text[first.start : sent.words[run[-1]].end]
                head = next((i for i in run if sent.words[i].head not in run), run[-1])
                if any(
                    sent.words[k].rel == "case"
                    and self.vocab.in_lexicon("locative_prepositions", sent.words[k].lemma.lower())
                    for k in sent.children[head]
                ):
                    continue  # "in New York", "from Ottawa": places, not people
                if len(text.split()) < 2 and sent.words[head].rel not in ("nsubj", "nsubj:pass"):
                    continue
                if self._is_org_name(text) or any(
                    w.upos not in ("PROPN", "PUNCT", "ADP", "NOUN", "X") for w in (sent.words[i] for i in run)
                ):
                    continue
                words = text.split()
                words = words[title_length(words, self.is_role) :]  # "Energy Minister Dana Ortiz"
                names.append((first.start, " ".join(words)))
        return names

    def _person_entity(self, name: str) -> Entity:
        tokens = name.lower().split()
        for e in reversed(self.entities):
            if e.type == "person" and (e.name == name or e.name.lower().split()[-len(tokens) :] == tokens):
                return e
        return self._new(name=name, type="person", head_lemma="")

    # -- classification ---------------------------------------------------------------
    def _is_org_name(self, name: str) -> bool:
        words = regex.findall(r"[\p{L}]+", name)
        if self.m.outlet_in(name):
            return True
        if any(_ACRONYM.match(w) and len(w) >= 2 for w in name.split()):
            return True
        return any(self.vocab.in_lexicon("organization_words", w.lower()) for w in words)

    def _plural(self, ref: WordRef) -> bool:
        w = ref.word
        return "Number=Plur" in w.feats or w.lemma.lower() in ("people", "sources")

    def _new(self, **kw) -> Entity:
        e = Entity(id=len(self.entities), **kw)
        self.entities.append(e)
        return e

    def entity_for(self, mention: Mention) -> tuple[Entity | None, str | None]:
        """Find or create the entity a mention refers to; the second value says how."""
        sent = mention.ref.sentence
        head_word = sent.words[mention.head]
        head_lemma = head_word.lemma.lower()
        if mention.pronoun:
            p = mention.pronoun
            if is_person_pronoun(p):
                before = [n for n in self.person_names if n[0] < mention.start]
                if before:
                    return self._person_entity(before[-1][1]), "pronoun"
            if p in ("it", "its"):
                for e in reversed(self.entities):
                    if e.type == "organization":
                        return e, "pronoun"
            wanted = (
                ("person",) if is_person_pronoun(p) else ("organization", "anonymous") if is_group_pronoun(p) else ()
            )
            for e in reversed(self.entities):
                if e.type in wanted and (is_person_pronoun(p) or e.plural or e.type == "organization"):
                    return e, "pronoun"
            return None, None
        if mention.name:
            known = self.vocab.lexicon("known_people")
            entry = known.get(mention.name)
            for e in reversed(self.entities):
                if e.name == mention.name:
                    return e, None
            tokens = mention.name.lower().split()
            for e in reversed(self.entities):
                etoks = e.name.lower().split()
                if e.type == "person" and len(tokens) < len(etoks) and etoks[-len(tokens) :] == tokens:
                    return e, "short-name"
            # A surname whose full name appeared earlier outside any quote ("Ortiz" after
            # "Energy Minister Dana Ortiz spoke on Monday").
            for _, full in reversed([n for n in self.person_names if n[0] < mention.start]):
                ftoks = full.lower().split()
                if len(tokens) < len(ftoks) and ftoks[-len(tokens) :] == tokens:
                    return self._person_entity(full), "short-name"
            if entry is not None:
                return self._new(
                    name=entry.name,
                    type="person",
                    role=str(entry.attrs.get("role") or "") or None,
                    head_lemma=head_lemma,
                ), "known-people"
            is_org = self._is_org_name(mention.name)
            return self._new(
                name=mention.name,
                type="organization" if is_org else "person",
                role=None if is_org else mention.role,
                plural=False,
                head_lemma=head_lemma,
                description=mention.description,
            ), None
        # Unnamed: outlets, anonymous people, institutions, documents.
        if self.m.outlet_in(mention.description) or (
            self.vocab.in_lexicon("outlet_words", head_lemma)
            and head_word.upos == "NOUN"
            and any(sent.words[c].deprel in ("amod", "compound", "nmod:poss") for c in sent.children[mention.head])
        ):
            for e in reversed(self.entities):
                if e.type == "organization" and e.description.lower() == mention.description.lower():
                    return e, None
            return self._new(
                name=mention.description, type="organization", head_lemma=head_lemma, description=mention.description
            ), None
        if self.vocab.in_lexicon("noun_cues", head_lemma):
            for e in reversed(self.entities):
                if e.type in ("organization", "person"):
                    return e, "statement-owner"
        definite = (
            any(
                sent.words[i].lemma.lower() in ("the", "this", "that", "these", "those")
                for i in range(mention.ref.index - 3 if mention.ref.index >= 3 else 0, mention.head)
                if sent.words[i].upos == "DET"
            )
            or mention.head != mention.ref.index
        )
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
        # Unnamed people described by role ("a US official", "the mayor") or not at all ("sources").
        if is_role or self.vocab.in_lexicon("vague_sources", head_lemma):
            for e in reversed(self.entities):
                if e.type == "anonymous" and (
                    e.description.lower() == mention.description.lower() or (definite and e.head_lemma == head_lemma)
                ):
                    return e, None if e.description.lower() == mention.description.lower() else "definite-description"
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
        return self._new(
            name=mention.description, type="unknown", head_lemma=head_lemma, description=mention.description
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
            _warn_timeout("naming_phrases")
        if found is None:
            return None
        return regex.sub(r"(?:\s+(?:of|in|for|and|al|the))+$", "", found)

    # -- anonymity reasons ---------------------------------------------------------------
    def find_reason(self, mention: Mention, cue: WordRef | None) -> str | None:
        sent = mention.ref.sentence
        text = self.doc.text
        windows = [(mention.start, sent.end)]
        if mention.start > sent.start:
            windows.insert(0, (sent.start, mention.start))
        para = self.doc.paragraph_at(sent.start)
        if para is not None:
            # The next sentence, when it goes on about the source ("They spoke on condition ...").
            nxt = regex.search(
                r"(?<=[.!?][\"”’]?\s+)[^.!?]{5,300}[.!?]", text[sent.end - 1 : para.end], timeout=REGEX_TIMEOUT
            )
            if nxt and regex.match(
                r"\s*(?:He|She|They|The (?:officials?|sources?|people)|Both|Neither)\b", nxt.group()
            ):
                windows.append((sent.end - 1 + nxt.start(), sent.end - 1 + nxt.end()))
        for start, end in windows:
            m = search_any(self.m.reasons, text[start:end], "anonymity_reasons")
            if m:
                return self._reason_clause(sent, start + m.start(), start + m.end(), cue)
        return None

    def _reason_clause(self, sent, mstart: int, mend: int, cue: WordRef | None) -> str:
        text = self.doc.text
        idx = next((w.index for w in sent.words if w.start <= mstart < w.end or w.start >= mstart), None)
        if idx is None or not (sent.start <= mstart < sent.end):
            # Next sentence: take it whole, minus its final punctuation.
            m = regex.match(r"[^.!?]*", text[mstart:])
            return text[mstart : mstart + len(m.group())].strip()
        clause = idx
        while True:
            w = sent.words[clause]
            if w.upos in ("VERB", "AUX") and w.deprel in (
                "acl:relcl",
                "acl",
                "advcl",
                "ccomp",
                "root",
                "conj",
                "parataxis",
            ):
                break
            if w.head < 0:
                break
            clause = w.head
        if cue is not None and cue.sentence is sent and clause == cue.index or sent.words[clause].deprel == "root":
            # The reason sits in the main clause: keep the phrase from the match onwards.
            phrase = sent.subtree(sent.words[idx].head if sent.words[idx].head >= 0 else idx)
            words = [i for i in phrase if sent.words[i].start >= mstart]
        else:
            words = sent.subtree(clause)
        words = [i for i in words if not (sent.words[i].upos == "PUNCT")]
        while words and sent.words[words[0]].lemma.lower() in ("who", "which", "that"):
            words.pop(0)
        if not words:
            return text[mstart:mend]
        start, end = sent.words[words[0]].start, sent.words[words[-1]].end
        # The parser often hangs the why-clause elsewhere ("who spoke on condition of anonymity
        # because they were not authorized ..."): keep it when it follows directly.
        tail = _REASON_TAIL.match(text, end, sent.end, timeout=REGEX_TIMEOUT)
        if tail:
            end = tail.end()
        return text[start:end]

    # -- secondary sourcing -----------------------------------------------------------
    def via_for(self, a: Attribution, speaker_entity: Entity | None, mention: Mention | None) -> Via | None:
        text = self.doc.text
        if a.via is not None:
            vm = describe(a.via, text)
            found = self.m.outlet_in(vm.text)
            if found:
                name, s, e = found
                return Via(name=name, text=vm.text[s:e], start=vm.start + s, end=vm.start + e, known=True)
            words = regex.findall(r"[\p{L}]+", vm.text)
            head = a.via.word
            if (
                (vm.text[:1].isupper() or vm.text.lower().startswith("the "))
                and not self.vocab.in_lexicon("not_outlets", head.lemma.lower())
                and head.upos != "PRON"
                and (
                    vm.text.lower().startswith("the ")
                    and any(w[:1].isupper() for w in words[1:])
                    or any(self.vocab.in_lexicon("outlet_words", w.lower()) for w in words)
                )
            ):
                return Via(
                    name=regex.sub(r"^[Tt]he\s+", "", vm.text), text=vm.text, start=vm.start, end=vm.end, known=False
                )
        if speaker_entity is not None and mention is not None and speaker_entity.type == "organization":
            # An agency reporting a fact is both the source and the channel ("AP reported").
            found = self.m.outlet_in(mention.text)
            if found:
                name, s, e = found
                return Via(
                    name=name, text=mention.text[s:e], start=mention.start + s, end=mention.start + e, known=True
                )
            if self.vocab.in_lexicon("outlet_words", speaker_entity.head_lemma) and not mention.name:
                # "local media reported", "Iran's state television said": an outlet not in the gazetteer
                return Via(
                    name=mention.description, text=mention.text, start=mention.start, end=mention.end, known=False
                )
        return None

    def _vague_speaker(self, start: int, end: int) -> tuple[Speaker, Entity, None]:
        """An impersonal frame stands in for the speaker: one source per distinct frame."""
        text = self.doc.text[start:end]
        key = text.lower()
        entity = next((e for e in self.entities if e.vague and e.type == "unknown" and e.description == key), None)
        if entity is None:
            entity = self._new(name=key, type="unknown", vague=True, description=key)
        return Speaker(text=text, start=start, end=end, name=entity.name, type="unknown"), entity, None

    # -- putting it together ------------------------------------------------------------
    def speaker_for(self, a: Attribution) -> tuple[Speaker | None, Entity | None, Via | None]:
        if a.speaker is None:
            if a.frame is None:
                return None, None, None
            return self._vague_speaker(*a.frame)
        mention = describe(a.speaker, self.doc.text, self.is_role)
        entity, how = self.entity_for(mention)
        if entity is not None and entity.type == "anonymous" and entity.reason is None:
            reason = self.find_reason(mention, a.cue)
            if reason:
                entity.reason = reason
                entity.reason_boilerplate = search_any(self.m.boilerplate, reason, "boilerplate_reasons") is not None
        via = self.via_for(a, entity, mention)
        speaker = Speaker(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            name=entity.name if entity else mention.text,
            type=entity.type if entity else "unknown",  # type: ignore[arg-type]
            role=entity.role if entity else mention.role,
            plural=entity.plural if entity else False,
            resolved_by=how,
        )
        return speaker, entity, via


def anonymity_level(entity: Entity | None, speaker: Speaker | None) -> str:
    if speaker is None:
        return "unattributed"
    if entity is None:
        return "unresolved"
    if entity.vague:
        return "vague"
    if entity.type == "person":
        return "named" if entity.role else "named-no-role"
    if entity.type == "organization":
        return "organization"
    if entity.type == "anonymous":
        if entity.vague:
            return "vague"
        return "anonymous-with-reason" if entity.reason else "anonymous"
    return "unresolved"


def find_credits(model: SourceModel, doc: Document) -> list[Credit]:
    """Credit, dateline and photo lines, each once (the first pattern to claim a span wins)."""
    lex = model.vocab.lexicon("credit_lines")
    credits: list[Credit] = []
    taken: list[tuple[int, int]] = []
    for entry in lex.entries:
        flags = regex.V0 if entry.attrs.get("case_sensitive") else regex.I | regex.V0
        try:
            rx = regex.compile(entry.name, flags)
            matches = list(rx.finditer(doc.prose, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            _warn_timeout(lex.path)
            continue
        except regex.error as err:
            from provenance.errors import ProvenanceError

            raise ProvenanceError(f"invalid regular expression {entry.name!r} ({err})", lex.path) from None
        for m in matches:
            start, end = m.start(), m.end()
            while start < end and doc.text[start].isspace():
                start += 1
            if start >= end or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            line, col = doc.line_col(start)
            text = doc.text[start:end].strip()
            outlets = model.outlets_in(text)
            named = m.groupdict().get("outlet")
            if named and not model.outlet_in(named):
                # An outlet the gazetteer does not know: "(With inputs from The Tribune)".
                for part in regex.split(r"\s*(?:,|;|/|\band\b)\s*", named.strip()):
                    part = regex.sub(r"^[Tt]he\s+", "", part.strip(" ."))
                    if part[:1].isupper() and part not in outlets:
                        outlets.append(part)
            credits.append(
                Credit(
                    kind=str(entry.attrs.get("kind", "credit")),
                    text=text,
                    start=start,
                    end=start + len(text),
                    line=line,
                    column=col,
                    outlets=outlets,
                )
            )
    credits.sort(key=lambda c: c.start)
    return credits


def summarise(pairs: list[tuple[Entity | None, Speaker | None, Via | None]]) -> list[SourceSummary]:
    by_key: dict[object, SourceSummary] = {}
    for entity, speaker, via in pairs:
        key = entity.id if entity is not None else ("unattributed" if speaker is None else speaker.name)
        if key not in by_key:
            if entity is not None:
                by_key[key] = SourceSummary(
                    name=entity.name,
                    type=entity.type,
                    anonymity=speaker.anonymity if speaker else "unattributed",
                    reason=entity.reason,
                    quotes=0,
                    plural=entity.plural,
                    role=entity.role,
                )  # type: ignore[arg-type]
            elif speaker is not None:
                by_key[key] = SourceSummary(
                    name=speaker.name, type=speaker.type, anonymity=speaker.anonymity, reason=None, quotes=0
                )
            else:
                by_key[key] = SourceSummary(
                    name="(unattributed)", type="unknown", anonymity="unattributed", reason=None, quotes=0
                )
        s = by_key[key]
        s.quotes += 1
        if via is not None and via.name not in s.via:
            s.via.append(via.name)
    return list(by_key.values())
