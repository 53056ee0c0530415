"""Names, roles and bodies the entity layer missed on fresh articles (session 57; each tree is
the shipped parser's for the invented sentence in its comment):

* '"We did not take this decision lightly," TVA President and CEO Mark Ellison told ...': the quote
  marks the parse hung on "President" hid the two titles joined before the name, so "TVA
  President" spoke, an organisation (titled_names.titles_joined_before_name: the phrase starts
  after them);
* '"Prices will rise," Lena Müller-Lüdenscheidt, an economist, said' and '"There will be young men
  willing to dig," Kofi Ansah-Boateng, ..., said': the name (a double-barrelled surname the
  tokenizer splits) hung inside the quote, so the quote and the name made one mixed quote with no
  speaker (new attribution/stranded_names.name_after_closing_quote);
* "Outside a factory, sewing machine operator Srey Pov, 29, said ...": "sewing" read as a
  participle clause with the title its object, no speaker (stranded_names.gerund_title_read_as_clause);
* "Sophie Delvaux, an MR MP, said ..." then '"...," she said': "MR" (the Belgian party) read as
  the courtesy title "Mr", so Delvaux was a man and "she" found nobody (names.gender_of and
  candidates._head_gender: a courtesy title written in capitals is an acronym);
* "His coach, the Italian Marco Benedetti, said": the role before the comma was lost with "the
  Italian" between it and the name (role_words.after_described);
* "Premiership Rugby said ..." after "a Premiership Rugby spokesperson", "Ryder Cup Europe director
  Simon Whitcombe", "The latest Gallup Poll found": people (new sources/body_evidence.py: a name
  with no given name first, written as the owner of a spokesperson or a post, or ending in a poll's
  noun, is a body's);
* "One of the plaintiffs, Darnell Hobbs, 38, says ...": the name, a conjunct of "plaintiffs" with no
  "and", was left inside the description, an anonymous speaker (double_subject.name_hung_inside_subject
  with tree_edits.apposed);
* "The Michigan Department of Environment, Great Lakes, and Energy, known as EGLE, said": "Great
  Lakes" a person
  (body_names._fields_after_body: a serial comma before the "and").
"""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import quote_speakers as speakers
from source_helpers import resolve

# "We did not take this decision lightly," TVA President and CEO Mark Ellison told board members.
ELLISON: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("did", "do", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("take", "take", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("this", "this", "DET", 6, "det", "Number=Sing|PronType=Dem"),
    ("decision", "decision", "NOUN", 4, "obj", "Number=Sing"),
    ("lightly", "lightly", "ADV", 4, "advmod", "Degree=Pos"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ('##"', '"', "PUNCT", 11, "punct", ""),
    ("TVA", "TVA", "PROPN", 11, "compound", "Number=Sing"),
    ("President", "President", "PROPN", 16, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("CEO", "CEO", "PROPN", 14, "compound", "Number=Sing"),
    ("Mark", "Mark", "PROPN", 11, "conj", "Number=Sing"),
    ("Ellison", "Ellison", "PROPN", 11, "flat", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("board", "board", "NOUN", 18, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 16, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# "Prices will rise," Lena Müller-Lüdenscheidt, an economist, said.
MUELLER: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##Prices", "price", "NOUN", 3, "nsubj", "Number=Plur"),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("rise", "rise", "VERB", 14, "ccomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 7, "punct", ""),
    ("Lena", "Lena", "PROPN", 7, "compound", "Number=Sing"),
    ("Müller", "Müller", "PROPN", 3, "obj", "Number=Sing"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##Lüdenscheidt", "Lüdenscheidt", "PROPN", 7, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("an", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("economist", "economist", "NOUN", 7, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 14, "punct", ""),
]

# "There will be young men willing to dig," Kofi Ansah-Boateng, a mining economist at the University of Ghana, said.
ANSAH: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##There", "there", "PRON", 3, "expl", ""),
    ("will", "will", "AUX", 3, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 5, "cop", "VerbForm=Inf"),
    ("young", "young", "ADJ", 5, "amod", "Degree=Pos"),
    ("men", "man", "NOUN", 6, "nsubj", "Number=Plur"),
    ("willing", "willing", "ADJ", 25, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 8, "mark", ""),
    ("dig", "dig", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("Kofi", "Kofi", "PROPN", 12, "compound", "Number=Sing"),
    ("Ansah", "Ansah", "PROPN", 8, "obj", "Number=Sing"),
    ("##-", "-", "PUNCT", 12, "punct", ""),
    ("##Boateng", "Boateng", "PROPN", 12, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("mining", "mining", "VERB", 18, "amod", "VerbForm=Ger"),
    ("economist", "economist", "NOUN", 12, "appos", "Number=Sing"),
    ("at", "at", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 18, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 23, "case", ""),
    ("Ghana", "Ghana", "PROPN", 21, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 25, "punct", ""),
]

# Outside a factory, sewing machine operator Srey Pov, 29, said she earned about $250 a month.
SREY: list[FeatRow] = [
    ("Outside", "outside", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("factory", "factory", "NOUN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("sewing", "sew", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("machine", "machine", "NOUN", 6, "compound", "Number=Sing"),
    ("operator", "operator", "NOUN", 4, "obj", "Number=Sing"),
    ("Srey", "Srey", "PROPN", 8, "compound", "Number=Sing"),
    ("Pov", "Pov", "PROPN", 6, "flat", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("29", "29", "NUM", 8, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 14, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("earned", "earn", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("about", "about", "ADP", 16, "case", ""),
    ("$", "$", "SYM", 14, "obl", ""),
    ("##250", "250", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("month", "month", "NOUN", 16, "nummod", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Sophie Delvaux, an MR MP, said a tax was a red line for her party.
DELVAUX: list[FeatRow] = [
    ("Sophie", "Sophie", "PROPN", 1, "compound", "Number=Sing"),
    ("Delvaux", "Delvaux", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("an", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("MR", "MR", "PROPN", 5, "compound", "Number=Sing"),
    ("MP", "MP", "PROPN", 0, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("tax", "tax", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 13, "det", "Definite=Ind|PronType=Art"),
    ("red", "red", "ADJ", 13, "amod", "Degree=Pos"),
    ("line", "line", "NOUN", 7, "ccomp", "Number=Sing"),
    ("for", "for", "ADP", 16, "case", ""),
    ("her", "her", "PRON", 16, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("party", "party", "NOUN", 13, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# "Belgium does not have a revenue problem," she said.
SHE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("##Belgium", "Belgium", "PROPN", 4, "nsubj", "Number=Sing"),
    ("does", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("have", "have", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("revenue", "revenue", "NOUN", 7, "compound", "Number=Sing"),
    ("problem", "problem", "NOUN", 4, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ('##"', '"', "PUNCT", 4, "punct", ""),
    ("she", "she", "PRON", 11, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]

# His coach, the Italian Marco Benedetti, said the rules would punish the athletes.
COACH: list[FeatRow] = [
    ("His", "his", "PRON", 1, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("coach", "coach", "NOUN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("Italian", "Italian", "ADJ", 6, "amod", "Degree=Pos"),
    ("Marco", "Marco", "PROPN", 6, "compound", "Number=Sing"),
    ("Benedetti", "Benedetti", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 12, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 12, "aux", "VerbForm=Fin"),
    ("punish", "punish", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("athletes", "athlete", "NOUN", 12, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]

# Premiership Rugby said the fine would be distributed among the other clubs.
PREMIERSHIP: list[FeatRow] = [
    ("Premiership", "Premiership", "PROPN", 1, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("fine", "fine", "ADJ", 7, "nsubj:pass", "Degree=Pos"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 7, "aux:pass", "VerbForm=Inf"),
    ("distributed", "distribute", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("among", "among", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("other", "other", "ADJ", 11, "amod", "Degree=Pos"),
    ("clubs", "club", "NOUN", 7, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# "The cap protects the league," a Premiership Rugby spokesperson said.
SPOKESPERSON: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("##The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("cap", "cap", "NOUN", 3, "nsubj", "Number=Sing"),
    ("protects", "protect", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("league", "league", "NOUN", 3, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("Premiership", "Premiership", "PROPN", 11, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 11, "compound", "Number=Sing"),
    ("spokesperson", "spokesperson", "NOUN", 12, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# The latest Gallup Poll found that most voters opposed the plan.
GALLUP: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 3, "amod", "Degree=Sup"),
    ("Gallup", "Gallup", "PROPN", 3, "compound", "Number=Sing"),
    ("Poll", "poll", "PROPN", 4, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("most", "most", "ADJ", 7, "amod", "Degree=Sup"),
    ("voters", "voter", "NOUN", 8, "nsubj", "Number=Plur"),
    ("opposed", "oppose", "VERB", 4, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# The Michigan Department of Environment, Great Lakes, and Energy, known as EGLE, said the rules remain enforceable.
EGLE: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Michigan", "Michigan", "ADJ", 2, "amod", "Degree=Pos"),
    ("Department", "Department", "PROPN", 16, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Environment", "environment", "PROPN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("Great", "great", "ADJ", 7, "amod", "Degree=Pos"),
    ("Lakes", "Lake", "PROPN", 2, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("Energy", "Energy", "PROPN", 4, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("known", "know", "VERB", 16, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 14, "case", ""),
    ("EGLE", "EGLE", "PROPN", 12, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 19, "nsubj", "Number=Plur"),
    ("remain", "remain", "VERB", 16, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("enforceable", "enforceable", "ADJ", 19, "xcomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]

# Premiership Rugby director Simon Whitcombe said the process was fair.
WHITCOMBE: list[FeatRow] = [
    ("Premiership", "Premiership", "PROPN", 2, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 5, "nsubj", "Number=Sing"),
    ("Simon", "Simon", "PROPN", 4, "compound", "Number=Sing"),
    ("Whitcombe", "Whitcombe", "PROPN", 0, "flat", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("process", "process", "NOUN", 9, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 9, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# One of the plaintiffs, Darnell Hobbs, 38, says that he has slept on a thin mat.
HOBBS: list[FeatRow] = [
    ("One", "one", "NUM", 10, "nsubj", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("plaintiffs", "plaintiff", "NOUN", 0, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Darnell", "Darnell", "PROPN", 6, "compound", "Number=Sing"),
    ("Hobbs", "Hobbs", "PROPN", 3, "conj", "Number=Plur"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("38", "38", "NUM", 6, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("has", "have", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("slept", "sleep", "VERB", 10, "ccomp", "Tense=Past|VerbForm=Part"),
    ("on", "on", "ADP", 18, "case", ""),
    ("a", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("thin", "thin", "ADJ", 18, "amod", "Degree=Pos"),
    ("mat", "mat", "NOUN", 14, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]


def _said(*paragraphs: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each quote as (text, speaker's entity name, type, role), the paragraphs one article."""
    r = resolve([[p] for p in paragraphs])
    names = {e.id: e.name for e in r.entities}
    return [
        (q.text, names.get(q.speaker.entity) if q.speaker else None, q.speaker.type if q.speaker else None,
         q.speaker.role if q.speaker else None)
        for q in r.quotes
    ]  # fmt: skip


def test_two_titles_joined_before_a_name_after_a_quote_are_the_names():
    assert _said(ELLISON) == [
        ('"We did not take this decision lightly,"', "Mark Ellison", "person", "TVA President and CEO")
    ]


def test_a_name_right_after_a_closing_quote_mark_is_the_speaker_not_part_of_the_quote():
    assert _said(MUELLER) == [('"Prices will rise,"', "Lena Müller-Lüdenscheidt", "person", "economist")]
    got = _said(ANSAH)
    assert [(t, n) for t, n, _, _ in got] == [('"There will be young men willing to dig,"', "Kofi Ansah-Boateng")]


def test_a_title_opening_with_an_ing_noun_is_no_clause():
    assert _said(SREY) == [("she earned about $250 a month", "Srey Pov", "person", "sewing machine operator, 29")]


def test_a_courtesy_title_in_capitals_is_an_acronym_and_says_no_gender():
    got = _said(DELVAUX, SHE_SAID)
    assert [n for _, n, _, _ in got] == ["Sophie Delvaux", "Sophie Delvaux"]


def test_the_role_before_a_described_name_is_its_role():
    assert speakers(COACH) == [("Marco Benedetti", "His coach", "named")]


def test_a_name_written_as_a_bodys_is_an_organisation():
    assert [t for _, _, t, _ in _said(SPOKESPERSON, PREMIERSHIP)] == ["organization", "organization"]
    assert [(n, t) for _, n, t, _ in _said(WHITCOMBE, PREMIERSHIP)][-1] == ("Premiership Rugby", "organization")
    assert [(n, t) for _, n, t, _ in _said(GALLUP)] == [("Gallup Poll", "organization")]
    # (without such evidence the same name is read as a person's: the change is the evidence)
    assert [t for _, _, t, _ in _said(PREMIERSHIP)] == ["person"]


def test_a_bodys_name_with_a_serial_comma_is_one_name():
    # (one body, not the person "Great Lakes"; the name the sources layer reports still starts at
    # "Environment", cut at the first comma: not fixed)
    [(_, name, typ, _)] = _said(EGLE)
    assert typ == "organization" and name.endswith("Great Lakes, and Energy")


def test_what_makes_a_name_a_bodys_and_what_does_not():
    from provenance.sources.body_evidence import written_as_body

    def in_lex(lexicon: str, word: str) -> bool:
        return lexicon == "poll_nouns" and word in ("poll", "survey")

    prose = (
        "A Premiership Rugby spokesperson said. A Trump spokesman said. Hillary Clinton spokesman Brian Fallon said."
    )
    assert written_as_body(prose, "Premiership Rugby", False, in_lex)
    assert not written_as_body(prose, "Trump", False, in_lex)  # (one word: a person's name is used so too)
    assert not written_as_body(prose, "Hillary Clinton", True, in_lex)  # (a given name first)
    assert written_as_body("Ryder Cup Europe director Simon Whitcombe said.", "Ryder Cup Europe", False, in_lex)
    assert written_as_body("The Iowa Poll found it.", "Iowa Poll", False, in_lex)
    assert not written_as_body("Ryder Cup Europe said it.", "Ryder Cup Europe", False, in_lex)


def test_a_name_read_as_a_conjunct_without_and_inside_the_subject_is_its_apposition():
    assert speakers(HOBBS) == [("Darnell Hobbs", "One of the plaintiffs, 38", "named")]
