"""Is the speaker on both sides of a link one person (or body), and is the name spelled alike?

Names of one person vary across outlets: transliteration (al-Saidi / Al-Saeedi, Rasool / Rasul),
the article particle ("al-" / "Al-"), hyphenation, initials (J. Doe / Jane Doe), a surname alone
(Doe / Jane Doe), an acronym for a body (PMF / Popular Mobilization Forces). Those are one speaker,
reported as a variant. Two different surnames, or one surname with two different given names,
are two people. A person and an institution are only the same when the institution's name holds
the person's surname ("Trump campaign"); otherwise it is unknown, not a conflict: a spokesman
speaks for his ministry, and that is no misattribution.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

import regex

VariantKind = Literal["case", "hyphenation", "spelling", "short-form", "initials", "acronym", "member"]

# Articles and particles of Arabic, Dutch, German, French, Spanish … names: spelled and
# capitalised differently by different outlets, never what tells two people apart.
PARTICLES = frozenset("al el ul ad as ash an at az ar ad-din bin ibn bint de da di del della der van von la le".split())
# A kunya ("Abu Taqwa") is a by-name, not a given name: the word after it is skipped too.
KUNYA = frozenset({"abu", "umm", "abou"})
TITLES = frozenset(
    """mr mrs ms miss dr prof sen rep gov president vice minister secretary sheikh sheik commander
    gen general col colonel lt capt captain maj major adm admiral judge justice sir dame lord lady
    rev father imam ayatollah king queen prince princess chairman spokesman spokeswoman""".split()
)
ORG_WORDS = frozenset({"the", "of", "and", "for", "&"})
_SPLIT = regex.compile(r"[\s\-‐‑–—]+")
_LETTERS = regex.compile(r"[^\p{L}]+")
_POSSESSIVE = regex.compile(r"['’]s?$")  # "Netanyahu's", "Sanders'": the name without the possessive
_DOUBLE = regex.compile(r"(\p{L})\1+")
# Transliteration folds: one sound, several Latin spellings.
_FOLDS = (("ph", "f"), ("ck", "k"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("ei", "i"))
_H_AFTER = regex.compile(r"(?<=[bdgkt])h")


def _edits(a: str, b: str) -> int:
    """Levenshtein distance. rapidfuzz is imported on first use: most name pairs are settled
    before an edit count, and a check without an index otherwise pays its import (issue #17)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def fold_token(token: str) -> str:
    """A name word with its spelling variation folded away (Saeedi = Saidi, Rasool = Rasul)."""
    t = unicodedata.normalize("NFKD", token)
    t = _LETTERS.sub("", "".join(c for c in t if not unicodedata.combining(c))).casefold()
    for old, new in _FOLDS:
        t = t.replace(old, new)
    t = _H_AFTER.sub("", t)
    t = t[:1] + t[1:].replace("e", "i").replace("o", "u").replace("y", "i")
    return _DOUBLE.sub(r"\1", t)


def same_word(a: str, b: str) -> bool:
    """Two name words are one spelled two ways: equal once folded, or (long words) one edit apart."""
    fa, fb = fold_token(a), fold_token(b)
    if not fa or not fb or fa[0] != fb[0]:
        return False
    if fa == fb:
        return True
    # One edit apart is a transliteration, but not a final -s: Williams and William, Republicans
    # and Republican are two names (or a plural), not one name spelled two ways.
    plural = fa + "s" == fb or fb + "s" == fa
    return not plural and min(len(fa), len(fb)) >= 6 and _edits(fa, fb) <= 1


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # given names and initials, as written
    surname: str | None


def name_parts(name: str) -> NameParts:
    """A person's name as given names and a surname; titles, particles and a kunya dropped."""
    words = [_POSSESSIVE.sub("", w).strip(".,'’\"()") for w in _SPLIT.split(name.strip())]
    words = [w for w in words if w]
    kept: list[str] = []
    skip = False
    for w in words:
        low = w.casefold()
        if skip:
            skip = False
            continue
        if low in KUNYA:
            skip = True
            continue
        if low in PARTICLES or (low in TITLES and not kept):
            continue
        kept.append(w)
    if not kept:
        return NameParts((), None)
    return NameParts(tuple(kept[:-1]), kept[-1])


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:  # an initial
        return x[0].casefold() == y[0].casefold()
    # The surnames already agree: a given name one edit apart once folded (Yehia / Yahya) is
    # the same name transliterated, not a second person.
    fx, fy = fold_token(x), fold_token(y)
    return fx == fy or (fx[:1] == fy[:1] and min(len(fx), len(fy)) >= 4 and _edits(fx, fy) <= 1)


def _acronym(short: str, long: str) -> bool:
    letters = "".join(w[0] for w in _SPLIT.split(long) if w and w.casefold() not in ORG_WORDS)
    s = "".join(_LETTERS.sub("", w) for w in _SPLIT.split(short) if w.casefold() not in ORG_WORDS)
    return len(s) >= 2 and s.isupper() and s.casefold() == letters.casefold()


def _org_key(name: str) -> tuple[str, ...]:
    return tuple(fold_token(w) for w in _SPLIT.split(name) if w and w.casefold() not in ORG_WORDS and fold_token(w))


@dataclass(frozen=True)
class SpeakerMatch:
    same: bool | None  # None: a side has no named speaker, or a person and a body
    variant: VariantKind | None  # how the two spellings differ, when same and spelled differently


UNKNOWN = SpeakerMatch(None, None)
Kind = Literal["person", "organization"]


def _spelling(a: str, b: str) -> VariantKind | None:
    if a == b:
        return None
    if a.casefold() == b.casefold():
        return "case"
    if _LETTERS.sub("", a).casefold() == _LETTERS.sub("", b).casefold():
        return "hyphenation"
    return "spelling"


def match_people(a: str, b: str) -> SpeakerMatch:
    pa, pb = name_parts(a), name_parts(b)
    if pa.surname is None or pb.surname is None or not same_word(pa.surname, pb.surname):
        return SpeakerMatch(False, None)
    if not _given_compatible(pa.given, pb.given):
        return SpeakerMatch(False, None)
    variant = _spelling(pa.surname, pb.surname)
    if variant is None and len(pa.given) != len(pb.given):
        variant = "short-form"
    elif variant is None and any(len(x) != len(y) for x, y in zip(pa.given, pb.given)):
        variant = "initials"
    elif variant is None:
        variant = _spelling(" ".join(pa.given), " ".join(pb.given))
    if variant is None and _spelling(a, b) in ("case", "hyphenation"):
        variant = _spelling(a, b)  # "al-Saidi" / "Al-Saidi": the particle written another way
    return SpeakerMatch(True, variant)


def match_orgs(a: str, b: str) -> SpeakerMatch:
    if _acronym(a, b) or _acronym(b, a):
        return SpeakerMatch(True, "acronym")
    ka, kb = _org_key(a), _org_key(b)
    if not ka or not kb:
        return UNKNOWN
    if ka == kb or _plural_equal(ka, kb):
        return SpeakerMatch(True, _spelling(a.removeprefix("the ").strip(), b.removeprefix("the ").strip()))
    return SpeakerMatch(False, None)


def _plural_equal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # "Popular Mobilization Force" / "Forces": one body named in the singular and the plural.
    return len(a) == len(b) and all(x == y or x.rstrip("s") == y.rstrip("s") for x, y in zip(a, b))


def match_speakers(a: str | None, a_type: str | None, b: str | None, b_type: str | None) -> SpeakerMatch:
    """Whether two speaker names (with their speaker types) are one speaker, and the variant."""
    kinds = ("person", "organization")
    if not a or not b or a_type not in kinds or b_type not in kinds:
        return UNKNOWN
    if a_type == b_type == "person":
        return match_people(a, b)
    if a_type == b_type == "organization":
        return match_orgs(a, b)
    person, org = (a, b) if a_type == "person" else (b, a)
    surname = name_parts(person).surname
    if surname and any(same_word(surname, w) for w in _SPLIT.split(org)):
        return SpeakerMatch(True, "member")
    return UNKNOWN
