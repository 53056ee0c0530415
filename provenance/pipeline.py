"""text -> parse -> quotes -> attribution -> sources: one article in, one ArticleResult out."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.document import Document, blank_spans, with_prose
from provenance.models import resolve_model
from provenance.quotemarks import QuoteSpan, pair_marks
from provenance.quotes import (
    MIN_SPEECH_WORDS,
    Attribution,
    Attributor,
    ParsedParagraph,
    classify,
    cue_span,
    looks_like_speech,
)
from provenance.records import ArticleResult, Credit, Cue, MarkIssue, Quote, Speaker
from provenance.sources import SourceModel, SourceResolver, anonymity_level, find_credits, search_any, summarise
from provenance.syntax.cache import ParseCache
from provenance.syntax.parser import Parser, shift_sentences
from provenance.vocab import Vocabulary, load_vocabulary


@dataclass
class Analysis:
    """What a run needs once: vocabulary, compiled source model, and the (lazy) parser."""

    vocab: Vocabulary
    sources: SourceModel
    parser: Parser

    @classmethod
    def create(cls, vocab: Vocabulary | None = None, model: str | None = None, use_cache: bool = True) -> Analysis:
        vocab = vocab or load_vocabulary()
        spec = resolve_model(model)
        return cls(vocab, SourceModel.build(vocab), Parser(spec, ParseCache() if use_cache else None))


def parse_documents(parser: Parser, docs: list[Document]) -> list[list[ParsedParagraph]]:
    """Parse every paragraph of every document in one batch; offsets become file offsets."""
    texts = [p.text for d in docs for p in d.paragraphs]
    parsed = parser.parse(texts)
    out: list[list[ParsedParagraph]] = []
    k = 0
    for d in docs:
        paras = []
        for p in d.paragraphs:
            paras.append(ParsedParagraph(p.index, p.start, p.end, shift_sentences(parsed[k], p.start, d.text)))
            k += 1
        out.append(paras)
    return out


def _sentences_overlapping(paras: list[ParsedParagraph], start: int, end: int):
    return [s for p in paras for s in p.sentences if s.start < end and start < s.end]


def _count_sentences(paras: list[ParsedParagraph], start: int, end: int) -> int:
    return max(1, len(_sentences_overlapping(paras, start, end)))


def find_attributions(
    analysis: Analysis, doc: Document, paras: list[ParsedParagraph], spans: list[QuoteSpan]
) -> list[Attribution]:
    text = doc.text
    attributor = Attributor(analysis.vocab)
    top = [s for s in spans if s.depth == 0]
    found: list[Attribution] = []
    for para in paras:
        found.extend(attributor.pattern_attributions(text, para, top))
    # Quote-mark spans that no pattern claimed.
    claimed = [(a.start, a.end) for a in found]
    for span in top:
        if any(s <= span.start and span.end <= e for s, e in claimed):
            continue
        if any(span.start < e and s < span.end for s, e in claimed):
            continue  # partly inside a reported clause: already part of a mixed quote
        sents = _sentences_overlapping(paras, span.start, span.end)
        para_index = next((p.index for p in paras if p.start <= span.start < p.end), 0)
        hit = attributor.adjacent_cue(text, span, sents)
        if hit is not None:
            cue, speaker, rule = hit
            found.append(
                Attribution(
                    "direct",
                    span.start,
                    span.end,
                    rule,
                    cue=cue,
                    speaker=speaker,
                    via=attributor.find_via(cue.sentence, cue.index),
                    paragraph=para_index,
                )
            )
        elif (frame := attributor.that_frame(span, sents)) is not None:
            cue, speaker, start = frame
            found.append(
                Attribution(
                    "mixed",
                    start,
                    span.end,
                    "that-frame",
                    cue=cue,
                    speaker=speaker,
                    via=attributor.find_via(cue.sentence, cue.index),
                    paragraph=para_index,
                )
            )
        elif looks_like_speech(text, span):
            found.append(Attribution("direct", span.start, span.end, "unattributed", paragraph=para_index))
    # Sentences that close on "..., X reported." with no attribution yet: the parse lost the link.
    for para in paras:
        for sent in para.sentences:
            if any(a.start < sent.end and sent.start < a.end for a in found):
                continue
            if (tail := attributor.trailing_frame(sent)) is not None:
                cue, speaker, start, end = tail
                found.append(
                    Attribution(
                        "indirect",
                        start,
                        end,
                        "trailing-frame",
                        cue=cue,
                        speaker=speaker,
                        via=attributor.find_via(cue.sentence, cue.index),
                        paragraph=para.index,
                    )
                )
    # An object-content reading ("announced the strike") yields to a quote or clause the same
    # cue introduces.
    cue_users: dict[tuple[int, int], int] = {}
    for a in found:
        if a.cue is not None:
            cue_users[(id(a.cue.sentence), a.cue.index)] = cue_users.get((id(a.cue.sentence), a.cue.index), 0) + 1
    found = [a for a in found if not (a.rule == "object-content" and cue_users[(id(a.cue.sentence), a.cue.index)] > 1)]
    found.sort(key=lambda a: a.start)
    _inherit_from_neighbours(found, paras, text)
    found = _vague_frames(analysis, text, paras, found)
    for a in found:
        a.kind = classify(text, a.start, a.end, top)  # type: ignore[assignment]
        a.sentences = _count_sentences(paras, a.start, a.end)
    return found


def _vague_frames(
    analysis: Analysis, text: str, paras: list[ParsedParagraph], found: list[Attribution]
) -> list[Attribution]:
    """Statements sourced to nobody in particular: "It is understood that ...", "... reportedly
    ...". A speakerless attribution in such a sentence gets the frame; a sentence with a frame
    and no attribution becomes an indirect quote of its own."""
    for para in paras:
        for sent in para.sentences:
            m = search_any(analysis.sources.vague_frames, text[sent.start : sent.end], "vague_frames")
            if m is None:
                continue
            frame = (sent.start + m.start(), sent.start + m.end())
            inside = [a for a in found if sent.start <= a.start < sent.end or a.start <= sent.start < a.end]
            for a in inside:
                if a.speaker is None and a.inherited_from is None:
                    a.frame = frame
            if inside:
                continue
            # The claim is the sentence without the frame words and the final punctuation.
            words = [w for w in sent.words if not (frame[0] <= w.start < frame[1]) and w.upos != "PUNCT"]
            while words and (words[0].lemma.lower() in ("that", ",") or words[0].upos == "CCONJ"):
                words.pop(0)
            if len(words) < MIN_SPEECH_WORDS:
                continue
            found.append(
                Attribution("indirect", words[0].start, words[-1].end, "vague-frame", paragraph=para.index, frame=frame)
            )
    found.sort(key=lambda a: a.start)
    return found


def _only_quote_in_paragraph(a: Attribution, paras: list[ParsedParagraph], text: str) -> bool:
    para = next((p for p in paras if p.start <= a.start < p.end), None)
    return para is not None and not text[para.start : a.start].strip() and len(text[a.end : para.end].strip(" .,;")) < 3


def _inherit_from_neighbours(found: list[Attribution], paras: list[ParsedParagraph], text: str) -> None:
    """A quote with no cue takes the speaker of the attributed statement just before it when the
    text makes that the natural reading: the quote is its own paragraph right after the
    attributed one, or the next sentence of the same paragraph."""
    for i, a in enumerate(found):
        if a.rule != "unattributed":
            continue
        prev = next((b for b in reversed(found[:i]) if b.speaker is not None), None)
        if prev is None:
            continue
        same_para = prev.paragraph == a.paragraph
        # A paragraph that is only a quote continues the last quoted speaker, across at most
        # one paragraph of narrative in between.
        next_para = 0 < a.paragraph - prev.paragraph <= 2 and _only_quote_in_paragraph(a, paras, text)
        between = [
            b for b in found[:i] if b.start > prev.start and b.rule == "unattributed" and b.inherited_from is None
        ]
        if (same_para or next_para) and not between:
            a.speaker, a.cue, a.via = prev.speaker, None, prev.via
            a.rule = "neighbour-previous"
            a.inherited_from = prev


def analyse_document(
    analysis: Analysis, doc: Document, paras: list[ParsedParagraph], credits: list[Credit] | None = None
) -> ArticleResult:
    spans, problems = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    attributions = find_attributions(analysis, doc, paras, spans)
    resolver = SourceResolver(
        analysis.sources,
        doc,
        [s for p in paras for s in p.sentences],
        [(s.start, s.end) for s in spans if s.depth == 0],
    )
    result = ArticleResult(path=doc.path)
    pairs = []
    resolved: dict[int, tuple] = {}
    for a in attributions:
        if a.inherited_from is not None and id(a.inherited_from) in resolved:
            speaker, entity, via = resolved[id(a.inherited_from)]
            speaker = Speaker(**{**speaker.__dict__}) if speaker else None
            if speaker is not None:
                speaker.resolved_by = "neighbour-previous"
        else:
            speaker, entity, via = resolver.speaker_for(a)
        resolved[id(a)] = (speaker, entity, via)
        pairs.append((a, speaker, entity, via))
    # Reasons can appear after an entity's first quote: levels are set once all are known.
    quotes = []
    for a, speaker, entity, via in pairs:
        if speaker is not None and entity is not None:
            speaker.reason = entity.reason
            speaker.reason_boilerplate = entity.reason_boilerplate
            speaker.plural = entity.plural
        if speaker is not None:
            speaker.anonymity = anonymity_level(entity, speaker)
        line, col = doc.line_col(a.start)
        cue = None
        if a.cue is not None:
            cs, ce = cue_span(a.cue.sentence, a.cue.index)
            kind = (
                "preposition"
                if a.cue.word.lemma.lower() in ("according", "cite", "citing", "per", "quote")
                else ("cognition" if a.opinion else "speech")
            )
            cue = Cue(text=doc.text[cs:ce], start=cs, end=ce, lemma=a.cue.word.lemma.lower(), kind=kind)  # type: ignore[arg-type]
        quotes.append(
            Quote(
                kind=a.kind,  # type: ignore[arg-type]
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
            )
        )
    result.quotes = quotes
    result.sources = summarise([(e, s, v) for _, s, e, v in pairs])
    if credits is None:
        credits = find_credits(analysis.sources, doc)
    result.credits = [c for c in credits if c.kind != "photo"]
    result.photo_credits = [c for c in credits if c.kind == "photo"]
    for p in problems:
        line, col = doc.line_col(p.offset)
        result.mark_issues.append(MarkIssue(char=p.char, start=p.offset, line=line, column=col, problem=p.problem))
    return result


def _speaker_sentence(paras: list[ParsedParagraph], a: Attribution, speaker: Speaker | None) -> int | None:
    """For a multi-sentence quote: in which of its sentences (1-based) the speaker is named.
    A speaker named before the quote counts as sentence 1."""
    if speaker is None or a.inherited_from is not None:
        return None
    sents = _sentences_overlapping(paras, a.start, a.end)
    if speaker.start < a.start:
        return 1
    for i, s in enumerate(sents, 1):
        if s.start <= speaker.start < s.end:
            return i
    return len(sents) + 1


def analyse(
    docs: list[Document], vocab: Vocabulary | None = None, model: str | None = None, analysis: Analysis | None = None
) -> list[ArticleResult]:
    """Analyse documents end to end; all their paragraphs are parsed in one batch."""
    analysis = analysis or Analysis.create(vocab, model)
    # Credit, dateline and photo lines are found first and blanked from the text the parser and
    # the quote finder see: "BAGHDAD (Reuters) —" is not part of the first sentence's subject.
    credits = [find_credits(analysis.sources, d) for d in docs]
    views = [
        with_prose(d, blank_spans(d.prose, [(c.start, c.end) for c in cs])) if cs else d for d, cs in zip(docs, credits)
    ]
    parsed = parse_documents(analysis.parser, views)
    return [analyse_document(analysis, v, p, cs) for v, p, cs in zip(views, parsed, credits)]
