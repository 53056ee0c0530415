"""Pretags for names and cues the tagger read as other words (see ``pretags``; called from
``pretag_speakers.speaker_pretags``).

A capitalised function word inside a name: "Tom Were Ouma, a local trader, said" had "Were" the
copula of "Ouma", with "Tom" its subject, so the speaker came out "Ouma", typed an organisation.
Such a word (read as an auxiliary, a verb, an adverb, ...) between two capitalised proper nouns,
the only other word of their capitalised run, is a proper noun; not a title's ("headlined The
Rats Are Scurrying", several function words), nor in a headline in title case ("Smith Will Run").

A closing cue after a dated participle, read as a noun: "The company misled investors, a lawsuit
filed Friday alleges." had "alleges" a plural noun (the object of "filed", "Friday" its compound),
so nothing was alleged ("records released Wednesday show." the same). A speech or finding verb
right after a participle in "-ed" and a day, closing the sentence or a clause, is a finite verb.

A surname that is also a common word, after an inverted cue: '"...," says Little, 46.' had "Little"
an adjective, the object of "says", and the age the speaker. A capitalised word read as an
adjective, an adverb, a noun or a verb right after a finite speech verb, before a comma, a full
stop or a proper noun, is a proper noun.

An inverted cue after a closing quote mark, read as a noun: '"...," notes Achebe-Fenwick.' had
"notes" a noun (the compound of the name), so the quotation had no speaker. A speech verb's "-s"
or past form right after a closing quote mark and before a capitalised word is a finite verb."""

from __future__ import annotations

from typing import Any

import regex

from .pretag_titles import joined as _joined
from .pretag_titles import title_case_line

# Finite forms of the speech verbs a reporter puts right after a source's name (or before it)
PAST_CUES = frozenset(
    "said told added wrote argued warned insisted explained noted claimed recalled testified acknowledged "
    "conceded replied countered".split()
)
PRESENT_CUES = frozenset(
    "says tells adds writes argues warns insists explains notes claims recalls testifies acknowledges "
    "concedes replies counters".split()
)

INNER_NAME_WORD = regex.compile(r"\p{Lu}\p{L}+ \p{Lu}\p{Ll}+ \p{Lu}\p{L}+")
# (the tags a function word or a verb gets; an adjective inside a name, "Pearson International Airport", is the
# tagger's usual reading, which the name layer already reads as a name's word)
_INNER_TAGS = frozenset({"AUX", "VERB", "ADV", "ADP", "SCONJ", "CCONJ", "PART"})


def inner_name_words(doc: Any) -> Any:
    """Tag a capitalised word read as a function word between two capitalised proper nouns a proper
    noun ("Tom Were Ouma") where it is the only word of its capitalised run that is no proper noun,
    in a run of at most five words (a title's words in a sentence are several: "headlined The Rats
    Are Scurrying", "The Problem With Hillary"); returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        if title_case_line(words):
            continue
        for k in range(1, len(words) - 1):
            w, before, after = words[k], words[k - 1], words[k + 1]
            if w.upos not in _INNER_TAGS or not str(w.text).istitle() or len(str(w.text)) < 2:
                continue
            if not (before.upos == after.upos == "PROPN" and str(before.text)[:1].isupper()):
                continue
            run = _capitalised_run(words, k)
            if len(run) <= _NAME_RUN and all(words[i].upos == "PROPN" for i in run if i != k):
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


_NAME_RUN = 5


def _capitalised_run(words: Any, k: int) -> list[int]:
    """The indices of the capitalised words around word ``k``, with no mark or space-less join between."""
    lo = k
    while lo > 0 and str(words[lo - 1].text)[:1].isupper() and not _joined(words[lo - 1], words[lo]):
        lo -= 1
    hi = k
    while hi + 1 < len(words) and str(words[hi + 1].text)[:1].isupper() and not _joined(words[hi], words[hi + 1]):
        hi += 1
    return list(range(lo, hi + 1))


# Days a participle's time names with no preposition ("released Monday", "filed yesterday")
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday".split()
# (in "-s", or the plural's bare form: "records released Wednesday show.")
_DATED_CUES = PRESENT_CUES | frozenset(
    "alleges shows finds suggests indicates reveals states concludes say show find suggest indicate reveal allege "
    "state conclude claim".split()
)
DATED_CUE = regex.compile(r"\wed (?:" + "|".join(_DAYS) + r") (?:" + "|".join(sorted(_DATED_CUES)) + r")[.,]")


def dated_cues(doc: Any) -> Any:
    """Tag such a cue after "<participle> <day>" a finite verb ("a lawsuit filed Friday alleges.");
    returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words) - 1):
            w, day, part = words[k], words[k - 1], words[k - 2]
            if w.upos == "VERB" or str(w.text) not in _DATED_CUES or str(day.text) not in _DAYS:
                continue
            if part.upos == "VERB" and str(part.text).endswith("ed") and str(words[k + 1].text) in (".", ","):
                number = "Sing|Person=3" if str(w.text).endswith("s") else "Plur"
                w.upos, w.xpos = "VERB", "VBZ" if number != "Plur" else "VBP"
                w.feats = f"Mood=Ind|Number={number}|Tense=Pres|VerbForm=Fin"
    return doc


CUE_SURNAME = regex.compile(r"\b(?:" + "|".join(sorted(PAST_CUES | PRESENT_CUES)) + r") \p{Lu}\p{Ll}+[,.]")
_WORD_TAGS = frozenset({"ADJ", "ADV", "NOUN", "VERB"})


def cue_surnames(doc: Any) -> Any:
    """Tag such a surname after an inverted cue a proper noun ('says Little, 46.'); returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            w, cue, after = words[k], words[k - 1], words[k + 1]
            if w.upos not in _WORD_TAGS or not str(w.text).istitle() or str(cue.text) not in PAST_CUES | PRESENT_CUES:
                continue
            if str(after.text) in (",", ".") or after.upos == "PROPN":
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


INVERTED_CUE = regex.compile(r"[\"”'’] (?:" + "|".join(sorted(PAST_CUES | PRESENT_CUES)) + r") \p{Lu}")
_CLOSING = frozenset({'"', "”", "'", "’"})


def inverted_cues(doc: Any) -> Any:
    """Tag such a cue after a closing quote mark a finite verb ('," notes Achebe-Fenwick.'); returns
    the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words) - 1):
            w, mark = words[k], words[k - 1]
            if w.upos == "VERB" or str(mark.text) not in _CLOSING or not str(words[k + 1].text)[:1].isupper():
                continue
            if str(words[k - 2].text) not in (",", "?", "!") or str(w.text) not in PAST_CUES | PRESENT_CUES:
                continue  # (the quotation's own comma or mark before its closing quote mark)
            tense = "Pres|Number=Sing|Person=3" if str(w.text) in PRESENT_CUES else "Past"
            w.upos, w.xpos, w.feats = (
                "VERB",
                "VBZ" if "Pres" in tense else "VBD",
                f"Mood=Ind|Tense={tense}|VerbForm=Fin",
            )
    return doc


def names_key(text: str) -> str:
    """The part of a paragraph's parse-cache key for these pretags (``pretags.pretag_key``)."""
    return (
        ("/inw3" if INNER_NAME_WORD.search(text) else "")
        + ("/dtc1" if DATED_CUE.search(text) else "")
        + ("/csn1" if CUE_SURNAME.search(text) else "")
        + ("/ivc1" if INVERTED_CUE.search(text) else "")
    )
