"""A second "report" the parse hangs on a trailing cue after its fronted one: "At least 38 people
were missing ..., a German rescue charity said, in one of the deadliest shipwrecks on the
central Mediterranean route this year" with "route" read as a verb and made a second ``ccomp``
of "said". A cue that closes the clause it reports says nothing more after a comma and a
prepositional phrase unless a clause with a subject or "that" opens there; such a late
"clause" with neither is a misread noun of that phrase, not what was said."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .that_clauses import has_subject

IsSpeech = Callable[[Word, Sentence], bool]


def late_clause_after_fronted_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that takes the late clause off the cue (module doc), or none."""
    for verb in sent.words:
        if not is_speech(verb, sent):
            continue
        reports = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp"]
        before = [c for c in reports if c < verb.index]
        after = [c for c in reports if c > verb.index]
        if not before or len(after) != 1:
            continue
        late = after[0]
        between = sent.words[verb.index + 1 : late]
        marked = any(sent.words[c].rel == "mark" for c in sent.children[late])
        if marked or has_subject(sent, late) or not any(w.upos == "ADP" for w in between):
            continue
        if between and between[0].text == ",":
            return {late: (verb.index, "dep")}
    return {}
