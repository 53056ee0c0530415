"""The subject of a speech verb that the parse hung on a fronted adverbial, put back.

"Since earlier this year, Mr. Xi and other leaders have said cutting output must be a priority"
comes out of the shipped parser as ``obl(said, year)`` + ``appos(year, Xi)``, with "said" left
without a subject: the comma after the adverbial made the parser read the noun phrase after it
as another name for "this year". A finite speech verb needs a subject, and a noun phrase that
follows the fronted phrase's comma and runs up to the verb (nothing but auxiliaries and adverbs
between) is that subject. So is one the parse made the agent of a fronted participle ("Reached
by phone, Webb's agent, Lisa Moretti, declined to comment but said ..." with
``obl:agent(Reached, agent)``): a noun phrase with no preposition of its own is no oblique; a
speech verb conjoined to the verb takes it through the first conjunct. A noun phrase after a
sentence-opening participle's comma that the parse took into the participle's phrase is the
subject too ("Giving evidence on Wednesday, Mary Dunne, who lives across the road, said":
``subject_taken_into_fronted_participle``). Part of subject_repairs.subject_moves
(tests/test_subject_repairs.py, tests/test_descriptions_and_askers.py).

A subject the parse read into a clause before the speech verb is put back too: "The party lacks a
majority, but its allies, members of the UUP, have said they will back the government" with
``ccomp(said, lacks)`` + ``conj(majority, allies)``: a coordinator of the speech verb's own before a
noun phrase that runs up to the verb makes the clause before it a clause of its own, coordinated
with the speech verb, not what was said (``subject_after_coordinator``).

And a sentence the parse rooted on its subject: "Otieno, in a televised address, called for unity
and said ..." with ``root(Otieno)`` + ``nmod(Otieno, address)`` + ``acl(address, called)``: a
sentence whose root is a bare noun phrase has lost its verb, and a verb right after the comma that
closes an aside hung on that root is it (``verb_read_as_modifier_of_aside``).

A subject the parse hung on its verb as a modifier ("The other cautioned that ..." with
``amod(cautioned, other)``) is put back too (``subject_read_as_modifier``, one of ``retags``'
noun repairs).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .listed_subjects import place_description_read_as_subject
from .spans import QUOTE_MARKS
from .torn_subjects import conjunct_of_earlier_cue

Moves = dict[int, tuple[int, str]]

# How the fronted phrase hangs on the verb: when, where, how (obl, obl:tmod, advmod, ...)
_FRONTED = ("obl", "advmod", "nmod", "advcl")
# What the parse made of the subject under it
_TAKEN_AS = ("appos", "conj", "list", "dep")
# Words that may stand between the subject and its verb: "have said", "also said", "never said"
_BETWEEN = ("AUX", "ADV", "PART", "PUNCT")


def subject_under_fronted_phrase(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (verb, "nsubj")}`` when ``verb`` has no subject and one hangs on its fronted
    adverbial as described in the module doc; else empty."""
    if "Mood=Imp" in verb.feats or not is_finite(sent, verb.index):
        return {}
    if moves := place_description_read_as_subject(sent, verb):
        return moves
    # (a "subject" after the verb is the parse's misreading of what was said: 'wrote that "the
    # victims and the public deserve to know"' with nsubj(wrote, victims))
    if any(
        sent.words[c].rel in ("nsubj", "nsubj:pass", "expl", "csubj") and c < verb.index
        for c in sent.children[verb.index]
    ):
        return {}
    if has_subject(sent, verb.index) and not _after_that(sent, verb.index):
        return {}
    if verb.rel == "conj" and verb.head < verb.index and sent.words[verb.head].upos == "VERB":
        # ("Reached by phone, Webb's agent declined to comment but said ...": the first conjunct's)
        verb = sent.words[verb.head]
        if any(sent.words[c].rel in ("nsubj", "nsubj:pass", "expl") for c in sent.children[verb.index]):
            return {}
    for fronted in sent.children[verb.index]:
        f = sent.words[fronted]
        if fronted > verb.index or f.rel not in _FRONTED:
            continue
        # (on the phrase's head or deeper: "In a report tabled Thursday, Commissioner Jane Roe
        # said" with appos(Thursday, Roe))
        for n in (c for k in sent.subtree(fronted) for c in sent.children[k] if c > k):
            w = sent.words[n]
            if w.rel not in _TAKEN_AS or w.upos not in ("PROPN", "NOUN", "PRON"):
                # ("Reached by phone, Webb's agent, ..., declined" with obl:agent(Reached, agent):
                # a noun phrase after the comma with no preposition of its own is no oblique)
                if not (w.rel == "obl" and w.upos in ("PROPN", "NOUN") and not _has_case(sent, n)):
                    continue
            # (its own comma before it: "Reached by phone, Webb's agent", ", Olufemi Bankole, whose")
            span = [k for k in sent.subtree(n) if sent.words[k].upos != "PUNCT" or k > n]
            if (
                span[-1] < verb.index
                and sent.words[span[0] - 1].text == ","
                and (moves := _up_to_verb(sent, n, span, verb))
            ):
                return moves
    return {}


def _up_to_verb(sent: Sentence, n: int, span: list[int], verb: Word) -> Moves:
    """The subject moves when only what may stand between the phrase ``span`` and the verb does."""
    if all(sent.words[k].upos in _BETWEEN for k in range(span[-1] + 1, verb.index)):
        return {after_former_name(sent, n): (verb.index, "nsubj")}
    # (the rest of a coordination hung beside the first conjunct: "..., Abdullah Zahed, 25, and his
    # wife, Breshna Alawee, 27, practically pleaded")
    rest = [c for c in sent.children[sent.words[n].head] if span[-1] < c < verb.index]  # (an age too: "25")
    taken = {k for c in rest for k in sent.subtree(c)}
    between = range(span[-1] + 1, verb.index)
    if any(sent.words[c].rel == "conj" for c in rest) and all(
        k in taken or sent.words[k].upos in _BETWEEN for k in between
    ):
        return {after_former_name(sent, n): (verb.index, "nsubj"), **{c: (n, sent.words[c].deprel) for c in rest}}
    if (purpose := _purpose_between(sent, span, verb)) >= 0:
        # ("Near the front of the queue, a mother of three who had walked for an hour to reach
        # the clinic said" with "to reach" on "said": it is the relative clause's)
        relative = max((k for k in span if sent.words[k].deprel == "acl:relcl"), default=n)
        return {after_former_name(sent, n): (verb.index, "nsubj"), purpose: (relative, "advcl")}
    if (relative := _relative_between(sent, span[-1], verb)) >= 0:
        # ("On the picket line, crane operator Tomasz Reid, 54, who has worked at the port
        # for 31 years, said" with the relative clause read as what was said)
        ages = {k: (n, sent.words[k].deprel) for k in range(span[-1] + 1, relative) if sent.words[k].upos == "NUM"}
        return {after_former_name(sent, n): (verb.index, "nsubj"), relative: (n, "acl:relcl"), **ages}
    return {}


def _purpose_between(sent: Sentence, span: list[int], verb: Word) -> int:
    """The verb's "to" clause that fills the gap between the phrase ``span`` and the verb, or -1."""
    gap = set(range(span[-1] + 1, verb.index))
    for c in sent.children[verb.index]:
        marked = any(sent.words[k].lemma.lower() == "to" and sent.words[k].rel == "mark" for k in sent.children[c])
        if sent.words[c].rel == "advcl" and marked and set(sent.subtree(c)) == gap:
            return c
    return -1


def _relative_between(sent: Sentence, end: int, verb: Word) -> int:
    """The verb's dependent that is a "who" clause set off by commas filling the gap between the
    words at ``end`` and the verb, or -1."""
    for c in sent.children[verb.index]:
        if c > verb.index or sent.words[c].rel not in ("ccomp", "advcl", "parataxis"):
            continue
        sub = sent.subtree(c)
        who = [k for k in sent.children[c] if sent.words[k].lemma.lower() in ("who", "whose") and k < c]
        first = [k for k in sub if sent.words[k].upos != "PUNCT"][:1]
        who = who or [k for k in first if sent.words[k].lemma.lower() == "whose"]  # ("whose company lost")
        gap = [k for k in range(end + 1, verb.index) if k not in sub and not _set_off(sent, k)]
        if who and not gap and min(sub) > end and max(sub) < verb.index:
            return c
    return -1


def _set_off(sent: Sentence, k: int) -> bool:
    """Punctuation, or an age set off by commas ("Priya Desai, 29, who commutes ...")."""
    w = sent.words[k]
    aged = w.upos == "NUM" and 0 < k < len(sent.words) - 1 and sent.words[k - 1].text == "," == sent.words[k + 1].text
    return w.upos == "PUNCT" or aged


_FORMERLY = frozenset({"formerly", "previously", "once", "now"})


def after_former_name(sent: Sentence, n: int) -> int:
    """ "In a post on X, formerly Twitter, Mr. Lee said" with Lee in apposition to "Twitter": a
    former or present name of the fronted phrase's noun is part of that phrase; the noun phrase
    set off after it is the subject."""
    if not any(sent.words[c].lemma.lower() in _FORMERLY for c in sent.children[n] if c < n):
        return n
    after = [c for c in sent.children[n] if c > n and sent.words[c].rel in _TAKEN_AS]
    after = [c for c in after if sent.words[min(sent.subtree(c)) - 1].text == ","]
    return after[-1] if after else n


_COORDINATORS = frozenset({"but", "and", "yet"})


def subject_after_coordinator(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (verb, "nsubj"), clause: (verb's head, verb's relation), verb: (clause, "conj")}``
    for a speech verb without a subject whose "but" / "and" follows a clause the parse made its
    complement and precedes a noun phrase running up to the verb (module doc); else empty."""
    if moves := _conjunct_of_clause_subject(sent, verb):
        return moves
    if not is_finite(sent, verb.index) or has_subject(sent, verb.index):
        return {}
    kids = sent.children[verb.index]
    cc = next((c for c in kids if sent.words[c].rel == "cc" and sent.words[c].lemma.lower() in _COORDINATORS), -1)
    clause = next((c for c in kids if sent.words[c].rel == "ccomp" and c < cc), -1)
    if cc < 0 or clause < 0 or cc > verb.index or sent.words[cc - 1].text != ",":
        return _conjunct_before_aside(sent, verb)
    if any(w.text in QUOTE_MARKS for w in sent.words[: verb.index]):
        return {}  # (a quotation before the cue is what was said: '"We lost, but ...," Roe said')
    for n in sent.subtree(clause):
        w = sent.words[n]
        # (the parse may hang the comma before the coordinator on the noun phrase)
        span = [k for k in sent.subtree(n) if k > cc or sent.words[k].upos != "PUNCT"]
        if w.upos not in ("PROPN", "NOUN", "PRON") or w.rel not in _TAKEN_AS or span[0] != cc + 1:
            continue
        if span[-1] < verb.index and all(sent.words[k].upos in _BETWEEN for k in range(span[-1] + 1, verb.index)):
            return {n: (verb.index, "nsubj"), clause: (verb.head, verb.deprel), verb.index: (clause, "conj")}
    return {}


def _conjunct_of_clause_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Two lawmakers (from the junior partner, ...,) abstained, and a senior coalition official, who
    spoke on condition of anonymity ..., said the party had won ..." with the official a conjunct
    (of the first clause's verb, of its subject or of a noun inside it) and the first clause the
    complement of "said" or inside its subject: a noun phrase after ", and" (or ", but") that
    runs up to the comma before the verb, after a clause of its own, is the verb's subject, and
    the clause before is the main one, with the verb its conjunct."""
    if any(w.text in QUOTE_MARKS for w in sent.words[: verb.index]) or sent.words[verb.index - 1].text != ",":
        return {}
    for n in range(verb.index - 2, 0, -1):
        w = sent.words[n]
        cc = [k for k in sent.children[n] if sent.words[k].rel == "cc" and sent.words[k].lemma.lower() in _COORDINATORS]
        if w.rel != "conj" or w.upos not in ("NOUN", "PROPN") or not cc or sent.words[cc[0] - 1].text != ",":
            continue
        if _has_case(sent, n):
            return {}  # (a subject has no preposition: "..., but for society at large, argued Roe")
        own = set(sent.subtree(n))  # (up to the verb: not the phrase's was hung on the report, "because ...")
        if any(_top(sent, k, own, verb.index) < verb.index for k in range(n, verb.index - 1)):
            return {}
        clause = next((k for k in range(cc[0] - 2, -1, -1) if sent.words[k].upos == "VERB"), -1)
        if clause < 0 or sent.words[clause].text.lower().endswith("ing") or sent.words[clause].rel == "acl:relcl":
            return {}
        if to_cue := conjunct_of_earlier_cue(sent, clause, cc[0], verb, n):  # ("said it would ..., and ... told")
            return to_cue
        moves: Moves = {clause: (verb.head, verb.deprel), verb.index: (clause, "conj"), n: (verb.index, "nsubj")}
        moves[cc[0]] = (verb.index, "cc")
        old = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < clause]
        return {**moves, **{c: (clause, "nsubj") for c in old}}
    return {}


def _top(sent: Sentence, k: int, own: set[int], verb: int) -> int:
    """Where word ``k``'s chain of heads leaves the words before ``verb``: the verb or a word past
    it, ``verb`` when it reaches ``own``, -1 when it ends (at a root) before the verb."""
    while k not in own and 0 <= k < verb:
        k = sent.words[k].head
    return verb if k in own else k if k >= verb else -1


def _conjunct_before_aside(sent: Sentence, verb: Word) -> Moves:
    """ "It did not say which system would be deployed, but two defence officials, speaking on
    condition of anonymity ..., said it would include ..." with the officials a conjunct of
    "deployed" and "said" a parataxis with no subject: the noun phrase after ", but" that the
    participle aside follows, up to the verb, is its subject."""
    if verb.rel not in ("parataxis", "conj") or verb.index < 2 or sent.words[verb.index - 1].text != ",":
        return {}
    aside = next((c for c in sent.children[verb.head] if sent.words[c].rel == "advcl" and c < verb.index), -1)
    # (its commas may hang on it)
    words = [k for k in sent.subtree(aside) if sent.words[k].upos != "PUNCT"] if aside >= 0 else []
    if not words or sent.words[aside].upos != "VERB" or max(words) != verb.index - 2:
        return {}
    opening = min(words) - 1
    noun = opening - 1 if opening > 0 and sent.words[opening].text == "," else -1
    w = sent.words[noun] if noun >= 0 else None
    if w is None or w.upos not in ("NOUN", "PROPN") or w.rel != "conj":
        return {}
    cc = [k for k in sent.children[noun] if sent.words[k].rel == "cc" and sent.words[k].lemma.lower() in _COORDINATORS]
    if not cc or sent.words[cc[0] - 1].text != ",":
        return {}
    return {noun: (verb.index, "nsubj"), aside: (verb.index, "advcl")}


def verb_read_as_modifier_of_aside(sent: Sentence, verb: Word) -> Moves:
    """``{first verb: root, subject: (verb, "nsubj"), aside: (verb, "obl")}`` for the misparse
    of the module doc (``verb`` the speech verb or a conjunct after it); else empty."""
    f = verb
    while f.rel == "conj" and f.head < f.index:
        f = sent.words[f.head]
    if f.rel != "acl" or f.upos != "VERB" or f.head < 0:
        return {}
    aside = sent.words[f.head]
    if aside.rel not in ("nmod", "obl") or aside.head < 0 or not _has_case(sent, aside.index):
        return {}
    root = sent.words[aside.head]
    if root.head != -1 or root.upos not in ("PROPN", "NOUN", "PRON") or root.index > aside.index:
        return {}
    words = [k for k in sent.subtree(aside.index) if k < f.index and sent.words[k].upos != "PUNCT"]
    if sent.words[words[0] - 1].text != "," or sent.words[f.index - 1].text != ",":
        return {}
    return {f.index: (-1, "root"), root.index: (f.index, "nsubj"), aside.index: (f.index, "obl")}


# Adjectives that stand for a person already described ("The other cautioned", "the latter said")
_SUBSTITUTES = frozenset({"other", "latter", "former", "first", "second", "third", "last", "same"})


def subject_read_as_modifier(sent: Sentence) -> tuple[int, Moves]:
    """ "The other cautioned that nothing had been finalized" with ``amod(cautioned, other)``: a
    verb takes no adjective, and "the other" / "the latter" with its article before a verb that
    has no subject is that verb's subject. The index of the adjective (to retag a noun) and the
    moves, or (-1, {})."""
    for w in sent.words:
        if w.deprel != "amod" or w.lemma.lower() not in _SUBSTITUTES or w.head <= w.index:
            continue
        verb = sent.words[w.head]
        if verb.upos != "VERB" or any(sent.words[c].rel in ("nsubj", "expl") for c in sent.children[verb.index]):
            continue
        if not any(sent.words[c].rel == "det" for c in sent.children[w.index]) and not (
            w.index > 0 and sent.words[w.index - 1].head == verb.index and sent.words[w.index - 1].rel == "det"
        ):
            continue
        moves: Moves = {w.index: (verb.index, "nsubj")}
        if w.index > 0 and sent.words[w.index - 1].rel == "det" and sent.words[w.index - 1].head == verb.index:
            moves[w.index - 1] = (w.index, "det")  # (the article the parse hung on the verb too)
        return w.index, moves
    return -1, {}


def _after_that(sent: Sentence, verb: int) -> bool:
    """The verb's only subjects come after a "that" right after it (they are the reported clause's)."""
    return sent.words[verb + 1].text.lower() == "that" if verb + 1 < len(sent.words) else False


def _has_case(sent: Sentence, i: int) -> bool:
    """A preposition of its own ("by phone"), not a possessive's "'s"."""
    return any(sent.words[c].rel == "case" and sent.words[c].lemma != "'s" for c in sent.children[i])


def subject_taken_into_fronted_participle(sent: Sentence, verb: Word) -> Moves:
    """ "Giving evidence on Wednesday, Mary Dunne, who lives across the road, said ..." with
    ``nsubj(said, evidence)`` and ``conj(Wednesday, Dunne)``; "Speaking outside the court, a friend
    of the family, who did not want to be named, said ..." with ``parataxis(Speaking, friend)``:
    after a participle that opens the sentence and its comma, the noun phrase up to the next comma
    (or the verb) is the subject, a relative clause after it set off by commas is that noun's,
    and a "subject" inside the participle's phrase is the participle's object."""
    p = sent.words[0]
    if p.upos != "VERB" or p.head != verb.index or p.rel != "advcl" or not p.text.lower().endswith("ing"):
        return {}
    commas = [k for k in range(1, verb.index) if sent.words[k].text == ","]
    if commas and commas[-1] != verb.index - 1:
        return _name_after_asides(sent, verb, commas[-1])
    if not commas:
        return {}
    first = commas[0] + 1
    end = next((k for k in commas if k > first), verb.index)
    nouns = [k for k in range(first, end) if sent.words[k].upos in ("NOUN", "PROPN")]
    head = nouns[0] if nouns else -1
    while head + 1 < end and sent.words[head + 1].upos in ("NOUN", "PROPN"):
        head += 1  # (the last word of the first run of nouns: "Mary Dunne", "a friend of ...")
    old = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"]
    if head < 0 or any(c >= first for c in old) or any(sent.words[k].upos == "VERB" for k in range(first, head)):
        return {}
    moves: Moves = {head: (verb.index, "nsubj")}
    moves.update(
        {
            k: (head, sent.words[k].deprel)
            for k in range(first, end)
            if sent.words[k].head not in range(first, end) and k != head
        }
    )
    moves.update({c: (0, "obj") for c in old})
    for k in range(end + 1, verb.index):  # (the relative clause between the commas)
        w = sent.words[k]
        if w.head not in range(end + 1, verb.index) and w.upos == "VERB" and _relative_opens(sent, k, end + 1):
            moves[k] = (head, "acl:relcl")
    if end < verb.index and not any(m[1] == "acl:relcl" for m in moves.values()):
        return {}  # (only a relative clause may stand between the noun and its verb)
    return moves


def _name_after_asides(sent: Sentence, verb: Word, comma: int) -> Moves:
    """ "Speaking to WCAI, the Cape Cod public radio station, on Monday, Brannigan-Costa said" with
    ``nsubj(said, station)`` and ``appos(Monday, Brannigan)``: after the fronted participle's
    asides, a name that runs from the last comma up to the verb is its subject, and the noun the
    parse took for the subject is an apposition of the noun before its own comma ("WCAI")."""
    name = [k for k in range(comma + 1, verb.index) if sent.words[k].upos not in _BETWEEN or sent.words[k].text == "-"]
    if (
        not name
        or sent.words[name[0]].upos != "PROPN"
        or any(sent.words[k].upos not in ("PROPN", "PUNCT") for k in name)
    ):
        return {}
    head = next((k for k in name if sent.words[k].head not in name), name[-1])
    old = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < comma]
    if len(old) != 1 or sent.words[old[0]].upos != "NOUN" or head not in sent.subtree(old[0]):
        return {}
    opening = min(sent.subtree(old[0])) - 1
    owner = opening - 1
    if opening < 1 or sent.words[opening].text != "," or sent.words[owner].upos not in ("NOUN", "PROPN"):
        return {}
    return {head: (verb.index, "nsubj"), old[0]: (owner, "appos")}


def _relative_opens(sent: Sentence, k: int, start: int) -> bool:
    return any("PronType=Rel" in sent.words[c].feats or sent.words[c].lemma.lower() in ("who", "which")
               for c in sent.children[k] if c == start)  # fmt: skip
