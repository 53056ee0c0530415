"""The reported clause's verb read as the sentence's root, with the speaker its second subject.

"Some workers who voted no said they feared the union would bring strikes" comes out of the
shipped parser with "bring" the root, two subjects ("workers" and "union"), "said" a relative
clause of "workers" and "feared" with no complement: the speech verb lost its subject and the
verb it reports lost its clause. A root with two subjects is a misparse; when a finite speech verb
(not a participle: "the slogan shared by the campaign and Mrs. Clinton feels bloodless") hangs
inside the first subject's phrase (a relative clause or modifier of it) and comes before
the second subject, the speech verb is the main verb, the first subject is its subject, and the
root with its second subject is what is reported - by the last verb before that subject with no
clause of its own ("feared"), or by the speech verb itself. The speaker hung as the subject of
the clause across the cue ("Critics of the university's handling say the damage ... will take"
with ``nsubj(take, Critics)``) is the speech verb's (``speaker_read_as_reported_subject``). Part
of the first round of repairs
(``modifier_moves``; tests/test_uncovered_clauses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]
IsSpeech = Callable[[Word, Sentence], bool]

_CLAUSES = ("ccomp", "xcomp", "parataxis")


def report_read_as_root(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """The moves that make the speech verb inside the first subject's phrase the root (module doc)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ"):
        return {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < root.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    phrase = set(sent.subtree(first))
    # (a finite verb: "said", not a participle of a reduced relative, "the slogan shared by ...",
    # "the emails released Tuesday")
    speech = [
        k
        for k in range(first + 1, second)
        if k in phrase and is_speech(sent.words[k], sent) and "VerbForm=Fin" in sent.words[k].feats
    ]
    if not speech or sent.words[speech[0]].rel not in ("acl", "acl:relcl"):
        return {}
    verb = speech[0]
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb]):
        return {}  # ("the official who said ... ": a relative clause with its own subject)
    # the last verb before the second subject that reports nothing yet: "feared", else "said"
    open_verbs = [
        k
        for k in range(verb, second)
        if sent.words[k].upos == "VERB"
        and (k == verb or k in sent.subtree(verb))
        and not any(sent.words[c].rel in _CLAUSES for c in sent.children[k])
    ]
    if not open_verbs:
        return {}
    cue = open_verbs[-1]
    moves: Moves = {verb: (-1, "root"), first: (verb, "nsubj"), root.index: (cue, "ccomp")}
    # (what closes the sentence is the main verb's: the full stop)
    moves.update(
        {
            c: (verb, "punct")
            for c in sent.children[root.index]
            if sent.words[c].upos == "PUNCT" and c == len(sent.words) - 1
        }
    )
    return moves


def speaker_read_as_reported_subject(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "Critics of the university's handling say the damage to trust will take far longer" with
    ``nsubj(take, Critics)`` across the cue, "say" with no subject and "damage" its object: a
    subject before a speech verb that has none, hung on the clause after it, is the speech verb's;
    the verb's object right before that clause, its subject."""
    for verb in sent.words:
        kids = sent.children[verb.index]
        if not is_speech(verb, sent) or any(sent.words[c].rel in ("nsubj", "nsubj:pass", "expl") for c in kids):
            continue
        for c in kids:
            if sent.words[c].rel != "ccomp" or c < verb.index:
                continue
            crossing = [k for k in sent.children[c] if sent.words[k].rel == "nsubj" and k < verb.index]
            if len(crossing) != 1 or sent.words[crossing[0]].upos not in ("NOUN", "PROPN"):
                continue
            # ('The vote, Senate Majority Leader Chuck Schumer said, was "a turning point"': a name
            # set off right before the verb, the subject's apposition, is the speaker, the subject the report's)
            named = [
                k
                for k in sent.children[crossing[0]]
                if sent.words[k].rel == "appos"
                and sent.words[k].upos == "PROPN"
                and max(sent.subtree(k)) == verb.index - 1
            ]
            if named and sent.words[min(sent.subtree(named[0])) - 1].text == ",":
                return {named[0]: (verb.index, "nsubj")}
            moves: Moves = {crossing[0]: (verb.index, "nsubj")}
            objects = [k for k in kids if sent.words[k].rel in ("obj", "iobj") and verb.index < k < c]
            if len(objects) == 1:
                moves[objects[0]] = (c, "nsubj")
            return moves
    return {}


def subject_read_as_second_complement(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "Four persons, including a clerk at a printing press, have been arrested in connection with
    the leak, police said": the parse gives the trailing cue two complements, the noun phrase and
    the verb after it, and the verb no subject. A nominal complement right before a verbal one
    that has none (only the noun phrase's own asides and commas between) is that verb's subject."""
    words = sent.words
    for cue in (w for w in words if is_speech(w, sent)):
        comps = [c for c in sent.children[cue.index] if words[c].rel == "ccomp" and c < cue.index]
        for noun, verb in zip(comps, comps[1:]):
            if words[noun].upos not in ("NOUN", "PROPN", "PRON", "NUM") or words[verb].upos not in (
                "VERB",
                "AUX",
                "ADJ",
            ):
                continue
            kids = sent.children[verb]
            if any(words[c].rel in ("nsubj", "nsubj:pass", "csubj") for c in kids):
                continue
            gap = range(max(sent.subtree(noun)) + 1, min(sent.subtree(verb)))
            if any(words[k].upos != "PUNCT" for k in gap):
                continue
            passive = any(words[c].deprel == "aux:pass" for c in kids)
            return {noun: (verb, "nsubj:pass" if passive else "nsubj")}
    return {}


def that_clauses_apart(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "said in a statement that 11 of the cars held hazardous materials and that it was working
    ...", "telling the Tribune that a lawsuit was certain and that the group would look ...": a
    clause opened by "and that" is coordinated with the "that" clause before it, wherever the
    parse hung either; a first clause the parse hid under the cue's modifier ("statement") is the
    cue's complement, with the phrase after its "that" its subject."""
    words = sent.words
    for x in words:
        kids = sent.children[x.index]
        mark = next((c for c in kids if words[c].lemma.lower() == "that" and words[c].rel == "mark"), -1)
        if mark < 2 or words[mark - 1].rel != "cc" or words[mark - 1].head != x.index:
            continue
        earlier = [w for w in words[: mark - 1] if w.lemma.lower() == "that" and w.rel == "mark" and w.upos == "SCONJ"]
        first = earlier[-1].head if earlier else -1
        if not earlier or not earlier[-1].index < first < mark - 1 or x.head == first:
            continue
        host = words[first].head
        if host >= 0 and sum(words[c].rel == "ccomp" for c in sent.children[host]) > 1:
            continue  # (a first clause the parse split in two: "that all anyone has to do is ask ...")
        moves: Moves = {x.index: (first, "conj")}
        cue = words[x.head] if x.head >= 0 else None
        if cue is not None and x.rel == "ccomp" and is_speech(cue, sent) and words[first].rel not in _CLAUSES:
            moves[first] = (cue.index, "ccomp")
            subject = [k for k in range(earlier[-1].index + 1, first) if not earlier[-1].index < words[k].head <= first]
            if len(subject) == 1 and not any(words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[first]):
                moves[subject[0]] = (first, "nsubj")
        return moves
    return {}


# Participles that name what the noun before them is also called ("known as AFAD")
_NAMING = frozenset({"know", "call", "name", "dub"})


def speaker_before_naming_aside(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "The quake struck near Puturge, Turkey's Disaster and Emergency Management Authority,
    known as AFAD, said": a trailing cue with no subject, whose complement the parse made the
    naming participle ("known as AFAD"), has for subject the noun right before that aside; the
    aside describes it."""
    words = sent.words
    for cue in (w for w in words if is_speech(w, sent)):
        kids = sent.children[cue.index]
        if any(words[c].rel in ("nsubj", "nsubj:pass") for c in kids):
            continue
        for c in kids:
            aside = words[c]
            if aside.rel != "ccomp" or aside.lemma.lower() not in _NAMING or "VerbForm=Part" not in aside.feats:
                continue
            noun = words[aside.index - 2] if aside.index >= 2 else None
            if noun is None or words[aside.index - 1].text != "," or noun.upos not in ("NOUN", "PROPN"):
                continue
            if any(words[k].rel == "ccomp" and k < noun.index for k in kids) and noun.head != cue.index:
                return {noun.index: (cue.index, "nsubj"), aside.index: (noun.index, "acl")}
    return {}


def cue_read_into_speakers_relative(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "A NOAA official who spoke on condition of anonymity because the rule had not been
    finalized said the agency was weighing a delayed start ..." with "official" the root, "said" an
    adverbial clause of "weighing" and "weighing" a complement inside the relative clause: a noun
    root with a relative clause, and a finite speech verb with no subject right after that clause's
    own words, is the speaker; the speech verb is the main verb and the clause it modifies what it
    reports."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return {}
    relative = next((c for c in sent.children[root.index] if sent.words[c].deprel == "acl:relcl"), None)
    if relative is None:
        return {}
    for verb in sent.words[relative + 1 :]:
        # (finite, or a past form the tagger read as a participle, with no auxiliary of its own)
        aux = any(sent.words[c].rel in ("aux", "aux:pass") for c in sent.children[verb.index])
        past = "VerbForm=Fin" in verb.feats or "Tense=Past" in verb.feats and "VerbForm=Part" in verb.feats
        if not is_speech(verb, sent) or not past or aux or verb.rel != "advcl":
            continue
        report = verb.head
        if report <= verb.index or any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb.index]):
            return {}
        # (the words between the noun and the verb: the relative clause's, whatever it holds now)
        inside = set(sent.subtree(relative)) - set(sent.subtree(report))
        if any(k not in inside for k in range(relative, verb.index)) or report not in sent.subtree(relative):
            return {}
        moves: Moves = {verb.index: (-1, "root"), root.index: (verb.index, "nsubj"), report: (verb.index, "ccomp")}
        last = len(sent.words) - 1
        if sent.words[last].upos == "PUNCT":
            moves[last] = (verb.index, "punct")
        return moves
    return {}
