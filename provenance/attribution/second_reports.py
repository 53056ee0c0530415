"""Reports the parse hangs on the wrong verb around a trailing or relative cue.

A second "report" the parse hangs on a trailing cue after its fronted one: "At least 38 people
were missing ..., a German rescue charity said, in one of the deadliest shipwrecks on the
central Mediterranean route this year" with "route" read as a verb and made a second ``ccomp``
of "said". A cue that closes the clause it reports says nothing more after a comma and a
prepositional phrase unless a clause with a subject or "that" opens there; such a late
"clause" with neither is a misread noun of that phrase, not what was said.

A "that" clause the parse makes a conjunct of the main verb with no coordinator: "The inquiry
was first reported by L’Équipe, which said, citing a person close to the investigation, that
betting monitors had flagged ..." with ``conj(reported, flagged)``. A conjunct needs an "and";
a "that" clause without one is the complement of the nearest speech verb before it that has
none ("said").

A relative clause opened by "whose" read as the cue's complement: '"...," said Hauwa Abdullahi
Sule, whose 62-year-old father was admitted with a stroke on Friday' with ``ccomp(said,
admitted)``. "whose" only opens a relative clause: the clause is the name's."""

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


def that_clause_read_as_conjunct(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a coordinator-less "that" conjunct to its speech verb (module doc)."""
    for w in sent.words:
        if w.deprel != "conj" or w.head < 0 or w.head > w.index:
            continue
        kids = [sent.words[c] for c in sent.children[w.index]]
        if any(k.rel == "cc" for k in kids) or not any(k.rel == "mark" and k.lemma.lower() == "that" for k in kids):
            continue
        if not has_subject(sent, w.index):
            continue
        verbs = [
            v
            for v in sent.words[w.head + 1 : w.index]
            if is_speech(v, sent)
            and v.upos == "VERB"
            and v.rel not in ("amod", "compound")  # (no modifier: "after a stipulated trial")
            and not any(sent.words[c].rel == "ccomp" for c in sent.children[v.index])
        ]
        if verbs and w.index not in sent.subtree(verbs[-1].index):
            return {w.index: (verbs[-1].index, "ccomp")}
    return {}


def whose_clause_read_as_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The move that gives a "whose" clause back to the noun before it (module doc)."""
    for x in sent.words:
        if x.rel != "ccomp" or x.head < 0 or not is_speech(sent.words[x.head], sent):
            continue
        subjects = [c for c in sent.children[x.index] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
        whose = [k for s in subjects for k in sent.children[s] if sent.words[k].text.lower() == "whose"]
        if not whose or whose[0] < 2 or sent.words[whose[0] - 1].text != ",":
            continue
        noun = sent.words[whose[0] - 2]
        if noun.upos in ("PROPN", "NOUN") and noun.index not in sent.subtree(x.index):
            return {x.index: (noun.index, "acl:relcl")}
    return {}
