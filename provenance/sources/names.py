"""Names of people as the article writes them: courtesy titles, gender evidence, matching tokens.

The word lists are lexicons (rules/lexicons/honorifics.yaml, gender_words.yaml,
given_names.yaml), read once per run into ``NameVocab``; only the personal pronouns, a closed
class of the grammar, are here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from provenance.vocab import Vocabulary

from .outlets import fold_accents

Gender = Literal["female", "male"]
# Words that open a father's name after a person's own (Malay, Arabic naming: "Nor Azlina Abdul
# Karim", "Khairul Anuar Mohd Noor"): the words before it are the given name copy calls them by
FATHERS_NAME_OPENERS = frozenset(
    {"bin", "binti", "binte", "bte", "abdul", "abd", "ibn", "bint", "a/l", "a/p", "mohd", "muhd", "md", "mohamad"}
)
PRONOUN_GENDER: dict[str, Gender] = {
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    "he": "male", "him": "male", "his": "male", "himself": "male",
}  # fmt: skip


@dataclass(frozen=True)
class NameVocab:
    """Courtesy titles (dropped from names) and the words that show a person's gender."""

    honorifics: frozenset[str]
    gender_words: dict[str, Gender]
    given_names: dict[str, Gender]  # for agreement only, never reported

    @classmethod
    def build(cls, vocab: Vocabulary) -> NameVocab:
        genders: dict[str, Gender] = {}
        given: dict[str, Gender] = {}
        honorifics: set[str] = set()
        for lexicon in ("honorifics", "gender_words"):
            for e in vocab.lexicon(lexicon).entries:
                forms = [f.lower() for f in e.forms]
                if lexicon == "honorifics":
                    honorifics.update(forms)
                g = e.attrs.get("gender")
                if g in ("female", "male"):
                    genders.update(dict.fromkeys(forms, g))
        for e in vocab.lexicon("given_names").entries:
            g = e.attrs.get("gender")
            if g in ("female", "male"):
                given.update(dict.fromkeys((f.lower() for f in e.forms), g))
        return cls(frozenset(honorifics), genders, given)

    def given_name_gender(self, tokens: list[str]) -> Gender | None:
        """The gender of a full name's given name ("donald trump": male), for agreement only."""
        if len(tokens) < 2:
            return None
        # (the lexicon is ASCII: "Amélie" is "amelie"; a double given name is its first's: "Anne-Marie")
        first = tokens[0]
        found = self.given_names.get(first) or self.given_names.get(fold_accents(first))
        return found or (self.given_names.get(fold_accents(first.split("-")[0])) if "-" in first else None)

    def gender_of(self, text: str) -> Gender | None:
        """Gender a mention shows by its own words ("Mrs. Roe", "spokeswoman Jane Roe")."""
        # (a courtesy title in capitals is an acronym, a party's or a broadcaster's: "an MR MP")
        words = [
            w.lower() for w in text.replace(",", " ").split() if not (w.isupper() and w.lower() in self.honorifics)
        ]
        found = {self.gender_words[w] for w in words if w in self.gender_words}
        return found.pop() if len(found) == 1 else None

    def is_honorific(self, word: str) -> bool:
        """A courtesy title, with its period or without ("Mr", "Mrs.", "Dr")."""
        return word.lower().rstrip(".") in {h.rstrip(".") for h in self.honorifics}

    def tokens(self, name: str) -> list[str]:
        """A person's name as lower-case tokens without courtesy titles, for matching mentions."""
        # (a nickname in marks is no part of the name to match: 'Dolores "Dee" Marchetti')
        tokens = fold_name(_NICKNAME.sub("", clean_name(name)).lower()).split()
        return [t for t in tokens if t not in self.honorifics] or tokens

    def nickname_form(self, name: str) -> list[str] | None:
        """ "bobby scott" of 'Robert C. "Bobby" Scott': the nickname and the surname, as tokens."""
        m = _NICKNAME.search(name)
        if m is None:
            return None
        return [m.group("nick").lower(), *self.tokens(name)[-1:]]


def fold_name(text: str) -> str:
    """ "wisniewski" for "wiśniewski", "yildiz" for "yıldız": copy often drops a name's diacritics
    on a later mention, so names are matched without them (with the letters that have no
    decomposition into a base letter and a mark, too)."""
    return text if text.isascii() else fold_accents(text.translate(_BASE_LETTERS))


_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d"})


def clean_name(name: str) -> str:
    """A name without invisible format characters: "Traeger\\u200b" (a zero-width space left by a
    web page) is Traeger."""
    # (ASCII has no format characters: most names skip the regex)
    return name.strip() if name.isascii() else _FORMAT_CHARS.sub("", name).strip()


_FORMAT_CHARS = regex.compile(r"\p{Cf}+")
_NICKNAME = regex.compile(r"[ \t]+[\"“] ?(?P<nick>\p{Lu}[\p{L}.'’-]*) ?[\"”](?=[ \t]+\p{Lu})")


def closed_brackets(text: str) -> str:
    """A description cut before its closing bracket, closed ("Sen. Joe Manchin (D-W.Va.)")."""
    return text + ")" if text.count("(") > text.count(")") else text


_TITLE_WORDS = regex.compile(r"(?:(?:\p{Lu}[\p{L}.'’&-]*,?|of|for|on|the|and|&|,)(?:\s+|$))+")  # ("Economy, Trade and")


def body_name(name: str) -> str:
    """An organisation's name without the article written before it when the rest is all title
    case: "The Department of Justice" is the Department of Justice; "The company" stays."""
    if name[:4] in ("The ", "the ") and _TITLE_WORDS.fullmatch(name[4:]) is not None:
        return name[4:]
    return name


def which_follows(text: str, end: int) -> bool:
    """ "Pillowtree, which says ...": "which" after a name, a relative for a thing, not a person."""
    return _WHICH.match(text, end) is not None


_WHICH = regex.compile(r"\s*,\s*which\b")
