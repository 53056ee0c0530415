"""What a closing cue's shapes need beyond trailing_speaker (session 60; tests/test_fresh_copy_reports.py):
a bare "told" the tagger read as a passive participle after the speaker set off by commas, and a
description set off before the speaker's name that the parse made the name's head, and which relative
clauses before the cue may hold it."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import is_finite


def finite_or_bare_past(sent: Sentence, verb: Word) -> bool:
    """Finite, or "told" and its listener tagged a past participle with no auxiliary, coordinated
    with a finite clause before it:
    "The rules will curb defaults, the authority's director general, Mekdes Alemu, told
    reporters" with "told" tagged a passive participle (no "was" makes it one)."""
    if is_finite(sent, verb.index):
        return True
    bare = not any(sent.words[c].rel in ("aux", "aux:pass", "cop") for c in sent.children[verb.index])
    before = verb.rel in ("conj", "parataxis") and 0 <= verb.head < verb.index and is_finite(sent, verb.head)
    # (only "told" and the person told right after it: not "..., Mark Siljander, R-Mich., pleaded
    # guilty", nor "liberal groups ... reported spending only $1 million")
    told = verb.lemma.lower() == "tell" and any(
        c == verb.index + 1 and sent.words[c].rel in ("obj", "iobj") for c in sent.children[verb.index]
    )
    return bare and before and told and "VerbForm=Part" in verb.feats and "Tense=Past" in verb.feats


def description_before_name(sent: Sentence, n: int, clause: int) -> int:
    """ "..., the authority's director general, Mekdes Alemu, told reporters" with "Alemu" a
    conjunct of "general": the description set off by commas right before the name (its head a
    title, a noun or the adjective the tagger made "general"), or -1."""
    w = sent.words[n]
    h = sent.words[w.head] if w.rel in ("conj", "appos") and w.head >= 0 else None
    if w.upos != "PROPN" or h is None or h.index == clause or h.upos not in ("NOUN", "ADJ"):
        return -1
    name = set(sent.subtree(n))
    phrase = [k for k in sent.subtree(h.index) if k not in name and k < n and sent.words[k].upos != "PUNCT"]
    if not phrase or phrase[0] < 1 or sent.words[phrase[0] - 1].text != ",":
        return -1
    first_of_name = min(k for k in sent.subtree(n) if sent.words[k].upos != "PUNCT")
    return h.index if phrase[-1] == first_of_name - 2 and sent.words[first_of_name - 1].text == "," else -1


def relative_may_hold(sent: Sentence, j: int, verb: Word) -> bool:
    """The relative word at ``j`` opens a clause that may hold the verb: its own, or one whose subject
    follows it (not "... under-invoicing that cost the country ..., Mekdes Alemu, told")."""
    return verb.index in sent.heads_above(j) or sent.words[j + 1].upos in ("PROPN", "NOUN", "DET", "PRON")


def name_apposed_before(sent: Sentence, n: int) -> int:
    """'"...," Dragana Lukic, a farmer from the village of Gornje Nedeljice, told the crowd' with
    the name an apposition the parse hung on the description after it: the name set off before
    the description ``n`` inside its own phrase, or -1."""
    for c in sent.children[n]:
        w = sent.words[c]
        end = max(sent.subtree(c))
        if w.upos == "PROPN" and w.deprel == "appos" and c < n and sent.words[end + 1].text == ",":
            return c
    return -1
