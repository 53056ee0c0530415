"""The scorer's speech-frame arcs (nsubj / ccomp of speech verbs), used by the word-vector ablation."""

from __future__ import annotations

from provenance.models.score import speech_frame_counts, speech_frame_scores, speech_verbs

GOLD = """# text = She said it can't rain.
1\tShe\tshe\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_
3\tit\tit\tPRON\t_\t_\t6\tnsubj\t_\t_
4-5\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
4\tca\tcan\tAUX\t_\t_\t6\taux\t_\t_
5\tn't\tnot\tPART\t_\t_\t6\tadvmod\t_\t_
6\train\train\tVERB\t_\t_\t2\tccomp\t_\t_
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

1\tHe\the\tPRON\t_\t_\t3\tnsubj:pass\t_\t_
2\twas\tbe\tAUX\t_\t_\t3\taux:pass\t_\t_
3\ttold\ttell\tVERB\t_\t_\t0\troot\t_\t_
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def test_gold_against_itself_is_perfect():
    counts = speech_frame_counts(GOLD, GOLD, speech_verbs())
    assert counts == {"nsubj": [2, 2, 2], "ccomp": [1, 1, 1]}  # nsubj:pass counts as nsubj
    assert speech_frame_scores(GOLD, GOLD) == {"Speech nsubj": 100.0, "Speech ccomp": 100.0}


def test_a_wrong_head_or_label_is_an_error_on_both_sides():
    system = GOLD.replace("1\tShe\tshe\tPRON\t_\t_\t2\tnsubj", "1\tShe\tshe\tPRON\t_\t_\t6\tnsubj")
    system = system.replace("6\train\train\tVERB\t_\t_\t2\tccomp", "6\train\train\tVERB\t_\t_\t2\txcomp")
    counts = speech_frame_counts(GOLD, system, speech_verbs())
    assert counts["nsubj"] == [1, 2, 1]  # "She" now hangs off "rain", not a speech verb: not a system arc
    assert counts["ccomp"] == [0, 1, 0]


def test_raw_text_words_align_by_character_span():
    # the system did not split "can't" (one word instead of the gold MWT's two): later words still align
    system = GOLD.replace("4-5\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tca\tcan\tAUX\t_\t_\t6\taux\t_\t_\n", "")
    system = system.replace("5\tn't\tnot\tPART\t_\t_\t6\tadvmod", "4\tcan't\tcan\tAUX\t_\t_\t5\taux")
    system = system.replace("6\train\train\tVERB\t_\t_\t2\tccomp", "5\train\train\tVERB\t_\t_\t2\tccomp")
    system = system.replace("3\tit\tit\tPRON\t_\t_\t6\tnsubj", "3\tit\tit\tPRON\t_\t_\t5\tnsubj")
    system = system.replace("7\t.\t.\tPUNCT", "6\t.\t.\tPUNCT")
    counts = speech_frame_counts(GOLD, system, speech_verbs())
    assert counts == {"nsubj": [2, 2, 2], "ccomp": [1, 1, 1]}
