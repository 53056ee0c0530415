"""Name heads: a multi-word proper name is headed by its last word, with its title attached to it.

UD v2 heads a name on its *first* word (``flat(Yehia, Rasool)``), and the two treebanks the model
learns from disagree on titles: EWT hangs the title under the name (``nsubj(said, Mike)``,
``nmod:desc(Mike, spokesman)``), GUM hangs the name under the title (``nsubj(said, president)``,
``flat(president, Sehar)``). So the same sentence shape comes out of the parser in several trees.

Speaker attribution wants one shape, and the one it wants is the convention of Stanford
Dependencies and of EWT's earlier releases: the surname heads the phrase and everything before
it in the name is a ``compound`` of it::

    Iraqi military spokesman Yehia Rasool said ...
    UD v2 (parser):  nsubj(said, spokesman)  flat(spokesman, Yehia)  flat(Yehia, Rasool)
    name heads:      nsubj(said, Rasool)  compound(Rasool, spokesman)  compound(Rasool, Yehia)

The conversion runs on every parse (``provenance parse --ud`` shows the parser's own tree, and
the cache stores that). It only moves arcs inside a contiguous run of one common-noun title or
proper noun followed by proper nouns; the model's scores are measured on its unconverted output.
"""

from __future__ import annotations

from dataclasses import replace

from provenance.syntax.tree import Sentence

# How the first name word may hang from a title noun ("spokesman Yehia"); a parser that misreads
# the title+name phrase uses any of these.
_TITLE_TO_NAME = {"flat", "flat:name", "appos", "compound", "nmod:desc", "dep"}
# How later name words hang from earlier ones.
_NAME_PARTS = {"flat", "flat:name"}
# How the words of a run of proper nouns may hang from each other when the parser's arcs inside
# the name cross ("NYPD Commissioner James O'Neill": compound(Commissioner, NYPD),
# flat(Commissioner, James), flat(NYPD, O'Neill)).
_INSIDE_NAME = _TITLE_TO_NAME | _NAME_PARTS


# Relations under which the parser sometimes gives each word of a name to the verb
_SIBLING_RELS = frozenset({"nsubj", "nsubj:pass"})


# Words that mark the whole noun phrase, not its first word: they go with the name's new head.
_PHRASE_FUNCTION = frozenset({"case", "punct", "cc", "mark"})


def _run(sent: Sentence, h: int) -> list[int]:
    """The words from ``h`` to the end of the proper name that follows it or that it starts."""
    words = sent.words
    head = words[h]
    if head.upos not in ("NOUN", "PROPN"):
        return [h]
    run = [h]
    j = h + 1
    while j < len(words):
        w = words[j]
        if w.upos != "PROPN" or w.head not in run:
            break
        allowed = _TITLE_TO_NAME if (w.head == h and head.upos == "NOUN") else _NAME_PARTS
        if w.deprel not in allowed or any(words[c].rel == "case" for c in sent.children[j]):
            break
        run.append(j)
        j += 1
    if head.upos == "NOUN" and len(run) < 2:
        return [h]
    return run


def _tangled_run(sent: Sentence, h: int) -> tuple[list[int], int]:
    """The proper nouns from ``h`` on as one name, with the one word of them whose head is outside,
    when every other word hangs inside the run by a name relation, however the arcs go (they
    cross in "according to NYPD Commissioner James O'Neill", where the preposition hangs on
    "NYPD"); else ``([h], h)``. Two phrases side by side ("told ABC News Sunday") have two words
    with heads outside."""
    words = sent.words
    if words[h].upos != "PROPN":
        return [h], h
    end = h
    while end + 1 < len(words) and words[end + 1].upos == "PROPN":
        end += 1
    span = list(range(h, end + 1))
    outside = [i for i in span if not h <= words[i].head <= end]
    if len(span) < 2 or len(outside) != 1 or any(words[i].deprel not in _INSIDE_NAME for i in span if i != outside[0]):
        return [h], h
    return span, outside[0]


def _sibling_run(sent: Sentence, h: int) -> tuple[list[int], int]:
    """The proper nouns from ``h`` on as one name when the parser made each of them a subject of
    the same verb ("Rally Canada, the group ..., said" as ``nsubj(said, Rally)`` +
    ``nsubj(said, Canada)``; "Mr. Kerry said" as two subjects): a verb has one subject, and
    adjacent proper nouns with nothing between them are one name. Else ``([h], h)``."""
    words = sent.words
    w = words[h]
    if w.upos != "PROPN" or w.deprel not in _SIBLING_RELS or w.head < 0:
        return [h], h
    span = [h]
    while span[-1] + 1 < len(words):
        n = words[span[-1] + 1]
        if n.upos != "PROPN" or n.head != w.head or n.deprel != w.deprel:
            break
        span.append(n.index)
    if len(span) < 2 or any(words[c].rel == "case" for i in span for c in sent.children[i]):
        return [h], h
    return span, span[-1]


def head_names_last(sent: Sentence) -> Sentence:
    """The sentence with each proper name re-headed on its last word (see the module doc).

    Repeated until nothing moves: re-heading one run can make it part of a longer one (a title
    and a name hung on a proper noun after them), and the result must not change when converted
    again (tests/test_nameheads.py)."""
    for _ in range(len(sent.words)):
        out = _head_names_once(sent)
        if out is sent:
            break
        sent = out
    return sent


def _head_names_once(sent: Sentence) -> Sentence:
    heads = [w.head for w in sent.words]
    rels = [w.deprel for w in sent.words]
    changed = False
    done: set[int] = set()
    words = sent.words
    for h in range(len(words)):
        # (a name starts on a proper noun or on a title noun right before one; a sentence
        # without such a word, most of them, is left as it is without looking further)
        if h in done or not (
            words[h].upos == "PROPN"
            or (words[h].upos == "NOUN" and h + 1 < len(words) and words[h + 1].upos == "PROPN")
        ):
            continue
        run, top = _run(sent, h), h
        tangled, tangled_top = _tangled_run(sent, h)
        if len(tangled) > len(run):
            run, top = tangled, tangled_top
        siblings, sibling_top = _sibling_run(sent, h)
        if len(siblings) > len(run):
            run, top = siblings, sibling_top
        if len(run) < 2:
            continue
        done.update(run)
        last = run[-1]
        members = set(run)
        title = sent.words[h].upos == "NOUN"
        heads[last], rels[last] = sent.words[top].head, sent.words[top].deprel
        for m in run[:-1]:
            heads[m], rels[m] = last, "compound"
        for w in sent.words:
            if w.index in members or w.head not in members or w.head == last:
                continue
            # A title keeps what comes before it ("Iraqi military spokesman"), but for the
            # phrase's own preposition and punctuation (", according to campaign manager Jeff
            # Weaver"); whatever follows the name ("..., who spoke", the closing comma) belongs to
            # the whole phrase.
            if title and w.head == h and w.index < h and w.rel not in _PHRASE_FUNCTION:
                continue
            heads[w.index] = last
        changed = True
    if not changed:
        return sent
    # (only the words that moved are new: most of a sentence is not in a name, and copying every
    # word of every sentence was a seventh of the parse's CPU time)
    moved = [
        w
        if heads[w.index] == w.head and rels[w.index] == w.deprel
        else replace(w, head=heads[w.index], deprel=rels[w.index])
        for w in words
    ]
    # (a name already headed on its last word is found again and given the same arcs: that is
    # no change, or the caller's loop would run once per word of every sentence with a name)
    return sent if all(m is w for m, w in zip(moved, words)) else replace(sent, words=moved)
