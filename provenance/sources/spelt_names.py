"""Names an acronym stands for, and names an acronym shows to be a body's: "Centers for Disease
Control and Prevention (CDC)", "Transport for London" with "TfL" later, "The Rashtriya Jan Morcha
(RJM)" (moved out of head_names.py in session 64; tests/test_acronym_names.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

from provenance.attribution.acronym_names import JOINS, acronym_shaped, initials, loosely_spells, spells
from provenance.lexical import REGEX_TIMEOUT, warn_timeout

from .outlets import ACRONYM


@lru_cache(maxsize=4096)  # (asked again for every organisation the article's table makes or types)
def spelled_out(prose: str, acronym: str, before: int) -> str | None:
    """ "Centers for Disease Control and Prevention" for "CDC" when the article wrote "Centers for
    Disease Control and Prevention (CDC)" before ``before``: the name an acronym in brackets
    follows; None when the article gave none. An acronym the article writes like a name
    ("National Electric Power Regulatory Authority (Nepra)") counts when the name spells it; one
    with small letters inside ("TfL") when the name with its small words spells it."""
    if not (2 <= len(acronym) <= 8 and acronym.isalpha()):
        return None
    capitals = acronym.isupper()
    mixed = not capitals and acronym_shaped(acronym)
    if not (capitals or mixed) and not (acronym[:1].isupper() and acronym[1:].islower()):
        return None
    found = list(regex.finditer(_BRACKETED.format(regex.escape(acronym)), prose[:before]))
    # (or after ", or": "the Indonesian Palm Oil Association, or GAPKI,")
    found = found or list(regex.finditer(_OR_ACRONYM.format(regex.escape(acronym)), prose[:before]))
    if not found:
        return _initials_before(prose, acronym) if capitals or mixed else None
    return _bracketed_name(found[-1].group("name"), acronym, capitals)


def spelt_by_acronym(prose: str, name: str) -> bool:
    """A name with a small word inside that an acronym of the article spells ("Transport for
    London" with "TfL" later): a body's name, as a person's never is (attribution/acronym_names.py)."""
    words = name.replace(",", " ").split()
    if not any(w in JOINS for w in words[1:-1]):
        return False
    acronyms = {a for a in _ACRONYM_WORD.findall(prose) if acronym_shaped(a)}
    return any(spells(a, words) or loosely_spells(a, words) for a in acronyms)


def bracketed_acronym(prose: str, name: str) -> bool:
    """A name of two words or more the article follows with its acronym in brackets ("The Rashtriya
    Jan Morcha (RJM)"): a body's, as a person's name never is."""
    words = name.split()
    if len(words) < 2 or not name[:1].isupper():
        return False
    found = regex.search(regex.escape(name) + r"\s*\(\s*(\p{Lu}[\p{L}]{1,7})\s*\)", prose)
    return found is not None and spells(found.group(1), words)


_ACRONYM_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}{1,5}(?![\p{L}])")


def _bracketed_name(name: str, acronym: str, capitals: bool) -> str | None:
    """The name in ``name`` (the words before "(ACRONYM)") the acronym stands for: from the first
    capitalised word whose words spell it, commas inside ("Department of National Parks, Wildlife
    and Plant Conservation (DNP)"), else whose initials open with it; else the words after the last
    comma, with its first letter ("Germany, France and the International Energy Agency (IEA)")."""
    words = name.split()
    bare = [w.rstrip(",") for w in words]
    starts = [k for k, w in enumerate(bare) if w[:1] == acronym[0] and w != "The" and k < len(words) - 1]
    for test in (spells, lambda a, ws: capitals and initials(ws).startswith(a)):
        k = next((k for k in starts if test(acronym, bare[k:])), -1)
        if k >= 0:
            return " ".join(words[k:])
    words = name.rsplit(",", 1)[-1].split()
    while words and (not words[0][:1].isupper() or words[0].lower() == "the"):
        words.pop(0)  # ("The" and a lower-case word before the name are no part of it)
    # (an acronym of the name in its own language spells nothing here: "... Association (GAPKI)")
    if len(words) < 2 or not capitals and (words[0][:1] != acronym[0] or not spells(acronym, words)):
        return None
    return " ".join(words)


def _initials_before(prose: str, acronym: str) -> str | None:
    """ "Euphrates Defence Forces" for "EDF": a capitalised name the article wrote before it first
    used the acronym, whose capitalised words' initials spell it (the last such name); else the
    first such name after (a headline's "KWS says" before "the Kenya Wildlife Service has said").
    With none, a name spelt but for one word inside ("CMS" of "Centers for Medicare and Medicaid
    Services": ``loosely_spells``)."""
    first = max(prose.find(acronym), 0)
    try:
        for test in (spells, loosely_spells):
            spelt = None
            for lo, hi in ((0, first), (first, len(prose))):
                for m in _CAPITALISED_RUN.finditer(prose, lo, hi, timeout=REGEX_TIMEOUT):
                    if (found := _spelt_part(m.group(0).split(), acronym, test)) is not None:
                        spelt = found
                        if lo > 0:
                            return spelt
                if spelt is not None:
                    return spelt
    except TimeoutError:
        warn_timeout("organisation names")
    return None


def _spelt_part(words: list[str], acronym: str, test: Callable[[str, list[str]], bool]) -> str | None:
    """The longest part of a capitalised run, from a capitalised word to one, that ``test`` finds
    the acronym spells (not "... Services on Tuesday": the run goes on past the name)."""
    for size in range(len(words), 1, -1):
        for k in range(len(words) - size + 1):
            part = words[k : k + size]
            if part[0][:1].isupper() and part[-1][:1].isupper() and test(acronym, part):
                return _sentence_stop_off(" ".join(part))
    return None


def _sentence_stop_off(name: str) -> str:
    """The name without the full stop of the sentence it ended ("a loan from the International
    Monetary Fund."), but an abbreviation's ("U.S.", "Inc.")."""
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > 4 and last[:-1] not in _ABBREVIATIONS:
        return name[:-1]
    return name


_ABBREVIATIONS = frozenset({"Corp", "Bros", "Assn", "Dept", "Govt"})


_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'’.&-]*(?:[ \t]+(?:(?:of|for|and|on|&)[ \t]+)?\p{Lu}[\p{L}'’.&-]*){1,7}")


# A capitalised name (with its small words) right before "(ACRONYM)"
_OR_ACRONYM = r"(?P<name>\p{{Lu}}[\p{{L}}'’.&-]*(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the)){{1,8}}),[ \t]+or[ \t]+{}\b"
_BRACKETED = r"(?P<name>(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the|de|du|des|la|el)(?:,?[ \t]+(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the|de|du|des|la|el)){{1,9}})[ \t]+\( ?{} ?\)"


def acronym_of(short: str, name: str) -> bool:
    """ "APC" of "All Progressives Congress", "FDA" of "Food and Drug Administration": an acronym
    of two to six capitals spelt by the first letters of a longer name's capitalised words."""
    if not (2 <= len(short) <= 6 and ACRONYM.fullmatch(short)) or " " not in name:
        return False
    return spells(short, name.split())
