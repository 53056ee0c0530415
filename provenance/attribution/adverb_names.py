"""Names the tagger read as adverbs (or auxiliaries), put back as the speech verb's subject:
"Zelenskyy thanked the allies" with "Zelenskyy" an adverb of "thanked"; '"...," Vesely told a
news conference' with "Vesely" an adverb (its "-ly"), also after a courtesy title the parse made
the subject ("Ms Llewellyn said" with ``nsubj(said, Ms)`` and ``advmod(said, Llewellyn)``);
"Roe later said" with "Roe" an auxiliary; and a first name before the subject's surname ("Evelyn
Park taught ..."). One of ``retags.retag_nouns_and_verbs``' repairs (tests/test_misread_speakers.py,
tests/test_titles_and_readings.py)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import moved, retagged

InLexicon = Callable[[str, str], bool]


def names_read_as_adverbs(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a name the tagger read as an adverb made its verb's subject (module doc)."""
    if (name := _name_read_as_adverb(sent)) >= 0 or (name := _name_before_cue(sent, in_lex)) >= 0:
        verb = sent.words[name].head  # (with what the parse hung on the word: "Roe later said")
        moves = {c: (verb, "advmod") for c in sent.children[name] if sent.words[c].upos == "ADV"}
        if name > 0 and sent.words[name - 1].head == verb and in_lex("honorifics", sent.words[name - 1].text.lower()):
            moves[name - 1] = (name, "compound")
        return retagged(moved(sent, {name: (verb, "nsubj"), **moves}), name, "PROPN", feats="Number=Sing")
    if (first := _first_name_read_as_adverb(sent)) >= 0:  # ("Evelyn Park taught ...")
        return retagged(moved(sent, {first: (first + 1, "compound")}), first, "PROPN", feats="Number=Sing")
    return sent


def _name_read_as_adverb(sent: Sentence) -> int:
    """ "Zelenskyy thanked the allies" with "Zelenskyy" tagged an adverb of "thanked": a word the
    lemmatizer did not know (its lemma keeps the capital, where "However", "Meanwhile" come back
    lower-cased) that opens the sentence as a modifier of a verb with no subject is a name, the
    verb's subject. Its index, or -1."""
    w = sent.words[0] if sent.words else None
    if w is None or w.upos not in ("ADV", "ADJ", "X") or w.rel != "advmod" or w.head < 0:
        return -1
    if not w.lemma[:1].isupper() or w.text.isupper() or not w.text.isalpha():
        return -1
    verb = sent.words[w.head]
    if verb.upos != "VERB" or any(
        sent.words[c].rel in ("nsubj", "nsubj:pass", "expl") for c in sent.children[verb.index]
    ):
        return -1
    return w.index


# The auxiliaries and modals English has: any other word the tagger calls one is misread
_AUXILIARIES = frozenset(
    {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
     "need", "dare", "get", "let", "wo", "ca"}
)  # fmt: skip


def _name_before_cue(sent: Sentence, in_lex: InLexicon) -> int:
    """'"...," Vesely told a news conference' with "Vesely" tagged an adverb (its "-ly"), "Roe
    later said that ..." with "Roe" tagged an auxiliary: a capitalised word right before a
    finite speech verb with no subject, hung on it as a modifier, is the speaker's name - not
    the sentence's first word unless the tag is impossible (no auxiliary "Roe"). Its index, or -1."""
    for w in sent.words:
        if w.head <= w.index or w.rel not in ("advmod", "aux", "discourse", "dep") or not w.text.isalpha():
            continue
        if not w.text[:1].isupper() or w.text.isupper() or w.upos in ("PROPN", "NOUN", "PRON", "DET"):
            continue
        first = all(sent.words[j].upos == "PUNCT" for j in range(w.index))
        if first and not (w.rel == "aux" and w.lemma.lower() not in _AUXILIARIES):
            continue  # ("Later said ...": an adverb may open the sentence)
        verb = sent.words[w.head]
        between = range(w.index + 1, verb.index)
        if verb.upos != "VERB" or "VerbForm=Fin" not in verb.feats or "Mood=Imp" in verb.feats:
            continue
        if any(sent.words[j].upos != "ADV" for j in between) or not in_lex("speech_verbs", verb.lemma.lower()):
            continue
        subjects = [c for c in sent.children[verb.index] if sent.words[c].rel in ("nsubj", "nsubj:pass", "expl")]
        if (
            subjects
            and subjects != [w.index - 1]
            or subjects
            and not in_lex("honorifics", sent.words[w.index - 1].text.lower())
        ):
            continue  # (the courtesy title before it may have been made the subject: "Ms Llewellyn said")
        return w.index
    return -1


def _first_name_read_as_adverb(sent: Sentence) -> int:
    """ "Evelyn Park taught at Kelvin" with "Evelyn" tagged an adverb of "taught": a capitalised
    word the lemmatizer did not know, opening the sentence right before the verb's proper-noun
    subject, is the first word of that subject's name. Its index, or -1."""
    w = sent.words[0] if len(sent.words) > 2 else None
    if w is None or w.upos not in ("ADV", "ADJ", "X") or w.rel != "advmod" or w.head < 0:
        return -1
    if not w.lemma[:1].isupper() or w.text.isupper() or not w.text.isalpha():
        return -1
    subject = sent.words[1]
    return 0 if subject.upos == "PROPN" and subject.rel == "nsubj" and subject.head == w.head else -1
