"""A closing cue whose subject is described by its relation to someone: "..., people close to
Clinton say", "..., two people close to the negotiations told Reuters", "..., aides close to her
say", "..., people close to him insist".

The parser reads "close to X say" as a prepositional phrase with an infinitive (or "X" as the
subject of "say", or "insist" as a noun), so the cue has no subject, or the person the sources
are close to becomes the speaker, or no cue is found at all. After the content and its comma,
a noun phrase, a word of relation ("close", "familiar", "loyal" ...), its preposition and a noun
phrase, then a speech verb that ends the sentence (with at most a listener after it): the verb is
the sentence's main verb, the first noun phrase its subject, the relation word that phrase's
modifier and the content before the comma what was said. Reproduced with the shipped parser;
tests/test_relational_subjects.py.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .tree_edits import Moves

# Words that tie a source to someone ("people close to the mayor", "sources familiar with the
# talks"), with the preposition each takes.
_RELATIONS = {
    "close": ("to",),
    "closest": ("to",),
    "near": ("to",),
    "loyal": ("to",),
    "allied": ("with", "to"),
    "familiar": ("with",),
    "friendly": ("to", "with"),
    "sympathetic": ("to",),
    "opposed": ("to",),
}
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak"}
_PHRASE = ("DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON", "PART")
# what the parse makes of a relation word it hangs on the verb beside the noun it describes
_MISREAD = ("xcomp", "advcl", "conj", "ccomp", "advmod")
_MODIFIER = {"DET": "det", "NUM": "nummod", "ADJ": "amod", "PRON": "nmod:poss", "PART": "case"}
_CLOSING = frozenset({",", '"', "”", "’", "'"})


def cue_lemma(w: Word, in_lex: Callable[[str, str], bool]) -> str | None:
    """The speech verb a word is, whatever the tagger made of it ("insist" read as a noun)."""
    text = w.text.lower()
    forms = [_IRREGULAR.get(text, ""), w.lemma.lower(), text, text[:-1], text[:-2], text[:-3] + "y"]
    return next((f for f in forms if f and in_lex("speech_verbs", f)), None)


def relational_subject(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the cue (to retag as a verb) and the moves, or (-1, {})."""
    words = sent.words
    end = len(words) - 1
    while end > 0 and words[end].upos == "PUNCT":
        end -= 1
    for rel in range(2, end):
        preps = _RELATIONS.get(words[rel].text.lower())
        if preps is None or words[rel + 1].text.lower() not in preps:
            continue
        found = _shape(sent, rel, end, in_lex)
        if found is not None:
            return found
    return -1, {}


def _shape(sent: Sentence, rel: int, end: int, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves] | None:
    words = sent.words
    # the source's phrase: nominal words back to the comma after the content
    start = rel
    while start > 0 and words[start - 1].upos in _PHRASE and words[start - 1].text not in _CLOSING:
        start -= 1
    comma = start - 1
    if comma < 2 or words[comma].text not in _CLOSING or words[rel - 1].upos != "NOUN":
        return None
    content_end = comma
    while content_end > 0 and words[content_end - 1].text in _CLOSING:
        content_end -= 1
    # the phrase the source is close to, then the cue, then at most a listener
    cue = next((i for i in range(rel + 3, end + 1) if cue_lemma(words[i], in_lex) is not None), -1)
    if cue < 0 or any(words[i].upos not in _PHRASE for i in range(rel + 2, cue)):
        return None
    if any(words[i].upos not in ("DET", "PROPN", "NOUN", "PRON") for i in range(cue + 1, end + 1)):
        return None
    if any(c < content_end and words[c].rel == "nsubj" for c in sent.children[cue]):
        return None  # (the cue has a subject of its own in the content: not a closing cue)
    content = range(0, content_end)
    tops = [i for i in content if words[i].upos != "PUNCT" and words[i].head not in content]
    if len(tops) != 1:
        return None
    head, target = rel - 1, cue - 1
    moves: Moves = {cue: (-1, "root"), tops[0]: (cue, "ccomp"), head: (cue, "nsubj"), rel: (head, "amod")}
    moves[target] = (rel, "obl")
    moves[rel + 1] = (target, "case")
    for i in range(start, head):
        moves[i] = (head, _MODIFIER.get(words[i].upos, "compound"))
    for i in range(rel + 2, target):
        moves[i] = (target, _MODIFIER.get(words[i].upos, "compound"))
    for i in range(cue + 1, end + 1):
        moves[i] = (end, _MODIFIER.get(words[i].upos, "compound")) if i < end else (cue, "obj")
    for i in range(len(words)):
        if words[i].upos == "PUNCT" and i not in moves and (i >= content_end or words[i].head not in content):
            moves[i] = (cue, "punct") if i >= content_end else (tops[0], "punct")
    return cue, moves


def relation_read_as_complement(sent: Sentence) -> Moves:
    """ "citing people familiar with the matter" with "familiar" a complement of "citing" beside
    its object: the relation word describes the noun before it (``amod``), so the source's
    phrase keeps its description."""
    moves: Moves = {}
    for w in sent.words:
        preps = _RELATIONS.get(w.text.lower())
        if preps is None or w.index < 1 or w.index + 1 >= len(sent.words) or w.rel not in _MISREAD:
            continue
        noun = sent.words[w.index - 1]
        if noun.upos not in ("NOUN", "PRON") or noun.head != w.head or noun.rel not in ("obj", "iobj", "nsubj"):
            continue
        prep = sent.words[w.index + 1]
        if prep.text.lower() not in preps or prep.head < 0:
            continue
        if sent.words[prep.head].head == w.index:
            moves[w.index] = (noun.index, "amod")
        elif sent.words[prep.head].head == w.head and sent.words[prep.head].rel == "obl":
            # ("quoted officials close to the minister as saying" with "close" an adverb of
            # "quoted" and "the minister" its oblique)
            moves[w.index] = (noun.index, "amod")
            moves[prep.head] = (w.index, "obl")
    return moves
