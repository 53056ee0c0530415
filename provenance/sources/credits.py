"""Credit lines, datelines and photo credits (rules/lexicons/credit_lines.yaml), kept apart
from the sources of quotes."""

from __future__ import annotations

import functools

import regex

from provenance.document import Document
from provenance.errors import ProvenanceError
from provenance.kinds import CREDIT_KINDS
from provenance.lexical import REGEX_TIMEOUT, warn_timeout
from provenance.records import Credit

from .model import SourceModel


def _named_outlets(model: SourceModel, named: str | None, outlets: list[str]) -> list[str]:
    """An outlet the gazetteer does not know, from the pattern's ``outlet`` group: "(With
    inputs from The Tribune)"."""
    if not named or model.outlets.first_in(named):
        return outlets
    for part in regex.split(r"\s*(?:,|;|/|\band\b)\s*", named.strip()):
        part = regex.sub(r"^[Tt]he\s+", "", part.strip(" ."))
        if part[:1].isupper() and part not in outlets:
            outlets.append(part)
    return outlets


@functools.cache
def _compiled(pattern: str, flags: int) -> regex.Pattern[str]:
    """Each credit-line pattern compiled once per run, not once per article (issue #17); an
    invalid one raises regex.error every time (errors are not cached)."""
    return regex.compile(pattern, flags)


def find_credits(model: SourceModel, doc: Document) -> list[Credit]:
    """Credit, dateline and photo lines, each once (the first pattern to claim a span wins)."""
    lex = model.vocab.lexicon("credit_lines")
    credits: list[Credit] = []
    taken: list[tuple[int, int]] = []
    for entry in lex.entries:
        flags = regex.V0 if entry.attrs.get("case_sensitive") else regex.I | regex.V0
        try:
            rx = _compiled(entry.name, flags)
            matches = list(rx.finditer(doc.prose, timeout=REGEX_TIMEOUT))
        except TimeoutError:
            warn_timeout(lex.path)
            continue
        except regex.error as err:
            raise ProvenanceError(f"invalid regular expression {entry.name!r} ({err})", lex.path) from None
        kind = str(entry.attrs.get("kind", "credit"))
        if kind not in CREDIT_KINDS:
            raise ProvenanceError(f"credit kind must be one of: {', '.join(CREDIT_KINDS)}", lex.path)
        for m in matches:
            start, end = m.start(), m.end()
            while start < end and doc.text[start].isspace():
                start += 1
            if start >= end or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            line, col = doc.line_col(start)
            text = doc.text[start:end].strip()
            outlets = _named_outlets(model, m.groupdict().get("outlet"), model.outlets.all_in(text))
            credits.append(Credit(kind, text, start, start + len(text), line, col, outlets=outlets))
    credits.sort(key=lambda c: c.start)
    return credits


# A byline: "By Danny Pratt, Chief Football Writer", "By Jane Roe and John Doe | Reuters". The
# writers are no one the article quotes or refers back to: their names and titles are not
# antecedents (a "chief" later is not the byline's "Chief Football Writer").
_BYLINE = regex.compile(
    r"\s*[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|)\s*[^.!?]*)?\s*"
)


# A byline without "By": a name and the writer's desk ("Gareth Pryce, Rugby Correspondent")
_DESK_BYLINE = regex.compile(
    r"\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*(?:[\p{L}'’-]+\s+){0,3}"
    r"(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist)\s*"
)


def is_byline(line: str) -> bool:
    """A paragraph that is only a byline (at most twelve words, no sentence of its own)."""
    return len(line.split()) <= 12 and (_BYLINE.fullmatch(line) is not None or _DESK_BYLINE.fullmatch(line) is not None)
