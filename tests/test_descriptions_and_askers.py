"""A party label with "a" that is no name, a description after a name and an age, the answer to
a set-off "Asked whether ..." that is no speech, and "she" for a woman introduced alone (no model
needed): sources/candidates.py, attribution/double_subject.py, question_clauses.py,
sources/pronouns.py. Each tree is the shape the shipped parser produced for the sentence in the
comment (checked with ``provenance parse``)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve


def _readings(*paragraphs: list[list[FeatRow]]) -> list[tuple[str, str | None, str | None]]:
    r = resolve(list(paragraphs))  # type: ignore[arg-type]
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in r.quotes]


# Senator Joan Hale , also a Republican , voted against it .
HALE: list[FeatRow] = [
    ("Senator", "Senator", "PROPN", 2, "compound", "Number=Sing"),
    ("Joan", "Joan", "PROPN", 2, "compound", "Number=Sing"),
    ("Hale", "Hale", "PROPN", 8, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("also", "also", "ADV", 6, "advmod", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("Republican", "Republican", "ADJ", 8, "nsubj", "Degree=Pos"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("voted", "vote", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("against", "against", "ADP", 10, "case", ""),
    ("it", "it", "PRON", 8, "obl", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    (".", ".", "PUNCT", 8, "punct", ""),
]

# " It goes too far , " she said .
HALE_Q: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("It", "it", "PRON", 2, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("goes", "go", "VERB", 8, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("too", "too", "ADV", 4, "advmod", ""),
    ("far", "far", "ADV", 2, "advmod", "Degree=Pos"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 8, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 8, "punct", ""),
]


def test_a_party_label_after_the_article_is_no_name_a_pronoun_can_take():
    # ("also a Republican" was a person named "Republican", and "she" went to it)
    assert _readings([HALE], [HALE_Q]) == [('" It goes too far , "', "Joan Hale", "Senator")]


# " The water came up to the windows , " said Okafor , 62 , a retired nurse .
OKAFOR: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("water", "water", "NOUN", 3, "nsubj", "Number=Sing"),
    ("came", "come", "VERB", 10, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("up", "up", "ADP", 3, "compound:prt", ""),
    ("to", "to", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("windows", "window", "NOUN", 3, "obl", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Okafor", "Okafor", "PROPN", 10, "iobj", "Number=Sing"),
    (",", ",", "PUNCT", 13, "punct", ""),
    ("62", "62", "NUM", 11, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 17, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("nurse", "nurse", "NOUN", 10, "ccomp", "Number=Sing"),
    (".", ".", "PUNCT", 10, "punct", ""),
]

# " We left at night , " said Maria Gomez , 54 , a retired teacher who has lived in the valley for 30 years .
GOMEZ: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("We", "we", "PRON", 2, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("left", "leave", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 4, "case", ""),
    ("night", "night", "NOUN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Maria", "Maria", "PROPN", 9, "compound", "Number=Sing"),
    ("Gomez", "Gomez", "PROPN", 7, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("54", "54", "NUM", 9, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("retired", "retire", "VERB", 15, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("teacher", "teacher", "NOUN", 7, "ccomp", "Number=Sing"),
    ("who", "who", "PRON", 18, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("lived", "live", "VERB", 15, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("valley", "valley", "NOUN", 18, "obl", "Number=Sing"),
    ("for", "for", "ADP", 24, "case", ""),
    ("30", "30", "NUM", 24, "nummod", "NumForm=Digit|NumType=Card"),
    ("years", "year", "NOUN", 18, "obl", "Number=Plur"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# At the time , Mr. Manafort called Mr. Yanukovych , a former coal trucking director , an outstanding leader .
MANAFORT: list[FeatRow] = [
    ("At", "at", "ADP", 2, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("time", "time", "NOUN", 6, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Mr.", "Mr.", "PROPN", 5, "compound", "Number=Sing"),
    ("Manafort", "Manafort", "PROPN", 6, "nsubj", "Number=Sing"),
    ("called", "call", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Mr.", "Mr.", "PROPN", 8, "compound", "Number=Sing"),
    ("Yanukovych", "Yanukovych", "PROPN", 6, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 14, "amod", "Degree=Pos"),
    ("coal", "coal", "NOUN", 14, "compound", "Number=Sing"),
    ("trucking", "trucking", "NOUN", 14, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 6, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 18, "punct", ""),
    ("an", "a", "DET", 18, "det", "Definite=Ind|PronType=Art"),
    ("outstanding", "outstanding", "VERB", 18, "amod", "VerbForm=Ger"),
    ("leader", "leader", "NOUN", 14, "appos", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]


def test_a_description_after_a_name_and_its_age_is_the_role():
    # (the parse made "a retired nurse" the complement of "said")
    assert _readings([OKAFOR]) == [('" The water came up to the windows , "', "Okafor", "retired nurse")]
    (q,) = _readings([GOMEZ])
    assert q[1:] == ("Maria Gomez", "retired teacher")


def test_a_description_of_an_object_after_a_verb_with_nothing_reported_stays_where_it_is():
    # ("called X, a ..., a leader": the object is no speaker, its description no role of one)
    r = resolve([[MANAFORT]])  # type: ignore[list-item]
    assert [q.speaker.name for q in r.quotes if q.speaker] == ["Mr. Manafort"] * len(r.quotes) and r.quotes


# Asked whether he expected trouble , Otieno smiled .
OTIENO: list[FeatRow] = [
    ("Asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("whether", "whether", "SCONJ", 3, "mark", ""),
    ("he", "he", "PRON", 3, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("expected", "expect", "VERB", 0, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("trouble", "trouble", "NOUN", 3, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("Otieno", "Otieno", "PROPN", 7, "nsubj", "Number=Sing"),
    ("smiled", "smile", "VERB", 0, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 0, "punct", ""),
]


def test_the_answer_to_a_set_off_question_is_no_part_of_it_whatever_its_verb():
    (q,) = resolve([[OTIENO]]).quotes  # type: ignore[list-item]
    assert q.text == "whether he expected trouble" and q.speaker is None


# Mayor Dana Ruiz was joined by Health Officer Priya Shah , who said cases were falling .
RUIZ: list[FeatRow] = [
    ("Mayor", "Mayor", "PROPN", 2, "compound", "Number=Sing"),
    ("Dana", "Dana", "PROPN", 2, "compound", "Number=Sing"),
    ("Ruiz", "Ruiz", "PROPN", 4, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("joined", "join", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 9, "case", ""),
    ("Health", "Health", "PROPN", 9, "compound", "Number=Sing"),
    ("Officer", "Officer", "PROPN", 9, "compound", "Number=Sing"),
    ("Priya", "Priya", "PROPN", 9, "compound", "Number=Sing"),
    ("Shah", "Shah", "PROPN", 4, "obl:agent", "Number=Sing"),
    (",", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 4, "advcl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cases", "case", "NOUN", 15, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("falling", "fall", "VERB", 12, "ccomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# Among those waiting outside was Thandi Mokoena , a cleaner at the mine .
MOKOENA: list[FeatRow] = [
    ("Among", "among", "ADP", 2, "case", ""),
    ("those", "that", "DET", 2, "det", "Number=Plur|PronType=Dem"),
    ("waiting", "waiting", "NOUN", 6, "obl", "Number=Sing"),
    ("outside", "outside", "ADV", 2, "advmod", ""),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Thandi", "Thandi", "PROPN", 6, "compound", "Number=Sing"),
    ("Mokoena", "Mokoena", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("cleaner", "cleaner", "NOUN", 6, "appos", "Number=Sing"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("mine", "mine", "NOUN", 9, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# " We just want our wages , " she said .
MOKOENA_Q: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("just", "just", "ADV", 3, "advmod", ""),
    ("want", "want", "VERB", 9, "ccomp", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("our", "our", "PRON", 5, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("wages", "wage", "NOUN", 3, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 9, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 9, "punct", ""),
]

# Mayor Jane Roe spoke first .
ROE: list[FeatRow] = [
    ("Mayor", "Mayor", "PROPN", 2, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 2, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 3, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("first", "first", "ADV", 3, "advmod", "NumForm=Word|NumType=Ord"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Police chief Kofi Singh said the road was closed .
ROE_1: list[FeatRow] = [
    ("Police", "Police", "PROPN", 1, "compound", "Number=Sing"),
    ("chief", "chief", "NOUN", 3, "compound", "Number=Sing"),
    ("Kofi", "Kofi", "PROPN", 3, "compound", "Number=Sing"),
    ("Singh", "Singh", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("closed", "close", "VERB", 4, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# " We are ready , " she said .
ROE_2: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("are", "be", "AUX", 3, "cop", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("ready", "ready", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("she", "she", "PRON", 7, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_she_takes_a_woman_introduced_alone_whose_given_name_says_so():
    # ("Thandi": a given name of southern Africa the lexicon did not know; the mayor two
    # paragraphs back is a woman too)
    assert _readings([RUIZ], [MOKOENA], [MOKOENA_Q])[-1][1] == "Thandi Mokoena"
    # (not past a woman named in the same paragraph: "Mayor Jane Roe ... Kofi Singh ... she")
    assert _readings([ROE, ROE_1, ROE_2])[-1][1] == "Jane Roe"


# The official said crews had been " borrowing cars from every town " .
OFFICIAL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("official", "official", "ADJ", 3, "amod", "Degree=Pos"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("crews", "crew", "NOUN", 7, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("borrowing", "borrow", "VERB", 2, "ccomp", "Tense=Pres|VerbForm=Part"),
    ("cars", "car", "NOUN", 7, "obj", "Number=Plur"),
    ("from", "from", "ADP", 11, "case", ""),
    ("every", "every", "DET", 11, "det", "PronType=Ind"),
    ("town", "town", "NOUN", 7, "obl", "Number=Sing"),
    ('"', '"', "PUNCT", 7, "punct", ""),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# " Every team wants him , " said former Celtics guard Kendrick Perkins , now an ESPN analyst .
PERKINS: list[FeatRow] = [
    ('"', '"', "PUNCT", 3, "punct", ""),
    ("Every", "every", "DET", 2, "det", "PronType=Ind"),
    ("team", "team", "NOUN", 3, "nsubj", "Number=Sing"),
    ("wants", "want", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("him", "he", "PRON", 3, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("former", "former", "ADJ", 9, "amod", "Degree=Pos"),
    ("Celtics", "Celtics", "PROPN", 10, "nsubj", "Number=Plur"),
    ("guard", "guard", "VERB", 7, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Kendrick", "Kendrick", "PROPN", 10, "obj", "Number=Sing"),
    ("Perkins", "Perkins", "PROPN", 10, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 17, "punct", ""),
    ("now", "now", "ADV", 17, "advmod", "PronType=Dem"),
    ("an", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("ESPN", "ESPN", "PROPN", 17, "compound", "Number=Sing"),
    ("analyst", "analyst", "NOUN", 10, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]


def test_a_role_noun_the_tagger_made_an_adjective_or_a_verb_is_the_speaker():
    # ("official" an adjective of "crews": the false quote was "The official", the real one
    # had no speaker; "guard" a verb, the complement of "said", the name its object)
    assert _readings([OFFICIAL]) == [('crews had been " borrowing cars from every town "', "The official", None)]
    assert _readings([PERKINS]) == [
        ('" Every team wants him , "', "Kendrick Perkins", "former Celtics guard, now an ESPN analyst")
    ]


# Giving evidence on Wednesday , Mary Dunne , who lives across the road , said she heard shouting .
DUNNE: list[FeatRow] = [
    ("Giving", "give", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("evidence", "evidence", "NOUN", 14, "nsubj", "Number=Sing"),
    ("on", "on", "ADP", 3, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 1, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("Mary", "Mary", "PROPN", 6, "compound", "Number=Sing"),
    ("Dunne", "Dunne", "PROPN", 3, "conj", "Number=Sing"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
    ("lives", "live", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("across", "across", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("road", "road", "NOUN", 9, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 16, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("heard", "hear", "VERB", 14, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("shouting", "shouting", "VERB", 16, "xcomp", "Tense=Pres|VerbForm=Part"),
    (".", ".", "PUNCT", 14, "punct", ""),
]

# Speaking outside the court , a friend of the family , who did not want to be named , said the verdict was fair .
FRIEND: list[FeatRow] = [
    ("Speaking", "speak", "VERB", 19, "advcl", "Tense=Pres|VerbForm=Part"),
    ("outside", "outside", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 0, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 6, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("friend", "friend", "NOUN", 0, "parataxis", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("family", "family", "NOUN", 6, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("who", "who", "PRON", 14, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 19, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 17, "mark", ""),
    ("be", "be", "AUX", 17, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 14, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 0, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("verdict", "verdict", "NOUN", 23, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 23, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fair", "fair", "ADJ", 19, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 19, "punct", ""),
]


def test_the_subject_after_a_sentence_opening_participles_comma():
    # ("evidence", the participle's object, was the subject; "a friend" hung on "Speaking")
    assert _readings([DUNNE]) == [("she heard shouting", "Mary Dunne", "who lives across the road")]
    r = resolve([[FRIEND]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert q.speaker is not None and q.speaker.text == "a friend of the family"
    assert q.speaker.anonymity == "anonymous-with-reason"
