"""How far a content reaches: the clause a phrase like "..., according to X" qualifies though
the parse hung it elsewhere, the pieces a cue inside the content splits it into, and an
infinitive a prepositional verb's object runs on into. Helpers of ``from_patterns``."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word, WordRef

from .passives import is_participle
from .spans import QUOTE_MARKS, trim_edges

Match = dict[str, int]


# What the content climbs out of to the clause a closing "..., according to X." qualifies: an
# infinitive or adverbial clause; for "according to", which qualifies a statement and never a noun,
# also a noun phrase (with a name the parse made a compound modifier: "... and recruit members,
# including the groups Acme and Zeta, according to sources" with compound(members, Acme)). Never
# a clausal complement: "He said the plan failed, according to the transcript" has a cue of its own.
_CLIMB = frozenset({"xcomp", "advcl"})
_CLIMB_NOUN_PHRASE = _CLIMB | {"acl", "obj", "iobj", "obl", "nmod", "compound"}


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})


def _climbs(sent: Sentence, w: Word, climb: frozenset[str]) -> bool:
    """Whether the content climbs from ``w`` to its head: by a relation in ``climb``; out of a
    relative clause only for "according to" and only a restrictive one, written without a comma
    ("met with families who were affected by the shooting, according to AP" is what AP says of
    the meeting; "the gap, which stood at 263, according to the AP" qualifies the relative clause
    alone); a noun by an apposition too, however the parse labels it ("deadlocked in
    California, the biggest prize of the season, according to a new poll")."""
    if w.deprel == "acl:relcl":
        # (with its relative pronoun: a clause without one, "proof the candidate can close the
        # gap", is a complement the parse took for a relative clause)
        first = sent.subtree(w.index)[0]
        return (
            climb is _CLIMB_NOUN_PHRASE
            and first > 0
            and sent.words[first - 1].upos != "PUNCT"
            and sent.words[first].lemma.lower() in _RELATIVE_PRONOUNS
        )
    # (a noun's conjunct is inside its phrase: "leaders and family members who were ..."; a
    # verb's conjunct for "according to" too: "sought bids ... and mobilised ..., according to
    # sources" is what the sources say of the whole coordination)
    nominal = climb is _CLIMB_NOUN_PHRASE and w.upos in ("NOUN", "PROPN") and w.rel in ("appos", "parataxis", "conj")
    conjunct = climb is _CLIMB_NOUN_PHRASE and w.rel == "conj"
    return w.rel in climb or nominal or conjunct or _adverbial_read_as_conjunct(sent, w)


_SUBORDINATORS = frozenset({"after", "before", "because", "while", "since", "until", "once"})


def _adverbial_read_as_conjunct(sent: Sentence, w: Word) -> bool:
    """ "X is recalling 40mn tablets after routine testing detected an impurity, the company
    said" with "after" made the subject's preposition and the clause a conjunct: a conjunct with
    no coordinator that a subordinator opens is an adverbial clause of the verb before it."""
    if w.rel != "conj" or any(sent.words[c].rel == "cc" for c in sent.children[w.index]):
        return False
    first = sent.words[sent.subtree(w.index)[0]]
    return first.upos in ("ADP", "SCONJ") and first.lemma.lower() in _SUBORDINATORS


def whole_clause(sent: Sentence, m: Match, preposition: bool, is_cue: Callable[[Word], bool]) -> Match:
    """ "..., according to X." closing the sentence after a comma covers the whole clause before
    it, though the parse hung X on a verb inside it ("do not have access to retirement plans,
    according to X" with X under "retirement"): the content climbs out of infinitives and
    adverbial clauses to the clause the comma closes. A prepositional cue (``preposition``) also
    climbs out of a noun phrase ("never saw the draft prepared by the lawyers, according to X"),
    unless that reaches a speech cue with a subject ('Roe said at a press conference, according to
    the Sun': the phrase names the channel of Roe's statement, not a second one)."""
    frame = set(sent.subtree(m["cue"])) | (set(sent.subtree(m["speaker"])) if "speaker" in m else set())
    h = m["content"]
    if h in frame or h > min(frame):
        return m
    lo, hi = min(i for i in frame if sent.words[i].upos != "PUNCT"), max(frame)
    if lo == 0 or sent.words[lo - 1].text != ",":
        return m
    if not all(w.upos == "PUNCT" for w in sent.words[hi + 1 :]):
        last = max(i for i in frame if sent.words[i].upos != "PUNCT")
        return _parenthetical(sent, m, h, lo, last) if preposition else m
    # (a relative clause, "who cites them", qualifies its noun)
    climb = _CLIMB_NOUN_PHRASE if preposition and sent.words[m["cue"]].deprel != "acl:relcl" else _CLIMB
    while _climbs_out(sent, h, climb, is_cue) and 0 <= sent.words[h].head < h:
        step, below = sent.words[h].rel, h
        h = sent.words[h].head
        if (
            step not in _CLIMB
            and not _adverbial_read_as_conjunct(sent, sent.words[below])
            and is_cue(sent.words[h])
            and any(sent.words[c].deprel == "nsubj" for c in sent.children[h])
        ):
            if step == "conj" and _has_clause_kids(sent, below):
                # ("..., as the Times reported, and he will be part of the talks, according to
                # X": the clause coordinated with the other cue's is what X says)
                return {**m, "content": below}
            return m  # (out of a noun phrase into a cue with a speaker: not "troops are posted")
    if sent.words[h].upos in ("NOUN", "PROPN", "PRON") and not _has_clause_kids(sent, h):
        return m  # stranded in a noun phrase the parse hung elsewhere: keep what the match said
    return {**m, "content": h}


def _climbs_out(sent: Sentence, h: int, climb: frozenset[str], is_cue: Callable[[Word], bool]) -> bool:
    """``_climbs``, or out of the complement of a verb that reports nothing ("..., with payments
    for those who can show they lost money to fraud, according to the settlement agreement")."""
    w = sent.words[h]
    if w.rel == "ccomp" and w.head >= 0 and sent.words[w.head].upos == "VERB":
        # (only inside a relative clause: the complement of a clause's own verb is its own)
        head = sent.words[w.head]
        return head.rel == "acl" and not is_cue(head)
    return _climbs(sent, w, climb)


def reporting(sent: Sentence, i: int, is_cue: Callable[[Word], bool]) -> bool:
    """A speech cue with a subject of its own: a coordinated clause's report stops there."""
    return is_cue(sent.words[i]) and any(sent.words[c].rel == "nsubj" for c in sent.children[i])


def _parenthetical(sent: Sentence, m: Match, h: int, lo: int, hi: int) -> Match:
    """ "Roe, according to the Globe report, rebuffed the pressure", "But the next day, according
    to Roe, Doe made demands", "One of the decisions they made, according to X, is to ...": a
    phrase between commas that the parse hung on a word before it qualifies the clause that
    word belongs to, whose predicate comes after the closing comma."""
    after = hi + 1
    if after >= len(sent.words) or sent.words[after].text != ",":
        return m
    while 0 <= sent.words[h].head < lo:
        h = sent.words[h].head  # up through the words before the phrase
    target = sent.words[h].head
    if target > after and (sent.words[target].upos in ("VERB", "AUX", "ADJ") or _has_clause_kids(sent, target)):
        return {**m, "content": target}
    return m


def _has_clause_kids(sent: Sentence, head: int) -> bool:
    return any(sent.words[c].rel in ("nsubj", "cop") for c in sent.children[head])


def pieces(sent: Sentence, cue: int, speaker: WordRef | None, words: set[int]) -> list[list[int]]:
    """A cue inside its content ('"A," he said, "B."', "The bridge, he said, will reopen")
    splits it: two pieces, each its own record, as newsroom and corpus conventions have it."""
    # The frame is the cue with what hangs on it that is not content (a cue heading the
    # sentence has the content under it), punctuation aside; not another clause the cue reports
    # ('Clinton, a top aide said, "is very confident ...", and since 2008 she has told ...').
    others = [c for c in sent.children[cue] if c not in words and sent.words[c].rel in ("ccomp", "parataxis")]
    frame = {i for i in sent.subtree(cue, exclude=others) if i not in words and sent.words[i].upos != "PUNCT"}
    frame |= set(sent.subtree(speaker.index)) if speaker else set()
    lo, hi = min(frame), max(frame)
    left, right = sorted(w for w in words if w < lo), sorted(w for w in words if w > hi)
    if left and right and speaker is not None and speaker.index > cue and _about_speaker(sent, frame, right):
        return [p for p in [trim_edges(sent, left)] if p] or [sorted(words)]
    pieces = [trim_edges(sent, left), trim_edges(sent, right)] if left and right else [sorted(words)]
    # ("Now, according to the poll, some are swinging": an adverb alone says nothing; nor does a
    # relative pronoun, "..., which they say could force ...")
    pieces = [
        p
        for p in pieces
        if any(sent.words[i].upos not in _BARE and "PronType=Rel" not in sent.words[i].feats for i in p)
    ]
    return pieces or [sorted(words)]


def _about_speaker(sent: Sentence, frame: set[int], right: list[int]) -> bool:
    """What follows a speaker named after its cue and is more of the speaker's phrase, whatever
    the parse says: words running on with no mark between ("according to a list USA Today
    assembled in 2012"), or a noun phrase after a comma ("according to Uzi Arad, the prime
    minister's former adviser, ..."), an apposition the parse hung on the verb."""
    last = max(i for i in frame if sent.words[i].upos != "PUNCT")
    first = next((i for i in right if sent.words[i].upos != "PUNCT"), None)
    if first is None:
        return False
    if first == last + 1:
        return True
    between = [sent.words[k].text for k in range(last + 1, first)]
    head = first
    while sent.words[head].head in right and sent.words[head].head > first:
        head = sent.words[head].head  # up to the phrase's head ("former ... adviser")
    w = sent.words[head]
    return (
        between == [","]
        and w.upos in ("NOUN", "PROPN")
        and w.rel in ("obl", "appos", "nmod", "conj", "parataxis", "dep", "list")
        and not any(sent.words[c].rel in ("nsubj", "cop", "case") for c in sent.children[head])
    )


_BARE = frozenset({"ADV", "ADP", "PUNCT", "CCONJ", "SCONJ", "INTJ", "PART"})


# Prepositions of a phrase that says what a noun object is about ("doubts about the project").
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "regarding", "concerning"})


def after_object(sent: Sentence, cue: int, words: set[int], topic: int | None = None) -> list[int]:
    """A phrase right after an object that the parse hangs on the verb but belongs to the object:
    an infinitive ("called for the mayor to resign": part of what was asked for) or what the
    object is about ("expressed doubts about the project", "raised concerns over pay"; or the
    topic the pattern matched: "expressed dismay at the thought of ...", where "at" alone could
    as well be a place)."""
    if not words:
        return []
    nxt = max(words) + 1
    if topic is not None and min(sent.subtree(topic)) == nxt:
        return list(sent.subtree(topic))
    for c in sent.children[cue]:
        sub = sent.subtree(c)
        if sub[0] != nxt:
            continue
        first = sent.words[nxt]
        if sent.words[c].rel in ("advcl", "xcomp") and first.lemma.lower() == "to" and first.upos == "PART":
            return list(sub)
        if sent.words[c].rel == "obl" and first.rel == "case" and first.lemma.lower() in _TOPIC_PREPOSITIONS:
            return list(sub)
        if sent.words[c].rel == "conj" and sent.words[c].upos == "NOUN" and first.text == ",":
            # ("expressed frustration, and even trepidation, about ..." with the second noun
            # hung on the verb: a noun has no place coordinated with a verb)
            return list(sub)
    return []


def without_contrast(sent: Sentence, cue: int, matches: list[Match]) -> list[Match]:
    """ "Clinton says the mails were personal, but for Republicans, it is a smoking gun" with
    both clauses complements of "says": a second complement after the cue opened by ", but"
    (or "yet") and no "that" is the writer's contrast, not more of what was said."""
    if len(matches) < 2:
        return matches
    first = min(m["content"] for m in matches)

    def contrast(h: int) -> bool:
        if h == first or h < cue:
            return False
        kids = sent.children[h]
        cc = next(
            (k for k in kids if sent.words[k].rel == "cc" and sent.words[k].lemma.lower() in ("but", "yet")), None
        )
        that = any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in kids)
        return cc is not None and cc > 0 and sent.words[cc - 1].text == "," and not that

    kept = [m for m in matches if not contrast(m["content"])]
    return kept or matches


def without_participle_statements(
    sent: Sentence, cue: int, words: set[int], is_cue: Callable[[Word], bool]
) -> set[int]:
    """'Roe said it was fine, adding that "..."': a participial speech clause after a comma
    inside the content is a second statement with its own content (its own record), not
    more of the first; nor is a statement coordinated after the cue with a speaker of its own
    (``_own_speaker_after``). Nor is a contrast after a cue set off in the middle: "The bid was
    rejected, sources said, although talks will continue" (``_after_contrast``)."""
    words = words - _after_contrast(sent, cue)
    for w in sorted(words):
        word = sent.words[w]
        if (
            w != cue
            and w in words
            and word.rel in ("advcl", "conj", "xcomp")
            and is_cue(word)
            and (_participle_after_comma(sent, w) or _set_against(sent, w) or _own_speaker_after(sent, w, cue))
            and any(sent.words[c].rel in ("ccomp", "parataxis") for c in sent.children[w])
        ):
            words -= set(sent.subtree(w))
    return words


def _own_speaker_after(sent: Sentence, w: int, cue: int) -> bool:
    """ "..., according to motoring association ANWB, and police said they had arrested 14 people":
    a statement coordinated after the cue, with a speaker of its own."""
    word = sent.words[w]
    # (joined to a clause before the cue, which the cue closes; not "found that ... said ..." after it)
    return w > cue > word.head and word.rel == "conj" and any(sent.words[c].rel == "nsubj" for c in sent.children[w])


def _participle_after_comma(sent: Sentence, w: int) -> bool:
    return is_participle(sent.words[w]) and any(sent.words[k].text == "," for k in range(max(0, w - 2), w))


def _set_against(sent: Sentence, w: int) -> bool:
    """ "Marlowe said it would match the cuts, while the discounter Kaufpreis insisted it remained
    the cheapest": a speech clause with a subject of its own, opened by "while" or "whereas", is
    another speaker's statement the writer sets against the first, not more of it."""
    kids = [sent.words[c] for c in sent.children[w]]
    first = min(i for i in sent.subtree(w) if sent.words[i].upos != "PUNCT")
    opened = first > 0 and sent.words[first - 1].text == "," and sent.words[first].lemma.lower() in ("while", "whereas")
    return opened and any(k.rel == "mark" and k.index == first for k in kids) and any(k.rel == "nsubj" for k in kids)


# Words that open the writer's contrast after a closing cue: "..., sources said, although ..."
CONTRASTS = frozenset({"but", "although", "though", "while", "whereas", "even", "yet"})


def contrast_after(sent: Sentence, comma: int, host: int) -> int:
    """The clause a contrast word opens right after the comma at ``comma``, when it hangs on
    ``host`` (the clause a cue before the comma reports); else -1."""
    if comma + 1 >= len(sent.words) or sent.words[comma].text != ",":
        return -1
    opener = sent.words[comma + 1]
    clause = opener.head if opener.rel in ("cc", "mark", "advmod") else -1
    if opener.text.lower() not in CONTRASTS or clause < 0 or sent.words[clause].head != host:
        return -1
    return clause


def _after_contrast(sent: Sentence, cue: int) -> set[int]:
    """The words of a clause after a parataxis cue's closing comma, hung on the clause the cue
    reports and opened by "but" / "although" / "even as": the writer's, not more of what was said."""
    w = sent.words[cue]
    if w.rel != "parataxis" or not 0 <= w.head < cue:
        return set()
    comma = max(sent.subtree(cue)) + 1
    clause = contrast_after(sent, comma, w.head)
    if clause < 0:
        return set()
    if any(sent.words[k].text in QUOTE_MARKS for k in range(comma, max(sent.subtree(clause)) + 1)):
        return set()  # ('"...," she said, "but ..."': a quotation goes on)
    return set(sent.subtree(clause))


def interrupted_host(sent: Sentence, cue: int, words: set[int]) -> set[int]:
    """ "The mayor is so reckless, the governor said, that the city will go broke": a cue set
    off by commas inside a sentence, parsed as a parataxis of the clause before it, with its own
    complement after it: the clause before is the first half of what was said (two pieces)."""
    w = sent.words[cue]
    host = w.head
    if w.rel != "parataxis" or not 0 <= host < cue or min(words) < cue:
        return set()
    frame = [i for i in sent.subtree(cue) if i not in words and sent.words[i].upos != "PUNCT"]
    if not frame or min(frame) < 1 or max(frame) + 1 >= len(sent.words):
        return set()
    if sent.words[min(frame) - 1].text != "," or sent.words[max(frame) + 1].text != ",":
        return set()  # (set off on both sides: not "Mary Roe, clad in red, said the ...")
    speakers = [c for c in sent.children[cue] if sent.words[c].rel == "nsubj"]
    if not speakers or min(sent.subtree(speakers[0])) != min(frame):
        return set()  # (its own speaker opens the frame: ", the governor said,")
    if not (sent.words[host].upos in ("VERB", "AUX") or _has_clause_kids(sent, host)):
        return set()
    return {i for i in sent.subtree(host) if i < min(frame)}


def closed_clause(sent: Sentence, h: int, cue: int, is_speech: Callable[..., bool], preposition: bool) -> int:
    """The clause a trailing attribution closes: the whole coordinated clause (not into another
    report: "as the Times reported, and he will ..."); and for a prepositional cue hung on a
    closing speech verb, the statement with its report ("The attack took four minutes, he said,
    according to the complaint": the complaint says he said it)."""
    while sent.words[h].rel == "conj" and sent.words[h].head not in (-1, cue):
        if reporting(sent, sent.words[h].head, is_speech):
            break
        h = sent.words[h].head
    w = sent.words[h]
    if preposition and w.rel == "parataxis" and 0 <= w.head < h and is_speech(w):
        return w.head
    return h
