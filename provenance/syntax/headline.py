"""Title Case headlines as the parser should read them.

"Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police Shooting Comments": the tagger
reads every capitalised word of a Title Case line as part of a proper name, so the headline has
no verb and no attribution can be found in it. The parser is given the line with the first letter
of each verb form of the ``headline_verbs`` lexicon and of each auxiliary in lower case ("...
Christie calls Hillary ..."); same length, so every offset holds, and the analysis reads the original text. Only a
single line that is Title Case (four or more content words, at least 80% of them capitalised),
never its first word.
"""

from __future__ import annotations

import regex

# Words Title Case leaves in lower case (articles, short prepositions, conjunctions)
_SMALL = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with", "as", "from",
     "vs", "via", "nor", "per", "is", "be"}
)  # fmt: skip
# Auxiliaries and modals, never part of a name in a headline: in lower case too ("Trump 'The
# Dealmaker' Could Address Clean Energy"). Not "May" or "Will", which are names as well.
_AUXILIARIES = frozenset(
    {"could", "would", "should", "can", "might", "must", "shall", "is", "are", "was", "were", "has", "have",
     "had", "does", "did", "do", "be", "been", "being"}
)  # fmt: skip
_WORD = regex.compile(r"\p{L}[\p{L}’'-]*")
_MIN_CONTENT = 4
_MAX_LENGTH = 300  # longer than any headline


def headline_view(text: str, verbs: frozenset[str]) -> str:
    """``text`` with the headline verbs of a Title Case line in lower case (else ``text``)."""
    line = text.strip()
    if not verbs or not line or "\n" in line or len(line) > _MAX_LENGTH:
        return text
    words = list(_WORD.finditer(text))
    content = [m.group() for m in words if m.group().lower() not in _SMALL]
    if len(content) < _MIN_CONTENT or sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return text
    out = list(text)
    for m in words[1:]:
        w = m.group()
        if w[0].isupper() and w[1:].islower() and (w.lower() in verbs or w.lower() in _AUXILIARIES):
            out[m.start()] = w[0].lower()
    return "".join(out)
