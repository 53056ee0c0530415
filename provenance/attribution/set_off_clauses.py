"""A closing cue whose trailing adverbial the parse read as its report (session 55, from fresh
articles; tests/test_fresh_reports.py).

"Teachers, doctors and municipal workers ... were still pressured to pick cotton ..., a rights
group said Thursday, even as the ILO credits the country with ending forced labour" comes out
of the shipped parser with "said" a conjunct of "pressured" and the "even as" clause its
complement: only the "even as" clause was reported, the writer's context, and the rights
group's words were lost. A complement opened by a subordinator that opens no report ("as",
"because", "while": occasion_clauses.reads_adverbial), set off by a comma after a cue that
closes the clause before, is that clause's adverbial; the cue then closes its report
(trailing_speaker.closing_cue_read_as_conjunct). Part of subject_repairs.subject_moves.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .occasion_clauses import reads_adverbial
from .trailing_speaker import closing_cue_read_as_conjunct
from .tree_edits import Moves, moved


def adverbial_read_as_closing_cues_report(sent: Sentence, verb: Word) -> Moves:
    """The moves that hang the set-off adverbial on the clause before and make the cue close that
    clause's report (module doc), or {}."""
    if verb.rel != "conj" or verb.head < 0:
        return {}
    for c in sent.children[verb.index]:
        if c < verb.index or sent.words[c].rel != "ccomp" or not reads_adverbial(sent, c):
            continue
        lead = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT")
        if lead < 1 or sent.words[lead - 1].text != ",":
            continue
        first: Moves = {c: (verb.head, "advcl")}
        after = moved(sent, first)
        closing = closing_cue_read_as_conjunct(after, after.words[verb.index])
        return {**first, **closing} if closing else {}
    return {}
