"""A title with a bracketed aside before the name: "Superintendent of Police (Ajmer) Rakesh
Choudhary said", "Justice (retd.) P. Lakshmi Narasimhan said" (a place or a state of office set
in brackets between the title and the name, as Indian and other Commonwealth copy writes it). The
shipped parser makes the title the subject and hangs the name on the bracketed word, so the
speaker came out as "Superintendent" or "Justice", an unnamed official. The name run right before
the verb, after the closing bracket and inside the title's phrase, is the subject's head, and the
title its compound (the aside stays on the title). Part of the first round of repairs
(``modifier_moves``).

A courtesy title split from its name the other way: "... confirmed the arrest but said Dr
Nsereko had been taken into custody" with "Dr" the subject of "said" and "Nsereko" the
reported clause's (``title_read_as_subject``): a title word with nothing of its own is the
name's compound, and the conjunct verb keeps the first verb's subject."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import Moves


def name_after_bracketed_title(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    words = sent.words
    for s in words:
        if s.rel not in ("nsubj", "nsubj:pass") or s.head < 0 or s.upos not in ("NOUN", "PROPN"):
            continue
        if not is_role(s.lemma.lower()) and not is_role(s.text.lower()):
            continue
        verb, phrase = s.head, set(sent.subtree(s.index))
        close = next((k for k in range(s.index + 1, min(s.index + 8, verb)) if words[k].text == ")"), -1)
        run: list[int] = []
        while close >= 0 and close + 1 + len(run) < verb and _name_word(sent, close + 1 + len(run)):
            run.append(close + 1 + len(run))
        # (the name's own aside may follow: "P. Lakshmi Narasimhan, who was appointed ..., said")
        if len(run) < 2 or not all(k in phrase for k in run) or words[run[-1] + 1].text not in (",", words[verb].text):
            continue
        end = run[-1]
        moves: Moves = {end: (verb, s.deprel), s.index: (end, "compound")}
        moves.update({k: (end, "compound") for k in run[:-1]})
        moves.update({c: (end, words[c].deprel) for c in sent.children[s.index] if c > end})
        return moves
    return {}


def name_after_bracketed_acronym(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "Jamaica Labour Party (JLP) General Secretary Kevin Bryan said", "The winning candidate, Lok
    Shakti Party (LSP) legislator P. Ramesh Gowda, dismissed": a body's name with its acronym in
    brackets, then a title and a name, comes out of the shipped parser with the body the subject
    (or the apposition) and the name a list item of it, so the body spoke. The name after the last
    role word (``person_roles``) heads the phrase; the title and the body are its compounds (the
    acronym stays on the body)."""
    words = sent.words
    for b in range(1, len(words) - 4):
        if words[b].text != "(" or words[b + 2].text != ")" or not words[b + 1].text.isupper():
            continue
        body = [b - 1]
        while body[0] > 0 and _name_word(sent, body[0] - 1):
            body.insert(0, body[0] - 1)
        tops = [j for j in body if words[j].head not in body]
        if not _name_word(sent, b - 1) or len(tops) != 1 or words[tops[0]].rel not in ("nsubj", "nsubj:pass", "appos"):
            continue
        top = tops[0]
        # (the name may be a second apposition of the same noun: "The winning candidate, ... Party (LSP) legislator ...")
        phrase = set(sent.subtree(words[top].head if words[top].rel == "appos" else top))
        k = b + 3
        # (a hyphened title the tagger read as an adjective too: "(SPKS) secretary-general Rukmini Siregar")
        while k < len(words) and k in phrase and (words[k].upos in ("PROPN", "NOUN") or is_role(words[k].text.lower())):
            k += 1
        titles = [j for j in range(b + 3, k) if is_role(words[j].text.lower().rstrip("."))]
        run = list(range(titles[-1] + 1, k)) if titles else []
        if not run or not all(_name_word(sent, j) for j in run) or k >= len(words):
            continue
        if words[k].text != "," and words[k].upos not in ("VERB", "AUX"):
            continue
        end = run[-1]
        moves: Moves = {end: (words[top].head, words[top].deprel), top: (end, "compound")}
        moves.update({j: (end, "compound") for j in range(b + 3, end)})
        return moves
    return {}


def _name_word(sent: Sentence, k: int) -> bool:
    return sent.words[k].upos == "PROPN" and sent.words[k].text[:1].isupper()


def title_read_as_subject(sent: Sentence, is_title: Callable[[str], bool]) -> Moves:
    """``{title: (name, "compound")}`` for a bare title the parse made a subject apart from the name
    right after it (module doc)."""
    words = sent.words
    for s in words:
        after = words[s.index + 1] if s.index + 1 < len(words) else None
        if s.rel != "nsubj" or sent.children[s.index] or after is None or not _name_word(sent, after.index):
            continue
        if (
            s.text[:1].isupper()
            and is_title(s.text.lower().rstrip("."))
            and after.head != s.index
            and after.rel in ("nsubj", "nsubj:pass")
        ):
            return {s.index: (after.index, "compound")}
    return {}
