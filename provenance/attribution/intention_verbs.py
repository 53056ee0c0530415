"""A verb of intention the tagger read as a plural noun, in a report fronted before its cue.

"Angola plans to raise royalties on diamond sales from next year, the mineral resources ministry
said on Tuesday" comes out of the shipped tagger with "plans" a noun ("Angola plans", like
"Angola's plans"), the subject of "said" beside "ministry", and "raise" its ``acl``: the report is
lost ("The government plans to ..." is read right). "plans", "aims", "hopes" and "needs" are
nouns and verbs alike; one right after a name, with a "to" infinitive of its own, heading the
first of two subjects of a speech verb (the second set off by a comma before the verb, the
speaker), is the report's verb: the name its subject, the infinitive its complement, and the
clause what the speaker said. Part of ``repairs._words_and_subjects`` (tests/test_stranded_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .tree_edits import is_tree, moved, retagged, to_infinitive

IsSpeech = Callable[[Word, Sentence], bool]

# Noun and verb alike, taking a "to" infinitive as verbs ("Angola plans to raise ...")
_HOMOGRAPHS = frozenset({"plans", "aims", "hopes", "needs"})
_PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def intention_read_as_noun(sent: Sentence, is_speech: IsSpeech) -> Sentence:
    """``sent`` with such a verb put back (module doc); ``sent`` itself when there is none."""
    for w in sent.words[1:]:
        if w.upos != "NOUN" or w.text not in _HOMOGRAPHS or w.rel != "nsubj" or w.head < w.index:
            continue
        name, cue = sent.words[w.index - 1], sent.words[w.head]
        if name.upos != "PROPN" or name.head != w.index or not is_speech(cue, sent):
            continue
        verbs = [c for c in sent.children[w.index] if c > w.index and sent.words[c].upos == "VERB"]
        infinitive = next((c for c in verbs if to_infinitive(sent, c)), -1)
        speakers = [c for c in sent.children[cue.index] if sent.words[c].rel == "nsubj" and w.index < c < cue.index]
        if infinitive < 0 or len(speakers) != 1 or sent.words[min(sent.subtree(speakers[0])) - 1].text != ",":
            continue
        moves = {w.index: (cue.index, "ccomp"), name.index: (w.index, "nsubj"), infinitive: (w.index, "xcomp")}
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), w.index, "VERB", feats=_PRESENT, lemma=w.text[:-1])
    return sent
