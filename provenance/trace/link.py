"""Deciding whether two indexed quotes report one statement, and how (verbatim, altered, paraphrase).

The index hands over candidates (recall first); everything here is about precision. Two quotes
are linked only when their overlap is a cut of one statement — each end of the overlap is where
one of the two renderings starts or stops — so a phrase two different statements share ("water
under the bridge" inside two sentences) is not a link. The shared words must also be rare enough
(weighed by the index): four common words ("at the end of the day") are no evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import regex
from rapidfuzz import fuzz

from provenance.archive.records import QuoteRecord
from provenance.trace.align import Alignment, DiffOp, align
from provenance.trace.context import QuotedContext, Side
from provenance.trace.lines import reworded_lines
from provenance.trace.speakers import SpeakerMatch, match_speakers
from provenance.trace.tokens import Rarity, Words, content, nested, sentence_parts, stem, words

Relation = Literal["verbatim", "altered", "paraphrase"]
RELATIONS: tuple[Relation, ...] = ("verbatim", "altered", "paraphrase")
# A pair of quote marks inside reported content (doubled straight apostrophes included).
_QUOTED = regex.compile(r"[\"“”«»„]|''|(?<!\w)['‘][^'’]+['’](?!\w)")

MIN_WORDS = 4  # a quote of fewer words links only with a matching speaker and rare words
MIN_WEIGHT = 2.0  # summed rarity of the shared words (3 rare content words, or more common ones)
# A long run of the same words is evidence even when each word is common ("She has nothing to
# prove on that"): that many words, at a lower summed rarity.
LONG_RUN, LONG_RUN_WEIGHT = 7, 1.5
SAME_SPEAKER_WEIGHT = 1.5  # with the same speaker named on both sides
# Same words, another speaker: a link only on strong evidence (it is reported as a conflict).
CONFLICT_WEIGHT, CONFLICT_RUN = 5.0, 10
# An overlap this short that this many indexed quotes hold is a slogan or a stock phrase
# ("Make America Great Again"), whatever its words weigh.
STOCK_RUN, STOCK_QUOTES, STOCK_SHARE = 6, 6, 0.001
SHORT_WEIGHT = 1.8  # a short quote with the speaker matched: two rare words
CUT_SLACK = 1  # a word ("and", "but") may be left over where one rendering was cut
CONTEXT_MIN_WORDS = 3  # a weak match confirmed by its quoted context: this many words, unchanged
MAX_EDIT_SHARE = 0.34  # more words changed than this share of the overlap: not one statement
PARAPHRASE_SHARED = 3  # content stems a paraphrase shares with the quote
PARAPHRASE_COVER = 0.5  # of the smaller side's content stems


@dataclass(frozen=True)
class Link:
    """Two appearances of one statement; ``a`` is the older (unknown dates last)."""

    a: QuoteRecord
    b: QuoteRecord
    relation: Relation
    similarity: float  # 0..1
    diff: tuple[DiffOp, ...]
    speaker: SpeakerMatch
    # Character offsets (into the file) of the words that were matched when that is a
    # quotation nested in the quote ("and said, ‘It’s so nice to meet you’ and ..."), not all of
    # it: the JSON reports these as the link's span. None: the whole quote.
    a_part: tuple[int, int] | None = None
    b_part: tuple[int, int] | None = None


def older_first(a: QuoteRecord, b: QuoteRecord) -> tuple[QuoteRecord, QuoteRecord]:
    return (a, b) if order_key(a) <= order_key(b) else (b, a)


def order_key(r: QuoteRecord) -> tuple[int, str, str, int]:
    """Oldest first; an undated article after every dated one, then by path."""
    return (r.date is None, r.date or "", r.article, r.start)


class Linker:
    """Decides links between records, with the words of each record computed once."""

    def __init__(self, rarity: Rarity, context: QuotedContext | None = None) -> None:
        self.rarity = rarity
        # The quotes around a quote (from the index): evidence for a match its own words are too
        # weak or too common to prove. None: a match stands on its own words only.
        self.context = context
        self._words: dict[tuple[str, int, int], Words] = {}

    def words(self, r: QuoteRecord) -> Words:
        key = (r.article, r.start, r.end)
        w = self._words.get(key)
        if w is None:
            w = self._words[key] = words(r.text)
        return w

    def link(self, x: QuoteRecord, y: QuoteRecord) -> Link | None:
        """The link between two quotes of different articles, or None."""
        found = self.links(x, y)
        return found[0] if found else None

    def links(self, x: QuoteRecord, y: QuoteRecord) -> list[Link]:
        """The link between two quotes of different articles, then the links of lines reworded
        inside the two (lines.py): none, or the link first."""
        if x.article == y.article:
            return []
        a, b = older_first(x, y)
        speaker = match_speakers(a.speaker, a.speaker_type, b.speaker, b.speaker_type)
        indirect = (_reported(a), _reported(b))
        if all(indirect):
            return []  # two reports in other words: out of scope, nothing to compare word by word
        wa, wb = self.words(a), self.words(b)
        if any(indirect):
            para = self._paraphrase(a, b, wa, wb, speaker)
            return [para] if para is not None else []
        # The nested quotation may be the better reading ("and said, 'It's so nice to meet you'"
        # against "It's so nice to meet you"): the readings with fewest edits are tried first.
        # A sentence of a longer quote is read on its own only when no such reading links (one
        # sentence quoted word for word, the next reworded): read first, it would hide the edits
        # of a whole quote altered in its second sentence.
        for parts in (_nested_parts, sentence_parts):
            for al, part_a, part_b in self._overlaps(a, b, wa, wb, parts):
                link = self._decide(a, b, part_a, part_b, al, speaker)
                if link is not None:
                    link = replace(link, a_part=_part(a, wa, part_a), b_part=_part(b, wb, part_b))
                    a_linked, b_linked = _in_whole(wa, part_a, al.a_range), _in_whole(wb, part_b, al.b_range)
                    return [link, *self._reworded(link, wa, a_linked, wb, b_linked)]
        return []

    def _reworded(
        self, link: Link, wa: Words, a_linked: tuple[int, int], wb: Words, b_linked: tuple[int, int]
    ) -> list[Link]:
        """Lines of the two quotes, outside the words linked, that open alike and then differ:
        the same passage, one of its lines reworded (lines.py)."""
        a, b = link.a, link.b
        out = []
        for ra, rb, op in reworded_lines(a.text, wa, a_linked, b.text, wb, b_linked):
            x, y = wa.part(*ra), wb.part(*rb)
            similarity = round(fuzz.ratio(" ".join(x.norm), " ".join(y.norm)) / 100, 3)
            out.append(Link(a, b, "altered", similarity, (op,), link.speaker, _part(a, wa, x), _part(b, wb, y)))
        return out

    def _decide(
        self, a: QuoteRecord, b: QuoteRecord, wa: Words, wb: Words, al: Alignment, speaker: SpeakerMatch
    ) -> Link | None:
        if min(len(wa), len(wb)) < MIN_WORDS or al.matched < MIN_WORDS:
            return self._short(a, b, wa, wb, al, speaker) or self._in_context(a, b, wa, wb, al, speaker)
        if al.edits > max(2, MAX_EDIT_SHARE * al.matched):
            return None
        if not _enough(al, speaker.same):
            return self._in_context(a, b, wa, wb, al, speaker)
        relation: Relation = "altered" if al.diff else "verbatim"
        return Link(a, b, relation, _similarity(wa, wb, al), al.diff, speaker)

    def _overlaps(
        self, a: QuoteRecord, b: QuoteRecord, wa: Words, wb: Words, parts: PartsOf
    ) -> list[tuple[Alignment, Words, Words]]:
        """The overlaps of two quotes that are a clean cut of one statement: of the whole quotes
        (with _nested_parts) and of each part of one of them against the other: each quotation
        nested in it (a speaker recounting another's words), or each of its sentences."""
        tries = [(wa, wb)] if parts is _nested_parts else []
        tries += [(wa.part(*rng), wb) for rng in parts(a.text, wa)]
        tries += [(wa, wb.part(*rng)) for rng in parts(b.text, wb)]
        out = []
        for x, y in tries:
            al = align(x, y, self.rarity.weight)
            if al is not None and _clean_cut(al) and not self._stock(x, al.a_range) and not self._stock(y, al.b_range):
                out.append((al, x, y))
        # Fewest edits, most words; on a tie the nested quotation (the words the two share are
        # exactly that quotation: its span is the more precise one to report).
        return sorted(out, key=lambda t: (t[0].edits, -t[0].matched, len(t[1]) + len(t[2])))

    def _stock(self, w: Words, rng: tuple[int, int]) -> bool:
        """The overlap on one side is a short run that many indexed quotes hold."""
        if rng[1] - rng[0] > STOCK_RUN:
            return False
        needed = max(STOCK_QUOTES, STOCK_SHARE * self.rarity.total)
        return self.rarity.phrase_count(w.norm[rng[0] : rng[1]]) >= needed

    def _short(
        self, a: QuoteRecord, b: QuoteRecord, wa: Words, wb: Words, al: Alignment, speaker: SpeakerMatch
    ) -> Link | None:
        """A quote of two or three words ("brutal aggression") is linked only when the same
        speaker is named on both sides, every word of it is matched or changed inside the
        overlap, and its content words are rare: a stock phrase or a title never links."""
        short, rng = (wa, al.a_range) if len(wa) <= len(wb) else (wb, al.b_range)
        # One change, inside: "brutal [American] aggression". A changed last word of a short
        # phrase ("radical Islamic terrorism" / "terrorists") is a stock phrase inflected.
        if speaker.same is False or rng != (0, len(short)) or len(al.diff) > 1 or al.edge_changes:
            return None
        # A word swapped inside a short phrase makes another phrase ("angry old man" / "angry
        # white man"); only a word dropped or added inside it keeps it recognisably the same.
        if al.diff and al.diff[0].kind not in ("dropped", "added"):
            return None
        # Two or three words that are the whole of both quotes are a phrase or a slogan in use,
        # not a statement cut short; two words found unchanged in a statement prove too little.
        if not al.diff and (len(wa) == len(wb) or len(short) < 3):
            return None
        rare = [t for t in short.norm if content(t)]
        weight = sum(self.rarity.weight(t) for t in rare)
        # With the same speaker named on both sides two rare words will do; without, three.
        if speaker.same is True and (len(rare) < 2 or weight < SHORT_WEIGHT):
            return None
        if speaker.same is None and (len(rare) < 3 or weight < MIN_WEIGHT):
            return None
        relation: Relation = "altered" if al.diff else "verbatim"
        return Link(a, b, relation, _similarity(wa, wb, al), al.diff, speaker)

    def _in_context(
        self, a: QuoteRecord, b: QuoteRecord, wa: Words, wb: Words, al: Alignment, speaker: SpeakerMatch
    ) -> Link | None:
        """Words too weak or too common to link on their own ("we are not going to do that", "a
        tired mayor"), found whole and word for word in the other rendering, are one
        statement when the quotes around them share a rare phrase too: the same passage
        reported twice (see context.py)."""
        if self.context is None or al.diff or al.edge_changes or al.matched < CONTEXT_MIN_WORDS:
            return None
        if al.a_range != (0, len(wa)) and al.b_range != (0, len(wb)):
            return None  # a shared phrase inside both, not one quote found whole in the other
        # Function words only need a longer run; two short quotes that are both the whole
        # phrase are a phrase in use, as in _short.
        if (al.matched_content == 0 and al.matched < MIN_WORDS + 1) or (al.matched < MIN_WORDS and len(wa) == len(wb)):
            return None
        if self.context.shared_phrase(Side(a, wa, al.a_range), Side(b, wb, al.b_range)) is None:
            return None
        return Link(a, b, "verbatim", _similarity(wa, wb, al), (), speaker)

    def _paraphrase(self, a: QuoteRecord, b: QuoteRecord, wa: Words, wb: Words, speaker: SpeakerMatch) -> Link | None:
        """Reported speech against a quote: shared rare content stems, and the same speaker
        named on both sides (without it, shared words are too weak a sign)."""
        if speaker.same is not True:
            return None
        sa = _stems(wa)
        sb = _stems(wb)
        shared = sa.keys() & sb.keys()
        if len(shared) < PARAPHRASE_SHARED or not sa or not sb:
            return None
        # Shared names are a shared topic ("the Affordable Care Act"), not a shared statement:
        # at least two of the shared words must be ordinary words on one side or the other.
        if sum(1 for s in shared if not (sa[s][1] and sb[s][1])) < 2:
            return None
        cover = len(shared) / min(len(sa), len(sb))
        weight = sum(self.rarity.weight(sa[s][0]) for s in shared)
        if cover < PARAPHRASE_COVER or weight < MIN_WEIGHT:
            return None
        return Link(a, b, "paraphrase", round(cover, 3), (), speaker)


PartsOf = Callable[[str, Words], list[tuple[int, int]]]


def _nested_parts(text: str, w: Words) -> list[tuple[int, int]]:
    return nested(text, w)


def _in_whole(whole: Words, part: Words, rng: tuple[int, int]) -> tuple[int, int]:
    """A token range of ``part`` (a slice of ``whole``) as a range of ``whole``."""
    if not len(part):
        return (0, 0)
    first = whole.starts.index(part.starts[0])
    return (first + rng[0], first + rng[1])


def _part(r: QuoteRecord, whole: Words, part: Words) -> tuple[int, int] | None:
    """The file offsets of a nested quotation's words, when ``part`` is one."""
    if len(part) == len(whole) or not len(part):
        return None
    # The last word as written, without a closing apostrophe the word pattern may take along.
    return (r.start + part.starts[0], r.start + part.starts[-1] + len(part.surface[-1]))


def _stems(w: Words) -> dict[str, tuple[str, bool]]:
    """Content stems -> (token, written with a capital): what a paraphrase can share."""
    return {stem(t): (t, s[:1].isupper()) for t, s in zip(w.norm, w.surface) if content(t)}


def _reported(r: QuoteRecord) -> bool:
    """Reported speech in the reporter's words. Content that holds quote marks of its own
    ("he was 'becoming ISIS' best recruiter'") quotes the words: compared as a quote."""
    return r.kind == "indirect" and not _QUOTED.search(r.text)


def _enough(al: Alignment, same: bool | None) -> bool:
    """Enough rare words shared (or a long enough run) to call the overlap one statement; the
    same speaker named on both sides is evidence too, another speaker asks for more."""
    if al.matched_content < 2:
        return False
    if same is False:
        return al.weight >= CONFLICT_WEIGHT or (al.matched >= CONFLICT_RUN and al.weight >= LONG_RUN_WEIGHT)
    if same is True and al.weight >= SAME_SPEAKER_WEIGHT:
        return True
    return al.weight >= MIN_WEIGHT or (al.matched >= LONG_RUN and al.weight >= LONG_RUN_WEIGHT)


def _clean_cut(al: Alignment) -> bool:
    """Each end of the overlap is where one of the two renderings starts or stops."""
    return al.left_cut <= CUT_SLACK and al.right_cut <= CUT_SLACK


def _similarity(wa: Words, wb: Words, al: Alignment) -> float:
    """How alike the overlapping words are (1.0: the same words), rapidfuzz's normalised Indel."""
    a = " ".join(wa.norm[al.a_range[0] : al.a_range[1]])
    b = " ".join(wb.norm[al.b_range[0] : al.b_range[1]])
    return round(fuzz.ratio(a, b) / 100, 3)
