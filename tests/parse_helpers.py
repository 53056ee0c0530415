"""Hand-built parses for tests that need no model."""

from __future__ import annotations

from functools import cache
from typing import Any

from provenance.attribution import Attribution, Attributor, ParsedParagraph
from provenance.document import Document, make_document
from provenance.quotemarks import pair_marks
from provenance.syntax.tree import Sentence, Word
from provenance.vocab import load_vocabulary

Row = tuple[str, str, str, int, str]  # text, lemma, upos, head (0-based, -1 root), deprel
FeatRow = tuple[str, str, str, int, str, str]  # ... and the word's morphological features


def sentence(rows: list[Row] | list[FeatRow], offset: int = 0) -> Sentence:
    """rows: (text, lemma, upos, head, deprel[, feats]) with 0-based heads, -1 for the root;
    words are separated by one space and start at ``offset``, but a word written with a leading
    "##" follows the word before it with no space ("Quintanilla", "##-", "##Reyes")."""
    words, pos, parts = [], offset, []
    for i, (text, lemma, upos, head, rel, *feats) in enumerate(rows):
        glued = text.startswith("##") and i > 0
        text = text[2:] if glued else text
        pos -= 1 if glued else 0
        words.append(Word(i, text, lemma, upos, feats[0] if feats else "", head, rel, pos, pos + len(text)))
        parts.append(text if glued or i == 0 else " " + text)
        pos += len(text) + 1
    return Sentence(words, offset, pos - 1, "".join(parts))


def article(paragraphs: list[list[list[Row]]]) -> tuple[Document, list[ParsedParagraph]]:
    """A plain-text document whose paragraphs (blank-line separated) hold the given sentences,
    each sentence's words joined by single spaces, with the matching parses."""
    texts, parsed, pos = [], [], 0
    for index, sents in enumerate(paragraphs):
        built, start = [], pos
        for rows in sents:
            s = sentence(rows, pos)
            built.append(s)
            pos = s.end + 1
        para_text = " ".join(s.text for s in built)
        texts.append(para_text)
        parsed.append(ParsedParagraph(index, start, start + len(para_text), built))
        pos = start + len(para_text) + 2
    doc = make_document("\n\n".join(texts), "hand-built.txt", markdown=False)
    return doc, parsed


def attribute_sentence(rows: list[Row] | list[FeatRow]) -> tuple[str, list[Attribution]]:
    """The packaged vocabulary's attributions of a one-sentence article built from ``rows``."""
    doc, paras = article([[rows]])  # type: ignore[list-item]
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, _attributor().attribute(doc.text, paras, spans)


@cache
def _attributor() -> Attributor:
    return Attributor(load_vocabulary())


def quote_then_said(after: list[Row]) -> list[Row]:
    """“ The road is closed , ” said <after> .  — heads in ``after`` count from its first word."""
    head: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("road", "road", "NOUN", 4, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("closed", "closed", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
    ]
    shifted = [(t, lem, u, h + 8 if h >= 0 else 7, r) for t, lem, u, h, r in after]
    return head + shifted + [(".", ".", "PUNCT", 7, "punct")]


def according_to_report(outlet: str) -> list[Row]:
    """Roe , according to the <outlet> report , rebuffed the pressure .  — with "report" hung on
    the subject, as the packaged parser read such a sentence."""
    return [
        ("Roe", "Roe", "PROPN", 8, "nsubj"),
        (",", ",", "PUNCT", 0, "punct"),
        ("according", "accord", "VERB", 6, "case"),
        ("to", "to", "ADP", 6, "case"),
        ("the", "the", "DET", 6, "det"),
        (outlet, outlet, "PROPN", 6, "compound"),
        ("report", "report", "NOUN", 0, "nmod"),
        (",", ",", "PUNCT", 0, "punct"),
        ("rebuffed", "rebuff", "VERB", -1, "root"),
        ("the", "the", "DET", 10, "det"),
        ("pressure", "pressure", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 8, "punct"),
    ]


def tagged_document(words: list[tuple[str, str]], text: str) -> Any:
    """A Stanza document of one tagged sentence (word, upos) over ``text``, as the tagger hands it
    to the pretags (syntax/pretags.py): no model needed."""
    import stanza  # (only the pretag tests need it)

    entries, pos = [], 0
    for i, (w, upos) in enumerate(words, 1):
        start = text.index(w, pos)
        pos = start + len(w)
        entries.append({"id": i, "text": w, "upos": upos, "xpos": "X", "start_char": start, "end_char": pos})
    return stanza.Document([entries], text=text)
