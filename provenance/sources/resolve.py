"""The sources stage: attributions in, quote records and per-source summaries out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from provenance.attribution import Attribution, ParsedParagraph
from provenance.attribution.spans import cue_span, sentences_overlapping
from provenance.document import Document
from provenance.quotemarks import QuoteSpan
from provenance.records import Cue, EntityRecord, Evidence, Quote, SourceSummary, Speaker, SpeakerLink, Via
from provenance.syntax.tree import WordRef

from .anonymity import ReasonFinder, anonymity_level
from .carry import carry_via
from .channels import channel_events
from .citing import cited_source, citing_outlet
from .entities import EntityTable
from .identified import identified_again, identify_descriptions, spokesperson_named_later
from .members import apposed_members, co_speaker_conjunct, member_apart
from .mentions import Mention, describe
from .model import Entity, Resolved, ResolvedBy, SourceModel
from .register import entity_records
from .revealed import named_after_description
from .summary import summarise
from .via import via_for


class SpeakerResolver:
    """Names the speakers of one article, in text order."""

    def __init__(self, model: SourceModel, doc: Document, paras: list[ParsedParagraph], spans: list[QuoteSpan]) -> None:
        self.m = model
        self.doc = doc
        self.quoted = [(s.start, s.end) for s in spans if s.depth == 0]
        self.sentences = [s for p in paras for s in p.sentences]
        self.entities = EntityTable(model, doc, self.sentences, self.quoted)
        self.reasons = ReasonFinder(model, doc)
        self.nested: set[int] = set()  # the attributions (id) inside another's statement
        # "Roe and Doe said": the speakers after the first, per attribution (id), who speak too
        self.co_speakers: dict[int, list[tuple[Speaker, Entity]]] = {}

    def _cited(
        self, a: Attribution, entity: Entity, mention: Mention
    ) -> tuple[Mention, Entity, ResolvedBy | None, Via] | None:
        """ "the Post reported, quoting an anonymous official": the official speaks, via the Post."""
        cited = cited_source(a.cue) if a.cue else None
        if cited is None or a.cue is None:
            return None
        outlet = via_for(self.m, self.doc, a.via, entity, mention, a.cue) if entity.type == "organization" else None
        if outlet is None and (outlet := citing_outlet(entity, mention, a.cue, self.m.names.given_names)) is not None:
            entity.type, entity.role = "organization", None  # ("Variety reported, citing ...": an outlet)
        if outlet is None:
            return None
        named = describe(cited, self.doc.text, self.m.is_role, self.m.is_title, a.cue)
        source, how_cited = self.entities.entity_for(named)
        if source is None or source.type != "anonymous":
            return None
        return named, source, how_cited, outlet

    def speaker_for(self, a: Attribution) -> Resolved:
        if a.speaker is None:
            if a.frame is None:
                return None, None, None
            return self._vague_speaker(*a.frame)
        mention = describe(a.speaker, self.doc.text, self.m.is_role, self.m.is_title, a.cue, self.m.is_setting)
        # (only a statement that ends before its speaker: "..., he said"; a span that runs past
        # the speaker holds more than what was said)
        self.entities.spoken = (a.start, a.end) if a.end <= mention.start else None
        try:
            entity, how = self.entities.entity_for(mention)
        finally:
            self.entities.spoken = None
        # "Two senators, Tom Carper and Ben Cardin, wrote": the named members speak (members.py)
        people = [self.entities.person_entity(n) for n in apposed_members(self.entities, mention, a.cue)]
        members = [e for e in people if e is not entity]
        if people and (entity is None or entity not in people):
            entity, how, members = people[0], "named-members", members[1:]
        channel = None
        if entity is not None and (cited := self._cited(a, entity, mention)) is not None:
            mention, entity, how, channel = cited
            members = []
        if entity is not None and self._explained_spokesperson(entity, mention, a.cue):
            entity, how = self.entities.unnamed_person(mention), None
        elif entity is not None:
            entity = member_apart(self.entities, self.reasons, entity, mention, a.cue)
        if entity is not None:  # (the member that spoke, not its group: "... and one, who asked not to be named, said")
            nested = id(a) in self.nested  # (a speaker inside another's statement is not the last to speak)
            self.entities.spoke(entity, mention.end, mention.description, mention.head_lemma, mention.ref, nested)
        if entity is not None and entity.type == "anonymous" and entity.reason is None:
            reason = self.reasons.find(mention, a.cue)
            if reason:
                entity.reason = reason
                entity.reason_boilerplate = self.reasons.is_boilerplate(reason)
        via = channel or via_for(self.m, self.doc, a.via, entity, mention, a.cue)
        speaker = Speaker(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            name=entity.name if entity else mention.text,
            type=entity.type if entity else "unknown",
            role=entity.role if entity else mention.role,
            plural=entity.plural if entity else False,
            resolved_by=how,
        )
        if mention.ref.sentence is a.speaker.sentence and mention.ref.index != a.speaker.index and channel is None:
            # "Slayton, who is now supporting Rubio, said": "who" as written, its antecedent's name
            w = a.speaker.word
            if w.upos == "PRON":
                speaker.text, speaker.start, speaker.end = w.text, w.start, w.end
                speaker.resolved_by = how or "relative-pronoun"
        co = self._coordinated(mention, entity) or self._members(mention, entity, how, members)
        if co:
            self.co_speakers[id(a)] = co
            speaker.plural = True
            self.entities.spoke_together([e for e in (entity, *(e for _, e in co)) if e is not None], mention.end)
        return speaker, entity, via

    def _explained_spokesperson(self, entity: Entity, mention: Mention, cue: WordRef | None) -> bool:
        """ "A spokesman for the ministry, who asked not to be named because ..., said": a
        spokesperson whose anonymity the article explains is an anonymous source, not the body; so
        is an official of a named body ("An official with the state EPA who was not authorized to
        speak publicly ... said", "A senior coalition official, speaking on condition of anonymity
        because ..., told")."""
        # (the phrase's noun, not a body's name in it: "An official with the state EPA")
        word = mention.ref.sentence.words[mention.head]
        heads = {word.lemma.lower(), mention.description.split()[-1].lower()}
        person = any(
            self.m.vocab.in_lexicon(x, h) for x in ("spokesperson_nouns", "anonymous_descriptors") for h in heads
        )
        spokesperson = (mention.name is None or word.upos == "NOUN") and person
        return entity.type == "organization" and spokesperson and self.reasons.find(mention, cue) is not None

    def _members(
        self, mention: Mention, entity: Entity | None, how: ResolvedBy | None, members: list[Entity]
    ) -> list[tuple[Speaker, Entity]]:
        """The named members who speak with the first ("Two senators, Tom Carper and Ben Cardin, wrote"),
        or the others a "they" or "the couple" stands for."""
        if together := self.entities.people_together(mention, pronoun=how == "pronoun"):
            return [(_co_speaker(e, mention, how), e) for e in together if e is not entity]
        return [(_co_speaker(e, mention, "named-members"), e) for e in members]

    def _coordinated(self, mention: Mention, first: Entity | None) -> list[tuple[Speaker, Entity]]:
        """ "Jane Roe and Tom Doe said", "Roe, Doe and Smith said", "the mayor and the police
        chief said": every conjunct of the speaker's head that names someone (a name or a
        pronoun) or describes a person or a body is a speaker too."""
        sent, head = mention.ref.sentence, mention.ref.index
        out: list[tuple[Speaker, Entity]] = []
        for c in sent.children[head]:
            conjunct, described = co_speaker_conjunct(sent, head, c, self.m.vocab.in_lexicon)
            if not conjunct:
                continue
            other = describe(WordRef(sent, c), self.doc.text, self.m.is_role, self.m.is_title)
            if other.name is None and other.pronoun is None and not described:
                continue
            entity, how = self.entities.entity_for(other)
            if entity is None or entity is first:
                continue
            out.append((_co_speaker(entity, other, how), entity))
        return out

    def _vague_speaker(self, start: int, end: int) -> Resolved:
        """An impersonal frame stands in for the speaker: one source per distinct frame."""
        text = self.doc.text[start:end]
        entity = self.entities.vague_entity(text.lower())
        return Speaker(text=text, start=start, end=end, name=entity.name, type="unknown"), entity, None


def _co_speaker(entity: Entity, mention: Mention, how: ResolvedBy | None) -> Speaker:
    """The record of one more speaker of a statement ("Roe and Doe said"), written as ``mention``."""
    e, m = entity, mention
    return Speaker(m.text, m.start, m.end, e.name, e.type, e.role, plural=e.plural, resolved_by=how)


@dataclass
class SourcesResult:
    """What the sources stage gives an article: quote records, one summary per source, and the
    who-is-who (``entities``) that speakers and summaries point into by id."""

    quotes: list[Quote]
    sources: list[SourceSummary]
    entities: list[EntityRecord]


def resolve_sources(
    model: SourceModel,
    doc: Document,
    paras: list[ParsedParagraph],
    spans: list[QuoteSpan],
    attributions: list[Attribution],
) -> tuple[list[Quote], list[SourceSummary]]:
    """Quote records and source summaries (``resolve_article`` also gives the entities)."""
    r = resolve_article(model, doc, paras, spans, attributions)
    return r.quotes, r.sources


def resolve_article(
    model: SourceModel,
    doc: Document,
    paras: list[ParsedParagraph],
    spans: list[QuoteSpan],
    attributions: list[Attribution],
) -> SourcesResult:
    """Speakers for every attribution (a neighbour-previous quote shares its neighbour's), then
    anonymity levels once every reason in the article is known, then the records."""
    resolver = SpeakerResolver(model, doc, paras, spans)
    resolver.nested = {id(a) for a in attributions if any(a.within(b) for b in attributions)}
    resolved: dict[int, Resolved] = {}
    for a in attributions:
        if a.inherited_from is not None and id(a.inherited_from) in resolved:
            speaker, entity, via = resolved[id(a.inherited_from)]
            if speaker is not None:
                speaker = replace(speaker, resolved_by=a.rule)  # neighbour-previous, repeated-quote
            resolved[id(a)] = (speaker, entity, via)
        else:
            resolved[id(a)] = resolver.speaker_for(a)
    events = channel_events(model, doc, resolver.sentences, resolver.entities.person_names, resolver.quoted)
    carry_via(model.vocab, doc, attributions, resolved, events, resolver.entities)
    resolver.entities.fill_roles()
    identify_descriptions(resolver, attributions, resolved)
    named_after_description(resolver, attributions, resolved)
    identified_again(resolver, resolved)
    spokesperson_named_later(resolver, resolved)
    _blanket_reasons(resolver, attributions, resolved)
    # Reasons and roles can appear after an entity's first quote: levels are set once all are known.
    for key, (speaker, entity, _) in resolved.items():
        if speaker is not None and entity is not None:
            speaker.name, speaker.type = entity.name, entity.type  # a description may have been named
            speaker.role = entity.role  # a role may be learnt at a later mention
            speaker.reason = entity.reason
            speaker.reason_boilerplate = entity.reason_boilerplate
            speaker.plural = entity.plural or key in resolver.co_speakers
        if speaker is not None:
            speaker.anonymity = anonymity_level(entity, speaker)
            speaker.entity = entity.id if entity is not None else None
    triples = [(e, s, v) for s, e, v in (resolved[id(a)] for a in attributions)]
    triples += _speaking_entities(resolver, attributions, resolved)
    quotes = [_quote(doc, paras, a, *resolved[id(a)]) for a in attributions]
    summaries = summarise(triples)
    entities = entity_records(resolver.entities, [(s, e) for e, s, _ in triples])
    return SourcesResult(quotes, summaries, entities)


def _speaking_entities(
    resolver: SpeakerResolver, attributions: list[Attribution], resolved: dict[int, Resolved]
) -> list[tuple[Entity, Speaker, Via | None]]:
    """Each speaker's ``entities``: its own entity, then every co-speaker of "Roe and Doe said"
    (a quote that continues theirs is spoken by all of them too).  Returns the co-speakers as
    (entity, speaker, via) so that each one is a source of the quote in its own right."""
    extra: list[tuple[Entity, Speaker, Via | None]] = []
    for a in attributions:
        first, _, via = resolved[id(a)]
        if first is not None and first.entity is not None:
            first.entities = [first.entity]
        for speaker, entity in resolver.co_speakers.get(id(a), []):
            speaker.anonymity = anonymity_level(entity, speaker)
            speaker.entity = entity.id
            if first is not None and speaker.entity not in first.entities:
                first.entities.append(entity.id)
            extra.append((entity, speaker, via))
    for a in attributions:
        source = resolved.get(id(a.inherited_from)) if a.inherited_from is not None else None
        first = resolved[id(a)][0]
        if source is not None and source[0] is not None and first is not None and len(source[0].entities) > 1:
            first.entities, first.plural = list(source[0].entities), True
    return extra


def _blanket_reasons(resolver: SpeakerResolver, attributions: list[Attribution], resolved: dict[int, Resolved]) -> None:
    """ "Current and former employees ... Some of them spoke on condition of anonymity because
    ...": the reason covers the unnamed sources the article describes with that noun ("three
    former employees said"), before or after it (sources labels: reason carried to every
    mention of the same source). A reason given with one quote's source stays with it."""
    attributed = set()
    for a in attributions:
        for ref in (a.cue, a.speaker):
            if ref is not None:
                attributed.add(ref.sentence.start)
    blankets = resolver.reasons.blankets(resolver.sentences, attributed)
    if not blankets:
        return
    for _, entity, _ in resolved.values():
        if entity is None or entity.type != "anonymous" or entity.reason or entity.vague:
            continue
        found = next((b for b in blankets if entity.head_lemma in b.heads), None)
        if found is not None:
            entity.reason = found.text
            entity.reason_boilerplate = resolver.reasons.is_boilerplate(found.text)


def _quote(
    doc: Document,
    paras: list[ParsedParagraph],
    a: Attribution,
    speaker: Speaker | None,
    entity: Entity | None,
    via: Via | None,
) -> Quote:
    line, col = doc.line_col(a.start)
    cue = None
    if a.cue is not None:
        cs, ce = cue_span(a.cue.sentence, a.cue.index)
        cue = Cue(text=doc.text[cs:ce], start=cs, end=ce, lemma=a.cue.word.lemma.lower(), kind=a.cue_kind)
    # Evidence: which mechanism attributed the quote, whether it is a repair of a misparse, and
    # whether the speaker hangs off the cue in the parse or was taken by a fallback.
    # Imported here: the registry and the patterns are only needed for this record.
    from provenance.attribution.mechanisms import MECHANISMS
    from provenance.vocab import load_vocabulary

    mechanism = {str(k): m for k, m in MECHANISMS.items()}.get(a.rule)
    if mechanism is not None:
        source: Literal["pattern", "mechanism"] = "mechanism"
        status = mechanism.status
    else:
        source = "pattern"
        patterns = {p.id: p for p in load_vocabulary().patterns}
        status = patterns[a.rule].status if a.rule in patterns else "stable"
    link: SpeakerLink
    if a.inherited_from is not None:
        link = "inherited"
    elif a.speaker is None:
        link = "frame" if a.frame is not None else "none"
    elif (
        a.cue is not None
        and a.cue.sentence is a.speaker.sentence
        and (a.speaker.word.head == a.cue.index or a.cue.word.head == a.speaker.index)
    ):
        link = "parse"
    else:
        link = "nearby"
    certain = status == "stable" and link in ("parse", "frame", "none")
    evidence = Evidence(a.rule, source, status, link, "certain" if certain else "uncertain")
    return Quote(
        kind=a.kind,
        start=a.start,
        end=a.end,
        text=doc.text[a.start : a.end],
        line=line,
        column=col,
        cue=cue,
        speaker=speaker,
        rule=a.rule,
        via=via,
        opinion=a.opinion,
        sentences=a.sentences,
        speaker_sentence=_speaker_sentence(paras, a, speaker),
        evidence=evidence,
    )


def _speaker_sentence(paras: list[ParsedParagraph], a: Attribution, speaker: Speaker | None) -> int | None:
    """For a multi-sentence quote: in which of its sentences (1-based) the speaker is named.
    A speaker named before the quote counts as sentence 1."""
    if speaker is None or a.inherited_from is not None:
        return None
    sents = sentences_overlapping(paras, a.start, a.end)
    if speaker.start < a.start:
        return 1
    for i, s in enumerate(sents, 1):
        if s.start <= speaker.start < s.end:
            return i
    return len(sents) + 1
