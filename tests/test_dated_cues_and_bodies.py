"""Speakers found on sentences of a new fresh set's kind (session 66); each tree is the one the
shipped parser gave the invented sentence in its comment (after the pretags), so no model is needed:

* "The Hale County jail has been dangerously understaffed since 2019, a state inspection report
  released Monday found." had "Monday" the subject of "found", a clause of "released": a day after
  a participle is its time, and the verb closing the sentence is the cue whose subject is the
  report (late_repairs.day_read_as_cue_subject); "The company misled investors, a lawsuit filed
  Friday alleges." the same, with "a lawsuit filed" read as a clause of its own (the tagger's
  "alleges" read as a plural noun is put right before the parse: pretag_names.dated_cues);
* "The Friends of Harbour Road Library said" was read as a title with an "of" phrase before a
  person's name ("Secretary of State John Kerry"), so "Road Library" was a person: a plural role
  word is no one person's title (name_titles.title_of_name);
* a headline's "..., study finds" is the study the lede names ("according to a study published
  Wednesday in the journal ..."), not an unspecified one (earlier_documents.headline_document_after,
  ``resolved_by`` ``headline-document``); the lede's document is read once, never back into the
  headline (a live blog's "defends planning bill" and the standfirst's "the bill" had each read the
  other until the recursion limit, and the article was not analysed).

The two tagging steps are tested on hand-tagged documents as in tests/test_pretags.py."""

from __future__ import annotations

from parse_helpers import FeatRow, tagged_document
from source_helpers import resolve

from provenance.syntax.pretag_names import dated_cues, inner_name_words
from provenance.syntax.pretags import pretag_key

# The Hale County jail has been dangerously understaffed since 2019, a state inspection report released Monday found.
JAIL: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Hale", "Hale", "PROPN", 3, "compound", "Number=Sing"),
    ("County", "County", "PROPN", 3, "compound", "Number=Sing"),
    ("jail", "jail", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("dangerously", "dangerously", "ADV", 7, "advmod", ""),
    ("understaffed", "understaff", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("since", "since", "ADP", 9, "case", ""),
    ("2019", "2019", "NUM", 7, "obl", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("state", "state", "NOUN", 14, "compound", "Number=Sing"),
    ("inspection", "inspection", "NOUN", 14, "compound", "Number=Sing"),
    ("report", "report", "NOUN", 7, "obl", "Number=Sing"),
    ("released", "release", "VERB", 14, "acl", "Tense=Past|VerbForm=Part"),
    ("Monday", "Monday", "PROPN", 17, "nsubj", "Number=Sing"),
    ("found", "find", "VERB", 15, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 7, "punct", ""),
]

# The company misled investors, a lawsuit filed Friday alleges.
LAWSUIT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("misled", "misl", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("investors", "investor", "NOUN", 2, "obj", "Number=Plur"),
    (",", ",", "PUNCT", 7, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("lawsuit", "lawsuit", "NOUN", 7, "nsubj", "Number=Sing"),
    ("filed", "file", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Friday", "Friday", "PROPN", 9, "nsubj", "Number=Sing"),
    ("alleges", "allege", "VERB", 7, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# The jail was understaffed, a report said Monday.
REPORT_TUESDAY: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("jail", "jail", "NOUN", 3, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 3, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("understaffed", "understaff", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("report", "report", "NOUN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Monday", "Monday", "PROPN", 7, "nsubj", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# The Friends of Harbour Road Library said the decision was good.
FRIENDS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Friends", "Friend", "PROPN", 6, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Harbour", "Harbour", "PROPN", 1, "nmod", "Number=Sing"),
    ("Road", "Road", "PROPN", 1, "nmod", "Number=Sing"),
    ("Library", "Library", "PROPN", 1, "nmod", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("decision", "decision", "NOUN", 10, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 10, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("good", "good", "ADJ", 6, "ccomp", "Degree=Pos"),
    (".", ".", "PUNCT", 6, "punct", ""),
]

# Seagrass meadows are vanishing faster than thought, study finds
HEADLINE: list[FeatRow] = [
    ("Seagrass", "seagrass", "ADJ", 1, "amod", "Degree=Pos"),
    ("meadows", "meadow", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("vanishing", "vanish", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("faster", "fast", "ADJ", 3, "xcomp", "Degree=Cmp"),
    ("than", "than", "ADP", 6, "case", ""),
    ("thought", "think", "VERB", 3, "obl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (",", ",", "PUNCT", 9, "punct", ""),
    ("study", "study", "NOUN", 9, "compound", "Number=Sing"),
    ("finds", "find", "NOUN", 3, "obl", "Number=Plur"),
]

# Seagrass meadows are disappearing twice as fast as scientists had estimated, according to a study published Wednesday in the journal Marine Ecology Letters.
LEDE: list[FeatRow] = [
    ("Seagrass", "seagrass", "ADJ", 1, "amod", "Degree=Pos"),
    ("meadows", "meadow", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("disappearing", "disappear", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("twice", "twice", "ADV", 3, "advmod", "NumForm=Word|NumType=Mult"),
    ("as", "as", "ADV", 6, "advmod", "ExtPos=CCONJ"),
    ("fast", "fast", "ADV", 3, "advmod", "Degree=Pos"),
    ("as", "as", "SCONJ", 10, "mark", ""),
    ("scientists", "scientist", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("estimated", "estimate", "VERB", 3, "advcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 15, "punct", ""),
    ("according", "accord", "VERB", 15, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 15, "case", ""),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("study", "study", "NOUN", 10, "obl", "Number=Sing"),
    ("published", "publish", "VERB", 15, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Wednesday", "Wednesday", "PROPN", 16, "obj", "Number=Sing"),
    ("in", "in", "ADP", 23, "case", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("journal", "journal", "NOUN", 23, "compound", "Number=Sing"),
    ("Marine", "Marine", "ADJ", 23, "amod", "Degree=Pos"),
    ("Ecology", "Ecology", "PROPN", 23, "compound", "Number=Sing"),
    ("Letters", "Letter", "PROPN", 17, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Seagrass meadows are disappearing twice as fast as scientists had estimated, divers said on Wednesday.
NO_STUDY: list[FeatRow] = [
    ("Seagrass", "seagrass", "ADJ", 1, "amod", "Degree=Pos"),
    ("meadows", "meadow", "NOUN", 3, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("disappearing", "disappear", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("twice", "twice", "ADV", 3, "advmod", "NumForm=Word|NumType=Mult"),
    ("as", "as", "ADV", 6, "advmod", "ExtPos=CCONJ"),
    ("fast", "fast", "ADV", 3, "advmod", "Degree=Pos"),
    ("as", "as", "SCONJ", 10, "mark", ""),
    ("scientists", "scientist", "NOUN", 10, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 10, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("estimated", "estimate", "VERB", 3, "advcl", "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", 10, "punct", ""),
    ("divers", "diver", "NOUN", 13, "nsubj", "Number=Plur"),
    ("said", "say", "VERB", 3, "conj", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 15, "case", ""),
    ("Wednesday", "Wednesday", "PROPN", 13, "obl", "Number=Sing"),
    (".", ".", "PUNCT", 3, "punct", ""),
]

# Politics live: housing minister defends planning bill as Labour backbench revolt grows
LIVE_HEADLINE: list[FeatRow] = [
    ("Politics", "politics", "NOUN", 1, "nsubj", "Number=Plur"),
    ("live", "live", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    (":", ":", "PUNCT", 3, "punct", ""),
    ("housing", "housing", "VERB", 5, "amod", "Tense=Pres|VerbForm=Part"),
    ("minister", "minister", "NOUN", 5, "compound", "Number=Sing"),
    ("defends", "defend", "NOUN", 1, "obj", "Number=Plur"),
    ("planning", "plan", "VERB", 5, "acl", "VerbForm=Ger"),
    ("bill", "bill", "NOUN", 6, "obj", "Number=Sing"),
    ("as", "as", "ADP", 11, "case", ""),
    ("Labour", "Labour", "PROPN", 11, "compound", "Number=Sing"),
    ("backbench", "backbench", "NOUN", 11, "compound", "Number=Sing"),
    ("revolt", "revolt", "NOUN", 12, "nsubj", "Number=Sing"),
    ("grows", "grow", "VERB", 1, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
]

# Rachel Okonkwo-Hale insists the government will not ‘water down’ the bill; Times says as many as 47 Labour MPs could rebel – as it happened
STANDFIRST: list[FeatRow] = [
    ("Rachel", "Rachel", "PROPN", 1, "compound", "Number=Sing"),
    ("Okonkwo", "Okonkwo", "PROPN", 4, "nsubj", "Number=Sing"),
    ("-", "-", "PUNCT", 1, "punct", ""),
    ("Hale", "Hale", "PROPN", 1, "flat", "Number=Sing"),
    ("insists", "insist", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 9, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 9, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 9, "advmod", "Polarity=Neg"),
    ("‘water", "‘water", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("down", "down", "ADP", 9, "compound:prt", ""),
    ("’", "'", "PUNCT", 13, "punct", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("bill", "bill", "NOUN", 9, "obj", "Number=Sing"),
    (";", ";", "PUNCT", 16, "punct", ""),
    ("Times", "Times", "PROPN", 16, "nsubj", "Number=Sing"),
    ("says", "say", "VERB", 4, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("as", "as", "ADV", 24, "mark", ""),
    ("many", "many", "ADJ", 24, "nsubj", "Degree=Pos"),
    ("as", "as", "ADP", 20, "case", ""),
    ("47", "47", "NUM", 22, "nummod", "NumForm=Digit|NumType=Card"),
    ("Labour", "Labour", "PROPN", 22, "compound", "Number=Sing"),
    ("MPs", "MPs", "PROPN", 24, "nsubj", "Number=Plur"),
    ("could", "could", "AUX", 24, "aux", "VerbForm=Fin"),
    ("rebel", "rebel", "VERB", 16, "ccomp", "VerbForm=Inf"),
    ("–", "-", "PUNCT", 28, "punct", ""),
    ("as", "as", "SCONJ", 28, "mark", ""),
    ("it", "it", "PRON", 28, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("happened", "happen", "VERB", 16, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
]


def _quotes(*paragraphs: list[FeatRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    r = resolve([[rows] for rows in paragraphs])
    return [
        (q.text, q.speaker.text if q.speaker else None, q.speaker.type if q.speaker else None, q.rule) for q in r.quotes
    ]


def test_a_day_read_as_the_subject_of_a_closing_cue_is_the_participles_time():
    [(text, speaker, kind, _)] = _quotes(JAIL)
    assert text == "The Hale County jail has been dangerously understaffed since 2019"
    assert (speaker, kind) == ("a state inspection report", "organization")


def test_a_dated_participle_read_as_a_clause_of_its_own_describes_the_cues_subject():
    [(text, speaker, kind, _)] = _quotes(LAWSUIT)
    assert (text, speaker, kind) == ("The company misled investors", "a lawsuit", "organization")


def test_guard_a_day_after_the_cue_stays_its_time():
    # ("a report said Monday": the parse's day hangs on the cue, which already has its subject)
    [(text, speaker, _, _)] = _quotes(REPORT_TUESDAY)
    assert (text, speaker) == ("The jail was understaffed", "a report")


def test_a_cue_after_a_dated_participle_is_tagged_a_verb():
    words = [
        ("a", "DET"),
        ("lawsuit", "NOUN"),
        ("filed", "VERB"),
        ("Friday", "PROPN"),
        ("alleges", "NOUN"),
        (".", "PUNCT"),
    ]
    doc = dated_cues(tagged_document(words, "a lawsuit filed Friday alleges."))
    assert doc.sentences[0].words[4].upos == "VERB"
    words = [("records", "NOUN"), ("released", "VERB"), ("Wednesday", "PROPN"), ("show", "NOUN"), (".", "PUNCT")]
    doc = dated_cues(tagged_document(words, "records released Wednesday show."))
    assert (doc.sentences[0].words[3].upos, doc.sentences[0].words[3].feats) == (
        "VERB", "Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin",
    )  # fmt: skip
    # (not one with an object after it, nor a noun after an adjective)
    words = [("filed", "VERB"), ("Friday", "PROPN"), ("alleges", "NOUN"), ("fraud", "NOUN")]
    assert dated_cues(tagged_document(words, "filed Friday alleges fraud")).sentences[0].words[2].upos == "NOUN"
    words = [("red", "ADJ"), ("Friday", "PROPN"), ("shows", "NOUN"), (".", "PUNCT")]
    assert dated_cues(tagged_document(words, "red Friday shows.")).sentences[0].words[2].upos == "NOUN"
    assert "/dtc1" in pretag_key("a lawsuit filed Friday alleges.")
    assert "/dtc1" not in pretag_key("a lawsuit filed on Friday alleges.")


def test_a_capitalised_function_word_inside_a_name_is_part_of_it():
    words = [("Tom", "PROPN"), ("Were", "AUX"), ("Ouma", "PROPN"), (",", "PUNCT"), ("a", "DET"), ("trader", "NOUN")]
    doc = inner_name_words(tagged_document(words, "Tom Were Ouma, a trader"))
    assert [w.upos for w in doc.sentences[0].words[:3]] == ["PROPN", "PROPN", "PROPN"]
    assert "/inw3" in pretag_key("Tom Were Ouma, a trader, said so.")


def test_guard_a_headline_in_title_case_keeps_its_function_words():
    words = [("Smith", "PROPN"), ("Will", "AUX"), ("Run", "VERB"), ("For", "ADP"), ("Mayor", "PROPN")]
    doc = inner_name_words(tagged_document(words, "Smith Will Run For Mayor"))
    assert doc.sentences[0].words[1].upos == "AUX"
    # (nor a word after a mark: "Smith, Will Jones")
    words = [("Smith", "PROPN"), (",", "PUNCT"), ("Will", "AUX"), ("Jones", "PROPN"), ("said", "VERB"), ("so", "ADV")]
    doc = inner_name_words(tagged_document(words, "Smith, Will Jones said so"))
    assert doc.sentences[0].words[2].upos == "AUX"


def test_a_body_named_for_its_members_is_an_organisation():
    r = resolve([[FRIENDS]])
    [q] = r.quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.type) == ("Friends of Harbour Road Library", "organization")


def test_a_headlines_bare_study_is_the_study_the_lede_names():
    r = resolve([[HEADLINE], [LEDE]])
    head, lede = r.quotes
    assert head.speaker is not None and lede.speaker is not None
    assert head.speaker.entity == lede.speaker.entity
    assert (head.speaker.type, head.speaker.anonymity, head.speaker.resolved_by) == (
        "organization", "organization", "headline-document",
    )  # fmt: skip


def test_guard_a_headlines_study_stays_unspecified_when_the_lede_names_none():
    r = resolve([[HEADLINE], [NO_STUDY]])
    head = r.quotes[0]
    assert head.speaker is not None
    assert (head.speaker.anonymity, head.speaker.resolved_by) == ("vague", None)


def test_a_headlines_document_and_the_ledes_are_not_read_into_each_other():
    # (the hand-built text has a space between every two tokens: "Okonkwo - Hale")
    r = resolve([[LIVE_HEADLINE], [STANDFIRST]])
    assert len(r.quotes) == 2 and r.quotes[0].speaker is not None
    assert r.quotes[0].speaker.name is not None and r.quotes[0].speaker.name.startswith("Rachel Okonkwo")
