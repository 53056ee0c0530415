"""An embedded social-media post as a scraped page prints it: the text, then "— Display Name
(@handle) December 22, 2018" closing the paragraph (attribution/posts.py, mechanism
post-signature). The display name speaks, without the handle and the date (sources/mentions.py);
the post's picture link is not part of what it says, nor is the embed's markup when the page kept
it. Hand-built parses at the offsets of the text as printed (the signature's words as the shipped
tokenizer splits them, the arcs as the shipped parser gave them)."""

from __future__ import annotations

from source_helpers import MODEL, VOCAB

from provenance.attribution import Attributor, ParsedParagraph
from provenance.document import make_document
from provenance.quotemarks import pair_marks
from provenance.sources import resolve_article
from provenance.syntax.tree import Sentence, Word

Row = tuple[str, str, str, int, str]

_TEXT: list[Row] = [
    ("Crews", "crew", "NOUN", 2, "nsubj"),
    ("are", "be", "AUX", 2, "aux"),
    ("working", "work", "VERB", -1, "root"),
    ("around", "around", "ADP", 5, "case"),
    ("the", "the", "DET", 5, "det"),
    ("clock", "clock", "NOUN", 2, "obl"),
    (".", ".", "PUNCT", 2, "punct"),
]


def _signature(shift: int, last: str = "2018") -> list[Row]:
    """ "— Metro Power ( @metropower ) December 22 , 2018" with its words' heads ``shift`` on."""
    return [
        ("—", "—", "PUNCT", shift + 2, "punct"),
        ("Metro", "Metro", "PROPN", shift + 2, "compound"),
        ("Power", "Power", "PROPN", -1, "root"),
        ("(", "(", "PUNCT", shift + 4, "punct"),
        ("@metropower", "@metropower", "PROPN", shift + 2, "flat"),
        (")", ")", "PUNCT", shift + 4, "punct"),
        ("December", "December", "PROPN", shift + 4, "flat"),
        ("22", "22", "NUM", shift + 4, "flat"),
        (",", ",", "PUNCT", shift + 9, "punct"),
        (last, "2018", "NUM", shift + 2, "dep"),
    ]


def _quotes(text: str, sentences: list[list[Row]]) -> list[tuple[str, str, str]]:
    """The quotes of a one-paragraph article whose words are found in ``text`` in order."""
    built, pos = [], 0
    for rows in sentences:
        words = []
        for i, (form, lemma, upos, head, rel) in enumerate(rows):
            start = text.index(form, pos)
            words.append(Word(i, form, lemma, upos, "", head, rel, start, start + len(form)))
            pos = start + len(form)
        built.append(Sentence(words, words[0].start, words[-1].end, text[words[0].start : words[-1].end]))
    doc = make_document(text, "hand-built.txt", markdown=False)
    paras = [ParsedParagraph(0, 0, len(text), built)]
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    attributor = Attributor(VOCAB)
    paras = attributor.repair(paras)
    r = resolve_article(MODEL, doc, paras, spans, attributor.attribute(doc.text, paras, spans))
    return [(q.text, q.speaker.text if q.speaker else "", q.rule) for q in r.quotes]


def test_the_post_s_text_is_the_account_s_and_its_link_is_not():
    text = "Crews are working around the clock. pic.twitter.com/Ab12Cd — Metro Power (@metropower) December 22, 2018"
    link: list[Row] = [("pic.twitter.com/Ab12Cd", "pic.twitter.com/Ab12Cd", "PROPN", -1, "root")]
    found = _quotes(text, [_TEXT, link + [(w, lw, u, h + 1 if h >= 0 else 0, r) for w, lw, u, h, r in _signature(0)]])
    assert found == [("Crews are working around the clock.", "Metro Power", "post-signature")]


def test_the_embed_s_markup_is_not_part_of_the_post():
    text = '<tweet author="@metropower">Crews are working around the clock. — Metro Power (@metropower) December 22, 2018</tweet>.'
    found = _quotes(text, [_TEXT, _signature(0, last="2018</tweet>.")])
    assert found == [("Crews are working around the clock.", "Metro Power", "post-signature")]


def test_a_dash_and_a_name_without_handle_and_date_is_no_post():
    text = "Crews are working around the clock. — Metro Power"
    assert _quotes(text, [_TEXT, _signature(0)[:3]]) == []
