"""Where a quote's cue is not: a clause opened by "as", "while", "because" after a speech verb
is what happened while it was said, not what was said ('"...," Bill Eastland said as confetti
fluttered down': guards.adverbial_clause); a speech verb on the next line of the text is the next
speaker's, not the quote's ('..."¶Mary Smith, a delegate from Ohio, criticized the law':
fallbacks.adjacent_cue). And "delegate" before a name is a role the tagger reads as a verb
(person_roles); a speech verb whose silent "e" the lemmatiser dropped ("groused" as "grous") is
still looked up as one, and so is one whose ending it doubled ("echoed" as "echoo":
syntax.tree.lexicon_forms); a cue closing on a colon that the parse hung as a participle on the
name before it ("Jared Potts, 17, echoed:") has that name for its speaker; a role noun read as a
verb before the name still gives way to the speech verb after a phrase set off by commas ("Texas
delegate Bill Eastland, wearing a cowboy hat, said": role_verbs.role_noun_read_as_verb). Trees the shipped parser produced for sentences written for these tests."""

from __future__ import annotations

from parse_helpers import FeatRow, sentence
from source_helpers import resolve

from provenance.attribution.cues import CueReader
from provenance.attribution.fallbacks import adjacent_cue
from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import lexicon_forms
from provenance.vocab import load_vocabulary

CUES = CueReader(load_vocabulary())

# “ We ’ve had better conventions than this one , ” Bill Eastland said as confetti fluttered down .
SAID_AS: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("’ve", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "VERB", 13, "ccomp", "Tense=Past|VerbForm=Part"),
    ("better", "good", "ADJ", 5, "amod", "Degree=Cmp"),
    ("conventions", "convention", "NOUN", 3, "obj", "Number=Plur"),
    ("than", "than", "ADP", 8, "case", ""),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("one", "one", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", '"', "PUNCT", 3, "punct", ""),
    ("Bill", "Bill", "PROPN", 12, "compound", "Number=Sing"),
    ("Eastland", "Eastland", "PROPN", 13, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("as", "as", "ADP", 16, "mark", ""),
    ("confetti", "confetti", "NOUN", 16, "nsubj", "Number=Sing"),
    ("fluttered", "flutter", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("down", "down", "ADP", 16, "compound:prt", ""),
    (".", ".", "PUNCT", 13, "punct", ""),
]

# “ Guns have no place in our streets . ” Mary Smith , a delegate from Ohio , criticized the law .
NEXT_LINE: list[FeatRow] = [
    ("“", '"', "PUNCT", 2, "punct", ""),
    ("Guns", "gun", "NOUN", 2, "nsubj", "Number=Plur"),
    ("have", "have", "VERB", 18, "advcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("no", "no", "DET", 4, "det", "PronType=Neg"),
    ("place", "place", "NOUN", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("our", "our", "PRON", 7, "nmod:poss", "Case=Gen|Number=Plur|Person=1|Poss=Yes|PronType=Prs"),
    ("streets", "street", "NOUN", 4, "nmod", "Number=Plur"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ("”", '"', "PUNCT", 11, "punct", ""),
    ("Mary", "Mary", "PROPN", 11, "compound", "Number=Sing"),
    ("Smith", "Smith", "PROPN", 2, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 14, "punct", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("delegate", "delegate", "NOUN", 18, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 16, "case", ""),
    ("Ohio", "Ohio", "PROPN", 14, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 2, "punct", ""),
    ("criticized", "criticize", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("law", "law", "NOUN", 18, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
]

# “ We ’ve had better conventions than this one , ” Texas delegate Bill Eastland said .
DELEGATE_SAID: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("’ve", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part"),
    ("better", "good", "ADJ", 5, "amod", "Degree=Cmp"),
    ("conventions", "convention", "NOUN", 3, "obj", "Number=Plur"),
    ("than", "than", "ADP", 8, "case", ""),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("one", "one", "NOUN", 3, "obl", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", '"', "PUNCT", 3, "punct", ""),
    ("Texas", "Texas", "PROPN", 12, "nsubj", "Number=Sing"),
    ("delegate", "delegate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Bill", "Bill", "PROPN", 12, "nsubj", "Number=Sing"),
    ("Eastland", "Eastland", "PROPN", 15, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    (".", ".", "PUNCT", 12, "punct", ""),
]


def test_an_adverbial_clause_after_the_cue_is_not_what_was_said():
    r = resolve([[SAID_AS]])  # type: ignore[list-item]
    assert [(q.text, q.speaker.name if q.speaker else "") for q in r.quotes] == [
        ("“ We ’ve had better conventions than this one , ”", "Bill Eastland")
    ]


def test_a_cue_on_the_next_line_is_not_the_quotes():
    sent = sentence(NEXT_LINE)
    text = " ".join(w[0] for w in NEXT_LINE)
    close = next(w for w in sent.words if w.text == "”")
    span = QuoteSpan(start=0, end=close.end, family="curly", depth=0)
    # (one line: the cue after the quote is its cue)
    hit = adjacent_cue(CUES, span, [sent], text=text)
    assert hit is not None and hit.cue.word.text == "criticized"
    mary = next(w for w in sent.words if w.text == "Mary")
    broken = text[: mary.start - 1] + "\n" + text[mary.start :]
    assert adjacent_cue(CUES, span, [sent], text=broken) is None


def test_delegate_before_a_name_is_a_role():
    r = resolve([[DELEGATE_SAID]])  # type: ignore[list-item]
    [q] = r.quotes
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Bill Eastland", "named")


# Jane Roe groused to a crowd in Georgia that the network “ does n’t treat me properly . ”
GROUSED: list[FeatRow] = [
    ("Jane", "Jane", "PROPN", 1, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 2, "nsubj", "Number=Sing"),
    ("groused", "grous", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("crowd", "crowd", "NOUN", 2, "obl", "Number=Sing"),
    ("in", "in", "ADP", 7, "case", ""),
    ("Georgia", "Georgia", "PROPN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 14, "mark", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("network", "network", "NOUN", 14, "nsubj", "Number=Sing"),
    ("“", '"', "PUNCT", 14, "punct", ""),
    ("does", "do", "AUX", 14, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("n’t", "not", "PART", 14, "advmod", "Polarity=Neg"),
    ("treat", "treat", "VERB", 2, "advcl", "VerbForm=Inf"),
    ("me", "I", "PRON", 14, "obj", "Case=Acc|Number=Sing|Person=1|PronType=Prs"),
    ("properly", "properly", "ADV", 14, "advmod", "Degree=Pos"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ("”", '"', "PUNCT", 2, "punct", ""),
]


def test_a_speech_verb_whose_silent_e_the_lemmatiser_dropped_is_still_one():
    sent = sentence(GROUSED)
    assert lexicon_forms(sent, 2)[:2] == ("grous", "grouse")
    assert lexicon_forms(sent, 14)[:1] == ("treat",) and "treate" not in lexicon_forms(sent, 14)
    [q] = resolve([[GROUSED]]).quotes  # type: ignore[list-item]
    assert q.speaker is not None and q.speaker.name == "Jane Roe"
    assert q.text.startswith("that the network")


# Mark Doe , 52 , said he liked the plan .
DOE_SAID: list[FeatRow] = [
    ("Mark", "Mark", "PROPN", 1, "compound", "Number=Sing"),
    ("Doe", "Doe", "PROPN", 5, "nsubj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("52", "52", "NUM", 1, "nmod:unmarked", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("liked", "like", "VERB", 5, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 7, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 5, "punct", ""),
]

# Jared Potts , 17 , echoed :
POTTS_ECHOED: list[FeatRow] = [
    ("Jared", "Jared", "PROPN", 1, "compound", "Number=Sing"),
    ("Potts", "Potts", "PROPN", -1, "root", "Number=Plur"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("17", "17", "NUM", 1, "appos", "NumForm=Digit|NumType=Card"),
    (",", ",", "PUNCT", 5, "punct", ""),
    ("echoed", "echoo", "VERB", 1, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    (":", ":", "PUNCT", 1, "punct", ""),
]

# “ He speaks his mind . ”
HE_SPEAKS: list[FeatRow] = [
    ("“", '"', "PUNCT", 2, "punct", ""),
    ("He", "he", "PRON", 2, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("speaks", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("his", "his", "PRON", 4, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("mind", "mind", "NOUN", 2, "obj", "Number=Sing"),
    (".", ".", "PUNCT", 2, "punct", ""),
    ("”", '"', "PUNCT", 2, "punct", ""),
]


def test_a_colon_cue_read_as_a_participle_on_the_name_before_it_introduces_the_next_quote():
    # Mark Doe , 52 , said he liked the plan . ¶ Jared Potts , 17 , echoed : ¶ “ He speaks his mind . ”
    assert "echo" in lexicon_forms(sentence(POTTS_ECHOED), 5)
    r = resolve([[DOE_SAID], [POTTS_ECHOED], [HE_SPEAKS]])  # type: ignore[list-item]
    assert [q.speaker.name if q.speaker else "" for q in r.quotes] == ["Mark Doe", "Jared Potts"]


# “ We ’ve had better conventions than this one , ” Texas delegate Bill Eastland , wearing a cowboy hat , said as confetti fluttered down .
# (as the shipped parser read it: "delegate" the root verb, "Eastland" its object, "said" its conjunct)
DELEGATE_WEARING: list[FeatRow] = [
    ("“", '"', "PUNCT", 3, "punct", ""),
    ("We", "we", "PRON", 3, "nsubj", "Case=Nom|Number=Plur|Person=1|PronType=Prs"),
    ("’ve", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"),
    ("had", "have", "VERB", 21, "advcl", "Tense=Past|VerbForm=Part"),
    ("better", "good", "ADJ", 5, "amod", "Degree=Cmp"),
    ("conventions", "convention", "NOUN", 3, "obj", "Number=Plur"),
    ("than", "than", "ADP", 8, "case", ""),
    ("this", "this", "DET", 8, "det", "Number=Sing|PronType=Dem"),
    ("one", "one", "NOUN", 5, "nmod", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("”", '"', "PUNCT", 3, "punct", ""),
    ("Texas", "Texas", "PROPN", 12, "nsubj", "Number=Sing"),
    ("delegate", "delegate", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("Bill", "Bill", "PROPN", 14, "compound", "Number=Sing"),
    ("Eastland", "Eastland", "PROPN", 12, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 16, "punct", ""),
    ("wearing", "wear", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("cowboy", "cowboy", "NOUN", 19, "compound", "Number=Sing"),
    ("hat", "hat", "NOUN", 16, "obj", "Number=Sing"),
    (",", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", 12, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("as", "as", "ADP", 24, "mark", ""),
    ("confetti", "confetti", "NOUN", 24, "nsubj", "Number=Sing"),
    ("fluttered", "flutter", "VERB", 21, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("down", "down", "ADP", 24, "compound:prt", ""),
    (".", ".", "PUNCT", 12, "punct", ""),
]


def test_a_role_read_as_a_verb_gives_way_to_the_speech_verb_after_a_set_off_phrase():
    [q] = resolve([[DELEGATE_WEARING]]).quotes  # type: ignore[list-item]
    assert q.text == "“ We ’ve had better conventions than this one , ”"
    assert q.speaker is not None and (q.speaker.name, q.speaker.anonymity) == ("Bill Eastland", "named")
