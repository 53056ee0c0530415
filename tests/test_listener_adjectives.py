"""Reports the parse gave to the listener or to a clause of purpose, and titles outside the role
list (session 52, from fresh articles; each tree is the shape the shipped parser produced for the
invented sentence in the comment above it; no model needed):

* a form of "tell" read as an adjective of its listener (attribution/cue_modifiers
  ``cue_read_as_listeners_modifier``): "An energy ministry official, speaking on condition of
  anonymity because the talks were confidential, told AFP the government was weighing ..." with the
  report the sentence's root and "official" its first subject; "An MDOT engineer who asked not to
  be identified ... told 8 News the cracks appeared ..." with "engineer" the root, "News" its
  listener (a number before it) and the report a clause on it. Each had no quote. Not a "told"
  that modifies a noun with nothing told ("The twice told story, which the mayor repeated, said
  little");
* a "so" clause of purpose the parse made the speech verb's complement leaves the verb's own
  report free ("said in an interview that ... communities had to station ambulances outside fire
  halls so residents could report emergencies": the quote began at "so";
  occasion_clauses.reads_adverbial);
* "MS", a Member of the Senedd, is a title in capitals ("Labour MS Jenny Rathbone said": the
  speaker was an organisation "Labour MS Jenny Rathbone", and "Ms Rathbone" later no one named;
  rules/lexicons/name_titles.yaml, a case-sensitive entry; name_runs.title_length), "Ms" stays a
  courtesy title;
* an advocate at the bar is titled by it ("Senior Advocate Meera Krishnan told the court": named
  with no role), "refugee advocates" stay a vague class and "The Northern Advocate reported" a
  newspaper (rules/lexicons/name_titles.yaml: a title, no role alone).
"""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import VOCAB, resolve, sentence_quotes

from provenance.attribution.cue_modifiers import cue_read_as_listeners_modifier

# An energy ministry official, speaking on condition of anonymity because the talks were confidential, told AFP the government was weighing international arbitration.
ENERGY_OFFICIAL: list[FeatRow] = [
    ("An", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("energy", "energy", "NOUN", 3, "compound", "Number=Sing"),
    ("ministry", "ministry", "NOUN", 3, "compound", "Number=Sing"),
    ("official", "official", "NOUN", 21, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("speaking", "speak", "VERB", 3, "acl", "Tense=Pres|VerbForm=Part"),
    ("on", "on", "ADP", 7, "case", ""),
    ("condition", "condition", "NOUN", 5, "obl", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("anonymity", "anonymity", "NOUN", 7, "nmod", "Number=Sing"),
    ("because", "because", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("talks", "talk", "NOUN", 14, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("confidential", "confidential", "ADJ", 5, "advcl", "Degree=Pos"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("told", "tell", "VERB", 17, "amod", "Mood=Ind|Person=3|Tense=Past|VerbForm=Fin"),
    ("AFP", "AFP", "NOUN", 14, "obj", "Number=Sing"),
    ("the", "the", "DET", 19, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("weighing", "weigh", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("international", "international", "ADJ", 23, "amod", "Degree=Pos"),
    ("arbitration", "arbitration", "NOUN", 21, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]

# An MDOT engineer who asked not to be identified because she was not authorized to discuss the inspection told 8 News the cracks appeared in a type of welded connection that engineers have considered vulnerable to fatigue for decades.
BRIDGE_ENGINEER: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("MDOT", "mdot", "NOUN", 2, "compound", "Number=Sing"),
    ("engineer", "engineer", "NOUN", -1, "root", "Number=Sing"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 8, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 8, "mark", ""),
    ("be", "be", "AUX", 8, "aux:pass", "VerbForm=Inf"),
    ("identified", "identify", "VERB", 4, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("she", "she", "PRON", 13, "nsubj:pass", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 13, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("authorized", "authorize", "VERB", 8, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 15, "mark", ""),
    ("discuss", "discuss", "VERB", 13, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("inspection", "inspection", "NOUN", 15, "obj", "Number=Sing"),
    ("told", "tell", "VERB", 20, "amod", "Tense=Past|VerbForm=Part"),
    ("8", "8", "NUM", 20, "nummod", "NumForm=Digit|NumType=Card"),
    ("News", "news", "NOUN", 15, "obj", "Number=Sing"),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("cracks", "crack", "NOUN", 23, "nsubj:pass", "Number=Plur"),
    ("appeared", "appear", "VERB", 20, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 26, "case", ""),
    ("a", "a", "DET", 26, "det", "Definite=Ind|PronType=Art"),
    ("type", "type", "NOUN", 23, "obl", "Number=Sing"),
    ("of", "of", "ADP", 29, "case", ""),
    ("welded", "weld", "VERB", 29, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("connection", "connection", "NOUN", 26, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 33, "obj", "PronType=Rel"),
    ("engineers", "engineer", "NOUN", 33, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 33, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("considered", "consider", "VERB", 29, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("vulnerable", "vulnerable", "ADJ", 33, "xcomp", "Degree=Pos"),
    ("to", "to", "PART", 36, "mark", ""),
    ("fatigue", "fatigue", "VERB", 33, "xcomp", "VerbForm=Inf"),
    ("for", "for", "ADP", 38, "case", ""),
    ("decades", "decade", "NOUN", 36, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The twice told story, which the mayor repeated, said little.
TOLD_STORY: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("twice", "twice", "ADJ", 3, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("told", "tell", "VERB", 3, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("story", "story", "NOUN", 10, "ccomp", "Number=Sing"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("which", "which", "PRON", 8, "obj", "PronType=Rel"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 8, "nsubj", "Number=Sing"),
    ("repeated", "repeat", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##,", ",", "PUNCT", 8, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("little", "little", "ADJ", 10, "nsubj", "Degree=Pos"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]

# Priya Raman, who chairs the Ontario Association of Paramedic Chiefs, said in an interview that at least three rural communities had to station ambulances outside fire halls so residents could report emergencies in person.
PARAMEDICS: list[FeatRow] = [
    ("Priya", "Priya", "PROPN", 1, "compound", "Number=Sing"),
    ("Raman", "Raman", "PROPN", 12, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("chairs", "chair", "VERB", 12, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Ontario", "Ontario", "PROPN", 7, "compound", "Number=Sing"),
    ("Association", "Association", "PROPN", 4, "obj", "Number=Sing"),
    ("of", "of", "ADP", 10, "case", ""),
    ("Paramedic", "paramedic", "ADJ", 10, "amod", "Degree=Pos"),
    ("Chiefs", "Chief", "PROPN", 7, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 15, "case", ""),
    ("an", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("interview", "interview", "NOUN", 12, "obl", "Number=Sing"),
    ("that", "that", "PRON", 22, "mark", "PronType=Rel"),
    ("at", "at", "ADP", 18, "case", ""),
    ("least", "least", "ADJ", 21, "nummod", "Degree=Sup"),
    ("three", "three", "NUM", 21, "nummod", "NumForm=Word|NumType=Card"),
    ("rural", "rural", "ADJ", 21, "amod", "Degree=Pos"),
    ("communities", "community", "NOUN", 22, "nsubj", "Number=Plur"),
    ("had", "have", "VERB", 15, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 24, "mark", ""),
    ("station", "station", "VERB", 22, "xcomp", "VerbForm=Inf"),
    ("ambulances", "ambulance", "NOUN", 24, "obj", "Number=Plur"),
    ("outside", "outside", "ADP", 28, "case", ""),
    ("fire", "fire", "NOUN", 28, "compound", "Number=Sing"),
    ("halls", "hall", "NOUN", 24, "obl", "Number=Plur"),
    ("so", "so", "ADV", 32, "advmod", ""),
    ("residents", "resident", "NOUN", 32, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 32, "aux", "VerbForm=Fin"),
    ("report", "report", "VERB", 12, "ccomp", "VerbForm=Inf"),
    ("emergencies", "emergency", "NOUN", 32, "obj", "Number=Plur"),
    ("in", "in", "ADP", 35, "case", ""),
    ("person", "person", "NOUN", 32, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]

# Labour MS Jenny Rathbone said the cuts were unavoidable.
SENEDD_MEMBER: list[FeatRow] = [
    ("Labour", "Labour", "PROPN", 3, "compound", "Number=Sing"),
    ("MS", "MS", "PROPN", 3, "compound", "Number=Sing"),
    ("Jenny", "Jenny", "PROPN", 3, "compound", "Number=Sing"),
    ("Rathbone", "Rathbone", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 8, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 8, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("unavoidable", "unavoidable", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Ms Rathbone said the cuts were a disgrace.
SENEDD_SURNAME: list[FeatRow] = [
    ("Ms", "Ms", "PROPN", 1, "compound", "Number=Sing"),
    ("Rathbone", "Rathbone", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("cuts", "cut", "NOUN", 7, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 7, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("disgrace", "disgrace", "NOUN", 2, "ccomp", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Senior Advocate Meera Krishnan told the court the bail order was unsustainable.
SENIOR_ADVOCATE: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 3, "amod", "Degree=Pos"),
    ("Advocate", "Advocate", "PROPN", 3, "compound", "Number=Sing"),
    ("Meera", "Meera", "PROPN", 3, "compound", "Number=Sing"),
    ("Krishnan", "Krishnan", "PROPN", 4, "nsubj", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("court", "court", "NOUN", 4, "iobj", "Number=Sing"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("bail", "bail", "NOUN", 9, "compound", "Number=Sing"),
    ("order", "order", "NOUN", 11, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 11, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("unsustainable", "unsustainable", "ADJ", 4, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Refugee advocates said the policy would leave families stranded.
REFUGEE_ADVOCATES: list[FeatRow] = [
    ("Refugee", "refugee", "NOUN", 1, "compound", "Number=Sing"),
    ("advocates", "advocate", "NOUN", 2, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("policy", "policy", "NOUN", 6, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 6, "aux", "VerbForm=Fin"),
    ("leave", "leave", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("families", "family", "NOUN", 6, "obj", "Number=Plur"),
    ("stranded", "strand", "VERB", 6, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# The Northern Advocate reported last year that the unit had been forced to divert women.
ADVOCATE_PAPER: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Northern", "Northern", "ADJ", 2, "amod", "Degree=Pos"),
    ("Advocate", "Advocate", "PROPN", 3, "nsubj", "Number=Sing"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 5, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 3, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("unit", "unit", "NOUN", 11, "nsubj:pass", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 11, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("forced", "force", "VERB", 5, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 13, "mark", ""),
    ("divert", "divert", "VERB", 11, "xcomp", "VerbForm=Inf"),
    ("women", "woman", "NOUN", 13, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_tell_read_as_its_listeners_adjective_is_the_main_verb_when_the_report_is_the_root():
    ((text, speaker, _, _),) = sentence_quotes(ENERGY_OFFICIAL)
    assert text == "the government was weighing international arbitration"
    assert speaker == "An energy ministry official"
    (q,) = resolve([[ENERGY_OFFICIAL]]).quotes
    assert q.via is not None and q.via.text == "AFP"
    assert q.speaker is not None and q.speaker.anonymity == "anonymous-with-reason"


def test_tell_read_as_its_listeners_adjective_after_a_nominal_root_reports_the_listeners_clause():
    ((text, speaker, _, _),) = sentence_quotes(BRIDGE_ENGINEER)
    assert text.startswith("the cracks appeared in a type of welded connection")
    assert speaker == "An MDOT engineer"


def test_a_told_that_modifies_a_noun_with_nothing_told_is_left_alone():
    assert cue_read_as_listeners_modifier(sentence(TOLD_STORY), VOCAB.in_lexicon) == (-1, {})


def test_a_clause_of_purpose_leaves_the_verbs_report_free():
    ((text, speaker, _, _),) = sentence_quotes(PARAMEDICS)
    assert text.startswith("that at least three rural communities had to station ambulances")
    assert speaker == "Priya Raman"


def test_ms_in_capitals_is_a_members_title_and_ms_a_courtesy_title():
    member, surname = resolve([[SENEDD_MEMBER], [SENEDD_SURNAME]]).quotes
    assert member.speaker is not None and surname.speaker is not None
    assert (member.speaker.name, member.speaker.type, member.speaker.role) == (
        "Jenny Rathbone",
        "person",
        "Labour MS",
    )
    assert surname.speaker.name == "Jenny Rathbone"


def test_an_advocate_at_the_bar_is_a_role_and_advocates_a_vague_class():
    (q,) = resolve([[SENIOR_ADVOCATE]]).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.anonymity, q.speaker.role) == ("Meera Krishnan", "named", "Senior Advocate")
    (q,) = resolve([[REFUGEE_ADVOCATES]]).quotes
    assert q.speaker is not None and q.speaker.anonymity == "vague"
    (q,) = resolve([[ADVOCATE_PAPER]]).quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Northern Advocate", "organization")
