"""Attributions from the dependency patterns in rules/patterns/.

A pattern match gives a cue, a content clause and maybe a speaker. All matches of one pattern
on one cue become one attribution (the union of its content clauses); the content is widened to
the quote marks it touches and classified direct / mixed / indirect. What a pattern does beyond
its match is data (``PatternOptions``): no code here knows a pattern by its id.
"""

from __future__ import annotations

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence, WordRef
from provenance.vocab import RulePattern, Vocabulary

from .cues import (
    CueReader,
    conjunct_subject,
    indefinite_apposition,
    is_participle,
    is_passive,
    name_after_quote,
    name_before,
    noun_phrase_after,
    passive_agent,
    reduced_relative_subject,
    stranded_apposition,
)
from .model import Attribution, ParsedParagraph
from .spans import QUOTE_CHARS, classify, content_words, quoted, snap_to_quotes, trim_edges

Match = dict[str, int]


class PatternAttributor:
    def __init__(self, vocab: Vocabulary, cues: CueReader) -> None:
        self.patterns: list[RulePattern] = vocab.patterns_for("attribution")
        self.cues = cues
        self.in_lex = vocab.in_lexicon
        # Rules whose matches give way to a cue nested in their content (``nested_cue: drop``).
        self.drop_nested = frozenset(rp.id for rp in self.patterns if rp.options.nested_cue == "drop")

    # -- guards -------------------------------------------------------------------------
    def _valid_content(self, sent: Sentence, head: int, cue: int, spans: list[QuoteSpan], rp: RulePattern) -> bool:
        """Guards against parses that hang the wrong clause on a cue."""
        w = sent.words[head]
        kids = [sent.words[c] for c in sent.children[head]]
        # A clause whose subject is "who"/"which" is a relative clause, never what was said.
        if any(k.rel == "nsubj" and k.lemma.lower() in ("who", "which", "whom") for k in kids):
            return False
        if w.deprel == "xcomp" and not quoted(sent, head, spans):
            # "asked him to leave", "admitted carrying out": not content unless quoted; but for
            # an object-content cue a gerund with a determiner is a misparsed object
            # ("condemned the bombing").
            if rp.options.content_kind != "object" or not any(k.rel == "det" for k in kids):
                return False
        if w.upos in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and w.deprel in ("ccomp", "conj", "advcl", "parataxis"):
            # A nominal complement must be a clause: "the attacks are in retaliation".
            if not any(k.rel in ("cop", "nsubj") for k in kids) and not quoted(sent, head, spans):
                return False
        # A lone capitalised word is a piece of the speaker's name the parser took for a verb
        # ("newswire Associated Press reported" with "Associated" as the complement).
        if not kids and w.text[:1].isupper() and head > 0 and not quoted(sent, head, spans):
            return False
        # "..., the official said" parsed as another complement of the first "said": a comma
        # opens that clause ("said the government welcomed the decision" is a real complement).
        if head > cue and self.in_lex("speech_verbs", w.lemma.lower()) and any(k.rel == "nsubj" for k in kids):
            sub = sent.subtree(head)
            first = min(i for i in sub if sent.words[i].upos != "PUNCT")
            comma_before = any(sent.words[i].text == "," for i in range(cue + 1, first))
            if comma_before and all(x.upos == "PUNCT" for x in sent.words[max(sub) + 1 :]):
                return False
        # "People briefed on the move said ...": "briefed" is a reduced relative clause, and the
        # speech verb parsed as its complement is the sentence's own cue.
        if (
            head > cue
            and self.cues.is_speech_cue(w)
            and not any(k.rel == "nsubj" for k in kids)
            and reduced_relative_subject(sent, cue) is not None
        ):
            return False
        # "the mayor said, adding that ..." with the participle parsed as the complement of
        # "said": it is a second speech act of the same speaker, not what "said" reported.
        if (
            head > cue
            and is_participle(w)
            and self.cues.is_speech_cue(w)
            and not quoted(sent, head, spans)
            and any(sent.words[i].text == "," for i in range(cue + 1, head))
        ):
            return False
        return True

    def _checked_speaker(
        self, sent: Sentence, cue: int, speaker: WordRef, spans: list[QuoteSpan]
    ) -> tuple[bool, WordRef | None]:
        """A speaker the parse gave that cannot speak: (drop the match?, the speaker to use)."""
        if self._never_speaks(speaker):
            time = self.in_lex("time_nouns", speaker.word.lemma.lower()) or speaker.word.upos == "PROPN"
            # "Heavy rains suggest ..., the agronomist said": the rains report nothing; the
            # trailing cue that hangs on this one takes the clause.
            trailing = any(
                w.head == cue and w.index > cue and w.deprel in ("parataxis", "conj", "advcl")
                and self.cues.is_speech_cue(w) and not quoted(sent, w.index, spans)
                for w in sent.words
            )  # fmt: skip
            if trailing and not time:
                return True, None
            # Else the subject was misread ('"...," Mitch McConnell, R-Ky., said Tuesday'): a name
            # stranded before the cue; a misparsed day ("A court document filed Thursday says")
            # still points into the speaker's noun phrase; a demonstrative or the weather nowhere.
            found = (
                self._other_subject(sent, cue, speaker)
                or stranded_apposition(sent, cue)
                or name_after_quote(sent, cue)
                or name_before(sent, speaker.index)
            )
            return False, found or (speaker if speaker.word.upos == "PROPN" else None)
        if quoted(sent, speaker.index, spans) and not quoted(sent, cue, spans):
            # What was said never says who said it ('"Donald is a leader," said the 46-year-old'
            # with "Donald" taken for the subject): the speaker is outside the marks.
            return False, stranded_apposition(sent, cue) or name_after_quote(sent, cue) or noun_phrase_after(sent, cue)
        return False, speaker

    def _other_subject(self, sent: Sentence, cue: int, speaker: WordRef) -> WordRef | None:
        """Another subject of the cue that can speak ("The State Department less than two weeks
        ago said" with "weeks" taken for the subject), the nearest to the cue."""
        others = [
            c
            for c in sent.children[cue]
            if sent.words[c].rel == "nsubj" and c != speaker.index and not self._never_speaks(WordRef(sent, c))
        ]
        return WordRef(sent, min(others, key=lambda c: abs(c - cue))) if others else None

    def _never_speaks(self, speaker: WordRef) -> bool:
        """Weather, events, times and places are never the agent of a cue."""
        w = speaker.word
        forms = (w.lemma.lower(), w.text.lower())
        if w.upos == "PRON":
            # "That irritates ...": a demonstrative ("those surveyed" is somebody: the form, not
            # the lemma); a relative "that" stands for its antecedent
            return "PronType=Rel" not in w.feats and self.in_lex("not_speakers", w.text.lower())
        if w.upos == "NOUN":
            return any(self.in_lex(lex, f) for lex in ("not_speakers", "time_nouns") for f in forms)
        # A bare capitalised day or month ('"...," Roe, R-Ky., said Tuesday'), not a name that
        # contains one ("The New York Times").
        kids = [k for k in speaker.sentence.children[speaker.index] if speaker.sentence.words[k].upos != "PUNCT"]
        return w.upos == "PROPN" and not kids and any(self.in_lex("time_nouns", f) for f in forms)

    # -- matching -----------------------------------------------------------------------
    def attribute(self, text: str, para: ParsedParagraph, spans: list[QuoteSpan]) -> list[Attribution]:
        """Every pattern attribution of one paragraph; a cue or content is claimed once, by
        the pattern of highest priority."""
        found: list[Attribution] = []
        for sent in para.sentences:
            taken_cues: set[int] = set()
            taken_content: set[int] = set()
            for rp in self.patterns:
                for cue, matches in self._matches_by_cue(sent, rp, spans, taken_cues, taken_content).items():
                    a = self._attribution(text, sent, rp, cue, matches, spans, para.index)
                    if a is None:
                        continue
                    taken_cues.add(cue)
                    taken_content.update(m["content"] for m in matches)
                    found.append(a)
                    if a.also is not None:
                        found.append(a.also)
        return _drop_swallowing(found, self.drop_nested)

    def _matches_by_cue(
        self, sent: Sentence, rp: RulePattern, spans: list[QuoteSpan], taken_cues: set[int], taken_content: set[int]
    ) -> dict[int, list[Match]]:
        by_cue: dict[int, list[Match]] = {}
        for m in rp.pattern.match(sent, self.in_lex):
            cue = m["cue"]
            if rp.options.content_reach == "coordination":
                m = _whole_clause(sent, m)
            if cue in taken_cues or m["content"] in taken_content:
                continue
            if quoted(sent, cue, spans):
                continue  # a cue inside quote marks is part of what was said
            if not self._valid_content(sent, m["content"], cue, spans, rp):
                continue
            by_cue.setdefault(cue, []).append(m)
        return by_cue

    # -- one attribution per cue --------------------------------------------------------
    def _attribution(
        self,
        text: str,
        sent: Sentence,
        rp: RulePattern,
        cue: int,
        matches: list[Match],
        spans: list[QuoteSpan],
        para_index: int,
    ) -> Attribution | None:
        """One attribution per cue: the union of its content clauses ("said the attacks are ...
        and that they aim ...")."""
        if rp.options.misparsed_subjects:
            matches = _misparsed_subjects(sent, cue, matches, spans)
        words = self._content_union(sent, rp, cue, matches)
        if not words:
            return None
        first = matches[0]
        speaker = WordRef(sent, first["speaker"]) if "speaker" in first else None
        if (
            speaker is not None
            and speaker.word.head == cue
            and is_passive(sent, cue)
            and not self.cues.is_opinion(sent.words[cue])
        ):
            # (not "officials were worried that ...": the worried are the ones who think it)
            # a passive cue's subject was spoken of or to, not the speaker
            speaker = passive_agent(sent, cue)
        if speaker is not None and speaker.word.head == cue and _leading_preposition(sent, speaker.index):
            # "Roe called it false and in a short response said ...": a prepositional phrase is no
            # subject; the verb the cue is coordinated with has the real one.
            speaker = conjunct_subject(sent, cue) or speaker
        if speaker is not None and speaker.word.head == cue:
            speaker = _one_subject(sent, cue, speaker)
            words = _stray_subjects(sent, cue, speaker, words)
        if speaker is None and rp.options.speaker_fallback == "subject":
            speaker = self.cues.subject(sent, cue, exclude=words)
        if speaker is not None:
            drop, speaker = self._checked_speaker(sent, cue, speaker, spans)
            if drop:
                return None
        if (
            speaker is not None
            and speaker.index < cue
            and rp.options.content_kind == "clause"
            and not self.cues.is_listener_cue(sent.words[cue])
            and (_inverted_after_quote(sent, cue, spans) or _parenthetical(sent, cue))
        ):
            # '... are “very exciting,” says senior manager Jane Roe' / 'The paradox, says Jane
            # Roe, is that ...': an inverted cue comes first and its speaker after it; the
            # subject before it is the content's.
            after = noun_phrase_after(sent, cue)
            if (
                after is not None
                and after.word.upos in ("PROPN", "NOUN")
                and not quoted(sent, after.index, spans)
                and not self._never_speaks(after)
            ):
                words = words | set(sent.subtree(speaker.index))
                speaker = after
        if speaker is not None:
            words = _cut_at_speaker_comma(sent, cue, speaker, words)
        # '"A," the minister said, "and B."' parsed with B as a conjunct of the cue: a quoted
        # conjunct after the cue is more of what was said.
        for c in sent.children[cue]:
            if sent.words[c].rel == "conj" and c > cue and c not in words and quoted(sent, c, spans):
                words.update(sent.subtree(c))
        made = [
            self._make(text, sent, rp, cue, piece, speaker, first, spans, para_index)
            for piece in _pieces(sent, cue, speaker, words)
        ]
        if len(made) == 2:
            made[0].also = made[1]
        return made[0]

    def _content_union(self, sent: Sentence, rp: RulePattern, cue: int, matches: list[Match]) -> set[int]:
        words: set[int] = set()
        for m in matches:
            m = dict(m)
            trailing = m["content"] < cue and sent.words[m["content"]].rel == "conj"
            if trailing or rp.options.content_reach == "coordination":
                # A trailing attribution covers the whole coordinated clause it closes.
                h = m["content"]
                while sent.words[h].rel == "conj" and sent.words[h].head >= 0 and sent.words[h].head != cue:
                    h = sent.words[h].head
                m["content"] = h
            words.update(content_words(sent, m))
        return words

    def _make(
        self,
        text: str,
        sent: Sentence,
        rp: RulePattern,
        cue: int,
        ordered: list[int],
        speaker: WordRef | None,
        first: Match,
        spans: list[QuoteSpan],
        para_index: int,
    ) -> Attribution:
        start, end = snap_to_quotes(sent.words[ordered[0]].start, sent.words[ordered[-1]].end, spans)
        cue_word = sent.words[cue]
        via = WordRef(sent, first["via"]) if "via" in first else self.cues.find_via(sent, cue)
        return Attribution(
            kind=classify(text, start, end, spans),
            start=start,
            end=end,
            rule=rp.id,
            cue=WordRef(sent, cue),
            speaker=speaker,
            via=via,
            opinion=self.cues.is_opinion(cue_word),
            cue_kind=self.cues.cue_kind(cue_word, rp.options.cue_kind),
            paragraph=para_index,
            yields_to_other_content=rp.options.content_kind == "object",
        )


def _misparsed_subjects(sent: Sentence, cue: int, matches: list[Match], spans: list[QuoteSpan]) -> list[Match]:
    """Complements of the cue that are really its subject: unquoted complements on both sides
    of the cue (those before it), or, after a quote, an unquoted clause that runs right up to
    the cue ('"...," a study released by X said')."""
    before = [m for m in matches if m["content"] < cue]
    after = [m for m in matches if m["content"] > cue]
    if before and after and not all(quoted(sent, m["content"], spans) for m in matches):
        kept, subject = after, before[0]["content"]
    elif (
        len(before) >= 2
        and not quoted(sent, before[-1]["content"], spans)
        and max(sent.subtree(before[-1]["content"])) == cue - 1
    ):
        kept, subject = before[:-1], before[-1]["content"]
    else:
        return matches
    b: int | None = subject
    if sent.words[subject].upos not in ("NOUN", "PROPN", "ADJ", "PRON"):
        # "A person briefed on the talks said ...": the participle took the subject.
        b = next((c for c in sent.children[subject] if sent.words[c].rel == "nsubj" and c < subject), None)
    if "speaker" not in kept[0] and b is not None:
        kept[0] = {**kept[0], "speaker": b}
    return kept


def _one_subject(sent: Sentence, cue: int, speaker: WordRef) -> WordRef:
    """Two subjects on one cue is a misparse of one noun phrase ("newswire Associated Press
    reported"): the one next to the cue heads it."""
    subjects = [c for c in sent.children[cue] if sent.words[c].rel == "nsubj"]
    if len(subjects) <= 1:
        return speaker
    # A subject behind "that" after the cue belongs to the reported clause ("has announced that
    # its deputy head ... had been killed").
    # So does one right after the cue when another stands before it and a clause of the cue follows
    # ("Jane Roe, ..., said the report “misrepresents the work”").
    before = any(c < cue for c in subjects)
    own = [
        c
        for c in subjects
        if not (c > cue and any(w.upos == "SCONJ" for w in sent.words[cue + 1 : c]))
        and not (c > cue and before and _clause_after(sent, cue, c))
    ]
    own = own or subjects
    nearest = min(own, key=lambda c: abs(c - cue))
    # "Jane Roe, a former national security adviser, said" / "Popular Mobilization Force, a
    # coalition of militias ..., has announced": an indefinite noun after a comma is an
    # apposition of the subject before it, which names the speaker. (Not any earlier subject:
    # "Wednesday, Clinton said" must stay with Clinton.)
    earlier = [c for c in own if c < nearest]
    if earlier and nearest < cue and indefinite_apposition(sent, earlier[-1], nearest):
        return WordRef(sent, earlier[-1])
    return WordRef(sent, nearest)


def _inverted_after_quote(sent: Sentence, cue: int, spans: list[QuoteSpan]) -> bool:
    """The cue right after a closing quote mark (and its comma): '"...," says Roe'."""
    j = cue - 1
    while j >= 0 and sent.words[j].text in (",", "?", "!"):
        j -= 1
    return j >= 0 and sent.words[j].text in QUOTE_CHARS and any(s.end == sent.words[j].end for s in spans)


def _parenthetical(sent: Sentence, cue: int) -> bool:
    """ ", says Jane Roe," / ", said the engineer.": a cue right after a comma whose noun phrase
    after it closes on a comma or the end of the sentence."""
    if cue < 1 or sent.words[cue - 1].text != ",":
        return False
    j = cue + 1
    while j < len(sent.words) and sent.words[j].upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"):
        j += 1
    return j > cue + 1 and (j == len(sent.words) or sent.words[j].text in (",", ".", ";"))


def _whole_clause(sent: Sentence, m: Match) -> Match:
    """ "..., according to X." closing the sentence after a comma covers the whole clause before
    it, though the parse hung X on a verb inside it ("do not have access to retirement plans,
    according to X" with X under "retirement"): the content climbs out of infinitives and
    adverbial clauses to the clause the comma closes."""
    frame = set(sent.subtree(m["cue"])) | (set(sent.subtree(m["speaker"])) if "speaker" in m else set())
    h = m["content"]
    if h in frame or h > min(frame):
        return m
    lo, hi = min(i for i in frame if sent.words[i].upos != "PUNCT"), max(frame)
    if lo == 0 or sent.words[lo - 1].text != "," or not all(w.upos == "PUNCT" for w in sent.words[hi + 1 :]):
        return m
    while sent.words[h].deprel in ("xcomp", "advcl") and 0 <= sent.words[h].head < h:
        h = sent.words[h].head
    return {**m, "content": h}


def _leading_preposition(sent: Sentence, index: int) -> bool:
    """A phrase opened by a preposition of manner or medium ("in a short response", "with a
    smile", "during the debate"). Not "of" or "than", which the parse hangs on subjects ("more
    than ten tenants"), nor "after"/"before", which often stand for the conjunction ("after the
    mayor had said")."""
    first = min(sent.subtree(index))
    w = sent.words[first]
    return w.head == index and w.rel == "case" and w.lemma.lower() in ("in", "with", "through", "via", "during", "at")


def _clause_after(sent: Sentence, cue: int, index: int) -> bool:
    """Whether a clause of the cue follows word ``index`` with no comma between (after a comma
    it may be an apposition the parse took for a clause: "said Jane Roe, a senior fellow")."""
    for c in sent.children[cue]:
        w = sent.words[c]
        if w.rel not in ("ccomp", "xcomp") or c <= index or any(x.text == "," for x in sent.words[index:c]):
            continue
        kids = [sent.words[k].rel for k in sent.children[c]]
        if w.upos in ("VERB", "AUX") or "cop" in kids:
            return True
    return False


def _stray_subjects(sent: Sentence, cue: int, speaker: WordRef, words: set[int]) -> set[int]:
    """A second subject of the cue after it, with the reported clause after that, is the
    clause's own subject ("said presumptive nominee John Doe was a failure"): it is content."""
    for c in sent.children[cue]:
        if sent.words[c].rel == "nsubj" and c != speaker.index and c > cue and words and c < max(words):
            if _clause_after(sent, cue, c):
                words = words | set(sent.subtree(c))
    return words


def _cut_at_speaker_comma(sent: Sentence, cue: int, speaker: WordRef, words: set[int]) -> set[int]:
    """ "..., local newspaper The Courier reported" with "newspaper" parsed into the content:
    the comma before the speaker's phrase closes the content."""
    if not (cue > speaker.index and max(words) < cue):
        return words
    comma = max((w.index for w in sent.words[: speaker.index] if w.text == ","), default=-1)
    # (a closing quote mark may stand between the comma and the speaker: '"...," Jane Roe, ...')
    if comma > min(words) and all(
        sent.words[i].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or sent.words[i].text in QUOTE_CHARS
        for i in range(comma + 1, speaker.index)
    ):
        return {w for w in words if w < comma}
    return words


def _pieces(sent: Sentence, cue: int, speaker: WordRef | None, words: set[int]) -> list[list[int]]:
    """A cue inside its content ('"A," he said, "B."', "The bridge, he said, will reopen")
    splits it: two pieces, each its own record, as newsroom and corpus conventions have it."""
    # The frame is the cue with what hangs on it that is not content (a cue heading the
    # sentence has the content under it), punctuation aside.
    frame = {i for i in sent.subtree(cue) if i not in words and sent.words[i].upos != "PUNCT"}
    frame |= set(sent.subtree(speaker.index)) if speaker else set()
    lo, hi = min(frame), max(frame)
    left, right = sorted(w for w in words if w < lo), sorted(w for w in words if w > hi)
    pieces = [trim_edges(sent, left), trim_edges(sent, right)] if left and right else [sorted(words)]
    return [p for p in pieces if p] or [sorted(words)]


def _drop_swallowing(found: list[Attribution], drop_nested: frozenset[str]) -> list[Attribution]:
    """A trailing "..., the official said" may attach to the main verb instead of the content;
    its content then swallows another attribution's cue in the same sentence ("X said the strike
    hit ..., the official said"). That is one statement: keep the attribution whose content is
    the clause itself. Only patterns with ``nested_cue: drop`` are dropped this way."""
    keep = []
    for a in found:
        swallows = (
            a.rule in drop_nested
            and a.cue is not None
            and any(
                b is not a
                and b.cue is not None
                and b.cue.sentence is a.cue.sentence
                and a.start <= b.cue.word.start < a.end
                for b in found
            )
        )
        if not swallows:
            keep.append(a)
    return keep
