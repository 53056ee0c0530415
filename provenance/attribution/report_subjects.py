"""Report subjects the parse gave away around the cue. Part of second_reports.second_report_moves.

A time that closes a relative clause read as the subject of the cue: "A kitchen porter who worked
at the restaurant until January said pest-control visits had been cancelled" with "said" an
adverbial clause ("until January said") of the report and "porter" the report's second subject.
A month or a year says when, never who: it goes back to the relative clause, and the cue takes
the noun the clause describes for its subject and the report for its complement.

A name split between the cue's object and its report's subject: "A person familiar with the
negotiations said a mediator from the National Labour Relations Board had been approached" with
"mediator" the object of "said" and "Board", the last word of the body's name, the subject of
"approached". "Say" takes no object: the object is the report's subject, and the word that goes
on its name is the name's."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]
Moves = dict[int, tuple[int, str]]

_TIME_MARKS = frozenset({"until", "since", "before", "after", "till"})


def time_read_as_cue_subject(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """The moves that give the cue the subject a time took from it (module doc)."""
    for verb in sent.words:
        report = verb.head
        if not is_speech(verb, sent) or verb.rel != "advcl" or report < verb.index:
            continue
        kids = sent.children[verb.index]
        mark = next(
            (k for k in kids if sent.words[k].rel == "mark" and sent.words[k].lemma.lower() in _TIME_MARKS), None
        )
        time = next((k for k in kids if sent.words[k].rel == "nsubj"), None)
        if mark is None or time is None or not (mark < time < verb.index) or not _time_word(sent.words[time], in_lex):
            continue
        # (the noun whose relative clause the time closes: "A kitchen porter who worked ... until")
        noun = next(
            (k for k in sent.children[report] if k < mark and sent.words[k].rel in ("nsubj", "nsubj:pass")), None
        )
        clause = next((c for c in sent.children[noun] if sent.words[c].deprel == "acl:relcl"), None) if noun else None
        if noun is None or clause is None or max(sent.subtree(clause)) != mark - 1:
            continue
        return {
            verb.index: (-1, "root"), report: (verb.index, "ccomp"), noun: (verb.index, "nsubj"),
            time: (clause, "obl"), mark: (time, "case"),
        }  # fmt: skip
    return {}


def _time_word(w: Word, in_lex: InLexicon) -> bool:
    """A month, a weekday, a year or a time noun: "January", "2019", "Tuesday", "spring"."""
    return in_lex("time_nouns", w.lemma.lower()) or (w.upos == "NUM" and len(w.text) == 4 and w.text.isdigit())


def name_split_from_cue_object(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """The moves that give the report its subject back from the cue's object (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent) or verb.lemma.lower() != "say":
            continue
        kids = sent.children[verb.index]
        obj = next((k for k in kids if sent.words[k].rel == "obj" and k > verb.index), None)
        report = next((k for k in kids if sent.words[k].rel == "ccomp" and obj is not None and k > obj), None)
        if obj is None or report is None:
            continue
        subject = next((k for k in sent.children[report] if sent.words[k].rel == "nsubj"), None)
        end = max(sent.subtree(obj))
        if subject is None or subject != end + 1 or sent.words[end].upos != "PROPN":
            continue
        if sent.words[subject].upos != "PROPN" or sent.children[subject]:
            continue
        return {subject: (end, "flat"), obj: (report, sent.words[subject].deprel)}
    return {}
