"""What makes a capitalised name a body's, never a person's (``TableBase.is_org_name``): a
known body's name or a utility's last word (``head_names.known_body_end``); an acronym the article
spells out of it ("Transport for London" with "TfL"; "The Rashtriya Jan Morcha (RJM)"); the name
written as the owner of a spokesperson or a post ("a Premiership Rugby spokesperson said", "Ryder
Cup Europe director Simon Whitcombe") when its first word is no given name (a person's name is
used so too: "a Trump spokesman", "Hillary Clinton spokesman Brian Fallon"); or a name that ends
in a poll's noun ("The Register's Iowa Poll found", "the latest Gallup Poll": a measurement, an
organisation's document); or the name of the author of a study it put out ("Global Witness said in
a report released on Tuesday"); and a role that only places the name where it is based, with or
without a trade that names bodies too (``placed_only``: "The operator, Toronto-based Sahel Ridge
Gold,")."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .head_names import known_body_end
from .number_names import NUMBER_WORDS
from .spelt_names import bracketed_acronym, spelt_by_acronym

_SPOKESPEOPLE = r"(?:spokes(?:man|woman|person)|official|representative)s?"
_POSTS = r"(?:director|chief executive|chair(?:man|woman)?|president|secretary[- ]general|executive director)"


def written_as_body(prose: str, name: str, given_first: bool, in_lex: Callable[[str, str], bool]) -> bool:
    """The article writes ``name`` as only a body's name is written (module doc); ``given_first``:
    the name opens with a given name."""
    if spelt_by_acronym(prose, name) or bracketed_acronym(prose, name) and not given_first:
        return True
    if known_body_end(in_lex, name, given_first):
        return True  # ("Greenpeace", "Thames Water")
    if given_first or len(name.split()) < 2 or not name[:1].isupper():
        return False
    if name.split()[-1].istitle() and in_lex("poll_nouns", name.split()[-1].lower()):
        return True
    if name.split()[-1].lower() in NUMBER_WORDS:
        return True  # ("Formula One", "Channel Four": no person's name ends in a number word)
    esc = regex.escape(name)
    owned = rf"\b(?:[Aa]n?|[Tt]he)\s+{esc}\s+{_SPOKESPEOPLE}\b|(?<!\p{{L}}){esc}\s+{_POSTS}\s+\p{{Lu}}\p{{Ll}}"
    # (or as the author of a study it put out: "Global Witness said in a report released on Tuesday")
    owned += rf"|(?<!\p{{L}}){esc}\s+(?:said|says|found|warned)\s+in\s+(?:a|an|its)\s+(?:new\s+|latest\s+)?{_STUDIES}\b"
    return regex.search(owned, prose) is not None


_STUDIES = r"(?:report|study|survey|analysis|audit|briefing\s+paper)"


_BASED = regex.compile(r"\p{Lu}[\p{L}.' ]*-based")


def placed_only(role: str | None, in_lex: Callable[[str, str], bool]) -> bool:
    """A role that only places the name ("Nairobi-based Kilima Research"): a body is based
    somewhere; a person has a post ("London-based analyst Jane Roe"). So does one with a trade
    that names bodies too ("The operator, Toronto-based Sahel Ridge Gold,")."""
    parts = [p.strip() for p in (role or "").split(",")]
    if not any(_BASED.fullmatch(p) for p in parts):
        return False
    rest = [p.split()[-1].lower() for p in parts if p and not _BASED.fullmatch(p)]
    return all(in_lex("person_trades", w) and not in_lex("person_roles", w) for w in rest)
