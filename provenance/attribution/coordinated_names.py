"""A name the parser split at its "and": "The Globe and Mail reported" with ``conj(Globe, Mail)``,
"the Food and Drug Administration", "Procter & Gamble" (moved from titled_names, session 61).
Part of ``phrase_repairs.phrase_repairs`` (tests/test_parties.py, tests/test_name_forms.py)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .noun_clauses import case_lemma

Moves = dict[int, tuple[int, str]]


def outlet_read_as_coordination(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """ "The Globe and Mail reported" with ``conj(Globe, Mail)``: two capitalised names joined by
    "and" or "&" that together spell a known outlet (``outlets``) are one name, the
    coordinator and the second word ``flat`` parts of the first (so no "Mail" speaks). So are
    capitalised words joined by "and" that end in an organisation's word ("The Heart and Stroke
    Foundation", "the Food and Drug Administration", ``organization_words``) or that follow the
    "of"/"for" of a capitalised name ("Centers for Disease Control and Prevention")."""
    moves: Moves = {}
    for c in sent.words:
        if c.deprel != "conj" or c.upos != "PROPN" or c.head < 0 or c.head > c.index:
            continue
        head = sent.words[c.head]
        # (the coordinator may hang on an earlier conjunct: "the England and Wales Cricket Board"
        # with Wales, Cricket and Board each a conjunct of England)
        between = [j for j in sent.children[head.index] if sent.words[j].deprel == "conj" and j < c.index]
        # (a common noun after it is no part of the name: "Aberdeen and Grampian Chamber of Commerce's
        # latest oil and gas survey found" with "survey" a conjunct too)
        later = [
            j
            for j in sent.children[head.index]
            if sent.words[j].deprel == "conj" and j > c.index and sent.words[j].upos == "PROPN"
        ]
        cc = [
            k
            for j in (*between, c.index)
            for k in sent.children[j]
            if sent.words[k].rel == "cc" and head.index < k < c.index
        ]
        if head.upos not in ("PROPN", "NOUN") or not head.text[:1].isupper() or len(cc) != 1 or later:
            continue
        first = min(sent.subtree(head.index))
        text = " ".join(w.text for w in sent.words[first : c.index + 1])
        if not (in_lex("outlets", text) or in_lex("outlets", text.split(" ", 1)[-1])):
            if _one_name(sent, head, c, in_lex):
                # (the last word heads the name, "Administration" of "Food and Drug Administration")
                moves.update({c.index: (head.head, head.deprel), head.index: (c.index, "compound")})
                moves.update({cc[0]: (c.index, "flat")})
                moves.update({j: (c.index, "compound") for j in between})
                moves.update({k: (c.index, sent.words[k].deprel) for k in sent.children[head.index] if k < head.index})
            continue
        moves.update({c.index: (head.index, "flat"), cc[0]: (head.index, "flat")})
        # (what the parse hung on the second word belongs to the name: "The Globe and Mail that ...")
        moves.update({k: (head.index, sent.words[k].deprel) for k in sent.children[c.index] if k not in moves})
    return moves


def _one_name(sent: Sentence, head: Word, c: Word, in_lex: Callable[[str, str], bool]) -> bool:
    """Capitalised words from ``head`` to ``c`` (but the coordinator) that end in an organisation's
    word or hang on a capitalised name's "of"/"for" (see outlet_read_as_coordination)."""
    words = sent.words[head.index : c.index + 1]
    if len(words) == 3 and words[1].text == "&" and all(w.text[:1].isupper() for w in (head, c)):
        return True  # ("Procter & Gamble", "Simon & Schuster": a firm's name; people are joined by "and")
    if head.upos == "NOUN" and head.index == 0:
        return False  # (a capitalised common noun opening the sentence is no name's part)
    # (title case only: "the Center for Responsive Politics and USA TODAY" is two sources)
    if not all((w.text[:1].isupper() and not w.text.isupper()) or w.rel == "cc" for w in words):
        return False
    if in_lex("organization_words", c.text.lower()):
        return True
    # ("Senator Ted Cruz of Texas and Senator Marco Rubio": a person's "of" is no name's; nor a
    # person's name after the "and": "of the University of Ghana and Ilse Brandt")
    if any(in_lex("given_names", w.text) for w in words if w.index > head.index and w.rel != "cc"):
        return False
    owner = sent.words[head.head] if head.head >= 0 else None
    cased = case_lemma(sent, head.index) in ("of", "for") and head.rel == "nmod"
    return cased and owner is not None and owner.upos == "PROPN" and in_lex("organization_words", owner.lemma.lower())
