"""A "that" clause the parse hung on a verb though a noun with a content of its own stands
between them: "pushed back against claims by intelligence agencies that some of her messages
should be classified" as ``advcl(pushed, classified)``. The clause spells out the claims, not
anything the verb's subject said; it belongs under the noun (``acl``), where the assertion
patterns read it as the claimant's ("claims by intelligence agencies", "his claim"). A "by" or
"from" phrase between them that the parse also hung on the verb ("hit back at complaints from
his rival that ...") names the claimant and goes under the noun too (``nmod``). So does a
"for" phrase after a statement noun object ("cites his call for a ban": what was called for)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject
from .phrases import LISTENER_VERBS

InLexicon = Callable[[str, str], bool]
Moves = dict[int, tuple[int, str]]


def content_noun_clause(sent: Sentence, x: Word, that: int, in_lex: InLexicon) -> Moves:
    """The arcs that put the "that" clause ``x`` (its complementiser at ``that``) under the noun
    it spells out; empty if there is none.

    Only a noun in the verb's phrase that a preposition governs ("against claims", "to questions
    about complaints by the secretary") or that is the verb's object ("denied reports that the
    mill would close": what was denied is the reports), whose phrase ends right before the
    "that" (the nearest, when nouns nest). Not one marked by "as" ("cited it as evidence that
    ...": what they cited, the clause and all)."""
    if x.rel not in ("advcl", "ccomp", "conj", "parataxis") or x.head < 0 or x.head > x.index or that < 0:
        return {}
    verb = x.head
    phrase = set(sent.subtree(verb, exclude=[x.index]))
    for c in sorted((i for i in phrase if verb < i < that), reverse=True):
        noun = sent.words[c]
        if noun.upos != "NOUN" or noun.rel not in ("obl", "obj", "nmod"):
            continue
        if not in_lex("content_nouns", noun.lemma.lower()):
            continue
        if case_lemma(sent, c) == "as" or (noun.rel == "obj" and noun.head != verb):
            continue
        # "said in a statement that ...": the occasion's content is what was said; so is any "in"
        # phrase of a speech verb ("said in a written question to the regional parliament that")
        # (and a noun inside that phrase: "said in an emailed response to questions that the fund ...")
        top = c
        while sent.words[top].rel == "nmod" and sent.words[top].head != verb:
            top = sent.words[top].head
        occasion = in_lex("noun_cues", sent.words[top].lemma.lower()) or in_lex(
            "speech_verbs", sent.words[verb].lemma.lower()
        )
        if (
            sent.words[top].rel == "obl"
            and sent.words[top].head == verb
            and case_lemma(sent, top) in ("in", "during")
            and occasion
        ):
            return {}
        end = max(sent.subtree(c))
        # (the author the parse hung on the verb: "complaints from his rival that ...")
        siblings = sent.children[verb] if noun.head == verb else []
        agent = next(
            (k for k in siblings if min(sent.subtree(k)) == end + 1 and case_lemma(sent, k) in ("by", "from")), -1
        )
        if agent >= 0:
            end = max(sent.subtree(agent))
        if end < that and all(sent.words[i].upos == "PUNCT" for i in range(end + 1, that)):
            return {x.index: (c, "acl")} | ({agent: (c, "nmod")} if agent >= 0 else {})
    return {}


def case_lemma(sent: Sentence, index: int) -> str:
    """The lemma of the preposition (``case``) a word has, or ""."""
    return next((sent.words[k].lemma.lower() for k in sent.children[index] if sent.words[k].rel == "case"), "")


def content_noun_read_as_verb(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """ "Their lawyer denied reports that the firm would close the mill" with "reports" tagged a
    verb, the complement of "denied", and the "that" clause its own: a present-tense verb in
    "-s" right after a verb, with no subject, is no complement of it (English has none such);
    when it is the plural of a noun with a content of its own, it is that noun, the verb's
    object, and the clause spells it out (also when the parse hung the verb on it instead). The index of the noun (to retag) and the moves, or
    (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or "Tense=Pres" not in w.feats or i == 0:
            continue
        if not w.text.lower().endswith("s") or not in_lex("content_nouns", w.text.lower()):
            continue
        if w.rel in ("xcomp", "ccomp") and w.head == i - 1:
            if any(sent.words[c].rel in ("nsubj", "nsubj:pass", "obj") for c in sent.children[i]):
                continue
            moves: Moves = {i: (w.head, "obj")}
        elif (inverted := _verb_hung_on_noun(sent, i)) is not None:
            moves = inverted
        else:
            continue
        for c in sent.children[i]:
            if sent.words[c].rel in ("ccomp", "advcl") and c > i:
                moves[c] = (i, "acl")
        return i, moves
    return -1, {}


def _verb_hung_on_noun(sent: Sentence, i: int) -> Moves | None:
    """ "Hussein Mohamed, a spokesman for the president, dismissed claims that ..." parsed the
    other way round: "claims" the finite verb with the subject, "dismissed" its complement ("The
    minister confirmed reports that ...": "The minister confirmed" its subject). The
    verb right before the "-s" word, finite, hung on it and with no object of its own, is the
    clause's verb: it takes the word's place and subject, the word becomes its object."""
    verb, noun = sent.words[i - 1], sent.words[i]
    if verb.upos != "VERB" or verb.head != i or "VerbForm=Fin" not in verb.feats:
        return None
    if any(sent.words[c].rel == "obj" for c in sent.children[verb.index]):
        return None  # (its subject may be its own already: "The minister confirmed" read as one)
    moves: Moves = {verb.index: (noun.head, noun.deprel), i: (verb.index, "obj")}
    moves.update({c: (verb.index, sent.words[c].deprel) for c in sent.children[i] if c < i - 1})
    return moves


def for_phrase_of_statement(sent: Sentence, in_lex: InLexicon) -> Moves:
    """ "a video that cites his call for a ban on visitors" with ``obl(cites, ban)``: a "for"
    phrase right after a statement noun that is the verb's object is the noun's (what was called
    for), not the verb's ("cited the driver for speeding" keeps it: a driver is no statement)."""
    moves: Moves = {}
    for w in sent.words:
        if (
            w.rel != "obl"
            or w.head < 0
            or not any(
                sent.words[c].rel == "case" and sent.words[c].lemma.lower() == "for" for c in sent.children[w.index]
            )
        ):
            continue
        obj = next((c for c in sent.children[w.head] if sent.words[c].rel == "obj" and c < w.index), None)
        if (
            obj is None
            or sent.words[obj].upos != "NOUN"
            or not in_lex("assertion_nouns", sent.words[obj].lemma.lower())
        ):
            continue
        if max(sent.subtree(obj)) + 1 == min(sent.subtree(w.index)):
            moves[w.index] = (obj, "nmod")
    return moves


def that_read_as_pronoun(sent: Sentence) -> Moves:
    """ "He told the Daily News that despite the hype, he did not think ..." with "that" a
    relative pronoun and "think" hung elsewhere (parataxis of "told", or of the main verb): "that"
    right after the listener of "tell" (or "inform", "assure", ...) is the conjunction that opens
    what was told, whose verb is the first one after it with a subject of its own (a relative
    "that" never has a subject beside it). What the parse hung on the listener between the two
    ("despite the hype") goes with that verb (the listener verbs are a closed set)."""
    for w in sent.words:
        if w.lemma.lower() != "that" or w.upos != "PRON" or w.index == 0:
            continue
        listener = sent.words[w.index - 1]
        if listener.rel in ("flat", "compound") and listener.head > listener.index:
            listener = sent.words[listener.head]
        cue = listener.head
        if listener.rel not in ("obj", "iobj") or cue < 0 or sent.words[cue].lemma.lower() not in LISTENER_VERBS:
            continue  # (not "described the plan that she drafted": a thing, no listener)
        if not (listener.upos in ("PROPN", "PRON") or "Number=Plur" in listener.feats):
            continue  # ("told the story of a labor issue that Sanders had discovered": what was told)
        verb = next((v for v in range(w.index + 1, len(sent.words)) if own_subject(sent, v, w.index)), -1)
        if verb < 0 or cue in sent.subtree(verb):
            continue
        first = min(sent.subtree(verb))
        moves: Moves = {w.index: (verb, "mark"), verb: (cue, "ccomp")}
        for k in range(w.index + 1, first):
            x = sent.words[k]
            if not (w.index < x.head < first) and x.head != verb:
                moves[k] = (verb, "obl" if x.deprel == "nmod" else x.deprel)
        return moves
    return {}


def own_subject(sent: Sentence, v: int, that: int) -> bool:
    """Word ``v`` is a verb with a subject of its own after the word ``that``."""
    x = sent.words[v]
    return x.upos in ("VERB", "AUX") and any(
        sent.words[c].rel in ("nsubj", "nsubj:pass") and c != that and c > that for c in sent.children[v]
    )


def writer_aside(sent: Sentence, is_speech: Callable[[Word, Sentence], bool], in_lex: InLexicon) -> Moves:
    """ "Roe said the deficit was $40 billion, a figure disputed by economists": an apposition
    that closes the sentence after a comma, "a"/"an" and an aside noun (``aside_nouns``) with a
    past participle or a relative clause after it ("..., according to three people familiar with
    the talks, a move that would escalate the fight"), comments on what was said; it hangs on the
    speech verb (else the sentence's root, ``dep``), outside the reported clause and the speaker's
    phrase. Empty when there is none."""
    n = len(sent.words)
    end = n
    while end > 0 and sent.words[end - 1].upos == "PUNCT":
        end -= 1
    for c in range(1, end - 3):
        if sent.words[c].text != "," or sent.words[c + 1].lemma.lower() not in ("a", "an"):
            continue
        k = c + 2
        while k < end and sent.words[k].upos == "ADJ":
            k += 1
        if k + 1 >= end or not in_lex("aside_nouns", sent.words[k].lemma.lower()):
            continue
        part = sent.words[k + 1]
        relative = part.lemma.lower() in ("that", "which") and part.upos == "PRON"  # (", a move that would ...")
        if not relative and (
            part.upos != "VERB" or "VerbForm=Part" not in part.feats or "Tense=Past" not in part.feats
        ):
            continue
        aside = set(range(c + 1, end))
        tops = [i for i in aside if sent.words[i].head not in aside]
        verb = next((v for v in sent.words[:c] if is_speech(v, sent) and sent.words[v.index].rel != "amod"), None)
        # (", according to three people familiar with the talks, a move that ...": the sentence's)
        verb = verb or next((w for w in sent.words if w.head < 0 and w.index < c), None)
        if len(tops) != 1 or verb is None or not set(sent.subtree(tops[0])) >= aside:
            continue
        return {tops[0]: (verb.index, "dep")}
    return {}


def plural_before_past(sent: Sentence) -> tuple[int, Moves]:
    """ "said in a statement that sales fell" with "sales" tagged a present-tense verb whose
    subject is "that" (a relative clause on "statement") and "fell" its open complement: no verb
    takes a bare past form for its complement, so the past form is the clause's verb, the "verb"
    before it its subject and "that" its conjunction (tag_repairs.plural_noun_read_as_cue reads
    the same misparse when the past form is the "verb"'s sibling). The index of the noun (to
    retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i == 0 or i + 1 >= len(sent.words) or "Tense=Pres|VerbForm=Fin" not in w.feats:
            continue
        that, past = sent.words[i - 1], sent.words[i + 1]
        if that.text.lower() != "that" or that.head != i or "Person=3" not in w.feats:
            continue
        if past.head != i or past.rel != "xcomp" or past.upos != "VERB" or "Tense=Past" not in past.feats:
            continue
        if any(sent.words[c].rel in ("mark", "aux", "aux:pass") for c in sent.children[past.index]):
            continue  # ("that seems to have fallen")
        if any(c not in (that.index, past.index) and sent.words[c].rel != "punct" for c in sent.children[i]):
            continue
        return i, {past.index: (w.head, w.deprel), i: (past.index, "nsubj"), that.index: (past.index, "mark")}
    return -1, {}


def plural_subject_read_as_verb(sent: Sentence) -> tuple[int, Moves]:
    """ "Tour guides say the eruptions have become an attraction" with "guides" tagged a verb, the
    subject of "say", and "Tour" its own subject: a word ending in "s" tagged a verb and made the
    subject of the verb right after it is a plural noun, and the word the parse made its subject
    that noun's modifier. The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i, text = w.index, w.text.lower()
        if w.upos != "VERB" or w.rel != "nsubj" or w.head != i + 1 or not text.endswith("s") or text.endswith("ss"):
            continue
        if sent.words[i + 1].upos != "VERB":
            continue
        kids = [c for c in sent.children[i] if sent.words[c].rel != "punct"]
        if any(sent.words[c].rel not in ("nsubj", "compound", "amod", "det") or c > i for c in kids):
            continue
        return i, {c: (i, "compound") for c in kids if sent.words[c].rel == "nsubj"}
    return -1, {}


_AUXILIARIES = frozenset({"have", "be", "will", "would", "could", "can", "may", "might", "should", "must", "do"})


def plural_before_auxiliary(sent: Sentence) -> tuple[int, Moves]:
    """ "told The Gleaner that arrests had been made" with "arrests" tagged a present-tense verb,
    a relative clause on the listener, and "that" the subject of "made": a finite verb is never
    followed by its own clause's auxiliary, so the "verb" is the plural subject of the clause the
    auxiliary opens, "that" its conjunction, and that clause the report of the verb the listener's
    phrase hangs on. The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words[1:-2]:
        i = w.index
        if w.upos != "VERB" or "Tense=Pres|VerbForm=Fin" not in w.feats or not w.text.endswith("s"):
            continue
        that, aux = sent.words[i - 1], sent.words[i + 1]
        clause = aux.head
        if that.text.lower() != "that" or aux.upos != "AUX" or aux.lemma.lower() not in _AUXILIARIES or clause <= i:
            continue
        if that.head not in (i, clause) or any(sent.words[c].rel != "punct" for c in sent.children[i]):
            continue
        subject = "nsubj:pass" if any(sent.words[c].rel == "aux:pass" for c in sent.children[clause]) else "nsubj"
        moves: Moves = {i: (clause, subject), that.index: (clause, "mark")}
        listener = sent.words[sent.words[clause].head] if sent.words[clause].head >= 0 else None
        if sent.words[clause].rel == "acl:relcl" and listener is not None and listener.rel in ("obj", "iobj"):
            moves[clause] = (listener.head, "ccomp")  # (the listener's relative clause was the report)
        return i, moves
    return -1, {}


def plural_before_relative(sent: Sentence) -> tuple[int, Moves]:
    """ "said in a letter to the regulator that banks that repeatedly failed their customers should
    face stiffer penalties" with "banks" tagged a present-tense verb, the first "that" its subject
    (a relative clause on "regulator"), the relative clause its complement and "face" inside that:
    a verb with a relative clause of its own is a noun, so the "verb" is the plural subject of the
    subjectless clause after its relative clause, "that" its conjunction, and that clause the
    report of the verb the phrase hangs on. The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words[1:-2]:
        i = w.index
        if w.upos != "VERB" or "Tense=Pres|VerbForm=Fin" not in w.feats or not w.text.endswith("s"):
            continue
        that, rel = sent.words[i - 1], sent.words[i + 1]
        if that.text.lower() != "that" or that.head != i or rel.text.lower() not in ("that", "who", "which"):
            continue
        relative = rel.head
        if relative <= i + 1 or sent.words[relative].head != i:
            continue
        clause = next(
            (c for c in sent.children[relative] if c > relative and sent.words[c].rel in ("ccomp", "conj", "parataxis")
             and not has_subject(sent, c) and any(sent.words[k].rel == "aux" for k in sent.children[c])), -1,
        )  # fmt: skip
        verb = w.head
        while verb >= 0 and sent.words[verb].upos != "VERB":
            verb = sent.words[verb].head
        if clause < 0 or verb < 0 or verb > i:
            continue
        moves: Moves = {i: (clause, "nsubj"), that.index: (clause, "mark"), relative: (i, "acl:relcl")}
        moves[clause] = (verb, "ccomp")
        return i, moves
    return -1, {}


def _cue_opening(sent: Sentence, prev: Word, is_speech: Callable[[Word, Sentence], bool]) -> int:
    """The speech verb whose report a "that" right after ``prev`` opens: ``prev`` itself, or the
    verb whose listener ``prev`` is (the person told, not any object: "said the company that makes
    chips had been sold"); -1 if neither."""
    if is_speech(prev, sent):
        return prev.index
    told = prev.rel in ("obj", "iobj") and prev.head >= 0 and sent.words[prev.head].lemma.lower() in LISTENER_VERBS
    return prev.head if told else -1


def _subjectless_clause_at(sent: Sentence, k: int) -> int:
    """The head of the finite clause with no subject that word ``k`` opens (its verb, or the verb
    of the auxiliary at ``k``), or -1."""
    first = sent.words[k]
    clause = first.head if first.upos == "AUX" and first.rel in ("aux", "aux:pass", "cop") else k
    if clause < k or "VerbForm=Fin" not in first.feats or has_subject(sent, clause):
        return -1
    return clause


def compound_read_as_relative(sent: Sentence, is_speech: Callable[[Word, Sentence], bool]) -> tuple[int, Moves]:
    """ "told the court that firearms teams had been given very little information" with
    "firearms" tagged a present-tense verb whose subject is "that" and "teams" its object: after
    a speech verb or the person it told, "that" opens the report, and a bare noun right after the
    "verb", with a clause with no subject of its own right after it, is the head of the clause's
    subject, the "verb" its modifier (tag_repairs.plural_noun_read_as_cue reads the same misparse
    with no object). The index of the "verb" (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i < 2 or i + 2 >= len(sent.words) or "Tense=Pres|VerbForm=Fin" not in w.feats:
            continue
        that, noun = sent.words[i - 1], sent.words[i + 1]
        if that.text.lower() != "that" or that.head != i or noun.head != i or noun.rel != "obj":
            continue
        cue = _cue_opening(sent, sent.words[i - 2], is_speech)
        if cue < 0 or noun.upos != "NOUN" or sent.children[noun.index]:
            continue
        clause = _subjectless_clause_at(sent, i + 2)
        if clause <= noun.index:
            continue
        if any(c not in (that.index, noun.index) and sent.words[c].rel != "punct" for c in sent.children[i]):
            continue
        passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[clause])
        moves: Moves = {noun.index: (clause, "nsubj:pass" if passive else "nsubj"), i: (noun.index, "compound")}
        moves.update({that.index: (clause, "mark"), clause: (cue, "ccomp")})
        return i, moves
    return -1, {}


def gerund_read_as_relative(sent: Sentence, is_speech: Callable[[Word, Sentence], bool]) -> Moves:
    """ "told The Irish Times that declaring an emergency would have practical consequences" with
    "declaring" a relative clause whose subject is "that" and "have" a second, subjectless one:
    after a speech verb or the person it told, "that" opens the report, and the gerund's phrase
    is the subject of the finite clause right after it (``compound_read_as_relative`` for a noun
    the tagger read as a verb)."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i < 2 or not w.text.lower().endswith("ing") or "VerbForm=Fin" in w.feats:
            continue
        that = sent.words[i - 1]
        if that.text.lower() != "that" or that.head != i or that.rel != "nsubj":
            continue
        cue = _cue_opening(sent, sent.words[i - 2], is_speech)
        end = max(sent.subtree(i)) + 1
        if cue < 0 or end >= len(sent.words):
            continue
        clause = _subjectless_clause_at(sent, end)
        if clause < 0 or clause in sent.subtree(i):
            continue
        return {i: (clause, "csubj"), that.index: (clause, "mark"), clause: (cue, "ccomp")}
    return {}
