"""The main verb the parser read as a conjunct or a second relative clause of its subject.

(Session 57: "A legislative aide who spoke on the condition of anonymity because negotiations
were ongoing said the governor's staff had spent ..." with "said" a second relative clause of
"aide", with no relative word of its own, and the report the sentence's verb: the speech verb is
the sentence's, ``say_read_as_second_relative``, part of relative_speech.say_inside_subject_relative.)

"The Treasury Board, which wrote the rules, disagreed." comes out of the shipped parser with
"Board" the root, ``acl:relcl(Board, wrote)`` and ``conj(wrote, disagreed)``: the sentence has no
main verb and "disagreed" no subject. A sentence whose root is a noun with a relative clause set
off by commas, where that clause has a conjunct verb after its closing comma with no
coordinator and no subject of its own, has that verb for its main verb, and the noun is the
verb's subject. (The same words with "said" the parser reads right.)

"The people who live here deserve better, Roe said." comes out with "people" a second subject of
"said" and ``acl:relcl(people, deserve)`` beside ``acl:relcl(people, live)``; "A deal that
protects workers is possible, the union said." with "deal" and "possible" two complements of
"said". A fronted noun of a speech verb that has its own subject after a comma, where the noun has
a relative clause and, after it, a predicate with no subject of its own (a second relative with
no relative pronoun, or the verb's complement), is that predicate's subject, and the predicate is
what was said; so is a fronted noun the parse made the verb's complement beside the predicate,
with or without a relative clause; and so is a fronted noun the parse made a second subject of a
verb whose speaker follows it ("People who are ill may move less, said Dr. Roe."). A phrase the
parse hung on the reported clause though it lies before the speech verb, in the subject's relative
clause ("The source, who was not authorized to speak because the deal is not final, said ..."),
goes back to that clause. And a relative clause read as a conjunct of the main verb: "..., according
to Liang Xiaomei, who directs the Community Press Project ..." with ``conj(closed, directs)``; a
clause whose subject is "who" relates to the name before its comma. And a partitive relative read
as a second subject: "Critics, some of whom defend the idea of the universal museum, argue that
..." with "some" a subject of "argue" and "defend" its adverbial clause; "some of whom" opens a
relative clause of the noun before its comma, and is that clause's subject. And a relative clause
of the subject's place read as the report (session 50): "Officials in Roatan, Honduras, where the
ship called on Sunday, said ..." with the "where" clause the speech verb's complement, before it.
Part of ``phrase_repairs.phrase_repairs``
(tests/test_subject_repairs.py, tests/test_relative_misreadings.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import is_finite
from .relative_openers import relative_read_as_main_clause
from .tree_edits import relative_subject

Moves = dict[int, tuple[int, str]]


def main_verb_read_into_relative(sent: Sentence) -> Moves:
    """The moves that make the verb the root and the noun its subject; empty if none."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN"):
        return relative_read_as_main_clause(sent)  # (or rooted on the relative clause's verb)
    for r in sent.children[root.index]:
        rel = sent.words[r]
        if rel.deprel != "acl:relcl" or r < root.index or sent.words[r - 1].text not in (",", "which", "who"):
            continue
        # (a conjunct of the clause's verb, or a past tense hung deeper in it: "Van der Heyden, who
        # rose to fame as a judge on ..., apologised in a video" with ``advcl(fame, apologised)``)
        deeper = [c for c in sent.subtree(r) if sent.words[c].deprel == "advcl" and "Tense=Past" in sent.words[c].feats]
        for c in [*sent.children[r], *deeper]:
            verb = sent.words[c]
            if verb.deprel not in ("conj", "advcl") or verb.upos != "VERB" or c < r:
                continue
            kids = [sent.words[k] for k in sent.children[c]]
            if any(k.rel in ("cc", "nsubj", "expl", "mark") for k in kids) or sent.words[c - 1].text != ",":
                continue
            moves: Moves = {c: (-1, "root"), root.index: (c, "nsubj")}
            # (the sentence's closing punctuation goes with the new root)
            moves.update(
                {k: (c, "punct") for k in sent.children[root.index] if sent.words[k].upos == "PUNCT" and k > c}
            )
            return moves
    return {}


_SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl")


def _subjectless_predicate(sent: Sentence, p: Word) -> bool:
    """A finite predicate with no subject, relative pronoun or complementiser of its own."""
    kids = [sent.words[c] for c in sent.children[p.index]]
    if any(k.rel in _SUBJECTS or k.rel == "mark" or "PronType=Rel" in k.feats for k in kids):
        return False
    return "VerbForm=Fin" in p.feats or any(k.rel in ("aux", "cop", "aux:pass") for k in kids)


def predicate_read_into_relative(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """The moves that make the fronted noun the predicate's subject and the predicate the speech
    verb's complement (see the module doc); empty if none."""
    for v in sent.words:
        if v.upos != "VERB" or not in_lex("speech_verbs", v.lemma.lower()):
            continue
        kids = sent.children[v.index]
        subject = max((c for c in kids if sent.words[c].rel == "nsubj" and c < v.index), default=-1)
        for n in kids:
            noun = sent.words[n]
            if n >= subject or noun.rel not in ("nsubj", "ccomp") or noun.upos not in ("NOUN", "PROPN"):
                continue
            relatives = [c for c in sent.children[n] if sent.words[c].deprel == "acl:relcl" and c > n]
            # (a noun the verb's complement needs no relative clause to be misread: a noun is no
            # clause, "Other factors, such as income, could play a role, he said")
            opened = relatives[0] if relatives else (max(sent.subtree(n)) if noun.rel == "ccomp" else subject)
            after = [c for c in (*relatives, *kids) if opened < c < subject]
            for p in after:
                pred = sent.words[p]
                if pred.deprel not in ("acl:relcl", "ccomp") or not _subjectless_predicate(sent, pred):
                    continue
                last = max(j for j in sent.subtree(p) if sent.words[j].upos != "PUNCT")
                if "," not in (sent.words[j].text for j in range(last + 1, subject)):
                    continue
                return {n: (p, "nsubj"), p: (v.index, "ccomp")}
        if (inverted := _fronted_before_inverted_cue(sent, v.index)) is not None:
            return inverted
    return {}


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _fronted_before_inverted_cue(sent: Sentence, v: int) -> Moves | None:
    """ "People who are already ill may simply move less, said Dr. Jane Roe." with "People" a
    second subject of "said" beside the speaker after it, and the relative clause ("who are ...
    ill") and the predicate ("move") two complements of "said": the noun before the verb is the
    predicate's subject, the clause with a relative pronoun its relative clause."""
    kids = sent.children[v]
    before = [c for c in kids if sent.words[c].rel == "nsubj" and c < v]
    if len(before) != 1 or not any(sent.words[c].rel == "nsubj" and c > v for c in kids):
        return None
    n = before[0]
    if sent.words[n].upos not in ("NOUN", "PROPN"):
        return None
    relatives = [
        c
        for c in kids
        if n < c < v
        and sent.words[c].deprel == "ccomp"
        and any(
            sent.words[k].rel == "nsubj" and sent.words[k].lemma.lower() in _RELATIVE_PRONOUNS and k < c
            for k in sent.children[c]
        )
    ]
    preds = [c for c in kids if n < c < v and c not in relatives and _subjectless_predicate(sent, sent.words[c])]
    if len(preds) != 1 or sent.words[preds[0]].deprel != "ccomp":
        return None
    last = max(j for j in sent.subtree(preds[0]) if sent.words[j].upos != "PUNCT")
    if "," not in (sent.words[j].text for j in range(last + 1, v)):
        return None
    return {n: (preds[0], "nsubj"), **{r: (n, "acl:relcl") for r in relatives}}


def speech_read_into_passive_relative(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """ "A source who asked not to be identified told the Globe that ..." with "told" a second
    participle of "identified" (``xcomp``, or ``amod`` on its listener: "named told reporters")
    inside the relative clause, and "source" the root (or the subject of the clause told): a
    speech verb right after the passive participle that closes a relative clause is the main verb
    of the noun the clause describes - the noun its subject, a later clause that took the noun as
    subject (or that the parse hung on the listener) its complement."""
    for s in sent.words:
        if s.upos != "VERB" or s.index == 0 or not in_lex("speech_verbs", s.lemma.lower()):
            continue
        if "VerbForm=Ger" in s.feats or "Tense=Pres|VerbForm=Part" in s.feats:
            continue  # (a main verb has a tense: not "did not want to be seen commenting on the case")
        passive = sent.words[s.index - 1]
        listener = sent.words[s.head] if s.rel == "amod" and s.head == s.index + 1 else None
        if not (s.rel in ("xcomp", "conj") and s.head == passive.index) and not (
            listener is not None and listener.head == passive.index
        ):
            continue
        if not any(sent.words[c].deprel == "aux:pass" for c in sent.children[passive.index]):
            continue
        moves = _main_verb_of_described(sent, s.index, passive)
        if moves and listener is not None:
            moves[listener.index] = (s.index, "obj")
            for c in sent.children[listener.index]:
                if sent.words[c].deprel == "acl:relcl" and not _subjectless_predicate(sent, sent.words[c]):
                    moves[c] = (s.index, "ccomp")  # ("told reporters he saw the fight")
        if moves:
            return moves
    return {}


def _main_verb_of_described(sent: Sentence, s: int, passive: Word) -> Moves:
    """The moves that make ``s`` the main verb of the noun whose relative clause holds ``passive``."""
    relative = passive
    while relative.head >= 0 and relative.deprel != "acl:relcl":
        relative = sent.words[relative.head]
    if relative.deprel != "acl:relcl" or relative.head >= relative.index:
        return {}
    noun = sent.words[relative.head]
    if noun.head < 0:
        moves: Moves = {s: (-1, "root"), noun.index: (s, "nsubj")}
        moves.update({c: (s, "punct") for c in sent.children[noun.index] if c > s})
        return moves
    clause = sent.words[noun.head]
    if noun.rel == "nsubj" and clause.index > s:
        return {s: (clause.head, clause.deprel), noun.index: (s, "nsubj"), clause.index: (s, "ccomp")}
    return {}


def clause_read_into_report(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """ "The source, who was not authorized to speak publicly because the deal has not been
    finalized, said Toronto would send ..." with the "because" clause hung on "send": a phrase of
    the reported clause that lies wholly before the speech verb, between the verb's subject and
    the verb, belongs to the relative clause on the subject (else to the speech verb itself) -
    a reported clause after its cue never reaches back over it."""
    moves: Moves = {}
    for v in sent.words:
        if v.upos != "VERB" or not in_lex("speech_verbs", v.lemma.lower()):
            continue
        kids = sent.children[v.index]
        subject = next((c for c in kids if sent.words[c].rel == "nsubj" and c < v.index), -1)
        for c in (c for c in kids if sent.words[c].rel == "ccomp" and c > v.index and subject >= 0):
            for a in sent.children[c]:
                part = sent.subtree(a)
                if sent.words[a].rel not in ("advcl", "obl") or not subject < min(part) <= max(part) < v.index:
                    continue
                relative = [r for r in sent.children[subject] if sent.words[r].deprel == "acl:relcl" and r < a]
                moves[a] = (relative[-1], sent.words[a].deprel) if relative else (v.index, sent.words[a].deprel)
    return moves


def who_clause_read_as_conjunct(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """The move that gives a "who" clause read as a conjunct to the name before its comma (module
    doc); not a speech verb's ("help from Labor Secretary Thomas Perez, who said ..."), which the
    relative pronoun's antecedent already finds the speaker of."""
    for v in sent.words:
        if v.deprel != "conj" or v.upos not in ("VERB", "AUX") or in_lex("speech_verbs", v.lemma.lower()):
            continue
        own = [k for k in sent.subtree(v.index) if sent.words[k].upos != "PUNCT"]
        who = sent.words[own[0]]
        if who.lemma.lower() != "who" or who.head != v.index or who.rel != "nsubj" or own[0] < 2:
            continue
        noun = own[0] - 2
        while sent.words[noun].deprel in ("flat", "compound") and sent.words[noun].head > noun:
            noun = sent.words[noun].head
        if sent.words[own[0] - 1].text == "," and sent.words[noun].upos in ("NOUN", "PROPN") and noun < v.index:
            return {v.index: (noun, "acl:relcl")}
    return {}


def partitive_relative_read_as_subject(sent: Sentence) -> Moves:
    """The moves that give "some of whom ..." back to the noun before its comma (module doc)."""
    for w in sent.words[2:]:
        whom = [c for c in sent.children[w.index] if sent.words[c].lemma.lower() in ("whom", "which")]
        noun = w.index - 2
        if w.rel not in ("nsubj", "appos") or not whom or w.head < 0 or sent.words[w.index - 1].text != ",":
            continue
        main = sent.words[noun].head  # (the parse's "some" a second subject, or the noun's apposition)
        if sent.words[noun].rel != "nsubj" or w.head not in (main, noun) or sent.words[noun].upos != "NOUN":
            continue
        verb = next(
            (c for c in sent.children[main] if w.index < c < main and sent.words[c].rel in ("advcl", "conj")),
            None,
        )
        if verb is not None and sent.words[verb].upos == "VERB":
            return {w.index: (verb, "nsubj"), verb: (noun, "acl:relcl")}
    return {}


_RELATIVE_WORDS = frozenset({"who", "that", "which"})


def object_with_relative_as_subject(sent: Sentence, verb: Word, clause_only: frozenset[str]) -> Moves:
    """ "She said workers who could not afford to stop work accounted for most admissions" with
    "workers" the object of "said" and "accounted" an open complement inside the relative clause;
    "He said farmers who refused to sell their land were threatened" with "threatened" a second
    relative clause of "farmers" and "land" its subject. After a verb that takes no noun phrase
    (``clause_only``) and has no complement, a noun with a relative clause (its relative pronoun
    the clause's subject), and after that clause a verb with no subject of its own and a finite
    form (or a past form ending in "-ed", which only a clause's verb has there), the verb is the
    reported clause's and the noun its subject; a subject taken from the relative clause's last
    noun goes back to it as the object of the verb before it."""
    kids = [k for k in sent.children[verb.index] if k > verb.index]
    # (or a "complement" that is only the noun: "added that daily-wage workers who could not
    # afford to stop work accounted for ...", the noun with no verb of its own)
    nouns = [k for k in kids if sent.words[k].rel == "ccomp" and _bare_noun(sent, k)]
    if not nouns and verb.lemma.lower() in clause_only and not any(sent.words[k].rel == "ccomp" for k in kids):
        nouns = [k for k in kids if sent.words[k].rel in ("obj", "iobj")]
    for n in nouns:
        if sent.words[n].upos not in ("NOUN", "PROPN"):
            continue
        relatives = [r for r in sent.children[n] if sent.words[r].deprel == "acl:relcl" and r > n]
        if not relatives or not any(
            sent.words[c].rel == "nsubj" and sent.words[c].text.lower() in _RELATIVE_WORDS
            for c in sent.children[relatives[0]]
        ):
            continue
        first = relatives[0]
        # (or a clause the parse hung on the speech verb itself after the relative clause's comma:
        # "said Aboriginal children, who make up ... despite being less than 7 per cent of ...,
        # had been exposed" with "per cent" its subject)
        after = {k for k in kids if sent.words[k].rel in ("parataxis", "conj") and k > max(sent.subtree(first))}
        for v in sorted(set(sent.subtree(first)) | set(relatives[1:]) | after):
            w = sent.words[v]
            if v <= first or w.upos != "VERB" or w.rel not in ("xcomp", "advcl", "conj", "acl", "parataxis"):
                continue
            if any(sent.words[c].rel in ("mark", "cc") or sent.words[c].text.lower() == "to" for c in sent.children[v]):
                continue
            past = "Tense=Past" in w.feats and w.text.lower().endswith("ed") and w.rel != "acl"
            if not (is_finite(sent, v) or past):
                continue
            subjects = [c for c in sent.children[v] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < v]
            moves: Moves = {v: (verb.index, "ccomp"), n: (v, "nsubj")}
            if subjects:
                taken = subjects[0]
                before = max((k for k in sent.subtree(first) if k < taken and sent.words[k].upos == "VERB"), default=-1)
                if before < 0 or max(sent.subtree(first)) >= taken:
                    continue
                opened = any(sent.words[c].rel == "mark" for c in sent.children[taken])  # ("despite being ...")
                moves[taken] = (before, "advcl" if opened else "obj")
            return moves
    return {}


def _bare_noun(sent: Sentence, n: int) -> bool:
    """A noun with no copula and no subject: no clause of its own."""
    return sent.words[n].upos in ("NOUN", "PROPN") and not any(
        sent.words[c].rel in ("cop", "nsubj", "nsubj:pass") for c in sent.children[n]
    )


# (a place's or a time's: "who" and "which" clauses go to their noun by the repairs above)
_PLACE_RELATIVES = frozenset({"where", "when"})


def relative_read_as_fronted_report(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """A speech verb's complement before it that opens, after a comma, with "where" or "when" is a
    relative clause of the noun before that comma (a place, a time), not a report: what is said
    follows the verb. The move, or {}."""
    for w in sent.words:
        head = sent.words[w.head] if w.head > w.index else None
        if head is None or w.rel != "ccomp" or not in_lex("speech_verbs", head.lemma.lower()):
            continue
        first = min(k for k in sent.subtree(w.index) if sent.words[k].upos != "PUNCT")
        relative = sent.words[first]
        if relative.text.lower() not in _PLACE_RELATIVES or relative.head != w.index or first < 2:
            continue
        noun = sent.words[first - 2]
        if sent.words[first - 1].text != "," or noun.upos not in ("NOUN", "PROPN"):
            continue
        return {w.index: (noun.index, "acl:relcl")}
    return {}


def say_read_as_second_relative(sent: Sentence, verb: Word) -> Moves:
    """ "A legislative aide who spoke on the condition of anonymity because ... said the governor's
    staff had spent ..." with "said" a second relative clause of "aide" (no relative word of its
    own) and "spent" the sentence's verb: the speech verb is the sentence's, after the noun's own
    relative clause."""
    noun = sent.words[verb.head]
    first = [c for c in sent.children[noun.index] if sent.words[c].deprel == "acl:relcl" and c < verb.index]
    if not noun.rel.startswith("nsubj") or noun.head <= verb.index or not first:
        return {}
    if not any(relative_subject(sent, c) for c in sent.children[first[0]]):
        return {}
    if any(relative_subject(sent, c) or sent.words[c].rel == "mark" for c in sent.children[verb.index]):
        return {}
    p = sent.words[noun.head]
    return {verb.index: (p.head, p.deprel), noun.index: (verb.index, "nsubj"), p.index: (verb.index, "ccomp")}


def main_verb_read_as_modifier(sent: Sentence) -> Moves:
    """ "Thousands of Dutch farmers blocked motorways on Wednesday to protest ..." with
    "Thousands" the root and "blocked" an adjective of "motorways": a sentence with a noun for its
    root, its phrase closed right before a past-tense verb read as a modifier of the noun after it,
    has that verb for its main verb, the noun for its subject and the next noun for its object."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "NOUN" or root.index != 0 and sent.words[0].upos != "DET":
        return {}
    for v in sent.words[root.index + 1 :]:
        if v.upos != "VERB" or v.deprel != "amod" or "Tense=Past" not in v.feats or not v.text.endswith("ed"):
            continue
        obj = sent.words[v.head]
        if any(sent.words[k].upos in ("VERB", "AUX") for k in range(root.index + 1, v.index)):
            return {}  # (the first verb after the root's phrase only: not "welded" of "... told 8 News the welded ...")
        phrase = [k for k in range(root.index, v.index) if k in sent.subtree(root.index)]
        if obj.index != v.index + 1 or obj.upos != "NOUN" or phrase != list(range(phrase[0], v.index)):
            return {}
        moves: Moves = {v.index: (-1, "root"), root.index: (v.index, "nsubj"), obj.index: (v.index, "obj")}
        # (what the parse hung on the root after the verb is the verb's: "on Wednesday", "to protest")
        moves.update({c: (v.index, sent.words[c].deprel) for c in sent.children[root.index] if c > obj.index})
        return moves
    return {}
