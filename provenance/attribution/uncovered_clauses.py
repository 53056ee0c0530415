"""A speech verb's reported clause that none of the repairs before could place, recovered from the
words around it (the last of the sentence repairs: repairs.repair_sentence).

The compact model's tagger misreads the first words of a reported clause often enough that the
clause comes out in shapes no rule can list one by one (each seen on fresh articles, with the
shipped parser): "said keepers arrived within 20 minutes" as ``iobj(said, keepers)`` +
``xcomp(said, arrived)``; "said on a call with analysts that Halvorsen had overhauled ..." with
"that" a relative pronoun on "analysts"; "said in a letter to parliament that the government
would ..." with "parliament" a verb; "said the findings raised questions" with "raised" a
modifier of "questions"; "said the ruling fit a long line of cases" with "fit" a noun. The words
show what the tree does not:

* **"that" after the verb's listener or occasion** - a speech verb, then its listener ("told the
  court") or a phrase that opens with a preposition, a time word or a comma ("said on a call with
  analysts", "said Tuesday"), with no finite verb, no other speech verb, no quote mark, no stop but
  a comma and no noun with a content of its own ("rejected the idea that": the noun's clause), then
  "that" and a clause that opens with its subject, not a verb ("told reporters that gathered
  outside" is a relative clause): from "that" on is what was said;
* **a clause right after "say"** - "say", "insist" and "contend" take no noun phrase of their own
  ("claim" does: "claimed victory"): a noun phrase right after one (a time word may come first:
  "said Tuesday the plan ..."), followed by a verb, opens the reported clause. Not what is said
  without a clause ("said nothing", "said a few words": ``said_objects``), and not when the verb
  is the speech verb's own second predicate ("said a few words and left").

Only for a verb whose subject comes before it (not '"...," said the mayor, who ...'), that heads
a main clause, a conjunct or a complement (a relative clause's end is not where its sentence
ends), and that has no reported clause yet. The clause runs to the end of the sentence, or to a
semicolon, colon or bracket, to a comma before the source's own phrase or another cue ("...,
according to", "..., adding"), or to a second clause coordinated with it ("and that ...": the
verb may already have that one, and still lack the first). Its words are put under one head - its
first verb that the parse hung outside it, else its first verb - which hangs on the speech verb as
``ccomp``; the noun phrase that opens it is that verb's subject (unless it has one), and "that"
its ``mark``. Words after the clause that the parse hung inside it move to the speech verb.

Before that, a cue the tagger read as a noun after its plural subject and before "that" ("Some
experts caution that ...") is made the main verb (``cue_read_as_noun``), and so is the reported
clause's verb read as the object of "say" ("say the episode points to a wider problem" with
"points" a noun and "episode" its compound: ``verb_read_as_object_of_say``). Not handled: a clause
whose first word the tagger read as a verb ("told the court that firearms teams had been given",
with "firearms" a verb: a relative clause looks the same).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .tree_edits import Moves

IsSpeech = Callable[[Word, Sentence], bool]
IsListener = Callable[[Word], bool]
InLexicon = Callable[[str, str], bool]

_HEADS = ("root", "conj", "parataxis", "ccomp")  # clauses whose end is the sentence's or a stop
_CONTENT = ("ccomp", "parataxis", "csubj")
NOUN_PHRASE = ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ")
_BETWEEN = ("ADP", "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "ADV", "PART", "CCONJ", "VERB")
_STOPS = frozenset({";", ":", "(", ")", "[", "]"})
# a comma before one of these closes the reported clause: the source's own phrase or another cue
_CLOSERS = frozenset({"according", "adding", "saying", "citing", "noting"})
# "say" verbs that take no noun phrase of their own ("claim" and "assert" do: "claimed victory",
# "claimed responsibility", "asserted its right")
_BARE = frozenset({"say", "insist", "contend"})
_QUOTES = frozenset('"“”«»')
_MAX_BETWEEN = 12  # words between the verb and "that": a listener and an occasion, no more


def _finite(w: Word) -> bool:
    return w.upos in ("VERB", "AUX") and "VerbForm=Fin" in w.feats


def _has_content(sent: Sentence, verb: int) -> bool:
    """The verb already reports a clause: a complement, or a clause of its opened by "that" - not
    a second one ("said 14 counties remained under orders and that 3,000 troops had been
    activated": the first clause is still to be found)."""
    for c in sent.children[verb]:
        that = any(sent.words[m].rel == "mark" and sent.words[m].lemma.lower() == "that" for m in sent.children[c])
        if (sent.words[c].rel in _CONTENT or that) and not _second_clause(sent, c):
            return True
    return False


def _subject_before(sent: Sentence, verb: int) -> bool:
    kids = sent.children[verb]
    before = any(sent.words[c].rel in ("nsubj", "nsubj:pass") and c < verb for c in kids)
    return before and not any(sent.words[c].rel == "nsubj" and c > verb for c in kids)


def _clause_end(sent: Sentence, start: int) -> int:
    """The last word of a reported clause that starts at ``start`` (module doc)."""
    words = sent.words
    end = len(words) - 1
    for k in range(start, len(words)):
        text = words[k].text.lower()
        after = words[k + 1].text.lower() if k + 1 < len(words) else ""
        # (or a second clause: ", and that ...", coordinated with this one, already the verb's)
        if text in _STOPS or (text == "," and after in _CLOSERS) or (words[k].upos == "CCONJ" and after == "that"):
            end = k - 1
            break
    while end > start and words[end].upos == "PUNCT" and words[end].text not in _QUOTES:
        end -= 1
    return end


def _after_that(sent: Sentence, verb: int, is_speech: IsSpeech, is_listener: IsListener, in_lex: InLexicon) -> int:
    """Where the clause opened by a "that" after the verb's listener or occasion starts (-1): the
    words between open with a preposition, a time word or a comma, or with the listener of a verb
    that takes one ("told the court that"), and hold no finite verb, no other speech verb, no
    quote mark and no noun with a content of its own ("rejected the idea that", "pointed to the
    theory that": the clause is the noun's). The "that" is a conjunction or the pronoun the parse
    took it for, not a determiner ("responded to that tweet"), and not after a coordinator."""
    words = sent.words
    if verb + 1 >= len(words):
        return -1
    first = words[verb + 1]
    if not (
        first.upos == "ADP"
        or first.text == ","
        or in_lex("time_nouns", first.lemma.lower())
        or is_listener(words[verb])
    ):
        return -1
    for k in range(verb + 1, min(len(words), verb + 2 + _MAX_BETWEEN)):
        w = words[k]
        if w.text.lower() == "that":
            nxt = words[k + 1] if k + 1 < len(words) else None
            opens = nxt is not None and nxt.upos in NOUN_PHRASE and w.upos in ("SCONJ", "PRON")
            # (not "and that": a second clause joined to one before the verb, "said that slower
            # speeds had added minutes to journeys and that it supported the review")
            return k if opens and k > verb + 1 and words[k - 1].upos != "CCONJ" else -1
        if (
            w.text in _QUOTES
            or _finite(w)
            or (w.upos == "PUNCT" and w.text != ",")
            or w.upos not in _BETWEEN + ("PUNCT",)
        ):
            return -1
        if is_speech(w, sent) or (w.upos == "NOUN" and in_lex("content_nouns", w.lemma.lower())):
            return -1
    return -1


def _bare_start(sent: Sentence, verb: int, in_lex: InLexicon) -> int:
    """Where a bare clause right after a say-verb starts (-1): its first word after any time words."""
    if sent.words[verb].lemma.lower() not in _BARE:
        return -1
    k = verb + 1
    while k < len(sent.words) and in_lex("time_nouns", sent.words[k].lemma.lower()):
        k += 1
    if k >= len(sent.words) or sent.words[k].upos not in NOUN_PHRASE:
        return -1
    # (the phrase's first word, or its noun after an article: "said a prayer", "said the same")
    phrase = sent.words[k : k + 2] if sent.words[k].upos == "DET" else sent.words[k : k + 1]
    if any(in_lex("said_objects", w.text.lower()) for w in phrase):
        return -1
    return k


def clause_left_under_cue(sent: Sentence, is_speech: IsSpeech, is_listener: IsListener, in_lex: InLexicon) -> Moves:
    """The moves that give the first speech verb with no reported clause the one its words show
    (module doc); empty when there is none."""
    for verb in sent.words:
        if verb.rel not in _HEADS or not is_speech(verb, sent) or _has_content(sent, verb.index):
            continue
        if not _subject_before(sent, verb.index):
            continue
        that = _after_that(sent, verb.index, is_speech, is_listener, in_lex)
        start = that + 1 if that >= 0 else _bare_start(sent, verb.index, in_lex)
        if start < 0:
            continue
        end = _clause_end(sent, start)
        verbs = [k for k in range(start + 1, end + 1) if sent.words[k].upos in ("VERB", "AUX")]
        if end - start < 2 or not verbs:
            continue
        if sent.words[verbs[0] - 1].rel == "cc" and sent.words[verbs[0]].head == verb.index:
            continue  # ("claimed momentum and argued he is ...": the verb's own second predicate)
        return _gathered(sent, verb.index, that, start, end)
    return {}


def _gathered(sent: Sentence, verb: int, that: int, start: int, end: int) -> Moves:
    """The moves that put the words ``start``..``end`` (and "that") under one head, ``ccomp`` of
    ``verb``, with the opening noun phrase its subject."""
    span = range(start, end + 1)
    outside = [k for k in span if sent.words[k].head not in span]
    verbs = [k for k in span if sent.words[k].upos in ("VERB", "AUX")]
    head = next((k for k in outside if sent.words[k].upos == "VERB"), None)
    if head is None:  # (not a relative clause's: "said two of the members who voted to hold had argued")
        own = [k for k in verbs if sent.words[k].upos == "VERB" and not _relative_verb(sent, k)]
        head = next(iter(own), next((k for k in verbs if sent.words[k].upos == "VERB"), verbs[0]))
    moves: Moves = {head: (verb, "ccomp")}
    subject = any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[head])
    for k in outside:
        if k == head:
            continue
        rel = sent.words[k].deprel
        if not subject and k < head and sent.words[k].upos in ("NOUN", "PROPN", "PRON", "NUM"):
            rel, subject = "nsubj", True
        moves[k] = (head, rel)
    if that >= 0:
        moves[that] = (head, "mark")
    for k in range(verb + 1, len(sent.words)):
        if k not in span and k != that and sent.words[k].head in span:
            moves[k] = (verb, sent.words[k].deprel)
        elif k > end and sent.words[k].head == verb and _second_clause(sent, k):
            moves[k] = (head, "conj")  # (", and that any appeal would ...": reported with the first)
    return moves


def _relative_verb(sent: Sentence, k: int) -> bool:
    """The verb of a relative clause: hung as one, or with "who", "which" or "that" its subject."""
    w = sent.words[k]
    pronoun = any(
        sent.words[c].lemma.lower() in ("who", "which", "that") and sent.words[c].rel.startswith("nsubj")
        for c in sent.children[k]
    )
    return w.deprel == "acl:relcl" or pronoun


def _second_clause(sent: Sentence, c: int) -> bool:
    """ "... and that ...": a clause opened by a coordinator and "that"."""
    kids = sent.children[c]
    that = any(sent.words[m].rel == "mark" and sent.words[m].lemma.lower() == "that" for m in kids)
    return that and any(sent.words[k].rel == "cc" and k < c for k in kids)


_SUBJECT_PRONOUNS = frozenset({"they", "we", "i", "you"})


def cue_read_as_noun(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """ "Some experts caution that proving a causal link will be difficult" with "caution" a noun
    and "difficult" the root: a word that is a speech or cognition verb in its plain form
    (``speech_verbs``, ``cognition_verbs``), tagged a noun, right after a plural noun or a subject
    pronoun and right before "that" and a clause that opens with its subject, is the main verb;
    the word before it is its subject and the root what it reports. Not after an article or a
    possessive ("the claims that", "analysts' fears that"): those are nouns with a content. The
    word's index (to retag as a verb) and the moves, or (-1, {})."""
    words = sent.words
    for w in words[1:-2]:
        k = w.index + 1  # (past an adverb set off by commas: "Experts caution, however, that")
        aside = k + 3 < len(words) and words[k].text == "," == words[k + 2].text and words[k + 1].upos == "ADV"
        k += 3 if aside else 0
        before, that, nxt = words[w.index - 1], words[k], words[k + 1]
        text = w.text.lower()
        if w.upos != "NOUN" or not (in_lex("speech_verbs", text) or in_lex("cognition_verbs", text)):
            continue
        plural = before.upos in ("NOUN", "PROPN") and "Number=Plur" in before.feats
        if not (plural or before.text.lower() in _SUBJECT_PRONOUNS) or that.text.lower() != "that":
            continue
        if nxt.upos not in NOUN_PHRASE + ("VERB",) or nxt.upos == "VERB" and not nxt.text.endswith("ing"):
            continue  # ("proving a causal link ...": a gerund may open the clause)
        root = next((x.index for x in words if x.head < 0), -1)
        if root == w.index:  # ("Analysts caution that imports are unlikely ..." with the clause the noun's relative)
            root = next((c for c in sent.children[w.index] if c > k and words[c].rel == "acl"), -1)
        if root <= k:
            continue
        moves: Moves = {w.index: (-1, "root"), before.index: (w.index, "nsubj"), root: (w.index, "ccomp")}
        moves[that.index] = (root, "mark")
        moves.update({i: (w.index, "advmod" if words[i].upos == "ADV" else "punct") for i in range(w.index + 1, k)})
        moves.update({c: (root, words[c].deprel) for c in sent.children[w.index] if c > w.index and c not in moves})
        # ("Some": the subject's, not the verb's)
        moves.update({c: (before.index, words[c].deprel) for c in sent.children[w.index] if c < before.index})
        moves.update({c: (w.index, words[c].deprel) for c in sent.children[root] if c < before.index})
        return w.index, moves
    return -1, {}


def verb_read_as_object_of_say(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """ "Some researchers say the episode points to a wider problem" with "points" a plural noun,
    the object of "say", and "episode" its compound: "say" takes no noun phrase (``_BARE``), and a
    singular noun with its article before a word in "-s" with a phrase of its own after it is
    that word's subject; the word is the reported clause's verb (or "it" before it: the next
    function). The word's index (to retag as a verb) and the moves, or (-1, {})."""
    for w in sent.words:
        if w.upos != "NOUN" or w.rel != "obj" or w.head < 0 or sent.words[w.head].lemma.lower() not in _BARE:
            continue
        if not w.text.endswith("s") or w.text.endswith("ss") or not in_lex("speech_verbs", sent.words[w.head].lemma):
            continue
        kids = sent.children[w.index]
        noun = next((c for c in kids if c == w.index - 1 and sent.words[c].rel == "compound"), -1)
        if noun < 0 or sent.words[noun].upos != "NOUN" or "Number=Sing" not in sent.words[noun].feats:
            continue
        det = [c for c in kids if sent.words[c].rel == "det" and c == noun - 1]
        after = [c for c in kids if c > w.index and sent.words[c].rel == "nmod"]
        # (the article, the noun, the word, nothing else before it: "the episode points", not "the
        # tribunal rarely overturned merger decisions on ...")
        if not det or not after or [c for c in kids if c < w.index] != [det[0], noun]:
            continue
        moves: Moves = {w.index: (w.head, "ccomp"), noun: (w.index, "nsubj"), det[0]: (noun, "det")}
        moves.update({c: (w.index, "obl") for c in after})
        return w.index, moves
    return _pronoun_and_verb_read_as_objects_of_say(sent)


def _pronoun_and_verb_read_as_objects_of_say(sent: Sentence) -> tuple[int, Moves]:
    """ "..., saying it places too heavy a burden on local pension funds" with "it" and "places"
    (a plural noun) both objects of "saying": "say" takes no noun phrase (``_BARE``), let alone
    two, so a word in "-s" right after "it" is the reported clause's verb, "it" its subject, and
    what the parse hung on the cue after it the verb's. The word's index (to retag as a verb) and
    the moves, or (-1, {})."""
    for w in sent.words[1:]:
        it = sent.words[w.index - 1]
        cue = sent.words[w.head] if w.head >= 0 else None
        if cue is None or cue.lemma.lower() not in _BARE or w.upos != "NOUN" or w.rel != "obj":
            continue
        if it.text.lower() != "it" or it.head != cue.index or it.rel not in ("obj", "iobj"):
            continue
        if not w.text.endswith("s") or w.text.endswith("ss") or sent.children[w.index]:
            continue
        moves: Moves = {w.index: (cue.index, "ccomp"), it.index: (w.index, "nsubj")}
        after = [c for c in sent.children[cue.index] if c > w.index and sent.words[c].rel in ("obj", "xcomp", "obl")]
        moves.update({c: (w.index, "obj" if sent.words[c].rel == "xcomp" else sent.words[c].deprel) for c in after})
        return w.index, moves
    return -1, {}
