"""A person named before, whom a later paragraph turns to in an opening "For" phrase ("For
residents like Sato, the economic arguments ring hollow. '...,' she said"), is the one named
alone in that paragraph right before the pronoun (sources/candidates._lone_word_name,
pronouns._alone_here); not when the sentence before already calls someone by that pronoun ("He
lambasted the deal negotiated by President Obama. '...,' he said"). Session 47, from fresh
articles; the trees are the shipped parser's for these invented sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# "Where are we supposed to go?" said Michiko Sato, 71, who runs a guesthouse.
SATO2: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Where", "where", "ADV", 4, "advmod", "PronType=Int"),
    ("are", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=2|Tense=Pres|VerbForm=Fin"),
    ("we", "we", "PRON", 4, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("supposed", "suppose", "VERB", 9, "advcl", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 6, "mark", ""),
    ("go", "go", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("##?", "?", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Michiko", "Michiko", "PROPN", 11, "compound", "Number=Sing"),
    ("Sato", "Sato", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("71", "71", "NUM", 11, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("who", "who", "PRON", 16, "nsubj", "PronType=Rel"),
    ("runs", "run", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("guesthouse", "guesthouse", "NOUN", 16, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# "Every reactor saves a utility billions," said Aiko Mori, a senior energy analyst.
SATO3: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Every", "every", "DET", 2, "det", "PronType=Ind"),
    ("reactor", "reactor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("saves", "save", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("utility", "utility", "NOUN", 6, "compound", "Number=Sing"),
    ("billions", "billion", "NOUN", 3, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 9, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Aiko", "Aiko", "PROPN", 11, "compound", "Number=Sing"),
    ("Mori", "Mori", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 16, "punct", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 16, "amod", "Degree=Pos"),
    ("energy", "energy", "NOUN", 16, "compound", "Number=Sing"),
    ("analyst", "analyst", "NOUN", 9, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]

# For residents like Sato, the economic arguments ring hollow.
SATO4: list[FeatRow] = [
    ("For", "for", "ADP", 1, "case", ""),
    ("residents", "resident", "NOUN", 8, "obl", "Number=Plur"),
    ("like", "like", "ADP", 3, "case", ""),
    ("Sato", "Sato", "PROPN", 1, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("economic", "economic", "ADJ", 7, "amod", "Degree=Pos"),
    ("arguments", "argument", "NOUN", 8, "nsubj", "Number=Plur"),
    ("ring", "ring", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("hollow", "hollow", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# "Jobs mean nothing if we cannot come home," she said.
SATO5: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##Jobs", "Jobs", "PROPN", 2, "nsubj", "Number=Plur"),
    ("mean", "mean", "VERB", 13, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("nothing", "nothing", "PRON", 13, "ccomp", "Number=Sing|PronType=Ind"),
    ("if", "if", "SCONJ", 8, "mark", ""),
    ("we", "we", "PRON", 8, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("can", "can", "AUX", 8, "aux", "VerbForm=Fin"),
    ("##not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("come", "come", "VERB", 13, "ccomp", "VerbForm=Inf"),
    ("home", "home", "ADV", 8, "advmod", ""),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 13, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]

# Donald Trump spoke to the group on Monday.
TRUMP2: list[FeatRow] = [
    ("Donald", "Donald", "PROPN", 1, "compound", "Number=Sing"),
    ("Trump", "Trump", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 2, "obl", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# He lambasted the deal negotiated by President Obama.
TRUMP3: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("lambasted", "lambast", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 1, "obj", "Number=Sing"),
    ("negotiated", "negotiate", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 7, "case", ""),
    ("President", "President", "PROPN", 7, "compound", "Number=Sing"),
    ("Obama", "Obama", "PROPN", 4, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# "We will send a clear signal," he said.
TRUMP4: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("send", "send", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("clear", "clear", "ADJ", 6, "amod", "Degree=Pos"),
    ("signal", "signal", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 10, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def _speaker(paragraphs: list) -> str:
    q = resolve(paragraphs).quotes[-1]
    assert q.speaker is not None
    return q.speaker.name or ""


def test_the_one_person_a_paragraph_turns_to_is_she():
    assert _speaker([[SATO2], [SATO3], [SATO4, SATO5]]) == "Michiko Sato"


def test_guard_a_paragraph_that_goes_on_with_he_keeps_him():
    assert _speaker([[TRUMP2], [TRUMP3, TRUMP4]]) == "Donald Trump"
