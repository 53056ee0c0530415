"""An apposition inside the subject read as a second subject of the speech verb, put back.

"An employee at the company's Joliet distribution centre, one of the three sites slated for
closure, said workers learned ..." comes out of the shipped parser with ``nsubj(said,
employee)`` and ``nsubj(said, one)``, and the speaker was "one of the three sites". A verb has
one subject: a second one set off by commas between the first one's phrase and the verb, that is
no name (a name there is the first one's: subject_repairs' own cases), describes the noun that
ends the first one's phrase. And a name set off by commas at the end of the subject's phrase
that the parse hung inside it ("Independent MP for Barwon, Graeme Lusk, told the ABC" with
``conj(Barwon, Lusk)``) is the apposition of the subject's head, the name of the one described.
Part of subject_repairs.subject_moves (tests/test_cues_and_refusals.py).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]


def apposition_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """``{second: (noun, "appos")}`` for the misparse of the module doc; else empty."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    # (the words of each, the commas the parse hangs on either left out)
    span_second = [k for k in sent.subtree(second) if sent.words[k].upos != "PUNCT"]
    span_first = [k for k in sent.subtree(first) if k < min(span_second)]
    if sent.words[second].upos not in ("NOUN", "NUM", "PRON") or not span_first or second < first:
        return {}
    if sent.words[first].upos == "PROPN":  # ("Jane Roe, a nurse, said": the role reader's, as parsed)
        return {}
    before, after = min(span_second) - 1, max(span_second) + 1
    if sent.words[before].text != "," or after >= verb.index or sent.words[after].text != ",":
        return {}
    if any(sent.words[k].upos != "PUNCT" for k in range(after, verb.index)):
        return {}
    noun = before - 1  # (the noun that ends the first subject's phrase)
    if noun not in span_first or sent.words[noun].upos not in ("NOUN", "PROPN"):
        return {}
    return {second: (noun, "appos")}


def name_apposed_inside_subject(sent: Sentence, verb: Word) -> Moves:
    """``{name: (subject, "appos")}`` for the second misparse of the module doc; else empty."""
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if subject < 0 or sent.words[subject].upos != "NOUN":
        return {}
    for k in sent.subtree(subject):
        w = sent.words[k]
        if w.upos != "PROPN" or w.head in (subject, -1) or k < subject:
            continue
        # (a conjunct without "and", or an apposition of another name: "MP for Barwon, Graeme
        # Lusk"; not a noun's own apposition, "who gave only her first name, Linda,")
        if not (w.deprel == "conj" or w.deprel == "appos" and sent.words[w.head].upos == "PROPN"):
            continue
        span = [i for i in sent.subtree(k) if sent.words[i].upos != "PUNCT"]
        if min(span) < 1 or sent.words[min(span) - 1].text != "," or max(span) + 2 != verb.index:
            continue
        if sent.words[max(span) + 1].text == "," and not any(sent.words[c].rel == "cc" for c in sent.children[k]):
            return {k: (subject, "appos")}
    return {}
