"""Noun phrases around a cue: a name after the quote ("...," says Jane Roe), a phrase after the
verb ("said the 52-year-old"), a name before, a stranded apposition. Pure functions of the parse."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word, WordRef

from .spans import QUOTE_CHARS

NOMINAL = ("PRON", "PROPN", "NOUN")
# Verbs whose object is whoever was spoken to ("told Fox News"), never the speaker: grammar.
LISTENER_VERBS = frozenset({"tell", "inform", "brief", "assure", "remind"})


def segment_before(sent: Sentence, end: int) -> list[int]:
    """The words from ``end`` back to the previous comma, quote mark or sentence start."""
    j = end
    while (
        j >= 0
        and sent.words[j].text != ","
        and not (sent.words[j].upos == "PUNCT" and sent.words[j].text in QUOTE_CHARS)
    ):
        j -= 1
    return list(range(j + 1, end + 1))


def stranded_apposition(sent: Sentence, index: int) -> WordRef | None:
    """ "Jane Roe, co-founder of Civic Works, said ..." parsed with the name as an apposition
    of a word before it and no subject on the cue: the name before a description set off by
    commas right before the cue. The name opens its segment (after a comma, a quote mark or the
    sentence start) and is all proper nouns; the description holds a common noun."""
    j = index - 1
    while j >= 0 and sent.words[j].upos == "ADV":
        j -= 1  # "..., once said"
    if j < 1 or sent.words[j].text != ",":
        return None
    description = segment_before(sent, j - 1)
    if not description:
        return None
    age = len(description) == 1 and sent.words[description[0]].upos == "NUM"  # "Jane Roe, 44, said"
    # (a relative clause in it describes a person: "a nominal Republican who voted for ...")
    relative = any(sent.words[i].lemma.lower() in ("who", "whose", "which") for i in description)
    if not (age or relative or any(sent.words[i].upos == "NOUN" for i in description)):
        return None
    first = sent.words[description[0]]
    # "Jane Roe, who heads the union, said", "the Huffington Post, which had said ..., said"
    relative = first.lemma.lower() in ("who", "whose", "which")
    if first.upos in ("VERB", "AUX", "ADP", "SCONJ", "PRON") and not relative:
        return None  # "..., after the vote, said": an adjunct, not a description
    comma = description[0] - 1
    if comma < 1 or sent.words[comma].text != ",":
        return None
    name = _without_premodifiers(sent, segment_before(sent, comma - 1))
    if first.lemma.lower() == "which" and name and not all(_name_word(sent, i, opens=name[0] == 0) for i in name):
        # "... comes days after the Huffington Post, which had said ..., said": "which" stands
        # for the capitalised name right before its comma, whatever clause that name ends
        name = _trailing_name(sent, name)
    if not name or len(name) > 5 or not all(_name_word(sent, i, opens=name[0] == 0) for i in name):
        return None
    return WordRef(sent, name[-1])


def _trailing_name(sent: Sentence, seg: list[int]) -> list[int]:
    """The proper nouns that end a segment, after "the" (or nothing when it ends otherwise)."""
    k = len(seg)
    while k > 0 and sent.words[seg[k - 1]].upos == "PROPN":
        k -= 1
    if k == len(seg) or (k > 0 and sent.words[seg[k - 1]].lemma.lower() != "the"):
        return []
    return seg[k:]


_PREMODIFIERS = frozenset({"DET", "ADJ", "NOUN", "NUM", "PUNCT"})


def _without_premodifiers(sent: Sentence, seg: list[int]) -> list[int]:
    """The name at the end of a segment, past the words that describe it ("81-year-old Peter
    Eaton", "retired farmer Peter Eaton"): the trailing proper nouns, when everything before them
    is a determiner, a modifier, a common noun or a number."""
    k = len(seg)
    while k > 0 and sent.words[seg[k - 1]].upos == "PROPN":
        k -= 1
    if k == 0 or k == len(seg) or len(seg) > 10:
        return seg
    if all(sent.words[i].upos in _PREMODIFIERS and sent.words[i].text not in (",", '"') for i in seg[:k]):
        return seg[k:]
    return seg


def _name_word(sent: Sentence, i: int, opens: bool) -> bool:
    """A word of a name: a proper noun; at the start of the sentence, any capitalised word the
    tagger read as a noun, adjective or verb ("Small, who attended the rally, said", "Teck, the
    mining company, says"), as sentence-initial names are often mistagged."""
    w = sent.words[i]
    if w.upos == "PROPN":
        return True
    return opens and w.text[:1].isupper() and w.upos in ("NOUN", "ADJ", "VERB", "X")


_PHRASE_START = ("PROPN", "NOUN", "DET", "ADJ", "NUM")


def name_after_quote(sent: Sentence, index: int) -> WordRef | None:
    """'"...," Dan Moe, 30, of Raleigh, who was polled, said' parsed with the name as a second
    subject of the quoted clause: a name (or a description) right after the closing mark, with
    only comma-set asides between it and the cue, is the speaker."""
    marks = [
        i for i in range(1, index) if sent.words[i].text in QUOTE_CHARS and sent.words[i - 1].text in (",", "?", "!")
    ]
    if not marks:
        return None
    j = marks[-1] + 1
    if j < index and sent.words[j].text == ",":
        j += 1
    if j >= index or sent.words[j].upos not in _PHRASE_START:
        return None
    # A name ("Dan Moe") or a description ("an intelligence source, who was not authorized ...,
    # told Fox News"): the phrase runs over determiners, modifiers and nouns to its head.
    # (a participle tagged as a verb may modify a noun in it: "running mate Jane Roe")
    k = j
    while (
        k + 1 < index
        and sent.words[k + 1].text != ","
        and (sent.words[k + 1].upos in _PHRASE_START + ("PART",) or sent.words[k + 1].deprel == "amod")
    ):
        k += 1
    if sent.words[k].upos not in ("PROPN", "NOUN"):
        return None
    e = index - 1
    while e > k and sent.words[e].upos == "ADV":
        e -= 1  # "..., now said"
    if k == e or (sent.words[k + 1].text == "," and sent.words[e].text == ","):
        return WordRef(sent, k)
    # "... Jane Roe of Ohio told": a place or an organisation the name comes from
    rest = sent.words[k + 1 : e + 1]
    if (
        rest
        and rest[0].lemma.lower() in ("of", "from", "at")
        and all(w.upos in ("ADP", "DET", "PROPN", "NOUN", "ADJ") for w in rest)
        and len(rest) <= 5
    ):
        return WordRef(sent, k)
    return None


def _year_old(sent: Sentence, i: int) -> int | None:
    """ "the 52-year-old": the tagger makes "old" an adjective; the phrase names a person."""
    words = sent.words
    if words[i].lemma.lower() in ("year", "years") and i + 2 < len(words) and words[i + 1].text == "-":
        if words[i + 2].text.lower() == "old":
            return i + 2
    return None


def _phrase_after(sent: Sentence, index: int) -> list[int]:
    """The words of the noun phrase right after the cue: determiners, modifiers, numbers, nouns,
    a possessive, and "and" between them."""
    run: list[int] = []
    for w in sent.words[index + 1 :]:
        if w.upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART") or (w.upos == "CCONJ" and run):
            run.append(w.index)
        elif w.text == "-" and run:
            run.append(w.index)  # "the 52-year-old"
        else:
            break
    while run and sent.words[run[-1]].upos in ("CCONJ", "PART") or (run and sent.words[run[-1]].text == "-"):
        run.pop()
    return run


def _mistagged_name_after(sent: Sentence, index: int) -> WordRef | None:
    """ "said Small, who attended the rally", "said Hope Hicks.": one to three capitalised words
    right after the cue that close the clause are a name, though the tagger read a word of it as
    an adjective, a verb or a common noun (a run of proper nouns is read by the general rule)."""
    run: list[int] = []
    for w in sent.words[index + 1 : index + 4]:
        if not w.text[:1].isupper() or w.upos not in ("ADJ", "VERB", "NOUN", "X", "PROPN"):
            break
        run.append(w.index)
    end = run[-1] + 1 if run else index + 1
    closes = end >= len(sent.words) or sent.words[end].text in (",", ".", ";")
    if not run or not closes or all(sent.words[i].upos == "PROPN" for i in run):
        return None
    return WordRef(sent, run[-1])


def _titled_name_at_end(sent: Sentence, run: list[int]) -> bool:
    """ "Heart and Stroke senior manager Erin Kim": a coordinated organisation name, a title noun
    and a full name; the name heads it (not "Smith and Jones", two people)."""
    last_cc = max(k for k, i in enumerate(run) if sent.words[i].upos == "CCONJ")
    tail = [sent.words[i] for i in run[last_cc + 1 :]]
    return len(tail) >= 3 and tail[-1].upos == tail[-2].upos == "PROPN" and any(w.upos == "NOUN" for w in tail)


def noun_phrase_after(sent: Sentence, index: int) -> WordRef | None:
    """ "'...,' said X" parsed without the subject arc: the next noun phrase's head (a number and
    its hyphens are part of it: "said the 52-year-old", "said two officials"). A phrase of
    modifiers only that closes the clause is its own head ("said another", "said the second
    official" with "official" tagged an adjective); a coordination of modifiers before a name
    ends on the name ("said farm and ranch worker Tom Reyes")."""
    listener_cue = sent.words[index].lemma.lower() in LISTENER_VERBS
    name = _mistagged_name_after(sent, index)
    if name is not None:
        return name
    for w in sent.words[index + 1 : index + 6]:
        if w.upos in NOMINAL and w.rel in ("nsubj", "nsubj:pass") and w.head != index:
            return None  # "said no decision had been made": the reported clause's own subject
        if w.upos in NOMINAL and w.rel in ("obj", "iobj") and w.head == index and listener_cue:
            return None  # "told Fox News": the listener ("said Jane Roe" is often parsed as an object)
        if w.upos == "PRON" and w.lemma.lower() in ("it", "this", "that") and w.head == index:
            return None  # "put it", "explained it this way": what was said, never who said it
        old = _year_old(sent, w.index)
        if old is not None:
            return WordRef(sent, old)
        nxt = sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
        if w.upos in ("NUM", "DET", "ADJ", "PRON") and nxt is not None and nxt.lemma.lower() == "of":
            return WordRef(sent, w.index)  # "says one of the players", "said some of the residents"
        if w.upos in NOMINAL:
            run = _phrase_after(sent, index)
            if (
                run
                and any(sent.words[i].upos == "CCONJ" for i in run)
                and sent.words[run[-1]].upos == "PROPN"
                and (sent.words[run[0]].upos != "PROPN" or _titled_name_at_end(sent, run))
            ):
                return WordRef(sent, run[-1])
            # "says hospital senior manager Jane Roe" with the title words parsed apart: a
            # description that ends in a full name is headed by the name.
            if (
                w.upos == "NOUN"
                and len(run) >= 3
                and sent.words[run[-1]].upos == "PROPN"
                and sent.words[run[-2]].upos == "PROPN"
            ):
                return WordRef(sent, run[-1])
            j = w.index
            while sent.words[j].head > j and sent.words[sent.words[j].head].upos in ("PROPN", "NOUN"):
                j = sent.words[j].head
            return WordRef(sent, j)
        if w.upos not in ("DET", "ADJ", "PUNCT", "NUM"):
            return None
    run = _phrase_after(sent, index)
    end = run[-1] + 1 if run else index + 1
    closes = end >= len(sent.words) or sent.words[end].text in (",", ".", ";", "!", "?")
    if run and closes and len(run) <= 4 and sent.words[run[-1]].upos in ("ADJ", "DET"):
        return WordRef(sent, run[-1])
    return None


def has_case(sent: Sentence, i: int) -> bool:
    """A nominal with a preposition ("in a carefully worded response") is never a subject."""
    return any(sent.words[k].rel == "case" and sent.words[k].upos == "ADP" for k in sent.children[i])


def name_before(sent: Sentence, i: int) -> WordRef | None:
    """The name right before the phrase of word ``i`` ("Dianne Feinstein (D-Calif.) last week
    said" with "week" parsed as the subject), past a bracketed party tag and commas."""
    j = min(sent.subtree(i)) - 1
    if j >= 0 and sent.words[j].text == ")":
        while j >= 0 and sent.words[j].text != "(":
            j -= 1
        j -= 1
    while j >= 0 and sent.words[j].text == ",":
        j -= 1
    if j >= 0 and sent.words[j].upos == "PROPN" and sent.words[j].text[:1].isupper():
        return WordRef(sent, j)
    return None


def subject_after_comma(sent: Sentence, cue: int, role: Callable[[Word], bool]) -> WordRef | None:
    """ "..., a spokeswoman familiar with the plan said Monday" with "Monday" parsed as the
    subject: the head of the noun phrase between the last comma and the cue, the last word of its
    first run of nouns ("a State Department spokeswoman"). A word the tagger took for an adjective
    counts when ``role`` knows it ("an official familiar with the matter")."""
    seg = segment_before(sent, cue - 1) if cue > 0 else []
    for k, i in enumerate(seg):
        w = sent.words[i]
        if w.upos in ("ADP", "SCONJ", "VERB", "AUX") or w.lemma.lower() in ("who", "which", "that"):
            return None
        if w.upos == "ADJ" and role(w):
            return WordRef(sent, i)
        if w.upos in NOMINAL:
            last = i
            for j in seg[k + 1 :]:
                if sent.words[j].upos not in ("NOUN", "PROPN"):
                    break
                last = j
            return WordRef(sent, last)
    return None


def indefinite_apposition(sent: Sentence, first: int, second: int) -> bool:
    """ "Popular Mobilization Force, a coalition of militias ..." — the second is an apposition.
    So is a definite description set off by commas after a name ("Buckley, the school's
    graduate, said"): a name never needs a second subject. A proper noun with "a" is a class
    ("Roe, a Democrat, said"), and so is one a lower-case adjective describes ("the top
    Republican")."""
    if not any(w.text == "," for w in sent.words[first + 1 : second]) or sent.words[second].upos not in (
        "NOUN",
        "PROPN",
    ):
        return False
    dets = {sent.words[k].lemma.lower() for k in sent.children[second] if sent.words[k].rel == "det"}
    if dets & {"a", "an"}:
        return True
    # (a proper noun with "the" and a lower-case adjective describes: "Roe, R-Miss., the top
    # Republican on the committee, said"; "The New York Times" names)
    described = any(sent.words[k].deprel == "amod" and sent.words[k].text.islower() for k in sent.children[second])
    # (or a capitalised post with its "of" phrase: "Sir Hugh Roe, the Chief of the General Staff,")
    described = described or any(
        sent.words[k].rel == "nmod" and any(sent.words[j].lemma.lower() == "of" for j in sent.children[k])
        for k in sent.children[second]
    )
    if sent.words[second].upos == "PROPN" and not described:
        return False
    # closed by a comma after the whole phrase ("Priorities USA, the main pro-Clinton super
    # political action committee, says")
    after = max(i for i in sent.subtree(second) if sent.words[i].upos != "PUNCT") + 1  # (its comma may hang on it)
    closed = after < len(sent.words) and sent.words[after].text == ","
    opening = sent.words[min(i for i in sent.subtree(second) if sent.words[i].upos != "PUNCT")]
    definite = opening.lemma.lower() == "the" or any(sent.words[k].deprel == "nmod:poss" for k in sent.children[second])
    return definite and sent.words[first].upos == "PROPN" and closed


def capitalised_inside(sent: Sentence, i: int) -> bool:
    """A capitalised word inside a sentence written in lower case ("spokeswoman Hope Hicks
    said", "Hope" tagged as a verb): a name, whatever the tagger says. Not the first word, not
    after a quote mark, a colon or a semicolon, and not in a headline written in title case."""
    w = sent.words[i]
    if i == 0 or not w.text[:1].isupper() or w.text.isupper() or sent.words[i - 1].text in QUOTE_CHARS + ":;—–-":
        return False
    words = [x.text for x in sent.words if x.text[:1].isalpha() and len(x.text) > 3]
    return sum(x[:1].isupper() for x in words) * 2 < len(words)


def nominal_root(sent: Sentence, index: int) -> WordRef | None:
    """ "Jane Doe, despite making an effort to stay on script, deviated from her remarks and
    asserted that ...", parsed with "Jane Doe" as the root, "making" a participle on it and the
    verbs under "making": a cue reached from a name or noun that opens the sentence as its root,
    through verbs without subjects of their own and a participle on the root, has that noun for
    its subject."""
    h, step = index, ""
    for _ in range(10):
        w = sent.words[h]
        if w.rel not in ("conj", "xcomp", "acl", "advcl") or w.head < 0:
            return None
        if h != index and any(sent.words[c].rel == "nsubj" for c in sent.children[h]):
            return None
        h, step = w.head, w.rel
        if sent.words[h].deprel == "root":
            break
    root = sent.words[h]
    if root.deprel != "root" or root.upos not in ("PROPN", "NOUN") or step != "acl" or h > index:
        return None
    # (a subject position: only the noun's own words before it, after a conjunction or adverb)
    if any(sent.words[k].upos not in ("DET", "PROPN", "ADJ", "NOUN", "CCONJ", "ADV", "PUNCT") for k in range(h)):
        return None
    return WordRef(sent, h)
