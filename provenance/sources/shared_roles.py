"""Roles that several named people share, read from word order (the parse hangs a shared title
or description on one name only): a plural title before names joined by "and" ("Sens. Ann Roe
and Tom Doe"), a plural subject whose apposition lists the names ("Two researchers at ..., Nadia
Karimi and Tobias Hallström,"), and a plural description set off after the list ("Chen Yuxin and
Marcus Feld, researchers at the cybersecurity firm Halberd Labs, wrote")."""

from __future__ import annotations

from provenance.syntax.pretags import NAME_PARTICLES  # (lower-case words inside a name: "Pieter van der Berg")
from provenance.syntax.tree import Sentence, Word

from .roles import RoleSpan
from .table import TableBase

_NAME_LIST_LINKS = frozenset({"and", ","})  # what joins the names a plural title names ("Sens. Ann Roe, Tom Doe")
_SAME_IN_PLURAL = frozenset({"counsel"})  # (a title whose plural is the same word)


def shared_role(table: TableBase, sent: Sentence, run: list[int]) -> RoleSpan | None:
    """The role the name at ``run`` shares with the other names of its list, or None."""
    return (
        _shared_title(table, sent, run[0])
        or _plural_apposed(table, sent, run)
        or _plural_description_after(table, sent, run)
    )


def _plural_apposed(table: TableBase, sent: Sentence, run: list[int]) -> RoleSpan | None:
    """ "Two researchers at Ashworth's school of education, Nadia Karimi and Tobias Hallström,": a plural
    description, a subject, a list of names set off by a comma follows is each one's role (by word order)."""
    i = run[0] - 1
    while i > 0 and (sent.words[i].upos == "PROPN" or sent.words[i].text.lower() == "and"):
        i -= 1  # (past the list's names before this one)
    nouns = [k for k in range(i) if sent.words[k].rel == "nsubj" and "Number=Plur" in sent.words[k].feats]
    if i <= 0 or sent.words[i].text != "," or not nouns or not table.m.is_role(sent.words[nouns[0]].lemma.lower()):
        return None
    # (a clause or another phrase between: no apposition; but the noun's own relative clause:
    # "Two trustees who voted against the board's final offer, Harjit Sandhu and Claire Beaumont,")
    own = {k for c in sent.children[nouns[0]] if sent.words[c].deprel == "acl:relcl" for k in sent.subtree(c)}
    if any(
        k not in own and (sent.words[k].upos in ("VERB", "AUX") or sent.words[k].text == ",")
        for k in range(nouns[0], i)
    ):
        return None
    start, end = sent.words[min(k for k in sent.subtree(nouns[0]) if k <= nouns[0])].start, sent.words[i - 1].end
    return RoleSpan(table.doc.text[start:end], start, end, "apposition")


def _plural_description_after(table: TableBase, sent: Sentence, run: list[int]) -> RoleSpan | None:
    """ "Chen Yuxin and Marcus Feld, researchers at the cybersecurity firm Halberd Labs, wrote": a
    description set off by commas after names joined by "and", headed by a role noun in the
    plural, is each one's role, the first name's too (the parse makes it the last name's
    apposition only)."""
    words = sent.words
    j = run[-1] + 1
    if j >= len(words) or words[j].text.lower() != "and":
        return None
    j += 1
    if j < len(words) and words[j].upos != "PROPN" and words[j].upos in ("DET", "PRON"):
        # (the second named after a description of their own: "Lim Hui Ling and her husband,
        # Marcus Tan, both retired teachers, said")
        comma = next((k for k in range(j, min(j + 5, len(words))) if words[k].text == ","), None)
        j = comma + 1 if comma is not None else j
    names_from = j
    while j < len(words) and (words[j].upos == "PROPN" or words[j].text.lower() in NAME_PARTICLES):
        j += 1
    if j == names_from or j >= len(words) or words[j].text != ",":
        return None  # (no name after "and", or no comma after the list)
    end = j + 1
    if end < len(words) and words[end].text.lower() in ("who", "whose"):
        # ("Tom and Aisha Bello, who rent a flat in Leeds, said"; "Carys and Dylan Morgan, whose son ...")
        return _shared_relative(table, sent, end)
    while (
        end < len(words)
        and words[end].text not in (",", ".")
        and (words[end].upos not in ("VERB", "AUX") or _modifying(words, end))
    ):
        end = _past_relative_clause(sent, j + 1, end) + 1
    if end >= len(words) or words[end].text not in (",", ".") or end == j + 1:
        return None  # (the description is closed by a second comma or the sentence: an apposition, not a clause)
    # (the phrase's noun, not its owner's: "the firm's founding partners")
    # (or a party's members: "Tom Reed and Ann Doe, both Democrats, said")
    head = next(
        (
            w
            for k, w in enumerate(words[j + 1 : end], j + 1)
            if (w.upos == "NOUN" or table.vocab.in_lexicon("party_members", w.lemma.lower())) and not _owner(words, k)
        ),
        None,
    )
    if head is None or ("Number=Plur" not in head.feats and not head.text.endswith("s")):
        return None
    # (a post, or people of any trade the lexicons need not list: "oceanographers at ...")
    if not table.m.is_role(head.lemma.lower()) and table.vocab.in_lexicon("organization_words", head.lemma.lower()):
        return None
    start, stop = words[j + 1].start, words[end - 1].end
    return RoleSpan(table.doc.text[start:stop], start, stop, "apposition")


def _past_relative_clause(sent: Sentence, first: int, i: int) -> int:
    """The last word of the relative clause that word ``i`` opens on a noun of the description
    from ``first`` ("Kamal Ibrahim and Hawa Suleiman, two volunteers who run a community kitchen,
    said": the clause is part of the description), else ``i``."""
    w = sent.words[i]
    clause = w.head if w.lemma.lower() in ("who", "that") else -1
    if clause < 0 or sent.words[clause].deprel != "acl:relcl" or not first <= sent.words[clause].head < i:
        return i
    return max(sent.subtree(clause))


def _owner(words: list[Word], i: int) -> bool:
    """A possessor: "firm" of "the firm's founding partners"."""
    return words[i].deprel == "nmod:poss" or (i + 1 < len(words) and words[i + 1].text in ("'s", "’s", "'", "’"))


def _modifying(words: list[Word], i: int) -> bool:
    """A participle before a noun modifies it, however the parse read it: "both retired teachers"."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    participle = "VerbForm=Part" in words[i].feats or words[i].text.endswith(("ed", "ing"))
    return participle and nxt is not None and nxt.upos in ("NOUN", "ADJ")


def _shared_relative(table: TableBase, sent: Sentence, who: int) -> RoleSpan | None:
    """A "who" clause set off after names joined by "and", up to its closing comma: each one's."""
    end = next((k for k in range(who + 1, len(sent.words)) if sent.words[k].text == ","), None)
    if end is None or end == who + 1:
        return None
    start, stop = sent.words[who].start, sent.words[end - 1].end
    return RoleSpan(table.doc.text[start:stop], start, stop, "relative-clause")


def _shared_title(table: TableBase, sent: Sentence, first: int) -> RoleSpan | None:
    """ "Board members Luis Herrera and Anne Whitfield", "Sens. Ann Roe and Tom Doe", "Democratic
    senators Ann Roe and Tom Doe": a plural title before the first of names joined by "and" (or
    commas) is each one's. Read from the word order: the parse hangs the title on the first
    name only, or makes the names its apposition, or the title the subject."""
    j = first - 1
    if j < 1 or sent.words[j].text.lower() not in _NAME_LIST_LINKS:
        return None
    named = False  # (a name between: the first name's own title is read by roles.py)
    while j >= 0 and not _plural_title(table, sent.words[j]):
        if sent.words[j].upos != "PROPN" and sent.words[j].text.lower() not in _NAME_LIST_LINKS:
            return None
        named = named or sent.words[j].upos == "PROPN"
        j -= 1
    if j < 0 or not named or sent.words[j + 1].upos != "PROPN" or sent.words[j].rel in ("obj", "iobj"):
        return None  # (nor "told reporters Ann Roe and ...": the verb's listener)
    start = j
    while start > 0 and j - start < 2 and sent.words[start - 1].upos in ("ADJ", "NOUN", "PROPN"):
        start -= 1  # its own modifiers: "Democratic senators", "Board members"
    begin, end = sent.words[start].start, sent.words[j].end
    return RoleSpan(table.doc.text[begin:end], begin, end, "title")


def _plural_title(table: TableBase, w: Word) -> bool:
    """ "senators", "Senators", "Sens.": a role word, or an abbreviated title, in the plural."""
    text = w.text.rstrip(".").lower()
    if w.upos == "NOUN" and "Number=Plur" in w.feats and table.m.is_role(w.lemma.lower()):
        return True
    if text in _SAME_IN_PLURAL and w.text.islower():
        return True  # ("Co-lead class counsel Mark Delgado and Renee Fults": one word for several)
    lex = table.vocab.lexicons.get("title_abbreviations")
    alias = lex is not None and lex.get(text) is not None and lex.get(text[:-1]) is not None
    return text.endswith("s") and (alias or table.m.is_role(text[:-1]))
