"""Hand-built parses for tests that need no model."""

from provenance.syntax.tree import Sentence, Word


def sentence(rows) -> Sentence:
    """rows: (text, lemma, upos, head, deprel) with 0-based heads, -1 for the root."""
    words, pos = [], 0
    for i, (text, lemma, upos, head, rel) in enumerate(rows):
        words.append(Word(i, text, lemma, upos, "", head, rel, pos, pos + len(text)))
        pos += len(text) + 1
    return Sentence(words, 0, pos - 1)
