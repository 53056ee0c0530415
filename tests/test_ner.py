"""The mention-typing stage: GUM entity conversion, scoring, and the cached tagging step."""

from __future__ import annotations

from pathlib import Path

from parse_helpers import sentence

from provenance.models.ner import bioes, outermost, parse_entity_field, read_gum
from provenance.models.ner_scores import score, spans
from provenance.syntax.cache import ParseCache
from provenance.syntax.ner import mention_type, valid_tags, with_tags

# An invented GUM-style document: nested mentions ("the mayor of Springfield" holds the place),
# a one-word mention closed on the same token, and a pronoun of the same chain.
CONLLU = """\
# newdoc id = invented_doc
# newpar
# sent_id = invented_doc-1
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-sssss-cf1-1-coref
2\tmayor\tmayor\tNOUN\tNN\t_\t5\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tSpringfield\tSpringfield\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-nnnnn-cf2-1-sgl)1)
5\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

# sent_id = invented_doc-2
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv:act-sssss-cf1-1-coref)
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_
4\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-time-new-nnnnn-cf3-1-sgl)|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_entity_field_opens_closes_and_nests() -> None:
    opened, closed = parse_entity_field("(2-place-new-nnnnn-cf2-1-sgl)1)")
    assert opened == [("2", "place", True)]
    assert closed == ["1"]
    opened, closed = parse_entity_field("(4-abstract-new-sssss-cf2-3-coref(5-object-new-sssss-cf3-1-coref)")
    assert opened == [("4", "abstract", False), ("5", "object", True)]
    assert closed == []


def test_read_gum_keeps_chains_and_outermost_mentions(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    first, second = list(read_gum(path))
    assert first.new_paragraph and not second.new_paragraph
    assert [(m.start, m.end, m.type) for m in first.mentions] == [(0, 3, "person"), (3, 3, "place")]
    assert [(m.start, m.end, m.type) for m in outermost(first.mentions)] == [(0, 3, "person")]
    assert bioes(6, outermost(first.mentions)) == ["B-PERSON", "I-PERSON", "I-PERSON", "E-PERSON", "O", "O"]
    # the pronoun in the next sentence is in the mayor's chain
    assert second.mentions[0].chain == first.mentions[0].chain == "invented_doc#1"
    assert bioes(5, outermost(second.mentions)) == ["S-PERSON", "O", "O", "S-TIME", "O"]


def test_spans_and_per_type_scores() -> None:
    gold = [["B-PERSON", "E-PERSON", "O", "S-PLACE"], ["S-TIME", "O"]]
    pred = [["B-PERSON", "E-PERSON", "O", "S-PERSON"], ["O", "O"]]
    assert spans(gold[0]) == {(0, 1, "PERSON"), (3, 3, "PLACE")}
    table = score(gold, pred)
    assert (table["PERSON"].gold, table["PERSON"].predicted, table["PERSON"].correct) == (1, 2, 1)
    assert table["PLACE"].recall == 0.0
    assert table["all"].precision == 0.5 and round(table["all"].recall, 3) == 0.333


def test_mention_type_reads_the_word_tag() -> None:
    s = sentence([("Springfield", "Springfield", "PROPN", 1, "nsubj"), ("said", "say", "VERB", -1, "root")])
    tagged = with_tags([s], [["S-PLACE", "O"]])[0]
    assert mention_type(tagged, 0) == "place"
    assert mention_type(tagged, 1) is None
    assert mention_type(s, 0) is None  # untagged words (no NER model) have no type
    assert tagged.words[0].head == s.words[0].head and tagged.words[0].start == s.words[0].start


class FakeTagger:
    identity = "ner:fake"

    def __init__(self) -> None:
        self.calls = 0

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        self.calls += 1
        return [["S-PERSON" if w[0].isupper() else "O" for w in s] for s in sentences]


def test_tags_are_cached_under_their_own_key(tmp_path: Path) -> None:
    from provenance.models import resolve_model
    from provenance.syntax.parser import Parser

    cache = ParseCache(tmp_path / "cache.sqlite")
    tagger = FakeTagger()
    parser = Parser(resolve_model(None), cache, tagger=tagger)  # type: ignore[arg-type]
    s = sentence([("Roe", "Roe", "PROPN", 1, "nsubj"), ("spoke", "speak", "VERB", -1, "root")])
    out = parser._mention_types(["k1"], [[s]])
    assert [w.ner for w in out[0][0].words] == ["S-PERSON", "O"]
    again = Parser(resolve_model(None), cache, tagger=tagger)  # type: ignore[arg-type]
    assert [w.ner for w in again._mention_types(["k1"], [[s]])[0][0].words] == ["S-PERSON", "O"]
    assert tagger.calls == 1  # the second run read the tags from the cache
    # the parses are untouched: no parse row was written
    assert cache.get_many(["k1"]) == {}


def test_cached_tags_of_the_wrong_shape_are_a_miss() -> None:
    assert valid_tags([["O", "S-PERSON"]], [2])
    assert not valid_tags([["O"]], [2])
    assert not valid_tags([["O", 3]], [2])
    assert not valid_tags({"O": 1}, [1])
    assert not valid_tags(None, [1])


def test_word_level_scores_count_words_inside_mentions() -> None:
    from provenance.models.ner_scores import token_scores

    gold = [["B-PERSON", "E-PERSON", "O", "S-PLACE"]]
    pred = [["B-PERSON", "I-PERSON", "S-ORGANIZATION", "O"]]
    table = token_scores(gold, pred)
    assert (table["PERSON"].gold, table["PERSON"].predicted, table["PERSON"].correct) == (2, 2, 2)
    assert table["PLACE"].recall == 0.0 and table["ORGANIZATION"].precision == 0.0
    assert (table["all"].gold, table["all"].predicted, table["all"].correct) == (3, 3, 2)
