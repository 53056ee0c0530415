"""Reports of a quote that are no quote record: a sentence that sums a quote up in other words.

"his call for a temporary ban on Muslims entering the United States" reports a statement in the
journalist's words without a speech verb; a headline or a sentence may quote two words of it and
say the rest itself. Here the sentences of every indexed article (stored with the quotes,
full-text indexed) are searched for such reports of a direct quote of another article: the
sentence must share a run of the quote's words (three or more content words in a row, one of
them an ordinary word, not only a name), share enough rare words in the same order, and name the
quote's speaker — or, when the quote has none, a person named around it — in it or just before
it. Conservative on purpose: a sentence that shares a name and a topic with a quote is not a
report of it."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

import regex

from provenance.archive.records import ArticleMeta, QuoteRecord, normalise
from provenance.archive.sentence_store import StoredSentence
from provenance.archive.store import QuoteIndex
from provenance.trace.link import Link, Linker, older_first
from provenance.trace.overlap import (
    PHRASE_CONTENT,
    PHRASE_WORDS,
    content_run,
    contiguous,
    in_order,
    may_keep_phrase,
    one_place,
    phrase,
    quoted_fragment,
    run_of_three,
    trigrams,
    window_cover,
)
from provenance.trace.speakers import UNKNOWN, name_parts
from provenance.trace.tokens import Words, content, stem, words

MIN_SHARED = 3  # content stems shared, in the same order
MIN_COVER = 0.5  # of the sentence's content stems
MIN_WEIGHT = 2.0
SPEAKER_WINDOW = 300  # characters before the sentence where its subject may be named
# Around a quote with no named speaker: where the people it may belong to are named (a headline
# names them in the same line, a story in the sentence before or in the "…," she said after it).
CONTEXT_BEFORE, CONTEXT_AFTER = 400, 150
CONTEXT_RUN = 4  # content words in a row shared with a quote whose speaker comes from context
SHORT_QUOTE = 5  # a quote of fewer words must appear whole, in a row, in the sentence
_NAME_WORD = regex.compile(r"\p{Lu}\p{L}+")
COMMON_SHARE = 0.02  # a stem in more sentences than this share (at least 20) is not looked up
SENTENCE_CANDIDATES = 200  # sentences read per quote, best first (FTS5 bm25 over its rare words)
REVERSE_CANDIDATES = 20  # quotes read per sentence of a traced article (the index ranks them)
MIN_QUOTE_WORDS = 4  # a quote shorter than this is not searched for in sentences
CACHED_ARTICLES = 2048  # articles whose quote records are kept between sentences
# A fragment in quote marks that more sentences than this hold (at least FRAGMENT_STOCK) is a
# label in use ("fake news"), not a quotation of one statement.
FRAGMENT_STOCK, FRAGMENT_STOCK_SHARE = 6, 0.001


@dataclass(frozen=True)
class Sentence:
    """A stored sentence with its words. The words inside the article's quotes stay (a sentence
    that quotes two words of a statement and reports the rest, 'speak directly to "white
    people"', reports it); which ones are quoted is kept, so a match of quoted words alone is
    left to the quote records."""

    path: str
    start: int
    end: int
    line: int
    column: int
    text: str
    words: Words
    quoted: frozenset[int]  # positions in ``words`` inside an extracted quote of the article
    # Named speakers of the reported speech in it ("Doe says the harbour fund paid millions ..."):
    # the sentence reports what they said.
    reporters: tuple[str, ...] = ()
    stems: frozenset[str] = frozenset()  # its content stems (a sentence is tried for many quotes)


def _key(name: str, kind: str | None) -> str | None:
    """The word a later sentence names a speaker by: a person's surname, a body's name."""
    key = name_parts(name).surname if kind == "person" else name
    # A proper name: "polls" or "the group" named nobody the sentence could name again.
    if not key or len(key) < 3 or not any(c.isupper() for c in key):
        return None
    return key


@dataclass(frozen=True)
class SpeakerKeys:
    names: frozenset[str]
    # True: taken from the words around the quote, not from its attribution. Weaker (a person
    # named near a quote is often, not always, its speaker), so the sentence must share a
    # longer run of the quote's words (CONTEXT_RUN), names and titles left out.
    from_context: bool


def speaker_keys(record: QuoteRecord, before: str, after: str, people: Container[str]) -> SpeakerKeys:
    """Names that tie a sentence to the quote's speaker. The named speaker when there is one;
    otherwise (no speaker, an unnamed one, or a misread attribution) the people of the archive
    named around the quote: ``after`` it in its paragraph ("...," Clinton said) or ``before`` it
    (a headline "Hillary Clinton Speaks 'Directly To White People'", "the rally denounced
    Donald Trump's call for '...'"). Not only the nearest: "the former secretary of state said
    on Steve Harvey's show" names the host nearer than the speaker."""
    if record.speaker and record.speaker_type in ("person", "organization"):
        key = _key(record.speaker, record.speaker_type)
        if key is not None:
            return SpeakerKeys(frozenset({key}), False)
    return SpeakerKeys(frozenset(w for w in _NAME_WORD.findall(before + " " + after) if w in people), True)


def _names_speaker(keys: SpeakerKeys, window: str) -> bool:
    """``window``: the sentence and the SPEAKER_WINDOW characters before it."""
    return any(regex.search(rf"(?<!\w){regex.escape(k)}(?!\w)", window, regex.IGNORECASE) for k in keys.names)


_BRACKETS = regex.compile(r"\[[^\[\]]*\]")


def _speakers_words(text: str, w: Words) -> Words:
    """The quote without its editorial insertions: "[Libertarian candidate Gary] Johnson" are
    the journalist's words, and a sentence that uses them reports nothing of the quote."""
    spans = [(m.start(), m.end()) for m in _BRACKETS.finditer(text)]
    if not spans:
        return w
    return w.pick([i for i, st in enumerate(w.starts) if not any(a <= st < b for a, b in spans)])


class People:
    """The people of the archive: surnames of speakers of type person named in full somewhere (a
    misread attribution can make "Wednesday" a person; it never comes with a given name), and
    never written "the X" in any indexed sentence ("the United States" read as a speaker is a
    place). Looked up lazily, name by name: an archive has many more speakers than one trace
    meets around its quotes."""

    def __init__(self, index: QuoteIndex) -> None:
        self.index = index
        self._by_key: dict[str, list[str]] = {}  # surname -> full names
        self._by_word: dict[str, list[str]] = {}  # a word of a name, normalised -> full names
        for name in index.person_speakers():
            key = _key(name, "person")
            if key is None or not name_parts(name).given:
                continue
            self._by_key.setdefault(key, []).append(name)
            for w in _NAME_WORD.findall(name):
                self._by_word.setdefault(normalise(w), []).append(name)
        self._person: dict[str, bool] = {}

    def _is_person(self, name: str) -> bool:
        found = self._person.get(name)
        if found is None:
            found = self._person[name] = not self.index.has_phrase(f"the {name}")
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and any(self._is_person(n) for n in self._by_key.get(key, ()))

    def words_of(self, tokens: Iterable[str]) -> frozenset[str]:
        """The tokens that are words of a person's name ("jane", "roe")."""
        return frozenset(t for t in tokens if any(self._is_person(n) for n in self._by_word.get(t, ())))


class SentenceSearch:
    """The sentences of every indexed article (the index's full-text table), searched for reports
    of a quote. ``texts``: the files of the traced articles, where they can be read (the words
    around a quote are read there, else from the stored sentences)."""

    def __init__(self, index: QuoteIndex, texts: dict[str, str], metas: dict[str, ArticleMeta]) -> None:
        self.index = index
        self.texts = texts
        self.metas = metas
        self.people = People(index)
        self.common = max(20, int(COMMON_SHARE * index.sentence_count()))
        self._df: dict[str, int] = {}
        self._records: dict[str, list[QuoteRecord]] = {}
        self._sentences: dict[tuple[str, int], Sentence] = {}  # sentences recur across quotes

    def _stem_df(self, st: str) -> int:
        n = self._df.get(st)
        if n is None:
            n = self._df[st] = self.index.sentences_with_prefix(st)
        return n

    def _around(self, r: QuoteRecord) -> tuple[str, str]:
        """The text before a quote and after it (to the paragraph's end, when the file is there)."""
        text = self.texts.get(r.article)
        if text is not None:
            return text[max(0, r.start - CONTEXT_BEFORE) : r.start], text[r.end : r.end + CONTEXT_AFTER].split("\n\n")[
                0
            ]
        before = self.index.text_between(r.article, r.start - CONTEXT_BEFORE, r.start)
        return before, self.index.text_between(r.article, r.end, r.end + CONTEXT_AFTER)

    def _window(self, sent: Sentence) -> str:
        text = self.texts.get(sent.path)
        if text is not None:
            return text[max(0, sent.start - SPEAKER_WINDOW) : sent.end]
        return self.index.text_between(sent.path, sent.start - SPEAKER_WINDOW, sent.end)

    def _sentence(self, stored: StoredSentence) -> Sentence:
        cached = self._sentences.get((stored.path, stored.start))
        if cached is not None:
            return cached
        records = self._records.get(stored.path)
        if records is None:
            if len(self._records) >= CACHED_ARTICLES:
                self._records.clear()  # bounded: a large archive has many articles
            records = self._records[stored.path] = self.index.records(article=stored.path)
        # Reported speech is in the journalist's words: only words inside quote marks are quoted.
        quoted = [(r.start, r.end) for r in records if r.kind != "indirect"]
        w = words(stored.text)
        inside = frozenset(i for i, st in enumerate(w.starts) if any(a <= stored.start + st < b for a, b in quoted))
        reporters = tuple(
            r.speaker
            for r in records
            if r.kind == "indirect" and r.start < stored.end and stored.start < r.end
            if r.speaker and r.speaker_type in ("person", "organization") and _key(r.speaker, r.speaker_type)
        )
        sent = Sentence(
            stored.path,
            stored.start,
            stored.end,
            stored.line,
            stored.column,
            stored.text,
            w,
            inside,
            reporters,
            frozenset(stem(t) for t in w.norm if content(t)),
        )
        self._sentences[(stored.path, stored.start)] = sent
        return sent

    def reports_of_others(self, path: str, linker: Linker, skip: frozenset[str]) -> list[Link]:
        """The other way round: sentences of article ``path`` that sum up a quote of another
        indexed article (not one of ``skip``, whose quotes are searched the first way). Each
        sentence asks the quote index for candidates, as a quote would."""
        out = []
        for stored in self.index.sentences_of(path):
            sent = self._sentence(stored)
            probe = _sentence_record(sent, self.metas.get(path))
            for quote in self.index.candidates(probe, limit=REVERSE_CANDIDATES):
                if quote.article in skip or quote.kind == "indirect" or len(linker.words(quote)) < MIN_QUOTE_WORDS:
                    continue
                keys = speaker_keys(quote, *self._around(quote), self.people)
                if keys.names:
                    link = self._decide(quote, _speakers_words(quote.text, linker.words(quote)), sent, linker, keys)
                    if link is not None:
                        out.append(link)
        return out

    def links(self, record: QuoteRecord, linker: Linker) -> list[Link]:
        """Sentences of other articles that sum ``record`` (a direct quote) up."""
        keys = speaker_keys(record, *self._around(record), self.people)
        if not keys.names:
            return []
        qw = _speakers_words(record.text, linker.words(record))
        stems = {stem(t) for t in qw.norm if content(t)}
        rare = sorted(st for st in stems if self._stem_df(st) <= self.common)
        skipped = len(stems) - len(rare)  # too common to look up, but counted once a sentence is found
        # A short quote must be found whole (see _decide): "people" in "directly to white
        # people" is too common to look up, yet part of it. A longer one needs MIN_SHARED rare
        # words, or PHRASE_CONTENT in a phrase of it (a headline: see overlap.phrase).
        if len(qw) < SHORT_QUOTE:
            needed = max(2, MIN_SHARED - skipped)
        else:
            needed = PHRASE_CONTENT if len(qw) >= PHRASE_WORDS else MIN_SHARED
        if len(rare) < needed:
            return []
        out = []
        grams = trigrams(qw)
        # As many rare words as needed: a sentence must hold every one (one FTS5 AND query).
        every = len(rare) == needed
        for stored in self.index.sentence_candidates(rare, record.article, SENTENCE_CANDIDATES, every=every):
            low = stored.text.casefold()
            if sum(1 for st in rare if st in low) < needed:
                continue  # a cheap test first: the stems as substrings (they may only be more)
            sent = self._sentence(stored)
            hits = len(sent.stems.intersection(rare))
            if hits < needed:
                continue
            # Fewer than MIN_SHARED rare words: only a phrase of the quote will do ("four years
            # ago", three common words in a row, is no report of "This mayor lost four years ago").
            phrase_only = hits < MIN_SHARED and len(qw) >= SHORT_QUOTE
            if phrase_only and not may_keep_phrase(grams, sent.words, sent.text):
                continue  # neither a phrase nor a quoted fragment can be there
            link = self._decide(record, qw, sent, linker, keys, phrase_only=phrase_only)
            if link is not None:
                out.append(link)
        return out

    def _decide(
        self,
        record: QuoteRecord,
        qw: Words,
        sent: Sentence,
        linker: Linker,
        keys: SpeakerKeys,
        phrase_only: bool = False,
    ) -> Link | None:
        sw = sent.words
        sent_stems = {stem(t): t for t in sw.norm if content(t)}
        shared = sent_stems.keys() & {stem(t) for t in qw.norm if content(t)}
        # Some of it in the sentence's own words: a match of quoted words alone is a quote
        # against a quote, judged (and labelled) on the records.
        own = {stem(t) for i, t in enumerate(sw.norm) if i not in sent.quoted and content(t)}
        if not shared & own:
            return None
        whole = contiguous(qw, sw)
        if len(qw) < SHORT_QUOTE and not whole:
            return None
        # A person's name and title ("former Secretary of State Hillary Clinton") is who the
        # sentence is about, not what was said: it is no part of the run of shared words.
        if keys.from_context and not whole and content_run(qw, sw, self.people.words_of(qw.norm)) < CONTEXT_RUN:
            return None
        if window_cover(qw, sw) < MIN_COVER or not one_place(qw, shared):
            return None
        if sum(linker.rarity.weight(sent_stems[s]) for s in shared) < MIN_WEIGHT:
            return None
        if not self._kept(qw, sent, keys, phrase_only):
            return None
        if not _names_speaker(keys, self._window(sent)):
            return None
        # The sentence reports what someone else said ("Doe says the harbour fund paid millions ...",
        # the quote being Roe's): not a report of this quote, unless it names its speaker
        # itself (a misread attribution: "Roe said the council would ..., Poe noted").
        if sent.reporters and not any(_names_speaker(keys, who) for who in sent.reporters):
            if not _names_speaker(keys, sent.text):
                return None
        other = _sentence_record(sent, self.metas.get(sent.path))
        a, b = older_first(record, other)
        return Link(a, b, "paraphrase", round(window_cover(qw, sw), 3), (), UNKNOWN)

    def _kept(self, qw: Words, sent: Sentence, keys: SpeakerKeys, phrase_only: bool) -> bool:
        """The quote's words, kept: a run of its content words and enough of them in its order;
        or a phrase of it, function words and all (a headline: "The Tariffs Have Now Been Taken
        Off"); or a few of its words in the sentence's own quote marks, the quote's named speaker
        named in the sentence itself ('she blamed the port deficit on "hidden subsidies"')."""
        sw = sent.words
        if not phrase_only and in_order(qw, sw) >= MIN_SHARED and run_of_three(qw, sw):
            return True
        if phrase(qw, sw):
            return True
        frag = None if keys.from_context else quoted_fragment(qw, sent.text)
        if frag is None or not _names_speaker(keys, sent.text):
            return False
        # Words many sentences put in quote marks are a label or a slogan, not one statement.
        stock = max(FRAGMENT_STOCK, int(FRAGMENT_STOCK_SHARE * self.index.sentence_count()))
        return self.index.sentences_with_phrase(" ".join(frag), stock + 1) <= stock


def _sentence_record(sent: Sentence, meta: ArticleMeta | None) -> QuoteRecord:
    """The sentence as a record of reported speech (no speaker: the sentence names none as such)."""
    return QuoteRecord(
        article=sent.path,
        start=sent.start,
        end=sent.end,
        line=sent.line,
        column=sent.column,
        text=sent.text,
        norm=normalise(sent.text),
        kind="indirect",
        speaker=None,
        speaker_type=None,
        via=None,
        outlet=meta.outlet if meta is not None else None,
        date=meta.date if meta is not None else None,
    )
