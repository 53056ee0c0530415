"""A report read as a relative clause of the day before it.

"The minister told parliament on Wednesday that talks with donors had stalled" comes out of the
shipped parser with "that" a relative pronoun, the subject of "talks" read as a verb
(``acl:relcl(Wednesday, talks)``), and "stalled" that verb's clause: the report is lost. So does
"said on Wednesday that delays in paying suppliers had held up deliveries". A day or a month
takes no relative clause in news copy; when it says when a speech verb with no report of its own
spoke, the "that" after it opens what was said. The clause's verb is the first verb after the
misread one with an auxiliary of its own ("had stalled", "had held"); the misread word is its
subject (a plural noun in "-s" the tagger took for a verb), and a subject the parse gave that verb
after it is the object of the gerund before it ("paying suppliers"). (A "that" the parse made a
relative pronoun of a day with the report a finite clause of its own is
torn_reports.report_read_as_relative_on_time's.) And "told a news conference in the capital that
farmers had produced enough wheat ..." with "that" the object of "produced", a relative clause of
"capital", though "produced" has an object of its own: a "that" with a subject after it, the
object of a verb that has another, is no relative pronoun but the report's complementiser, when
the noun it follows is in the phrase of a speech verb with no report of its own
(``report_read_as_object_relative``). "CARE Australia said in a statement that women and girls in
the centres faced ..." comes out with "that" the determiner of "women", "women" a relative clause
of "statement" and "faced" a modifier of "centres": a "that" opening a noun hung as a relative
clause on the statement a cue with no report spoke in, with a finite verb in that noun's phrase,
opens the report, whose subject the noun is and whose verb that one is
(``report_read_as_noun_relative``). "Vendors ... told Reuters this week that maize prices had risen"
comes out with "maize" a verb, a relative clause of "week", and "risen" its complement: a word
the tagger made a verb right after the "that", whose complement's subject starts right after it,
modifies that subject, and the complement is the report (``noun_read_as_verb_after_that``).
Part of ``modifier_moves.modifier_moves`` (tests/test_stranded_names.py; session 58:
tests/test_fresh_copy_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .misread_subjects import TIMES

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]
Moves = dict[int, tuple[int, str]]


def report_read_as_time_relative(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Moves:
    """The moves that make the "relative clause" of a speech verb's day its report; {} when none.
    (So for the statement it spoke in: "said in a joint statement that talks with the union would
    resume", ``noun_cues``.)"""
    for that in sent.words[1:-2]:
        day, misread = sent.words[that.index - 1], sent.words[that.index + 1]
        if that.lemma.lower() != "that" or that.upos != "PRON" or that.rel != "nsubj" or that.head != misread.index:
            continue
        said_in = day.upos == "NOUN" and in_lex("noun_cues", day.lemma.lower())
        if day.text.lower() not in TIMES and not said_in or misread.deprel != "acl:relcl" or misread.head != day.index:
            continue
        cue = _cue_of(sent, day, is_speech)
        if cue is None or any(sent.words[c].rel == "ccomp" for c in sent.children[cue.index]):
            continue
        if misread.upos != "VERB" or not misread.text.endswith("s") or _has_aux(sent, misread.index):
            continue
        verb = next((k for k in sent.subtree(misread.index) if k > misread.index and _has_aux(sent, k)), -1)
        if verb < 0 or sent.words[verb].upos != "VERB":
            continue
        moves: Moves = {that.index: (verb, "mark"), verb: (cue.index, "ccomp"), misread.index: (verb, "nsubj")}
        for s in (c for c in sent.children[verb] if sent.words[c].rel == "nsubj" and c > misread.index):
            gerund = sent.words[s - 1]
            if gerund.upos != "VERB" or not gerund.text.endswith("ing"):
                return {}  # (a second subject the reading cannot place)
            moves[s] = (gerund.index, "obj")
        return moves
    return {}


def report_read_as_contact_relative_on_time(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "Two exporters told Reuters last week they had expected an increase ..." with "expected" a
    relative clause of "week": a clause with its own subject right after the time a speech verb
    with no report of its own spoke at is that verb's report (no relative word opens it)."""
    for misread in sent.words:
        day = sent.words[misread.head] if misread.deprel == "acl:relcl" and misread.head >= 0 else None
        if day is None or not (day.text.lower() in TIMES or day.lemma.lower() in _SPANS):
            continue
        subject = next((c for c in sent.children[misread.index] if sent.words[c].rel == "nsubj"), -1)
        end = max(sent.subtree(day.index, exclude=[misread.index]))
        if misread.index < day.index or end + 2 >= len(sent.words):
            continue
        that = sent.words[end + 1].lemma.lower() == "that" and sent.words[end + 1].head == misread.index
        if subject < 0 or min(sent.subtree(subject)) != end + 1 + that or sent.words[subject].lemma.lower() in _WH:
            continue  # (or "that" marks it: "told Dagens Naeringsliv last month that he had no plans")
        cue = _cue_of(sent, day, is_speech)
        # (a "who" clause the parse made the cue's complement is no report of its own)
        reports = [c for c in sent.children[cue.index] if sent.words[c].rel == "ccomp"] if cue is not None else []
        if cue is not None and all(_relative(sent, c) for c in reports):
            return {misread.index: (cue.index, "ccomp")} | ({end + 1: (misread.index, "mark")} if that else {})
    return {}


_WH = frozenset({"who", "which", "that", "whom", "whose"})
# Spans of time a statement is dated by ("last week", "on Tuesday morning"; not "a point he has made")
_SPANS = frozenset({"day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"})


def _relative(sent: Sentence, clause: int) -> bool:
    return any(sent.words[c].rel == "nsubj" and sent.words[c].lemma.lower() in _WH for c in sent.children[clause])


def _cue_of(sent: Sentence, day: Word, is_speech: IsSpeech) -> Word | None:
    """The speech verb the day hangs on, directly or through its listener ("told parliament on
    Wednesday" with the day on "parliament")."""
    head = sent.words[day.head] if day.head >= 0 else None
    if head is not None and not is_speech(head, sent) and head.rel in ("obj", "iobj") and head.head >= 0:
        head = sent.words[head.head]
    return head if head is not None and is_speech(head, sent) else None


def _has_aux(sent: Sentence, k: int) -> bool:
    return any(sent.words[c].rel in ("aux", "aux:pass") for c in sent.children[k])


def report_read_as_noun_relative(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Moves:
    """The moves that make a noun read as a statement's relative clause the report's subject; {} when none."""
    for noun in sent.words[1:]:
        that = sent.words[noun.index - 1]
        if noun.deprel != "acl:relcl" or noun.upos != "NOUN" or that.lemma.lower() != "that" or that.head != noun.index:
            continue
        statement = sent.words[noun.head]
        cue = sent.words[statement.head] if statement.head >= 0 else None
        if cue is None or not in_lex("noun_cues", statement.lemma.lower()) or not is_speech(cue, sent):
            continue
        if any(sent.words[c].rel == "ccomp" for c in sent.children[cue.index]):
            continue
        verb = next((k for k in sent.subtree(noun.index) if _finite_modifier(sent, k)), -1)
        if verb > noun.index:
            return {that.index: (verb, "mark"), noun.index: (verb, "nsubj"), verb: (cue.index, "ccomp")}
    return {}


def _finite_modifier(sent: Sentence, k: int) -> bool:
    w = sent.words[k]
    return w.upos == "VERB" and w.deprel == "acl" and "VerbForm=Fin" in w.feats


# What one does with a statement or an interview: a "that" clause with one of these on a statement is
# a relative clause ("the statement that it issued", "an interview that she had with CNN")
_MAKING = frozenset(
    {"have", "give", "make", "issue", "release", "post", "publish", "send", "deliver", "read", "sign", "write", "grant"}
)


def noun_read_as_verb_after_that(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """The moves that make the "verb" after "that" a modifier of the report's subject; {} when none."""
    for that in sent.words[1:-2]:
        misread = sent.words[that.index + 1]
        if that.lemma.lower() != "that" or that.rel != "mark" or that.head != misread.index or misread.upos != "VERB":
            continue
        if misread.deprel not in ("acl:relcl", "acl") or not misread.text.islower():
            continue
        report = next((c for c in sent.children[misread.index] if sent.words[c].rel == "ccomp"), -1)
        subject = misread.index + 1
        if report < 0 or sent.words[subject].rel != "nsubj" or sent.words[subject].head != report:
            continue
        cue = _cue_of(sent, sent.words[misread.head], is_speech)
        if cue is None or any(sent.words[c].rel == "ccomp" for c in sent.children[cue.index]):
            continue
        return {misread.index: (subject, "compound"), report: (cue.index, "ccomp"), that.index: (report, "mark")}
    return {}


def report_read_as_object_relative(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Moves:
    """The moves that make a "relative clause" with a second object the cue's report; {} when none.
    (So on the statement the cue spoke in, whatever the clause's verb takes: "said in a statement
    that more than 20,000 spectators had attended", ``noun_cues``.)"""
    for that in sent.words[1:-2]:
        if that.lemma.lower() != "that" or that.upos != "PRON" or that.rel != "obj" or that.head <= that.index:
            continue
        verb = sent.words[that.head]
        own = [sent.words[c].rel for c in sent.children[verb.index] if c != that.index]
        if verb.deprel != "acl:relcl" or "nsubj" not in own:
            continue
        # (up to the cue, through a participle on the statement: "in a joint statement posted on
        # social media that they would continue")
        cue, steps, statement = sent.words[verb.head], 0, False
        # (or on the person told, a name: "told The Oregonian/OregonLive that children breathe in")
        listener = cue.upos == "PROPN" and (
            cue.rel in ("obj", "iobj") or cue.rel == "conj" and sent.words[cue.head].rel in ("obj", "iobj")
        )
        if listener and cue.rel == "conj":
            cue = sent.words[cue.head]  # (the name's list: "The Oregonian/OregonLive")
        while (
            (not is_speech(cue, sent) or cue.rel == "acl")
            and cue.rel in ("obj", "obl", "nmod", "iobj", "acl")
            and steps < 4
        ):
            statement = statement or in_lex("noun_cues", cue.lemma.lower())
            cue, steps = sent.words[cue.head], steps + 1
        if not is_speech(cue, sent) or any(sent.words[c].rel == "ccomp" for c in sent.children[cue.index]):
            continue
        if "obj" not in own and not ((statement or listener) and verb.lemma.lower() not in _MAKING):
            continue  # (not what one had, gave or issued: "in a statement that she had with CNN")
        return {that.index: (verb.index, "mark"), verb.index: (cue.index, "ccomp")}
    return {}
