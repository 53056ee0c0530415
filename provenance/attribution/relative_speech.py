"""A speech verb inside a relative clause, whose reported clause the parser hung beside it.

"six deaths in the past eight days that Lohmar said are unrelated" comes out of the shipped
parser as ``acl:relcl(days, said)`` + ``acl:relcl(days, unrelated)`` with ``mark(unrelated,
that)``; "a charity that prosecutors said was suspected of funding terrorism" as two conjuncts
of the main verb. In "N that X said VP" the relative word belongs to the reported clause ("that
[X said] are unrelated"), and the clause right after the speech verb, with no subject of its own,
is what X said: the clause becomes the verb's complement and the relative word its ``mark``,
the shape the parser itself gives "Apps that it said 'may not work' included ...".

The other way round, a speech verb's "that" clause hung inside a phrase of the verb's own
("said at a town hall sponsored by CNN that taxes would rise", clause_after_phrase) goes back to
the verb; so does a clause a later verb took ("While some critics say government should not be
paying ..., Roe says ...", clause_of_earlier_cue), and a clause read as a reduced relative on
its own subject ("said more than 1,300 emails contained classified material",
subject_with_relative_verb). And a speech verb right after a relative clause is the verb its
noun is the subject of ("Though executives who have worked with him say they assume ...", with
"say" an infinitive of "worked": say_after_relative_clause), also when the parse put the verb
inside the relative clause and hung the reported clause's predicate at the root ("A pilot who asked
not to be named because he feared reprisals said morale was low" with ``ccomp(feared, said)`` and
``nsubj(low, pilot)``: say_inside_subject_relative). A second verb of the subject's relative clause
the parse joined to the speech verb keeps its object ("A neighbor who lives nearby and witnessed
the aftermath said": second_relative_verb_read_as_conjunct). All are part of
subject_repairs.subject_moves (tests/test_clause_repairs.py, tests/test_interrupted_and_asked.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .phrases import LISTENER_VERBS
from .relative_roots import say_read_as_second_relative
from .that_clauses import age_aside
from .tree_edits import relative_subject

Moves = dict[int, tuple[int, str]]

_RELATIVE_WORDS = frozenset({"that", "which", "who"})
_OWN_CONTENT = ("ccomp", "xcomp", "obj", "iobj")


def relative_speech(sent: Sentence, verb: Word) -> Moves:
    """``{clause: (verb, "ccomp"), relative: (verb, "mark")}`` for the misparse of the module
    doc; else empty."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 1 or any(sent.words[c].rel in _OWN_CONTENT for c in kids) or verb.head < 0:
        return {}
    start = min(sent.subtree(subjects[0]))
    rel = start - 1
    if rel < 0 or sent.words[rel].text.lower() not in _RELATIVE_WORDS or sent.words[rel].head == verb.index:
        return {}
    clause = sent.words[rel].head
    c = sent.words[clause]
    if clause <= verb.index or c.head != verb.head or c.rel not in ("acl", "conj", "advcl", "parataxis"):
        return {}
    # (a comma before the relative word may hang in the clause: "a charity in Sudan, that ...")
    before = [k for k in sent.subtree(clause) if k < rel]
    if any(sent.words[k].upos != "PUNCT" for k in before):
        return {}
    rest = [k for k in sent.subtree(clause) if k > rel]
    if not rest or min(rest) != verb.index + 1 or has_subject(sent, clause) or not is_finite(sent, clause):
        return {}
    return {clause: (verb.index, "ccomp"), rel: (verb.index, "mark")}


_PHRASES = ("obl", "obl:tmod", "obl:npmod", "advmod")


def clause_after_phrase(
    sent: Sentence,
    verb: Word,
    is_speech: Callable[[Word, Sentence], bool],
    content_noun: Callable[[str], bool],
) -> Moves:
    """ "Green said at a town hall sponsored by CNN that taxes would rise" with the "that" clause
    an adverbial clause of "sponsored": a speech verb with nothing said, followed by adverbial
    phrases of its own and then a clause opened by the conjunction "that" with a subject and a
    finite verb of its own, says that clause; the phrases only tell where or when. (Not a
    relative clause: there "that" is the clause's subject or object, "a meeting that he
    attended", and the parser reads it as a pronoun - unless it made it the clause's ``mark``,
    whatever the tag: "said in a note to clients that they now expected ...". Nor a clause a speech verb or a content noun
    inside the phrase has: "after a report estimated that ...", "responded to accusations that
    ...".)"""
    kids = sent.children[verb.index]
    # (and the person told, "tells voters who wonder why ... that he was not brought up that way")
    listener = verb.lemma.lower() in LISTENER_VERBS
    phrases = [
        c
        for c in kids
        if c > verb.index
        and (
            sent.words[c].rel in _PHRASES
            or _phrase_as_clause(sent, c)
            or (listener and sent.words[c].rel in ("obj", "iobj"))
        )
    ]
    if any(sent.words[c].rel in _OWN_CONTENT for c in kids if c not in phrases):
        return {}
    inside = {k for p in phrases for k in sent.subtree(p)}
    for x in sorted(inside):
        w = sent.words[x]
        mark = min(sent.subtree(x))
        if (
            x in phrases
            or sent.words[mark].text.lower() != "that"
            or (sent.words[mark].upos != "SCONJ" and sent.words[mark].deprel != "mark")
            or sent.words[mark].head != x
            or w.rel not in ("advcl", "acl", "acl:relcl", "ccomp", "conj")
            or not has_subject(sent, x)
            or not is_finite(sent, x)
            or _owned_inside(sent, x, verb.index, is_speech, content_noun)
        ):
            continue
        # (only the phrases come between the verb and "that": "said Thursday at a town hall")
        if all(k in inside for k in range(verb.index + 1, mark)):
            return {x: (verb.index, "ccomp")}
    return {}


def _phrase_as_clause(sent: Sentence, c: int) -> bool:
    """ "said during taping of a town hall" with "taping" a complement: a noun with a
    preposition of its own is a phrase, whatever the relation."""
    w = sent.words[c]
    return w.upos == "NOUN" and any(sent.words[k].rel == "case" and k < c for k in sent.children[c])


def _owned_inside(
    sent: Sentence,
    x: int,
    verb: int,
    is_speech: Callable[[Word, Sentence], bool],
    content_noun: Callable[[str], bool],
) -> bool:
    """A speech verb between the clause and ``verb`` on the clause's way up, or a content noun
    ("accusations", "claim") right above it: the clause is theirs."""
    head = sent.words[x].head
    if sent.words[x].rel.startswith("acl") and content_noun(sent.words[head].lemma.lower()):
        return True
    while head >= 0 and head != verb:
        if is_speech(sent.words[head], sent):
            return True
        head = sent.words[head].head
    return False


def clause_of_earlier_cue(sent: Sentence, verb: Word, is_speech: Callable[[Word, Sentence], bool]) -> Moves:
    """ "While some critics say government should not be paying ..., Jagelewski says ..." with
    both clauses complements of the second "says": a complement before its verb that starts
    right after another speech verb with nothing said is that verb's."""
    kids = sent.children[verb.index]
    for c in kids:
        w = sent.words[c]
        if w.rel != "ccomp" or c > verb.index or not has_subject(sent, c) or not is_finite(sent, c):
            continue
        first = min(sent.subtree(c))
        if first == 0:
            continue
        earlier = sent.words[first - 1]
        if earlier.index == verb.index or not is_speech(earlier, sent):
            continue
        if any(sent.words[k].rel in _OWN_CONTENT for k in sent.children[earlier.index]):
            continue
        return {c: (earlier.index, "ccomp")}
    return {}


def subject_with_relative_verb(sent: Sentence, verb: Word) -> Moves:
    """ "said more than 1,300 Clinton emails contained classified material" with "emails" an
    oblique of "said" and "contained" a reduced relative on it: a verb on the noun right after a
    speech verb with nothing said, that has a direct object of its own (no passive participle
    has one), is the reported clause's verb and the noun its subject."""
    kids = sent.children[verb.index]
    if any(
        sent.words[k].rel in _OWN_CONTENT + ("ccomp",) for k in kids if k > verb.index and sent.words[k].rel != "obj"
    ):
        return {}
    for x in kids:
        if x < verb.index or sent.words[x].rel not in ("obj", "obl"):
            continue
        # (nothing between but an adverb the parse gave the verb: "said [more] than 1,300 ...")
        between = range(verb.index + 1, min(sent.subtree(x)))
        if any(sent.words[k].head != verb.index or sent.words[k].rel != "advmod" for k in between):
            continue
        if sent.words[x].upos not in ("NOUN", "PROPN"):
            continue
        cases = {sent.words[k].lemma.lower() for k in sent.children[x] if sent.words[k].rel == "case"}
        if cases - {"than"}:
            continue  # ("accused by the media of beating ...", "in a letter dated ...": phrases)
        for a in sent.children[x]:
            w = sent.words[a]
            if w.rel != "acl" or w.upos != "VERB" or a < x or has_subject(sent, a):
                continue
            # (a finite or past form: "a man calling himself ...", "a plan to accept ..." are
            # reduced relatives with objects of their own)
            to = any(sent.words[k].lemma.lower() == "to" for k in sent.children[a])
            if to or w.text.lower().endswith("ing") or not ("VerbForm=Fin" in w.feats or "Tense=Past" in w.feats):
                continue
            if age_aside(sent, a):
                continue  # ("said the children, aged four, nine and 12, still asked")
            if not any(sent.words[k].rel == "obj" for k in sent.children[a]):
                continue
            moves: Moves = {x: (a, "nsubj"), a: (verb.index, "ccomp")}
            moves.update({k: (x, "advmod") for k in between})
            return moves
    return {}


# Verbs that take an object and a bare infinitive: "people who heard him say", "made them say"
_BARE_INFINITIVE_VERBS = frozenset({"make", "let", "have", "help", "see", "hear", "watch", "feel", "bid"})


def say_after_relative_clause(sent: Sentence, verb: Word) -> Moves:
    """A speech verb right after a relative clause the parse made the sentence's verb: a "who"
    clause (``_say_after_who_clause``) or a "whose" clause (``_say_after_whose_clause``)."""
    return _say_after_whose_clause(sent, verb) or _say_after_who_clause(sent, verb)


def _say_after_whose_clause(sent: Sentence, verb: Word) -> Moves:
    """ "Producer Tobias Wren, whose thriller was passed over, posted on X: '...'" with the
    relative clause's verb the root, the name its first subject ("Wren" and "thriller" both
    subjects of "passed") and the speech verb hung on it: the speech verb is the sentence's, the
    name its subject, the clause the name's relative clause."""
    host = sent.words[verb.head] if verb.head >= 0 else None
    if (
        host is None
        or host.head >= 0
        or verb.rel not in ("advcl", "conj", "parataxis")
        or has_subject(sent, verb.index)
    ):
        return {}
    subjects = [c for c in sent.children[host.index] if sent.words[c].rel == "nsubj" and c < host.index]
    if len(subjects) != 2 or sent.words[subjects[0]].upos != "PROPN" or host.index > verb.index:
        return {}
    name, thing = subjects
    whose = any(sent.words[k].lemma.lower() == "whose" for k in sent.children[thing])
    if not whose or sent.words[thing].upos != "NOUN":
        return {}
    return {verb.index: (-1, "root"), name: (verb.index, "nsubj"), host.index: (name, "acl:relcl")}


def _say_after_who_clause(sent: Sentence, verb: Word) -> Moves:
    """ "Though executives who have worked with him say they assume ..." with "say" read as an
    infinitive complement of "worked" (or as the root with "executives" hung on a later verb): a
    speech verb right after a relative clause ("who"/"that" + verb), with no subject, no "to"
    and a clause of its own, is the verb that the relative clause's noun is the subject of. The
    noun becomes its subject and takes its place in the sentence; the relative clause goes back
    on the noun."""
    kids = sent.children[verb.index]
    if has_subject(sent, verb.index) or any(sent.words[c].rel == "mark" for c in kids):
        return {}
    if not any(sent.words[c].rel == "ccomp" for c in kids):
        return {}
    infinitive = verb.rel in ("xcomp", "ccomp", "obl", "conj") and "Tense=" not in verb.feats
    if not infinitive and not (verb.head < 0 and "VerbForm=Fin" in verb.feats):
        return {}
    clause = _relative_clause_before(sent, verb.index)
    if clause is None or (infinitive and clause.index != verb.head):
        return {}
    rel = next(c for c in sent.children[clause.index] if relative_subject(sent, c))
    noun = sent.words[rel - 1]
    if not infinitive:
        # (the root stays; "executives" was a later verb's, or "Hawkins and others who ..." the
        # subject of the clause after the verb: the whole coordination is the verb's subject)
        while noun.rel == "conj" and noun.head >= 0:
            noun = sent.words[noun.head]
        stolen = (
            noun.rel.startswith("nsubj")
            and sent.words[noun.head].rel == "ccomp"
            and sent.words[noun.head].head == verb.index
        )
        if (noun.rel.startswith("nsubj") and not stolen) or noun.rel in ("appos", "ccomp", "xcomp", "root"):
            return {}  # (an apposition's name is the subject: another repair's shape)
        return {noun.index: (verb.index, "nsubj")}
    if noun.rel.startswith("nsubj") or noun.head < 0 or noun.head in sent.subtree(verb.index):
        return {}  # (a noun that is some verb's subject already: another shape)
    moves: Moves = {verb.index: (noun.head, noun.deprel), noun.index: (verb.index, "nsubj")}
    moves[clause.index] = (noun.index, "acl:relcl")
    # ("Though" opens the verb's clause, whichever word the parse hung it on)
    before = [c for c in sent.subtree(clause.index) if c < noun.index]
    for c in before + [c for c in sent.children[noun.index] if c < noun.index]:
        if sent.words[c].rel in ("mark", "cc"):
            moves[c] = (verb.index, sent.words[c].deprel)
    return moves


def _relative_clause_before(sent: Sentence, verb: int) -> Word | None:
    """The relative clause ("who have worked with him") that ends right before ``verb``, after
    the noun it describes, not a verb of bare infinitives ("people who heard him say")."""
    if verb < 2:
        return None
    h = verb - 1
    while h >= 0 and not (sent.words[h].upos == "VERB" and any(relative_subject(sent, c) for c in sent.children[h])):
        h = sent.words[h].head
    if h < 0 or h > verb or sent.words[h].lemma.lower() in _BARE_INFINITIVE_VERBS:
        return None
    clause = sent.words[h]
    rel = next(c for c in sent.children[h] if relative_subject(sent, c))
    words = [i for i in sent.subtree(h, exclude=[verb]) if sent.words[i].upos != "PUNCT" and i >= rel]
    if sent.words[rel - 1].upos not in ("NOUN", "PROPN") or max(words) != verb - 1:
        return None
    return clause


def say_inside_subject_relative(sent: Sentence, verb: Word) -> Moves:
    """``{verb: (predicate's head, its relation), noun: (verb, "nsubj"), predicate: (verb,
    "ccomp")}`` for a finite speech verb without a subject inside the relative clause of a noun
    that is the subject of a predicate after the verb (module doc); else empty."""
    if has_subject(sent, verb.index) or "Tense=Past" not in verb.feats and "Mood=Ind" not in verb.feats:
        return {}
    if verb.deprel == "acl:relcl" and verb.head >= 0:
        return say_read_as_second_relative(sent, verb)
    if verb.rel not in ("ccomp", "conj", "advcl", "xcomp", "parataxis"):
        return {}
    clause = verb.head
    while clause >= 0 and sent.words[clause].deprel != "acl:relcl":
        clause = sent.words[clause].head
    if clause < 0:
        return {}
    noun = sent.words[sent.words[clause].head]
    predicate = noun.head
    if not noun.rel.startswith("nsubj") or predicate <= verb.index or noun.index > clause:
        return {}
    if not any(relative_subject(sent, c) for c in sent.children[clause]):
        return {}
    p = sent.words[predicate]
    if p.upos == "VERB" and any(sent.words[c].rel == "ccomp" for c in sent.children[predicate]):
        return {}  # (the predicate reports a clause of its own: "The KMT, which ... says ..., said the outcome ...")
    return {verb.index: (p.head, p.deprel), noun.index: (verb.index, "nsubj"), predicate: (verb.index, "ccomp")}


def second_relative_verb_read_as_conjunct(sent: Sentence, verb: Word) -> Moves:
    """ "A neighbor who lives across the street and witnessed the aftermath said ..." with
    ``conj(said, witnessed)`` and ``nsubj(said, aftermath)``: a verb joined by "and" after the
    subject's relative clause, before the speech verb, is the relative clause's second verb, and
    the noun after it, which the parse made a second subject, its object."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    relatives = [c for c in sent.children[first] if sent.words[c].deprel == "acl:relcl" and c < second]
    if not relatives:
        return {}
    # (the parse may have joined it to the relative clause already, and only the object is astray)
    for c in [*sent.children[verb.index], *sent.children[relatives[-1]]]:
        w = sent.words[c]
        joined = any(sent.words[k].rel == "cc" and sent.words[k].lemma.lower() == "and" for k in sent.children[c])
        if w.rel != "conj" or w.upos != "VERB" or not relatives[-1] < c < second or not joined:
            continue
        if any(sent.words[k].rel == "obj" for k in sent.children[c]):
            continue
        if all(k < second for k in sent.subtree(c)) and (
            w.head == relatives[-1] or max(sent.subtree(relatives[-1])) < c
        ):
            return {c: (relatives[-1], "conj"), second: (c, "obj")}
    return {}


def subject_inside_relative(sent: Sentence, verb: Word) -> Moves:
    """ "Some residents said the raid was overdue, and several people who posted on a community
    Facebook page argued that ..." with "page", the end of the relative clause, the subject of
    "argued" and "people" a conjunct of the clause before: a subject never has a preposition, so
    the noun whose relative clause it ends is the subject; after ", and" the verb is a clause of
    its own, coordinated with the speech verb whose complement it was read as. Only after ", and"
    (or ", but")."""
    s = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if (
        s < 0
        or not any(sent.words[k].rel == "case" for k in sent.children[s])
        or max(sent.subtree(s)) != verb.index - 1
    ):
        return {}
    for n in range(min(sent.subtree(s)) - 1, -1, -1):
        relative = [
            r
            for r in sent.children[n]
            if sent.words[r].deprel == "acl:relcl" and max(sent.subtree(r)) == min(sent.subtree(s)) - 1
        ]
        if not relative or sent.words[n].upos not in ("NOUN", "PROPN"):
            continue
        # (only a noun that opens a clause of its own after ", and": "emails to or from Abedin that
        # could be relevant to the probe officials said" is something else)
        cc = [k for k in sent.children[n] if sent.words[k].rel == "cc" and k > 0 and sent.words[k - 1].text == ","]
        if sent.words[n].rel != "conj" or not cc or verb.rel != "ccomp" or verb.head < 0:
            return {}
        return {
            s: (relative[0], "obl"),
            n: (verb.index, "nsubj"),
            verb.index: (verb.head, "conj"),
            cc[0]: (verb.index, "cc"),
        }
    return {}
