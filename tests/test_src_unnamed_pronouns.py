"""Who an unnamed person or a name with institution words is: a given name described by a
person's role is a person ("a spokeswoman, Maria Lopez White"), and "she" or "he" with no named
person of that gender before goes to the unnamed person the article described ("A senior
official said ... She said ..."); "he" after an unnamed speaker in the paragraph before goes on with
that speaker, not with a man named earlier, when the article explains the speaker's anonymity or
describes them by a trade (session 50: "A former civil servant, who asked not to be named ...",
"A mountain guide from the valley"); on the trees the shipped parser gave these sentences."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve

# The company built the tool , Maria Lopez White , a spokeswoman , said on Saturday .
WHITE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("built", "build", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("tool", "tool", "NOUN", 2, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 8, "punct", ""),
    ("Maria", "Maria", "PROPN", 8, "compound", "Number=Sing"),
    ("Lopez", "Lopez", "PROPN", 8, "compound", "Number=Sing"),
    ("White", "White", "PROPN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("spokeswoman", "spokeswoman", "NOUN", 4, "appos", "Number=Sing"),
    (",", ",", "PUNCT", 11, "punct", ""),
    ("said", "say", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Saturday", "Saturday", "PROPN", 13, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# A local pastor joined the march on Sunday .
PASTOR: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("local", "local", "ADJ", 2, "amod", "Degree=Pos"),
    ("pastor", "pastor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("joined", "join", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("march", "march", "NOUN", 3, "obj", "Number=Sing"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Sunday", "Sunday", "PROPN", 3, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# She said the city had failed its children .
SHE_FAILED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 5, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 5, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("failed", "fail", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 7, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("children", "child", "NOUN", 5, "obj", "Number=Plur"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# A senior official said the talks had stalled .
OFFICIAL: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("senior", "senior", "ADJ", 2, "amod", "Degree=Pos"),
    ("official", "official", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 7, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 7, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("stalled", "stall", "VERB", 3, "ccomp", "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# She said both sides were to blame .
SHE_BLAME: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("both", "both", "CCONJ", 3, "det", ""),
    ("sides", "side", "NOUN", 6, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 6, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 6, "mark", ""),
    ("blame", "blame", "VERB", 1, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]

# Both the mayor and the police chief said the protest was peaceful .
BOTH_SAID: list[FeatRow] = [
    ("Both", "both", "CCONJ", 2, "cc:preconj", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 7, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("police", "police", "NOUN", 6, "compound", "Number=Sing"),
    ("chief", "chief", "NOUN", 2, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("protest", "protest", "ADJ", 11, "nsubj", "Degree=Sup"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("peaceful", "peaceful", "ADJ", 7, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# Neither Smith nor Jones responded to requests for comment .
NEITHER_RESPONDED: list[FeatRow] = [
    ("Neither", "neither", "PROPN", 1, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 4, "nsubj", "Number=Sing"),
    ("nor", "nor", "CCONJ", 3, "cc", ""),
    ("Jones", "Jones", "PROPN", 1, "conj", "Number=Sing"),
    ("responded", "respond", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 6, "case", ""),
    ("requests", "request", "NOUN", 4, "obl", "Number=Plur"),
    ("for", "for", "ADP", 8, "case", ""),
    ("comment", "comment", "NOUN", 6, "nmod", "Number=Sing"),
    (".", ".", "PUNCT", 4, "punct", ""),
]

# One official , speaking on background , said the talks would continue .
ON_BACKGROUND: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("official", "official", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("speaking", "speak", "VERB", 1, "conj", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 5, "case", ""),
    ("background", "background", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 11, "nsubj", "Number=Plur"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("continue", "continue", "VERB", 7, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# " We were never told , " said a nurse at the hospital who requested anonymity for fear of losing her job .
NURSE: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("We", "we", "PRON", 4, "nsubj:pass", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("were", "be", "AUX", 4, "aux:pass", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("never", "never", "ADV", 4, "advmod", "PronType=Neg"),
    ("told", "tell", "VERB", 7, "advcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 7, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("nurse", "nurse", "NOUN", 7, "obj", "Number=Sing"),
    ("at", "at", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("hospital", "hospital", "NOUN", 9, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 14, "nsubj", "PronType=Rel"),
    ("requested", "request", "VERB", 12, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("anonymity", "anonymity", "PRON", 14, "obj", "Number=Sing|PronType=Ind"),
    ("for", "for", "ADP", 17, "case", ""),
    ("fear", "fear", "NOUN", 14, "obl", "Number=Sing"),
    ("of", "of", "SCONJ", 19, "mark", ""),
    ("losing", "lose", "VERB", 14, "advcl", "VerbForm=Ger"),
    ("her", "her", "PRON", 21, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("job", "job", "NOUN", 19, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# A source close to the investigation told CBC News the suspect had fled to Montreal .
SOURCE_CLOSE: list[FeatRow] = [
    ("A", "a", "DET", 1, "det", "Definite=Ind|PronType=Art"),
    ("source", "source", "NOUN", 2, "nsubj", "Number=Sing"),
    ("close", "close", "ADJ", 6, "nsubj", "Degree=Pos"),
    ("to", "to", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 2, "obl", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("CBC", "CBC", "PROPN", 8, "compound", "Number=Sing"),
    ("News", "News", "PROPN", 6, "iobj", "Number=Sing"),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("suspect", "suspect", "NOUN", 12, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("fled", "flead", "VERB", 6, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", 14, "case", ""),
    ("Montreal", "Montreal", "PROPN", 12, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# " We have been clear , " said Jagmeet Singh .
SINGH_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("We", "we", "PRON", 4, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("have", "have", "AUX", 4, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 4, "cop", "Tense=Past|VerbForm=Part"),
    ("clear", "clear", "ADJ", 7, "ccomp", "Degree=Pos"),
    (",", ",", "PUNCT", 4, "punct", ""),
    ('"', '"', "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Jagmeet", "Jagmeet", "PROPN", 9, "compound", "Number=Sing"),
    ("Singh", "Singh", "PROPN", 7, "nsubj", "Number=Sing"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The NDP leader added that the party would vote against the bill .
LEADER_ADDED: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("NDP", "NDP", "PROPN", 2, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 3, "nsubj", "Number=Sing"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("party", "party", "NOUN", 8, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 8, "aux", "VerbForm=Fin"),
    ("vote", "vote", "VERB", 3, "ccomp", "VerbForm=Inf"),
    ("against", "against", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 8, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# John Smith said the flooding was bad .
SMITH_FLOODING: list[FeatRow] = [
    ("John", "John", "PROPN", 1, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("flooding", "flooding", "NOUN", 6, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("bad", "bad", "ADJ", 2, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# But the mayor said the city would help .
BUT_THE_MAYOR: list[FeatRow] = [
    ("But", "but", "CCONJ", 3, "cc", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 7, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("help", "help", "VERB", 3, "ccomp", "VerbForm=Inf"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# We asked the ministry whether it would comment .
WE_ASKED: list[FeatRow] = [
    ("We", "we", "PRON", 1, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("asked", "ask", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("ministry", "ministry", "NOUN", 1, "obj", "Number=Sing"),
    ("whether", "whether", "SCONJ", 7, "mark", ""),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("comment", "comment", "VERB", 1, "advcl", "VerbForm=Inf"),
    (".", ".", "PUNCT", 1, "punct", ""),
]


def who(paragraphs: list[list[list[FeatRow]]]) -> list[tuple[str, str, str, str]]:
    r = resolve(paragraphs)  # type: ignore[arg-type]
    return [(q.text, q.speaker.name, q.speaker.type, q.speaker.anonymity) for q in r.quotes if q.speaker]


def test_a_given_name_described_as_a_spokeswoman_is_a_person_whatever_its_surname():
    # ("White" is also an institution word: "the White House")
    assert who([[WHITE]])[0][1:] == ("Maria Lopez White", "person", "named")


def test_she_after_an_unnamed_speaker_is_that_speaker():
    assert who([[OFFICIAL, SHE_BLAME]])[1] == (
        "both sides were to blame",
        "A senior official",
        "anonymous",
        "anonymous",
    )


def test_she_after_a_described_person_who_has_not_spoken_is_that_person():
    assert who([[PASTOR, SHE_FAILED]]) == [
        ("the city had failed its children", "A local pastor", "anonymous", "anonymous")
    ]


def test_she_never_goes_to_a_man_described_before():
    man = [(w.replace("pastor", "father"), lemma.replace("pastor", "father"), *rest) for w, lemma, *rest in PASTOR]
    assert who([[man, SHE_FAILED]])[0][2:] == ("unknown", "unresolved")


def test_coordinated_descriptions_are_all_speakers_and_no_later_name_is_theirs():
    # (only "the mayor" spoke, and the next paragraph's "Neither Smith" - a name with the
    # coordination's first word - was taken for who the mayor is)
    r = resolve([[BOTH_SAID], [NEITHER_RESPONDED]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and q.speaker.type == "anonymous"
    assert [r.entities[i].name for i in q.speaker.entities] == ["Both the mayor", "the police chief"]
    assert all(e.name != "Neither Smith" for e in r.entities)


def test_a_bare_description_with_a_condition_set_off_as_a_conjunct_is_the_speaker():
    # ("One official" was read as a clause of "said", "speaking" as its conjunct: no speaker)
    assert who([[ON_BACKGROUND]]) == [
        ("the talks would continue", "One official", "anonymous", "anonymous-with-reason")
    ]


def test_a_source_is_not_the_anonymous_source_of_the_paragraph_before():
    # ("A source close to the investigation", parsed under "close", was taken for a definite
    # description of the nurse before, with her reason for anonymity)
    r = resolve([[NURSE], [SOURCE_CLOSE]])  # type: ignore[list-item]
    second = r.quotes[-1].speaker
    assert second is not None and second.name == "A source close to the investigation"
    assert (second.anonymity, second.reason) == ("anonymous", None)


def test_a_role_description_right_after_a_named_speaker_is_that_speaker():
    # ("The NDP leader" was an anonymous source; news style names a person, then describes him)
    assert who([[SINGH_SAID, LEADER_ADDED]])[1] == (
        "that the party would vote against the bill",
        "Jagmeet Singh",
        "person",
        "named",
    )


def test_a_description_set_against_the_speaker_is_someone_else():
    assert who([[SMITH_FLOODING, BUT_THE_MAYOR]])[1][1:] == ("the mayor", "anonymous", "anonymous")


def test_we_outside_quotes_is_the_newsroom_not_unresolved():
    # ("We" was `unresolved`; as "I" outside quotes is the writer, "we" is the writers)
    assert who([[WE_ASKED]]) == [("whether it would comment", "we", "organization", "organization")]


# CMAL chief executive Neil Rutherford said the agency had acted properly.
CHIEF_SAID: list[FeatRow] = [
    ("CMAL", "CMAL", "PROPN", 4, "compound", "Number=Sing"),
    ("chief", "chief", "ADJ", 4, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 4, "amod", "Degree=Pos"),
    ("Neil", "Neil", "PROPN", 4, "compound", "Number=Sing"),
    ("Rutherford", "Rutherford", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("agency", "agency", "NOUN", 9, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 9, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("acted", "act", "VERB", 5, "ccomp", "Tense=Past|VerbForm=Part"),
    ("properly", "properly", "ADV", 9, "advmod", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# A former civil servant, who asked not to be named because he feared reprisals, said officials had been under pressure.
SERVANT_REASON: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 3, "amod", "Degree=Pos"),
    ("civil", "civil", "ADJ", 3, "amod", "Degree=Pos"),
    ("servant", "servant", "NOUN", 16, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 10, "mark", ""),
    ("be", "be", "AUX", 10, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 6, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 10, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("reprisals", "reprisal", "NOUN", 13, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("officials", "official", "NOUN", 21, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 21, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 21, "cop", "Tense=Past|VerbForm=Part"),
    ("under", "under", "ADP", 21, "case", ""),
    ("pressure", "pressure", "NOUN", 16, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 16, "punct", ""),
]
# A mountain guide from the valley said the slopes had been visible from the village.
GUIDE_SAID: list[FeatRow] = [
    ("A", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("mountain", "mountain", "NOUN", 2, "compound", "Number=Sing"),
    ("guide", "guide", "NOUN", 6, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("valley", "valley", "NOUN", 2, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("slopes", "slope", "NOUN", 11, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 11, "cop", "Tense=Past|VerbForm=Part"),
    ("visible", "visible", "ADJ", 6, "ccomp", "Degree=Pos"),
    ("from", "from", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("village", "village", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]
# "Nobody wanted to be the person who closed it," he said.
HE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##Nobody", "nobody", "PRON", 2, "nsubj", "Number=Sing|PronType=Ind"),
    ("wanted", "want", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 6, "mark", ""),
    ("be", "be", "AUX", 6, "cop", "VerbForm=Inf"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("person", "person", "NOUN", 2, "xcomp", "Number=Sing"),
    ("who", "who", "PRON", 8, "nsubj", "PronType=Rel"),
    ("closed", "close", "VERB", 6, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 8, "obj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("he", "he", "PRON", 13, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_he_after_an_unnamed_speaker_goes_on_with_that_speaker_not_a_man_named_before():
    for source in (SERVANT_REASON, GUIDE_SAID):
        quotes = resolve([[CHIEF_SAID], [source], [HE_SAID]]).quotes
        assert quotes[-1].speaker is not None and quotes[1].speaker is not None
        assert quotes[-1].speaker.type == "anonymous"
        assert quotes[-1].speaker.entity == quotes[1].speaker.entity
