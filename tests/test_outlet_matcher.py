"""The outlet gazetteer's dictionary lookup finds exactly what its reference regex finds (issue
#17: the lookup replaced compiling a ~150-form alternation at every start).

``first`` compares the two on one text; the cases cover every packaged form in several
spellings and contexts, the hyphen and polling-partner rule, case, and the Unicode characters
the regex module folds onto ASCII letters."""

from __future__ import annotations

import sys

import pytest
import regex

from provenance.sources.outlets import _KEY_FOLD, _ONE_WAY, OutletGazetteer, _FormLookup, reference_regex
from provenance.vocab import Entry, Lexicon, load_vocabulary

LEXICON = load_vocabulary().lexicon("outlets")
FORMS = [f for e in LEXICON.entries for f in e.forms]
GAZETTEER = OutletGazetteer(LEXICON)
REFERENCE = reference_regex(FORMS)


def first(text: str) -> tuple[int, int] | None:
    """The lookup's span, after checking the reference regex gives the same one."""
    assert REFERENCE is not None
    m = REFERENCE.search(text)
    found = GAZETTEER.span_in(text)
    assert found == (m.span() if m else None), text
    return found


def test_the_packaged_gazetteer_uses_the_lookup() -> None:
    assert GAZETTEER.lookup is not None and GAZETTEER.rx is None


@pytest.mark.parametrize("form", FORMS)
def test_every_form_in_every_context_matches_as_the_regex_does(form: str) -> None:
    spellings = {form, form.lower(), form.upper(), form.title(), form.swapcase()}
    contexts = [
        "{}",
        "said {} on Monday",
        "told {}.",
        "({})",
        "x{}",
        "{}x",
        "{}-owned",
        "pro-{} crowd",
        "{}'s reporter",
        "an {}-Marist poll",
        "a {}-GfK survey found",
        "{}-gfk poll",
        "{}_1",
        "«{}»",
        "{}-",
        "the {}/Ipsos poll",
    ]
    for spelling in spellings:
        for context in contexts:
            first(context.format(spelling))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Times-Picayune said", (0, 18)),  # (its own entry: not "The Times")
        ("an AP-NORC survey", (3, 5)),
        ("an Associated Press-GfK poll found", (3, 19)),
        ("an NBC News-Marist poll", (3, 11)),
        ("the CNN-owned site", None),
        ("ap reported", None),  # acronyms keep their case
        ("Ap reported", None),
        ("associated press reported", None),  # a name keeps its capitals
        ("the Associated press reported", None),
        ("told the associated Press", None),
        ("the guardian and the Guardian", (17, 29)),  # not "the", a particle
        ("an al-Jazeera reporter", (3, 13)),
        ("THE ASSOCIATED PRESS reported", (0, 20)),
        ("Tass and TASS and tass", (0, 4)),
        ("dpa and Dpa", (0, 3)),
        ("per the L.A. Times", (8, 18)),
        ("NBC's Today show", (0, 11)),
        ("said the BBC", (5, 12)),
        ("said Reuters_news", None),
        ("USA TODAY and USA Today", (0, 9)),
        ("Al-Sumaria TV reported", (0, 13)),
        ("Fox Business Network-owned", (0, 12)),  # the longest form fails, a shorter one fits
        ("state-run media said", (0, 15)),
        ("", None),
    ],
)
def test_awkward_cases(text: str, span: tuple[int, int] | None) -> None:
    assert first(text) == span


def test_unicode_case_variants_match_as_the_regex_does() -> None:
    # the regex module's case-insensitive matching folds these onto ASCII letters, some one way
    for text in ("\u212aYODO News", "Reuter\u017f", "\u0130nterfax", "\u0131nterfax", "Antara \u0130", "A\u017fia"):
        first(text)
    first("PBS NewsHour \u0130s")


def test_the_lookup_key_folds_exactly_the_characters_the_regex_does() -> None:
    """Over all of Unicode: a text character has an ASCII character's key exactly when the
    regex matches it case-insensitively (the one-way characters are compared by regex)."""
    chars = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)
    by_key: dict[str, set[str]] = {}
    for c in chars:
        by_key.setdefault(c.translate(_KEY_FOLD).lower(), set()).add(c)
    for ascii_char in sorted({c for f in FORMS for c in f} | set("abcdefghijklmnopqrstuvwxyz")):
        hits = set(regex.findall(f"(?i:{regex.escape(ascii_char)})", chars)) - set(_ONE_WAY)
        assert by_key[ascii_char.lower()] - set(_ONE_WAY) == hits, ascii_char


def test_a_gazetteer_the_lookup_cannot_handle_keeps_the_regex() -> None:
    # a newsroom's outlet with a non-ASCII name, or one opening with a symbol
    for extra in (Entry("Süddeutsche Zeitung", ("SZ",)), Entry("@nytimes")):
        gazetteer = OutletGazetteer(Lexicon("outlets", "", [*LEXICON.entries, extra]))
        assert gazetteer.lookup is None and gazetteer.rx is not None
        assert gazetteer.first_in(f"told the {extra.name}-GfK poll") == (extra.name, 9, 9 + len(extra.name))
        assert gazetteer.first_in("told The Associated Press.") == ("Associated Press", 5, 25)
    assert _FormLookup.usable(["AP", "The Times"]) and not _FormLookup.usable(["AP", ""])


def test_random_texts_match_as_the_regex_does() -> None:
    """Fixed-seed texts stitched from forms, their pieces and awkward joiners."""
    import random

    rng = random.Random(17)
    pieces = [*FORMS, *(w for f in FORMS for w in f.split()), "GfK", "Marist", "poll", "survey", "said", "x"]
    joiners = [" ", "-", "", ".", "'s ", " / ", "\n", "_", "\u0130", "\u017f", "(", ") "]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            piece = rng.choice(pieces)
            piece = rng.choice([piece, piece.lower(), piece.upper(), piece.swapcase()])
            parts += [piece, rng.choice(joiners)]
        text = "".join(parts)
        first(text)
        first(text[rng.randint(0, len(text)) :])
