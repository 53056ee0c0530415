"""A body's name the parse read apart, which the article's own acronym shows to be one name.

"Transport for London said ..." with "TfL" later in the article; "The Centers for Medicare and
Medicaid Services said ..." with "CMS". The parse hangs "for London" on "Transport" as a
modifier, or makes "Medicaid Services" a second conjunct, so the speaker came out as "Transport" (a
person) or "Centers for Medicare". A name whose capitalised words (and small words, for a mixed-case
acronym like "TfL") spell an acronym the article uses is one name: attribution/body_names.py's
``joined_runs`` makes it one ``flat`` name under its last word. The article is the evidence, not a
list: an acronym in the same article that spells the run. Only runs with a small word inside
("for", "of", "and", "&") are joined; a run of capitalised words alone the parse keeps whole.
Part of ``repairs.repair_paragraphs``, before the sentence repairs. Tests: tests/test_acronym_names.py.

The spelling itself (``initials``, ``spells``, ``loosely_spells``) is shared with the sources stage,
which links the acronym to the name it spells (sources/head_names.spelled_out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from provenance.syntax.tree import Sentence

from .body_names import joined_runs
from .model import ParsedParagraph
from .tree_edits import is_tree, moved, retagged

JOINS = frozenset({"of", "for", "and", "on"})
# (the small words a name's run may hold: those sources/name_runs.py keeps inside one name)
_SMALL = frozenset({"of", "for", "and", "&", ","})


def initials(words: list[str]) -> str:
    """The letters a name's capitalised words give its acronym: the first of each, and all of a
    short word in capitals or with full stops ("U.S. Department of Agriculture": USDA; "HM
    Revenue and Customs": HMRC)."""
    out = []
    for w in words:
        bare = w.replace(".", "")
        if bare.isalpha() and bare.isupper() and len(bare) <= 3:
            out.append(bare)
        elif w[:1].isupper():
            out.append(w[0])
    return "".join(out)


def spells(acronym: str, words: list[str]) -> bool:
    """The acronym is the name's: its initials, or those of the name without its last "of" phrase
    or "and" conjunct ("ACLU" of "American Civil Liberties Union of Ohio", "CDC" of "Centers for
    Disease Control and Prevention")."""
    letters = acronym.upper()
    # (or with the small words' letters too: "MDOT" of "Michigan Department of Transportation",
    # "TfL" of "Transport for London"; or a word's inner capital: "WDSF" of "World DanceSport Federation")
    camel = [part for w in words for part in regex.findall(r"\p{Lu}\p{Ll}+|[^\p{Lu}]+|\p{Lu}+(?!\p{Ll})", w) or [w]]
    if letters in (initials(words), initials([w.capitalize() if w in JOINS else w for w in words]), initials(camel)):
        return True
    for cut in ("of", "and"):
        if cut in words:
            k = len(words) - 1 - words[::-1].index(cut)
            if k >= 2 and initials(words[:k]) == letters:
                return True
    return False


def loosely_spells(acronym: str, words: list[str]) -> bool:
    """The acronym is the name's initials but for one of two words inside it that open with the
    same letter ("CMS" of "Centers for Medicare and Medicaid Services"): the first and the last
    letters the name's own. Not any word left out: "NBA" is no "National Basketball Players
    Association", the players' union beside the league."""
    letters, name = acronym.upper(), initials(words)
    if len(letters) < 3 or len(name) != len(letters) + 1:
        return False
    return any(
        name[:k] + name[k + 1 :] == letters and name[k] in (name[k - 1], name[k + 1]) for k in range(1, len(name) - 1)
    )


def acronym_shaped(text: str) -> bool:
    """Two to six letters, a capital first and at least two capitals: "CMS", "TfL", "DfE"."""
    return 2 <= len(text) <= 6 and text.isalpha() and text[:1].isupper() and sum(c.isupper() for c in text) >= 2


def acronym_names(paras: list[ParsedParagraph], in_lex: Callable[[str, str], bool]) -> list[ParsedParagraph]:
    """The paragraphs with each name an acronym of the article spells made one name (new objects)."""
    sentences = [s for p in paras for s in p.sentences]
    acronyms = {w.text for s in sentences for w in s.words if acronym_shaped(w.text)}
    if not acronyms:
        return paras
    out = []
    for p in paras:
        sents = [_joined(s, acronyms, in_lex) for s in p.sentences]
        out.append(p if all(a is b for a, b in zip(sents, p.sentences)) else replace(p, sentences=sents))
    return out


def _joined(sent: Sentence, acronyms: set[str], in_lex: Callable[[str, str], bool]) -> Sentence:
    runs = [
        run
        for run in spelt_runs(sent, lambda words: any(spells(a, words) or loosely_spells(a, words) for a in acronyms))
        if not _title_or_list(sent, run, in_lex)
    ]
    moves, proper = joined_runs(sent, runs)
    if not runs or not is_tree(sent, moves):
        return sent
    sent = moved(sent, moves)
    for i in proper:
        sent = retagged(sent, i, "PROPN", feats="Number=Sing")
    return sent


def _title_or_list(sent: Sentence, run: list[int], in_lex: Callable[[str, str], bool]) -> bool:
    """A post's title, which an acronym spells too ("Superintendent of Police (Ajmer) Rakesh
    Choudhary" and "SP Choudhary"), or a run the parse coordinated with a word outside it ("Law
    Society of Kenya (LSK) President Caroline Atieno" with the name a conjunct of "Kenya": the
    repairs of that coordination need it as it is)."""
    if in_lex("person_roles", sent.words[run[0]].text.lower()):
        return True
    return any(sent.words[c].rel == "conj" and c not in run for i in run for c in sent.children[i])


def spelt_runs(sent: Sentence, spelt: Callable[[list[str]], bool]) -> list[list[int]]:
    """The longest runs of capitalised words with a small word inside that ``spelt`` accepts, not
    overlapping, and not already one phrase (every word but the last hung inside the run)."""
    words = sent.words
    runs: list[list[int]] = []
    start = 0
    while start < len(words):
        found = -1
        if _capital(words[start].text):
            end = start
            while end + 1 < len(words) and (
                _capital(words[end + 1].text)
                or words[end + 1].text in _SMALL
                and end + 2 < len(words)
                and _capital(words[end + 2].text)
            ):
                end += 1
            for stop in range(end, start + 1, -1):
                texts = [w.text for w in words[start : stop + 1]]
                inside = any(t in _SMALL for t in texts)
                if inside and _capital(texts[-1]) and spelt([t for t in texts if t != ","]):
                    found = stop
                    break
        # (already one phrase under its last word: "The Independent Electoral and Boundaries Commission")
        if found < 0 or all(w.head in range(start, found + 1) for w in words[start:found]):
            start += 1
            continue
        runs.append(list(range(start, found + 1)))
        start = found + 1
    return runs


def _capital(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)
