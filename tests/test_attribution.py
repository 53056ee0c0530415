"""The attribution stage on hand-built parses (no model): each pattern behaviour and each
registered mechanism, and pattern options as data."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from parse_helpers import Row, article

from provenance.attribution import MECHANISMS, Attribution, Attributor
from provenance.errors import ProvenanceError
from provenance.quotemarks import pair_marks
from provenance.vocab import load_vocabulary, rules_dir

VOCAB = load_vocabulary()
ATTRIBUTOR = Attributor(VOCAB)

RASOOL: list[Row] = [
    ("Rasool", "Rasool", "PROPN", 1, "nsubj"),
    ("said", "say", "VERB", -1, "root"),
    ("the", "the", "DET", 3, "det"),
    ("army", "army", "NOUN", 4, "nsubj"),
    ("holds", "hold", "VERB", 1, "ccomp"),
    ("them", "they", "PRON", 4, "obj"),
    ("responsible", "responsible", "ADJ", 4, "xcomp"),
    (".", ".", "PUNCT", 1, "punct"),
]
# A quote-only sentence with no cue: “ We will not stop until they leave . ”
QUOTE_ONLY: list[Row] = [
    ("“", "“", "PUNCT", 4, "punct"),
    ("We", "we", "PRON", 4, "nsubj"),
    ("will", "will", "AUX", 4, "aux"),
    ("not", "not", "PART", 4, "advmod"),
    ("stop", "stop", "VERB", -1, "root"),
    ("until", "until", "SCONJ", 7, "mark"),
    ("they", "they", "PRON", 7, "nsubj"),
    ("leave", "leave", "VERB", 4, "advcl"),
    (".", ".", "PUNCT", 4, "punct"),
    ("”", "”", "PUNCT", 4, "punct"),
]


def attribute(paragraphs: list[list[list[Row]]], attributor: Attributor = ATTRIBUTOR) -> tuple[str, list[Attribution]]:
    doc, paras = article(paragraphs)
    spans, _ = pair_marks(doc.prose, [(p.start, p.end) for p in doc.paragraphs])
    return doc.text, attributor.attribute(doc.text, paras, spans)


def test_clausal_complement_of_a_speech_verb():
    text, found = attribute([[RASOOL]])
    [a] = found
    assert (a.rule, a.kind, a.cue_kind) == ("ccomp-cue", "indirect", "speech")
    assert a.speaker is not None and a.speaker.word.text == "Rasool"
    assert text[a.start : a.end] == "the army holds them responsible"


def test_speech_verb_after_the_closing_mark():
    # “ We will fight on , ” he said .  — the parse did not link the quote to the cue.
    rows: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("We", "we", "PRON", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("fight", "fight", "VERB", 8, "dep"),
        ("on", "on", "ADP", 3, "compound:prt"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("he", "he", "PRON", 8, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 8, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert (a.rule, a.kind) == ("adjacent-cue-after", "direct")
    assert a.speaker is not None and a.speaker.word.text == "he"


def test_that_frame_when_the_clause_is_not_linked_to_the_cue():
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("ministry", "ministry", "NOUN", 2, "nsubj"),
        ("announced", "announce", "VERB", -1, "root"),
        ("in", "in", "ADP", 5, "case"),
        ("a", "a", "DET", 5, "det"),
        ("long", "long", "ADJ", 5, "amod"),
        ("statement", "statement", "NOUN", 2, "obl"),
        ("on", "on", "ADP", 8, "case"),
        ("Sunday", "Sunday", "PROPN", 2, "obl"),
        ("evening", "evening", "NOUN", 2, "obl:tmod"),
        ("that", "that", "SCONJ", 17, "mark"),
        ("the", "the", "DET", 12, "det"),
        ("strike", "strike", "NOUN", 17, "nsubj"),
        ("“", "“", "PUNCT", 17, "punct"),
        ("was", "be", "AUX", 17, "cop"),
        ("a", "a", "DET", 17, "det"),
        ("grave", "grave", "ADJ", 17, "amod"),
        ("violation", "violation", "NOUN", 2, "obl"),
        ("”", "”", "PUNCT", 17, "punct"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert (a.rule, a.kind) == ("that-frame", "mixed")
    assert text[a.start : a.end] == "that the strike “ was a grave violation ”"
    assert a.speaker is not None and a.speaker.word.text == "ministry"


def test_quote_only_paragraph_continues_the_previous_speaker():
    text, found = attribute([[RASOOL], [QUOTE_ONLY]])
    assert [a.rule for a in found] == ["ccomp-cue", "neighbour-previous"]
    assert found[1].inherited_from is found[0] and found[1].speaker is found[0].speaker


def test_a_quote_nobody_said_is_unattributed():
    _, [a] = attribute([[QUOTE_ONLY]])
    assert (a.rule, a.speaker, a.kind) == ("unattributed", None, "direct")


def test_vague_frame_sources_a_sentence_to_nobody_in_particular():
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("minister", "minister", "NOUN", 3, "nsubj"),
        ("reportedly", "reportedly", "ADV", 3, "advmod"),
        ("resigned", "resign", "VERB", -1, "root"),
        ("on", "on", "ADP", 5, "case"),
        ("Monday", "Monday", "PROPN", 3, "obl"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert (a.rule, a.kind, a.speaker) == ("vague-frame", "indirect", None)
    assert a.frame is not None and text[a.frame[0] : a.frame[1]] == "reportedly"
    assert text[a.start : a.end] == "The minister reportedly resigned on Monday"


def test_allegedly_in_the_wording_of_a_charge_is_no_vague_source():
    # The firm was charged with allegedly paying bribes .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("firm", "firm", "NOUN", 3, "nsubj:pass"),
        ("was", "be", "AUX", 3, "aux:pass"),
        ("charged", "charge", "VERB", -1, "root"),
        ("with", "with", "SCONJ", 6, "mark"),
        ("allegedly", "allegedly", "ADV", 6, "advmod"),
        ("paying", "pay", "VERB", 3, "advcl"),
        ("bribes", "bribe", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    _, found = attribute([[rows]])
    assert [a for a in found if a.rule == "vague-frame"] == []
    # "The mayor allegedly took bribes": a claim sourced to nobody
    took = [("The", "the", "DET", 1, "det"), ("mayor", "mayor", "NOUN", 3, "nsubj")]
    took += [("allegedly", "allegedly", "ADV", 3, "advmod"), ("took", "take", "VERB", -1, "root")]
    took += [("bribes", "bribe", "NOUN", 3, "obj"), (".", ".", "PUNCT", 3, "punct")]
    _, [b] = attribute([[took]])
    assert b.rule == "vague-frame"


def _rules_with(tmp_path: Path, pattern_yaml: str) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "patterns" / "house.yaml").write_text(pattern_yaml, encoding="utf-8")
    return folder


HOUSE = """id: house-said-object
doc: a newsroom's own pattern for X said the words
role: attribution
priority: 100
options:
  speaker_fallback: {fallback}
nodes:
  cue:     {{lemma: [say], upos: [VERB]}}
  content: {{child_of: cue, deprel: [ccomp]}}
"""


@pytest.mark.parametrize(("fallback", "speaker"), [("subject", "Rasool"), ("none", None)])
def test_a_newsroom_pattern_gets_behaviour_from_its_options(tmp_path: Path, fallback: str, speaker: str | None):
    vocab = load_vocabulary(folder=_rules_with(tmp_path, HOUSE.format(fallback=fallback)))
    _, [a] = attribute([[RASOOL]], Attributor(vocab))
    assert a.rule == "house-said-object"
    assert (a.speaker.word.text if a.speaker else None) == speaker


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("  speaker_fallback: sometimes\n", "option 'speaker_fallback' must be one of: subject, none"),
        ("  reach: far\n", "unknown pattern option 'reach'"),
        ("  misparsed_subjects: yes-please\n", "option 'misparsed_subjects' must be one of: true, false"),
    ],
)
def test_a_bad_pattern_option_names_the_file_and_line(tmp_path: Path, options: str, message: str):
    text = HOUSE.format(fallback="subject").replace("  speaker_fallback: subject\n", options)
    folder = _rules_with(tmp_path, text)
    with pytest.raises(ProvenanceError) as err:
        load_vocabulary(folder=folder)
    assert message in str(err.value)
    assert err.value.path == str(folder / "patterns" / "house.yaml") and err.value.line == 6


def test_readme_lists_every_attribution_rule():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- mechanisms -->")[1].split("<!-- /mechanisms -->")[0]
    listed = set(re.findall(r"^\| `([a-z-]+)` \|", block, flags=re.M))
    patterns = {p.id for p in VOCAB.patterns_for("attribution")}
    assert listed == patterns | set(MECHANISMS)


def test_no_code_branches_on_a_pattern_id():
    src = Path(__file__).resolve().parent.parent / "provenance"
    hits = [
        f"{f}:{n}"
        for f in src.rglob("*.py")
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.id (==|in|not in) ", line)
    ]
    assert hits == []


def test_question_mark_inside_the_quote_does_not_lose_the_cue():
    # “ Is this really fair ? ” | Roe asked .  — the splitter ends the first sentence at the mark.
    quote: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("Is", "be", "AUX", 4, "cop"),
        ("this", "this", "PRON", 4, "nsubj"),
        ("really", "really", "ADV", 4, "advmod"),
        ("fair", "fair", "ADJ", -1, "root"),
        ("?", "?", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
    ]
    cue: list[Row] = [
        ("Roe", "Roe", "PROPN", 1, "nsubj"),
        ("asked", "ask", "VERB", -1, "root"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, [a] = attribute([[quote, cue]])
    assert (a.rule, a.kind) == ("adjacent-cue-after", "direct")
    assert a.speaker is not None and a.speaker.word.text == "Roe"
    # After a full stop, only a bare frame ('"... fair." Roe asked.', a slip for a comma) is the
    # cue; a sentence with more in it is a statement of its own.
    plain = [r if r[0] != "?" else (".", ".", "PUNCT", 4, "punct") for r in quote]
    _, [b] = attribute([[plain, cue]])
    assert b.rule == "adjacent-cue-after" and b.speaker is not None and b.speaker.word.text == "Roe"
    more = cue[:2] + [("it", "it", "PRON", 1, "obj"), ("again", "again", "ADV", 1, "advmod"), cue[2]]
    found = attribute([[plain, more]])[1]
    assert [x.rule for x in found if x.start < len("“ Is this really fair . ”")] == ["unattributed"]
    # Nor is the first sentence of the next paragraph ("... encourage him!" ¶ "The crowd cheers."):
    # that is a new event.
    _, [c] = attribute([[quote], [cue]])
    assert c.rule == "unattributed"


def test_participial_speech_clause_takes_the_main_subject():
    # The mayor defended the budget , saying that it would protect jobs .
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("mayor", "mayor", "NOUN", 2, "nsubj"),
        ("defended", "defend", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("budget", "budget", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("saying", "say", "VERB", 2, "advcl"),
        ("that", "that", "SCONJ", 10, "mark"),
        ("it", "it", "PRON", 10, "nsubj"),
        ("would", "would", "AUX", 10, "aux"),
        ("protect", "protect", "VERB", 6, "ccomp"),
        ("jobs", "job", "NOUN", 10, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.rule == "ccomp-cue" and text[a.start : a.end] == "that it would protect jobs"
    assert a.speaker is not None and a.speaker.word.text == "mayor"


def test_an_indefinite_apposition_is_not_the_speaker():
    # Jane Roe , a former adviser , said the threat grew .  (parsed with three subjects)
    rows: list[Row] = [
        ("Jane", "Jane", "PROPN", 7, "nsubj"),
        ("Roe", "Roe", "PROPN", 7, "nsubj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("a", "a", "DET", 5, "det"),
        ("former", "former", "ADJ", 5, "amod"),
        ("adviser", "adviser", "NOUN", 7, "nsubj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("threat", "threat", "NOUN", 10, "nsubj"),
        ("grew", "grow", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_transcript_label_names_the_speaker():
    # Sen. Jane Roe ( D-Ohio ) : “ We will not back down . ”
    rows: list[Row] = [
        ("Sen.", "Sen.", "PROPN", 2, "compound"),
        ("Jane", "Jane", "PROPN", 2, "compound"),
        ("Roe", "Roe", "PROPN", -1, "root"),
        ("(", "(", "PUNCT", 4, "punct"),
        ("D-Ohio", "D-Ohio", "PROPN", 2, "appos"),
        (")", ")", "PUNCT", 4, "punct"),
        (":", ":", "PUNCT", 2, "punct"),
        ("“", "“", "PUNCT", 11, "punct"),
        ("We", "we", "PRON", 11, "nsubj"),
        ("will", "will", "AUX", 11, "aux"),
        ("not", "not", "PART", 11, "advmod"),
        ("back", "back", "VERB", 2, "parataxis"),
        ("down", "down", "ADP", 11, "compound:prt"),
        (".", ".", "PUNCT", 11, "punct"),
        ("”", "”", "PUNCT", 11, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert (a.rule, a.kind) == ("speaker-label", "direct")
    assert a.speaker is not None and a.speaker.word.text == "Roe"
    # "Q:" names nobody.
    q = [("Q", "Q", "PROPN", -1, "root"), (":", ":", "PUNCT", 0, "punct")] + [
        (t, lem, u, h + 2 if h >= 0 else 0, d) for t, lem, u, h, d in QUOTE_ONLY
    ]
    _, [b] = attribute([[q]])
    assert b.rule == "unattributed"


def test_headline_label_speaks_the_whole_statement_with_its_quote():
    def line(label: str) -> list[Row]:
        return [
            (label, label, "PROPN", -1, "root"),
            (":", ":", "PUNCT", 0, "punct"),
            ("Budget", "budget", "NOUN", 5, "nsubj"),
            ("“", "“", "PUNCT", 5, "punct"),
            ("will", "will", "AUX", 5, "aux"),
            ("pass", "pass", "VERB", 0, "parataxis"),
            ("this", "this", "DET", 7, "det"),
            ("week", "week", "NOUN", 5, "obl:tmod"),
            ("”", "”", "PUNCT", 5, "punct"),
        ]

    # (session 22: the headline's whole statement is Roe's, the quoted words inside it: a mixed
    # quote, not only the quoted words)
    text, [a] = attribute([[line("Roe")]])
    assert a.rule == "headline-label" and a.speaker is not None and a.speaker.word.text == "Roe"
    assert (text[a.start : a.end], a.kind) == ("Budget “ will pass this week ”", "mixed")
    # "Update:" names nobody (rules/lexicons/not_speaker_labels.yaml).
    _, found = attribute([[line("Update")]])
    assert [b.rule for b in found] == ["unattributed"]


def test_a_cue_further_back_counts_only_with_no_verb_between():
    def rows(middle: list[tuple[str, str, str]]) -> list[Row]:
        out: list[Row] = [("She", "she", "PRON", 1, "nsubj"), ("announced", "announce", "VERB", -1, "root")]
        out += [(t, lem, u, 1, "obl" if u == "NOUN" else "dep") for t, lem, u in middle]
        n = len(out)
        out += [
            ("“", "“", "PUNCT", n + 3, "punct"),
            ("We", "we", "PRON", n + 3, "nsubj"),
            ("will", "will", "AUX", n + 3, "aux"),
            ("leave", "leave", "VERB", 1, "dep"),
            ("this", "this", "DET", n + 5, "det"),
            ("party", "party", "NOUN", n + 3, "obj"),
            ("”", "”", "PUNCT", n + 3, "punct"),
        ]
        return out

    page = [("on", "on", "ADP"), ("her", "her", "PRON"), ("Facebook", "Facebook", "PROPN"), ("page", "page", "NOUN")]
    caps = [(",", ",", "PUNCT"), ("in", "in", "ADP"), ("all", "all", "DET"), ("capital", "capital", "ADJ")]
    _, [a] = attribute([[rows(page + caps + [("letters", "letter", "NOUN"), (",", ",", "PUNCT")])]])
    assert a.rule == "adjacent-cue-before" and a.speaker is not None and a.speaker.word.text == "She"
    verb = [("while", "while", "SCONJ"), ("she", "she", "PRON"), ("was", "be", "AUX"), ("driving", "drive", "VERB")]
    _, [b] = attribute([[rows(page + verb + [("home", "home", "NOUN"), (",", ",", "PUNCT")])]])
    assert b.rule == "unattributed"


def test_a_word_inside_the_quote_is_never_its_speaker():
    # “ They have a voice now ” union president Jane Roe said .  with "They" parsed as the subject.
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("They", "they", "PRON", 11, "nsubj"),
        ("have", "have", "VERB", 11, "dep"),
        ("a", "a", "DET", 4, "det"),
        ("voice", "voice", "NOUN", 2, "obj"),
        ("now", "now", "ADV", 2, "advmod"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("union", "union", "NOUN", 10, "compound"),
        ("president", "president", "NOUN", 10, "compound"),
        ("Jane", "Jane", "PROPN", 10, "compound"),
        ("Roe", "Roe", "PROPN", 11, "dep"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 11, "punct"),
    ]
    _, [a] = attribute([[rows]])
    assert a.rule == "adjacent-cue-after" and a.speaker is not None and a.speaker.word.text == "Roe"


def test_a_clause_running_up_to_the_cue_after_a_quote_is_its_subject():
    # “ People need skills , ” a study released by Civic Works said .  (parsed as two complements)
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("People", "people", "NOUN", 2, "nsubj"),
        ("need", "need", "VERB", 13, "ccomp"),
        ("skills", "skill", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("a", "a", "DET", 7, "det"),
        ("study", "study", "NOUN", 8, "nsubj"),
        ("released", "release", "VERB", 13, "ccomp"),
        ("by", "by", "ADP", 11, "case"),
        ("Civic", "Civic", "PROPN", 11, "compound"),
        ("Works", "Works", "PROPN", 8, "obl"),
        ("today", "today", "NOUN", 8, "obl:tmod"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 13, "punct"),
    ]
    text, [a] = attribute([[rows]])
    assert a.rule == "ccomp-cue" and a.kind == "direct" and text[a.start : a.end] == "“ People need skills , ”"
    assert a.speaker is not None and a.speaker.word.text == "study"


def test_a_speech_verb_can_head_the_reported_clause():
    # Jane Roe said the government welcomed the decision .  — "welcome" is itself a speech verb.
    rows: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("government", "government", "NOUN", 5, "nsubj"),
        ("welcomed", "welcome", "VERB", 2, "ccomp"),
        ("the", "the", "DET", 7, "det"),
        ("decision", "decision", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute([[rows]])
    outer = next(a for a in found if a.rule == "ccomp-cue")
    assert text[outer.start : outer.end] == "the government welcomed the decision"
    assert outer.speaker is not None and outer.speaker.word.text == "Roe"


def test_a_name_stranded_before_its_apposition_is_the_speaker():
    # “ The plan works , ” Jane Roe , director of planning , said .
    # The parse hangs the name on "plan" as an apposition and gives "said" no subject.
    rows: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("The", "the", "DET", 2, "det"),
        ("plan", "plan", "NOUN", 3, "nsubj"),
        ("works", "work", "VERB", 14, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("Jane", "Jane", "PROPN", 7, "compound"),
        ("Roe", "Roe", "PROPN", 2, "appos"),
        (",", ",", "PUNCT", 9, "punct"),
        ("director", "director", "NOUN", 7, "appos"),
        ("of", "of", "ADP", 11, "case"),
        ("planning", "planning", "NOUN", 9, "nmod"),
        (",", ",", "PUNCT", 3, "punct"),
        ("quickly", "quickly", "ADV", 14, "advmod"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 14, "punct"),
    ]
    text, found = attribute([[rows]])
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "Roe"
    assert text[a.start : a.end] == "“ The plan works , ”"


def test_weather_is_never_a_speaker_and_the_trailing_cue_takes_the_clause():
    # Heavy rains suggest the harvest is late , the agronomist said .
    rows: list[Row] = [
        ("Heavy", "heavy", "ADJ", 1, "amod"),
        ("rains", "rain", "NOUN", 2, "nsubj"),
        ("suggest", "suggest", "VERB", -1, "root"),
        ("the", "the", "DET", 4, "det"),
        ("harvest", "harvest", "NOUN", 6, "nsubj"),
        ("is", "be", "AUX", 6, "cop"),
        ("late", "late", "ADJ", 2, "ccomp"),
        (",", ",", "PUNCT", 10, "punct"),
        ("the", "the", "DET", 9, "det"),
        ("agronomist", "agronomist", "NOUN", 10, "nsubj"),
        ("said", "say", "VERB", 2, "parataxis"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute([[rows]])
    [a] = found
    assert a.cue is not None and a.cue.word.text == "said"
    assert a.speaker is not None and a.speaker.word.text == "agronomist"
    assert text[a.start : a.end] == "Heavy rains suggest the harvest is late"


def test_a_that_clause_on_a_statement_read_as_a_relative_clause_is_still_the_content():
    # The minister said in a statement that she remained committed .
    # ("that" parsed as the object of a relative clause on "statement")
    rows: list[Row] = [
        ("The", "the", "DET", 1, "det"),
        ("minister", "minister", "NOUN", 2, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("in", "in", "ADP", 5, "case"),
        ("a", "a", "DET", 5, "det"),
        ("statement", "statement", "NOUN", 2, "obl"),
        ("that", "that", "PRON", 8, "obj"),
        ("she", "she", "PRON", 8, "nsubj"),
        ("remained", "remain", "VERB", 5, "acl:relcl"),
        ("committed", "commit", "VERB", 8, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    text, found = attribute([[rows]])
    [a] = found
    assert a.rule == "statement-that-cue" and text[a.start : a.end] == "that she remained committed"
    # a statement "that she released" is the statement itself, not what it says
    released = [r if r[0] != "remained" else ("released", "release", "VERB", 5, "acl:relcl") for r in rows[:9]]
    _, found = attribute([[released + [(".", ".", "PUNCT", 2, "punct")]]])
    assert not [a for a in found if a.rule == "statement-that-cue"]


def test_a_name_after_the_closing_mark_parsed_as_a_second_subject_of_the_quote_is_the_speaker():
    # “ It scares me , ” Dan Moe , 30 , said .   ("Moe" parsed as a subject of "scares")
    rows: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("It", "it", "PRON", 2, "nsubj"),
        ("scares", "scare", "VERB", 12, "ccomp"),
        ("me", "I", "PRON", 2, "obj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("”", "”", "PUNCT", 2, "punct"),
        ("Dan", "Dan", "PROPN", 7, "compound"),
        ("Moe", "Moe", "PROPN", 2, "nsubj"),
        (",", ",", "PUNCT", 9, "punct"),
        ("30", "30", "NUM", 7, "nmod"),
        (",", ",", "PUNCT", 7, "punct"),
        ("now", "now", "ADV", 12, "advmod"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 12, "punct"),
    ]
    text, found = attribute([[rows]])
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "Moe"
    assert text[a.start : a.end] == "“ It scares me , ”"


def test_a_cue_after_a_long_apposition_still_closes_the_quote():
    # “ Is it worth it ? ” | Jane Roe , the mayor 's adviser on housing and transit policy , said .
    quote: list[Row] = [
        ("“", "“", "PUNCT", 2, "punct"),
        ("Is", "be", "AUX", 2, "cop"),
        ("it", "it", "PRON", 3, "nsubj"),
        ("worth", "worth", "ADJ", -1, "root"),
        ("it", "it", "PRON", 3, "obj"),
        ("?", "?", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
    ]
    frame: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 14, "nsubj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("the", "the", "DET", 4, "det"),
        ("mayor", "mayor", "NOUN", 6, "nmod:poss"),
        ("'s", "'s", "PART", 4, "case"),
        ("adviser", "adviser", "NOUN", 1, "appos"),
        ("on", "on", "ADP", 8, "case"),
        ("housing", "housing", "NOUN", 6, "nmod"),
        ("and", "and", "CCONJ", 11, "cc"),
        ("transit", "transit", "NOUN", 11, "compound"),
        ("policy", "policy", "NOUN", 8, "conj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("today", "today", "NOUN", 14, "obl:tmod"),
        ("said", "say", "VERB", -1, "root"),
        (".", ".", "PUNCT", 14, "punct"),
    ]
    text, found = attribute([[quote, frame]])
    [a] = found
    assert a.rule == "adjacent-cue-after" and text[a.start : a.end] == "“ Is it worth it ? ”"
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_a_subject_inside_the_marks_gives_way_to_the_noun_after_the_cue():
    # “ Donald is a leader , ” said the adviser .   ("Donald" parsed as the subject of "said")
    rows: list[Row] = [
        ("“", "“", "PUNCT", 4, "punct"),
        ("Donald", "Donald", "PROPN", 7, "nsubj"),
        ("is", "be", "AUX", 4, "cop"),
        ("a", "a", "DET", 4, "det"),
        ("leader", "leader", "NOUN", 7, "ccomp"),
        (",", ",", "PUNCT", 4, "punct"),
        ("”", "”", "PUNCT", 4, "punct"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("adviser", "adviser", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, found = attribute([[rows]])
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "adviser"


def test_a_demonstrative_subject_names_nobody():
    # That worries Roe , the aide said .   ("That" is what worries; the aide speaks)
    rows: list[Row] = [
        ("That", "that", "PRON", 1, "nsubj"),
        ("worries", "worry", "VERB", -1, "root"),
        ("Roe", "Roe", "PROPN", 1, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("the", "the", "DET", 5, "det"),
        ("aide", "aide", "NOUN", 6, "nsubj"),
        ("said", "say", "VERB", 1, "parataxis"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    _, found = attribute([[rows]])
    assert all(a.speaker is None or a.speaker.word.text != "That" for a in found)
    assert any(a.speaker is not None and a.speaker.word.text == "aide" for a in found)


def test_a_time_taken_for_the_subject_gives_way_to_the_name_before_it():
    # Jane Roe ( D-Ohio ) last week said the plan works .   ("week" parsed as the subject)
    rows: list[Row] = [
        ("Jane", "Jane", "PROPN", 1, "compound"),
        ("Roe", "Roe", "PROPN", 7, "dep"),
        ("(", "(", "PUNCT", 3, "punct"),
        ("D-Ohio", "D-Ohio", "PROPN", 1, "appos"),
        (")", ")", "PUNCT", 3, "punct"),
        ("last", "last", "ADJ", 6, "amod"),
        ("week", "week", "NOUN", 7, "nsubj"),
        ("said", "say", "VERB", -1, "root"),
        ("the", "the", "DET", 9, "det"),
        ("plan", "plan", "NOUN", 10, "nsubj"),
        ("works", "work", "VERB", 7, "ccomp"),
        (".", ".", "PUNCT", 7, "punct"),
    ]
    _, found = attribute([[rows]])
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "Roe"


def test_a_description_after_the_closing_mark_is_the_speaker_not_the_listener():
    # “ It is hard , ” an intelligence source , who asked not to be named , told Fox News .
    rows: list[Row] = [
        ("“", "“", "PUNCT", 3, "punct"),
        ("It", "it", "PRON", 3, "nsubj"),
        ("is", "be", "AUX", 3, "cop"),
        ("hard", "hard", "ADJ", 17, "ccomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("”", "”", "PUNCT", 3, "punct"),
        ("an", "a", "DET", 8, "det"),
        ("intelligence", "intelligence", "NOUN", 8, "compound"),
        ("source", "source", "NOUN", 3, "appos"),
        (",", ",", "PUNCT", 11, "punct"),
        ("who", "who", "PRON", 11, "nsubj"),
        ("asked", "ask", "VERB", 8, "acl:relcl"),
        ("not", "not", "PART", 15, "advmod"),
        ("to", "to", "PART", 15, "mark"),
        ("be", "be", "AUX", 15, "aux:pass"),
        ("named", "name", "VERB", 11, "xcomp"),
        (",", ",", "PUNCT", 3, "punct"),
        ("told", "tell", "VERB", -1, "root"),
        ("Fox", "Fox", "PROPN", 19, "compound"),
        ("News", "News", "PROPN", 17, "iobj"),
        (".", ".", "PUNCT", 17, "punct"),
    ]
    text, found = attribute([[rows]])
    [a] = found
    assert a.speaker is not None and a.speaker.word.text == "source"
    assert text[a.start : a.end] == "“ It is hard , ”"
