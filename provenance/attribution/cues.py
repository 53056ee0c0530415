"""Reading cues off the parse: is a word a speech cue, who is its subject, through which outlet."""

from __future__ import annotations

from provenance.kinds import CueKind
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import PatternCueKind, RulePattern, Vocabulary

_NOMINAL = ("PRON", "PROPN", "NOUN")
_NOT_SUBJECT_RELS = ("obl", "obj", "iobj", "nmod", "expl")


class CueReader:
    """Lexicon-backed questions about cue words, shared by the patterns and the fallbacks."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.in_lex = vocab.in_lexicon
        self.via_patterns: list[RulePattern] = vocab.patterns_for("via")

    def is_speech_cue(self, w: Word) -> bool:
        return w.upos in ("VERB", "AUX") and self.in_lex("speech_verbs", w.lemma.lower())

    def is_opinion(self, w: Word) -> bool:
        """A cognition cue that is not also a speech verb (believe, fear): the content is a view."""
        lemma = w.lemma.lower()
        return self.in_lex("cognition_verbs", lemma) and not self.in_lex("speech_verbs", lemma)

    def cue_kind(self, w: Word, declared: PatternCueKind = "auto") -> CueKind:
        """The kind a pattern declares, else read from the lexicons."""
        if declared != "auto":
            return declared
        if self.in_lex("prepositional_cues", w.lemma.lower()):
            return "preposition"
        return "cognition" if self.is_opinion(w) else "speech"

    def find_via(self, sent: Sentence, cue: int) -> WordRef | None:
        """The outlet the statement came through, by the via patterns bound to this cue."""
        for rp in self.via_patterns:
            for m in rp.pattern.match(sent, self.in_lex, bound={"cue": cue}):
                if "via" in m:
                    return WordRef(sent, m["via"])
        return None


def _conjunct_subject(sent: Sentence, index: int) -> WordRef | None:
    """'A person briefed on the talks said ...', parsed as "briefed" with "said" as its
    conjunct: coordinated verbs share the first one's subject."""
    w = sent.words[index]
    if w.rel == "conj" and 0 <= w.head < index:
        for c in sent.children[w.head]:
            if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < w.head:
                return WordRef(sent, c)
    return None


def _participle_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "The mayor defended the budget, saying that ...": a participial speech clause has no
    subject of its own; the subject of the clause it hangs on is the speaker."""
    w = sent.words[index]
    participle = "VerbForm=Ger" in w.feats or "VerbForm=Part" in w.feats or w.text.lower().endswith("ing")
    if w.rel not in ("advcl", "xcomp") or not participle or w.head < 0:
        return None
    for c in sent.children[w.head]:
        if sent.words[c].rel == "nsubj" and c < index:
            return WordRef(sent, c)
    return None


def _nominal_before(sent: Sentence, index: int, exclude: set[int] | frozenset[int]) -> WordRef | None:
    """The nominal dependent just before the cue ("he ... said" misattached)."""
    for c in reversed(sent.children[index]):
        w = sent.words[c]
        if (
            c < index
            and c not in exclude
            and w.upos in _NOMINAL
            and w.rel not in _NOT_SUBJECT_RELS
            and not any(sent.words[k].rel == "case" for k in sent.children[c])
        ):
            return WordRef(sent, c)
    return None


def noun_phrase_after(sent: Sentence, index: int) -> WordRef | None:
    """ "'...,' said X" parsed without the subject arc: the next noun phrase's head."""
    for w in sent.words[index + 1 : index + 4]:
        if w.upos in _NOMINAL and w.rel in ("nsubj", "nsubj:pass") and w.head != index:
            return None  # "said no decision had been made": the reported clause's own subject
        if w.upos in _NOMINAL:
            j = w.index
            while sent.words[j].head > j and sent.words[sent.words[j].head].upos in ("PROPN", "NOUN"):
                j = sent.words[j].head
            return WordRef(sent, j)
        if w.upos not in ("DET", "ADJ", "PUNCT"):
            return None
    return None


def subject_of(sent: Sentence, index: int, exclude: set[int] | frozenset[int] = frozenset()) -> WordRef | None:
    """The cue's subject; when the parse lost that arc, the subject of the verb it is
    coordinated with or of the clause a participle cue hangs on, the nominal dependent just
    before it, or the noun phrase right after it."""
    for c in sent.children[index]:
        if sent.words[c].rel == "nsubj":
            return WordRef(sent, c)
    return (
        _conjunct_subject(sent, index)
        or _participle_subject(sent, index)
        or _nominal_before(sent, index, exclude)
        or noun_phrase_after(sent, index)
    )


def indefinite_apposition(sent: Sentence, first: int, second: int) -> bool:
    """ "Popular Mobilization Force, a coalition of militias ..." — the second is an apposition."""
    return (
        any(w.text == "," for w in sent.words[first + 1 : second])
        and sent.words[second].upos == "NOUN"
        and any(
            sent.words[k].rel == "det" and sent.words[k].lemma.lower() in ("a", "an") for k in sent.children[second]
        )
    )
