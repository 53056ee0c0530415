"""A government portfolio's fields before a title and a name, read as a coordination.

"Health and Human Services Secretary Xavier Becerra said" comes out of the shipped parser with
"Health" the subject and the name its conjunct; "Climate, Energy and Utilities Minister Lars Holm
Bech told reporters" with "Climate" an apposition and the fields and the name its conjuncts. A run
of a portfolio's words (``portfolio_words``) joined by "and" (and commas) before a capitalised
title and a name is the title's field; the name's last word heads the phrase. Part of
``phrase_repairs._title_repairs``' sibling repairs (tests/test_local_copy_shapes.py,
tests/test_titles_and_readings.py); the role is read by sources.role_words.with_portfolio.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.pretags import NAME_PARTICLES
from provenance.syntax.tree import Sentence, Word

from .titled_names import name_word

Moves = dict[int, tuple[int, str]]


def portfolio_before_name(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """ "Health and Human Services Secretary Xavier Becerra said" with "Health" the subject and
    the name its conjunct (or, after a quotation, "Health" the object of the quoted verb): a run
    of a portfolio's words (``portfolio_words``) joined by "and" before a capitalised title
    (``person_roles``) and a name is the title's field; the name's last word heads the phrase,
    where the name or the run's first word hung."""
    words = sent.words
    for t, title in enumerate(words):
        if not (title.text[:1].isupper() and in_lex("person_roles", title.lemma.lower())) or t < 1:
            continue
        # (a title of two words: "Tourism and Wildlife Cabinet Secretary Rebecca Tuwei")
        first = t - 1 if t > 1 and words[t - 1].text[:1].isupper() and words[t - 1].lemma.lower() in _TITLE_PARTS else t
        start = first
        # (fields listed with commas too: "Climate, Energy and Utilities Minister Lars Holm Bech")
        while start > 0 and (
            _portfolio(words[start - 1], in_lex)
            or words[start - 1].lemma.lower() in ("and", "&")
            or words[start - 1].text == ","
            and start > 1
            and _portfolio(words[start - 2], in_lex)
        ):
            start -= 1
        field = range(start, first)
        joins = [k for k in field if words[k].upos == "CCONJ"]
        # (or one portfolio word the tagger read as a verb: "Housing Minister Rachel Okonkwo-Hart said")
        verb = not joins and t - start == 1 and words[start].upos == "VERB"
        if not verb and (len(joins) != 1 or joins[0] in (start, t - 1)):
            continue
        end = t
        while end + 1 < len(words) and (
            name_word(words[end + 1], lambda x: in_lex("person_roles", x))
            # (a particle inside the name: "Asylum and Migration Minister Marieke van Dalen")
            or end > t
            and words[end + 1].text in NAME_PARTICLES
            and end + 2 < len(words)
            and name_word(words[end + 2], lambda x: in_lex("person_roles", x))
        ):
            end += 1
        span = range(start, end + 1)
        if end == t or all(words[k].head in span or k == end for k in span):
            continue
        outside = next(k for k in (end, *span) if words[k].head not in span)
        head, rel = words[outside].head, words[outside].deprel
        # (or the run's first word, read as a verb, heads a clause of the cue: "Housing and
        # Migration Minister Marieke van Dalen said" with "Housing" an adverbial clause of "said")
        verb = verb or outside == start and words[start].upos == "VERB"
        if verb and (head < 0 or any(words[c].rel == "nsubj" for c in sent.children[head])):
            continue
        moves: Moves = {end: (head, "nsubj" if verb else rel), t: (end, "compound")}
        moves.update({k: (end, "compound") for k in range(t + 1, end)})
        moves.update({k: (t, _field_relation(words[k])) for k in (*field, *range(first, t))})
        moves.update({joins[0]: (joins[0] + 1, "cc")} if joins else {})
        return moves
    return {}


# capitalised words that make one title with the role after them
_TITLE_PARTS = frozenset({"cabinet", "deputy", "assistant", "junior", "shadow", "acting", "state", "chief"})


def _field_relation(w: Word) -> str:
    return "amod" if w.upos == "ADJ" else "punct" if w.upos == "PUNCT" else "compound"


def _portfolio(w: Word, in_lex: Callable[[str, str], bool]) -> bool:
    return w.text[:1].isupper() and in_lex("portfolio_words", w.text.lower())
