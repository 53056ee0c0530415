"""Sentence splits the tokenizer makes after an abbreviation that never ends a sentence.

The compact tokenizer often ends a sentence after the title in "said Sen. Ben Sasse (R-Neb.), a
member of ..." or after the month in "on Sept. 11": the speaker's name then opens a sentence
of its own, and the cue keeps only the title ("Sen.") as its subject. Across the dev corpora
this happened about a hundred times (Sen. 42, Gov. 16, Ms. 13, Mrs. 12, Rep. 9, ...). The two
pieces are joined back before tagging and parsing, when the next piece starts on the same line
with a capital (after a title) or a digit (after a month). A piece that ends in a word, with no
mark at all, is joined to the next on its line too ("Canadian actor | Oh said ...": a name the
tokenizer read as an interjection), and so is a piece that ends in an abbreviation's stop
before a lower-case word ("16 lbs. | since he signed up"), and a name's initials after a
capitalised word ("Minister D.K. | Shivakumar said"). A title the tokenizer does not know,
or knows only in some contexts, comes out as a word and a stop of its own ("Coun | .", "Sen |
."): the pieces are joined, and the two tokens made one again ("Coun.") so the tagger reads a
title, not a name with a full stop.

The multi-word-token expander, trained on "it's" = "it" + "'s", also splits a capitalised
possessive "Its" into "It" + "s" (no apostrophe in the text): "Its spokesman, Jane Roe, said"
was parsed as "It's spokesman" with "the plan works" taken for the speaker; and a name as
"gonna" is split ("Donna" as "Don" + "na"). Such a token is one word again (``_unsplit_its``:
any capitalised token split with no apostrophe) before tagging; the parse cache keys the paragraphs that contain
"Its" apart (``split_key``), so their older trees are parsed anew; so are paragraphs with a
name's initials.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

# Titles that stand before a name, never at the end of a sentence. Not "Sr.", "Jr.", "St.",
# "Co.", "Inc.": those end a name and may well end a sentence ("... said John Smith Jr.").
TITLES = frozenset(
    """sen sens rep reps gov govs lt gen col sgt capt cmdr adm maj cpl pvt dr drs mr mrs ms messrs
    prof rev hon atty supt det insp pres amb coun couns cst const ald fr msgr brig spc pfc del dels""".split()
)
# Month abbreviations, joined only when a day number follows ("Sept. 11").
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _joins(first: list[dict[str, Any]], second: list[dict[str, Any]], text: str) -> bool:
    last, nxt = first[-1], second[0]
    word = str(last.get("text", ""))
    gap = text[int(last.get("end_char", 0)) : int(nxt.get("start_char", 0))]
    if "\n" in gap or gap.strip():
        return False
    following = str(nxt.get("text", ""))[:1]
    if word[-1:].isalnum():
        # no stop at all: "Canadian actor | Oh said ...", cut before a name read as an
        # interjection; a sentence inside a line ends with a mark
        return following.isalnum()
    if following.isalpha() and following.islower() and (word == "." or word[:-1].isalpha() and word.endswith(".")):
        # a stop before a lower-case word: "he's lost 16 lbs. since he signed up", with the stop
        # a token of its own or not (edited copy never opens a sentence in lower case)
        return True
    if word == "." and len(first) >= 2 and following.isupper():
        # a title the tokenizer does not know, its stop a token of its own: "Coun. | Amy Ho"
        title = first[-2]
        joined = int(title.get("end_char", 0)) == int(last.get("start_char", 0))
        return joined and str(title.get("text", "")).lower() in TITLES
    if _INITIALS.fullmatch(word) and following.isupper() and len(first) >= 2 and _in_name(first[-2], word, nxt):
        return True  # (a name's initials: "Deputy Chief Minister D.K. | Shivakumar said")
    if (
        _INITIALS.fullmatch(word)
        and following.isupper()
        and _POSSESSIVE_NAME.match(text, int(nxt.get("start_char", 0)))
    ):
        return True  # (a body named with a country's initials, in the possessive: "sits on U.S. | Steel's board")
    if not word.endswith(".") or len(word) < 3:
        return False
    stem = word[:-1].lower()
    if stem in _CLOCK and str(nxt.get("text", "")).lower().rstrip(".") in _AFTER_CLOCK:
        return True  # ("shortly after 9 p.m. | Wednesday near a power line, officials said")
    return (stem in TITLES and following.isupper()) or (stem in MONTHS and following.isdigit())


# A time of day's abbreviation, and the capitalised words that go on after it in the same
# sentence: a day, a month, a time zone ("9 p.m. Wednesday", "10 a.m. ET"); any other capital
# after it opens a sentence ("He left at 9 p.m. The next day ...")
_CLOCK = frozenset({"a.m", "p.m"})
_AFTER_CLOCK = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist aest local""".split()
)


# Initials ("D.K.", "H.D.", "R."): a name goes on after them
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
# Words that open a sentence after an abbreviation ("in the U.S. | The company said")
_OPENERS = frozenset("the a an he she it they we i you this that these those but and or so in on at".split())


def _in_name(before: dict[str, Any], initials: str, nxt: dict[str, Any]) -> bool:
    """The initials follow a capitalised word (a title or a first name), or two or more follow a
    lower-case title ("KPCC president D.K. | Shivakumar"; not a preposition or an article:
    "exports to the U.S. | Officials said"), and come before a word that opens no sentence: the
    name goes on."""
    prev, following = str(before.get("text", "")), str(nxt.get("text", ""))
    if not prev.isalpha() or following.lower() in _OPENERS:
        return False
    if prev[:1].isupper():
        return True
    return len(initials) >= 4 and len(prev) >= 4 and prev.islower() and prev not in _NOT_TITLES


# Lower-case words of four letters or more that come before a place's initials, not a name's
_NOT_TITLES = frozenset(
    """from with into onto over across about above after against along among around before behind
    below beneath beside between beyond during except inside near outside since than through
    throughout toward towards under until upon within without including""".split()
)


def _shifted(entry: dict[str, Any], by: int) -> dict[str, Any]:
    entry = dict(entry)
    ident = entry["id"]
    entry["id"] = tuple(i + by for i in ident) if isinstance(ident, tuple) else ident + by
    return entry


def _words(sentence: list[dict[str, Any]]) -> int:
    return sum(1 for e in sentence if not isinstance(e["id"], tuple))


def _merged_title_stops(sentence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentence with each title the tokenizer cut from its stop ("Sen", ".") one token again
    ("Sen."), as the tagger knows it, when a capitalised word follows."""
    out: list[dict[str, Any]] = []
    drop = 0
    i = 0
    while i < len(sentence):
        e = sentence[i]
        nxt = sentence[i + 1] if i + 1 < len(sentence) else None
        after = sentence[i + 2] if i + 2 < len(sentence) else None
        if (
            nxt is not None
            and after is not None
            and not isinstance(e["id"], tuple)
            and not isinstance(nxt["id"], tuple)
            and str(e.get("text", "")).lower() in TITLES
            and nxt.get("text") == "."
            and e.get("end_char") == nxt.get("start_char")
            and str(after.get("text", ""))[:1].isupper()
        ):
            merged = _shifted(e, -drop)
            merged["text"] = str(e["text"]) + "."
            merged["end_char"] = nxt["end_char"]
            out.append(merged)
            drop += 1
            i += 2
            continue
        out.append(_shifted(e, -drop) if drop else e)
        i += 1
    return out


Entry = dict[str, Any]


def _merged(sentence: list[Entry], joins: Callable[[Entry, Entry, Entry | None], bool]) -> list[Entry]:
    """The sentence with each token that ``joins`` (the token kept before it, itself, the token
    after it) says belongs to the one before, written with no space between, merged into it."""
    out: list[Entry] = []
    drop = 0
    for i, e in enumerate(sentence):
        prev = out[-1] if out else None
        nxt = sentence[i + 1] if i + 1 < len(sentence) else None
        if (
            prev is not None
            and prev.get("end_char") == e.get("start_char")
            and not isinstance(e["id"], tuple)
            and not isinstance(prev["id"], tuple)
            and joins(prev, e, nxt)
        ):
            prev["text"] = str(prev["text"]) + str(e["text"])
            prev["end_char"] = e["end_char"]
            drop += 1
            token = out[-2] if len(out) >= 2 else None
            if token is not None and isinstance(token["id"], tuple) and token["id"][-1] - token["id"][0] == 1:
                # (the two words of a multi-word token are one again, "Lanú" "s" of "Lanús": the
                # token entry goes, or later steps would count a word of the sentence as its second)
                out.pop(-2)
                prev.update({"misc": token["misc"]} if token.get("misc") else {})
            continue
        out.append(_shifted(e, -drop) if drop else dict(e))
    return out


def _merged_plus(sentence: list[Entry]) -> list[Entry]:
    """The sentence with each acronym the tokenizer cut from its "+" ("OPEC", "+") one token again
    ("OPEC+", the producer group), so the "+" is no coordinator of a second subject."""

    def plus(prev: Entry, e: Entry, nxt: Entry | None) -> bool:
        ends = nxt is None or nxt.get("start_char") != e.get("end_char")
        return e.get("text") == "+" and ends and _ACRONYM_PLUS.fullmatch(str(prev.get("text", "")) + "+") is not None

    return _merged(sentence, plus)


_ACRONYM_PLUS = regex.compile(r"\p{Lu}[\p{Lu}\d]+\+")


def _merged_letters(sentence: list[Entry]) -> list[Entry]:
    """The sentence with each word the tokenizer cut at a letter it rarely saw one token again
    ("Tomá" "š" for "Tomáš", "Dvořá" "ková"): the English tokenizer splits some names at a
    letter with a diacritic, and the parser then makes the second part a word of its own."""

    def letters(prev: Entry, e: Entry, _nxt: Entry | None) -> bool:
        a, b = str(prev.get("text", "")), str(e.get("text", ""))
        return bool(_LETTERS.fullmatch(a) and _LETTERS.fullmatch(b)) and not (a[-1:] + b[:1]).isascii()

    return _merged(sentence, letters)


_LETTERS = regex.compile(r"\p{L}+")


def _merged_general_titles(sentence: list[Entry]) -> list[Entry]:
    """The sentence with each title in "-general" one token again ("director" "-" "general" for
    "director-general"): the parser reads the three pieces as a noun, a dash and a second noun
    ("The department's director-general, Hisham al-Khatib, said" lost its subject)."""

    def general(prev: Entry, e: Entry, nxt: Entry | None) -> bool:
        a, b = str(prev.get("text", "")).lower(), str(e.get("text", "")).lower()
        if b == "-":
            return a in _GENERAL_TITLES and nxt is not None and str(nxt.get("text", "")).lower() == "general"
        return b == "general" and a.endswith("-") and a[:-1] in _GENERAL_TITLES

    return _merged(sentence, general)


# Titles written with "-general" after them
_GENERAL_TITLES = frozenset(
    "director secretary attorney solicitor governor inspector auditor surgeon postmaster consul "
    "commissioner procurator prosecutor comptroller registrar adjutant vicar".split()
)
_GENERAL_TITLE = regex.compile(r"(?i)\b(?:" + "|".join(sorted(_GENERAL_TITLES)) + r")-general\b")


def _merged_prefixes(sentence: list[Entry]) -> list[Entry]:
    """The sentence with each word written with a prefix and a hyphen one token again ("Co" "-"
    "founder" or "Co" "-founder" for "Co-founder", "vice" "-" "president"): the tokenizer keeps
    "co-founder" whole but cuts a capitalised one, and the parser then reads "Co" as a name and
    "-founder" as a second person ("Co-founder and CEO Daniel Roe said" had the speaker
    "Co-founder"; "Ex-President Jane Roe said" the speaker "Ex")."""

    def prefix(prev: Entry, e: Entry, nxt: Entry | None) -> bool:
        a, b = str(prev.get("text", "")), str(e.get("text", ""))
        if b == "-":  # (a lone hyphen: only when the word after it is written on)
            return a.lower() in _PREFIXES and nxt is not None and nxt.get("start_char") == e.get("end_char")
        if a.endswith("-") and a[:-1].lower() in _PREFIXES:
            return _LETTERS.fullmatch(b) is not None
        return a.lower() in _PREFIXES and b[:1] == "-" and _LETTERS.fullmatch(b[1:]) is not None

    return _merged(sentence, prefix)


# Prefixes English writes with a hyphen and never as a word on their own
_PREFIXES = frozenset({"co", "vice", "ex", "non"})
_PREFIXED = regex.compile(r"(?i)\b(?:" + "|".join(sorted(_PREFIXES)) + r")-\p{L}")


def join_title_splits(doc: Any) -> Any:
    """The tokenized Stanza document with every title/month split joined back; the document
    itself when there is none. (Heads are not set yet: only ids need renumbering.)"""
    import stanza  # noqa: PLC0415 - only called once the pipeline is loaded

    sentences = doc.to_dict()
    out: list[list[dict[str, Any]]] = sentences[:1]
    for sentence in sentences[1:]:
        if _joins(out[-1], sentence, doc.text):
            by = _words(out[-1])
            out[-1] = out[-1] + [_shifted(e, by) for e in sentence]
        else:
            out.append(sentence)
    merged = [
        _unsplit_its(_merged_prefixes(_merged_general_titles(_merged_letters(_merged_plus(_merged_title_stops(s))))))
        for s in out
    ]
    if len(out) == len(sentences) and all(len(a) == len(b) for a, b in zip(merged, out)):
        return doc
    joined = stanza.Document(merged, text=doc.text)
    joined._provenance_joined = len(sentences) - len(out)
    return joined


_ITS = regex.compile(r"\bIts\b")
_SPLIT_NAME = regex.compile(r"\b\p{Lu}\p{Ll}*nna\b")  # ("Donna", "Hanna": as "gonna" splits)


# A name's initials between capitalised words ("Minister D.K. Shivakumar"): joined since session 32;
# after a lower-case title ("president D.K. Shivakumar") since session 33
_NAME_INITIALS = regex.compile(r"\b\p{Lu}\p{L}+ (?:\p{Lu}\.)+ \p{Lu}")
_TITLE_INITIALS = regex.compile(r"\b\p{Ll}{4,} (?:\p{Lu}\.){2,} \p{Lu}")


def split_key(text: str) -> str:
    """The part of a paragraph's parse-cache key that says its "Its" was kept one word and its
    names' initials kept in their sentence (so trees cached before any of them are parsed anew)."""
    return (
        ("/its1" if _ITS.search(text) else "")
        + ("/nna1" if _SPLIT_NAME.search(text) else "")
        + ("/ini1" if _NAME_INITIALS.search(text) else "")
        + ("/ini2" if _TITLE_INITIALS.search(text) else "")
        + ("/clk1" if _CLOCK_BEFORE_CAPITAL.search(text) else "")
        + ("/pls1" if _ACRONYM_PLUS_IN_TEXT.search(text) else "")
        + ("/ltr2" if _NON_ASCII_LETTER.search(text) else "")
        + ("/gen1" if _GENERAL_TITLE.search(text) else "")
        + ("/pfx1" if _PREFIXED.search(text) else "")
        + ("/del1" if _DELEGATE.search(text) else "")
        + ("/ipo1" if _INITIALS_POSSESSIVE.search(text) else "")
    )


# A delegate's title ("Del. Karen Holloway"), a title since session 55; a body named with a
# country's initials in the possessive ("U.S. Steel's board"), joined since session 55
_DELEGATE = regex.compile(r"\bDels?\. \p{Lu}")
_POSSESSIVE_NAME = regex.compile(r"\p{Lu}\p{L}+['’]s\s")
_INITIALS_POSSESSIVE = regex.compile(r"\b(?:\p{Lu}\.){2,} \p{Lu}\p{L}+['’]s\b")


_ACRONYM_PLUS_IN_TEXT = regex.compile(r"\b\p{Lu}[\p{Lu}\d]+\+(?![\w+])")
_NON_ASCII_LETTER = regex.compile(r"(?=\p{L})[^\x00-\x7F]")


# Tokens the expander splits with no apostrophe that English writes as one: "cannot" = "can" +
# "not", "gonna" = "gon" + "na"; any other it splits without one is a word, whatever the model
# learned from these ("Donna" as "Don" + "na", "Hanna" as "Han" + "na", "Its" as "It" + "s")
_JOINED_WORDS = frozenset("cannot gonna wanna gotta dunno lemme gimme outta".split())


def _unsplit(e: dict[str, Any]) -> bool:
    text = str(e.get("text", ""))
    if "'" in text or "\u2019" in text or text.lower() in _JOINED_WORDS:
        return False
    return text.lower() == "its" or text[:1].isupper()


def _unsplit_its(sentence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentence with each "Its" the expander split into "It" + "s" one word again, and each
    capitalised word it split with no apostrophe ("Donna" as "Don" + "na")."""
    out: list[dict[str, Any]] = []
    drop = 0
    i = 0
    while i < len(sentence):
        e = sentence[i]
        ident = e["id"]
        if isinstance(ident, tuple) and _unsplit(e) and ident[-1] - ident[0] == 1:
            out.append(
                {
                    "id": ident[0] - drop,
                    "text": e["text"],
                    "start_char": e.get("start_char"),
                    "end_char": e.get("end_char"),
                }
            )
            drop += 1
            i += 3  # (the token and its two words)
            continue
        out.append(_shifted(e, -drop) if drop else e)
        i += 1
    return out


_CLOCK_BEFORE_CAPITAL = regex.compile(r"\b[ap]\.m\. \p{Lu}")
