"""Name particles and a sentence-opening acronym tagged proper nouns, a bare possessive apostrophe a possessive,
between the tagger and the parser (no model: a tagged Stanza document is built by hand):
syntax/pretags.py."""

from __future__ import annotations

import stanza
from parse_helpers import tagged_document

from provenance.syntax.pretag_speakers import (
    gerund_bodies,
    hyphen_given_names,
    initials_names,
    irish_particles,
    opening_name_verbs,
    person_adjectives,
    quoted_verbs,
    relation_participles,
    titles_after_plural_names,
)
from provenance.syntax.pretag_titles import legal_forms, ly_names, modifier_participles, office_fields
from provenance.syntax.pretags import (
    acronym_function_words,
    age_nouns,
    back_verbs,
    closing_cues,
    cost_verbs,
    counted_plurals,
    field_plurals,
    hyphen_participles,
    hyphenated_names,
    name_particles,
    opening_acronyms,
    possessive_apostrophes,
    pretag_key,
    surname_nouns,
    think_tanks,
    title_verbs,
    union_locals,
)


def _tagged(words: list[tuple[str, str]], text: str = "") -> stanza.Document:
    return tagged_document(words, text or " ".join(w for w, _ in words))


def test_particles_the_tagger_read_as_other_words_inside_a_name_are_proper_nouns():
    # "der" of "Ursula von der Leyen" comes out of the shipped tagger an auxiliary
    doc = name_particles(
        _tagged([("Ursula", "PROPN"), ("von", "NOUN"), ("der", "AUX"), ("Leyen", "PROPN"), ("said", "VERB")])
    )
    assert [(w.text, w.upos, w.xpos) for w in doc.sentences[0].words[1:3]] == [
        ("von", "PROPN", "NNP"),
        ("der", "PROPN", "NNP"),
    ]


def test_particles_outside_a_name_keep_their_tags():
    # (after a lower-case word: "the rue de la Paix" is no run between capitalised words)
    doc = name_particles(_tagged([("on", "ADP"), ("rue", "NOUN"), ("de", "X"), ("la", "X"), ("Paix", "PROPN")]))
    assert [w.upos for w in doc.sentences[0].words] == ["ADP", "NOUN", "X", "X", "PROPN"]


def test_paragraphs_with_a_name_particle_run_are_cached_apart():
    assert pretag_key("Ursula von der Leyen said.") != pretag_key("The talks went on.") == ""


def test_a_bare_apostrophe_after_s_before_a_name_is_a_possessive():
    # "Goldman Sachs' Jane Smith said": the tagger reads the mark as punctuation
    words = [("Goldman", "PROPN"), ("Sachs", "PROPN"), ("'", "PUNCT"), ("Jane", "PROPN"), ("Smith", "PROPN")]
    doc = possessive_apostrophes(_tagged(words, "Goldman Sachs' Jane Smith"))
    assert (doc.sentences[0].words[2].upos, doc.sentences[0].words[2].xpos) == ("PART", "POS")
    assert pretag_key("Goldman Sachs' Jane Smith said.") == "/pos1"


def test_a_closing_single_quote_mark_stays_punctuation():
    # "called them 'the bosses' Monday": the mark closes the quoted phrase
    words = [("them", "PRON"), ("'", "PUNCT"), ("the", "DET"), ("bosses", "NOUN"), ("'", "PUNCT"), ("Monday", "PROPN")]
    doc = possessive_apostrophes(_tagged(words, "them 'the bosses' Monday"))
    assert [w.upos for w in doc.sentences[0].words] == ["PRON", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN"]


def test_an_acronym_opening_a_sentence_before_a_lower_case_word_is_a_name():
    # "BJP national general secretary C.T. Ravi said": the tagger reads "BJP" as an imperative
    words = [("BJP", "VERB"), ("national", "ADJ"), ("general", "ADJ"), ("secretary", "NOUN")]
    doc = opening_acronyms(_tagged(words))
    assert doc.sentences[0].words[0].upos == "PROPN"
    assert "/acr2" in pretag_key("BJP national general secretary C.T. Ravi said.")
    # (a verb in capitals elsewhere keeps its tag: only the sentence's first word)
    kept = opening_acronyms(_tagged([("Please", "INTJ"), ("STOP", "VERB"), ("now", "ADV")]))
    assert kept.sentences[0].words[1].upos == "VERB"


def test_an_acronym_opening_a_sentence_read_as_a_common_noun_is_a_name_unless_a_posts():
    # "ICES recommended in September that ...": the tagger read "ICES" as the plural noun "ices"
    # (and the parser made it a passive subject; the speaker was a vague group of people)
    doc = opening_acronyms(_tagged([("ICES", "NOUN"), ("recommended", "VERB"), ("in", "ADP")]))
    assert doc.sentences[0].words[0].upos == "PROPN"
    # (a post's acronym keeps its tag: "CEO Jane Roe said")
    kept = opening_acronyms(_tagged([("CEO", "NOUN"), ("Jane", "PROPN"), ("Roe", "PROPN"), ("said", "VERB")]))
    assert kept.sentences[0].words[0].upos == "NOUN"


def _verbal(words: list[tuple[str, str]], text: str = "") -> stanza.Document:
    """Tagged as ``_tagged``, with each VERB in "-s" a third-person singular verb (VBZ)."""
    doc = _tagged(words, text)
    for w in doc.sentences[0].words:
        if w.upos == "VERB" and w.text.endswith("s"):
            w.xpos = "VBZ"
    return doc


def test_a_word_a_number_counts_across_modifiers_is_a_plural_noun():
    # "Two senior campaign aides to the president, who ..., said": the tagger reads "aides" as
    # a verb with "campaign" its subject, and the parser loses the speakers
    words = [("Two", "NUM"), ("senior", "ADJ"), ("campaign", "NOUN"), ("aides", "VERB"), ("to", "ADP")]
    aides = counted_plurals(_verbal(words)).sentences[0].words[3]
    assert (aides.upos, aides.xpos) == ("NOUN", "NNS")
    assert pretag_key("Two senior campaign aides to the president said.") == "/cnt2"


def test_a_verb_after_a_counted_plural_a_year_or_a_number_inside_a_word_stays_a_verb():
    parties = [("the", "DET"), ("two", "NUM"), ("parties", "NOUN"), ("says", "VERB")]
    year = [("In", "ADP"), ("2016", "NUM"), ("turnout", "NOUN"), ("rises", "VERB")]
    inside = [("the", "DET"), ("under", "ADP"), ("-", "PUNCT"), ("35", "NUM"), ("generation", "NOUN"), ("says", "VERB")]
    for words, text in ((parties, ""), (year, ""), (inside, "the under-35 generation says")):
        doc = _verbal(words, text)
        for w in doc.sentences[0].words:
            w.feats = "Number=Plur" if w.text == "parties" else None
        assert counted_plurals(doc).sentences[0].words[-1].upos == "VERB"


def test_an_age_standing_for_a_person_is_a_noun():
    # "The 24-year-old, who has been linked with a move, said": "old" an adjective made the person
    # a clause the verb reported
    age = [
        ("The", "DET"),
        ("24", "NUM"),
        ("-", "PUNCT"),
        ("year", "NOUN"),
        ("-", "PUNCT"),
        ("old", "ADJ"),
        (",", "PUNCT"),
    ]
    doc = age_nouns(_tagged(age, "The 24-year-old ,"))
    assert (doc.sentences[0].words[5].upos, doc.sentences[0].words[5].xpos) == ("NOUN", "NN")
    assert pretag_key("The 24-year-old said.") == "/age1"
    # (before the noun it describes it stays an adjective: "a 24-year-old striker")
    before = [
        ("a", "DET"),
        ("24", "NUM"),
        ("-", "PUNCT"),
        ("year", "NOUN"),
        ("-", "PUNCT"),
        ("old", "ADJ"),
        ("striker", "NOUN"),
    ]
    assert age_nouns(_tagged(before, "a 24-year-old striker")).sentences[0].words[5].upos == "ADJ"


def _xtagged(words: list[tuple[str, str, str]], text: str) -> stanza.Document:
    doc = _tagged([(w, u) for w, u, _ in words], text)
    for w, (_, _, xpos) in zip(doc.sentences[0].words, words):
        w.xpos = xpos
    return doc


def test_the_first_word_of_an_occupation_before_a_name_is_no_verb():
    # "In Dravnik, returning officer Milos Tanev said": the name was the verb's object
    returning = [(",", "PUNCT", ","), ("returning", "VERB", "VBG"), ("officer", "NOUN", "NN"),
                 ("Milos", "PROPN", "NNP"), ("Tanev", "PROPN", "NNP"), ("said", "VERB", "VBD")]  # fmt: skip
    doc = title_verbs(_xtagged(returning, ", returning officer Milos Tanev said"))
    assert doc.sentences[0].words[1].upos == "ADJ"
    crane = [(",", "PUNCT", ","), ("crane", "VERB", "VB"), ("operator", "NOUN", "NN"),
             ("Tomasz", "PROPN", "NNP"), ("Reid", "PROPN", "NNP"), ("said", "VERB", "VBD")]  # fmt: skip
    assert title_verbs(_xtagged(crane, ", crane operator Tomasz Reid said")).sentences[0].words[1].upos == "NOUN"
    assert "/tvb2" in pretag_key("In Dravnik, returning officer Milos Tanev said so.")
    # (a closing cue before a titled name stays a verb)
    says = [(",", "PUNCT", ","), ("says", "VERB", "VBZ"), ("psychologist", "NOUN", "NN"),
            ("Nancy", "PROPN", "NNP"), ("Molitor", "PROPN", "NNP"), (".", "PUNCT", ".")]  # fmt: skip
    assert title_verbs(_xtagged(says, ", says psychologist Nancy Molitor .")).sentences[0].words[1].upos == "VERB"


def test_a_field_of_work_in_s_inside_a_title_after_a_name_is_a_plural_noun():
    # "Harlan Beck, the county's emergency services director, said": "services" a verb made the
    # title a clause and the name an organisation
    words = [("Beck", "PROPN", "NNP"), (",", "PUNCT", ","), ("the", "DET", "DT"), ("county", "NOUN", "NN"),
             ("'s", "PART", "POS"), ("emergency", "NOUN", "NN"), ("services", "VERB", "VBZ"),
             ("director", "NOUN", "NN"), (",", "PUNCT", ","), ("said", "VERB", "VBD")]  # fmt: skip
    text = "Beck, the county's emergency services director, said"
    assert field_plurals(_xtagged(words, text)).sentences[0].words[6].upos == "NOUN"
    works = [("Roe", "PROPN", "NNP"), (",", "PUNCT", ","), ("the", "DET", "DT"), ("public", "ADJ", "JJ"),
             ("works", "VERB", "VBZ"), ("director", "NOUN", "NN"), (".", "PUNCT", ".")]  # fmt: skip
    assert field_plurals(_xtagged(works, "Roe, the public works director.")).sentences[0].words[4].upos == "NOUN"
    assert "/fpl1" in pretag_key(text) and "/fpl1" not in pretag_key("Beck said the county needs help.")
    # (a clause, not a title: no name and comma before the phrase; a plural after the verb)
    clause = [("Then", "ADV", "RB"), ("the", "DET", "DT"), ("county", "NOUN", "NN"), ("needs", "VERB", "VBZ"),
              ("help", "NOUN", "NN"), (".", "PUNCT", ".")]  # fmt: skip
    assert field_plurals(_xtagged(clause, "Then the county needs help.")).sentences[0].words[3].upos == "VERB"
    hires = [("Roe", "PROPN", "NNP"), (",", "PUNCT", ","), ("the", "DET", "DT"), ("firm", "NOUN", "NN"),
             ("hires", "VERB", "VBZ"), ("managers", "NOUN", "NNS"), (",", "PUNCT", ",")]  # fmt: skip
    assert field_plurals(_xtagged(hires, "Roe, the firm hires managers,")).sentences[0].words[4].upos == "VERB"


def test_a_name_and_a_word_in_s_after_a_closing_quote_mark_are_a_cue():
    # '"...?" Brennan recalls.': cut off by the splitter, read as an adjective and a plural noun
    text = '"Do you want to come?" Brennan recalls.'
    doc = _tagged([("Brennan", "ADJ"), ("recalls", "NOUN"), (".", "PUNCT")], text)
    words = closing_cues(doc).sentences[0].words
    assert [(w.upos, w.xpos) for w in words[:2]] == [("PROPN", "NNP"), ("VERB", "VBZ")]
    assert pretag_key(text) == "/clc1"
    # (not without the quotation before it: "Product recalls." is a headline's noun)
    alone = closing_cues(_tagged([("Product", "NOUN"), ("recalls", "NOUN"), (".", "PUNCT")]))
    assert alone.sentences[0].words[1].upos == "NOUN"


def test_a_capitalised_word_closing_a_name_is_no_common_noun():
    # "passes from quarterback Dylan Kessling.": "Kessling" a noun was no one's name
    words = [("from", "ADP"), ("quarterback", "NOUN"), ("Dylan", "PROPN"), ("Kessling", "NOUN"), (".", "PUNCT")]
    assert surname_nouns(_tagged(words)).sentences[0].words[3].upos == "PROPN"
    assert pretag_key("passes from quarterback Dylan Kessling.") == "/snn2"
    # (not a noun the name goes on with, nor in a title-case headline)
    poll = [("the", "DET"), ("Vote", "PROPN"), ("Millennial", "PROPN"), ("Poll", "NOUN"), ("finds", "VERB")]
    assert surname_nouns(_tagged(poll)).sentences[0].words[3].upos == "NOUN"
    title = [("Kessling", "PROPN"), ("Leads", "VERB"), ("Ridgemont", "PROPN"), ("Past", "NOUN"), ("Rival", "NOUN")]
    assert surname_nouns(_tagged(title)).sentences[0].words[3].upos == "NOUN"


def test_a_unions_numbered_local_is_a_name_and_a_count_is_not():
    # "Local 417 of the United Assembly Workers said": "Local" an adjective and the number the
    # phrase's head made the branch a quantity of people
    doc = union_locals(_tagged([("Local", "ADJ"), ("417", "NUM"), ("of", "ADP"), ("the", "DET")]))
    assert [w.upos for w in doc.sentences[0].words][:2] == ["PROPN", "PROPN"]
    doc = union_locals(_tagged([("local", "ADJ"), ("417", "NUM"), ("residents", "NOUN")]))
    assert [w.upos for w in doc.sentences[0].words][:2] == ["ADJ", "NUM"]
    assert "/lcl1" in pretag_key("Local 417 said") and "/lcl1" not in pretag_key("local 417 residents")


def test_a_hyphenated_participle_before_a_name_is_an_adjective():
    # "China's state-run Global Times said": "run" a verb became a second subject of "said"
    words = [("state", "NOUN"), ("-", "PUNCT"), ("run", "VERB"), ("Global", "PROPN"), ("Times", "PROPN")]
    doc = hyphen_participles(_tagged(words, "state-run Global Times"))
    assert doc.sentences[0].words[2].upos == "ADJ"
    # (spaced, it is no modifier: "the state - run by ...")
    doc = hyphen_participles(_tagged(words, "state - run Global Times"))
    assert doc.sentences[0].words[2].upos == "VERB"


def test_the_second_part_of_a_hyphenated_name_is_a_proper_noun():
    # "Kwame Asante-Boateng said": "Boateng" a common noun became a second subject of "said"
    words = [("Kwame", "PROPN"), ("Asante", "PROPN"), ("-", "PUNCT"), ("Boateng", "NOUN"), ("said", "VERB")]
    doc = hyphenated_names(_tagged(words, "Kwame Asante-Boateng said"))
    assert doc.sentences[0].words[3].upos == "PROPN"
    # (a lower-case word after the hyphen is no name's: "Asante-based")
    doc = hyphenated_names(_tagged([("Asante", "PROPN"), ("-", "PUNCT"), ("based", "VERB")], "Asante-based"))
    assert doc.sentences[0].words[2].upos == "VERB"


def test_cost_between_a_noun_and_an_amount_is_a_verb():
    # "the film cost about $62 million": "film cost" one noun left "said" with no clause
    words = [("the", "DET"), ("film", "NOUN"), ("cost", "NOUN"), ("about", "ADP"), ("$", "SYM"), ("62", "NUM")]
    doc = cost_verbs(_tagged(words, "the film cost about $62"))
    assert (doc.sentences[0].words[2].upos, doc.sentences[0].words[2].xpos) == ("VERB", "VBD")
    doc = cost_verbs(
        _tagged([("repairs", "NOUN"), ("costs", "NOUN"), ("$", "SYM"), ("4,000", "NUM")], "repairs costs $4,000")
    )
    assert doc.sentences[0].words[1].xpos == "VBZ"
    # (the noun it is: "the cost of", "construction cost estimates", "the total cost $ ...")
    for words in (
        [("the", "DET"), ("cost", "NOUN"), ("of", "ADP")],
        [("construction", "NOUN"), ("cost", "NOUN"), ("estimates", "NOUN")],
        [("total", "ADJ"), ("cost", "NOUN"), ("$", "SYM")],
    ):
        doc = cost_verbs(_tagged(words))
        assert doc.sentences[0].words[1].upos == "NOUN"
    assert pretag_key("the film cost about $62") != pretag_key("the film about $62")


def test_an_acronym_tagged_a_function_word_is_a_name():
    # "told AFP the unions had ...": "AFP" a preposition put the outlet inside what was said
    words = [("told", "VERB"), ("AFP", "ADP"), ("the", "DET"), ("unions", "NOUN"), ("OR", "CCONJ"), ("US", "PRON")]
    doc = acronym_function_words(_tagged(words))
    assert [w.upos for w in doc.sentences[0].words] == ["VERB", "PROPN", "DET", "NOUN", "CCONJ", "PRON"]
    assert pretag_key("told AFP the unions") != pretag_key("told them the unions")


def test_think_before_tank_is_a_noun():
    # "a Brussels think tank, told ...": "think" a verb made the city a thinker
    doc = think_tanks(_tagged([("Brussels", "PROPN"), ("think", "VERB"), ("tank", "NOUN")]))
    assert doc.sentences[0].words[1].upos == "NOUN"
    doc = think_tanks(_tagged([("they", "PRON"), ("think", "VERB"), ("so", "ADV")]))
    assert doc.sentences[0].words[1].upos == "VERB"
    assert pretag_key("a Brussels think tank") != pretag_key("a Brussels bank")


def test_a_replys_verb_before_back_is_no_noun():
    # "Raghunathan shot back that ...": "shot" a noun left the reply without its cue
    words = [("Raghunathan", "PROPN", "NNP"), ("shot", "NOUN", "NN"), ("back", "ADV", "RB"), ("that", "SCONJ", "IN"),
             ("budgets", "NOUN", "NNS"), ("rose", "VERB", "VBD")]  # fmt: skip
    doc = back_verbs(_xtagged(words, "Raghunathan shot back that budgets rose"))
    assert doc.sentences[0].words[1].upos == "VERB"
    assert "/bkv1" in pretag_key("Raghunathan shot back that budgets rose.")
    # (a noun it is: "a shot back home", no name before it)
    home = [("a", "DET", "DT"), ("shot", "NOUN", "NN"), ("back", "ADV", "RB"), ("that", "SCONJ", "IN"), ("x", "X", "X")]
    assert back_verbs(_xtagged(home, "a shot back that x")).sentences[0].words[1].upos == "NOUN"


def test_an_ing_word_that_only_modifies_is_an_adjective_before_a_name():
    # "Senegal accused neighbouring Mauritania of breaching ...": the parse made "neighbouring"
    # the clause accused of something, and the "of" clause lost its cue
    words = [("Senegal", "PROPN", "NNP"), ("accused", "VERB", "VBD"), ("neighbouring", "VERB", "VBG"),
             ("Mauritania", "PROPN", "NNP")]  # fmt: skip
    doc = modifier_participles(_xtagged(words, "Senegal accused neighbouring Mauritania"))
    assert doc.sentences[0].words[2].upos == "ADJ"
    assert "/mdp1" in pretag_key("Senegal accused neighbouring Mauritania.")
    # (a progressive keeps its verb: "are ruling Parliament")
    ruling = [("They", "PRON", "PRP"), ("are", "AUX", "VBP"), ("ruling", "VERB", "VBG"), ("Parliament", "PROPN", "NNP")]
    assert modifier_participles(_xtagged(ruling, "They are ruling Parliament")).sentences[0].words[2].upos == "VERB"


def test_a_legal_form_written_out_after_a_name_is_a_proper_noun():
    # (session 44: "... the Nigerian National Petroleum Company Limited (NNPC Ltd), said" with
    # "Limited" a participle: the parse made it a clause of the description, which then spoke)
    words = [("Petroleum", "PROPN"), ("Company", "PROPN"), ("Limited", "VERB"), ("(", "PUNCT"), ("NNPC", "PROPN")]
    doc = legal_forms(_tagged(words, "Petroleum Company Limited ( NNPC"))
    assert doc.sentences[0].words[2].upos == "PROPN"
    # (not after a common noun: "the supply is limited")
    limited = legal_forms(_tagged([("supply", "NOUN"), ("Limited", "ADJ")], "supply Limited"))
    assert limited.sentences[0].words[1].upos == "ADJ"
    assert "/lgf1" in pretag_key("the Petroleum Company Limited said") and "/lgf1" not in pretag_key("limited")


def test_a_capitalised_ly_word_inside_a_sentence_is_a_name_not_an_adverb():
    # (session 45: "The senators pressed Lumenly on the data" with "Lumenly" an adverb by its
    # ending, as "Donnelly", "Connolly": the name was lost to the speakers after it)
    words = [("senators", "NOUN"), ("pressed", "VERB"), ("Lumenly", "ADV"), ("on", "ADP"), ("data", "NOUN")]
    doc = ly_names(_tagged(words, "senators pressed Lumenly on data"))
    assert doc.sentences[0].words[2].upos == "PROPN"
    # (not in a title-case line: "Officials Quickly Respond")
    title = ly_names(
        _tagged([("Officials", "NOUN"), ("Quickly", "ADV"), ("Respond", "VERB")], "Officials Quickly Respond")
    )
    assert title.sentences[0].words[1].upos == "ADV"
    assert "/lyn1" in pretag_key("they pressed Lumenly on it") and "/lyn1" not in pretag_key("Quickly, they left")


def test_a_name_opening_a_sentence_before_a_speech_verb_is_a_proper_noun():
    # (session 51: "Sowa later told broadcaster TVN24 that ..." with "Sowa" tagged the root verb and
    # "told" an adjective of "TVN24": nothing was said and no one said it; pretag_speakers)
    words = [("Sowa", "VERB"), ("later", "ADV"), ("told", "ADJ"), ("broadcaster", "NOUN"), ("TVN24", "NOUN")]
    doc = opening_name_verbs(_tagged(words))
    assert [(w.upos, w.xpos) for w in doc.sentences[0].words[:3]] == [("PROPN", "NNP"), ("ADV", "X"), ("VERB", "VBD")]
    # (a noun is right as the tagger has it: "Officials later said"; nor a verb before another word)
    nouns = opening_name_verbs(_tagged([("Officials", "NOUN"), ("later", "ADV"), ("said", "VERB")]))
    assert [w.upos for w in nouns.sentences[0].words] == ["NOUN", "ADV", "VERB"]
    verb = opening_name_verbs(_tagged([("Consider", "VERB"), ("what", "PRON"), ("said", "VERB")]))
    assert verb.sentences[0].words[0].upos == "VERB"
    so = opening_name_verbs(_tagged([("So", "VERB"), ("says", "VERB"), ("a", "DET"), ("voice", "NOUN")]))
    assert so.sentences[0].words[0].upos == "VERB"
    assert "/onv2" in pretag_key("It rained. Sowa later told TVN24 so.") and "/onv2" not in pretag_key(
        "They went home. It rained."
    )


def test_a_noun_for_people_the_tagger_read_as_an_adjective_is_a_noun():
    # (session 51: "An official, who asked not to be named because he ..., said" with "official"
    # an adjective: the parser made it a clause and "he" spoke for a name further on)
    words = [("An", "DET"), ("official", "ADJ"), (",", "PUNCT"), ("who", "PRON"), ("asked", "VERB")]
    doc = person_adjectives(_tagged(words))
    assert (doc.sentences[0].words[1].upos, doc.sentences[0].words[1].xpos) == ("NOUN", "NN")
    modified = person_adjectives(_tagged([("a", "DET"), ("Hanseong", "PROPN"), ("executive", "ADJ"), ("said", "VERB")]))
    assert modified.sentences[0].words[2].upos == "NOUN"
    # (before a noun it modifies it: "An official statement said"; nor with no determiner)
    statement = person_adjectives(
        _tagged([("An", "DET"), ("official", "ADJ"), ("statement", "NOUN"), ("said", "VERB")])
    )
    assert statement.sentences[0].words[1].upos == "ADJ"
    bare = person_adjectives(_tagged([("it", "PRON"), ("was", "AUX"), ("official", "ADJ"), (".", "PUNCT")]))
    assert bare.sentences[0].words[2].upos == "ADJ"
    assert "/pad2" in pretag_key("An official said so.") and "/pad2" not in pretag_key("They went home.")


def test_a_participle_that_ties_a_body_to_those_it_acts_for_is_a_verb():
    # (session 51: "The union representing 4,000 nurses said" with "representing" a noun: the
    # nurses spoke)
    words = [("union", "NOUN"), ("representing", "NOUN"), ("4,000", "NUM"), ("nurses", "NOUN"), ("said", "VERB")]
    doc = relation_participles(_tagged(words))
    assert (doc.sentences[0].words[1].upos, doc.sentences[0].words[1].xpos) == ("VERB", "VBG")
    # (not a noun it modifies, nor before a name: "the board meeting Monday")
    words = [("union", "NOUN"), ("representing", "NOUN"), ("rights", "NOUN")]
    assert relation_participles(_tagged(words)).sentences[0].words[1].upos == "NOUN"
    assert "/rlp1" in pretag_key("The union representing nurses said so.")


def test_a_verb_quoted_alone_is_a_verb():
    # (session 51: 'said the EU "regrets" the outcome' with "regrets" a noun, the object of "said")
    words = [("EU", "PROPN"), ('"', "PUNCT"), ("regrets", "NOUN"), ('"', "PUNCT"), ("the", "DET"), ("outcome", "NOUN")]
    doc = quoted_verbs(_tagged(words))
    assert (doc.sentences[0].words[2].upos, doc.sentences[0].words[2].xpos) == ("VERB", "VBZ")
    # (a quoted noun before a verb stays: 'the "rules" were unfair')
    words = [("the", "DET"), ('"', "PUNCT"), ("rules", "NOUN"), ('"', "PUNCT"), ("were", "AUX"), ("unfair", "ADJ")]
    assert quoted_verbs(_tagged(words)).sentences[0].words[2].upos == "NOUN"
    assert "/qvb1" in pretag_key('the EU "regrets" the outcome') and "/qvb1" not in pretag_key("They went home.")


def test_a_title_read_as_a_verb_after_a_plural_name_is_a_noun():
    # (session 51: "Former All Blacks assistant coach Grant Mellor disagreed" with "assistant" a
    # present-tense verb, "Blacks" its subject: the speaker was "All Blacks")
    words = [("Blacks", "PROPN", "NNPS"), ("assistant", "VERB", "VBP"), ("coach", "NOUN", "NN"),
             ("Grant", "PROPN", "NNP"), ("Mellor", "PROPN", "NNP"), ("disagreed", "VERB", "VBD")]  # fmt: skip
    doc = titles_after_plural_names(_xtagged(words, " ".join(w for w, _, _ in words)))
    assert (doc.sentences[0].words[1].upos, doc.sentences[0].words[1].xpos) == ("NOUN", "NN")
    # (no role's ending: "The Lakers beat Golden State Warriors, ..." keeps its verb)
    words = [("Lakers", "PROPN", "NNPS"), ("beat", "VERB", "VBP"), ("Golden", "PROPN", "NNP"),
             ("State", "PROPN", "NNP"), ("Warriors", "PROPN", "NNPS"), (",", "PUNCT", ",")]  # fmt: skip
    lakers = titles_after_plural_names(_xtagged(words, " ".join(w for w, _, _ in words)))
    assert lakers.sentences[0].words[1].upos == "VERB"
    assert "/tpn1" in pretag_key("Its chair, Greens senator Tessa Marlow, says so.")


def test_initials_before_a_name_are_a_proper_noun():
    # (session 52: "W A Dharmasiri, who served as deputy governor until 2019, said ..." had "W" a
    # preposition and "A" an article of "Dharmasiri", the name an oblique: nothing was said)
    words = [("W", "ADP", "IN"), ("A", "DET", "DT"), ("Dharmasiri", "PROPN", "NNP"), (",", "PUNCT", ",")]
    doc = initials_names(_xtagged(words, "W A Dharmasiri ,"))
    assert [w.upos for w in doc.sentences[0].words[:3]] == ["PROPN", "PROPN", "PROPN"]
    # (one capital alone is an article or a pronoun: "A Senate panel", "I think")
    words = [("A", "DET", "DT"), ("Senate", "PROPN", "NNP"), ("panel", "NOUN", "NN"), ("said", "VERB", "VBD")]
    assert initials_names(_xtagged(words, "A Senate panel said")).sentences[0].words[0].upos == "DET"
    assert "/ini1" in pretag_key("W A Dharmasiri said so.")
    assert "/ini1" not in pretag_key("A Senate panel said so.")


def test_a_sports_body_named_for_its_sport_is_a_proper_noun():
    # (session 55: "Cycling Ireland said it would bid ..." had "Cycling" a verb and "Ireland" its
    # object: nothing spoke)
    words = [("Cycling", "VERB", "VBG"), ("Ireland", "PROPN", "NNP"), ("said", "VERB", "VBD"), ("it", "PRON", "PRP")]
    assert gerund_bodies(_xtagged(words, "Cycling Ireland said it")).sentences[0].words[0].upos == "PROPN"
    # (not a participle set off by a comma: "Speaking Tuesday, Roe said")
    words = [("Speaking", "VERB", "VBG"), ("Tuesday", "PROPN", "NNP"), (",", "PUNCT", ","), ("Roe", "PROPN", "NNP")]
    assert gerund_bodies(_xtagged(words, "Speaking Tuesday , Roe")).sentences[0].words[0].upos == "VERB"
    assert "/gbd1" in pretag_key("Rowing New Zealand says it will appeal.")
    assert "/gbd1" not in pretag_key("Speaking Tuesday, Roe said so.")


def test_an_irish_patronymic_is_part_of_the_name():
    # (session 55: "Sinn Féin TD Cian Ó Murchú said" had "Ó" a punctuation mark, so the speaker was
    # "Cian" with "Murchú" a role; "Ó Murchú said" had "Ó" a number)
    words = [("Cian", "PROPN", "NNP"), ("Ó", "PUNCT", "."), ("Murchú", "PROPN", "NNP"), ("said", "VERB", "VBD")]
    doc = irish_particles(_xtagged(words, "Cian Ó Murchú said"))
    assert [w.upos for w in doc.sentences[0].words] == ["PROPN", "PROPN", "PROPN", "VERB"]
    words = [("Ó", "NUM", "CD"), ("Murchú", "PROPN", "NNP"), ("said", "VERB", "VBD")]
    assert irish_particles(_xtagged(words, "Ó Murchú said")).sentences[0].words[0].upos == "PROPN"
    # (only before a capitalised word)
    words = [("Ní", "PROPN", "NNP"), ("hé", "PRON", "PRP")]
    assert irish_particles(_xtagged(words, "Ní hé")).sentences[0].words[1].upos == "PRON"
    assert "/irp1" in pretag_key("Aoife Ní Riada said so.")
    assert "/irp1" not in pretag_key("Oisín said so.")


def test_italian_and_german_particles_inside_a_name_are_proper_nouns():
    # (session 52: "La Gazzetta dello Sport reported" had "dello" a noun and "Sport" the speaker)
    doc = name_particles(_tagged([("Gazzetta", "PROPN"), ("dello", "NOUN"), ("Sport", "PROPN")]))
    assert [w.upos for w in doc.sentences[0].words] == ["PROPN", "PROPN", "PROPN"]
    assert "/ptc4" in pretag_key("La Gazzetta dello Sport reported it.")
    # (and German and Spanish ones: "Auto Motor und Sport reported" had "Auto Motor" the speaker)
    doc = name_particles(_tagged([("Motor", "PROPN"), ("und", "CCONJ"), ("Sport", "PROPN")]))
    assert [w.upos for w in doc.sentences[0].words] == ["PROPN", "PROPN", "PROPN"]


def test_an_offices_field_in_ing_is_a_proper_noun():
    # (session 56: "Minister for Housing Colm Breathnach will bring the Bill" had "Housing" a verb
    # with the name its object and "for" a subordinator: the title was lost)
    words = [("Minister", "NOUN", "NN"), ("for", "SCONJ", "IN"), ("Housing", "VERB", "VBG"), ("Colm", "PROPN", "NNP"),
             ("Breathnach", "PROPN", "NNP"), ("will", "AUX", "MD"), ("bring", "VERB", "VB")]  # fmt: skip
    doc = office_fields(_xtagged(words, "Minister for Housing Colm Breathnach will bring"))
    assert [w.upos for w in doc.sentences[0].words[:3]] == ["NOUN", "ADP", "PROPN"]
    # (not a verb after a lower-case word, nor in a headline in title case)
    words = [("plans", "NOUN", "NNS"), ("for", "ADP", "IN"), ("Building", "VERB", "VBG"), ("homes", "NOUN", "NNS")]
    assert office_fields(_xtagged(words, "plans for Building homes")).sentences[0].words[2].upos == "VERB"
    words = [("Beck", "PROPN", "NNP"), ("Blasts", "VERB", "VBZ"), ("Drudge", "PROPN", "NNP"), ("for", "ADP", "IN"),
             ("Mocking", "VERB", "VBG"), ("His", "PRON", "PRP$"), ("Fast", "NOUN", "NN")]  # fmt: skip
    assert (
        office_fields(_xtagged(words, "Beck Blasts Drudge for Mocking His Fast")).sentences[0].words[4].upos == "VERB"
    )
    assert "/off2" in pretag_key("The Department of Mining said so.")
    assert "/off2" not in pretag_key("The Department of Health said so.")


def test_a_hyphenated_given_name_with_a_lower_case_syllable_is_a_proper_noun():
    # (session 56: "Vice Health Minister Park Min-seok said" came out "Min-" and "seok" with "seok"
    # a verb, so the quote ran on into "Park Min" and "seok" said it; "Moon Jae-in" had "in" a
    # preposition)
    words = [("Park", "PROPN", "NNP"), ("Min-", "PROPN", "NNP"), ("seok", "VERB", "VBD"), ("said", "VERB", "VBD")]
    doc = hyphen_given_names(_xtagged(words, "Park Min-seok said"))
    assert [w.upos for w in doc.sentences[0].words] == ["PROPN", "PROPN", "PROPN", "VERB"]
    words = [("Moon", "PROPN", "NNP"), ("Jae", "PROPN", "NNP"), ("-", "PUNCT", "HYPH"), ("in", "ADP", "IN")]
    doc = hyphen_given_names(_xtagged(words, "Moon Jae-in"))
    assert [w.upos for w in doc.sentences[0].words] == ["PROPN", "PROPN", "PUNCT", "PROPN"]
    # (not a compound's last word, nor one of two syllables, nor after a lower-case word)
    for text in ("New York-born", "New York-based", "the Jae-in"):
        first, second = text.rsplit(" ", 1)
        head, tail = second.split("-")
        words = [(first, "PROPN" if first[0].isupper() else "DET", "NNP"), (head, "PROPN", "NNP"),
                 ("-", "PUNCT", "HYPH"), (tail, "VERB", "VBN")]  # fmt: skip
        assert hyphen_given_names(_xtagged(words, text)).sentences[0].words[3].upos == "VERB", text
    assert "/hgn2" in pretag_key("Taiwan President Lai Ching-te said so.")
    assert "/hgn2" not in pretag_key("Kwame Asante-Boateng said so.")
