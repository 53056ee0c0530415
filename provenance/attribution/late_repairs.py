"""The last repairs of a sentence, on its repaired clauses (the end of repairs.repair_sentence):
the time of saying out of the reported clause (occasion_clauses.time_read_into_clause), the
writer's aside off it (noun_clauses.writer_aside), a predicate only the clause can lend its form
to onto it (coordination.predicate_conjuncts), a closing "according to" the parse hung on a
relative clause back on the sentence (``source_read_into_relative``), a clause that a
subordinator opens after the cue off the report (``subordinate_read_as_report``), a name set
off after a title joined by "and" on the whole title, a bare infinitive joined to the cue onto
the infinitive it goes on (``infinitive_read_as_cue_conjunct``), a subject pronoun read as the
cue's object back into the clause (``subject_pronoun_read_as_object``), a day read as the subject of a
closing cue after a participle back on the participle (``day_read_as_cue_subject``), and first the
speaker between a closing quote and its cue back on the cue (quoted_subjects)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .coordination import predicate_conjuncts
from .misread_subjects import WEEKDAYS
from .noun_clauses import writer_aside
from .occasion_clauses import time_read_into_clause
from .quoted_subjects import name_set_off_after_coordinated_title, speaker_hung_after_quote
from .tree_edits import Moves, is_tree, moved

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]


def late_repairs(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Sentence:
    """``sent`` with each of the late repairs applied in turn (each on the tree the one before left)."""
    sent = speaker_hung_after_quote(sent, is_speech)
    asides = (
        time_read_into_clause,
        source_read_into_relative,
        lambda s, lex: writer_aside(s, is_speech, lex),
        lambda s, lex: subordinate_read_as_report(s, is_speech),
        lambda s, lex: name_set_off_after_coordinated_title(s),
        lambda s, lex: infinitive_read_as_cue_conjunct(s, is_speech),
        lambda s, lex: subject_pronoun_read_as_object(s, is_speech),
        lambda s, lex: day_read_as_cue_subject(s, is_speech, lex),
    )
    for late in (*asides, lambda s, lex: predicate_conjuncts(s, is_speech, lex)):
        moves = late(sent, in_lex)
        sent = moved(sent, moves) if moves and is_tree(sent, moves) else sent
    return sent


def source_read_into_relative(sent: Sentence, in_lex: InLexicon) -> Moves:
    """ "The boat delivered food to marines at the shoal, which Manila calls Ayungin Shoal, according
    to the coast guard." with the "according to" phrase hung on "calls": the source of a sentence
    is named at its end, so an "according to" phrase set off by a comma after a relative clause
    that commas set off, with nothing but punctuation after it, is the sentence's root's, not the
    relative clause's (only the relative clause was reported); so is one the parse hung on a word
    of the root's clause that heads no clause ("..., down from more than 82,000 a decade ago,
    according to the state education department": only "a decade ago" was reported)."""
    root = next((w.index for w in sent.words if w.head < 0), -1)
    for w in sent.words[1:-1]:
        if w.text.lower() != "according" or sent.words[w.index + 1].text.lower() != "to":
            continue
        phrase = w.head
        if phrase < 0 or sent.words[w.index - 1].text != "," or sent.words[phrase].rel not in ("obl", "nmod"):
            continue
        host = sent.words[phrase].head
        if host < 0 or host == root:
            continue
        after = range(max(sent.subtree(phrase)) + 1, len(sent.words))
        if any(sent.words[k].upos != "PUNCT" for k in after) or _reported(sent, host, in_lex):
            continue  # (nor inside someone's report: "Economists warned ... inflation, which stood at ...")
        if sent.words[host].deprel == "acl:relcl":
            opens = min(k for k in sent.subtree(host) if sent.words[k].upos != "PUNCT")
            if opens < 1 or sent.words[opens - 1].text != ",":
                continue
        elif not _modifier_word(sent, host, root):
            continue
        return {phrase: (root, "obl")} if root >= 0 else {}
    return {}


def _reported(sent: Sentence, k: int, in_lex: InLexicon) -> bool:
    """Word ``k`` lies in what a speech verb reports (a speech verb above it)."""
    k = sent.words[k].head
    while k >= 0:
        if sent.words[k].upos == "VERB" and in_lex("speech_verbs", sent.words[k].lemma.lower()):
            return True
        k = sent.words[k].head
    return False


def _modifier_word(sent: Sentence, host: int, root: int) -> bool:
    """A word of the root's clause that heads no clause of its own: an adverb ("a decade ago"),
    a number or a noun with no subject, copula or clause under it."""
    w = sent.words[host]
    clause = any(sent.words[c].rel in ("nsubj", "nsubj:pass", "cop", "aux", "mark") for c in sent.children[host])
    k = host
    while 0 <= k != root and sent.words[k].rel not in (
        "ccomp",
        "parataxis",
        "conj",
        "advcl",
        "acl",
        "acl:relcl",
        "xcomp",
    ):
        k = sent.words[k].head
    return k == root and not clause and w.upos in ("ADV", "NUM", "NOUN", "ADJ")


# Words that open an adverbial clause, never a report ("said, as reserves fell"; not "when", which
# opens a question reported: "did not say when talks would resume")
_SUBORDINATORS = frozenset({"as", "while", "after", "before", "because", "although", "though", "since", "whereas"})


def subordinate_read_as_report(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "The Maldives is in talks with lenders ..., Finance Minister Ibrahim Rasheed said on Wednesday,
    as usable foreign reserves fell to their lowest level": the parse made the "as" clause after the
    cue its report (with "as" a preposition on the clause's subject). A clause after the cue that a
    comma and a subordinator open is the time or the reason of the saying, not what was said; it
    hangs on the cue as an adverbial clause, and the report is what the cue closes."""
    for c in sent.words:
        verb = sent.words[c.head] if c.head >= 0 else None
        if c.rel != "ccomp" or verb is None or c.index < verb.index or not is_speech(verb, sent):
            continue
        first = min(k for k in sent.subtree(c.index) if sent.words[k].upos != "PUNCT")
        opener = sent.words[first]
        if first < 1 or sent.words[first - 1].text != "," or opener.text.lower() not in _SUBORDINATORS:
            continue
        # (the opener is the clause's own, or its subject's: not one of a clause inside the report,
        # "said, while the plan was sound, it came too late")
        owner = opener.head
        if owner == c.index or (
            owner >= 0 and sent.words[owner].rel in ("nsubj", "nsubj:pass") and sent.words[owner].head == c.index
        ):
            return {c.index: (verb.index, "advcl"), first: (c.index, "mark")}
    return {}


def infinitive_read_as_cue_conjunct(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "Roe urged the candidate to dig in and prepare to fight harder" with "prepare" a conjunct of
    "urged": a bare infinitive cannot be coordinated with a verb that has a tense or is a
    participle, so after the cue's "to" infinitive it is that infinitive's second half (part of
    what was urged)."""
    for w in sent.words:
        cue = sent.words[w.head] if w.head >= 0 else None
        if w.rel != "conj" or cue is None or "VerbForm=Inf" not in w.feats or not is_speech(cue, sent):
            continue
        if "VerbForm=Inf" in cue.feats or any(
            sent.words[k].rel in ("nsubj", "aux", "mark") for k in sent.children[w.index]
        ):
            continue  # (the cue itself bare: "will urge ... and push"; or a clause of its own)
        first = [
            c for c in sent.children[cue.index]
            if c < w.index and sent.words[c].rel == "xcomp" and any(sent.words[k].lemma == "to" for k in sent.children[c])
        ]  # fmt: skip
        if first and all(sent.words[k].rel == "cc" for k in sent.children[w.index] if k < w.index):
            return {w.index: (first[-1], "conj")}
    return {}


def subject_pronoun_read_as_object(sent: Sentence, is_speech: IsSpeech) -> Moves:
    """ "Trump vowed he and his supporters would never quit" with "he" the object of "vowed" and "quit"
    a conjunct of it: a subject pronoun is never an object, so it opens the clause the cue reports,
    coordinated with the subject the parse gave that clause."""
    for w in sent.words:
        cue = sent.words[w.head] if w.head >= 0 else None
        if w.rel != "obj" or "Case=Nom" not in w.feats or w.upos != "PRON" or cue is None or not is_speech(cue, sent):
            continue
        for c in (c for c in sent.children[cue.index] if c > w.index and sent.words[c].rel == "conj"):
            subj = [k for k in sent.children[c] if sent.words[k].rel == "nsubj" and w.index < k < c]
            joined = subj and any(sent.words[k].rel == "cc" and w.index < k < subj[0] for k in sent.children[subj[0]])
            if joined:
                return {c: (cue.index, "ccomp"), w.index: (c, "nsubj"), subj[0]: (w.index, "conj")}
    return {}


# Days a participle's time names with no preposition ("released Monday", "published yesterday")
_BARE_DAYS = WEEKDAYS | frozenset({"today", "yesterday", "tonight"})


def day_read_as_cue_subject(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Moves:
    """ "The jail has been understaffed since 2019, a state inspection report released Monday found."
    with "Monday" the subject of "found" and "found" a clause of "released" (or "a lawsuit filed"
    read as a clause of its own, joined to the root): a day after a participle is the participle's
    time, and a speech or finding verb that closes the sentence with it is the cue, its subject the
    noun the participle describes, its report the sentence's root clause."""
    root = next((w for w in sent.words if w.head < 0), None)
    for cue in sent.words:
        part = sent.words[cue.head] if cue.head >= 0 else None
        if root is None or part is None or cue.rel != "ccomp" or not part.text.lower().endswith("ed"):
            continue
        said = is_speech(cue, sent) or in_lex("finding_verbs", cue.lemma.lower())
        kids = sent.children[cue.index]
        day = next((k for k in kids if sent.words[k].rel == "nsubj" and k == part.index + 1), -1)
        if not said or day < 0 or sent.words[day].text.lower() not in _BARE_DAYS or day + 1 != cue.index:
            continue
        noun = _described_noun(sent, part.index, root.index)
        after = [k for k in range(cue.index + 1, len(sent.words)) if sent.words[k].upos != "PUNCT"]
        # (only a cue that closes the sentence, set off after the root's clause, with only the day)
        if noun < 0 or after or not _set_off(sent, noun) or any(k != day for k in kids):
            continue
        moves: Moves = {cue.index: (-1, "root"), noun: (cue.index, "nsubj"), root.index: (cue.index, "ccomp")}
        moves.update({day: (part.index, "obl:tmod"), part.index: (noun, "acl")})
        moves.update({k: (cue.index, "punct") for k in sent.children[root.index] if k > cue.index})
        return moves
    return {}


def _described_noun(sent: Sentence, part: int, root: int) -> int:
    """The noun the participle describes, on the root's clause after it: the participle's head
    ("a report released"), or its subject when the parse made it a clause joined to the root
    ("a lawsuit filed"); -1 if neither."""
    w = sent.words[part]
    if w.rel == "acl" and sent.words[w.head].head == root and w.head > root:
        return w.head
    subject = [k for k in sent.children[part] if sent.words[k].rel == "nsubj" and k < part]
    if w.rel == "conj" and w.head == root and len(subject) == 1 and sent.words[subject[0]].upos == "NOUN":
        return subject[0]
    return -1


def _set_off(sent: Sentence, k: int) -> bool:
    """Word ``k``'s phrase follows a comma (however the parse hung the comma)."""
    first = min(i for i in sent.subtree(k) if sent.words[i].upos != "PUNCT")
    return first > 0 and sent.words[first - 1].text == ","
