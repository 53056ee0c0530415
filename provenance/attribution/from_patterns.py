"""Attributions from the dependency patterns in rules/patterns/.

A pattern match gives a cue, a content clause and maybe a speaker; all matches of one pattern on one cue make one
attribution, its content widened to the quote marks it touches and classified direct / mixed / indirect. What a pattern
does beyond its match is data (``PatternOptions``): no code here knows a pattern by its id."""

from __future__ import annotations

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import RulePattern, Vocabulary

from .content import (
    Match,
    acted_on,
    cut_at_speaker_comma,
    inverted_after_quote,
    leading_preposition,
    misparsed_subjects,
    misread_object,
    named_before,
    negated_trailing,
    object_unsaid,
    one_subject,
    parenthetical,
    raised_subject,
    stranded_clause_subject,
    stray_subjects,
    unanswered_question,
)
from .cues import CueReader, conjunct_subject, reduced_relative_subject
from .extent import (
    after_object,
    closed_clause,
    interrupted_host,
    pieces,
    whole_clause,
    without_contrast,
    without_participle_statements,
)
from .guards import (
    adverbial_clause,
    cited_people,
    clause_after_closing_cue,
    drop_swallowing,
    imperative_cue,
    manner_not_source,
    name_scrap,
    participle_not_reporting,
    reduced_adverbial,
    relative_content,
    second_report,
    storm_name,
    that_opened,
    trailing_cue_read_as_complement,
    unquoted_complement,
)
from .model import Attribution, ParsedParagraph
from .passives import is_passive, passive_agent
from .phrases import (
    capitalised_inside,
    name_after_quote,
    name_before,
    noun_phrase_after,
    stranded_apposition,
    subject_after_comma,
)
from .quoted_parts import framing_before_colon, quoted_conjuncts
from .spans import classify, content_words, quoted, snap_to_quotes, trim_edges


class PatternAttributor:
    def __init__(self, vocab: Vocabulary, cues: CueReader) -> None:
        self.patterns: list[RulePattern] = vocab.patterns_for("attribution")
        self.cues = cues
        self.in_lex = vocab.in_lexicon
        # Rules whose matches give way to a cue nested in their content (``nested_cue: drop``).
        self.drop_nested = frozenset(rp.id for rp in self.patterns if rp.options.nested_cue == "drop")

    # -- guards -------------------------------------------------------------------------
    def _misread_object(self, sent: Sentence, head: int) -> bool:
        """content.misread_object, or a bare time read as an object ("will question him next week")."""
        time = self.in_lex("time_nouns", sent.words[head].lemma.lower()) and all(
            sent.words[c].upos in ("DET", "ADJ", "NUM") for c in sent.children[head]
        )
        return misread_object(sent, head) or time

    def _valid_content(self, sent: Sentence, head: int, cue: int, spans: list[QuoteSpan], rp: RulePattern) -> bool:
        """Guards against parses that hang the wrong clause on a cue."""
        w = sent.words[head]
        kids = [sent.words[c] for c in sent.children[head]]
        if relative_content(sent, head, cue, rp) or second_report(sent, head, cue, self.in_lex):
            return False
        # (adverbial_clause: a verb's; "according to X" qualifies an adverbial clause too)
        verb = self.in_lex("speech_verbs", sent.words[cue].lemma.lower())
        if (
            unquoted_complement(sent, head, spans, rp)
            or reduced_adverbial(sent, head)
            or (verb and adverbial_clause(sent, head))
        ):
            return False
        if w.upos in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and w.deprel in ("ccomp", "conj", "advcl", "parataxis"):
            # A nominal complement must be a clause: "the attacks are in retaliation"; one "that" opens is a
            # clause the tagger broke ("warn that the drought could last years" with "years" its head)
            clause = that_opened(sent, head)
            if not any(k.rel in ("cop", "nsubj") for k in kids) and not quoted(sent, head, spans) and not clause:
                return False
        view = self._opinion(rp, sent.words[cue])
        if unanswered_question(sent, head, cue) or negated_trailing(sent, head, cue, rp.options.content_reach, view):
            return False
        kind = rp.options.content_kind
        unsaid = kind == "object" and (object_unsaid(sent, head, cue) or cited_people(sent, head, cue, self.in_lex))
        if kind in ("object", "topic") and (self._misread_object(sent, head) or unsaid):
            return False
        if rp.options.content_kind == "predicate" and not named_before(sent, head, cue):
            return False
        if name_scrap(sent, head, spans) and rp.options.content_reach != "rest":
            return False
        if trailing_cue_read_as_complement(sent, head, cue, self.in_lex) or clause_after_closing_cue(
            sent, head, cue, spans, self.in_lex
        ):
            return False
        # ("People briefed on the move said": a reduced relative; "said" the sentence's own cue)
        if (
            head > cue
            and rp.options.content_kind == "clause"
            and self.cues.is_speech_cue(w)
            and not any(k.rel == "nsubj" for k in kids)
            and reduced_relative_subject(sent, cue) is not None
        ):
            return False
        if participle_not_reporting(sent, head, cue, spans, self.in_lex):
            return False
        # ('"...," Roe said at the session, according to audio provided to the Times': a phrase
        # that qualifies a named speaker's quoted words names their channel, not a second source)
        named = any(k.rel == "nsubj" and k.upos == "PROPN" for k in kids) and self.cues.is_speech_cue(w)
        channel = named and any(quoted(sent, k.index, spans) for k in kids if k.rel != "nsubj")
        return not (rp.options.cue_kind == "preposition" and head < cue and channel)

    def _checked_speaker(
        self, sent: Sentence, cue: int, speaker: WordRef, spans: list[QuoteSpan]
    ) -> tuple[bool, WordRef | None]:
        """A speaker the parse gave that cannot speak: (drop the match?, the speaker to use)."""
        storm = storm_name(sent, speaker.index, self.in_lex) or manner_not_source(speaker)
        if (sent.words[cue].upos == "ADJ" and speaker.index > cue) or storm:
            return True, None  # ("confident that Roe": Roe's; "Hurricane Delia slams", "according to plan": nobody's)
        if quoted(sent, speaker.index, spans) and not quoted(sent, cue, spans):
            # What was said never says who said it ('"Donald is a leader," said the 46-year-old'
            # with "Donald" taken for the subject, '"The drop ...," said a person close to ...'
            # with "drop"): the speaker is outside the marks.
            return False, stranded_apposition(sent, cue) or name_after_quote(sent, cue) or noun_phrase_after(sent, cue)
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
                or subject_after_comma(sent, cue, self._is_role)
            )
            # (a day or month is never the speaker, however the parse links it)
            return False, found
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

    def _opinion(self, rp: RulePattern, w: Word) -> bool:  # (a view: "believes", "confident that")
        return rp.options.cue_kind == "cognition" or self.cues.is_opinion(w)

    def _is_role(self, w: Word) -> bool:
        return any(self.in_lex(lex, w.lemma.lower()) for lex in ("person_roles", "spokesperson_nouns"))

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
        # A capitalised day or month ('"...," Roe, R-Ky., said Tuesday', "late Friday said"), not "The New York Times".
        kids = [k for k in speaker.sentence.children[speaker.index] if _counts(speaker.sentence.words[k])]
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
        return drop_swallowing(found, self.drop_nested)

    def _matches_by_cue(
        self, sent: Sentence, rp: RulePattern, spans: list[QuoteSpan], taken_cues: set[int], taken_content: set[int]
    ) -> dict[int, list[Match]]:
        by_cue: dict[int, list[Match]] = {}
        for m in rp.pattern.match(sent, self.in_lex):
            cue = m["cue"]
            if rp.options.content_reach == "coordination":
                m = whole_clause(sent, m, rp.options.cue_kind == "preposition", self.cues.is_speech_cue)
            if cue in taken_cues or m["content"] in taken_content:
                continue
            if quoted(sent, cue, spans):
                continue  # a cue inside quote marks is part of what was said
            if imperative_cue(sent, cue):
                continue
            if capitalised_inside(sent, cue):
                continue  # "spokeswoman Hope Hicks said": a name the tagger read as a verb
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
        """One attribution per cue: the union of its content clauses ("said X and that Y")."""
        if rp.options.misparsed_subjects:
            matches = misparsed_subjects(sent, cue, matches, spans)
        words = self._content_union(sent, rp, cue, matches)
        if rp.options.content_kind == "clause":
            words = raised_subject(sent, cue, words)
        if not words:
            return None
        first = matches[0]
        speaker = WordRef(sent, first["speaker"]) if "speaker" in first else None
        if (
            speaker is not None
            and speaker.word.head == cue
            and is_passive(sent, cue)
            and not self._opinion(rp, sent.words[cue])
        ):
            # (not "officials were worried that ...": the worried are the ones who think it)
            # a passive cue's subject was spoken of or to, not the speaker
            speaker = passive_agent(sent, cue)
        if speaker is not None and speaker.word.head == cue and leading_preposition(sent, speaker.index):
            # "Roe called it false and in a short response said ...": a prepositional phrase is no
            # subject; the verb the cue is coordinated with has the real one.
            speaker = conjunct_subject(sent, cue) or speaker
        if speaker is not None and speaker.word.head == cue:
            chosen = speaker if rp.typed_speaker else one_subject(sent, cue, speaker)
            # (a time or the content made a second subject never speaks: "last year found", "said the plan works")
            timed = self.in_lex("time_nouns", chosen.word.lemma.lower()) or chosen.index in words
            speaker = speaker if timed else chosen
            words = stray_subjects(sent, cue, speaker, words)
        if speaker is None and rp.options.speaker_fallback == "subject":
            speaker, words = self._fallback_speaker(sent, rp, cue, words)
        if speaker is not None:
            drop, speaker = self._checked_speaker(sent, cue, speaker, spans)
            if drop:
                return None
        if speaker is not None:
            speaker, words = self._inverted(sent, rp, cue, speaker, words, spans)
            words = cut_at_speaker_comma(sent, cue, speaker, words)
        words = framing_before_colon(sent, cue, words | quoted_conjuncts(sent, cue, words, spans), spans)
        made = [
            self._make(text, sent, rp, cue, piece, speaker, first, spans, para_index)
            for piece in pieces(sent, cue, speaker, words)
        ]
        if len(made) == 2:
            made[0].also = made[1]
        return made[0]

    def _fallback_speaker(
        self, sent: Sentence, rp: RulePattern, cue: int, words: set[int]
    ) -> tuple[WordRef | None, set[int]]:
        """No speaker in the match: a subject the parse gave the reported clause though it stands
        before the cue ("People with direct knowledge said that ... the firm was paid"), else the
        cue's subject however the parse lost it (never what a naming cue acts on)."""
        stranded = stranded_clause_subject(sent, cue, words)
        if stranded is not None:
            return WordRef(sent, stranded), words - set(sent.subtree(stranded))
        if "Voice=Pass" in sent.words[cue].feats and (agent := passive_agent(sent, cue)) is not None:
            return agent, words  # ("Asked by a reporter whether ...": who asked)
        named = acted_on(sent, cue, words) if rp.options.content_kind in ("predicate", "directive") else set()
        return self.cues.subject(sent, cue, exclude=words | named), words

    def _inverted(
        self, sent: Sentence, rp: RulePattern, cue: int, speaker: WordRef, words: set[int], spans: list[QuoteSpan]
    ) -> tuple[WordRef, set[int]]:
        """'... are “very exciting,” says Jane Roe' / 'The paradox, says Jane Roe, is that ...': an
        inverted cue comes first and its speaker after it; the subject before it is the content's."""
        if not (
            speaker.index < cue
            and rp.options.content_kind == "clause"
            and not self.cues.is_listener_cue(sent.words[cue])
            and (inverted_after_quote(sent, cue, spans) or parenthetical(sent, cue))
        ):
            return speaker, words
        after = noun_phrase_after(sent, cue)
        if (
            after is not None
            and after.word.upos in ("PROPN", "NOUN")
            and after.index not in words  # (not what was said)
            and not quoted(sent, after.index, spans)
            and not self._never_speaks(after)
        ):
            return after, words | set(sent.subtree(speaker.index))
        return speaker, words

    def _content_union(self, sent: Sentence, rp: RulePattern, cue: int, matches: list[Match]) -> set[int]:
        if rp.options.content_reach == "rest" and any(m["content"] > cue for m in matches):
            # (not a coordinated statement: "The poll found X, and the mayor said Y"; a clause
            # before the cue is the content as a clause: "Support rose, a new analysis shows")
            own = [c for c in sent.children[cue] if c > cue and sent.words[c].rel not in ("conj", "parataxis", "cc")]
            rest = sorted(i for c in own for i in sent.subtree(c))
            if "speaker" in matches[0]:
                rest = [i for i in rest if i not in sent.subtree(matches[0]["speaker"])]
            return set(trim_edges(sent, rest))
        words: set[int] = set()
        for m in without_contrast(sent, cue, matches):
            m = dict(m)
            trailing = m["content"] < cue and sent.words[m["content"]].rel == "conj"
            if trailing or rp.options.content_reach == "coordination":
                preposition = rp.options.cue_kind == "preposition"
                m["content"] = closed_clause(sent, m["content"], cue, self.cues.is_speech_cue, preposition)
            words.update(content_words(sent, m))
            # ("called for the mayor to resign", "announced her plan to support ...": an
            # infinitive right after a common-noun object is the noun's, though hung on the verb)
            if "prep" in m or (rp.options.content_kind == "object" and sent.words[m["content"]].upos == "NOUN"):
                words.update(after_object(sent, cue, words, m.get("topic")))
        if rp.options.content_kind == "clause" and words:
            words |= interrupted_host(sent, cue, words)
        return without_participle_statements(sent, cue, words, self.cues.is_speech_cue)

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
            opinion=self._opinion(rp, cue_word),
            cue_kind=self.cues.cue_kind(cue_word, rp.options.cue_kind),
            paragraph=para_index,
            yields_to_other_content=rp.options.content_kind in ("object", "topic"),
        )


def _counts(w: Word) -> bool:  # a dependent that makes a day or month more than a time
    timing = (w.rel in ("amod", "advmod") and w.upos in ("ADJ", "ADV")) or w.lemma.lower() in ("this", "every")
    return w.upos != "PUNCT" and w.rel != "case" and not timing
