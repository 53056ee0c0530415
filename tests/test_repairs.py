"""Attribution repairs for misparses, on hand-built parses (no model needed): the trees below
are what the compact parsers really produced for these sentences."""

from parse_helpers import sentence

from provenance.attribution.cues import CueReader
from provenance.attribution.frames import trailing_frame
from provenance.vocab import load_vocabulary

CUES = CueReader(load_vocabulary())


def test_trailing_cue_lost_by_the_parse():
    # "..., newswire Associated Press reported." with "Associated" read as a verb and
    # "reported" hanging under it: the words still say who reported what.
    s = sentence(
        [
            ("The", "the", "DET", 1, "det"),
            ("statement", "statement", "NOUN", 2, "nsubj"),
            ("comes", "come", "VERB", -1, "root"),
            ("after", "after", "ADP", 5, "case"),
            ("an", "a", "DET", 5, "det"),
            ("airstrike", "airstrike", "NOUN", 2, "obl"),
            ("on", "on", "ADP", 7, "case"),
            ("Thursday", "Thursday", "PROPN", 5, "nmod"),
            (",", ",", "PUNCT", 9, "punct"),
            ("newswire", "newswire", "NOUN", 7, "conj"),
            ("Associated", "associate", "VERB", 9, "acl"),
            ("Press", "Press", "PROPN", 12, "nsubj"),
            ("reported", "report", "VERB", 10, "ccomp"),
            (".", ".", "PUNCT", 2, "punct"),
        ]
    )
    cue, speaker, start, end = trailing_frame(CUES, s)
    assert (cue.word.text, speaker.word.text) == ("reported", "Press")
    assert (start, end) == (s.words[0].start, s.words[7].end)


def test_trailing_frame_needs_a_clause_and_a_short_subject():
    no_clause = sentence(
        [
            ("In", "in", "ADP", 1, "case"),
            ("Baghdad", "Baghdad", "PROPN", 4, "obl"),
            (",", ",", "PUNCT", 1, "punct"),
            ("police", "police", "NOUN", 4, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
            (".", ".", "PUNCT", 4, "punct"),
        ]
    )
    relative = sentence(
        [
            ("Prices", "price", "NOUN", 1, "nsubj"),
            ("rose", "rise", "VERB", -1, "root"),
            ("again", "again", "ADV", 1, "advmod"),
            (",", ",", "PUNCT", 4, "punct"),
            ("which", "which", "PRON", 5, "nsubj"),
            ("analysts", "analyst", "NOUN", 6, "nsubj"),
            ("said", "say", "VERB", 1, "conj"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    assert trailing_frame(CUES, no_clause) is None
    assert trailing_frame(CUES, relative) is None
