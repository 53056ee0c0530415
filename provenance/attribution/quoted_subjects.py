"""The speaker between a closing quote and its cue that the parse hung elsewhere (session 62).

'"We will find them," acting police chief Jane Roe said.' with ``obj(find, Roe)``: the name read
as the object of the quote's last verb; '"I will not stop," jailed activist Nadia Roe said in a
letter.' with "jailed" a verb of its own and ``obj(jailed, Roe)``; '"A smaller lagoon is still a
lagoon," retired marine biologist Alun Pritchard, who campaigned against the plan, said.' with
"retired" the sentence's root. In each the cue is left with no subject. In news copy the words
between a quote closed by a comma and the cue that follows them are the speaker: a title (its
adjectives and participles: "acting", "jailed", "retired") and a name, perhaps with a relative
clause set off by commas. So when a cue has no subject, and between the closing quote and the cue
stand only such a phrase, the name is the cue's subject, its title words the name's, and the
cue the sentence's root if the phrase held it.

Part of late_repairs (tests/test_report_clauses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import is_finite
from .spans import CLOSING_QUOTES
from .tree_edits import Moves, is_tree, moved, retagged

IsSpeech = Callable[[Word, Sentence], bool]

_SUBJECTS = ("nsubj", "nsubj:pass", "expl", "csubj")
_TITLE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "VERB"})
_RELATIVES = frozenset({"who", "whose"})


def speaker_hung_after_quote(sent: Sentence, is_speech: IsSpeech) -> Sentence:
    """``sent`` with the speaker between a closing quote and its subjectless cue made the cue's subject."""
    for verb in sent.words:
        if not is_speech(verb, sent) or not is_finite(sent, verb.index):
            continue
        if any(sent.words[c].rel in _SUBJECTS for c in sent.children[verb.index]):
            continue
        run = _speaker_run(sent, verb.index)
        if not run:
            continue
        name = run[-1]
        moves: Moves = {name: (verb.index, "nsubj")}
        for k in run[:-1]:
            tag = sent.words[k].upos
            moves[k] = (name, "det" if tag == "DET" else "amod" if tag in ("ADJ", "VERB") else "compound")
        # (what the phrase held goes back: a relative clause after the name to the name, the quote's
        # clause before it, which the parse hung on "retired" as the root, to the cue as its report)
        for w in sent.words:
            if w.index in run or w.index == verb.index or w.head not in run or w.head == name:
                continue
            if w.index < run[0]:
                moves[w.index] = (verb.index, "ccomp" if w.upos != "PUNCT" else "punct")
            else:
                moves[w.index] = (name if w.index < verb.index else verb.index, w.deprel)
        if sent.words[verb.index].head >= 0 and _above(sent, verb.index, run):
            moves[verb.index] = (-1, "root")
            old = next(w.index for w in sent.words if w.head < 0)
            if old not in run:
                continue
        if not is_tree(sent, moves):
            continue
        repaired = moved(sent, moves)
        opener = sent.words[run[0]]
        if opener.upos == "VERB":  # (a participle before a title is its adjective: "retired", "jailed")
            repaired = retagged(repaired, opener.index, "ADJ", feats="Degree=Pos")
        return repaired
    return sent


def _speaker_run(sent: Sentence, verb: int) -> list[int]:
    """The words from the closing quote to the name before the cue (a relative clause set off by
    commas may follow the name), or [] if what stands there is not a title and a name."""
    words = sent.words
    end = verb - 1
    if end >= 0 and words[end].text == ",":
        # (a relative clause set off by commas: "Alun Pritchard, who campaigned ..., said")
        comma = next((k for k in range(end - 1, 0, -1) if words[k].text == ","), -1)
        if comma < 1 or words[comma + 1].text.lower() not in _RELATIVES:
            return []
        end = comma - 1
    start = end
    while start > 0 and words[start - 1].upos in _TITLE_TAGS and words[start - 1].text not in CLOSING_QUOTES:
        start -= 1
    if start < 2 or words[start - 1].text not in CLOSING_QUOTES or words[start - 2].text not in (",", "?", "!"):
        return []
    run = list(range(start, end + 1))
    # (a title and a name: the last word a name, the first no finite verb of its own)
    # ("jailed" tagged a verb in the past: a participle before a title and a name is no verb of its own)
    participle = words[start].upos == "VERB" and "Tense=Past" in words[start].feats and len(run) >= 3
    if words[end].upos != "PROPN" or len(run) > 8 or any(is_finite(sent, k) for k in run[participle:]):
        return []
    return run


def _above(sent: Sentence, verb: int, run: list[int]) -> bool:
    """A word of ``run`` is above the cue (the parse hung the cue under the phrase)."""
    k = sent.words[verb].head
    while k >= 0:
        if k in run:
            return True
        k = sent.words[k].head
    return False


def name_set_off_after_coordinated_title(sent: Sentence) -> Moves:
    """ "The chairman and chief executive, Mary Pouono, said" with the name a conjunct of "chairman",
    "Somalia's minister of ports and marine transport, Hassan Abdi Farah, said" with it an apposition
    of "transport": a title whose "and" joins two posts or two fields, then a name set off by commas
    right before the subject's verb; the name is the whole title's apposition (a list of people would
    put its "and" before its last name, not before the name's comma)."""
    for subj in sent.words:
        verb = subj.head
        if subj.rel not in ("nsubj", "nsubj:pass") or verb < 0 or subj.upos not in ("NOUN", "PROPN", "ADJ"):
            continue
        span = sent.subtree(subj.index)
        joins = [sent.words[k].head for k in span if sent.words[k].deprel == "cc" and k < verb]
        # (one person's title: no name before the one set off, nor a second person's own article or
        # owner after "and": "Bishop Emmanuel Fomundam of Kumbo and the moderator of ..., the Reverend
        # Samuel Ngwa, said" are two people)
        named = subj.upos == "PROPN" and not any(sent.words[c].deprel == "det" for c in sent.children[subj.index])
        owned = any(sent.words[c].deprel in ("det", "nmod:poss") for j in joins for c in sent.children[j])
        if not joins or named or owned:
            continue
        # (the name: the last word before the closing comma right before the verb, a name hung inside the title)
        if verb < 2 or sent.words[verb - 1].text != ",":
            continue
        name = sent.words[verb - 2]
        if name.upos != "PROPN" or name.index == subj.index or name.rel not in ("conj", "appos", "compound"):
            continue
        first = min(k for k in sent.subtree(name.index) if sent.words[k].upos != "PUNCT")
        if first < 1 or sent.words[first - 1].text != "," or name.index not in span:
            continue
        if any(sent.words[k].deprel == "cc" for k in sent.children[name.index]) or first <= subj.index:
            continue
        return {name.index: (subj.index, "appos"), first - 1: (name.index, "punct")}  # (its comma opens it)
    return {}
