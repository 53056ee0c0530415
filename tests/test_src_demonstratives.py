"""A demonstrative pronoun is no relative pronoun, though the lemmatiser gives "those" the lemma
"that" (sources/mentions.py)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import MODEL, VOCAB, resolve

from provenance.attribution import Attributor, ParsedParagraph
from provenance.document import Document, make_document
from provenance.quotemarks import pair_marks
from provenance.sources import resolve_article
from provenance.syntax.tree import Sentence, Word


def test_those_with_a_participle_is_its_own_description():
    # "By double digits , those surveyed say stricter laws would help ."
    rows: list[FeatRow] = [
        ("By", "by", "ADP", 2, "case", ""),
        ("double", "double", "ADJ", 2, "amod", "Degree=Pos"),
        ("digits", "digit", "NOUN", 6, "obl", "Number=Plur"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("those", "that", "PRON", 6, "nsubj", "Number=Plur|PronType=Dem"),
        ("surveyed", "survey", "VERB", 4, "amod", "Tense=Past|VerbForm=Part"),
        ("say", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("stricter", "strict", "ADJ", 8, "amod", "Degree=Cmp"),
        ("laws", "law", "NOUN", 10, "nsubj", "Number=Plur"),
        ("would", "would", "AUX", 10, "aux", "VerbForm=Fin"),
        ("help", "help", "VERB", 6, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 6, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    assert len(r.quotes) == 1
    speaker = r.quotes[0].speaker
    assert speaker is not None
    assert speaker.text.startswith("those") and "digits" not in speaker.name


def _said_he(quote: str) -> list[FeatRow]:
    """'“ <quote> , ” he says .' with the quote a one-word clause."""
    return [
        ("“", "“", "PUNCT", 1, "punct", ""),
        (quote, quote.lower(), "VERB", 5, "ccomp", "VerbForm=Fin"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("”", "”", "PUNCT", 1, "punct", ""),
        ("he", "he", "PRON", 5, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|PronType=Prs"),
        ("says", "say", "VERB", -1, "root", "VerbForm=Fin"),
        (".", ".", "PUNCT", 5, "punct", ""),
    ]


def test_he_after_a_person_introduced_alone_in_the_sentence_before():
    # "Doug Purdy credits the program . “ Works , ” he says . It also helped accountant Kofi
    # Mensah . “ Helped , ” he says ." - the second "he" is Mensah, though Purdy was a subject.
    purdy: list[FeatRow] = [
        ("Doug", "Doug", "PROPN", 1, "compound", "Number=Sing"),
        ("Purdy", "Purdy", "PROPN", 2, "nsubj", "Number=Sing"),
        ("credits", "credit", "VERB", -1, "root", "VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", ""),
        ("program", "program", "NOUN", 2, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    mensah: list[FeatRow] = [
        ("It", "it", "PRON", 2, "nsubj", "PronType=Prs"),
        ("also", "also", "ADV", 2, "advmod", ""),
        ("helped", "help", "VERB", -1, "root", "VerbForm=Fin"),
        ("accountant", "accountant", "NOUN", 5, "compound", "Number=Sing"),
        ("Kofi", "Kofi", "PROPN", 5, "compound", "Number=Sing"),
        ("Mensah", "Mensah", "PROPN", 2, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    r = resolve([[purdy, _said_he("Works"), mensah, _said_he("Helped")]])  # type: ignore[list-item]
    speakers = [(q.text, q.speaker.name if q.speaker else None) for q in r.quotes]
    assert ("“ Works , ”", "Doug Purdy") in speakers
    assert ("“ Helped , ”", "Kofi Mensah") in speakers


def _article_from_text(text: str, rows: list[FeatRow]) -> tuple[Document, list[ParsedParagraph]]:
    """A one-sentence article of ``text`` whose words are ``rows``, found in order in the text
    (so a hyphen can touch its neighbours, as the tokenizer leaves it)."""
    words, pos = [], 0
    for i, (tok, lemma, upos, head, rel, feats) in enumerate(rows):
        start = text.index(tok, pos)
        words.append(Word(i, tok, lemma, upos, feats, head, rel, start, start + len(tok)))
        pos = start + len(tok)
    sent = Sentence(words, 0, len(text), text)
    return make_document(text, "hand-built.txt", markdown=False), [ParsedParagraph(0, 0, len(text), [sent])]


def test_role_with_a_hyphenated_modifier_after_the_name():
    # '"It was the claim," Pierre Gignac, EDC's then-chief risk officer, wrote.' with the
    # apposition hung elsewhere by the parse: the role is read from the words.
    text = "“It was the claim,” Pierre Gignac, EDC's then-chief risk officer, wrote."
    rows: list[FeatRow] = [
        ("“", "“", "PUNCT", 4, "punct", ""),
        ("It", "it", "PRON", 4, "nsubj", "PronType=Prs"),
        ("was", "be", "AUX", 4, "cop", "VerbForm=Fin"),
        ("the", "the", "DET", 4, "det", ""),
        ("claim", "claim", "NOUN", 18, "ccomp", "Number=Sing"),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("”", "”", "PUNCT", 4, "punct", ""),
        ("Pierre", "Pierre", "PROPN", 8, "compound", "Number=Sing"),
        ("Gignac", "Gignac", "PROPN", 18, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 16, "punct", ""),
        ("EDC", "EDC", "PROPN", 16, "nmod:poss", "Number=Sing"),
        ("'s", "'s", "PART", 10, "case", ""),
        ("then", "then", "ADV", 14, "advmod", ""),
        ("-", "-", "PUNCT", 12, "punct", ""),
        ("chief", "chief", "ADJ", 16, "amod", "Degree=Pos"),
        ("risk", "risk", "NOUN", 16, "compound", "Number=Sing"),
        ("officer", "officer", "NOUN", 4, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 8, "punct", ""),
        ("wrote", "write", "VERB", -1, "root", "VerbForm=Fin"),
        (".", ".", "PUNCT", 18, "punct", ""),
    ]
    doc, paras = _article_from_text(text, rows)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    attributor = Attributor(VOCAB)
    found = attributor.attribute(doc.text, paras, spans)
    r = resolve_article(MODEL, doc, paras, spans, found)
    speaker = r.quotes[0].speaker
    assert speaker is not None and speaker.name == "Pierre Gignac"
    assert speaker.role is not None and "then-chief risk officer" in speaker.role


def test_name_after_a_title_with_its_complement():
    # "The talks were opened by Secretary of State John Kerry . Mr. Kerry said they matter ."
    # ("State John Kerry" is one run of capitals: the complement and then the name)
    opened: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("talks", "talk", "NOUN", 3, "nsubj:pass", "Number=Plur"),
        ("were", "be", "AUX", 3, "aux:pass", "VerbForm=Fin"),
        ("opened", "open", "VERB", -1, "root", "VerbForm=Part"),
        ("by", "by", "ADP", 5, "case", ""),
        ("Secretary", "Secretary", "PROPN", 3, "obl", "Number=Sing"),
        ("of", "of", "ADP", 9, "case", ""),
        ("State", "State", "PROPN", 9, "compound", "Number=Sing"),
        ("John", "John", "PROPN", 9, "compound", "Number=Sing"),
        ("Kerry", "Kerry", "PROPN", 5, "nmod", "Number=Sing"),
        (".", ".", "PUNCT", 3, "punct", ""),
    ]
    said: list[FeatRow] = [
        ("Mr.", "Mr.", "PROPN", 1, "compound", "Number=Sing"),
        ("Kerry", "Kerry", "PROPN", 2, "nsubj", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "VerbForm=Fin"),
        ("they", "they", "PRON", 4, "nsubj", "PronType=Prs"),
        ("matter", "matter", "VERB", 2, "ccomp", "VerbForm=Fin"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    r = resolve([[opened], [said]])  # type: ignore[list-item]
    speaker = r.quotes[0].speaker
    assert speaker is not None and speaker.name == "John Kerry"
    assert speaker.role == "Secretary of State"
