"""Sentence splits after a title or a month abbreviation are joined back before parsing (no
model: a tokenized Stanza document is built by hand)."""

from __future__ import annotations

import stanza

from provenance.syntax.ssplit import join_title_splits, split_key


def tokenized(text: str, sentences: list[list[str]]) -> stanza.Document:
    """A tokenized document: each sentence's tokens found in order in ``text``."""
    out, pos = [], 0
    for words in sentences:
        entries = []
        for i, w in enumerate(words, 1):
            start = text.index(w, pos)
            pos = start + len(w)
            entries.append({"id": i, "text": w, "start_char": start, "end_char": pos})
        out.append(entries)
    return stanza.Document(out, text=text)


def shape(doc: stanza.Document) -> list[list[tuple[int, str]]]:
    return [[(w.id, w.text) for w in s.words] for s in doc.sentences]


def test_a_sentence_cut_after_a_title_is_joined_with_the_name_after_it():
    text = "It worked, said Sen. Ben Sasse."
    doc = tokenized(text, [["It", "worked", ",", "said", "Sen."], ["Ben", "Sasse", "."]])
    joined = join_title_splits(doc)
    assert shape(joined) == [
        [(1, "It"), (2, "worked"), (3, ","), (4, "said"), (5, "Sen."), (6, "Ben"), (7, "Sasse"), (8, ".")]
    ]
    assert joined.sentences[0].words[5].start_char == text.index("Ben")


def test_a_month_joins_only_a_day_number_and_a_real_sentence_end_stays():
    sept = tokenized("It began on Sept. 11 in Ohio.", [["It", "began", "on", "Sept."], ["11", "in", "Ohio", "."]])
    assert len(join_title_splits(sept).sentences) == 1
    # "Jr." may end a sentence; a new line after a title is no join either
    for text, sentences in (
        ("It was John Smith Jr. The rest left.", [["It", "was", "John", "Smith", "Jr."], ["The", "rest", "left", "."]]),
        ("A note by Sen.\nBen Sasse.", [["A", "note", "by", "Sen."], ["Ben", "Sasse", "."]]),
    ):
        doc = tokenized(text, sentences)
        assert join_title_splits(doc) is doc
    # a lower-case word after it goes on the same sentence (edited copy opens none in lower case)
    gov = tokenized("He met the Gov. and left.", [["He", "met", "the", "Gov."], ["and", "left", "."]])
    assert len(join_title_splits(gov).sentences) == 1


def test_a_piece_that_ends_in_a_word_joins_the_next_on_its_line():
    text = "Canadian actor Oh said it worked."
    doc = tokenized(text, [["Canadian", "actor"], ["Oh", "said", "it", "worked", "."]])
    assert [len(s.words) for s in join_title_splits(doc).sentences] == [7]
    # a line break between them is a headline's end, not a cut
    lines = "Canadian actor\nOh said it worked."
    apart = tokenized(lines, [["Canadian", "actor"], ["Oh", "said", "it", "worked", "."]])
    assert len(join_title_splits(apart).sentences) == 2
    # a piece closed by a mark stays a sentence
    closed = tokenized("It worked. Oh, said Roe.", [["It", "worked", "."], ["Oh", ",", "said", "Roe", "."]])
    assert len(join_title_splits(closed).sentences) == 2


def test_an_abbreviations_stop_before_a_lower_case_word_is_no_sentence_end():
    text = "He lost 16 lbs. since he signed up."
    doc = tokenized(text, [["He", "lost", "16", "lbs."], ["since", "he", "signed", "up", "."]])
    assert [len(s.words) for s in join_title_splits(doc).sentences] == [9]
    # a capital after it opens a new sentence
    caps = tokenized(
        "He lost 16 lbs. Since then he ran.", [["He", "lost", "16", "lbs."], ["Since", "then", "he", "ran", "."]]
    )
    assert len(join_title_splits(caps).sentences) == 2


def test_a_stop_split_off_as_its_own_token_before_a_lower_case_word():
    text = "He lost 16 lbs. since he signed up."
    doc = tokenized(text, [["He", "lost", "16", "lbs", "."], ["since", "he", "signed", "up", "."]])
    assert [len(s.words) for s in join_title_splits(doc).sentences] == [10]


def test_a_title_the_tokenizer_cut_from_its_stop_joins_the_name_after_it():
    # "Coun." (a Canadian councillor) comes out as "Coun" and "." ending a sentence
    text = '"It is a disaster," said Coun. Amy Ho.'
    doc = tokenized(text, [['"', "It", "is", "a", "disaster", ",", '"', "said", "Coun", "."], ["Amy", "Ho", "."]])
    joined = join_title_splits(doc)
    # (one sentence, the title one token again, as the tagger knows "Sen.")
    assert [w.text for w in joined.sentences[0].words][7:] == ["said", "Coun.", "Amy", "Ho", "."]
    assert [w.id for w in joined.sentences[0].words] == list(range(1, 13))
    assert joined.sentences[0].words[8].start_char == text.index("Coun")


def test_a_title_cut_from_its_stop_inside_a_sentence_is_one_token_again():
    text = "Texas Sen. Ted Cruz says he agrees."
    doc = tokenized(text, [["Texas", "Sen", ".", "Ted", "Cruz", "says", "he", "agrees", "."]])
    assert [w.text for w in join_title_splits(doc).sentences[0].words][:3] == ["Texas", "Sen.", "Ted"]


def test_a_word_before_a_stop_that_is_no_title_still_ends_the_sentence():
    text = "The vote was close. Amy Ho won."
    doc = tokenized(text, [["The", "vote", "was", "close", "."], ["Amy", "Ho", "won", "."]])
    assert [len(s.words) for s in join_title_splits(doc).sentences] == [5, 4]


def _its_split(text: str) -> stanza.Document:
    """ "Its spokesman said it's fine ." as the expander gives it: "Its" -> "It" + "s", "it's" ->
    "it" + "'s"."""
    entries = [
        {"id": (1, 2), "text": "Its", "start_char": 0, "end_char": 3},
        {"id": 1, "text": "It", "start_char": 0, "end_char": 2},
        {"id": 2, "text": "s", "start_char": 2, "end_char": 3},
        {"id": 3, "text": "spokesman", "start_char": 4, "end_char": 13},
        {"id": 4, "text": "said", "start_char": 14, "end_char": 18},
        {"id": (5, 6), "text": "it's", "start_char": 19, "end_char": 23},
        {"id": 5, "text": "it", "start_char": 19, "end_char": 21},
        {"id": 6, "text": "'s", "start_char": 21, "end_char": 23},
        {"id": 7, "text": "fine", "start_char": 24, "end_char": 28},
        {"id": 8, "text": ".", "start_char": 28, "end_char": 29},
    ]
    return stanza.Document([entries], text=text)


def test_a_possessive_its_the_expander_split_is_one_word_again_and_its_stays_two():
    doc = join_title_splits(_its_split("Its spokesman said it's fine."))
    assert shape(doc) == [[(1, "Its"), (2, "spokesman"), (3, "said"), (4, "it"), (5, "'s"), (6, "fine"), (7, ".")]]
    assert doc.sentences[0].words[0].start_char == 0 and doc.sentences[0].words[0].end_char == 3


def test_a_name_the_expander_split_as_it_splits_gonna_is_one_word_again_and_cannot_stays_two():
    # "said Donna Kerrigan, president of Local 1147" had the speaker "Don" ("Donna" as "Don" +
    # "na", the way "gonna" is "gon" + "na")
    text = "Donna said we cannot go."
    entries = [
        {"id": (1, 2), "text": "Donna", "start_char": 0, "end_char": 5},
        {"id": 1, "text": "Don", "start_char": 0, "end_char": 3},
        {"id": 2, "text": "na", "start_char": 3, "end_char": 5},
        {"id": 3, "text": "said", "start_char": 6, "end_char": 10},
        {"id": 4, "text": "we", "start_char": 11, "end_char": 13},
        {"id": (5, 6), "text": "cannot", "start_char": 14, "end_char": 20},
        {"id": 5, "text": "can", "start_char": 14, "end_char": 17},
        {"id": 6, "text": "not", "start_char": 17, "end_char": 20},
        {"id": 7, "text": "go", "start_char": 21, "end_char": 23},
        {"id": 8, "text": ".", "start_char": 23, "end_char": 24},
    ]
    doc = join_title_splits(stanza.Document([entries], text=text))
    assert shape(doc) == [[(1, "Donna"), (2, "said"), (3, "we"), (4, "can"), (5, "not"), (6, "go"), (7, ".")]]
    assert split_key("said Donna Kerrigan") != split_key("said Joan Kerrigan") == ""


def test_paragraphs_with_its_are_cached_apart():
    assert split_key("Its shares fell.") != split_key("It's fine.") == split_key("its shares fell") == ""


def test_a_names_initials_after_a_capitalised_word_keep_the_name_in_its_sentence():
    text = "Deputy Chief Minister D.K. Shivakumar said it."
    doc = tokenized(text, [["Deputy", "Chief", "Minister", "D.K."], ["Shivakumar", "said", "it", "."]])
    assert len(join_title_splits(doc).sentences) == 1
    # (not after a lower-case word, nor before a word that opens a sentence: "in the U.S. | The ...")
    us = "It is made in the U.S. The firm said so."
    doc = tokenized(us, [["It", "is", "made", "in", "the", "U.S."], ["The", "firm", "said", "so", "."]])
    assert len(join_title_splits(doc).sentences) == 2
    assert split_key(text) != split_key("He said it.") == ""


def test_two_initials_after_a_lower_case_title_keep_the_name_in_its_sentence():
    text = "KPCC president D.K. Shivakumar said it."
    doc = tokenized(text, [["KPCC", "president", "D.K."], ["Shivakumar", "said", "it", "."]])
    assert len(join_title_splits(doc).sentences) == 1
    # (not a place's initials after a preposition: "exports across the U.S. | Officials said")
    us = "It sells across U.S. Officials said so."
    doc = tokenized(us, [["It", "sells", "across", "U.S."], ["Officials", "said", "so", "."]])
    assert len(join_title_splits(doc).sentences) == 2
    assert split_key(text) != split_key("The president said it.") == ""


def test_a_time_of_day_joins_the_day_or_zone_after_it_and_a_real_sentence_end_stays():
    # "shortly after 9 p.m. Wednesday near a power line, officials said": cut after "p.m.", the
    # cue lost what it reported
    text = "It started after 9 p.m. Wednesday near a line, officials said."
    first = ["It", "started", "after", "9", "p.m."]
    doc = tokenized(text, [first, ["Wednesday", "near", "a", "line", ",", "officials", "said", "."]])
    assert len(join_title_splits(doc).sentences) == 1
    assert split_key(text) == "/clk1"
    ended = tokenized("He left at 9 p.m. The next day he came back.", [
        ["He", "left", "at", "9", "p.m."], ["The", "next", "day", "he", "came", "back", "."]
    ])  # fmt: skip
    assert join_title_splits(ended) is ended


def test_an_acronym_cut_from_its_plus_is_one_token_again_and_a_sum_stays_apart():
    text = "OPEC+ stood ready, and 2 + 2 is C++ code."
    words = ["OPEC", "+", "stood", "ready", ",", "and", "2", "+", "2", "is", "C", "+", "+", "code", "."]
    merged = join_title_splits(tokenized(text, [words])).sentences[0].words
    assert [w.text for w in merged][:3] == ["OPEC+", "stood", "ready"]
    assert [w.text for w in merged][5:8] == ["2", "+", "2"]  # (spaced: a sum, not a name's)
    assert [w.id for w in merged] == list(range(1, len(merged) + 1))
    assert split_key("OPEC+ cuts") != split_key("OPEC cuts") == ""


def test_a_name_cut_at_a_letter_with_a_diacritic_is_one_token_again():
    # the shipped tokenizer cut "Tomáš" into "Tomá" and "š", and the parser made "Tomá" the speaker
    text = "said Tomáš Hrubý, who can't wait."
    words = ["said", "Tomá", "š", "Hrubý", ",", "who", "ca", "n't", "wait", "."]
    merged = join_title_splits(tokenized(text, [words])).sentences[0].words
    assert [w.text for w in merged][:3] == ["said", "Tomáš", "Hrubý"]
    assert [w.text for w in merged][5:7] == ["ca", "n't"]  # (an English contraction stays cut)
    assert [w.id for w in merged] == list(range(1, len(merged) + 1))
    assert split_key("said Tomáš Hrubý") != split_key("said Tomas Hruby") == ""


def test_a_title_in_general_cut_at_its_hyphens_is_one_token_again():
    # (session 38: "The department's director-general, Hisham al-Khatib, said" read as a noun, a
    # dash and a second noun lost its subject)
    text = "The director-general said the well-known site is on a low-lying hill."
    words = ["The", "director", "-", "general", "said", "the", "well", "-", "known", "site", "is", "on", "a", "low",
             "-", "lying", "hill", "."]  # fmt: skip
    merged = join_title_splits(tokenized(text, [words])).sentences[0].words
    assert [w.text for w in merged][:3] == ["The", "director-general", "said"]
    assert [w.text for w in merged][4:7] == ["well", "-", "known"]  # (not a title: left as cut)
    assert [w.id for w in merged] == list(range(1, len(merged) + 1))
    assert split_key("The director-general said") != split_key("The director said") == ""


def test_a_word_cut_at_its_prefix_hyphen_is_one_token_again():
    # (session 44: "Co-founder and CEO Daniel Roe said" cut as "Co" + "-founder" had the speaker
    # "Co-founder"; "Ex-President Jane Roe said" cut as "Ex" "-" "President" the speaker "Ex")
    text = "Co-founder and Ex-President Roe said the co - op and X-ray were non-issues."
    words = ["Co", "-founder", "and", "Ex", "-", "President", "Roe", "said", "the", "co", "-", "op", "and", "X",
             "-", "ray", "were", "non", "-", "issues", "."]  # fmt: skip
    merged = [w.text for w in join_title_splits(tokenized(text, [words])).sentences[0].words]
    assert merged[:4] == ["Co-founder", "and", "Ex-President", "Roe"]
    assert merged[6:9] == ["co", "-", "op"]  # (spaced: a dash between words, left as cut)
    assert merged[10:13] == ["X", "-", "ray"]  # (no prefix)
    assert merged[14] == "non-issues"
    assert split_key("The co-founder said") != split_key("The founder said") == ""


def test_a_name_the_expander_split_at_a_letter_with_a_diacritic_keeps_the_word_after_it():
    # (session 46) the expander split "Lanús" into "Lanú" + "s" as one multi-word token; joining
    # the letters and then undoing the split counted "said" as the token's second word and lost it
    text = "Lanús said it."
    entries = [
        {"id": (1, 2), "text": "Lanús", "start_char": 0, "end_char": 5},
        {"id": 1, "text": "Lanú", "start_char": 0, "end_char": 4},
        {"id": 2, "text": "s", "start_char": 4, "end_char": 5},
        {"id": 3, "text": "said", "start_char": 6, "end_char": 10},
        {"id": 4, "text": "it", "start_char": 11, "end_char": 13},
        {"id": 5, "text": ".", "start_char": 13, "end_char": 14},
    ]
    joined = join_title_splits(stanza.Document([entries], text=text))
    assert shape(joined) == [[(1, "Lanús"), (2, "said"), (3, "it"), (4, ".")]]


def test_a_delegates_title_joins_the_name_after_it():
    # (session 55: "Del. Karen Holloway, a Frederick County Republican, said ..." was cut after
    # "Del.", so the name opened a sentence of its own and kept no title)
    text = "Del. Karen Holloway said so."
    doc = tokenized(text, [["Del."], ["Karen", "Holloway", "said", "so", "."]])
    assert len(join_title_splits(doc).sentences) == 1
    assert "/del1" in split_key(text) and "/del1" not in split_key("Guillermo del Toro said so.")


def test_a_bodys_name_after_a_countrys_initials_in_the_possessive_stays_in_its_sentence():
    # (session 55: "..., who sits on U.S. Steel's board, said in an interview ..." was cut after
    # "U.S.", so the cue had no subject and the quotation no speaker)
    text = "He sits on U.S. Steel's board, he said."
    doc = tokenized(text, [["He", "sits", "on", "U.S."], ["Steel", "'s", "board", ",", "he", "said", "."]])
    assert len(join_title_splits(doc).sentences) == 1
    # (a sentence that opens with a plain name after the initials still starts there)
    text = "It went to the U.S. Officials said so."
    doc = tokenized(text, [["It", "went", "to", "the", "U.S."], ["Officials", "said", "so", "."]])
    assert len(join_title_splits(doc).sentences) == 2
    assert "/ipo1" in split_key("He sits on U.S. Steel's board.")
