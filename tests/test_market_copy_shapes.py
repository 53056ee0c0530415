"""Shapes from the fresh articles of session 44 (sets M to Q: markets, sport, science, courts,
politics abroad), each named by its test; docs/entities.md (rows marked session 44) gives the
module that reads each. Every test here failed on the code without its change (checked by
stashing the change when the test was added) unless it says it is a guard. No model needed: the
trees the shipped parser gave for these invented sentences; "##word" follows the word before
with no space (the tokenizer's own spacing)."""

from __future__ import annotations

from parse_helpers import FeatRow
from source_helpers import resolve
from test_wire_copy_shapes import _speaker

from provenance.sources.credits import is_byline

# The Competition and Markets Authority blocked Brightwell Group Plc's takeover of rival chain Greenhill Vets Ltd.
BLOCKED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Competition", "Competition", "PROPN", 5, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Markets", "Market", "PROPN", 4, "compound", "Number=Plur"),
    ("Authority", "Authority", "PROPN", 1, "conj", "Number=Sing"),
    ("blocked", "block", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Brightwell", "Brightwell", "PROPN", 10, "nmod:poss", "Number=Sing"),
    ("Group", "Group", "PROPN", 8, "compound", "Number=Sing"),
    ("Plc", "Plc", "PROPN", 10, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 8, "case", ""),
    ("takeover", "takeover", "NOUN", 5, "obj", "Number=Sing"),
    ("of", "of", "ADP", 13, "case", ""),
    ("rival", "rival", "ADJ", 13, "amod", "Degree=Pos"),
    ("chain", "chain", "NOUN", 10, "nmod", "Number=Sing"),
    ("Greenhill", "Greenhill", "PROPN", 16, "compound", "Number=Sing"),
    ("Vets", "Vets", "PROPN", 16, "compound", "Number=Plur"),
    ("Ltd", "Ltd", "PROPN", 13, "flat", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The Competition and Markets Authority said the deal would hurt competition.
AUTHORITY_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Competition", "Competition", "PROPN", 5, "nsubj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Markets", "Market", "PROPN", 4, "compound", "Number=Plur"),
    ("Authority", "Authority", "PROPN", 1, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 9, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 9, "aux", "VerbForm=Fin"),
    ("hurt", "hurt", "VERB", 5, "ccomp", "VerbForm=Inf"),
    ("competition", "competition", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# Brightwell shares fell 11% in London.
SHARES_FELL: list[FeatRow] = [
    ("Brightwell", "brightwell", "ADJ", 1, "amod", "Degree=Pos"),
    ("shares", "share", "NOUN", 2, "nsubj", "Number=Plur"),
    ("fell", "fall", "VERB", -1, "root", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("11", "11", "NUM", 4, "nummod", "NumForm=Digit|NumType=Card"),
    ("##%", "%", "SYM", 2, "obj", "Number=Sing"),
    ("in", "in", "ADP", 6, "case", ""),
    ("London", "London", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The company said it would appeal.
COMPANY_SAID: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 5, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("appeal", "appeal", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_company_is_the_business_named_last_by_its_first_word():
    # "Brightwell Group Plc's takeover of ... Greenhill Vets Ltd. ... Brightwell shares fell ...
    # The company said": the business the article named last, by its first word alone
    # (head_names.business_named_before; it had been Greenhill, named last in full)
    speaker = _speaker([[BLOCKED], [AUTHORITY_SAID], [SHARES_FELL], [COMPANY_SAID]], "it would appeal")
    assert speaker.name == "Brightwell Group Plc"


def test_the_company_is_never_an_authority():
    # "The Competition and Markets Authority said ... ¶ The company said": an authority is no
    # business (lexicon non_business_heads; it had been the authority)
    speaker = _speaker([[AUTHORITY_SAID], [COMPANY_SAID]], "it would appeal")
    assert speaker.name != "Competition and Markets Authority" and speaker.type == "organization"


# Within hours, Marlowe said it would match the reductions on comparable products in all of its 620 stores, while the German discounter Kaufpreis insisted it remained the cheapest supermarket in Britain.
PRICE_MATCH: list[FeatRow] = [
    ("Within", "within", "ADP", 1, "case", ""),
    ("hours", "hour", "NOUN", 4, "obl", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("Marlowe", "Marlowe", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 7, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 7, "aux", "VerbForm=Fin"),
    ("match", "match", "VERB", 4, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("reductions", "reduction", "NOUN", 7, "obj", "Number=Plur"),
    ("on", "on", "ADP", 12, "case", ""),
    ("comparable", "comparable", "ADJ", 12, "amod", "Degree=Pos"),
    ("products", "product", "NOUN", 9, "nmod", "Number=Plur"),
    ("in", "in", "ADP", 14, "case", ""),
    ("all", "all", "DET", 12, "nmod", "PronType=Tot"),
    ("of", "of", "ADP", 18, "case", ""),
    ("its", "its", "PRON", 18, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("620", "620", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("stores", "store", "NOUN", 14, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("while", "while", "SCONJ", 25, "mark", ""),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("German", "German", "ADJ", 23, "amod", "Degree=Pos"),
    ("discounter", "discounter", "NOUN", 24, "compound", "Number=Sing"),
    ("Kaufpreis", "Kaufpreis", "PROPN", 25, "nsubj", "Number=Sing"),
    ("insisted", "insist", "VERB", 7, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("it", "it", "PRON", 27, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("remained", "remain", "VERB", 25, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 30, "det", "Definite=Def|PronType=Art"),
    ("cheapest", "cheap", "ADJ", 30, "amod", "Degree=Sup"),
    ("supermarket", "supermarket", "NOUN", 27, "obj", "Number=Sing"),
    ("in", "in", "ADP", 32, "case", ""),
    ("Britain", "Britain", "PROPN", 30, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_a_speech_set_against_the_first_by_while_is_not_more_of_it():
    # ", while the German discounter Kaufpreis insisted ..." inside what Marlowe said: another
    # speaker's statement (extent._set_against; it had been part of Marlowe's)
    quotes = {q.text: q.speaker for q in resolve([[PRICE_MATCH]]).quotes}
    assert set(quotes) == {
        "it would match the reductions on comparable products in all of its 620 stores",
        "it remained the cheapest supermarket in Britain",
    }


def test_a_discounter_named_by_its_kind_is_a_body():
    # "the German discounter Kaufpreis insisted": a kind of business (body_nouns, company_kinds;
    # Kaufpreis had been a person with the role "German discounter")
    speaker = _speaker([[PRICE_MATCH]], "it remained the cheapest supermarket in Britain")
    assert speaker.name == "Kaufpreis" and speaker.type == "organization"


# Penfold’s said it had not asked any supplier to fund the latest reductions.
PENFOLDS: list[FeatRow] = [
    ("Penfold", "Penfold", "PROPN", 2, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 0, "case", ""),
    ("said", "say", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("it", "it", "PRON", 6, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "AUX", 6, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("asked", "ask", "VERB", 2, "ccomp", "Tense=Past|VerbForm=Part"),
    ("any", "any", "DET", 8, "det", "PronType=Ind"),
    ("supplier", "supplier", "NOUN", 6, "obj", "Number=Sing"),
    ("to", "to", "PART", 10, "mark", ""),
    ("fund", "fund", "VERB", 6, "advcl", "VerbForm=Inf"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("latest", "late", "ADJ", 13, "amod", "Degree=Sup"),
    ("reductions", "reduction", "NOUN", 10, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_a_business_named_in_its_possessive_form_speaks():
    # "Penfold's said ..." as nmod:poss(said, Penfold): the name is the subject, "Penfold's" the
    # business (body_names.possessive_name_read_as_owner, mentions._possessive_form,
    # table.is_org_name; it had no speaker at all)
    speaker = _speaker([[PENFOLDS]], "it had not asked any supplier to fund the latest reductions")
    assert speaker.name == "Penfold\u2019s" and speaker.type == "organization"


# Hartley accepted the charge, the ICC said on Tuesday.
ICC_SAID: list[FeatRow] = [
    ("Hartley", "Hartley", "PROPN", 1, "nsubj", "Number=Sing"),
    ("accepted", "accept", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("charge", "charge", "NOUN", 1, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("ICC", "icc", "PROPN", 7, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 1, "parataxis", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 9, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# The governing body said television footage showed the bowler "running his thumbnail" across the ball.
GOVERNING_BODY: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("governing", "governing", "NOUN", 2, "compound", "Number=Sing"),
    ("body", "body", "NOUN", 3, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("television", "television", "NOUN", 5, "compound", "Number=Sing"),
    ("footage", "footage", "NOUN", 6, "nsubj", "Number=Sing"),
    ("showed", "show", "VERB", 3, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("bowler", "bowler", "NOUN", 6, "obj", "Number=Sing"),
    ('"', '"', "PUNCT", 10, "punct", ""),
    ("##running", "run", "VERB", 6, "advcl", "VerbForm=Ger"),
    ("his", "his", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("thumbnail", "thumbnail", "NOUN", 10, "obj", "Number=Sing"),
    ('##"', '"', "PUNCT", 12, "punct", ""),
    ("across", "across", "ADP", 16, "case", ""),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("ball", "ball", "NOUN", 10, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# World Rugby said in a statement that player welfare remained its priority.
WORLD_RUGBY: list[FeatRow] = [
    ("World", "World", "PROPN", 1, "compound", "Number=Sing"),
    ("Rugby", "Rugby", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "PRON", 9, "obj", "PronType=Rel"),
    ("player", "player", "NOUN", 8, "compound", "Number=Sing"),
    ("welfare", "welfare", "NOUN", 9, "nsubj", "Number=Sing"),
    ("remained", "remain", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("its", "its", "PRON", 11, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("priority", "priority", "NOUN", 9, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_the_governing_body_is_the_body_that_spoke_before():
    # "the ICC said ... ¶ The governing body said": a bare description of the body named
    # (described_bodies.bare_or_placed; organization_words "body"; it had been an anonymous person)
    speaker = _speaker(
        [[ICC_SAID], [GOVERNING_BODY]], 'television footage showed the bowler "running his thumbnail" across the ball'
    )
    assert speaker.name == "ICC" and speaker.type == "organization"


def test_a_name_opened_by_world_is_a_body():
    # "World Rugby said" (organization_words "world"; it had been a person)
    speaker = _speaker([[WORLD_RUGBY]], "that player welfare remained its priority")
    assert speaker.name == "World Rugby" and speaker.type == "organization"


# Spain's Marta Vidal has been provisionally suspended after testing positive for a banned substance, the International Tennis Integrity Agency (ITIA) has announced.
ITIA: list[FeatRow] = [
    ("Spain", "Spain", "PROPN", 3, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 0, "case", ""),
    ("Marta", "Marta", "PROPN", 3, "compound", "Number=Sing"),
    ("Vidal", "Vidal", "PROPN", 7, "nsubj:pass", "Number=Sing"),
    ("has", "have", "AUX", 7, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 7, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("provisionally", "provisionally", "ADV", 7, "advmod", ""),
    ("suspended", "suspend", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("after", "after", "SCONJ", 9, "mark", ""),
    ("testing", "test", "VERB", 7, "advcl", "Tense=Pres|VerbForm=Part"),
    ("positive", "positive", "ADJ", 9, "xcomp", "Degree=Pos"),
    ("for", "for", "ADP", 14, "case", ""),
    ("a", "a", "DET", 14, "det", "Definite=Ind|PronType=Art"),
    ("banned", "ban", "VERB", 14, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("substance", "substance", "NOUN", 9, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("International", "International", "ADJ", 20, "amod", "Degree=Pos"),
    ("Tennis", "Tennis", "PROPN", 20, "compound", "Number=Sing"),
    ("Integrity", "Integrity", "PROPN", 20, "compound", "Number=Sing"),
    ("Agency", "Agency", "PROPN", 14, "appos", "Number=Sing"),
    ("(", "(", "PUNCT", 22, "punct", ""),
    ("##ITIA", "ITIA", "PROPN", 20, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 22, "punct", ""),
    ("has", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("announced", "announce", "VERB", 7, "conj", "Tense=Past|VerbForm=Part"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# Avalon Racing have sacked team principal Marcus Brandt with immediate effect.
AVALON_SACKED: list[FeatRow] = [
    ("Avalon", "Avalon", "PROPN", 1, "compound", "Number=Sing"),
    ("Racing", "Racing", "PROPN", 3, "nsubj", "Number=Sing"),
    ("have", "have", "AUX", 3, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("sacked", "sack", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("team", "team", "NOUN", 3, "obj", "Number=Sing"),
    ("principal", "principal", "ADJ", 7, "amod", "Degree=Pos"),
    ("Marcus", "Marcus", "PROPN", 7, "compound", "Number=Sing"),
    ("Brandt", "Brandt", "PROPN", 3, "obj", "Number=Sing"),
    ("with", "with", "ADP", 10, "case", ""),
    ("immediate", "immediate", "ADJ", 10, "amod", "Degree=Pos"),
    ("effect", "effect", "NOUN", 3, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# The Silverstone-based team confirmed on Tuesday that Brandt had left his role.
TEAM_CONFIRMED: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Silverstone", "Silverstone", "PROPN", 4, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##based", "based", "ADJ", 4, "amod", "Degree=Pos"),
    ("team", "team", "NOUN", 5, "nsubj", "Number=Sing"),
    ("confirmed", "confirm", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Pass"),
    ("on", "on", "ADP", 7, "case", ""),
    ("Tuesday", "Tuesday", "PROPN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("Brandt", "Brandt", "PROPN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("left", "leave", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part"),
    ("his", "his", "PRON", 13, "nmod:poss", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("role", "role", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_a_closing_cue_with_an_auxiliary_after_a_bracketed_acronym_has_its_speaker():
    # "..., the International Tennis Integrity Agency (ITIA) has announced." with the agency an
    # apposition inside the report and "announced" a conjunct with no subject: the auxiliary
    # "has" is part of the verb (trailing_speaker._verb_start; it had no quote at all)
    speaker = _speaker([[ITIA]], resolve([[ITIA]]).quotes[0].text)
    assert speaker.name == "International Tennis Integrity Agency" and speaker.type == "organization"


def test_a_name_ending_in_racing_is_a_body_a_placed_team_refers_to():
    # "Avalon Racing have sacked ... ¶ The Silverstone-based team confirmed" (organization_words
    # "racing"; the team had been a description of nobody)
    speaker = _speaker([[AVALON_SACKED], [TEAM_CONFIRMED]], "that Brandt had left his role")
    assert speaker.name == "Avalon Racing" and speaker.type == "organization"


# The world is heading for close to 3 degrees Celsius (5.4 degrees Fahrenheit) of warming this century because countries are falling far short of their promises to cut heat-trapping pollution, a United Nations report released Thursday warned.
UN_REPORT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("world", "world", "NOUN", 3, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 3, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("heading", "head", "VERB", -1, "root", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 5, "case", ""),
    ("close", "close", "ADJ", 3, "obl", "Degree=Pos"),
    ("to", "to", "ADP", 9, "case", ""),
    ("3", "3", "NUM", 8, "nummod", "NumForm=Digit|NumType=Card"),
    ("degrees", "degree", "NOUN", 9, "compound", "Number=Plur"),
    ("Celsius", "Celsius", "PROPN", 3, "obl", "Number=Sing"),
    ("(", "(", "PUNCT", 13, "punct", ""),
    ("##5.4", "5.4", "NUM", 12, "nummod", "NumForm=Digit|NumType=Card"),
    ("degrees", "degree", "NOUN", 13, "compound", "Number=Plur"),
    ("Fahrenheit", "Fahrenheit", "PROPN", 9, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 13, "punct", ""),
    ("of", "of", "SCONJ", 16, "mark", ""),
    ("warming", "warm", "VERB", 3, "advcl", "Tense=Pres|VerbForm=Part"),
    ("this", "this", "DET", 18, "det", "Number=Sing|PronType=Dem"),
    ("century", "century", "NOUN", 16, "obj", "Number=Sing"),
    ("because", "because", "SCONJ", 22, "mark", ""),
    ("countries", "country", "NOUN", 22, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 22, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("falling", "fall", "VERB", 16, "advcl", "Tense=Pres|VerbForm=Part"),
    ("far", "far", "ADV", 24, "advmod", "Degree=Pos"),
    ("short", "short", "ADJ", 22, "xcomp", "Degree=Pos"),
    ("of", "of", "ADP", 27, "case", ""),
    ("their", "their", "PRON", 27, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("promises", "promise", "NOUN", 24, "obl", "Number=Plur"),
    ("to", "to", "PART", 29, "mark", ""),
    ("cut", "cut", "VERB", 24, "advcl", "VerbForm=Inf"),
    ("heat", "heat", "NOUN", 32, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 30, "punct", ""),
    ("##trapping", "trapping", "NOUN", 33, "compound", "Number=Sing"),
    ("pollution", "pollution", "NOUN", 29, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 38, "punct", ""),
    ("a", "a", "DET", 38, "det", "Definite=Ind|PronType=Art"),
    ("United", "United", "ADJ", 38, "amod", "Degree=Pos"),
    ("Nations", "Nation", "PROPN", 38, "compound", "Number=Plur"),
    ("report", "report", "NOUN", 33, "appos", "Number=Sing"),
    ("released", "release", "VERB", 38, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("Thursday", "Thursday", "PROPN", 41, "nsubj", "Number=Sing"),
    ("warned", "warn", "VERB", 39, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]
# An experimental Alzheimer's disease treatment from Verantis Therapeutics failed to slow cognitive decline in a large Phase 3 trial, the Boston-based biotech said Tuesday, a setback for a company that had staked nearly its entire pipeline on the drug.
BIOTECH: list[FeatRow] = [
    ("An", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("experimental", "experimental", "ADJ", 2, "amod", "Degree=Pos"),
    ("Alzheimer", "Alzheimer", "PROPN", 5, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 2, "case", ""),
    ("disease", "disease", "NOUN", 5, "compound", "Number=Sing"),
    ("treatment", "treatment", "NOUN", 9, "nsubj", "Number=Sing"),
    ("from", "from", "ADP", 8, "case", ""),
    ("Verantis", "Verantis", "PROPN", 8, "compound", "Number=Sing"),
    ("Therapeutics", "Therapeutics", "PROPN", 5, "nmod", "Number=Plur"),
    ("failed", "fail", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 11, "mark", ""),
    ("slow", "slow", "VERB", 9, "xcomp", "VerbForm=Inf"),
    ("cognitive", "cognitive", "ADJ", 13, "amod", "Degree=Pos"),
    ("decline", "decline", "NOUN", 11, "obj", "Number=Sing"),
    ("in", "in", "ADP", 19, "case", ""),
    ("a", "a", "DET", 19, "det", "Definite=Ind|PronType=Art"),
    ("large", "large", "ADJ", 19, "amod", "Degree=Pos"),
    ("Phase", "Phase", "PROPN", 19, "compound", "Number=Sing"),
    ("3", "3", "NUM", 19, "nummod", "NumForm=Digit|NumType=Card"),
    ("trial", "trial", "NOUN", 11, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 26, "punct", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("Boston", "Boston", "PROPN", 24, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 22, "punct", ""),
    ("##based", "based", "ADJ", 25, "amod", "Degree=Pos"),
    ("biotech", "biotech", "NOUN", 26, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", 9, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Tuesday", "Tuesday", "PROPN", 26, "iobj", "Number=Sing"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("a", "a", "DET", 30, "det", "Definite=Ind|PronType=Art"),
    ("setback", "setback", "NOUN", 26, "nsubj", "Number=Sing"),
    ("for", "for", "ADP", 33, "case", ""),
    ("a", "a", "DET", 33, "det", "Definite=Ind|PronType=Art"),
    ("company", "company", "NOUN", 30, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 36, "nsubj", "PronType=Rel"),
    ("had", "have", "AUX", 36, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("staked", "stake", "VERB", 33, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("nearly", "nearly", "ADV", 40, "advmod", ""),
    ("its", "its", "PRON", 40, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("entire", "entire", "ADJ", 40, "amod", "Degree=Pos"),
    ("pipeline", "pipeline", "NOUN", 36, "obj", "Number=Sing"),
    ("on", "on", "ADP", 43, "case", ""),
    ("the", "the", "DET", 43, "det", "Definite=Def|PronType=Art"),
    ("drug", "drug", "NOUN", 40, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Its two lead authors, Kwame Boateng of the University of Ghana and Ilse Brandt of the Potsdam Institute for Climate Impact Research, said the numbers leave little room for optimism.
LEAD_AUTHORS: list[FeatRow] = [
    ("Its", "its", "PRON", 3, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("two", "two", "NUM", 3, "nummod", "NumForm=Word|NumType=Card"),
    ("lead", "lead", "NOUN", 3, "compound", "Number=Sing"),
    ("authors", "author", "NOUN", 24, "nsubj", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("Kwame", "Kwame", "PROPN", 6, "compound", "Number=Sing"),
    ("Boateng", "Boateng", "PROPN", 3, "appos", "Number=Sing"),
    ("of", "of", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("University", "University", "PROPN", 6, "nmod", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("Ghana", "Ghana", "PROPN", 9, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 13, "cc", ""),
    ("Ilse", "Ilse", "PROPN", 11, "conj", "Number=Sing"),
    ("Brandt", "Brandt", "PROPN", 11, "conj", "Number=Sing"),
    ("of", "of", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("Potsdam", "Potsdam", "PROPN", 18, "compound", "Number=Sing"),
    ("Institute", "Institute", "PROPN", 14, "nmod", "Number=Sing"),
    ("for", "for", "ADP", 22, "case", ""),
    ("Climate", "Climate", "PROPN", 22, "compound", "Number=Sing"),
    ("Impact", "Impact", "PROPN", 22, "compound", "Number=Sing"),
    ("Research", "Research", "PROPN", 18, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("numbers", "number", "NOUN", 27, "nsubj", "Number=Plur"),
    ("leave", "leave", "VERB", 24, "ccomp", "Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("little", "little", "ADJ", 29, "amod", "Degree=Pos"),
    ("room", "room", "NOUN", 27, "obj", "Number=Sing"),
    ("for", "for", "ADP", 31, "case", ""),
    ("optimism", "optimism", "NOUN", 27, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 24, "punct", ""),
]


def test_a_report_released_on_a_day_is_the_subject_of_the_cue_after_the_day():
    # "..., a United Nations report released Thursday warned." with "Thursday" the subject of
    # "warned" (trailing_speaker.time_read_as_cue_subject; the quote had been "Thursday warned")
    (q,) = resolve([[UN_REPORT]]).quotes
    assert q.text.startswith("The world is heading for close to 3 degrees") and q.speaker is not None
    assert q.speaker.name == "United Nations"


def test_a_biotech_is_the_company_named_in_its_sentence():
    # "... from Verantis Therapeutics failed ..., the Boston-based biotech said Tuesday"
    # (company_kinds, body_nouns "biotech"; it had been a description of nobody)
    (q,) = resolve([[BIOTECH]]).quotes
    assert q.speaker is not None and q.speaker.name == "Verantis Therapeutics"


def test_two_authors_named_with_their_bodies_both_speak():
    # "Its two lead authors, Kwame Boateng of the University of Ghana and Ilse Brandt of the
    # Potsdam Institute ..., said": both are speakers, and "University of Ghana and Ilse Brandt" is
    # no one body's name (coordinated_names._one_name, members.apposed_members)
    (q,) = resolve([[LEAD_AUTHORS]]).quotes
    assert q.speaker is not None and q.speaker.name == "Kwame Boateng" and len(q.speaker.entities) == 2
    assert "Brandt" not in (q.speaker.role or "")


# The Centers for Disease Control and Prevention said the risk to the general public remained low.
RISK_REMAINED: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Centers", "Center", "PROPN", 7, "nsubj", "Number=Plur"),
    ("for", "for", "ADP", 4, "case", ""),
    ("Disease", "Disease", "PROPN", 4, "compound", "Number=Sing"),
    ("Control", "Control", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("Prevention", "Prevention", "PROPN", 4, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("risk", "risk", "NOUN", 7, "obj", "Number=Sing"),
    ("to", "to", "ADP", 15, "case", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("general", "general", "ADJ", 15, "amod", "Degree=Pos"),
    ("public", "public", "ADJ", 15, "amod", "Degree=Pos"),
    ("remained", "remain", "VERB", 15, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("low", "low", "ADJ", 7, "obl", "Degree=Pos"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# She said workers who could not afford to stop work accounted for most admissions.
WORKERS_ACCOUNTED: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("workers", "worker", "NOUN", 1, "iobj", "Number=Plur"),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("could", "could", "AUX", 6, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("afford", "afford", "VERB", 2, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 8, "mark", ""),
    ("stop", "stop", "VERB", 6, "xcomp", "VerbForm=Inf"),
    ("work", "work", "NOUN", 8, "obj", "Number=Sing"),
    ("accounted", "account", "VERB", 8, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 13, "case", ""),
    ("most", "most", "ADJ", 13, "amod", "Degree=Sup"),
    ("admissions", "admission", "NOUN", 10, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# He said farmers who refused to sell their land were threatened by the company.
FARMERS_THREATENED: list[FeatRow] = [
    ("He", "he", "PRON", 1, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("farmers", "farmer", "NOUN", 1, "iobj", "Number=Plur"),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("refused", "refuse", "VERB", 2, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 6, "mark", ""),
    ("sell", "sell", "VERB", 4, "xcomp", "VerbForm=Inf"),
    ("their", "their", "PRON", 8, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("land", "land", "NOUN", 10, "nsubj:pass", "Number=Sing"),
    ("were", "be", "AUX", 10, "aux:pass", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("threatened", "threaten", "VERB", 2, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("by", "by", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 10, "obl:agent", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# She added that daily-wage workers who could not afford to stop work during the afternoon hours accounted for a disproportionate share of kidney-related admissions.
ADDED_WORKERS: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("added", "add", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 10, "mark", ""),
    ("daily", "daily", "ADJ", 5, "amod", "Degree=Pos"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##wage", "wage", "NOUN", 6, "compound", "Number=Sing"),
    ("workers", "worker", "NOUN", 1, "ccomp", "Number=Plur"),
    ("who", "who", "PRON", 10, "nsubj", "PronType=Rel"),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("not", "not", "PART", 10, "advmod", "Polarity=Neg"),
    ("afford", "afford", "VERB", 6, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 12, "mark", ""),
    ("stop", "stop", "VERB", 10, "xcomp", "VerbForm=Inf"),
    ("work", "work", "NOUN", 12, "obj", "Number=Sing"),
    ("during", "during", "ADP", 17, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("afternoon", "afternoon", "NOUN", 17, "compound", "Number=Sing"),
    ("hours", "hour", "NOUN", 12, "obl", "Number=Plur"),
    ("accounted", "account", "VERB", 12, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 22, "case", ""),
    ("a", "a", "DET", 22, "det", "Definite=Ind|PronType=Art"),
    ("disproportionate", "disproportionate", "ADJ", 22, "amod", "Degree=Pos"),
    ("share", "share", "NOUN", 18, "obl", "Number=Sing"),
    ("of", "of", "ADP", 27, "case", ""),
    ("kidney", "kidney", "NOUN", 26, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 24, "punct", ""),
    ("##related", "relate", "VERB", 27, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("admissions", "admission", "NOUN", 22, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_past_after_the_objects_phrase_is_the_reported_verb():
    # "said the risk to the general public remained low" with "remained" an adjective of "low"
    # (object_subjects._past_after_phrase; it had no quote at all)
    (q,) = resolve([[RISK_REMAINED]]).quotes
    assert q.text == "the risk to the general public remained low"


def test_an_object_with_a_relative_clause_is_the_subject_of_the_verb_after_it():
    # "said workers who could not afford ... accounted for ...", "said farmers who refused to sell
    # their land were threatened ...", "added that daily-wage workers who ... accounted for ...":
    # the verb after the relative clause is the reported one (relative_roots.
    # object_with_relative_as_subject; none had a quote)
    assert [q.text for q in resolve([[WORKERS_ACCOUNTED]]).quotes] == [
        "workers who could not afford to stop work accounted for most admissions"
    ]
    assert [q.text for q in resolve([[FARMERS_THREATENED]]).quotes] == [
        "farmers who refused to sell their land were threatened by the company"
    ]
    (q,) = resolve([[ADDED_WORKERS]]).quotes
    assert q.text.startswith("that daily-wage workers who") and q.text.endswith("kidney-related admissions")


# Opposing the plea, Additional Solicitor General Vikram Sethi, appearing for the NIA, argued that Pillai was an "influential" figure in the region who could intimidate protected witnesses if released.
SETHI_ARGUED: list[FeatRow] = [
    ("Opposing", "oppose", "VERB", 15, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("plea", "plea", "NOUN", 0, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Additional", "additional", "ADJ", 8, "amod", "Degree=Pos"),
    ("Solicitor", "Solicitor", "PROPN", 8, "compound", "Number=Sing"),
    ("General", "General", "PROPN", 8, "compound", "Number=Sing"),
    ("Vikram", "Vikram", "PROPN", 8, "compound", "Number=Sing"),
    ("Sethi", "Sethi", "PROPN", 2, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("appearing", "appear", "VERB", 15, "advcl", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 13, "case", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("NIA", "NIA", "PROPN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("argued", "argue", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("Pillai", "Pillai", "PROPN", 23, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 23, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("an", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ('"', '"', "PUNCT", 23, "punct", ""),
    ("##influential", "influential", "ADJ", 23, "amod", "Degree=Pos"),
    ('##"', '"', "PUNCT", 23, "punct", ""),
    ("figure", "figure", "NOUN", 15, "ccomp", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("region", "region", "NOUN", 23, "nmod", "Number=Sing"),
    ("who", "who", "PRON", 29, "nsubj", "PronType=Rel"),
    ("could", "could", "AUX", 29, "aux", "VerbForm=Fin"),
    ("intimidate", "intimidate", "VERB", 26, "acl:relcl", "VerbForm=Inf"),
    ("protected", "protect", "VERB", 31, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("witnesses", "witness", "NOUN", 29, "obj", "Number=Plur"),
    ("if", "if", "SCONJ", 33, "mark", ""),
    ("released", "release", "VERB", 29, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# Senior Advocate Meera Krishnan, appearing for Pillai, submitted that her client had no criminal antecedents and had cooperated with the investigation throughout.
KRISHNAN_SUBMITTED: list[FeatRow] = [
    ("Senior", "senior", "ADJ", 3, "amod", "Degree=Pos"),
    ("Advocate", "Advocate", "PROPN", 3, "compound", "Number=Sing"),
    ("Meera", "Meera", "PROPN", 3, "compound", "Number=Sing"),
    ("Krishnan", "Krishnan", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("appearing", "appear", "VERB", 3, "acl", "Tense=Pres|VerbForm=Part"),
    ("for", "for", "ADP", 7, "case", ""),
    ("Pillai", "Pillai", "PROPN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("submitted", "submit", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("her", "her", "PRON", 12, "nmod:poss", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("client", "client", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 9, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 16, "det", "PronType=Neg"),
    ("criminal", "criminal", "ADJ", 16, "amod", "Degree=Pos"),
    ("antecedents", "antecedent", "NOUN", 13, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("had", "have", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("cooperated", "cooperate", "VERB", 13, "conj", "Tense=Past|VerbForm=Part"),
    ("with", "with", "ADP", 22, "case", ""),
    ("the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("investigation", "investigation", "NOUN", 19, "obl", "Number=Sing"),
    ("throughout", "throughout", "ADP", 22, "case", ""),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# Mrs Sadiq said the children, aged four, nine and 12, still asked every night when their father was coming home.
CHILDREN_AGED: list[FeatRow] = [
    ("Mrs", "Mrs", "PROPN", 1, "compound", "Number=Sing"),
    ("Sadiq", "Sadiq", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("children", "child", "NOUN", 2, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("aged", "age", "VERB", 2, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("four", "four", "NUM", 6, "obj", "NumForm=Word|NumType=Card"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("nine", "nine", "NUM", 7, "conj", "NumForm=Word|NumType=Card"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("12", "12", "NUM", 9, "conj", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("still", "still", "ADV", 14, "advmod", ""),
    ("asked", "ask", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("every", "every", "DET", 16, "det", "PronType=Ind"),
    ("night", "night", "NOUN", 14, "obj", "Number=Sing"),
    ("when", "when", "ADV", 21, "advmod", "PronType=Int"),
    ("their", "their", "PRON", 19, "nmod:poss", "Case=Gen|Number=Plur|Person=3|Poss=Yes|PronType=Prs"),
    ("father", "father", "NOUN", 21, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 21, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("coming", "come", "VERB", 14, "advcl", "Tense=Pres|VerbForm=Part"),
    ("home", "home", "ADV", 21, "advmod", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# The Hartford Courant first reported last year that a federal grand jury had subpoenaed records from the city's Department of Public Works.
COURANT_FIRST: list[FeatRow] = [
    ("The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("Hartford", "Hartford", "PROPN", 2, "compound", "Number=Sing"),
    ("Courant", "Courant", "PROPN", 3, "compound", "Number=Sing"),
    ("first", "first", "ADJ", 4, "nsubj", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("reported", "report", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("last", "last", "ADJ", 6, "amod", "Degree=Pos"),
    ("year", "year", "NOUN", 4, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("a", "a", "DET", 11, "det", "Definite=Ind|PronType=Art"),
    ("federal", "federal", "ADJ", 11, "amod", "Degree=Pos"),
    ("grand", "grand", "ADJ", 11, "amod", "Degree=Pos"),
    ("jury", "jury", "NOUN", 13, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("subpoenaed", "subpoena", "VERB", 6, "acl", "Tense=Past|VerbForm=Part"),
    ("records", "record", "NOUN", 13, "obj", "Number=Plur"),
    ("from", "from", "ADP", 19, "case", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 19, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 17, "case", ""),
    ("Department", "department", "NOUN", 13, "obl", "Number=Sing"),
    ("of", "of", "ADP", 22, "case", ""),
    ("Public", "Public", "ADJ", 22, "amod", "Degree=Pos"),
    ("Works", "Works", "PROPN", 19, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# On Thursday, the president of the City Council, Aisha Rowe, and the council's minority leader, Peter Lindqvist, said in a joint statement that Mr. Kessler should "step aside immediately" so the city could function.
COUNCIL_PAIR: list[FeatRow] = [
    ("On", "on", "ADP", 1, "case", ""),
    ("Thursday", "Thursday", "PROPN", 23, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("president", "president", "NOUN", 23, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("City", "City", "PROPN", 8, "compound", "Number=Sing"),
    ("Council", "Council", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("Aisha", "Aisha", "PROPN", 8, "conj", "Number=Sing"),
    ("Rowe", "Rowe", "PROPN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("the", "the", "DET", 15, "det", "Definite=Def|PronType=Art"),
    ("council", "council", "NOUN", 18, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 15, "case", ""),
    ("minority", "minority", "NOUN", 18, "compound", "Number=Sing"),
    ("leader", "leader", "NOUN", 8, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("Peter", "Peter", "PROPN", 21, "compound", "Number=Sing"),
    ("Lindqvist", "Lindqvist", "PROPN", 18, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 27, "case", ""),
    ("a", "a", "DET", 27, "det", "Definite=Ind|PronType=Art"),
    ("joint", "joint", "ADJ", 27, "amod", "Degree=Pos"),
    ("statement", "statement", "NOUN", 23, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 33, "mark", ""),
    ("Mr.", "Mr.", "PROPN", 30, "compound", "Number=Sing"),
    ("Kessler", "Kessler", "PROPN", 33, "nsubj", "Number=Sing"),
    ("should", "should", "AUX", 33, "aux", "VerbForm=Fin"),
    ('"', '"', "PUNCT", 33, "punct", ""),
    ("##step", "step", "VERB", 23, "ccomp", "VerbForm=Inf"),
    ("aside", "aside", "ADV", 33, "advmod", ""),
    ("immediately", "immediately", "ADV", 33, "advmod", ""),
    ('##"', '"', "PUNCT", 41, "punct", ""),
    ("so", "so", "ADV", 41, "advmod", ""),
    ("the", "the", "DET", 39, "det", "Definite=Def|PronType=Art"),
    ("city", "city", "NOUN", 41, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 41, "aux", "VerbForm=Fin"),
    ("function", "function", "VERB", 33, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]
# Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton.
TRUMP_TWEETING: list[FeatRow] = [
    ("Republicans", "Republican", "NOUN", 2, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 2, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("quick", "quick", "ADJ", -1, "root", "Degree=Pos"),
    ("to", "to", "PART", 4, "mark", ""),
    ("chime", "chime", "VERB", 2, "xcomp", "VerbForm=Inf"),
    ("in", "in", "ADP", 4, "obl", ""),
    ("##,", ",", "PUNCT", 10, "punct", ""),
    ("with", "with", "ADP", 9, "case", ""),
    ("Donald", "Donald", "PROPN", 10, "nsubj", "Number=Sing"),
    ("Trump", "Trump", "PROPN", 10, "nsubj", "Number=Sing"),
    ("tweeting", "tweet", "VERB", 2, "advcl", "Tense=Pres|VerbForm=Part"),
    ("that", "that", "SCONJ", 16, "mark", ""),
    ("it", "it", "PRON", 16, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 16, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##disaster", "disaster", "NOUN", 10, "ccomp", "Number=Sing"),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("for", "for", "ADP", 19, "case", ""),
    ("Clinton", "Clinton", "PROPN", 16, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# While not all of the letters he wrote to the board have been released, what has been made public suggests that most were "routine" approvals.
LETTERS_RELEASED: list[FeatRow] = [
    ("While", "while", "SCONJ", 5, "mark", ""),
    ("not", "not", "PART", 2, "advmod", "Polarity=Neg"),
    ("all", "all", "DET", 13, "nsubj:pass", "PronType=Tot"),
    ("of", "of", "ADP", 5, "case", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("letters", "letter", "NOUN", 2, "nmod", "Number=Plur"),
    ("he", "he", "PRON", 7, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("wrote", "write", "VERB", 5, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("board", "board", "NOUN", 7, "obl", "Number=Sing"),
    ("have", "have", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 13, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("released", "release", "VERB", -1, "root", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##,", ",", "PUNCT", 18, "punct", ""),
    ("what", "what", "PRON", 18, "nsubj:pass", "PronType=Rel"),
    ("has", "have", "AUX", 18, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 18, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("made", "make", "VERB", 13, "conj", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("public", "public", "ADJ", 20, "amod", "Degree=Pos"),
    ("suggests", "suggest", "NOUN", 18, "obj", "Number=Plur"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("most", "most", "ADV", 27, "advmod", "Degree=Sup"),
    ("were", "be", "AUX", 27, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 25, "punct", ""),
    ("##routine", "routine", "NOUN", 27, "compound", "Number=Sing"),
    ('##"', '"', "PUNCT", 25, "punct", ""),
    ("approvals", "approval", "NOUN", 18, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_name_set_off_after_an_openers_object_is_the_speaker():
    # "Opposing the plea, Additional Solicitor General Vikram Sethi, appearing for the NIA, argued
    # that ..." with the name a conjunct of "plea" (participle_subjects.opener_object_read_as_subject;
    # the speaker had been "figure", from inside the report)
    (q,) = resolve([[SETHI_ARGUED]]).quotes
    assert q.speaker is not None and q.speaker.name == "Vikram Sethi"


def test_counsel_submitting_that_reports():
    # "Senior Advocate Meera Krishnan, appearing for Pillai, submitted that ..." (speech_verbs
    # "submit"; no quote before)
    (q,) = resolve([[KRISHNAN_SUBMITTED]]).quotes
    assert q.text.startswith("that her client had no criminal antecedents") and q.speaker is not None
    # ("Advocate" is no post: "The Northern Advocate reported" is a newspaper)
    assert q.speaker.name.endswith("Meera Krishnan") and q.speaker.type == "person"


def test_an_age_set_off_after_the_object_is_no_report():
    # "said the children, aged four, nine and 12, still asked every night ...": "aged" is an aside
    # (that_clauses.age_aside; the quote had been "the children, aged four, nine and 12")
    (q,) = resolve([[CHILDREN_AGED]]).quotes
    assert q.text.startswith("the children, aged four, nine and 12, still asked every night")


def test_a_sequence_word_after_a_name_is_no_subject():
    # "The Hartford Courant first reported ..." with "first" the subject (openers.
    # sequence_word_heading_subject; the speaker had been "The Hartford Courant first", unresolved)
    (q,) = resolve([[COURANT_FIRST]]).quotes
    assert q.speaker is not None and q.speaker.name == "Hartford Courant" and q.speaker.type == "organization"


def test_two_offices_each_named_after_a_place_both_speak():
    # "the president of the City Council, Aisha Rowe, and the council's minority leader, Peter
    # Lindqvist, said" with the name and the second office conjuncts of "Council"
    # (office_names.offices_coordinated_in_place; the speaker had been the president, anonymous)
    (q,) = resolve([[COUNCIL_PAIR]]).quotes
    assert q.speaker is not None and q.speaker.name == "Aisha Rowe" and len(q.speaker.entities) == 2


def test_a_that_frame_takes_the_cue_nearest_the_that():
    # "While not all of the letters he wrote ... have been released, what has been made public
    # suggests that most were "routine" approvals.": the first speech verb in the sentence is not
    # the one whose "that" it is (fallbacks.that_frame; the speaker had been "he")
    (q,) = resolve([[LETTERS_RELEASED]]).quotes
    assert q.cue is not None and q.cue.text != "wrote"


# Tunde Bakare, the Chief Corporate Communications Officer of the Nigerian National Petroleum Company Limited (NNPC Ltd), said in a statement that the company had more than one billion litres of petrol in stock.
BAKARE: list[FeatRow] = [
    ("Tunde", "Tunde", "PROPN", 1, "compound", "Number=Sing"),
    ("Bakare", "Bakare", "PROPN", 20, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("Chief", "Chief", "ADJ", 7, "amod", "Degree=Pos"),
    ("Corporate", "corporate", "ADJ", 7, "amod", "Degree=Pos"),
    ("Communications", "Communication", "PROPN", 7, "compound", "Number=Plur"),
    ("Officer", "Officer", "PROPN", 20, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 14, "case", ""),
    ("the", "the", "DET", 14, "det", "Definite=Def|PronType=Art"),
    ("Nigerian", "nigerian", "ADJ", 14, "amod", "Degree=Pos"),
    ("National", "National", "ADJ", 14, "amod", "Degree=Pos"),
    ("Petroleum", "Petroleum", "PROPN", 14, "compound", "Number=Sing"),
    ("Company", "Company", "PROPN", 14, "compound", "Number=Sing"),
    ("Limited", "Limited", "PROPN", 7, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 17, "punct", ""),
    ("##NNPC", "NNPC", "PROPN", 17, "compound", "Number=Sing"),
    ("Ltd", "Ltd", "PROPN", 14, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 17, "punct", ""),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 23, "case", ""),
    ("a", "a", "DET", 23, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 20, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 27, "mark", ""),
    ("the", "the", "DET", 26, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 27, "nsubj", "Number=Sing"),
    ("had", "have", "VERB", 23, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("more", "more", "ADV", 27, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 32, "case", ""),
    ("one", "one", "NUM", 32, "nummod", "NumForm=Word|NumType=Card"),
    ("billion", "billion", "NUM", 32, "nummod", "NumForm=Word|NumType=Card"),
    ("litres", "litre", "NOUN", 27, "obj", "Number=Plur"),
    ("of", "of", "ADP", 34, "case", ""),
    ("petrol", "petrol", "NOUN", 32, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 36, "case", ""),
    ("stock", "stock", "NOUN", 32, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 20, "punct", ""),
]
# The Minister of Information and National Orientation, Bala Idris, described the strike as "illegal and unpatriotic" and said the government had offered to raise the allowance.
IDRIS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("Minister", "Minister", "PROPN", 11, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Information", "Information", "PROPN", 1, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 6, "cc", ""),
    ("National", "National", "ADJ", 6, "amod", "Degree=Pos"),
    ("Orientation", "Orientation", "PROPN", 1, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 9, "punct", ""),
    ("Bala", "Bala", "PROPN", 9, "compound", "Number=Sing"),
    ("Idris", "Idris", "PROPN", 6, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("described", "describe", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("strike", "strike", "NOUN", 11, "obj", "Number=Sing"),
    ("as", "as", "ADP", 16, "case", ""),
    ('"', '"', "PUNCT", 16, "punct", ""),
    ("##illegal", "illegal", "ADJ", 11, "obl", "Degree=Pos"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("unpatriotic", "unpatriotic", "ADJ", 16, "conj", "Degree=Pos"),
    ('##"', '"', "PUNCT", 16, "punct", ""),
    ("and", "and", "CCONJ", 21, "cc", ""),
    ("said", "say", "VERB", 11, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 23, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 25, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 25, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("offered", "offer", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 27, "mark", ""),
    ("raise", "raise", "VERB", 25, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("allowance", "allowance", "NOUN", 27, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 11, "punct", ""),
]
# In a statement on Monday evening, the Special Adviser to the President on Media and Publicity, Abdullahi Musa, said President Bola Tinubu had directed the Secretary to reconvene talks.
MUSA: list[FeatRow] = [
    ("In", "in", "ADP", 2, "case", ""),
    ("a", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 21, "obl", "Number=Sing"),
    ("on", "on", "ADP", 5, "case", ""),
    ("Monday", "Monday", "PROPN", 5, "compound", "Number=Sing"),
    ("evening", "evening", "NOUN", 2, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("Special", "Special", "ADJ", 9, "amod", "Degree=Pos"),
    ("Adviser", "Adviser", "PROPN", 21, "nsubj", "Number=Sing"),
    ("to", "to", "ADP", 12, "case", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("President", "President", "PROPN", 9, "nmod", "Number=Sing"),
    ("on", "on", "ADP", 14, "case", ""),
    ("Media", "Media", "PROPN", 12, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 16, "cc", ""),
    ("Publicity", "Publicity", "PROPN", 14, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("Abdullahi", "Abdullahi", "PROPN", 19, "compound", "Number=Sing"),
    ("Musa", "Musa", "PROPN", 14, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("President", "President", "PROPN", 23, "compound", "Number=Sing"),
    ("Bola", "Bola", "PROPN", 21, "nsubj", "Number=Sing"),
    ("Tinubu", "Tinubu", "PROPN", 26, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 26, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("directed", "direct", "VERB", 21, "ccomp", "Tense=Past|VerbForm=Part"),
    ("the", "the", "DET", 28, "det", "Definite=Def|PronType=Art"),
    ("Secretary", "Secretary", "PROPN", 26, "obj", "Number=Sing"),
    ("to", "to", "PART", 30, "mark", ""),
    ("reconvene", "reconvene", "VERB", 26, "advcl", "VerbForm=Inf"),
    ("talks", "talk", "NOUN", 30, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 21, "punct", ""),
]


def test_a_name_before_a_titled_description_with_a_legal_form_speaks():
    # "Tunde Bakare, the Chief Corporate Communications Officer of the Nigerian National Petroleum
    # Company Limited (NNPC Ltd), said": the written-out legal form is a name's word (pretag_titles.
    # legal_forms) and the capitalised title with its article describes the name before it
    # (mention_words.apposed_name; the speaker had been the description, anonymous)
    (q,) = resolve([[BAKARE]]).quotes
    assert q.speaker is not None and q.speaker.name == "Tunde Bakare" and q.speaker.type == "person"


def test_an_office_with_two_fields_keeps_its_name():
    # "The Minister of Information and National Orientation, Bala Idris, described ...", "the
    # Special Adviser to the President on Media and Publicity, Abdullahi Musa, said": the fields
    # are the office's (office_names.field_read_as_second_office, mention_words._field_of_office,
    # appositive_subjects.name_apposed_inside_subject; the speakers had been the cut-off offices)
    speakers = {q.speaker.name for q in resolve([[IDRIS]]).quotes if q.speaker is not None}
    assert speakers == {"Bala Idris"}
    (q,) = resolve([[MUSA]]).quotes
    assert q.speaker is not None and q.speaker.name == "Abdullahi Musa"
    assert q.speaker.role == "Special Adviser to the President on Media and Publicity"


# Kimani Njoroge spoke on Monday.
NJOROGE_SPOKE: list[FeatRow] = [
    ("Kimani", "Kimani", "PROPN", 1, "compound", "Number=Sing"),
    ("Njoroge", "Njoroge", "PROPN", 2, "nsubj", "Number=Sing"),
    ("spoke", "speak", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 4, "case", ""),
    ("Monday", "Monday", "PROPN", 2, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# According to Mr Njoroge, the committee will table its report.
ACCORDING_TO_MR: list[FeatRow] = [
    ("According", "accord", "VERB", 3, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 3, "case", ""),
    ("Mr", "Mr.", "PROPN", 3, "compound", "Number=Sing"),
    ("Njoroge", "Njoroge", "PROPN", 8, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("committee", "committee", "NOUN", 8, "nsubj", "Number=Sing"),
    ("will", "will", "AUX", 8, "aux", "VerbForm=Fin"),
    ("table", "table", "VERB", -1, "root", "VerbForm=Inf"),
    ("its", "its", "PRON", 10, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("report", "report", "NOUN", 8, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


def test_a_name_with_a_courtesy_title_before_a_bodys_noun_is_a_person():
    # "According to Mr Njoroge, the committee will table its report": "the committee" is the
    # report's subject, no apposition making Njoroge a body (candidates: a courtesy title; he had
    # been an organisation)
    (q,) = resolve([[NJOROGE_SPOKE], [ACCORDING_TO_MR]]).quotes
    assert q.speaker is not None and q.speaker.name == "Kimani Njoroge" and q.speaker.type == "person"


# The company does not admit any wrongdoing or liability, the agreement states.
AGREEMENT_STATES: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 4, "nsubj", "Number=Sing"),
    ("does", "do", "AUX", 4, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("admit", "admit", "VERB", -1, "root", "VerbForm=Inf"),
    ("any", "any", "DET", 6, "det", "PronType=Ind"),
    ("wrongdoing", "wrongdoing", "NOUN", 4, "obj", "Number=Sing"),
    ("or", "or", "CCONJ", 8, "cc", ""),
    ("liability", "liability", "NOUN", 6, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("the", "the", "DET", 12, "det", "Definite=Def|PronType=Art"),
    ("agreement", "agreement", "NOUN", 12, "compound", "Number=Sing"),
    ("states", "state", "NOUN", 6, "conj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# Under the deal, customers whose information was compromised could receive up to $250 each, with additional payments of up to $5,000 for those who can show they lost money to fraud, according to the settlement agreement.
UNDER_THE_DEAL: list[FeatRow] = [
    ("Under", "under", "ADP", 2, "case", ""),
    ("the", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("deal", "deal", "NOUN", 10, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("customers", "customer", "NOUN", 2, "conj", "Number=Plur"),
    ("whose", "whose", "PRON", 6, "nmod:poss", "Poss=Yes|PronType=Rel"),
    ("information", "information", "NOUN", 8, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 8, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("compromised", "compromise", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("could", "could", "AUX", 10, "aux", "VerbForm=Fin"),
    ("receive", "receive", "VERB", -1, "root", "VerbForm=Inf"),
    ("up", "up", "ADP", 10, "compound:prt", ""),
    ("to", "to", "ADP", 13, "case", ""),
    ("$", "$", "SYM", 10, "obl", ""),
    ("##250", "250", "NUM", 13, "nummod", "NumForm=Digit|NumType=Card"),
    ("each", "each", "DET", 13, "nummod", "PronType=Tot"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("with", "with", "ADP", 19, "case", ""),
    ("additional", "additional", "ADJ", 19, "amod", "Degree=Pos"),
    ("payments", "payment", "NOUN", 10, "obl", "Number=Plur"),
    ("of", "of", "ADP", 21, "case", ""),
    ("up", "up", "ADP", 19, "nmod", ""),
    ("to", "to", "ADP", 23, "case", ""),
    ("$", "$", "SYM", 19, "nmod", ""),
    ("##5,000", "5000", "NUM", 23, "nummod", "NumForm=Digit|NumType=Card"),
    ("for", "for", "ADP", 26, "case", ""),
    ("those", "that", "PRON", 23, "nmod", "Number=Plur|PronType=Dem"),
    ("who", "who", "PRON", 29, "nsubj", "PronType=Rel"),
    ("can", "can", "AUX", 29, "aux", "VerbForm=Fin"),
    ("show", "show", "VERB", 26, "acl:relcl", "VerbForm=Inf"),
    ("they", "they", "PRON", 31, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("lost", "lose", "VERB", 29, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("money", "money", "NOUN", 31, "obj", "Number=Sing"),
    ("to", "to", "PART", 34, "mark", ""),
    ("fraud", "fraud", "VERB", 31, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 40, "punct", ""),
    ("according", "accord", "VERB", 40, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 40, "case", ""),
    ("the", "the", "DET", 40, "det", "Definite=Def|PronType=Art"),
    ("settlement", "settlement", "NOUN", 40, "compound", "Number=Sing"),
    ("agreement", "agreement", "NOUN", 34, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 10, "punct", ""),
]
# It said Aboriginal children, who make up about 70 per cent of detainees despite being less than 7 per cent of the state's young people, had been "disproportionately exposed" to the harshest practices.
IT_SAID_CHILDREN: list[FeatRow] = [
    ("It", "it", "PRON", 1, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("Aboriginal", "aboriginal", "ADJ", 3, "amod", "Degree=Pos"),
    ("children", "child", "NOUN", 1, "obj", "Number=Plur"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ("who", "who", "PRON", 6, "nsubj", "PronType=Rel"),
    ("make", "make", "VERB", 3, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("up", "up", "ADP", 6, "compound:prt", ""),
    ("about", "about", "ADP", 10, "case", ""),
    ("70", "70", "NUM", 10, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 6, "obl", "Number=Sing"),
    ("of", "of", "ADP", 12, "case", ""),
    ("detainees", "detainee", "NOUN", 10, "nmod", "Number=Plur"),
    ("despite", "despite", "SCONJ", 18, "mark", ""),
    ("being", "be", "AUX", 18, "cop", "Tense=Pres|VerbForm=Part"),
    ("less", "less", "ADV", 18, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 18, "case", ""),
    ("7", "7", "NUM", 18, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 30, "nsubj:pass", "Number=Sing"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("state", "state", "NOUN", 24, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 21, "case", ""),
    ("young", "young", "ADJ", 24, "amod", "Degree=Pos"),
    ("people", "person", "NOUN", 18, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 30, "punct", ""),
    ("had", "have", "AUX", 30, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 30, "aux:pass", "Tense=Past|VerbForm=Part"),
    ('"', '"', "PUNCT", 30, "punct", ""),
    ("##disproportionately", "disproportionately", "ADV", 30, "advmod", ""),
    ("exposed", "expose", "VERB", 1, "parataxis", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ('##"', '"', "PUNCT", 30, "punct", ""),
    ("to", "to", "ADP", 35, "case", ""),
    ("the", "the", "DET", 35, "det", "Definite=Def|PronType=Art"),
    ("harshest", "harsh", "ADJ", 35, "amod", "Degree=Sup"),
    ("practices", "practice", "NOUN", 30, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_document_states_in_a_closing_cue_read_as_a_noun():
    # "..., the agreement states." with "states" a plural noun (tag_repairs.closing_lemma: a
    # document's own verbs; document_nouns "agreement"; no quote before)
    (q,) = resolve([[AGREEMENT_STATES]]).quotes
    assert q.text == "The company does not admit any wrongdoing or liability" and q.speaker is not None
    assert q.speaker.text == "the agreement" and q.speaker.type == "organization"


def test_a_closing_according_to_climbs_out_of_a_relative_clauses_complement():
    # "..., with additional payments ... for those who can show they lost money to fraud,
    # according to the settlement agreement.": the whole sentence (extent._climbs_out; it had
    # been "they lost money to fraud")
    (q,) = resolve([[UNDER_THE_DEAL]]).quotes
    assert q.text.startswith("Under the deal, customers whose information was compromised")


def test_a_clause_after_the_objects_relative_clause_keeps_its_subject_out_of_it():
    # "It said Aboriginal children, who make up ... despite being less than 7 per cent of ...,
    # had been exposed ..." with "per cent" the subject (relative_roots.object_with_relative_as_subject;
    # the quote had stopped at the relative clause)
    (q,) = resolve([[IT_SAID_CHILDREN]]).quotes
    assert q.text.startswith("Aboriginal children, who make up") and "to the harshest practices" in q.text


# Health, Labor and Welfare Minister Takashi Ueno told a separate news conference in Tokyo that the government would review how it supervises pension funds.
HEALTH_LABOR_WELFARE: list[FeatRow] = [
    ("Health", "Health", "PROPN", 8, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("Labor", "Labor", "PROPN", 0, "conj", "Number=Sing"),
    ("and", "and", "CCONJ", 4, "cc", ""),
    ("Welfare", "Welfare", "PROPN", 2, "conj", "Number=Sing"),
    ("Minister", "Minister", "PROPN", 2, "flat", "Number=Sing"),
    ("Takashi", "Takashi", "PROPN", 2, "flat", "Number=Sing"),
    ("Ueno", "Ueno", "PROPN", 2, "flat", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 12, "det", "Definite=Ind|PronType=Art"),
    ("separate", "separate", "ADJ", 12, "amod", "Degree=Pos"),
    ("news", "news", "NOUN", 12, "compound", "Number=Sing"),
    ("conference", "conference", "NOUN", 8, "obj", "Number=Sing"),
    ("in", "in", "ADP", 14, "case", ""),
    ("Tokyo", "Tokyo", "PROPN", 12, "nmod", "Number=Sing"),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("review", "review", "VERB", 8, "ccomp", "VerbForm=Inf"),
    ("how", "how", "ADV", 22, "advmod", "PronType=Int"),
    ("it", "it", "PRON", 22, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("supervises", "supervise", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("pension", "pension", "NOUN", 24, "compound", "Number=Sing"),
    ("funds", "fund", "NOUN", 22, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]
# Aboriginal Legal Service of WA chief executive Dennis Yarran and Law Society president Fiona Tran said the report must be "the end of the debate, not the start of another one".
YARRAN_TRAN: list[FeatRow] = [
    ("Aboriginal", "aboriginal", "ADJ", 2, "amod", "Degree=Pos"),
    ("Legal", "legal", "ADJ", 2, "amod", "Degree=Pos"),
    ("Service", "service", "NOUN", 15, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("WA", "WA", "PROPN", 2, "nmod", "Number=Sing"),
    ("chief", "chief", "ADJ", 8, "amod", "Degree=Pos"),
    ("executive", "executive", "ADJ", 8, "amod", "Degree=Pos"),
    ("Dennis", "Dennis", "PROPN", 8, "compound", "Number=Sing"),
    ("Yarran", "Yarran", "PROPN", 2, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 14, "cc", ""),
    ("Law", "Law", "PROPN", 12, "compound", "Number=Sing"),
    ("Society", "Society", "PROPN", 12, "compound", "Number=Sing"),
    ("president", "president", "NOUN", 14, "compound", "Number=Sing"),
    ("Fiona", "Fiona", "PROPN", 14, "compound", "Number=Sing"),
    ("Tran", "Tran", "PROPN", 8, "conj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("report", "report", "NOUN", 22, "nsubj", "Number=Sing"),
    ("must", "must", "AUX", 22, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 22, "cop", "VerbForm=Inf"),
    ('"', '"', "PUNCT", 22, "punct", ""),
    ("##the", "the", "DET", 22, "det", "Definite=Def|PronType=Art"),
    ("end", "end", "NOUN", 15, "ccomp", "Number=Sing"),
    ("of", "of", "ADP", 25, "case", ""),
    ("the", "the", "DET", 25, "det", "Definite=Def|PronType=Art"),
    ("debate", "debate", "NOUN", 22, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 29, "punct", ""),
    ("not", "not", "PART", 29, "advmod", "Polarity=Neg"),
    ("the", "the", "DET", 29, "det", "Definite=Def|PronType=Art"),
    ("start", "start", "NOUN", 22, "conj", "Number=Sing"),
    ("of", "of", "ADP", 32, "case", ""),
    ("another", "another", "DET", 32, "det", "PronType=Ind"),
    ("one", "one", "NOUN", 29, "nmod", "Number=Sing"),
    ('##"', '"', "PUNCT", 29, "punct", ""),
    ("##.", ".", "PUNCT", 15, "punct", ""),
]
# Law Society of Kenya (LSK) President Caroline Atieno, whose members have offered free legal representation to arrested protesters, said many of those detained had been held for days.
LSK_PRESIDENT: list[FeatRow] = [
    ("Law", "law", "NOUN", 1, "compound", "Number=Sing"),
    ("Society", "Society", "NOUN", 22, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 3, "case", ""),
    ("Kenya", "Kenya", "PROPN", 1, "nmod", "Number=Sing"),
    ("(", "(", "PUNCT", 5, "punct", ""),
    ("##LSK", "LSK", "PROPN", 3, "appos", "Number=Sing"),
    ("##)", ")", "PUNCT", 5, "punct", ""),
    ("President", "President", "PROPN", 9, "compound", "Number=Sing"),
    ("Caroline", "Caroline", "PROPN", 9, "compound", "Number=Sing"),
    ("Atieno", "Atieno", "PROPN", 3, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 14, "punct", ""),
    ("whose", "whose", "PRON", 12, "nmod:poss", "PronType=Rel"),
    ("members", "member", "NOUN", 14, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 14, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("offered", "offer", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part"),
    ("free", "free", "ADJ", 17, "amod", "Degree=Pos"),
    ("legal", "legal", "ADJ", 17, "amod", "Degree=Pos"),
    ("representation", "representation", "NOUN", 14, "obj", "Number=Sing"),
    ("to", "to", "ADP", 20, "case", ""),
    ("arrested", "arrest", "VERB", 20, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("protesters", "protester", "NOUN", 17, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("many", "many", "ADJ", 29, "nsubj:pass", "Degree=Pos"),
    ("of", "of", "ADP", 25, "case", ""),
    ("those", "that", "PRON", 23, "nmod", "Number=Plur|PronType=Dem"),
    ("detained", "detain", "VERB", 25, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("had", "have", "AUX", 29, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 29, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("held", "hold", "VERB", 22, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 31, "case", ""),
    ("days", "day", "NOUN", 29, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 22, "punct", ""),
]


def test_a_list_of_portfolio_words_before_a_title_is_the_titles_field():
    # "Health, Labor and Welfare Minister Takashi Ueno told" with "Health" the subject: a name
    # titled after a body's word (office_names.name_after_body_title; the speaker had been
    # "Health", an organisation)
    (q,) = resolve([[HEALTH_LABOR_WELFARE]]).quotes
    assert q.speaker is not None and q.speaker.name == "Takashi Ueno"
    assert q.speaker.role == "Health, Labor and Welfare Minister"


def test_a_name_titled_after_a_bodys_name_is_the_subject():
    # "Aboriginal Legal Service of WA chief executive Dennis Yarran and Law Society president Fiona
    # Tran said", "Law Society of Kenya (LSK) President Caroline Atieno, whose members ..., said"
    # (office_names.name_after_body_title; the bodies had been the speakers)
    (q,) = resolve([[YARRAN_TRAN]]).quotes
    assert q.speaker is not None and q.speaker.name == "Dennis Yarran" and len(q.speaker.entities) == 2
    (q,) = resolve([[LSK_PRESIDENT]]).quotes
    assert q.speaker is not None and q.speaker.name == "Caroline Atieno" and q.speaker.type == "person"


# Priya Natarajan said she would want to see more data.
NATARAJAN: list[FeatRow] = [
    ("Priya", "Priya", "PROPN", 1, "compound", "Number=Sing"),
    ("Natarajan", "Natarajan", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("she", "she", "PRON", 5, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 5, "aux", "VerbForm=Fin"),
    ("want", "want", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("to", "to", "PART", 7, "mark", ""),
    ("see", "see", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("more", "more", "ADJ", 9, "amod", "Degree=Cmp"),
    ("data", "data", "NOUN", 7, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]
# Dr. Anne-Marie Dufresne told STAT that the findings were clear.
DUFRESNE_TOLD: list[FeatRow] = [
    ("Dr.", "Dr.", "PROPN", 1, "compound", "Number=Sing"),
    ("Anne", "Anne", "PROPN", 5, "nsubj", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##Marie", "Marie", "PROPN", 1, "flat", "Number=Sing"),
    ("Dufresne", "Dufresne", "PROPN", 1, "flat", "Number=Sing"),
    ("told", "tell", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("STAT", "stat", "NOUN", 5, "iobj", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 11, "nsubj", "Number=Plur"),
    ("were", "be", "AUX", 11, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("clear", "clear", "ADJ", 5, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# "The safety profile is not what sank this," she said.
DUFRESNE_SHE_SAID: list[FeatRow] = [
    ('"', '"', "PUNCT", 6, "punct", ""),
    ("##The", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("safety", "safety", "NOUN", 3, "compound", "Number=Sing"),
    ("profile", "profile", "NOUN", 6, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 6, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("not", "not", "PART", 6, "advmod", "Polarity=Neg"),
    ("what", "what", "PRON", 12, "ccomp", "PronType=Rel"),
    ("sank", "sink", "VERB", 12, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("this", "this", "PRON", 7, "obj", "Number=Sing|PronType=Dem"),
    ("##,", ",", "PUNCT", 6, "punct", ""),
    ('##"', '"', "PUNCT", 6, "punct", ""),
    ("she", "she", "PRON", 12, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]


def test_a_double_given_name_has_its_first_names_gender():
    # "Priya Natarajan said she ... ¶ Dr. Anne-Marie Dufresne told STAT ... "...," she said.": the
    # "she" is Dufresne's, whose "Anne-Marie" is a woman's name (names.given_name_gender; it had
    # gone to Natarajan, the woman the article had called "she")
    speaker = _speaker([[NATARAJAN], [DUFRESNE_TOLD, DUFRESNE_SHE_SAID]], '"The safety profile is not what sank this,"')
    assert speaker.name == "Anne-Marie Dufresne"


# The ruling is a blow to Mayor Jane Roe, who has promised to cut fares.
BLOW_TO_ROE: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 4, "nsubj", "Number=Sing"),
    ("is", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("blow", "blow", "NOUN", -1, "root", "Number=Sing"),
    ("to", "to", "ADP", 8, "case", ""),
    ("Mayor", "Mayor", "PROPN", 8, "compound", "Number=Sing"),
    ("Jane", "Jane", "PROPN", 8, "compound", "Number=Sing"),
    ("Roe", "Roe", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 12, "punct", ""),
    ("who", "who", "PRON", 12, "nsubj", "PronType=Rel"),
    ("has", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("promised", "promise", "VERB", 4, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("to", "to", "PART", 14, "mark", ""),
    ("cut", "cut", "VERB", 12, "xcomp", "VerbForm=Inf"),
    ("fares", "fare", "NOUN", 14, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]
# It was a partial reversal for the Wisconsin Republican, who said he would support the nominee.
REVERSAL_FOR: list[FeatRow] = [
    ("It", "it", "PRON", 4, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 4, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("partial", "partial", "ADJ", 4, "amod", "Degree=Pos"),
    ("reversal", "reversal", "NOUN", -1, "root", "Number=Sing"),
    ("for", "for", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("Wisconsin", "Wisconsin", "PROPN", 8, "compound", "Number=Sing"),
    ("Republican", "Republican", "PROPN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("who", "who", "PRON", 11, "nsubj", "PronType=Rel"),
    ("said", "say", "VERB", 4, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("he", "he", "PRON", 14, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("would", "would", "AUX", 14, "aux", "VerbForm=Fin"),
    ("support", "support", "VERB", 11, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 16, "det", "Definite=Def|PronType=Art"),
    ("nominee", "nominee", "NOUN", 14, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]


def test_who_after_a_name_is_the_name_though_the_parse_hung_it_on_a_thing():
    # "The ruling is a blow to Mayor Jane Roe, who has promised to cut fares." with the relative
    # clause on "blow" (relatives._name_before_who; the speaker had been the whole clause)
    (q,) = resolve([[BLOW_TO_ROE]]).quotes
    assert q.speaker is not None and q.speaker.name == "Jane Roe"
    # (guard: a description with its article is no name, "the Wisconsin Republican, who said")
    (q,) = resolve([[REVERSAL_FOR]]).quotes
    assert q.speaker is not None and q.speaker.name != "Wisconsin Republican"


# The Reserve Bank of Australia held rates.
RBA_HELD: list[FeatRow] = [
    ("The", "the", "DET", 2, "det", "Definite=Def|PronType=Art"),
    ("Reserve", "Reserve", "PROPN", 2, "compound", "Number=Sing"),
    ("Bank", "Bank", "PROPN", 5, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 4, "case", ""),
    ("Australia", "Australia", "PROPN", 2, "nmod", "Number=Sing"),
    ("held", "hold", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rates", "rate", "NOUN", 5, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]
# The bank now expects inflation to fall, according to new forecasts in its quarterly report.
NEW_FORECASTS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("bank", "bank", "NOUN", 3, "nsubj", "Number=Sing"),
    ("now", "now", "ADV", 3, "advmod", "PronType=Dem"),
    ("expects", "expect", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("inflation", "inflation", "NOUN", 3, "obj", "Number=Sing"),
    ("to", "to", "PART", 6, "mark", ""),
    ("fall", "fall", "VERB", 3, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 11, "punct", ""),
    ("according", "accord", "VERB", 11, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 11, "case", ""),
    ("new", "new", "ADJ", 11, "amod", "Degree=Pos"),
    ("forecasts", "forecast", "NOUN", 6, "obl", "Number=Plur"),
    ("in", "in", "ADP", 15, "case", ""),
    ("its", "its", "PRON", 15, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("quarterly", "quarterly", "ADV", 15, "amod", "Degree=Pos"),
    ("report", "report", "NOUN", 11, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 3, "punct", ""),
]


def test_a_document_inside_a_bodys_own_document_is_that_bodys():
    # "according to new forecasts in its quarterly report": "its" owns the report the forecasts
    # are in (documents._container_owner; it had been an unspecified document, vague)
    (q,) = resolve([[RBA_HELD], [NEW_FORECASTS]]).quotes
    assert q.speaker is not None and q.speaker.type == "organization" and "Reserve Bank" in q.speaker.name
    assert q.speaker.anonymity == "organization"


# A former Wales prop who was diagnosed with dementia at 41 has joined a High Court action against the governing bodies, claiming they failed to protect him from repeated blows to the head.
FORMER_PROP: list[FeatRow] = [
    ("A", "a", "DET", 3, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 3, "amod", "Degree=Pos"),
    ("Wales", "Wales", "PROPN", 3, "compound", "Number=Plur"),
    ("prop", "prop", "NOUN", 12, "nsubj", "Number=Sing"),
    ("who", "who", "PRON", 6, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("diagnosed", "diagnose", "VERB", 3, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("with", "with", "ADP", 8, "case", ""),
    ("dementia", "dementia", "NOUN", 6, "obl", "Number=Sing"),
    ("at", "at", "ADP", 10, "case", ""),
    ("41", "41", "NUM", 8, "nmod", "NumForm=Digit|NumType=Card"),
    ("has", "have", "AUX", 12, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("joined", "join", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("High", "high", "ADJ", 16, "amod", "Degree=Pos"),
    ("Court", "Court", "PROPN", 16, "compound", "Number=Sing"),
    ("action", "action", "NOUN", 12, "obj", "Number=Sing"),
    ("against", "against", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("governing", "governing", "NOUN", 20, "compound", "Number=Sing"),
    ("bodies", "body", "NOUN", 16, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 22, "punct", ""),
    ("claiming", "claim", "VERB", 12, "advcl", "Tense=Pres|VerbForm=Part"),
    ("they", "they", "PRON", 24, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("failed", "fail", "VERB", 22, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "PART", 26, "mark", ""),
    ("protect", "protect", "VERB", 24, "xcomp", "VerbForm=Inf"),
    ("him", "he", "PRON", 26, "obj", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("from", "from", "ADP", 30, "case", ""),
    ("repeated", "repeat", "VERB", 30, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("blows", "blow", "NOUN", 26, "obl", "Number=Plur"),
    ("to", "to", "ADP", 33, "case", ""),
    ("the", "the", "DET", 33, "det", "Definite=Def|PronType=Art"),
    ("head", "head", "NOUN", 26, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 12, "punct", ""),
]
# Rhodri Powell, who won 23 caps between 2006 and 2013, is one of 31 new claimants added to the case this week.
POWELL_NAMED: list[FeatRow] = [
    ("Rhodri", "Rhodri", "PROPN", 1, "compound", "Number=Sing"),
    ("Powell", "Powell", "PROPN", 13, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("won", "win", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("23", "23", "NUM", 6, "nummod", "NumForm=Digit|NumType=Card"),
    ("caps", "cap", "NOUN", 4, "obj", "Number=Plur"),
    ("between", "between", "ADP", 8, "case", ""),
    ("2006", "2006", "NUM", 6, "nmod", "NumForm=Digit|NumType=Card"),
    ("and", "and", "CCONJ", 10, "cc", ""),
    ("2013", "2013", "NUM", 8, "conj", "NumForm=Digit|NumType=Card"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("is", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", -1, "root", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 17, "case", ""),
    ("31", "31", "NUM", 17, "nummod", "NumForm=Digit|NumType=Card"),
    ("new", "new", "ADJ", 17, "amod", "Degree=Pos"),
    ("claimants", "claimant", "NOUN", 13, "nmod", "Number=Plur"),
    ("added", "add", "VERB", 17, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "ADP", 21, "case", ""),
    ("the", "the", "DET", 21, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 18, "obl", "Number=Sing"),
    ("this", "this", "DET", 23, "det", "Number=Sing|PronType=Dem"),
    ("week", "week", "NOUN", 18, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_a_lede_describing_a_person_is_named_by_the_next_paragraphs_subject():
    # "A former Wales prop who was diagnosed ... has joined ..., claiming they failed to protect
    # him ... ¶ Rhodri Powell, who won 23 caps, is one of 31 new claimants": the delayed
    # identification of a lede (delayed._delayed_lede; person_roles "prop"; it had been an
    # anonymous person)
    (q,) = resolve([[FORMER_PROP], [POWELL_NAMED]]).quotes
    assert q.speaker is not None and q.speaker.name == "Rhodri Powell" and q.speaker.role == "former Wales prop"


def test_a_byline_with_the_writers_desk_and_no_by_is_a_byline():
    # (session 44: "Gareth Pryce, Rugby Correspondent" had been a person named before the lede)
    assert is_byline("Gareth Pryce, Rugby Correspondent") and is_byline("Jane Roe, Chief Political Correspondent")
    assert not is_byline("Gareth Pryce, Rugby Correspondent, said the game was over")


# Vantrix, once one of Asia's fastest-growing cryptocurrency exchanges, filed for bankruptcy protection Tuesday.
VANTRIX_FILED: list[FeatRow] = [
    ("Vantrix", "Vantrix", "PROPN", -1, "root", "Number=Sing"),
    ("##,", ",", "PUNCT", 0, "punct", ""),
    ("once", "once", "ADV", 3, "advmod", "NumForm=Word|NumType=Mult"),
    ("one", "one", "NUM", 0, "appos", "NumForm=Word|NumType=Card"),
    ("of", "of", "ADP", 11, "case", ""),
    ("Asia", "Asia", "PROPN", 11, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 5, "case", ""),
    ("fastest", "fast", "ADJ", 9, "amod", "Degree=Sup"),
    ("##-", "-", "PUNCT", 7, "punct", ""),
    ("##growing", "grow", "VERB", 11, "amod", "VerbForm=Ger"),
    ("cryptocurrency", "cryptocurrency", "NOUN", 11, "compound", "Number=Sing"),
    ("exchanges", "exchange", "NOUN", 3, "nmod", "Number=Plur"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("filed", "file", "VERB", 11, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("for", "for", "ADP", 17, "case", ""),
    ("bankruptcy", "bankruptcy", "NOUN", 16, "compound", "Number=Sing"),
    ("protection", "protection", "NOUN", 17, "compound", "Number=Sing"),
    ("Tuesday", "Tuesday", "PROPN", 13, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 0, "punct", ""),
]
# The Singapore-based company said in a filing that it had liabilities of more than $3.1 billion.
SINGAPORE_BASED: list[FeatRow] = [
    ("The", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("Singapore", "Singapore", "PROPN", 4, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 1, "punct", ""),
    ("##based", "based", "ADJ", 4, "amod", "Degree=Pos"),
    ("company", "company", "NOUN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("filing", "filing", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 11, "mark", ""),
    ("it", "it", "PRON", 11, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("had", "have", "VERB", 8, "acl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("liabilities", "liability", "NOUN", 11, "obj", "Number=Plur"),
    ("of", "of", "ADP", 14, "case", ""),
    ("more", "more", "ADV", 16, "advmod", "Degree=Cmp"),
    ("than", "than", "ADP", 16, "case", ""),
    ("$", "$", "SYM", 11, "obl", ""),
    ("##3.1", "3.1", "NUM", 16, "nummod", "NumForm=Digit|NumType=Card"),
    ("billion", "billion", "NUM", 16, "nummod", "NumForm=Word|NumType=Card"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]


def test_one_of_a_kind_of_business_set_off_after_a_name_makes_it_a_business():
    # "Vantrix, once one of Asia's fastest-growing cryptocurrency exchanges, filed ... ¶ The
    # Singapore-based company said" (apposed_bodies.institution_apposition; the company had been a
    # description of nobody)
    (q,) = resolve([[VANTRIX_FILED], [SINGAPORE_BASED]]).quotes
    assert q.speaker is not None and q.speaker.name == "Vantrix"


# Maarten Vos, the lab head, declined to comment.
VOS_DECLINED: list[FeatRow] = [
    ("Maarten", "Maarten", "PROPN", 1, "compound", "Number=Sing"),
    ("Vos", "Vos", "PROPN", 7, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("lab", "lab", "NOUN", 5, "compound", "Number=Sing"),
    ("head", "head", "NOUN", 1, "appos", "Number=Sing"),
    ("##,", ",", "PUNCT", 5, "punct", ""),
    ("declined", "decline", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 9, "case", ""),
    ("comment", "comment", "NOUN", 7, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]
# One co-author, who asked not to be named because she is still seeking a permanent faculty position, says junior members of the lab felt strong pressure to produce clean results.
CO_AUTHOR_SAYS: list[FeatRow] = [
    ("One", "one", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("co-author", "co-author", "NOUN", 19, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("who", "who", "PRON", 4, "nsubj", "PronType=Rel"),
    ("asked", "ask", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 4, "advmod", "Polarity=Neg"),
    ("to", "to", "PART", 8, "mark", ""),
    ("be", "be", "AUX", 8, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 4, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 13, "mark", ""),
    ("she", "she", "PRON", 13, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("is", "be", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("still", "still", "ADV", 13, "advmod", ""),
    ("seeking", "seek", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 17, "det", "Definite=Ind|PronType=Art"),
    ("permanent", "permanent", "ADJ", 17, "amod", "Degree=Pos"),
    ("faculty", "faculty", "NOUN", 17, "compound", "Number=Sing"),
    ("position", "position", "NOUN", 13, "obj", "Number=Sing"),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("junior", "junior", "ADJ", 21, "amod", "Degree=Pos"),
    ("members", "member", "NOUN", 25, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("lab", "lab", "NOUN", 21, "nmod", "Number=Sing"),
    ("felt", "feel", "VERB", 19, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("strong", "strong", "ADJ", 27, "amod", "Degree=Pos"),
    ("pressure", "pressure", "NOUN", 25, "obj", "Number=Sing"),
    ("to", "to", "PART", 29, "mark", ""),
    ("produce", "produce", "VERB", 25, "advcl", "VerbForm=Inf"),
    ("clean", "clean", "ADJ", 31, "amod", "Degree=Pos"),
    ("results", "result", "NOUN", 29, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 19, "punct", ""),
]
# "Everyone knew what the answer was supposed to be," she says.
SHE_SAYS: list[FeatRow] = [
    ('"', '"', "PUNCT", 2, "punct", ""),
    ("##Everyone", "everyone", "PRON", 2, "nsubj", "Number=Sing|PronType=Ind"),
    ("knew", "know", "VERB", 13, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("what", "what", "PRON", 2, "obj", "PronType=Rel"),
    ("the", "the", "DET", 5, "det", "Definite=Def|PronType=Art"),
    ("answer", "answer", "NOUN", 7, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 7, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("supposed", "suppose", "VERB", 3, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("to", "to", "PART", 9, "mark", ""),
    ("be", "be", "AUX", 7, "xcomp", "VerbForm=Inf"),
    ("##,", ",", "PUNCT", 7, "punct", ""),
    ('##"', '"', "PUNCT", 2, "punct", ""),
    ("she", "she", "PRON", 13, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("says", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]


def test_an_unnamed_co_author_goes_on_speaking_as_she():
    # "One co-author, who asked not to be named because she ..., says ... "...," she says.": the
    # co-author is a person's post (person_roles "co-author"; "she" had gone to Maarten Vos)
    quotes = resolve([[VOS_DECLINED], [CO_AUTHOR_SAYS, SHE_SAYS]]).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes][-1] == "she"
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == quotes[0].speaker.name  # type: ignore[union-attr]
    assert quotes[-1].speaker.anonymity == "anonymous-with-reason"


# Richard Thorne, a partner at the firm, said the case was strong.
THORNE_SAID: list[FeatRow] = [
    ("Richard", "Richard", "PROPN", 1, "compound", "Number=Sing"),
    ("Thorne", "Thorne", "PROPN", 9, "nsubj", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("a", "a", "DET", 4, "det", "Definite=Ind|PronType=Art"),
    ("partner", "partner", "NOUN", 9, "nsubj", "Number=Sing"),
    ("at", "at", "ADP", 7, "case", ""),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("firm", "firm", "NOUN", 4, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("case", "case", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("strong", "strong", "ADJ", 9, "ccomp", "Degree=Pos"),
    ("##.", ".", "PUNCT", 9, "punct", ""),
]
# A former international team-mate of Powell's, who did not want to be named because he still coaches in the professional game, said many players had been reluctant to report symptoms.
TEAM_MATE_SAID: list[FeatRow] = [
    ("A", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("former", "former", "ADJ", 5, "amod", "Degree=Pos"),
    ("international", "international", "ADJ", 5, "amod", "Degree=Pos"),
    ("team", "team", "NOUN", 5, "compound", "Number=Sing"),
    ("##-", "-", "PUNCT", 3, "punct", ""),
    ("##mate", "mate", "NOUN", 26, "nsubj", "Number=Sing"),
    ("of", "of", "ADP", 7, "case", ""),
    ("Powell", "Powell", "PROPN", 5, "nmod", "Number=Sing"),
    ("##'s", "'s", "PART", 7, "case", ""),
    ("##,", ",", "PUNCT", 13, "punct", ""),
    ("who", "who", "PRON", 13, "nsubj", "PronType=Rel"),
    ("did", "do", "AUX", 13, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("not", "not", "PART", 13, "advmod", "Polarity=Neg"),
    ("want", "want", "VERB", 5, "acl:relcl", "VerbForm=Inf"),
    ("to", "to", "PART", 16, "mark", ""),
    ("be", "be", "AUX", 16, "aux:pass", "VerbForm=Inf"),
    ("named", "name", "VERB", 13, "xcomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("because", "because", "SCONJ", 20, "mark", ""),
    ("he", "he", "PRON", 20, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("still", "still", "ADV", 20, "advmod", ""),
    ("coaches", "coach", "VERB", 26, "advcl", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
    ("in", "in", "ADP", 24, "case", ""),
    ("the", "the", "DET", 24, "det", "Definite=Def|PronType=Art"),
    ("professional", "professional", "ADJ", 24, "amod", "Degree=Pos"),
    ("game", "game", "NOUN", 20, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 20, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("many", "many", "ADJ", 28, "amod", "Degree=Pos"),
    ("players", "player", "NOUN", 31, "nsubj", "Number=Plur"),
    ("had", "have", "AUX", 31, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 31, "cop", "Tense=Past|VerbForm=Part"),
    ("reluctant", "reluctant", "ADJ", 26, "ccomp", "Degree=Pos"),
    ("to", "to", "PART", 33, "mark", ""),
    ("report", "report", "VERB", 31, "xcomp", "VerbForm=Inf"),
    ("symptoms", "symptom", "NOUN", 33, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 26, "punct", ""),
]
# "If you came off with a bang on the head, you were soft," he said.
HE_SAID_SOFT: list[FeatRow] = [
    ('"', '"', "PUNCT", 14, "punct", ""),
    ("##If", "if", "SCONJ", 3, "mark", ""),
    ("you", "you", "PRON", 3, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("came", "come", "VERB", 18, "advcl", "Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin"),
    ("off", "off", "ADP", 3, "compound:prt", ""),
    ("with", "with", "ADP", 7, "case", ""),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("bang", "bang", "NOUN", 3, "obl", "Number=Sing"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("head", "head", "NOUN", 3, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ("you", "you", "PRON", 14, "nsubj", "Case=Nom|Person=2|PronType=Prs"),
    ("were", "be", "AUX", 14, "cop", "Mood=Ind|Number=Sing|Person=2|Tense=Past|VerbForm=Fin"),
    ("soft", "soft", "ADJ", 18, "ccomp", "Degree=Pos"),
    ("##,", ",", "PUNCT", 3, "punct", ""),
    ('##"', '"', "PUNCT", 3, "punct", ""),
    ("he", "he", "PRON", 18, "nsubj", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 18, "punct", ""),
]


def test_an_unnamed_team_mate_goes_on_speaking_as_he():
    # "A former international team-mate of Powell's, who did not want to be named ..., said ...
    # "...," he said.": a team-mate (tokenised "team - mate") is a person (anonymous_descriptors
    # "mate"; "he" had gone to Richard Thorne)
    quotes = resolve([[THORNE_SAID], [TEAM_MATE_SAID, HE_SAID_SOFT]]).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.anonymity == "anonymous-with-reason"


# Economists have warned that a prolonged strike could cost the economy billions of naira a day and worsen inflation, which stood at 24.5 per cent in August, according to the National Bureau of Statistics.
INFLATION_STOOD: list[FeatRow] = [
    ("Economists", "economist", "NOUN", 2, "nsubj", "Number=Plur"),
    ("have", "have", "AUX", 2, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("warned", "warn", "VERB", -1, "root", "Tense=Past|VerbForm=Part"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("a", "a", "DET", 6, "det", "Definite=Ind|PronType=Art"),
    ("prolonged", "prolong", "VERB", 6, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("strike", "strike", "NOUN", 8, "nsubj", "Number=Sing"),
    ("could", "could", "AUX", 8, "aux", "VerbForm=Fin"),
    ("cost", "cost", "VERB", 2, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("economy", "economy", "NOUN", 11, "compound", "Number=Sing"),
    ("billions", "billion", "NOUN", 8, "obj", "Number=Plur"),
    ("of", "of", "ADP", 13, "case", ""),
    ("naira", "naira", "NOUN", 11, "nmod", "Number=Sing"),
    ("a", "a", "DET", 15, "det", "Definite=Ind|PronType=Art"),
    ("day", "day", "NOUN", 13, "nmod", "Number=Sing"),
    ("and", "and", "CCONJ", 18, "cc", ""),
    ("worsen", "worsen", "NOUN", 18, "compound", "Number=Sing"),
    ("inflation", "inflation", "NOUN", 13, "conj", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("which", "which", "PRON", 21, "nsubj", "PronType=Rel"),
    ("stood", "stand", "VERB", 18, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 24, "case", ""),
    ("24.5", "24.5", "NUM", 24, "nummod", "NumForm=Digit|NumType=Card"),
    ("percent", "percent", "NOUN", 21, "obl", "Number=Sing"),
    ("in", "in", "ADP", 26, "case", ""),
    ("August", "August", "PROPN", 24, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 32, "punct", ""),
    ("according", "accord", "VERB", 32, "case", "Tense=Pres|VerbForm=Part"),
    ("to", "to", "ADP", 32, "case", ""),
    ("the", "the", "DET", 32, "det", "Definite=Def|PronType=Art"),
    ("National", "National", "ADJ", 32, "amod", "Degree=Pos"),
    ("Bureau", "Bureau", "PROPN", 21, "obl", "Number=Sing"),
    ("of", "of", "ADP", 34, "case", ""),
    ("Statistics", "Statistics", "PROPN", 32, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


def test_according_to_after_a_set_off_relative_clause_is_the_figures_source():
    # "... and worsen inflation, which stood at 24.5 per cent in August, according to the National
    # Bureau of Statistics.": the bureau gives the figure; the economists' warning stays theirs
    # (source_phrases.according_hung_in_phrase leaves a set-off relative clause; the bureau had
    # taken the whole sentence)
    quotes = {q.text: q.speaker.name if q.speaker else None for q in resolve([[INFLATION_STOOD]]).quotes}
    assert quotes["which stood at 24.5 percent in August"] == "National Bureau of Statistics"
    assert any(s == "Economists" for s in quotes.values())
