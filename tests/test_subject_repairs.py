"""Speech frames whose subject the parser put in the wrong place (attribution/subject_repairs.py),
on the trees the shipped parser really produced for these sentences (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import VOCAB, resolve

from provenance.attribution import Attributor
from provenance.attribution.repairs import repair_sentence

CUES = Attributor(VOCAB).cues
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part|Voice=Pass"


def _repaired(rows: list[FeatRow]):
    return repair_sentence(sentence(rows), CUES.is_speech_cue, CUES.is_listener_cue, CUES.in_lex)


def _quotes(rows: list[FeatRow]) -> list[tuple[str, str]]:
    """Each reported clause of a one-sentence article with its speaker's name (or text)."""
    r = resolve([[rows]])  # type: ignore[list-item]
    return [(q.text, (q.speaker.name or q.speaker.text) if q.speaker else "") for q in r.quotes]


# "Officials said none of the documents originated with the agency ." ("originated" tagged a participle)
NONE_ORIGINATED: list[FeatRow] = [
    ("Officials", "official", "NOUN", 1, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", FIN),
    ("none", "none", "PRON", 1, "obj", "PronType=Ind"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", ""),
    ("documents", "document", "NOUN", 2, "nmod", "Number=Plur"),
    ("originated", "originate", "VERB", 5, "acl", PART),
    ("with", "with", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", ""),
    ("agency", "agency", "NOUN", 6, "obl", ""),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def test_object_of_said_with_a_clause_hung_on_it_is_the_clause_subject():
    repaired = _repaired(NONE_ORIGINATED)
    assert (repaired.words[6].head, repaired.words[6].deprel) == (1, "ccomp")
    assert (repaired.words[2].head, repaired.words[2].deprel) == (6, "nsubj")
    assert _quotes(NONE_ORIGINATED) == [("none of the documents originated with the agency", "Officials")]


def test_object_then_finite_adverbial_without_subject():
    # "He said the majority of voters passing by were very polite ."
    rows: list[FeatRow] = [
        ("He", "he", "PRON", 1, "nsubj", "PronType=Prs"),
        ("said", "say", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("majority", "majority", "NOUN", 1, "obj", ""),
        ("of", "of", "ADP", 6, "case", ""),
        ("voters", "voter", "NOUN", 6, "compound", ""),
        ("passing", "passing", "NOUN", 3, "nmod", ""),
        ("by", "by", "SCONJ", 10, "mark", ""),
        ("were", "be", "AUX", 10, "cop", FIN),
        ("very", "very", "ADV", 10, "advmod", ""),
        ("polite", "polite", "ADJ", 1, "advcl", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert [q for q, _ in _quotes(rows)] == ["the majority of voters passing by were very polite"]


def test_prepositional_subject_is_the_end_of_the_object_phrase():
    # "The mayor said most of the money in the fund was gone ."
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("mayor", "mayor", "NOUN", 2, "nsubj", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        ("most", "most", "ADJ", 2, "obj", ""),
        ("of", "of", "ADP", 6, "case", ""),
        ("the", "the", "DET", 6, "det", ""),
        ("money", "money", "NOUN", 3, "nmod", ""),
        ("in", "in", "ADP", 9, "case", ""),
        ("the", "the", "DET", 9, "det", ""),
        ("fund", "fund", "NOUN", 11, "nsubj", ""),
        ("was", "be", "AUX", 11, "aux", FIN),
        ("gone", "go", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[9].head, repaired.words[9].deprel) == (6, "nmod")
    assert [q for q, _ in _quotes(rows)] == ["most of the money in the fund was gone"]


def test_passive_speech_verb_keeps_its_predicate():
    # "Roe was declared the winner of the caucuses last week ." ("caucuses" tagged a verb)
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 2, "nsubj:pass", ""),
        ("was", "be", "AUX", 2, "aux:pass", FIN),
        ("declared", "declare", "VERB", -1, "root", PART),
        ("the", "the", "DET", 4, "det", ""),
        ("winner", "winner", "NOUN", 2, "obj", ""),
        ("of", "of", "ADP", 7, "case", ""),
        ("the", "the", "DET", 7, "det", ""),
        ("caucuses", "caucuse", "VERB", 2, "advcl", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("last", "last", "ADJ", 9, "amod", ""),
        ("week", "week", "NOUN", 7, "obj", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


def test_subordinator_inside_the_object_blocks_the_repair():
    # "Roe added a goal and an assist as the Hurricanes snapped the streak ."
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("added", "add", "VERB", -1, "root", FIN),
        ("a", "a", "DET", 3, "det", ""),
        ("goal", "goal", "NOUN", 1, "obj", ""),
        ("and", "and", "CCONJ", 6, "cc", ""),
        ("an", "a", "DET", 6, "det", ""),
        ("assist", "assist", "NOUN", 3, "conj", ""),
        ("as", "as", "ADP", 9, "case", ""),
        ("the", "the", "DET", 9, "det", ""),
        ("Hurricanes", "Hurricane", "PROPN", 6, "nmod", ""),
        ("snapped", "snap", "VERB", 1, "advcl", FIN),
        ("the", "the", "DET", 12, "det", ""),
        ("streak", "streak", "NOUN", 10, "obj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


def test_thatless_complement_of_tell_hung_on_the_listener():
    # "The governor told her staff she planned to resign ."
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("governor", "governor", "NOUN", 2, "nsubj", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("her", "her", "PRON", 4, "nmod:poss", "PronType=Prs"),
        ("staff", "staff", "NOUN", 2, "obj", ""),
        ("she", "she", "PRON", 6, "nsubj", "PronType=Prs"),
        ("planned", "plan", "VERB", 4, "acl", FIN),
        ("to", "to", "PART", 8, "mark", ""),
        ("resign", "resign", "VERB", 6, "xcomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert [q for q, _ in _quotes(rows)] == ["she planned to resign"]


def test_a_clause_after_the_listener_hung_on_the_main_verb_is_what_was_told():
    # Defence lawyer Tom Reilly sought eight , telling the court his client had completed a
    # treatment program . (the shipped parser: "completed" a conjunct of "sought")
    rows: list[FeatRow] = [
        ("Defence", "defence", "NOUN", 1, "compound", "Number=Sing"),
        ("lawyer", "lawyer", "NOUN", 3, "compound", "Number=Sing"),
        ("Tom", "Tom", "PROPN", 3, "compound", "Number=Sing"),
        ("Reilly", "Reilly", "PROPN", 4, "nsubj", "Number=Sing"),
        ("sought", "seek", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("eight", "eight", "NUM", 4, "obj", "NumForm=Word|NumType=Card"),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("telling", "tell", "VERB", 4, "advcl", "Tense=Pres|VerbForm=Part"),
        ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
        ("court", "court", "NOUN", 7, "obj", "Number=Sing"),
        ("his", "his", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
        ("client", "client", "NOUN", 13, "nsubj", "Number=Sing"),
        ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("completed", "complete", "VERB", 4, "conj", "Tense=Past|VerbForm=Part"),
        ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
        ("treatment", "treatment", "NOUN", 16, "compound", "Number=Sing"),
        ("program", "program", "NOUN", 13, "obj", "Number=Sing"),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    assert _quotes(rows) == [("his client had completed a treatment program", "Tom Reilly")]
    # (with "and" before the clause it is the main verb's conjunct, as the parse has it)
    anded: list[FeatRow] = [*rows[:10], ("and", "and", "CCONJ", 14, "cc", "")]
    anded += [(t, lem, u, h + 1 if h > 9 else h, r, f) for t, lem, u, h, r, f in rows[10:]]
    assert _quotes(anded) == []


def test_relative_clause_on_the_listener_stays():
    # "Roe told the aides who planned the trip ." - a relative clause, its pronoun the subject
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("aides", "aide", "NOUN", 1, "obj", ""),
        ("who", "who", "PRON", 5, "nsubj", "PronType=Rel"),
        ("planned", "plan", "VERB", 3, "acl:relcl", FIN),
        ("the", "the", "DET", 7, "det", ""),
        ("trip", "trip", "NOUN", 5, "obj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


# "The plan is dead , his top aide , Tad Devine , told The Huffington Post ."
TOP_AIDE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", ""),
    ("plan", "plan", "NOUN", 3, "nsubj", ""),
    ("is", "be", "AUX", 3, "cop", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("dead", "dead", "ADJ", 12, "ccomp", ""),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("his", "his", "PRON", 7, "nmod:poss", "PronType=Prs"),
    ("top", "top", "ADJ", 7, "amod", ""),
    ("aide", "aide", "NOUN", 3, "conj", ""),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("Tad", "Tad", "PROPN", 10, "compound", ""),
    ("Devine", "Devine", "PROPN", 7, "appos", ""),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("told", "tell", "VERB", -1, "root", FIN),
    ("The", "the", "DET", 15, "det", ""),
    ("Huffington", "Huffington", "PROPN", 15, "compound", ""),
    ("Post", "Post", "PROPN", 12, "iobj", ""),
    (".", ".", "PUNCT", 3, "punct", ""),
]


def test_speaker_after_a_fronted_report_read_as_part_of_it():
    repaired = _repaired(TOP_AIDE)
    assert (repaired.words[7].head, repaired.words[7].deprel) == (12, "nsubj")
    assert _quotes(TOP_AIDE) == [("The plan is dead", "Tad Devine")]


def test_fronted_report_as_the_root_with_the_speech_verb_its_conjunct():
    # "Sanders remains committed to the race , his top aide , Tad Devine , told The Huffington Post ."
    rows: list[FeatRow] = [
        ("Sanders", "Sanders", "PROPN", 1, "nsubj", ""),
        ("remains", "remain", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("committed", "commit", "VERB", 1, "xcomp", PART),
        ("to", "to", "ADP", 5, "case", ""),
        ("the", "the", "DET", 5, "det", ""),
        ("race", "race", "NOUN", 2, "obl", ""),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("his", "his", "PRON", 9, "nmod:poss", "PronType=Prs"),
        ("top", "top", "ADJ", 9, "amod", ""),
        ("aide", "aide", "NOUN", 5, "conj", ""),
        (",", ",", "PUNCT", 12, "punct", ""),
        ("Tad", "Tad", "PROPN", 12, "compound", ""),
        ("Devine", "Devine", "PROPN", 9, "appos", ""),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("told", "tell", "VERB", 1, "conj", FIN),
        ("The", "the", "DET", 17, "det", ""),
        ("Huffington", "Huffington", "PROPN", 17, "compound", ""),
        ("Post", "Post", "PROPN", 14, "iobj", ""),
        (".", ".", "PUNCT", 14, "punct", ""),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[14].head, repaired.words[14].deprel) == (-1, "root")
    assert (repaired.words[1].head, repaired.words[1].deprel) == (14, "ccomp")
    assert _quotes(rows) == [("Sanders remains committed to the race", "Tad Devine")]


def test_a_conjunct_of_a_coordination_is_no_speaker():
    # "Roe made a stream of cafecitos , or Cuban coffee , told him about Cuba and had him read ."
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("made", "make", "VERB", -1, "root", FIN),
        ("a", "a", "DET", 3, "det", ""),
        ("stream", "stream", "NOUN", 1, "obj", ""),
        ("of", "of", "ADP", 5, "case", ""),
        ("cafecitos", "cafecito", "NOUN", 3, "nmod", ""),
        (",", ",", "PUNCT", 9, "punct", ""),
        ("or", "or", "CCONJ", 9, "cc", ""),
        ("Cuban", "Cuban", "ADJ", 9, "amod", ""),
        ("coffee", "coffee", "NOUN", 5, "conj", ""),
        (",", ",", "PUNCT", 11, "punct", ""),
        ("told", "tell", "VERB", 1, "conj", FIN),
        ("him", "he", "PRON", 11, "iobj", "PronType=Prs"),
        ("about", "about", "ADP", 14, "case", ""),
        ("Cuba", "Cuba", "PROPN", 11, "obl", ""),
        ("and", "and", "CCONJ", 16, "cc", ""),
        ("had", "have", "VERB", 11, "conj", FIN),
        ("him", "he", "PRON", 18, "nsubj", "PronType=Prs"),
        ("read", "read", "VERB", 16, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


def test_description_of_a_name_is_not_taken_for_the_subject():
    # "81 - year - old Parker Eaton , a nominal Republican who voted for JFK , said that ..."
    # parsed with "81" as the complement: the description after the name is no speaker alone
    rows: list[FeatRow] = [
        ("81", "81", "NUM", 15, "ccomp", ""),
        ("-", "-", "PUNCT", 2, "punct", ""),
        ("year", "year", "NOUN", 4, "compound", ""),
        ("-", "-", "PUNCT", 2, "punct", ""),
        ("old", "old", "ADJ", 6, "amod", ""),
        ("Parker", "Parker", "PROPN", 6, "compound", ""),
        ("Eaton", "Eaton", "PROPN", 0, "appos", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("a", "a", "DET", 10, "det", ""),
        ("nominal", "nominal", "ADJ", 10, "amod", ""),
        ("Republican", "Republican", "PROPN", 6, "appos", ""),
        ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
        ("voted", "vote", "VERB", 10, "acl:relcl", FIN),
        ("for", "for", "ADP", 14, "case", ""),
        ("JFK", "JFK", "PROPN", 12, "obl", ""),
        ("said", "say", "VERB", -1, "root", FIN),
        (".", ".", "PUNCT", 15, "punct", ""),
    ]
    assert _repaired(rows).words[10].head == 6


def test_speaker_hung_inside_an_adverbial_clause_before_the_verb():
    # "While Roe did not spell , Rep. Chris Collins , R-NY , says participants outlined a plan ."
    rows: list[FeatRow] = [
        ("While", "while", "SCONJ", 4, "mark", ""),
        ("Roe", "Roe", "PROPN", 4, "nsubj", ""),
        ("did", "do", "AUX", 4, "aux", FIN),
        ("not", "not", "PART", 4, "advmod", ""),
        ("spell", "spell", "VERB", 12, "advcl", "VerbForm=Inf"),
        (",", ",", "PUNCT", 8, "punct", ""),
        ("Rep.", "Rep.", "PROPN", 8, "compound", ""),
        ("Chris", "Chris", "PROPN", 8, "compound", ""),
        ("Collins", "Collins", "PROPN", 4, "appos", ""),
        (",", ",", "PUNCT", 10, "punct", ""),
        ("R-NY", "R-NY", "PROPN", 8, "nmod", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("says", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("participants", "participant", "NOUN", 14, "nsubj", ""),
        ("outlined", "outline", "VERB", 12, "ccomp", FIN),
        ("a", "a", "DET", 16, "det", ""),
        ("plan", "plan", "NOUN", 14, "obj", ""),
        (".", ".", "PUNCT", 12, "punct", ""),
    ]
    assert _repaired(rows).words[8].deprel == "nsubj"
    assert _quotes(rows) == [("participants outlined a plan", "Chris Collins")]


def test_speaker_before_a_dashed_relative_clause():
    # "Reached on Tuesday , Joyce — who is an attorney — told the Post he is not planning an
    # appeal ." with "Post" read as the object of "planning"
    rows: list[FeatRow] = [
        ("Reached", "reach", "VERB", 11, "advcl", PART),
        ("on", "on", "ADP", 2, "case", ""),
        ("Tuesday", "Tuesday", "PROPN", 0, "obl", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("Joyce", "Joyce", "PROPN", 2, "nmod", ""),
        ("—", "—", "PUNCT", 9, "punct", ""),
        ("who", "who", "PRON", 9, "nsubj", "PronType=Rel"),
        ("is", "be", "AUX", 9, "cop", FIN),
        ("an", "a", "DET", 9, "det", ""),
        ("attorney", "attorney", "NOUN", 0, "advcl", ""),
        ("—", "—", "PUNCT", 9, "punct", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 13, "det", ""),
        ("Post", "Post", "PROPN", 17, "obj", ""),
        ("he", "he", "PRON", 17, "nsubj", "PronType=Prs"),
        ("is", "be", "AUX", 17, "aux", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("not", "not", "PART", 17, "advmod", ""),
        ("planning", "plan", "VERB", 11, "ccomp", "VerbForm=Ger"),
        ("an", "a", "DET", 19, "det", ""),
        ("appeal", "appeal", "NOUN", 17, "obj", ""),
        (".", ".", "PUNCT", 11, "punct", ""),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[4].head, repaired.words[4].deprel) == (11, "nsubj")
    assert (repaired.words[13].head, repaired.words[13].deprel) == (11, "obj")
    assert _quotes(rows) == [("he is not planning an appeal", "Joyce")]


def test_bare_name_hung_on_the_verb_without_a_preposition_is_its_subject():
    # "However , as Archbishop Aris Shirvanian of the Patriarchate told the AP , the fate is shared ."
    rows: list[FeatRow] = [
        ("However", "however", "ADV", 10, "advmod", ""),
        (",", ",", "PUNCT", 0, "punct", ""),
        ("as", "as", "ADP", 0, "fixed", ""),
        ("Archbishop", "Archbishop", "PROPN", 5, "compound", ""),
        ("Aris", "Aris", "PROPN", 5, "compound", ""),
        ("Shirvanian", "Shirvanian", "PROPN", 10, "obl", ""),
        ("of", "of", "ADP", 8, "case", ""),
        ("the", "the", "DET", 8, "det", ""),
        ("Patriarchate", "Patriarchate", "PROPN", 5, "nmod", ""),
        ("Jerusalem", "Jerusalem", "PROPN", 8, "flat", ""),
        ("told", "tell", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 12, "det", ""),
        ("AP", "AP", "PROPN", 10, "obj", ""),
        (",", ",", "PUNCT", 18, "punct", ""),
        ("the", "the", "DET", 15, "det", ""),
        ("fate", "fate", "NOUN", 18, "nsubj:pass", ""),
        ("is", "be", "AUX", 18, "aux:pass", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("really", "really", "ADV", 18, "advmod", ""),
        ("shared", "share", "VERB", 10, "ccomp", PART),
        (".", ".", "PUNCT", 10, "punct", ""),
    ]
    assert _repaired(rows).words[5].deprel == "nsubj"


def test_clause_hung_on_the_main_verb_after_a_participle_and_its_object():
    # "Acme appealed , arguing Roe 's refusal to issue an invitation was an unreasonable exercise ."
    # with "exercise" a parataxis of "appealed" and an infinitive inside the object
    rows: list[FeatRow] = [
        ("Acme", "Acme", "PROPN", 1, "nsubj", ""),
        ("appealed", "appeal", "VERB", -1, "root", FIN),
        (",", ",", "PUNCT", 3, "punct", ""),
        ("arguing", "argue", "VERB", 1, "advcl", "VerbForm=Ger"),
        ("Roe", "Roe", "PROPN", 6, "nmod:poss", ""),
        ("'s", "'s", "PART", 4, "case", ""),
        ("refusal", "refusal", "NOUN", 3, "obj", ""),
        ("to", "to", "PART", 8, "mark", ""),
        ("issue", "issue", "VERB", 6, "acl", "VerbForm=Inf"),
        ("an", "a", "DET", 10, "det", ""),
        ("invitation", "invitation", "NOUN", 8, "obj", ""),
        ("was", "be", "AUX", 14, "cop", FIN),
        ("an", "a", "DET", 14, "det", ""),
        ("unreasonable", "unreasonable", "ADJ", 14, "amod", ""),
        ("exercise", "exercise", "NOUN", 1, "parataxis", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[14].head, repaired.words[14].deprel) == (3, "ccomp")
    assert (repaired.words[6].head, repaired.words[6].deprel) == (14, "nsubj")
    assert _quotes(rows) == [("Roe 's refusal to issue an invitation was an unreasonable exercise", "Acme")]


def test_infinitive_on_the_person_urged_is_the_request():
    # "Giuliani urged the candidate to dig in ." with "dig" a relative infinitive on "candidate"
    rows: list[FeatRow] = [
        ("Giuliani", "Giuliani", "PROPN", 1, "nsubj", ""),
        ("urged", "urge", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("candidate", "candidate", "NOUN", 1, "obj", ""),
        ("to", "to", "PART", 5, "mark", ""),
        ("dig", "dig", "VERB", 3, "acl", "VerbForm=Inf"),
        ("in", "in", "ADP", 5, "compound:prt", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert (_repaired(rows).words[5].head, _repaired(rows).words[5].deprel) == (1, "xcomp")
    assert _quotes(rows) == [("to dig in", "Giuliani")]


def test_infinitive_on_a_content_noun_stays():
    # "Roe urged the effort to cut taxes ." - the effort's own content
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj", ""),
        ("urged", "urge", "VERB", -1, "root", FIN),
        ("the", "the", "DET", 3, "det", ""),
        ("effort", "effort", "NOUN", 1, "obj", ""),
        ("to", "to", "PART", 5, "mark", ""),
        ("cut", "cut", "VERB", 3, "acl", "VerbForm=Inf"),
        ("taxes", "tax", "NOUN", 5, "obj", ""),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


def test_two_subjects_joined_by_and_are_one_coordination():
    # "She and her lawyers argue that the plan is legal ." with both read as subjects of "argue"
    rows: list[FeatRow] = [
        ("She", "she", "PRON", 4, "nsubj", "PronType=Prs"),
        ("and", "and", "CCONJ", 3, "cc", ""),
        ("her", "her", "PRON", 3, "nmod:poss", "PronType=Prs"),
        ("lawyers", "lawyer", "NOUN", 4, "nsubj", "Number=Plur"),
        ("argue", "argue", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("that", "that", "SCONJ", 8, "mark", ""),
        ("the", "the", "DET", 7, "det", ""),
        ("plan", "plan", "NOUN", 9, "nsubj", ""),
        ("is", "be", "AUX", 9, "cop", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("legal", "legal", "ADJ", 4, "ccomp", ""),
        (".", ".", "PUNCT", 4, "punct", ""),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[3].head, repaired.words[3].deprel) == (0, "conj")


def test_two_clauses_across_a_comma_keep_their_subjects():
    # "The crowd cheers , and then Wallnau continues ." with "cheers" tagged a noun
    rows: list[FeatRow] = [
        ("The", "the", "DET", 1, "det", ""),
        ("crowd", "crowd", "NOUN", 7, "nsubj", ""),
        ("cheers", "cheer", "NOUN", 1, "compound", ""),
        (",", ",", "PUNCT", 7, "punct", ""),
        ("and", "and", "CCONJ", 6, "cc", ""),
        ("then", "then", "ADV", 7, "advmod", ""),
        ("Wallnau", "Wallnau", "PROPN", 7, "nsubj", ""),
        ("continues", "continue", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    assert _repaired(rows).words == sentence(rows).words


def test_name_before_a_coordinated_speech_verb_is_its_subject():
    # "Roe was copied on the questions and Gates said he spoke to Roe ." with "Gates" a conjunct
    # of "questions" and "said" a subjectless conjunct of "copied"
    rows: list[FeatRow] = [
        ("Roe", "Roe", "PROPN", 2, "nsubj:pass", ""),
        ("was", "be", "AUX", 2, "aux:pass", FIN),
        ("copied", "copy", "VERB", -1, "root", PART),
        ("on", "on", "ADP", 5, "case", ""),
        ("the", "the", "DET", 5, "det", ""),
        ("questions", "question", "NOUN", 2, "obl", ""),
        ("and", "and", "CCONJ", 8, "cc", ""),
        ("Gates", "Gates", "PROPN", 5, "conj", ""),
        ("said", "say", "VERB", 2, "conj", FIN),
        ("he", "he", "PRON", 10, "nsubj", "PronType=Prs"),
        ("spoke", "speak", "VERB", 8, "ccomp", FIN),
        ("to", "to", "ADP", 12, "case", ""),
        ("Roe", "Roe", "PROPN", 10, "obl", ""),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    assert (_repaired(rows).words[7].head, _repaired(rows).words[7].deprel) == (8, "nsubj")
    assert _quotes(rows) == [("he spoke to Roe", "Gates")]


def _poll(say_children: list[FeatRow]) -> list[FeatRow]:
    """'Nine out of 10 say they will vote .' with "say" tagged a noun in the subject's phrase
    (and ``say_children`` words before "say", hung on it)."""
    n = len(say_children)
    return [
        ("Nine", "nine", "NUM", 7 + n, "nsubj", ""),
        ("out", "out", "ADP", 3, "case", ""),
        ("of", "of", "ADP", 3, "case", ""),
        ("10", "10", "NUM", 0, "nmod", ""),
        *say_children,
        ("say", "say", "NOUN", 0, "nmod", ""),
        ("they", "they", "PRON", 7 + n, "nsubj", "PronType=Prs"),
        ("will", "will", "AUX", 7 + n, "aux", FIN),
        ("vote", "vote", "VERB", -1, "root", "VerbForm=Inf"),
        (".", ".", "PUNCT", 7 + n, "punct", ""),
    ]


def test_say_tagged_a_noun_in_a_poll_figure_is_the_verb():
    rows = _poll([])
    repaired = _repaired(rows)
    assert (repaired.words[4].upos, repaired.words[4].head) == ("VERB", -1)
    assert (repaired.words[7].head, repaired.words[7].deprel) == (4, "ccomp")
    assert _quotes(rows) == [("they will vote", "Nine out of 10")]


def test_a_say_with_a_determiner_is_a_noun():
    # "Nine out of 10 their say they will vote ." - nonsense on purpose: "their say" is a noun
    rows = _poll([("their", "their", "PRON", 5, "nmod:poss", "PronType=Prs")])
    assert _repaired(rows).words == sentence(rows).words


# "Since last year , Mr. Xi and other leaders have said output must fall ." as the shipped parser
# reads it: the subject an apposition of the fronted "year", "said" without a subject.
FRONTED_XI: list[FeatRow] = [
    ("Since", "since", "ADP", 2, "case", ""),
    ("last", "last", "ADJ", 2, "amod", ""),
    ("year", "year", "NOUN", 10, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("Mr.", "Mr.", "PROPN", 5, "compound", ""),
    ("Xi", "Xi", "PROPN", 2, "appos", ""),
    ("and", "and", "CCONJ", 8, "cc", ""),
    ("other", "other", "ADJ", 8, "amod", ""),
    ("leaders", "leader", "NOUN", 5, "conj", "Number=Plur"),
    ("have", "have", "AUX", 10, "aux", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("output", "output", "NOUN", 13, "nsubj", ""),
    ("must", "must", "AUX", 13, "aux", "VerbForm=Fin"),
    ("fall", "fall", "VERB", 10, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 10, "punct", ""),
]


def test_subject_hung_as_an_apposition_of_a_fronted_phrase_is_the_subject():
    s = _repaired(FRONTED_XI)
    assert (s.words[5].head, s.words[5].deprel) == (10, "nsubj")
    assert _quotes(FRONTED_XI) == [("output must fall", "Mr. Xi")]


def test_an_apposition_of_a_fronted_phrase_is_left_when_the_verb_has_a_subject():
    # "In Ottawa , the capital , officials said output must fall ."
    rows: list[FeatRow] = [
        ("In", "in", "ADP", 1, "case", ""),
        ("Ottawa", "Ottawa", "PROPN", 7, "obl", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("the", "the", "DET", 4, "det", ""),
        ("capital", "capital", "NOUN", 1, "appos", ""),
        (",", ",", "PUNCT", 4, "punct", ""),
        ("officials", "official", "NOUN", 7, "nsubj", "Number=Plur"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Tense=Past|VerbForm=Fin"),
        ("output", "output", "NOUN", 10, "nsubj", ""),
        ("must", "must", "AUX", 10, "aux", "VerbForm=Fin"),
        ("fall", "fall", "VERB", 7, "ccomp", "VerbForm=Inf"),
        (".", ".", "PUNCT", 7, "punct", ""),
    ]
    s = _repaired(rows)
    assert (s.words[4].head, s.words[4].deprel) == (1, "appos")


def test_a_subject_hung_deep_in_the_fronted_phrase_is_the_verbs():
    # "In a report tabled Thursday , Commissioner Jane Roe said the rules go too far ." with
    # appos(Thursday, Roe): "Thursday" is inside the fronted phrase, not its head
    rows: list[FeatRow] = [
        ("In", "in", "ADP", 2, "case", ""),
        ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
        ("report", "report", "NOUN", 9, "obl", "Number=Sing"),
        ("tabled", "table", "VERB", 4, "amod", PART),
        ("Thursday", "Thursday", "PROPN", 2, "nmod", "Number=Sing"),
        (",", ",", "PUNCT", 2, "punct", ""),
        ("Commissioner", "Commissioner", "PROPN", 8, "compound", "Number=Sing"),
        ("Jane", "Jane", "PROPN", 8, "compound", "Number=Sing"),
        ("Roe", "Roe", "PROPN", 4, "appos", "Number=Sing"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
        ("rules", "rule", "NOUN", 12, "nsubj", "Number=Plur"),
        ("go", "go", "VERB", 9, "ccomp", "VerbForm=Inf"),
        ("too", "too", "ADV", 14, "advmod", ""),
        ("far", "far", "ADV", 12, "advmod", "Degree=Pos"),
        (".", ".", "PUNCT", 9, "punct", ""),
    ]
    assert _quotes(rows) == [("the rules go too far", "Jane Roe")]


# "The Treasury Board , which wrote the rules , disagreed ." with "Board" the root and
# conj(wrote, disagreed)
BOARD_DISAGREED: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Treasury", "Treasury", "PROPN", 2, "compound", "Number=Sing"),
    ("Board", "Board", "PROPN", -1, "root", "Number=Sing"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("which", "which", "PRON", 5, "nsubj", "PronType=Rel"),
    ("wrote", "write", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("rules", "rule", "NOUN", 5, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("disagreed", "disagree", "VERB", 5, "conj", PART),
    (".", ".", "PUNCT", 2, "punct", ""),
]


def test_a_main_verb_read_as_a_conjunct_of_the_relative_clause_gets_the_noun_as_subject():
    sent = _repaired(BOARD_DISAGREED)
    assert sent.words[9].head == -1
    assert (sent.words[2].head, sent.words[2].deprel) == (9, "nsubj")


def test_it_after_that_sentence_is_the_board():
    # ... + "It said the changes were needed ."
    it_said: list[FeatRow] = [
        ("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
        ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
        ("changes", "change", "NOUN", 5, "nsubj:pass", "Number=Plur"),
        ("were", "be", "AUX", 5, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
        ("needed", "need", "VERB", 1, "ccomp", PART),
        (".", ".", "PUNCT", 1, "punct", ""),
    ]
    r = resolve([[BOARD_DISAGREED, it_said]])  # type: ignore[list-item]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("the changes were needed", "Treasury Board")
    ]


def test_the_other_read_as_a_modifier_of_the_verb_is_its_subject_and_one_of_those_described():
    # "The other cautioned that nothing had been finalized ." with amod(cautioned, other) and
    # acl:relcl(cautioned, finalized): the subject, and the verb's "that" clause
    rows: list[FeatRow] = [
        ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
        ("other", "other", "ADJ", 2, "amod", "Degree=Pos"),
        ("cautioned", "caution", "VERB", -1, "root", PART),
        ("that", "that", "SCONJ", 7, "mark", ""),
        ("nothing", "nothing", "PRON", 7, "nsubj:pass", "Number=Sing|PronType=Ind"),
        ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
        ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
        ("finalized", "finalize", "VERB", 2, "acl:relcl", PART),
        (".", ".", "PUNCT", 2, "punct", ""),
    ]
    r = resolve([[rows]])  # type: ignore[list-item]
    (q,) = r.quotes
    assert (q.text, q.speaker.text if q.speaker else None) == ("that nothing had been finalized", "The other")
    assert q.speaker is not None and q.speaker.anonymity == "anonymous"  # (not vague, as "others" would be)
