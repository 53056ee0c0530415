"""A cue the tagger read as a modifier of the noun after it: "A plow operator who has worked the
pass for 19 years said crews had been short three drivers" with "said" an adjective of "crews"
(``amod(crews, said)``) and "operator" and "crews" two subjects of "short". A speech verb's past
form right before the second of two subjects of the main clause, after the first, is the main
verb: the first subject is its subject, and the old main clause what was said. Part of
``repairs._words_and_subjects`` (beside ``tag_repairs.cue_before_that_read_as_modifier``, the same
misreading before "that"). And one read as a modifier of the listener after it, with no verb for
the sentence ("..., who is leading the investigation, told reporters that ..."):
``cue_read_as_listeners_modifier``."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tag_repairs import verb_lemma

Moves = dict[int, tuple[int, str]]


def cue_read_as_subjects_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the verb (to retag) and the moves that make it the main verb, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 2:
        return -1, {}
    first, second = subjects
    w = sent.words[min(sent.subtree(second))]
    if w.head != second or w.deprel not in ("amod", "acl") or not first < w.index:
        return -1, {}
    if not w.text.lower().endswith(("ed", "aid")) or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
        return -1, {}
    moves: Moves = {w.index: (-1, "root"), root.index: (w.index, "ccomp"), first: (w.index, "nsubj")}
    for c in sent.children[root.index]:
        if c < first:  # (whatever opens the sentence goes with the new main verb)
            moves[c] = (w.index, sent.words[c].deprel)
    return w.index, moves


def cue_read_as_listeners_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Board member Carla Whitfield, who is leading the investigation, told reporters that
    investigators were examining ..." with the name the root, "told" an adjective of "reporters"
    and the report a relative clause of "reporters": with no verb for the sentence, a speech
    verb's past form after a comma, modifying the noun after it that a "that" clause hangs on,
    is the main verb, the name its subject, the noun its listener and the clause what was said.
    The index of the verb (to retag) and the moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    subject, participle = root.index, -1
    if root.upos == "VERB" and "VerbForm=Part" in root.feats and "Tense=Past" in root.feats:
        # (or a reduced relative read as the sentence's verb: "A federal police officer involved in
        # operations in Para, who ..., told AFP that ...")
        noun = root.index - 1
        if noun < 0 or sent.words[noun].head != root.index or not sent.words[noun].rel.startswith("nsubj"):
            return -1, {}
        subject, participle = noun, root.index
    elif root.upos not in ("PROPN", "NOUN"):
        return -1, {}
    for w in sent.words:
        if w.deprel != "amod" or w.index < 1 or sent.words[w.index - 1].text != "," or w.head != w.index + 1:
            continue
        if root.index > w.index or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
            continue
        listener = w.head
        clause = next(
            (
                c
                for c in sent.children[listener]
                if sent.words[c].deprel == "acl:relcl"
                and any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in sent.children[c])
            ),
            -1,
        )
        if clause < 0:
            continue
        moves: Moves = {w.index: (-1, "root"), subject: (w.index, "nsubj"), listener: (w.index, "iobj")}
        moves[clause] = (w.index, "ccomp")
        if participle >= 0:
            moves[participle] = (subject, "acl")
        return w.index, moves
    return -1, {}


def cue_read_as_object_of_plural(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Industry analysts caution that tighter rules could drive ..." with "analysts" tagged the
    verb and "caution" its object: a plural the tagger read as the sentence's verb, right before a
    speech verb's form it took for its object and a "that" clause, is the subject, the speech verb
    the main verb (the plural is retagged by ``repairs``: ``plural_subject_of``)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "VERB" or not root.text.endswith("s") or root.index + 2 >= len(sent.words):
        return -1, {}
    cue, that = sent.words[root.index + 1], sent.words[root.index + 2]
    if cue.head != root.index or cue.rel != "obj" or not in_lex("speech_verbs", cue.lemma.lower()):
        return -1, {}
    if that.lemma.lower() != "that" or sent.children[cue.index]:
        return -1, {}
    moves: Moves = {cue.index: (-1, "root"), root.index: (cue.index, "nsubj")}
    for c in sent.children[root.index]:
        if c != cue.index:
            w = sent.words[c]
            moves[c] = (root.index, "compound") if w.rel == "nsubj" and c == root.index - 1 else (cue.index, w.deprel)
    return cue.index, moves


def plural_subject_of(sent: Sentence, cue: int) -> int:
    """The plural ``cue_read_as_object_of_plural`` made the subject, still tagged a verb, or -1."""
    return next((c for c in sent.children[cue] if sent.words[c].rel == "nsubj" and sent.words[c].upos == "VERB"), -1)
