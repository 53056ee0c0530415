"""Finding quotes and reported speech, and the words that attribute them.

Two sources of evidence meet here: quote-mark spans (quotemarks) and dependency patterns over
the parse (rules/patterns). A pattern match gives a cue, a content clause and maybe a speaker;
its content is widened to the quote marks it touches and classified:
all inside marks -> direct, some -> mixed, none -> indirect. Quote-mark spans no pattern
claimed are attributed by an adjacent cue, else by the neighbouring attributed quote, else
reported unattributed when they read as speech (short names and scare quotes do not).
Speakers here are still word references; speakers.py turns them into mentions and names.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from provenance.quotemarks import QuoteSpan
from provenance.syntax.matcher import Pattern
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import Vocabulary

_LETTER = regex.compile(r"[\p{L}\p{N}]")
# Relations under a content head that belong to the frame, not to what was said.
_FRAME_RELS = {"punct", "cc", "discourse", "vocative"}
MIN_SPEECH_WORDS = 4  # shorter unattributed quotes are names, titles or scare quotes


@dataclass
class Attribution:
    kind: str
    start: int
    end: int
    rule: str
    cue: WordRef | None = None
    speaker: WordRef | None = None
    via: WordRef | None = None
    opinion: bool = False
    paragraph: int = 0
    sentences: int = 1
    speaker_sentence: int | None = None
    inherited_from: Attribution | None = None
    also: Attribution | None = None  # the second half of a quote the cue interrupts
    frame: tuple[int, int] | None = None  # an impersonal frame with no speaker: "it is understood", "reportedly"


@dataclass
class ParsedParagraph:
    index: int
    start: int
    end: int
    sentences: list[Sentence]


def _letters_inside(text: str, start: int, end: int, spans: list[QuoteSpan]) -> tuple[int, int]:
    """Count letters of [start, end) inside and outside quote marks."""
    inside = outside = 0
    for m in _LETTER.finditer(text, start, end):
        if any(s.start < m.start() < s.end - 1 for s in spans):
            inside += 1
        else:
            outside += 1
    return inside, outside


def classify(text: str, start: int, end: int, spans: list[QuoteSpan]) -> str:
    inside, outside = _letters_inside(text, start, end, spans)
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def cue_span(sent: Sentence, index: int) -> tuple[int, int]:
    """The cue word plus its fixed / particle parts ("according to", "point out")."""
    idx = [index] + [c for c in sent.children[index] if sent.words[c].deprel in ("fixed", "compound:prt")]
    return min(sent.words[i].start for i in idx), max(sent.words[i].end for i in idx)


def content_words(sent: Sentence, match: dict[str, int]) -> list[int]:
    """The content clause: the content head's subtree without the cue's and speaker's."""
    head = match["content"]
    exclude = [match[n] for n in ("cue", "speaker", "via", "quoter") if n in match and match[n] != head]
    words = sent.subtree(head, exclude=exclude)
    cue = match.get("cue")
    if cue is not None and cue in words:
        words = [w for w in words if w not in sent.subtree(cue)]
    return _trim_edges(sent, words)


def _trim_edges(sent: Sentence, words: list[int]) -> list[int]:
    """Frame material at the edges of a content span: punctuation other than quote marks,
    conjunctions, "as"."""

    def edge(i: int) -> bool:
        w = sent.words[i]
        if w.upos == "PUNCT" and w.text not in "\"“”'‘’«»„":
            return True
        return w.deprel in ("cc",) or (w.deprel == "mark" and w.lemma in ("as",))

    words = list(words)
    while words and edge(words[0]):
        words.pop(0)
    while words and edge(words[-1]):
        words.pop()
    return words


def _snap_to_quotes(start: int, end: int, spans: list[QuoteSpan]) -> tuple[int, int]:
    """Widen a content span to cover every quote it touches, marks included."""
    changed = True
    while changed:
        changed = False
        for s in spans:
            if s.start < end and start < s.end and (s.start < start or s.end > end):
                start, end = min(start, s.start), max(end, s.end)
                changed = True
    return start, end


class Attributor:
    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.patterns: list[Pattern] = vocab.patterns_for("attribution")
        self.via_patterns: list[Pattern] = vocab.patterns_for("via")
        self.in_lex = vocab.in_lexicon

    # -- evidence from the parse -------------------------------------------------------
    def _valid_content(self, sent: Sentence, head: int, cue: int, spans: list[QuoteSpan], pattern: str) -> bool:
        """Guards against parses that hang the wrong clause on a cue."""
        w = sent.words[head]
        kids = [sent.words[c] for c in sent.children[head]]
        # A clause whose subject is "who"/"which" is a relative clause, never what was said.
        if any(k.rel == "nsubj" and k.lemma.lower() in ("who", "which", "whom") for k in kids):
            return False
        if w.deprel == "xcomp" and not self._quoted(sent, head, spans):
            # "asked him to leave", "admitted carrying out": not content unless quoted; but a
            # gerund with a determiner is a misparsed object ("condemned the bombing").
            if pattern != "object-content" or not any(k.rel == "det" for k in kids):
                return False
        if w.upos in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and w.deprel in ("ccomp", "conj", "advcl", "parataxis"):
            # A nominal complement must be a clause: "the attacks are in retaliation".
            if not any(k.rel in ("cop", "nsubj") for k in kids) and not self._quoted(sent, head, spans):
                return False
        # A lone capitalised word is a piece of the speaker's name the parser took for a verb
        # ("newswire Associated Press reported" with "Associated" as the complement).
        if not kids and w.text[:1].isupper() and head > 0 and not self._quoted(sent, head, spans):
            return False
        # "..., the official said" parsed as another complement of the first "said".
        if head > cue and self.in_lex("speech_verbs", w.lemma.lower()) and any(k.rel == "nsubj" for k in kids):
            last = max(sent.subtree(head))
            if all(x.upos == "PUNCT" for x in sent.words[last + 1 :]):
                return False
        return True

    def pattern_attributions(self, text: str, para: ParsedParagraph, spans: list[QuoteSpan]) -> list[Attribution]:
        found: list[Attribution] = []
        for sent in para.sentences:
            taken_cues: set[int] = set()
            taken_content: set[int] = set()
            for pat in self.patterns:
                by_cue: dict[int, list[dict[str, int]]] = {}
                for m in pat.match(sent, self.in_lex):
                    cue = m["cue"]
                    if cue in taken_cues or m["content"] in taken_content:
                        continue
                    if self._quoted(sent, cue, spans):
                        continue  # a cue inside quote marks is part of what was said
                    if not self._valid_content(sent, m["content"], cue, spans, pat.id):
                        continue
                    by_cue.setdefault(cue, []).append(m)
                for cue, matches in by_cue.items():
                    a = self._attribution(text, sent, pat, cue, matches, spans, para.index)
                    if a is None:
                        continue
                    taken_cues.add(cue)
                    taken_content.update(m["content"] for m in matches)
                    found.append(a)
                    if a.also is not None:
                        found.append(a.also)
        return self._drop_nested(found)

    def _attribution(self, text, sent, pat, cue, matches, spans, para_index) -> Attribution | None:
        """One attribution per cue: the union of its content clauses ("said the attacks are ...
        and that they aim ...")."""
        if (
            any(m["content"] > cue for m in matches)
            and any(m["content"] < cue for m in matches)
            and pat.id == "ccomp-cue"
            and not all(self._quoted(sent, m["content"], spans) for m in matches)
        ):
            # Unquoted complements on both sides: the ones before the cue are misparsed subjects.
            before = [m for m in matches if m["content"] < cue]  # noqa: E501
            matches = [m for m in matches if m["content"] > cue]
            b = before[0]["content"]
            if sent.words[b].upos not in ("NOUN", "PROPN", "ADJ", "PRON"):
                # "A person briefed on the talks said ...": the participle took the subject.
                b = next((c for c in sent.children[b] if sent.words[c].rel == "nsubj" and c < b), None)
            if "speaker" not in matches[0] and b is not None:
                matches[0] = {**matches[0], "speaker": b}
        words: set[int] = set()
        for m in matches:
            m = dict(m)
            trailing = m["content"] < cue and sent.words[m["content"]].rel == "conj"
            if trailing or (pat.id in ("according-to", "citing", "trailing-cue", "parataxis-cue")):
                # A trailing attribution covers the whole coordinated clause it closes.
                h = m["content"]
                while sent.words[h].rel == "conj" and sent.words[h].head >= 0 and sent.words[h].head != cue:
                    h = sent.words[h].head
                m["content"] = h
            words.update(content_words(sent, m))
        if not words:
            return None
        first = matches[0]
        speaker = WordRef(sent, first["speaker"]) if "speaker" in first else None
        if speaker is not None and speaker.word.head == cue:
            # Two subjects on one cue is a misparse of one noun phrase ("newswire Associated
            # Press reported"): the one next to the cue heads it.
            subjects = [c for c in sent.children[cue] if sent.words[c].rel == "nsubj"]
            # A subject behind "that" after the cue belongs to the reported clause ("has
            # announced that its deputy head ... had been killed").
            own = [c for c in subjects if not (c > cue and any(w.upos == "SCONJ" for w in sent.words[cue + 1 : c]))]
            own = own or subjects
            if len(subjects) > 1:
                speaker = WordRef(sent, min(own, key=lambda c: abs(c - cue)))
                # "Popular Mobilization Force, a coalition of militias ..., has announced": an
                # indefinite noun after a comma is an apposition of the first subject. (Not any
                # second subject: "Wednesday, Clinton said" must stay with Clinton.)
                if len(own) > 1 and own[1] < cue and self._indefinite_apposition(sent, own[0], own[1]):
                    speaker = WordRef(sent, own[0])
        if speaker is None and pat.id not in ("according-to", "according-to-clause", "citing"):
            speaker = self._subject(sent, cue, exclude=words)
        if speaker is not None and cue > speaker.index and max(words) < cue:
            # "..., local newspaper The Courier reported" with "newspaper" parsed into the
            # content: the comma before the speaker's phrase closes the content.
            comma = max((w.index for w in sent.words[: speaker.index] if w.text == ","), default=-1)
            if comma > min(words) and all(
                sent.words[i].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for i in range(comma + 1, speaker.index)
            ):
                words = {w for w in words if w < comma}
        # A cue inside its content ('"A," he said, "B."', "The bridge, he said, will reopen")
        # splits it: two pieces, each its own record, as newsroom and corpus conventions have it.
        # '"A," the minister said, "and B."' parsed with B as a conjunct of the cue: a quoted
        # conjunct after the cue is more of what was said.
        for c in sent.children[cue]:
            if sent.words[c].rel == "conj" and c > cue and c not in words and self._quoted(sent, c, spans):
                words.update(sent.subtree(c))
        # The frame is the cue with what hangs on it that is not content (a cue heading the
        # sentence has the content under it), punctuation aside.
        frame = {i for i in sent.subtree(cue) if i not in words and sent.words[i].upos != "PUNCT"}
        frame |= set(sent.subtree(speaker.index)) if speaker else set()
        lo, hi = min(frame), max(frame)
        left, right = sorted(w for w in words if w < lo), sorted(w for w in words if w > hi)
        pieces = [_trim_edges(sent, left), _trim_edges(sent, right)] if left and right else [sorted(words)]
        pieces = [p for p in pieces if p] or [sorted(words)]
        made = [self._make(text, sent, pat, cue, piece, speaker, first, spans, para_index) for piece in pieces]
        if len(made) == 2:
            made[0].also = made[1]
        return made[0]

    def _make(self, text, sent, pat, cue, ordered, speaker, first, spans, para_index) -> Attribution:
        start, end = sent.words[ordered[0]].start, sent.words[ordered[-1]].end
        start, end = _snap_to_quotes(start, end, spans)
        cue_word = sent.words[cue]
        lemma = cue_word.lemma.lower()
        opinion = self.in_lex("cognition_verbs", lemma) and not self.in_lex("speech_verbs", lemma)
        a = Attribution(
            kind=classify(text, start, end, spans),  # type: ignore[arg-type]
            start=start,
            end=end,
            rule=pat.id,
            cue=WordRef(sent, cue),
            speaker=speaker,
            via=WordRef(sent, first["via"]) if "via" in first else None,
            opinion=opinion,
            paragraph=para_index,
        )
        if a.via is None:
            a.via = self.find_via(sent, cue)
        return a

    @staticmethod
    def _quoted(sent: Sentence, index: int, spans: list[QuoteSpan]) -> bool:
        w = sent.words[index]
        return any(s.start <= w.start and w.end <= s.end for s in spans)

    def find_via(self, sent: Sentence, cue: int) -> WordRef | None:
        for pat in self.via_patterns:
            for m in pat.match(sent, self.in_lex, bound={"cue": cue}):
                if "via" in m:
                    return WordRef(sent, m["via"])
        return None

    @staticmethod
    def _drop_nested(found: list[Attribution]) -> list[Attribution]:
        """A trailing "..., the official said" may attach to the main verb instead of the
        content; its content then swallows another attribution's cue in the same sentence
        ("X said the strike hit ..., the official said"). That is one statement: keep the
        attribution whose content is the clause itself."""
        keep = []
        for a in found:
            swallows = a.rule == "parataxis-cue" and any(
                b is not a
                and b.cue is not None
                and b.cue.sentence is a.cue.sentence
                and a.start <= b.cue.word.start < a.end
                for b in found
            )
            if not swallows:
                keep.append(a)
        return keep

    # -- quote marks no pattern claimed -------------------------------------------------
    def adjacent_cue(
        self, text: str, span: QuoteSpan, sentences: list[Sentence]
    ) -> tuple[WordRef, WordRef | None, str] | None:
        """A speech verb right after the closing mark or right before the opening one."""
        for sent in sentences:
            # '"...," Karen Lindsay, emergency program co-ordinator, said': the cue may come
            # after a speaker with an appositive role, so look a dozen words ahead.
            after = [w for w in sent.words if w.start >= span.end][:12]
            for w in after:
                if self._is_speech_cue(w):
                    return WordRef(sent, w.index), self._subject(sent, w.index), "adjacent-cue-after"
                if w.upos == "VERB" or (w.upos == "PUNCT" and w.text in ".!?;"):
                    break
            before = [w for w in sent.words if w.end <= span.start][-8:]
            for w in reversed(before):
                if self._is_speech_cue(w):
                    return WordRef(sent, w.index), self._subject(sent, w.index), "adjacent-cue-before"
        return None

    def that_frame(self, span: QuoteSpan, sentences: list[Sentence]) -> tuple[WordRef, WordRef | None, int] | None:
        """'X announced in a statement that ... “...”': a speech cue earlier in the sentence,
        then "that", then the quote. Used when the parse did not link the clause to the cue;
        returns the cue, its subject and the offset where the reported clause starts."""
        for sent in sentences:
            if not (sent.start <= span.start < sent.end):
                continue
            for w in sent.words:
                if w.end > span.start:
                    break
                if not self._is_speech_cue(w):
                    continue
                that = next(
                    (
                        x
                        for x in sent.words[w.index + 1 :]
                        if x.end <= span.start and x.lemma.lower() == "that" and x.upos == "SCONJ"
                    ),
                    None,
                )
                if that is not None:
                    return WordRef(sent, w.index), self._subject(sent, w.index), that.start
        return None

    @staticmethod
    def _indefinite_apposition(sent: Sentence, first: int, second: int) -> bool:
        return (
            any(w.text == "," for w in sent.words[first + 1 : second])
            and sent.words[second].upos == "NOUN"
            and any(
                sent.words[k].rel == "det" and sent.words[k].lemma.lower() in ("a", "an") for k in sent.children[second]
            )
        )

    def trailing_frame(self, sent: Sentence) -> tuple[WordRef, WordRef, int, int] | None:
        """'<clause>, newswire Associated Press reported.' read from the words when the parse
        did not hang the clause on the cue: the sentence closes with a speech verb (and maybe
        its listener, "told Reuters"), a comma and a short noun phrase come before it, and a
        clause before that. Returns the cue, the speaker (the phrase's last noun: the head of
        an English noun phrase, names included) and the content's character span."""
        words = [w for w in sent.words if w.upos != "PUNCT" or w.text == ","]
        while words and words[-1].text == ",":
            words.pop()
        cue_at = next(
            (k for k in range(len(words) - 1, max(len(words) - 4, -1), -1) if self._is_speech_cue(words[k])), None
        )
        if cue_at is None or any(w.upos not in ("PROPN", "NOUN", "DET") for w in words[cue_at + 1 :]):
            return None
        comma = next((k for k in range(cue_at - 1, -1, -1) if words[k].text == ","), None)
        if comma is None or not 1 <= cue_at - comma - 1 <= 8:
            return None
        phrase = words[comma + 1 : cue_at]
        # Capitalised words may be tagged as verbs ("Associated"); a lower-case verb means a clause.
        if any(
            w.upos in ("AUX", "SCONJ", "ADP", "PRON") or (w.upos == "VERB" and not w.text[:1].isupper()) for w in phrase
        ):
            return None
        nouns = [w for w in phrase if w.upos in ("NOUN", "PROPN")]
        content = words[:comma]
        if not nouns or len(content) < 3 or not any(w.upos in ("VERB", "AUX") for w in content):
            return None
        return (WordRef(sent, words[cue_at].index), WordRef(sent, nouns[-1].index), content[0].start, content[-1].end)

    def _is_speech_cue(self, w: Word) -> bool:
        return w.upos in ("VERB", "AUX") and self.in_lex("speech_verbs", w.lemma.lower())

    @staticmethod
    def _subject(sent: Sentence, index: int, exclude: set[int] | frozenset[int] = frozenset()) -> WordRef | None:
        """The cue's subject; when the parse lost that arc, the nominal dependent just before
        the cue ("he ... said" misattached), or the noun phrase right after it ("said X")."""
        for c in sent.children[index]:
            if sent.words[c].rel == "nsubj":
                return WordRef(sent, c)
        # "A person briefed on the talks said ...", parsed as "briefed" with "said" as its
        # conjunct: coordinated verbs share the first one's subject.
        w = sent.words[index]
        if w.rel == "conj" and 0 <= w.head < index:
            for c in sent.children[w.head]:
                if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < w.head:
                    return WordRef(sent, c)
        for c in reversed(sent.children[index]):
            w = sent.words[c]
            if (
                c < index
                and c not in exclude
                and w.upos in ("PRON", "PROPN", "NOUN")
                and w.rel not in ("obl", "obj", "iobj", "nmod", "expl")
                and not any(sent.words[k].rel == "case" for k in sent.children[c])
            ):
                return WordRef(sent, c)
        # "'...,' said X" parsed without the subject arc: take the next noun phrase head.
        for w in sent.words[index + 1 : index + 4]:
            if w.upos in ("PROPN", "NOUN", "PRON") and w.rel in ("nsubj", "nsubj:pass") and w.head != index:
                break  # "said no decision had been made": the reported clause's own subject
            if w.upos in ("PROPN", "NOUN", "PRON"):
                j = w.index
                while sent.words[j].head > j and sent.words[sent.words[j].head].upos in ("PROPN", "NOUN"):
                    j = sent.words[j].head
                return WordRef(sent, j)
            if w.upos not in ("DET", "ADJ", "PUNCT"):
                break
        return None


def looks_like_speech(text: str, span: QuoteSpan) -> bool:
    inner = text[span.start + 1 : span.end - 1]
    words = regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", inner)
    return len(words) >= MIN_SPEECH_WORDS
