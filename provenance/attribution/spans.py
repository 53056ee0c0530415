"""Where an attribution's text begins and ends: content words, quote marks, classification."""

from __future__ import annotations

import regex

from provenance.kinds import QuoteKind
from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence

from .datelines import dateline_end
from .model import ParsedParagraph

_LETTER = regex.compile(r"[\p{L}\p{N}]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
QUOTE_CHARS = "\"“”'‘’«»„"
# A quote mark as the parser's tokens spell it, and one that closes a quotation.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "''"})
MIN_SPEECH_WORDS = 4  # shorter unattributed quotes are names, titles or scare quotes
# ... unless the marks hold a whole sentence of two or more words ("Nobody listened."): it opens
# where a sentence of the text opens, starts with a capital and ends on its own full stop, so it
# is neither a name nor a phrase the writer put in marks inside a sentence.
MIN_SENTENCE_WORDS = 2
_SENTENCE_BEFORE = regex.compile(r"(?:^|[.!?…][\"”’»)]*)[ \t]*$")
_WHOLE_SENTENCE = regex.compile(r"^\p{Lu}.*[.!?…]$", regex.DOTALL)


# What a quoted title names, right after its closing mark: 'NBC's "Today" show', 'the "Off
# Message" podcast', 'the "Make America Great Again" slogan'
_WORK_AFTER = regex.compile(
    r"[ \t]*(?:show|program|programme|podcast|broadcast|series|segment|documentary|film|movie|album|song"
    r"|column|newsletter|book|slogan|hashtag"
    # (and what a scheme, a campaign or an event is called: 'the "PM POSHAN" scheme')
    r"|scheme|campaign|initiative|project|strategy|operation|app|brand|hotline|festival|award|prize|tour"
    r"|exhibition|motto|tagline"
    # (and an appearance on a programme: 'in her "Meet the Press" interview')
    r"|interview|appearance|special|town\s+hall)s?\b",
    regex.IGNORECASE,
)


def is_work_noun(word: str) -> bool:
    """ "show", "podcasts": a word naming the kind of work a quoted title names."""
    return _WORK_AFTER.fullmatch(word) is not None


# ... or right before its opening mark: 'In his 2002 book, "Make Your Kid a Millionaire,"', 'On
# ABC News's "This Week,"', 'the broadcast of "Fox News Sunday"', 'the pseudonym "Carlos Danger"'
_WORK_BEFORE = regex.compile(
    r"(?:\b(?:book|autobiography|memoir|novel|show|program|programme|podcast|broadcast(?:\s+of)?|column|essay"
    r"|op-ed|film|movie|documentary|song|album|series|pseudonym|nickname|titled|entitled|headlined"
    r"|single|track|drama|sitcom|comedy|play|musical|opera|poem|exhibition|(?:appeared|appearing|appears)\s+on"
    r"|(?:under|with)\s+the\s+(?:title|name|slogan|banner))"
    r"|\p{Lu}[\p{L}.]*['’]s)[ \t]*,?[ \t]*$",
    regex.IGNORECASE,
)
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"})


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """A quoted title, not a quote: a short Title Case phrase in marks next to the kind of work
    it names ('told NBC's "Today" show', 'the "Off Message" podcast', 'his book, "A Time for
    Truth,"') or after an owner's possessive ('ABC News's "This Week"')."""
    words = _WORD.findall(text, span.start, span.end)
    if not words or len(words) > 6:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words):
        return False
    before = text[max(0, span.start - 40) : span.start]
    return _WORK_AFTER.match(text, span.end) is not None or _WORK_BEFORE.search(before) is not None


# A nickname in marks inside a name: 'Dolores "Dee" Marchetti', 'Earvin "Magic" Johnson'
_NICKNAME = regex.compile(r"\p{Lu}[\p{L}.'’-]*[ \t]+[\"“‘'] ?\p{Lu}[\p{L}.'’-]* ?[\"”’'][ \t]+\p{Lu}")


def is_nickname(text: str, span: QuoteSpan) -> bool:
    """A name's nickname in marks, between the given name and the surname: not a quote."""
    m = _NICKNAME.search(text, max(0, span.start - 40), min(len(text), span.end + 3))
    return m is not None and m.start() < span.start and m.end() > span.end


def _letters_inside(text: str, start: int, end: int, spans: list[QuoteSpan]) -> tuple[int, int]:
    """Count letters of [start, end) inside and outside quote marks."""
    inside = outside = 0
    # (only the quotations that reach into the range: the article's others cannot hold a letter of it)
    spans = [s for s in spans if s.start < end and s.end - 1 > start]
    for m in _LETTER.finditer(text, start, end):
        if spans and any(s.start < m.start() < s.end - 1 for s in spans):
            inside += 1
        else:
            outside += 1
    return inside, outside


def classify(text: str, start: int, end: int, spans: list[QuoteSpan]) -> QuoteKind:
    """All letters inside quote marks: direct; some: mixed; none: indirect."""
    inside, outside = _letters_inside(text, start, end, spans)
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def cue_span(sent: Sentence, index: int) -> tuple[int, int]:
    """The cue word plus its fixed / particle parts ("according to", "point out")."""
    idx = [index] + [c for c in sent.children[index] if sent.words[c].deprel in ("fixed", "compound:prt")]
    return min(sent.words[i].start for i in idx), max(sent.words[i].end for i in idx)


def content_words(sent: Sentence, match: dict[str, int]) -> list[int]:
    """The content clause: the content head's subtree without the cue's and speaker's, and a
    node ``named`` between the cue and it (the thing a predicate is said of)."""
    head = match["content"]
    # (the preposition a prepositional verb takes, "called [for] a ban", is the cue's, not content)
    exclude = [match[n] for n in ("cue", "speaker", "via", "quoter", "prep") if n in match and match[n] != head]
    words = sent.subtree(head, exclude=exclude)
    cue = match.get("cue")
    named = match.get("named")
    if cue is not None and named is not None and cue < named < head:
        # ("described Clinton as a disgrace": the thing described and what she called it)
        words = sorted(set(words) | set(sent.subtree(named)))
    if cue is not None and cue in words:
        words = [w for w in words if w not in sent.subtree(cue)]
    if cue is not None and head < cue:
        words = [w for w in words if not any(w in sent.subtree(c) for c in _clauses_after_cue(sent, head, cue))]
    if cue is not None and words and cue < words[0]:
        # "Forbes says the US has more billionaires; Wealth-X tallies 585 ...": after a
        # semicolon the writer goes on (a quotation touched is widened back whole later)
        semi = next((w for w in words if sent.words[w].text == ";"), None)
        words = [w for w in words if semi is None or w < semi]
    return _with_negation(sent, cue, _without_stray_marks(sent, trim_edges(sent, words)))


def _clauses_after_cue(sent: Sentence, head: int, cue: int) -> list[int]:
    """Clauses after a closing cue and its comma that the writer adds, not the speaker: one the parse
    joined to the content with no coordinator, with a subject of its own ("The company will cut 500
    jobs, two sources said, a year after a fire forced it to close its main plant"), or one of time
    ("..., two people familiar with the plan said, as it struggles with falling sales"; a reason or a
    contrast after the cue is the speaker's: interrupted.continuation_after_cue)."""
    end = max(sent.subtree(cue))
    if end + 1 >= len(sent.words) or sent.words[end + 1].text != ",":
        return []
    found = []
    for c in (c for c in sent.children[head] if c > end):
        kids = [sent.words[k] for k in sent.children[c]]
        joined = sent.words[c].rel == "conj" and not any(k.rel == "cc" for k in kids)
        timed = sent.words[c].rel == "advcl" and any(k.rel == "mark" and k.lemma.lower() in _TIME_MARKS for k in kids)
        if (joined or timed) and any(k.rel in ("nsubj", "nsubj:pass") for k in kids):
            found.append(c)
    return found


_TIME_MARKS = frozenset({"as", "after", "when", "while", "before"})


def _with_negation(sent: Sentence, cue: int | None, words: list[int]) -> list[int]:
    """ "urged him not to sell", "promised never to raise taxes": the parse hangs the negation
    on the cue, but right before the content it negates what was said, and losing it would
    report the opposite."""
    if cue is None or not words or words[0] - 1 <= cue:
        return words
    before = sent.words[words[0] - 1]
    if before.head == cue and before.lemma.lower() in ("not", "never"):
        return [words[0] - 1, *words]
    return words


def _without_stray_marks(sent: Sentence, words: list[int]) -> list[int]:
    """Punctuation the parse hung on the content from far away ('..., and called him "the
    leading proponent ..."' with the closing mark on the reported verb) is not part of it: a
    run of punctuation at either end, cut off from the rest by words that are not content."""
    # (an opening mark at the end stays: 'said that it was private and "has never been ..."'
    # with the mark on the first clause is the quotation the span is widened to)
    while len(words) > 1 and words[-1] - words[-2] > 1 and _closing(sent, words[-1]):
        words = words[:-1]
    while len(words) > 1 and sent.words[words[0]].upos == "PUNCT" and words[1] - words[0] > 1:
        words = words[1:]
    return words


def _closing(sent: Sentence, i: int) -> bool:
    """Punctuation that closes what comes before it: attached to the word before it, or not
    attached to the word after it."""
    w = sent.words[i]
    if w.upos != "PUNCT":
        return False
    if w.text not in QUOTE_CHARS:
        return True
    after = sent.words[i + 1] if i + 1 < len(sent.words) else None
    return after is None or after.start > w.end


def trim_edges(sent: Sentence, words: list[int]) -> list[int]:
    """Frame material at the edges of a content span: punctuation other than quote marks,
    conjunctions, "as"."""

    def edge(i: int) -> bool:
        w = sent.words[i]
        if w.upos == "PUNCT" and w.text not in QUOTE_CHARS:
            return True
        return w.deprel in ("cc",) or (w.deprel == "mark" and w.lemma in ("as",))

    def opened(i: int) -> bool:  # (a closing bracket whose opening one is in the span: "Sen. Roe (R-FL)")
        pair = _BRACKETS.get(sent.words[i].text)
        return pair is not None and any(sent.words[k].text == pair for k in words[:-1])

    words = list(words)
    dateline = dateline_end(sent)
    while words and (edge(words[0]) or words[0] <= dateline):
        words.pop(0)
    while words and edge(words[-1]) and not opened(words[-1]):
        words.pop()
    return words


_BRACKETS = {")": "(", "]": "["}


def snap_to_quotes(start: int, end: int, spans: list[QuoteSpan]) -> tuple[int, int]:
    """Widen a content span to cover every quote it touches, marks included."""
    changed = True
    while changed:
        changed = False
        for s in spans:
            if s.start < end and start < s.end and (s.start < start or s.end > end):
                start, end = min(start, s.start), max(end, s.end)
                changed = True
    return start, end


def quoted(sent: Sentence, index: int, spans: list[QuoteSpan]) -> bool:
    """Whether the word lies inside quote marks."""
    w = sent.words[index]
    return any(s.start <= w.start and w.end <= s.end for s in spans)


def looks_like_speech(text: str, span: QuoteSpan) -> bool:
    """Enough words inside the marks to be something said, not a name or a scare quote; or a
    whole quoted sentence of at least two words."""
    inner = text[slice(*span.inner())].strip()
    words = len(_WORD.findall(inner))
    if words >= MIN_SPEECH_WORDS:
        return True
    line_start = text.rfind("\n", 0, span.start) + 1
    return (
        words >= MIN_SENTENCE_WORDS
        and _WHOLE_SENTENCE.match(inner) is not None
        and _SENTENCE_BEFORE.search(text[line_start : span.start]) is not None
    )


def sentences_overlapping(paras: list[ParsedParagraph], start: int, end: int) -> list[Sentence]:
    return [s for p in paras for s in p.sentences if s.start < end and start < s.end]


def past_opening_mark(sent: Sentence, k: int) -> int:
    """``k``, or the word after it when ``k`` is a quote mark that opens the phrase right after it
    ('that residents "deserve ...": the clause opens at "deserve")."""
    opens = k + 1 < len(sent.words) and sent.words[k].text in QUOTE_MARKS and sent.words[k].head == k + 1
    return k + 1 if opens else k
