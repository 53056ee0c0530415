"""Finding gazetteer outlets (rules/lexicons/outlets.yaml) in text, compiled once per run.

Which spellings are one outlet is decided in one place, ``provenance.outlets.outlet_key``: the
gazetteer names a found form by that identity, as the policy rules compare outlets by it.

What is found is defined by one regular expression, ``reference_regex``: the forms, longest
first, as whole words. Compiling it (~150 forms) took 10-17 ms of every cached ``check``
(issue #17), so a gazetteer whose forms are all ASCII and start with a word character finds
the same spans by dictionary lookup instead: each word that can open a form is looked up by
its first word, and the forms found there are compared longest first, as the alternation
tries them. tests/test_outlet_matcher.py checks both give the same span on every form and on
the awkward cases (case, hyphens, polling partners, Unicode case variants).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

import regex

from provenance.lazyregex import lazy_regex
from provenance.outlets import OutletIndex, outlet_key
from provenance.vocab import Lexicon

# Acronyms must match case ("AP", not "ap"); names may vary in case.
# A hyphen after an outlet's name makes another word ("Times-Picayune", "CNN-owned"), except
# before a polling partner: "an Associated Press-GfK poll", "an NBC News-Marist survey".
_POLL_PARTNER = r"\p{Lu}[\w.&]*(?:[ /-]\p{Lu}[\w.&]*)*\s+(?i:poll|polls|survey|surveys)\b"
ACRONYM = regex.compile(r"^[A-Z][A-Z&.-]{1,7}s?$")
_WORDS = lazy_regex(r"\w+")
# What may not follow a form: the reference regex's lookahead, as a match at the form's end.
_BAD_END = lazy_regex(rf"\w|-(?!{_POLL_PARTNER})")
# The regex module matches these case-insensitively with ASCII letters: the Kelvin sign and the
# long s with k and s either way; the dotted capital I only with "i", the dotless i only with
# "I". The lookup key folds all four; a span holding one of the last two is compared by regex.
_KEY_FOLD = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})
_ONE_WAY = ("\u0130", "\u0131")
_CURLY_APOSTROPHES = frozenset("\u2019\u2018\u02bc")


def fold_accents(text: str) -> str:
    """``text`` with each accented Latin letter as its bare letter ("RTÉ" -> "RTE", "Le Télégramme"
    -> "Le Telegramme") and a curly apostrophe as a straight one, one character for one, so offsets into it are offsets into ``text``: the
    gazetteer's forms are ASCII (``_FormLookup.usable``), written as English copy spells them."""
    if text.isascii():
        return text
    return "".join(_bare(c) for c in text)


def _bare(c: str) -> str:
    if c.isascii():
        return c
    if c in _CURLY_APOSTROPHES:
        return "'"  # ("L’Équipe", "Lloyd’s List", "Barron’s" as the gazetteer writes them)
    parts = unicodedata.normalize("NFD", c)
    base, marks = parts[:1], parts[1:]
    return base if base.isascii() and marks and all(unicodedata.combining(m) for m in marks) else c


# Words of a name that English copy writes either way ("the Guardian", "al-Jazeera"); not a
# foreign article, which a surname holds ("La Croix" is never "Jean de la Croix")
_FREE_WORDS = frozenset("a al an and at for in of on the to".split())


@cache
def capitals(form: str) -> tuple[int, ...]:
    """Where ``form`` has a capital the text must have too: the first letter of each of its
    capitalised words but a particle. "Roll Call" and "New Scientist" are the outlets, never "a
    roll call vote" or "a new scientist"; "ROLL CALL" in a headline is."""
    return tuple(
        w.start() for w in _WORDS().finditer(form) if w.group()[:1].isupper() and w.group().lower() not in _FREE_WORDS
    )


def _name_pattern(form: str) -> str:
    """A name form's regex: its capitals as written, its other letters in either case."""
    anchors, parts, pos = capitals(form), [], 0
    for i in anchors:
        parts += [f"(?i:{regex.escape(form[pos:i])})" if i > pos else "", regex.escape(form[i])]
        pos = i + 1
    return "".join(parts) + (f"(?i:{regex.escape(form[pos:])})" if pos < len(form) else "")


def reference_regex(forms: Sequence[str]) -> regex.Pattern[str] | None:
    """The definition of a match: any form, longest first, not inside or hyphened onto a word;
    an acronym in its own case, a name with its capitals (``capitals``)."""
    alts = sorted(((len(f), regex.escape(f) if ACRONYM.match(f) else _name_pattern(f)) for f in forms), reverse=True)
    if not alts:
        return None
    return regex.compile(rf"(?<![\w-])(?:{'|'.join(a for _, a in alts)})(?!\w|-(?!{_POLL_PARTNER}))")


def _key(text: str) -> str:
    # (the folded letters are not ASCII: an ASCII word, nearly every one, needs no translation)
    return text.lower() if text.isascii() else text.translate(_KEY_FOLD).lower()


class _FormLookup:
    """The reference regex's first match, by lookup: forms grouped by their first word."""

    def __init__(self, forms: Sequence[str]) -> None:
        # first word -> (length, form, acronym?) longest first; acronyms under their exact
        # spelling, names under their key
        self.acronyms: dict[str, list[tuple[int, str, bool]]] = {}
        self.names: dict[str, list[tuple[int, str, bool]]] = {}
        for f in set(forms):
            first = _WORDS().match(f)
            assert first is not None  # usable() checked every form opens with a word character
            acronym = bool(ACRONYM.match(f))
            table, word = (self.acronyms, first.group()) if acronym else (self.names, _key(first.group()))
            table.setdefault(word, []).append((len(f), f, acronym))
        for table in (self.acronyms, self.names):
            for entries in table.values():
                entries.sort(reverse=True)

    @staticmethod
    def usable(forms: Sequence[str]) -> bool:
        """Whether lookup finds what the regex finds: ASCII forms that open with a word
        character (their first word is then the text's whole word at a match)."""
        return all(f.isascii() and _WORDS().match(f) for f in forms)

    def search(self, text: str) -> tuple[int, int] | None:
        for word in _WORDS().finditer(text):
            start = word.start()
            if start and text[start - 1] == "-":
                continue  # (?<![\w-]): a word run is never preceded by a word character
            acronyms, names = self.acronyms.get(word.group()), self.names.get(_key(word.group()))
            if not acronyms and not names:
                continue  # (most words open no outlet's name)
            for length, form, acronym in sorted((acronyms or []) + (names or []), reverse=True):
                end = start + length
                if self._same(text[start:end], form, acronym) and not _BAD_END().match(text, end):
                    return start, end
        return None

    @staticmethod
    def _same(span: str, form: str, acronym: bool) -> bool:
        if acronym:
            return span == form
        if any(i >= len(span) or span[i] != form[i] for i in capitals(form)):
            return False
        if any(c in span for c in _ONE_WAY):
            return regex.fullmatch(f"(?i:{regex.escape(form)})", span) is not None
        return len(span) == len(form) and _key(span) == _key(form)


# The outlets a media noun can stand for, by their gazetteer kind (any, when not listed).
_MEDIA_KINDS = {
    "newspaper": ("newspaper",),
    "network": ("broadcaster",),
    "broadcaster": ("broadcaster",),
    "channel": ("broadcaster",),
    "television": ("broadcaster", "state"),
    "tv": ("broadcaster", "state"),
    "radio": ("broadcaster", "state"),
}


class OutletGazetteer:
    def __init__(self, lexicon: Lexicon) -> None:
        self.index = OutletIndex.from_entries((e.name, e.forms) for e in lexicon.entries)
        self.names = {outlet_key(e.name, self.index): e.name for e in lexicon.entries}
        forms = [f for e in lexicon.entries for f in e.forms]
        self.lookup = _FormLookup(forms) if _FormLookup.usable(forms) else None
        self.rx = None if self.lookup is not None else reference_regex(forms)
        self.kinds = {e.name: str(e.attrs.get("kind") or "") for e in lexicon.entries}

    def canonical(self, form: str) -> str:
        """The gazetteer name of a form the regex matched (the form itself if unknown)."""
        key = outlet_key(form, self.index)
        return self.names.get(key) or self.names.get(outlet_key(fold_accents(form), self.index), form)

    def _searchable(self, text: str) -> str:
        """``text`` with its accented letters bare when every form is ASCII ("RTÉ" is found as
        "RTE", at the same offsets); a gazetteer with accented forms reads the text as written."""
        return fold_accents(text) if self.lookup is not None else text

    def span_in(self, text: str) -> tuple[int, int] | None:
        """Where the first gazetteer form in ``text`` is (the reference regex's first match)."""
        if self.lookup is not None:
            return self.lookup.search(text)
        m = self.rx.search(text) if self.rx is not None else None
        return m.span() if m else None

    def first_in(self, text: str) -> tuple[str, int, int] | None:
        """The canonical name of the first gazetteer outlet in ``text``, with its span."""
        span = self.span_in(self._searchable(text))
        if span is None:
            return None
        start, end = span
        return self.canonical(text[start:end]), start, end

    def holding_possessive(self, text: str, name: str) -> str | None:
        """The outlet a mention's ``text`` names with a possessive before ``name`` ("Lloyd's
        List", which the parse reads as a name with its owner), or None."""
        found = self.first_in(text)
        return found[0] if found and regex.search(r"['’]s " + regex.escape(name) + "$", text[: found[2]]) else None

    def spans_in(self, text: str) -> list[tuple[int, int]]:
        """Where every gazetteer outlet in ``text`` is, in order, none overlapping."""
        spans: list[tuple[int, int]] = []
        pos = 0
        folded = self._searchable(text)
        while (span := self.span_in(folded[pos:])) is not None:
            spans.append((pos + span[0], pos + span[1]))
            pos += span[1]
        return spans

    def all_in(self, text: str) -> list[str]:
        """Every distinct outlet named in ``text``, in order."""
        return list(dict.fromkeys(self.canonical(text[s:e]) for s, e in self.spans_in(text)))

    def last_of_kind(self, text: str, noun: str) -> str | None:
        """The last gazetteer outlet named in ``text`` that a media noun can stand for ("the
        newspaper" is no network), or None."""
        kinds = _MEDIA_KINDS.get(noun)
        names = [self.canonical(text[s:e]) for s, e in self.spans_in(text)]
        return next((n for n in reversed(names) if kinds is None or self.kinds.get(n) in kinds), None)
