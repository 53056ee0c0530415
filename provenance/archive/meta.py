"""An article's outlet and date, from what the article itself says.

Order: front matter (``date:``, ``outlet:`` / ``source:``; the keys are ``MetaKeys``), then a
date stamp line near the top ("Published: 12 March 2024", "March 12, 2024", the export stamp
"date 2024-01-04"), then for the outlet a dateline or credit line ("BAGHDAD (Reuters) —",
"(With inputs from AP)") as the existing credit finder reads it, then a default outlet given on
the command line, else unknown. Never the file's modification time: a copy, a checkout or a
backup restore changes it, and an index ordered by it would call a reprint the original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import regex

from provenance.document import Document
from provenance.document import front_matter as read_front_matter
from provenance.outlets import outlet_key
from provenance.records import ArticleResult

OutletSource = Literal["front-matter", "credit", "config", "unknown"]
DateSource = Literal["front-matter", "stamp", "unknown"]


@dataclass(frozen=True)
class MetaKeys:
    """Which front-matter keys name the date and the outlet (first present wins), and the outlet
    to assume when an article names none (``provenance index --outlet``)."""

    date: tuple[str, ...] = ("date", "published", "pubdate", "published_at")
    outlet: tuple[str, ...] = ("outlet", "source", "publisher", "publication")
    default_outlet: str | None = None


DEFAULT_META_KEYS = MetaKeys()


@dataclass(frozen=True)
class ArticleFacts:
    outlet: str | None
    outlet_source: OutletSource
    date: str | None
    date_source: DateSource
    credited: tuple[str, ...]


_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    r"(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    rf"|{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"
    rf"|{_WEEKDAY}(?P<month2>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?\s+(?P<day2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4}))"
)
_TIME = r"(?:(?:[T ]|,\s*|\s+(?:at\s+)?)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|UTC[+-]\d{1,2})?)?"
_LABEL = r"(?:date|dated|published|posted|first published|updated|last updated)(?:\s+on)?"
_DATE_ONLY = regex.compile(rf"^\s*{_DATE}{_TIME}\s*$", regex.I)
# A labelled stamp may run into the story ("date 2024-01-04 The US has ..."); a bare date must
# be the whole line, or "March 12, 2024 was a quiet day" would be read as a stamp.
_STAMP_LINE = regex.compile(
    rf"^[ \t]*(?:(?P<label>{_LABEL})[ \t]*:?[ \t]*{_DATE}{_TIME}|{_DATE}{_TIME}[ \t]*$)", regex.I | regex.M
)
STAMP_LINES = 5  # a stamp is metadata above the story: only the first few non-blank lines


def front_matter(text: str) -> dict[str, str]:
    """Top-level scalar keys of YAML (``---``) or TOML (``+++``) front matter (provenance.document)."""
    return read_front_matter(text)[1]


def _iso(m: regex.Match[str]) -> str | None:
    try:
        if m.group("y"):
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("year"):
            day = dt.date(int(m.group("year")), _MONTHS[m.group("month").casefold()], int(m.group("day")))
        else:
            day = dt.date(int(m.group("year2")), _MONTHS[m.group("month2").casefold()], int(m.group("day2")))
    except ValueError:  # "2024-02-30": not a date, so no date
        return None
    return day.isoformat()


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a front-matter value or stamp, or None."""
    m = _DATE_ONLY.match(value)
    return _iso(m) if m else None


def _after_front_matter(text: str) -> int:
    return read_front_matter(text)[0]


def stamp_date(text: str) -> str | None:
    """The date of a stamp line among the first non-blank lines after any front matter."""
    seen = 0
    for line in text[_after_front_matter(text) :].splitlines():
        if not line.strip():
            continue
        m = _STAMP_LINE.match(line)
        if m:
            return _iso(m)
        seen += 1
        if seen >= STAMP_LINES:
            break
    return None


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((fields[k.casefold()] for k in keys if fields.get(k.casefold())), None)


def _credit_outlet(result: ArticleResult) -> str | None:
    """The outlet a dateline names ("BAGHDAD (Reuters) —"), else the first credit line's."""
    for kind in ("dateline", "credit"):
        for credit in result.credits:
            if credit.kind == kind and credit.outlets:
                return credit.outlets[0]
    return None


def article_facts(doc: Document, result: ArticleResult, keys: MetaKeys = DEFAULT_META_KEYS) -> ArticleFacts:
    fields = front_matter(doc.text)
    credited = tuple(dict.fromkeys(outlet_key(o) for c in result.credits for o in c.outlets))
    outlet: str | None = _first(fields, keys.outlet)
    outlet_source: OutletSource = "front-matter"
    if outlet is None:
        outlet, outlet_source = _credit_outlet(result), "credit"
    if outlet is None:
        outlet, outlet_source = keys.default_outlet, "config"
    if outlet is None:
        outlet_source = "unknown"
    raw_date = _first(fields, keys.date)
    date: str | None = parse_date(raw_date) if raw_date else None
    date_source: DateSource = "front-matter"
    if date is None:
        date, date_source = stamp_date(doc.text), "stamp"
    if date is None:
        date_source = "unknown"
    return ArticleFacts(outlet, outlet_source, date, date_source, credited)
