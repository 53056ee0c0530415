"""Names that open a sentence read as common nouns: "Ledgerline at the time called the report ..."
with "Ledgerline" a noun or an adverb (sentence-initial capitals prove nothing to the tagger), though the
article writes it as a lone name elsewhere ("payments startup Ledgerline", "Shares in Ledgerline
fell"). A word the article writes in the middle of a sentence only capitalised, as a name of one
word or a name's last word, and never in lower case, is that name where it opens a sentence
too. Words the lexicons know for people, bodies, posts or times are left as the tagger has them
("Police said" after "Police Scotland"), but for a club's plural short name ("Northam Rovers ...
Rovers said"). So is a title "The" opens that reports ("The Information reported ...", "The Age
reported ...": a paper's name of one common word, tagged a common noun or an adjective). Part of
``repairs.repair_paragraphs``, before the sentence repairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from provenance.syntax.tree import Sentence, Word

from .model import ParsedParagraph
from .that_clauses import has_subject
from .tree_edits import moved, retagged

InLexicon = Callable[[str, str], bool]

_COMMON = ("person_roles", "organization_words", "generic_classes", "vague_sources", "collective_people",
           "demonyms", "party_members", "time_nouns", "anonymous_descriptors", "document_nouns")  # fmt: skip


def opening_names(paras: list[ParsedParagraph], in_lex: InLexicon) -> list[ParsedParagraph]:
    """The paragraphs with such opening words tagged as the names they are (new objects)."""
    sentences = [s for p in paras for s in p.sentences]
    lower = {w.text for s in sentences for w in s.words if w.text.islower()}
    names = {w.text for s in sentences for w in s.words[1:] if _lone_name(s, w)}
    names = {
        n
        for n in names
        if n.lower() not in lower and (_club(n, in_lex) or not any(in_lex(x, n.lower()) for x in _COMMON))
    }
    out = []
    for p in paras:
        sents = [_reporting_title(_retagged(s, names), in_lex) for s in p.sentences]
        out.append(p if all(a is b for a, b in zip(sents, p.sentences)) else replace(p, sentences=sents))
    return out


def _lone_name(sent: Sentence, w: Word) -> bool:
    """A proper noun inside the sentence that is a name of one word, or a name's last word (the
    surname of "Rafael Quintanilla": "Quintanilla, reached by phone, was more cautious")."""
    if w.upos != "PROPN" or not w.text[:1].isupper() or w.text.isupper() or not w.text.isalpha():
        return False
    before, after = sent.words[w.index - 1], sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
    # (nor the first word of a longer name joined by a small word: "Democracy for America")
    beyond = sent.words[w.index + 2] if w.index + 2 < len(sent.words) else None
    joined = after is not None and after.text in _JOINERS and beyond is not None and beyond.text[:1].isupper()
    # (nor a word inside a body's name with a possessive: "The Maine Lobstermen's Association")
    joined = joined or after is not None and after.text in ("'s", "’s") and beyond is not None and beyond.text.istitle()
    return not (after is not None and after.text[:1].isupper()) and not joined and before.text not in _JOINERS


def _club(name: str, in_lex: InLexicon) -> bool:
    """A plural name part of a body's that names no kind of body or person in the singular: a
    club's short name ("Northam Rovers ... Rovers said"; not "Forces", "Services")."""
    low = name.lower()
    if not low.endswith("s") or not in_lex("organization_words", low):
        return False
    return not any(in_lex(x, low[:-1]) for x in ("organization_words", "person_roles", "generic_classes"))


_JOINERS = frozenset({"of", "for", "and", "&", "de", "del", "la", "van", "von", "der", "da", "di"})


def _retagged(sent: Sentence, names: set[str]) -> Sentence:
    w = sent.words[0] if sent.words else None
    if w is None or w.upos not in ("NOUN", "ADJ", "ADV", "VERB") or w.text not in names:
        return sent
    if w.upos == "VERB":  # ("Šaling, a former railway worker, said" with the name a clause of "said")
        return _name_read_as_clause(sent)
    named = retagged(sent, 0, "PROPN", feats="Number=Sing", lemma=w.text)
    # (an adjective's relation the tagger's reading gave it, on a verb with no subject: the subject)
    if w.deprel in ("discourse", "advmod", "amod", "dep") and w.head >= 0 and not has_subject(sent, w.head):
        return moved(named, {0: (w.head, "nsubj")})
    return named


_REPORTING = frozenset({"report", "publish", "reveal"})


def _reporting_title(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with the capitalised word after a capitalised "The" that is the subject of
    "reported", "published" or "revealed" tagged a proper noun: a paper's title ("The Information
    reported last month that ...", "The Australian reported"), not a capitalised post or body's
    word ("The Minister reported", "The Commission reported")."""
    for w in sent.words[1:]:
        if sent.words[w.index - 1].text != "The" or w.upos not in ("NOUN", "ADJ") or w.rel != "nsubj":
            continue
        if not w.text[:1].isupper() or w.text.isupper() or w.head < 0:
            continue
        if sent.words[w.head].lemma.lower() not in _REPORTING or sent.words[w.head].upos != "VERB":
            continue
        if any(in_lex(lex, w.text.lower()) for lex in ("person_roles", "organization_words", "collective_people")):
            continue
        return retagged(sent, w.index, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


def _name_read_as_clause(sent: Sentence) -> Sentence:
    """A name opening the sentence read as a verb, an adverbial clause of the verb whose subject is
    the description set off right after it: the name is the subject, the description its apposition."""
    w = sent.words[0]
    subject = next((c for c in sent.children[w.head] if sent.words[c].rel == "nsubj"), -1) if w.head >= 0 else -1
    if w.deprel != "advcl" or subject < 0 or sent.words[1].text != "," or min(sent.subtree(subject)) != 2:
        return sent
    if any(sent.words[c].upos != "PUNCT" for c in sent.children[0]):
        return sent
    return retagged(
        moved(sent, {0: (w.head, "nsubj"), subject: (0, "appos")}), 0, "PROPN", feats="Number=Sing", lemma=w.text
    )
