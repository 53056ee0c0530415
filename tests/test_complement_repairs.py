"""Speech complements the parser hung elsewhere (attribution/repairs.py), on the trees the shipped
parser really produced for these sentences (no model needed)."""

from __future__ import annotations

from parse_helpers import FeatRow, Row, sentence
from source_helpers import VOCAB, resolve

from provenance.attribution import Attributor
from provenance.attribution.repairs import repair_sentence

CUES = Attributor(VOCAB).cues


def _repaired(rows: list[Row]):
    return repair_sentence(sentence(rows), CUES.is_speech_cue, CUES.is_listener_cue, CUES.in_lex)


def _quote(rows: list[Row]) -> tuple[str, str]:
    """The one reported clause of a one-sentence article and its speaker's name."""
    r = resolve([[rows]])
    assert len(r.quotes) == 1, [q.text for q in r.quotes]
    q = r.quotes[0]
    return q.text, (q.speaker.name if q.speaker else "")


# "Adam Fatkin said in an email Wednesday that he never heard any racist remarks ."
EMAIL_WEDNESDAY: list[Row] = [
    ("Adam", "Adam", "PROPN", 1, "compound"),
    ("Fatkin", "Fatkin", "PROPN", 2, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("in", "in", "ADP", 6, "case"),
    ("an", "a", "DET", 6, "det"),
    ("email", "email", "NOUN", 6, "compound"),
    ("Wednesday", "Wednesday", "PROPN", 2, "obl"),
    ("that", "that", "PRON", 10, "mark"),
    ("he", "he", "PRON", 10, "nsubj"),
    ("never", "never", "ADV", 10, "advmod"),
    ("heard", "hear", "VERB", 6, "acl"),
    ("any", "any", "DET", 13, "det"),
    ("racist", "racist", "ADJ", 13, "amod"),
    ("remarks", "remark", "NOUN", 10, "obj"),
    (".", ".", "PUNCT", 2, "punct"),
]


def test_clause_under_the_time_of_saying_is_what_was_said():
    repaired = _repaired(EMAIL_WEDNESDAY)
    assert (repaired.words[10].head, repaired.words[10].deprel) == (2, "ccomp")
    assert _quote(EMAIL_WEDNESDAY) == ("that he never heard any racist remarks", "Adam Fatkin")


def test_clause_as_conjunct_without_coordinator_is_the_complement():
    # "The AFN Youth Council stated in July it opposed the pipeline ."
    rows: list[Row] = [
        ("The", "the", "DET", 3, "det"),
        ("AFN", "AFN", "PROPN", 3, "compound"),
        ("Youth", "Youth", "PROPN", 3, "compound"),
        ("Council", "Council", "PROPN", 4, "nsubj"),
        ("stated", "state", "VERB", -1, "root"),
        ("in", "in", "ADP", 6, "case"),
        ("July", "July", "PROPN", 4, "obl"),
        ("it", "it", "PRON", 8, "nsubj"),
        ("opposed", "oppose", "VERB", 4, "conj"),
        ("the", "the", "DET", 10, "det"),
        ("pipeline", "pipeline", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    text, speaker = _quote(rows)
    assert text == "it opposed the pipeline" and speaker.endswith("AFN Youth Council")


def test_that_clause_read_as_adverbial_is_the_complement():
    # "Her lawyer wrote in a court file that such a request was futile ."
    rows: list[Row] = [
        ("Her", "her", "PRON", 1, "nmod:poss"),
        ("lawyer", "lawyer", "NOUN", 2, "nsubj"),
        ("wrote", "write", "VERB", -1, "root"),
        ("in", "in", "ADP", 6, "case"),
        ("a", "a", "DET", 6, "det"),
        ("court", "court", "NOUN", 6, "compound"),
        ("file", "file", "NOUN", 2, "obl"),
        ("that", "that", "SCONJ", 12, "mark"),
        ("such", "such", "DET", 10, "det:predet"),
        ("a", "a", "DET", 10, "det"),
        ("request", "request", "NOUN", 12, "nsubj"),
        ("was", "be", "AUX", 12, "cop"),
        ("futile", "futile", "ADJ", 2, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert _quote(rows)[0] == "that such a request was futile"


def test_fronted_phrase_taken_for_a_noun_goes_back_into_the_clause():
    # "Someone told Trump that without the Latino vote he is dead ."
    rows: list[Row] = [
        ("Someone", "someone", "PRON", 1, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("Trump", "Trump", "PROPN", 1, "iobj"),
        ("that", "that", "SCONJ", 10, "mark"),
        ("without", "without", "ADP", 7, "case"),
        ("the", "the", "DET", 7, "det"),
        ("Latino", "Latino", "ADJ", 7, "amod"),
        ("vote", "vote", "NOUN", 1, "obl"),
        ("he", "he", "PRON", 10, "nsubj"),
        ("is", "be", "AUX", 10, "cop"),
        ("dead", "dead", "ADJ", 7, "acl"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[10].head, repaired.words[10].deprel) == (1, "ccomp")
    assert repaired.words[7].head == 10  # "without the Latino vote" belongs to the clause
    assert _quote(rows)[0] == "that without the Latino vote he is dead"


def test_second_that_clause_stays_with_the_first():
    # "His team conceded that he was trailing and that Pennsylvania may be slipping ."
    rows: list[Row] = [
        ("His", "his", "PRON", 1, "nmod:poss"),
        ("team", "team", "NOUN", 2, "nsubj"),
        ("conceded", "concede", "VERB", -1, "root"),
        ("that", "that", "SCONJ", 6, "mark"),
        ("he", "he", "PRON", 6, "nsubj"),
        ("was", "be", "AUX", 6, "aux"),
        ("trailing", "trail", "VERB", 2, "advcl"),
        ("and", "and", "CCONJ", 12, "cc"),
        ("that", "that", "SCONJ", 12, "mark"),
        ("Pennsylvania", "Pennsylvania", "PROPN", 12, "nsubj"),
        ("may", "may", "AUX", 12, "aux"),
        ("be", "be", "AUX", 12, "aux"),
        ("slipping", "slip", "VERB", 2, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[6].deprel, repaired.words[12].head) == ("ccomp", 6)
    assert _quote(rows)[0] == "that he was trailing and that Pennsylvania may be slipping"


def test_a_statement_noun_keeps_its_own_clause():
    # "Nixon is firing back at accusations that he is spreading misinformation ." - the
    # accusations are someone else's: no complement of "firing back".
    rows: list[Row] = [
        ("Nixon", "Nixon", "PROPN", 2, "nsubj"),
        ("is", "be", "AUX", 2, "aux"),
        ("firing", "fire", "VERB", -1, "root"),
        ("back", "back", "ADV", 2, "compound:prt"),
        ("at", "at", "ADP", 5, "case"),
        ("accusations", "accusation", "NOUN", 2, "obl"),
        ("that", "that", "PRON", 9, "mark"),
        ("he", "he", "PRON", 9, "nsubj"),
        ("is", "be", "AUX", 9, "aux"),
        ("spreading", "spread", "VERB", 5, "acl"),
        ("misinformation", "misinformation", "NOUN", 9, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[9].head, repaired.words[9].deprel) == (5, "acl")


def test_subordinate_conjunct_and_object_are_left_alone():
    # "The role was disclosed after a document was discovered ." (conj with "after" in it)
    after: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("role", "role", "NOUN", 3, "nsubj:pass"),
        ("was", "be", "AUX", 3, "aux:pass"),
        ("disclosed", "disclose", "VERB", -1, "root"),
        ("after", "after", "ADP", 6, "case"),
        ("a", "a", "DET", 6, "det"),
        ("document", "document", "NOUN", 8, "nsubj:pass"),
        ("was", "be", "AUX", 8, "aux:pass"),
        ("discovered", "discover", "VERB", 3, "conj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert _repaired(after).words[8].deprel == "conj"
    # "He won't reveal the terms he reached ." (the object is what is withheld)
    terms: list[Row] = [
        ("He", "he", "PRON", 2, "nsubj"),
        ("won't", "will", "AUX", 2, "aux"),
        ("reveal", "reveal", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("terms", "term", "NOUN", 2, "obj"),
        ("he", "he", "PRON", 6, "nsubj"),
        ("reached", "reach", "VERB", 2, "conj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    assert _repaired(terms).words[6].deprel == "conj"


def test_a_verb_with_a_complement_is_not_given_a_second():
    rows = [*EMAIL_WEDNESDAY[:-1]]
    rows[10] = ("heard", "hear", "VERB", 2, "ccomp")  # already a complement
    rows.append((".", ".", "PUNCT", 2, "punct"))
    assert _repaired(rows).words == sentence(rows).words


# "She is a pragmatic internationalist battling anger , cautioning that the turmoil matters ."
# with the participle hung on the predicate nominal (acl) or read as a clausal subject (csubj)
def _internationalist(participle_rel: str) -> list[Row]:
    return [
        ("She", "she", "PRON", 5, "nsubj"),
        ("is", "be", "AUX", 5, "cop"),
        ("a", "a", "DET", 5, "det"),
        ("pragmatic", "pragmatic", "ADJ", 5, "amod"),
        ("internationalist", "internationalist", "ADJ", 5, "amod"),
        ("battling", "battle", "NOUN", -1, "root"),
        ("anger", "anger", "NOUN", 5, "nmod"),
        (",", ",", "PUNCT", 8, "punct"),
        ("cautioning", "caution", "VERB", 5, participle_rel, "Tense=Pres|VerbForm=Part"),
        ("that", "that", "SCONJ", 12, "mark"),
        ("the", "the", "DET", 11, "det"),
        ("turmoil", "turmoil", "NOUN", 12, "nsubj"),
        ("matters", "matter", "VERB", 8, "ccomp"),
        (".", ".", "PUNCT", 5, "punct"),
    ]  # type: ignore[list-item]


def test_participle_on_a_predicate_nominal_is_the_subjects():
    for rel in ("acl", "csubj"):
        text, speaker = _quote(_internationalist(rel))
        assert (text, speaker) == ("that the turmoil matters", "She"), rel


def test_say_with_an_open_complement_that_has_its_own_subject():
    # "Priorities USA , the main super committee of donors , says it raised $18 million ." with
    # "raised" tagged a participle (xcomp), "it" an expletive, and the apposition parsed as a
    # second subject
    rows: list[FeatRow] = [
        ("Priorities", "priority", "NOUN", 1, "compound", "Number=Plur"),
        ("USA", "USA", "PROPN", 10, "nsubj", "Number=Sing"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
        ("main", "main", "ADJ", 6, "amod", "Degree=Pos"),
        ("super", "super", "ADJ", 6, "amod", "Degree=Pos"),
        ("committee", "committee", "NOUN", 10, "nsubj", "Number=Sing"),
        ("of", "of", "ADP", 8, "case", ""),
        ("donors", "donor", "NOUN", 6, "nmod", "Number=Plur"),
        (",", ",", "PUNCT", 1, "punct", ""),
        ("says", "say", "VERB", -1, "root", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("it", "it", "PRON", 12, "expl", "PronType=Prs"),
        ("raised", "raise", "VERB", 10, "xcomp", "Tense=Past|VerbForm=Part"),
        ("$", "$", "SYM", 12, "obj", ""),
        ("18", "18", "NUM", 13, "nummod", "NumType=Card"),
        ("million", "million", "NUM", 13, "nummod", "NumType=Card"),
        (".", ".", "PUNCT", 10, "punct", ""),
    ]
    text, speaker = _quote(rows)  # type: ignore[arg-type]
    assert text == "it raised $ 18 million"
    assert speaker == "Priorities USA"


def test_clause_opened_by_a_subordinator_is_no_complement():
    # '" They are binding , " spokesman Ron Lieberman told the Journal , after de Blasio stated
    # an interest .' with the "after" clause parsed as the complement of "told" (and "after" as
    # a preposition of "Blasio"): the quote is Lieberman's, not de Blasio's.
    rows: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("They", "they", "PRON", 3, "nsubj"),
        ("are", "be", "AUX", 3, "cop"),
        ("binding", "binding", "ADJ", 9, "advcl"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("spokesman", "spokesman", "NOUN", 8, "compound"),
        ("Ron", "Ron", "PROPN", 8, "compound"),
        ("Lieberman", "Lieberman", "PROPN", 9, "nsubj"),
        ("told", "tell", "VERB", -1, "root"),
        ("the", "the", "DET", 11, "det"),
        ("Journal", "Journal", "PROPN", 9, "iobj"),
        (",", ",", "PUNCT", 16, "punct"),
        ("after", "after", "ADP", 15, "case"),
        ("de", "de", "PROPN", 15, "compound"),
        ("Blasio", "Blasio", "PROPN", 16, "nsubj"),
        ("stated", "state", "VERB", 9, "ccomp"),
        ("an", "a", "DET", 18, "det"),
        ("interest", "interest", "NOUN", 16, "obj"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[16].deprel, repaired.words[13].deprel, repaired.words[13].head) == ("advcl", "mark", 16)
    r = resolve([[rows]])
    quoted = [q for q in r.quotes if q.text.startswith("“")]
    assert quoted and quoted[0].speaker is not None and quoted[0].speaker.name == "Ron Lieberman"


def test_next_quote_does_not_continue_a_side_remark():
    # '" It is damaging , " McCaul said , though Comey has not said the FBI is " reopening " it .
    #  " Remember the warrant . "'  - the second quote is McCaul's, not Comey's.
    first: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("It", "it", "PRON", 3, "nsubj"),
        ("is", "be", "AUX", 3, "cop"),
        ("damaging", "damaging", "ADJ", 7, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("McCaul", "McCaul", "PROPN", 7, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (",", ",", "PUNCT", 13, "punct"),
        ("though", "though", "SCONJ", 13, "mark"),
        ("Comey", "Comey", "PROPN", 13, "nsubj"),
        ("has", "have", "AUX", 13, "aux"),
        ("not", "not", "PART", 13, "advmod"),
        ("said", "say", "VERB", 7, "advcl"),
        ("the", "the", "DET", 15, "det"),
        ("FBI", "FBI", "PROPN", 18, "nsubj"),
        ("is", "be", "AUX", 18, "aux"),
        ("“", "“", "PUNCT", 18, "punct"),
        ("reopening", "reopen", "VERB", 13, "ccomp"),
        ("”", "”", "PUNCT", 18, "punct"),
        ("it", "it", "PRON", 18, "obj"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    second: list[Row] = [
        ("“", "“", "PUNCT", 1, "punct"),
        ("Remember", "remember", "VERB", -1, "root"),
        ("the", "the", "DET", 3, "det"),
        ("warrant", "warrant", "NOUN", 1, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
        ("”", "”", "PUNCT", 1, "punct"),
    ]
    r = resolve([[first, second]])
    speakers = {q.text: (q.speaker.name if q.speaker else None) for q in r.quotes}
    assert speakers["“ Remember the warrant . ”"] == "McCaul"


def test_a_repair_never_leaves_a_cycle():
    from provenance.attribution.tree_edits import is_tree

    s = sentence(EMAIL_WEDNESDAY)
    assert is_tree(s, {10: (2, "ccomp")})
    assert not is_tree(s, {2: (10, "ccomp"), 10: (2, "ccomp")})  # said <-> heard


def test_a_day_with_its_preposition_is_never_the_speaker():
    # "Scott freed funds and on Monday announced the plan works ." with "Monday" (and its "on")
    # parsed as the subject of "announced"
    rows: list[Row] = [
        ("Scott", "Scott", "PROPN", 1, "nsubj"),
        ("freed", "free", "VERB", -1, "root"),
        ("funds", "fund", "NOUN", 1, "obj"),
        ("and", "and", "CCONJ", 6, "cc"),
        ("on", "on", "ADP", 5, "case"),
        ("Monday", "Monday", "PROPN", 6, "nsubj"),
        ("announced", "announce", "VERB", 1, "conj"),
        ("the", "the", "DET", 8, "det"),
        ("plan", "plan", "NOUN", 9, "nsubj"),
        ("works", "work", "VERB", 6, "ccomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    assert _quote(rows) == ("the plan works", "Scott")


def test_that_read_as_the_object_of_a_verb_with_an_object_is_the_complementiser():
    # "Suncor disclosed in its results that it had received the money ." with "that" the
    # object of "received" and the clause a relative clause on "results"
    rows: list[Row] = [
        ("Suncor", "Suncor", "PROPN", 1, "nsubj"),
        ("disclosed", "disclose", "VERB", -1, "root"),
        ("in", "in", "ADP", 4, "case"),
        ("its", "its", "PRON", 4, "nmod:poss"),
        ("results", "result", "NOUN", 1, "obl"),
        ("that", "that", "PRON", 8, "obj"),
        ("it", "it", "PRON", 8, "nsubj"),
        ("had", "have", "AUX", 8, "aux"),
        ("received", "receive", "VERB", 4, "acl"),
        ("the", "the", "DET", 10, "det"),
        ("money", "money", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    repaired = _repaired(rows)
    assert (repaired.words[8].head, repaired.words[8].deprel) == (1, "ccomp")
    assert (repaired.words[5].head, repaired.words[5].deprel) == (8, "mark")
    assert _quote(rows) == ("that it had received the money", "Suncor")


# "According to a new Post-ABC poll , most voters oppose the plan ." with the preposition on
# "Post-ABC", a compound of "poll" (the packaged parser's tree for a sentence of this shape)
POLL_COMPOUND: list[Row] = [
    ("According", "accord", "VERB", 4, "case"),
    ("to", "to", "ADP", 0, "fixed"),
    ("a", "a", "DET", 5, "det"),
    ("new", "new", "ADJ", 5, "amod"),
    ("Post-ABC", "Post-ABC", "PROPN", 5, "compound"),
    ("poll", "poll", "NOUN", 9, "obl"),
    (",", ",", "PUNCT", 5, "punct"),
    ("most", "most", "ADJ", 8, "amod"),
    ("voters", "voter", "NOUN", 9, "nsubj"),
    ("oppose", "oppose", "VERB", -1, "root"),
    ("the", "the", "DET", 11, "det"),
    ("plan", "plan", "NOUN", 9, "obj"),
    (".", ".", "PUNCT", 9, "punct"),
]


def test_a_preposition_on_a_compound_modifier_belongs_to_the_phrase_head():
    s = _repaired(POLL_COMPOUND)
    assert (s.words[0].head, s.words[0].deprel) == (5, "case")  # "According" on "poll"
    # (the poll speaks as its owner, written before it: "Post-ABC", an organisation's name)
    assert _quote(POLL_COMPOUND) == ("most voters oppose the plan", "Post-ABC")


def test_a_preposition_of_the_compound_itself_stays():
    # "the in-state tuition plan": nothing before the compound is its preposition; a modifier with
    # a preposition after it is left alone
    s = _repaired(
        [
            ("Roe", "Roe", "PROPN", 1, "nsubj"),
            ("backed", "back", "VERB", -1, "root"),
            ("the", "the", "DET", 4, "det"),
            ("tuition", "tuition", "NOUN", 4, "compound"),
            ("plan", "plan", "NOUN", 1, "obj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    assert [(w.head, w.deprel) for w in s.words][2:5] == [(4, "det"), (4, "compound"), (1, "obj")]
