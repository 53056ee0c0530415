"""A cue the tagger read as a modifier of the noun after it: "A plow operator who has worked the
pass for 19 years said crews had been short three drivers" with "said" an adjective of "crews"
(``amod(crews, said)``) and "operator" and "crews" two subjects of "short". A speech verb's past
form right before the second of two subjects of the main clause, after the first, is the main
verb: the first subject is its subject, and the old main clause what was said. Part of
``repairs._words_and_subjects`` (beside ``tag_repairs.cue_before_that_read_as_modifier``, the same
misreading before "that"). And one read as a modifier of the listener after it, with no verb for
the sentence ("..., who is leading the investigation, told reporters that ..."):
``cue_read_as_listeners_modifier``. And a plural's verb read as a noun in the subject's phrase
before "that", with no verb for the sentence ("Critics of the levy argue that ..."):
``cue_read_as_noun_before_that``. And a cue inside a relative clause with no relative word,
whose report is the clause's rest ("in a move officials say is needed to deter Russia"):
``cue_in_contact_relative``. And "say" read as a noun after a share of people ("..., and some
say they have given up hope"): ``say_read_as_noun_after_share``. And "saying" read as a modifier of
the report's subject after a "with" phrase ("..., with several chambers of commerce saying members
remain unsure"): ``saying_read_as_modifier_after_with``."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import is_finite
from .tag_repairs import verb_lemma

Moves = dict[int, tuple[int, str]]


def cue_read_as_subjects_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the verb (to retag) and the moves that make it the main verb, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 2:
        return -1, {}
    first, second = subjects
    w = sent.words[min(sent.subtree(second))]
    if w.head != second or w.deprel not in ("amod", "acl") or not first < w.index:
        return -1, {}
    if not w.text.lower().endswith(("ed", "aid")) or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
        return -1, {}
    moves: Moves = {w.index: (-1, "root"), root.index: (w.index, "ccomp"), first: (w.index, "nsubj")}
    for c in sent.children[root.index]:
        if c < first:  # (whatever opens the sentence goes with the new main verb)
            moves[c] = (w.index, sent.words[c].deprel)
    return w.index, moves


def cue_read_as_listeners_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Board member Carla Whitfield, who is leading the investigation, told reporters that
    investigators were examining ..." with the name the root, "told" an adjective of "reporters"
    and the report a relative clause of "reporters": with no verb for the sentence, a speech
    verb's past form after a comma (or any form of "tell", never an adjective: "An MDOT engineer
    who asked not to be identified ... told 8 News the cracks appeared ...") modifying the noun
    after it (its own modifiers between) that a "that" clause, or a clause with a subject of its
    own, hangs on, is the main verb, the name its subject, the noun its listener and the clause
    what was said. So is it when the parse made the report the sentence's verb, with two subjects
    ("An energy ministry official, speaking on condition of anonymity because ..., told AFP the
    government was weighing arbitration" with "weighing" the root and "official" its first
    subject). The index of the verb (to retag) and the moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    subject, participle = root.index, -1
    if root.upos == "VERB" and "VerbForm=Part" in root.feats and "Tense=Past" in root.feats:
        # (or a reduced relative read as the sentence's verb: "A federal police officer involved in
        # operations in Para, who ..., told AFP that ...")
        noun = root.index - 1
        if noun < 0 or sent.words[noun].head != root.index or not sent.words[noun].rel.startswith("nsubj"):
            return -1, {}
        subject, participle = noun, root.index
    elif root.upos not in ("PROPN", "NOUN") and root.upos not in ("VERB", "AUX"):
        return -1, {}
    for w in sent.words:
        listener = _modified_listener(sent, w, in_lex)
        if listener < 0:
            continue
        if root.index > w.index:
            moves = _report_read_as_root(sent, root.index, w.index, listener) if participle < 0 else {}
            if moves:
                return w.index, moves
            continue
        if root.upos not in ("PROPN", "NOUN") and participle < 0:
            continue
        clause = _listeners_clause(sent, listener)
        if clause < 0:
            continue
        moves = {w.index: (-1, "root"), subject: (w.index, "nsubj"), listener: (w.index, "iobj")}
        moves[clause] = (w.index, "ccomp")
        if participle >= 0:
            moves[participle] = (subject, "acl")
        return w.index, moves
    return -1, {}


def _modified_listener(sent: Sentence, w: Word, in_lex: Callable[[str, str], bool]) -> int:
    """The noun a speech verb ``w`` was read as an adjective of (after it, with only its own
    modifiers between), or -1."""
    if w.deprel != "amod" or w.index < 1 or w.head <= w.index or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
        return -1
    if sent.words[w.index - 1].text != "," and verb_lemma(w, in_lex) != "tell":
        return -1
    between = range(w.index + 1, w.head)
    return w.head if all(w.head in sent.heads_above(k) for k in between) else -1


def _listeners_clause(sent: Sentence, listener: int) -> int:
    """A clause on the listener that is what was told: a relative clause opened by "that", or
    one with a subject of its own that is no relative pronoun; else -1."""
    for c in sent.children[listener]:
        kids = [sent.words[k] for k in sent.children[c]]
        if c < listener or sent.words[c].rel != "acl":
            continue
        if any(k.rel == "mark" and k.lemma.lower() == "that" for k in kids):
            return c
        subj = next((k for k in kids if k.rel in ("nsubj", "nsubj:pass") and k.index < c), None)
        if subj is not None and "PronType=Rel" not in subj.feats and subj.lemma.lower() not in _RELATIVES:
            return c
    return -1


_RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "what"})


def _report_read_as_root(sent: Sentence, root: int, cue: int, listener: int) -> Moves:
    """The moves that make the cue the main verb when the report is the root, its first subject
    before the cue the cue's and its second after the listener its own; {} if not so."""
    subjects = [c for c in sent.children[root] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
    before = [c for c in subjects if c < cue]
    if len(before) != 1 or not any(listener < c < root for c in subjects):
        return {}
    moves: Moves = {cue: (-1, "root"), root: (cue, "ccomp"), before[0]: (cue, "nsubj"), listener: (cue, "iobj")}
    for c in sent.children[root]:
        if c < cue and c not in moves:  # (what stands between the subject and the cue goes with the cue)
            moves[c] = (cue, sent.words[c].deprel)
    return moves


def cue_read_as_object_of_plural(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Industry analysts caution that tighter rules could drive ..." with "analysts" tagged the
    verb and "caution" its object: a plural the tagger read as the sentence's verb, right before a
    speech verb's form it took for its object and a "that" clause, is the subject, the speech verb
    the main verb (the plural is retagged by ``repairs``: ``plural_subject_of``)."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "VERB" or not root.text.endswith("s") or root.index + 2 >= len(sent.words):
        return -1, {}
    cue, that = sent.words[root.index + 1], sent.words[root.index + 2]
    if cue.head != root.index or cue.rel != "obj" or not in_lex("speech_verbs", cue.lemma.lower()):
        return -1, {}
    if that.lemma.lower() != "that" or sent.children[cue.index]:
        return -1, {}
    moves: Moves = {cue.index: (-1, "root"), root.index: (cue.index, "nsubj")}
    for c in sent.children[root.index]:
        if c != cue.index:
            w = sent.words[c]
            moves[c] = (root.index, "compound") if w.rel == "nsubj" and c == root.index - 1 else (cue.index, w.deprel)
    return cue.index, moves


def plural_subject_of(sent: Sentence, cue: int) -> int:
    """The plural ``cue_read_as_object_of_plural`` made the subject, still tagged a verb, or -1."""
    return next((c for c in sent.children[cue] if sent.words[c].rel == "nsubj" and sent.words[c].upos == "VERB"), -1)


def cue_read_as_noun_before_that(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Critics of the levy argue that it has driven away the investment" with "Critics" the root,
    "argue" a noun in its "of" phrase ("levy argue") and the report a relative clause of it: with
    a plural noun for the sentence's root, a speech verb's form read as a noun inside the root's
    phrase, with a "that" clause right after it and no owner of its own ("Critics' claims that
    ..." is a noun), is the main verb, the root its subject (the words between them the
    subject's phrase) and the clause what was said. The index of the verb (to retag) and the
    moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN") or "Number=Plur" not in root.feats:
        return -1, {}
    for w in sent.words[root.index + 1 :]:
        if w.upos != "NOUN" or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
            continue
        kids = sent.children[w.index]
        # (inside the root's own noun phrase, through nouns only, with no owner: not "a 'stand
        # down' order that ..." in a clause further on)
        path = sent.heads_above(w.index)
        if root.index not in path or any(sent.words[c].deprel == "nmod:poss" for c in kids):
            continue
        if any(sent.words[k].upos not in ("NOUN", "PROPN") for k in path[: path.index(root.index)]):
            continue
        clause = next((c for c in kids if c > w.index and w.index + 1 in sent.children[c]), -1)
        if clause < 0 or sent.words[w.index + 1].text.lower() != "that":
            continue
        moves: Moves = {w.index: (-1, "root"), root.index: (w.index, "nsubj"), clause: (w.index, "ccomp")}
        between = [c for c in kids if root.index < c < w.index]
        noun = next((c for c in reversed(between) if sent.words[c].upos in ("NOUN", "PROPN")), -1)
        for c in between:  # ("of the levy": the subject's phrase, under its noun)
            moves[c] = (root.index, "nmod") if c in (noun, -1) or noun < 0 else (noun, sent.words[c].deprel)
        return w.index, moves
    return -1, {}


# Finite forms that open a report right after "say" in a relative clause ("officials say is needed")
_REPORT_OPENERS = frozenset(
    "is are was were would will could can may might must should has have had does do did".split()
)


def cue_in_contact_relative(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Parliament approved the expansion in a move officials say is needed to deter Russia" with
    "move" a compound of "officials", "say" and "needed" conjuncts of the main verb: a noun, then
    a plural noun or a personal pronoun, then a speech verb and a finite form with no subject of
    its own is a relative clause of the first noun with no relative word ("a move [that]
    officials say is needed"): the speech verb its verb, the second noun its subject, the rest
    what was said. The index of the verb (to retag) and the moves, or (-1, {})."""
    words = sent.words
    for i in range(2, len(words) - 1):
        cue, who, noun, first = words[i], words[i - 1], words[i - 2], words[i + 1]
        if not in_lex("speech_verbs", verb_lemma(cue, in_lex)) or first.text.lower() not in _REPORT_OPENERS:
            continue
        plural = who.upos == "NOUN" and "Number=Plur" in who.feats and who.text.islower()
        pronoun = who.upos == "PRON" and who.text.lower() in ("he", "she", "they", "we")
        if not (plural or pronoun) or noun.upos != "NOUN" or not noun.text.islower():
            continue
        report = first.index if first.upos == "VERB" else first.head
        if report <= i or any(words[c].rel in ("nsubj", "nsubj:pass", "csubj") for c in sent.children[report]):
            continue
        if cue.head == report or report in sent.heads_above(cue.index):
            continue  # (nothing to put right, or the report already holds the cue)
        moves: Moves = {
            who.index: (cue.index, "nsubj"),
            report: (cue.index, "ccomp"),
            cue.index: (noun.index, "acl:relcl"),
        }
        if noun.head == who.index:  # ("move" a compound of "officials": it takes their place)
            moves[noun.index] = (who.head, who.deprel)
            if who.head == cue.index:
                # (or the cue's, when the parse made "officials" the cue's subject already: "in a
                # move officials say is needed" with "in" and "a" on "officials" too)
                taken = [c for c in sent.children[who.index] if c < noun.index]
                if noun.index - 1 not in taken or words[noun.index - 1].rel != "det":
                    continue  # (its own article: not "a trend that business leaders say is ...")
                cased = any(words[c].rel == "case" for c in taken)
                moves[noun.index] = (cue.head, "obl" if cased else cue.deprel)
                moves.update({c: (noun.index, words[c].deprel) for c in taken})
        return cue.index, moves
    return -1, {}


_SHARES = frozenset({"some", "many", "most", "others", "few", "several", "all"})


def say_read_as_noun_after_share(sent: Sentence) -> tuple[int, Moves]:
    """ "..., and some say they have given up hope" with "say" a noun, "some" its determiner and the
    clause after it a relative clause of it: a share of people then "say" with a clause that has a
    subject of its own right after it is a speaker and a cue. The index of "say" (to retag as a
    verb) and the moves, or (-1, {})."""
    for w in sent.words[1:-1]:
        share = sent.words[w.index - 1]
        if w.upos == "NOUN" and w.text.lower() == "saying" and share.head == w.index:
            if (moves := _with_share_saying(sent, w, share)) is not None:
                return w.index, moves
        if (moves := _share_say_before_subject(sent, w, share)) is not None:
            return w.index, moves
        if w.upos != "NOUN" or w.text.lower() not in ("say", "says") or share.head != w.index:
            continue
        if share.text.lower() not in _SHARES or share.rel != "det":
            continue
        clause = next((c for c in sent.children[w.index] if c > w.index and sent.words[c].upos == "VERB"), -1)
        if clause < 0 or not any(sent.words[k].rel == "nsubj" for k in sent.children[clause]):
            continue
        if min(sent.subtree(clause)) != w.index + 1:
            continue
        return w.index, {share.index: (w.index, "nsubj"), clause: (w.index, "ccomp")}
    return -1, {}


def _share_say_before_subject(sent: Sentence, w: Word, share: Word) -> Moves | None:
    """ "Some say hockey has brought crowds on winter nights" with "say" a compound of "hockey" and
    "Some" its determiner: a share, then "say" before the subject of a clause, is a speaker and a
    cue, the clause what they said."""
    if w.upos != "NOUN" or w.text.lower() not in ("say", "says") or w.rel != "compound":
        return None
    subject = sent.words[w.head]
    if share.text.lower() not in _SHARES or share.head != subject.index or subject.index != w.index + 1:
        return None
    verb = subject.head
    if subject.rel != "nsubj" or verb <= subject.index or sent.words[verb].upos not in ("VERB", "AUX", "ADJ"):
        return None
    return {
        w.index: (sent.words[verb].head, sent.words[verb].deprel),
        share.index: (w.index, "nsubj"),
        verb: (w.index, "ccomp"),
    }


def _with_share_saying(sent: Sentence, w: Word, share: Word) -> Moves | None:
    """ "..., with many saying they now spend more than half of their income" with "saying" a noun,
    "many" its modifier and the whole an oblique of "spend": after "with", a share then "saying"
    with a clause right after it is a speaker and a cue, the clause what they said."""
    with_ = any(sent.words[c].lemma.lower() == "with" and sent.words[c].rel == "case" for c in sent.children[w.index])
    clause = w.head
    if not with_ or share.text.lower() not in _SHARES or clause <= w.index or sent.words[clause].upos != "VERB":
        return None
    subject = next((c for c in sent.children[clause] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
    if subject < 0 or min(sent.subtree(subject)) != w.index + 1:
        return None
    return {share.index: (w.index, "nsubj"), clause: (w.index, "ccomp"), w.index: (sent.words[clause].head, "advcl")}


def saying_read_as_modifier_after_with(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "..., with several chambers of commerce saying members remain unsure how ..." with "saying"
    an adjective of "members", "members" a modifier inside the "with" phrase and "remain" a
    conjunct of the main verb: after "with" and its noun phrase set off by a comma, a speech verb
    in "-ing" before a noun and a finite verb is the absolute clause's verb (the "with" noun its
    subject), the noun and that verb what was said. The index of the verb and the moves, or (-1, {})."""
    words = sent.words
    for w in words[2:-2]:
        who = words[w.head] if w.rel == "amod" and w.head == w.index + 1 else None
        if who is None or not w.text.lower().endswith("ing") or not in_lex("speech_verbs", verb_lemma(w, in_lex)):
            continue
        with_ = next((k for k in range(w.index - 1, max(w.index - 8, 0), -1) if words[k].text.lower() == "with"), -1)
        n = words[with_].head if with_ > 0 else -1
        if n < 0 or words[with_ - 1].text != "," or not all(k in sent.subtree(n) for k in range(with_, w.index)):
            continue
        report = max(sent.subtree(who.index)) + 1
        while report < len(words) and words[report].upos in ("AUX", "ADV", "PART"):
            report += 1
        if report >= len(words) or words[report].upos != "VERB" or not is_finite(sent, report):
            continue
        if any(words[c].rel in ("nsubj", "nsubj:pass") and c != who.index for c in sent.children[report]):
            continue
        # (the "with" phrase the report's own: "with several chambers of commerce" an oblique of "remain")
        host = words[n].head if words[n].head not in sent.subtree(report) else words[report].head
        moves: Moves = {w.index: (host, "advcl"), n: (w.index, "nsubj"), with_: (w.index, "mark")}
        return w.index, moves | {who.index: (report, "nsubj"), report: (w.index, "ccomp")}
    return -1, {}
