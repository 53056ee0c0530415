"""Name heads on hand-built parses (no model needed)."""

from hypothesis import given
from hypothesis import strategies as st
from parse_helpers import sentence

from provenance.syntax.nameheads import head_names_last


def arcs(sent):
    return {f"{w.deprel}({sent.words[w.head].text if w.head >= 0 else 'ROOT'}, {w.text})" for w in sent.words}


def test_title_headed_name_gum_style():
    # The packaged parser's tree for the Rasool sentence: the title heads, the name hangs flat.
    s = sentence(
        [
            ("Iraqi", "Iraqi", "ADJ", 2, "amod"),
            ("military", "military", "ADJ", 2, "amod"),
            ("spokesman", "spokesman", "NOUN", 5, "nsubj"),
            ("Yehia", "Yehia", "PROPN", 2, "flat"),
            ("Rasool", "Rasool", "PROPN", 3, "flat"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    assert arcs(head_names_last(s)) == {
        "amod(spokesman, Iraqi)",
        "amod(spokesman, military)",
        "compound(Rasool, spokesman)",
        "compound(Rasool, Yehia)",
        "nsubj(said, Rasool)",
        "root(ROOT, said)",
    }


def test_each_word_of_a_name_made_a_subject_is_one_name():
    # The packaged parser's tree for "Rally Canada , the group , said": three subjects of "said"
    s = sentence(
        [
            ("Rally", "Rally", "PROPN", 6, "nsubj"),
            ("Canada", "Canada", "PROPN", 6, "nsubj"),
            (",", ",", "PUNCT", 1, "punct"),
            ("the", "the", "DET", 4, "det"),
            ("group", "group", "NOUN", 6, "nsubj"),
            (",", ",", "PUNCT", 4, "punct"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    got = arcs(head_names_last(s))
    assert {"compound(Canada, Rally)", "nsubj(said, Canada)", "nsubj(said, group)"} <= got
    assert "nsubj(said, Rally)" not in got
    # (not two subjects apart: "Roe , Doe said" keeps both)
    apart = sentence(
        [
            ("Roe", "Roe", "PROPN", 3, "nsubj"),
            (",", ",", "PUNCT", 0, "punct"),
            ("Doe", "Doe", "PROPN", 3, "nsubj"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    assert arcs(head_names_last(apart)) == arcs(apart)


def test_name_headed_title_ewt_style():
    s = sentence(
        [
            ("Amnesty", "Amnesty", "PROPN", 1, "compound"),
            ("spokesman", "spokesman", "NOUN", 2, "nmod:desc"),
            ("Mike", "Mike", "PROPN", 4, "nsubj"),
            ("Blakemore", "Blakemore", "PROPN", 2, "flat"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    assert arcs(head_names_last(s)) == {
        "compound(spokesman, Amnesty)",
        "nmod:desc(Blakemore, spokesman)",
        "compound(Blakemore, Mike)",
        "nsubj(said, Blakemore)",
        "root(ROOT, said)",
    }


def test_what_follows_the_name_moves_to_its_new_head():
    s = sentence(
        [
            ("the", "the", "DET", 1, "det"),
            ("mayor", "mayor", "NOUN", 7, "nsubj"),
            ("Jane", "Jane", "PROPN", 1, "flat"),
            ("Smith", "Smith", "PROPN", 2, "flat"),
            (",", ",", "PUNCT", 5, "punct"),
            ("who", "who", "PRON", 6, "nsubj"),
            ("resigned", "resign", "VERB", 1, "acl:relcl"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    got = arcs(head_names_last(s))
    assert {"det(mayor, the)", "compound(Smith, mayor)", "acl:relcl(Smith, resigned)", "nsubj(said, Smith)"} <= got


def test_names_heading_the_sentence_and_in_apposition():
    s = sentence(
        [
            ("President", "President", "PROPN", -1, "root"),
            ("Joe", "Joe", "PROPN", 0, "flat"),
            ("Biden", "Biden", "PROPN", 0, "flat"),
        ]
    )
    assert arcs(head_names_last(s)) == {"compound(Biden, President)", "compound(Biden, Joe)", "root(ROOT, Biden)"}
    s = sentence(
        [
            ("the", "the", "DET", 1, "det"),
            ("spokesman", "spokesman", "NOUN", 6, "nsubj"),
            (",", ",", "PUNCT", 3, "punct"),
            ("John", "John", "PROPN", 1, "appos"),
            ("Smith", "Smith", "PROPN", 3, "flat"),
            (",", ",", "PUNCT", 3, "punct"),
            ("said", "say", "VERB", -1, "root"),
        ]
    )
    # A comma makes it an apposition: the title stays the head, the name inside is re-headed.
    assert {"nsubj(said, spokesman)", "appos(spokesman, Smith)", "compound(Smith, John)"} <= arcs(head_names_last(s))


def test_left_alone():
    # one-word names, a place in a prepositional phrase, a date after a noun
    for rows in (
        [("Reuters", "Reuters", "PROPN", 1, "nsubj"), ("reported", "report", "VERB", -1, "root")],
        [
            ("a", "a", "DET", 1, "det"),
            ("diplomat", "diplomat", "NOUN", 4, "nsubj"),
            ("in", "in", "ADP", 3, "case"),
            ("Baghdad", "Baghdad", "PROPN", 1, "nmod"),
            ("said", "say", "VERB", -1, "root"),
        ],
        [
            ("a", "a", "DET", 1, "det"),
            ("statement", "statement", "NOUN", 3, "obj"),
            ("Tuesday", "Tuesday", "PROPN", 3, "obl:tmod"),
            ("issued", "issue", "VERB", -1, "root"),
        ],
    ):
        s = sentence(rows)
        assert head_names_last(s) is s


UPOS = st.sampled_from(["NOUN", "PROPN", "PROPN", "VERB", "ADP", "PUNCT", "DET"])
RELS = st.sampled_from(["flat", "compound", "appos", "nmod", "case", "nsubj", "punct", "nmod:desc", "det"])


@st.composite
def trees(draw):
    n = draw(st.integers(1, 9))
    order = draw(st.permutations(range(n)))
    heads = [-1] * n
    for k, node in enumerate(order[1:], 1):
        heads[node] = order[draw(st.integers(0, k - 1))]
    rows = []
    for i in range(n):
        upos = draw(UPOS)
        rows.append((f"w{i}", f"w{i}", upos, heads[i], "root" if heads[i] < 0 else draw(RELS)))
    return sentence(rows)


def _is_tree(s):
    roots = [w for w in s.words if w.head < 0]
    if len(roots) != 1:
        return False
    for w in s.words:
        seen, i = set(), w.index
        while i >= 0:
            if i in seen:
                return False
            seen.add(i)
            i = s.words[i].head
    return True


@given(trees())
def test_any_tree_stays_a_tree_with_the_same_words(s):
    out = head_names_last(s)
    assert _is_tree(out)
    assert [(w.text, w.upos, w.start, w.end) for w in out.words] == [(w.text, w.upos, w.start, w.end) for w in s.words]
    assert arcs(head_names_last(out)) == arcs(out)  # a second pass changes nothing


def test_crossing_arcs_inside_a_name_still_make_one_name():
    # The packaged parser's tree for "..., according to NYPD Commissioner James O'Neill.": the
    # preposition on "NYPD", "NYPD" a compound of "Commissioner", "O'Neill" flat on "NYPD".
    s = sentence(
        [
            ("It", "it", "PRON", 1, "nsubj"),
            ("exploded", "explode", "VERB", -1, "root"),
            (",", ",", "PUNCT", 5, "punct"),
            ("according", "accord", "VERB", 5, "case"),
            ("to", "to", "ADP", 3, "fixed"),
            ("NYPD", "NYPD", "PROPN", 6, "compound"),
            ("Commissioner", "Commissioner", "PROPN", 1, "obl"),
            ("James", "James", "PROPN", 6, "flat"),
            ("O'Neill", "O'Neill", "PROPN", 5, "flat"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    got = arcs(head_names_last(s))
    assert {"obl(exploded, O'Neill)", "case(O'Neill, according)", "punct(O'Neill, ,)"} <= got
    assert {"compound(O'Neill, NYPD)", "compound(O'Neill, Commissioner)", "compound(O'Neill, James)"} <= got


def test_two_phrases_side_by_side_are_not_one_name():
    s = sentence(
        [
            ("Roe", "Roe", "PROPN", 1, "nsubj"),
            ("told", "tell", "VERB", -1, "root"),
            ("ABC", "ABC", "PROPN", 3, "compound"),
            ("News", "News", "PROPN", 1, "obj"),
            ("Sunday", "Sunday", "PROPN", 1, "obl:tmod"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    got = arcs(head_names_last(s))
    assert {"obj(told, News)", "obl:tmod(told, Sunday)", "compound(News, ABC)"} <= got


def test_the_phrase_preposition_before_a_title_goes_to_the_name():
    # ", according to campaign manager Jeff Weaver ." with the preposition and comma on the title
    s = sentence(
        [
            ("It", "it", "PRON", 1, "nsubj"),
            ("grew", "grow", "VERB", -1, "root"),
            (",", ",", "PUNCT", 6, "punct"),
            ("according", "accord", "VERB", 6, "case"),
            ("to", "to", "ADP", 3, "fixed"),
            ("campaign", "campaign", "NOUN", 6, "compound"),
            ("manager", "manager", "NOUN", 1, "obl"),
            ("Jeff", "Jeff", "PROPN", 6, "flat"),
            ("Weaver", "Weaver", "PROPN", 6, "flat"),
            (".", ".", "PUNCT", 1, "punct"),
        ]
    )
    got = arcs(head_names_last(s))
    assert {"obl(grew, Weaver)", "case(Weaver, according)", "punct(Weaver, ,)", "compound(manager, campaign)"} <= got
