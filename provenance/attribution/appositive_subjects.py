"""An apposition inside the subject read as a second subject of the speech verb, put back.

"An employee at the company's Joliet distribution centre, one of the three sites slated for
closure, said workers learned ..." comes out of the shipped parser with ``nsubj(said,
employee)`` and ``nsubj(said, one)``, and the speaker was "one of the three sites". A verb has
one subject: a second one set off by commas between the first one's phrase and the verb, that is
no name (a name there is the first one's: subject_repairs' own cases), describes the noun that
ends the first one's phrase. And a name set off by commas at the end of the subject's phrase
that the parse hung inside it ("Independent MP for Barwon, Graeme Lusk, told the ABC" with
``conj(Barwon, Lusk)``) is the apposition of the subject's head, the name of the one described.
And a description before the name read as a clause of its own ("Her neighbour, retired engineer
David Okafor, said" with ``ccomp(said, retired)`` + ``nsubj(retired, neighbour)`` +
``obj(retired, Okafor)``): a subject never stands apart from its verb by one comma, so a
participle right after "noun ," whose object runs up to the comma before the speech verb describes
that object, which is the apposition of the speech verb's subject.
A name the parse made a compound of the description after its comma ("Jane M. Roe, President
Smith's former chief of staff, said" with ``compound(chief, Roe)``) is the subject too, the
description its apposition: a compound never spans a comma (name_compounded_across_comma); so
is one the parse made a bare modifier of "one" ("Magdalena Wróbel, one of the lawyers, told").
A description right before the name it describes, read as a second subject: "Brazil's national
crop agency Conab estimated ..., and said ..." with ``nsubj(estimated, agency)`` beside
``nsubj(estimated, Conab)``: with no comma between them, the noun is the name's compound, the
kind of body or person it is (description_read_as_second_subject, a phrase repair: any verb).
And a naming participle read as the main verb: "A ransomware gang called Nightwire claimed
responsibility ..." with "called" the root and "claimed" its open complement (a speech cue with
a report it never had): right after its noun and before the name, "called" names the noun, and the
verb after the name is the sentence's (naming_participle_read_as_verb, a phrase repair). And a
quantity's phrase read as a second subject: "Some in the trade say" with "trade" a subject of
"say" beside "Some": a subject has no preposition (cased_second_subject, a phrase repair). And a
relative clause with no "that" read as a second subject: "..., a move the union described as
'...'" (relative_without_that, a phrase repair); a conjunct opened by "and" read as a subject
(conjunct_read_as_subject); and an outlet's name after its kind read as the subject of a verb
coordinated with a publishing verb ("A study published in the journal Nature found":
outlet_name_read_as_subject). And the main verb read as a reduced relative of the name's
apposition ("Jane Roe, a support team lead in Austin, posted on LinkedIn that ..." with the name
the root: verb_read_as_appositions_modifier).
And the name of a body in the subject's phrase read as its head, the description its compound: "A
team leader with the Istanbul-based volunteer search group AKUT said" with ``nsubj(said, AKUT)`` +
``compound(AKUT, leader)``, and the group spoke; the name right after the phrase's own noun names
that noun, and the person's noun with the phrase is the subject (description_read_as_names_compound).
Part of subject_repairs.subject_moves (tests/test_cues_and_refusals.py,
tests/test_interrupted_and_asked.py, tests/test_report_readings.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .relative_roots import partitive_relative_read_as_subject

Moves = dict[int, tuple[int, str]]


def apposition_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """``{second: (noun, "appos")}`` for the misparse of the module doc; else empty."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    # (the words of each, the commas the parse hangs on either left out)
    span_second = [k for k in sent.subtree(second) if sent.words[k].upos != "PUNCT"]
    span_first = [k for k in sent.subtree(first) if k < min(span_second)]
    # (a superlative with its article is a noun phrase too: "the oldest of the three schools")
    superlative = sent.words[second].upos == "ADJ" and any(sent.words[c].rel == "det" for c in sent.children[second])
    if sent.words[second].upos not in ("NOUN", "NUM", "PRON") and not superlative:
        return {}
    if not span_first or second < first:
        return {}
    if sent.words[first].upos == "PROPN":  # ("Jane Roe, a nurse, said": the role reader's, as parsed)
        return {}
    before, after = min(span_second) - 1, max(span_second) + 1
    if sent.words[before].text != "," or after >= verb.index or sent.words[after].text != ",":
        return {}
    if any(sent.words[k].upos != "PUNCT" for k in range(after, verb.index)):
        return {}
    noun = before - 1  # (the noun that ends the first subject's phrase)
    if noun not in span_first or sent.words[noun].upos not in ("NOUN", "PROPN"):
        return {}
    return {second: (noun, "appos")}


def name_apposed_inside_subject(sent: Sentence, verb: Word) -> Moves:
    """``{name: (subject, "appos")}`` for the second misparse of the module doc; else empty."""
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    # (or a capitalised title with its article: "The Ranking Member on Parliament's Food,
    # Agriculture and Cocoa Affairs Committee, Kofi Adu-Gyamfi, described")
    titled = subject >= 0 and any(sent.words[c].lemma.lower() == "the" for c in sent.children[subject])
    if subject < 0 or not (sent.words[subject].upos == "NOUN" or sent.words[subject].upos == "PROPN" and titled):
        return {}
    # (or inside the participle the parse hung on the verb right after the subject: "The lawyer
    # assisting the inquiry, Michael Doherty, said" with the name the apposition of "inquiry")
    end = max(sent.subtree(subject))
    participle = next((c for c in sent.children[verb.index] if c == end + 1 and "VerbForm=" in sent.words[c].feats), -1)
    for k in [*sent.subtree(subject), *(sent.subtree(participle) if participle >= 0 else [])]:
        w = sent.words[k]
        # (or the subject's own modifier with no preposition, after a place's possessive: "The
        # challenger of record, Britain's INEOS Britannia, said" with ``nmod(challenger, Britannia)``)
        bare = w.head == subject and w.deprel == "nmod" and all(sent.words[c].rel != "case" for c in sent.children[k])
        if w.upos != "PROPN" or w.head in (subject, -1) and not bare or k < subject:
            continue
        # (a conjunct without "and", or an apposition of another name: "MP for Barwon, Graeme
        # Lusk"; not a noun's own apposition, "who gave only her first name, Linda,"; but the
        # participle's object's: a name right before the verb is the subject's)
        objects = participle >= 0 and sent.words[w.head].rel == "obj" and sent.words[w.head].head == participle
        if not (bare or w.deprel == "conj" or w.deprel == "appos" and (sent.words[w.head].upos == "PROPN" or objects)):
            continue
        span = [i for i in sent.subtree(k) if sent.words[i].upos != "PUNCT"]
        if min(span) < 1 or sent.words[min(span) - 1].text != "," or max(span) + 2 != verb.index:
            continue
        if sent.words[max(span) + 1].text == "," and not any(sent.words[c].rel == "cc" for c in sent.children[k]):
            inside = participle >= 0 and k in sent.subtree(participle)
            opening = {min(span) - 1: (k, "punct")} if bare else {}  # (its comma, as the parser hangs an apposition's)
            return {k: (subject, "appos")} | opening | ({participle: (subject, "acl")} if inside else {})
    return {}


def description_read_as_names_compound(sent: Sentence, verb: Word) -> Moves:
    """``{noun: (verb, "nsubj"), name: (phrase noun, "appos")}`` for a body's name read as the head
    of the subject's phrase (see the module doc); else empty."""
    name = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if name < 1 or sent.words[name].upos != "PROPN":
        return {}
    for r in (c for c in sent.children[name] if sent.words[c].deprel == "compound" and c < name):
        noun = sent.words[name - 1]
        cased = any(sent.words[k].rel == "case" for k in sent.children[noun.index])
        if sent.words[r].upos != "NOUN" or noun.upos != "NOUN" or noun.head != r or not cased:
            continue
        moves: Moves = {r: (verb.index, "nsubj"), name: (noun.index, "appos")}
        return moves | {c: (r, sent.words[c].deprel) for c in sent.children[name] if c < r}
    return {}


def description_read_as_clause_before_cue(sent: Sentence, verb: Word) -> Moves:
    """``{subject: (verb, "nsubj"), name: (subject, "appos"), participle: (name, "amod")}`` for the
    third misparse of the module doc; else empty."""
    kids = sent.children[verb.index]
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass", "expl") for c in kids):
        return {}
    for c in kids:
        w = sent.words[c]
        if w.rel != "ccomp" or c > verb.index or w.upos != "VERB" or "VerbForm=Part" not in w.feats:
            continue
        subj = next((k for k in sent.children[c] if sent.words[k].rel == "nsubj" and k < c), -1)
        obj = next((k for k in sent.children[c] if sent.words[k].rel == "obj" and k > c), -1)
        if subj < 0 or obj < 0 or sent.words[c - 1].text != "," or sent.words[verb.index - 1].text != ",":
            continue
        if max(k for k in sent.subtree(subj) if sent.words[k].upos != "PUNCT") != c - 2:
            continue
        if max(k for k in sent.subtree(obj) if sent.words[k].upos != "PUNCT") != verb.index - 2:
            continue
        return {subj: (verb.index, "nsubj"), obj: (subj, "appos"), c: (obj, "amod")}
    return {}


def name_compounded_across_comma(sent: Sentence, verb: Word) -> Moves:
    """``{name: (verb, "nsubj"), description: (name, "appos")}`` for a subject whose name the parse
    made its compound across a comma (module doc); else empty."""
    for subj in sent.children[verb.index]:
        if sent.words[subj].rel != "nsubj" or subj > verb.index or sent.words[subj].upos not in ("NOUN", "NUM"):
            continue
        for c in sent.children[subj]:
            w = sent.words[c]
            # (or its "of"-less modifier: "Magdalena Wróbel, one of the lawyers, told" with the name
            # an nmod of "one")
            bare = (
                w.deprel == "compound"
                or w.deprel == "nmod"
                and not any(sent.words[k].rel == "case" for k in sent.children[c])
            )
            if bare and w.upos == "PROPN" and c < subj and sent.words[c + 1].text == ",":
                return {c: (verb.index, "nsubj"), subj: (c, "appos")}
    return {}


def description_read_as_second_subject(sent: Sentence, kind_noun: Callable[[str], bool]) -> Moves:
    """The move that makes a description the compound of the name right after it (module doc);
    ``kind_noun``: a noun for a body or a person's post or trade (not "letters", nor a time)."""
    for v in sent.words:
        subjects = [c for c in sent.children[v.index] if sent.words[c].deprel == "nsubj"]
        if len(subjects) != 2:
            continue
        noun, name = sorted(subjects)
        if sent.words[noun].upos != "NOUN" or sent.words[name].upos != "PROPN" or name > v.index:
            continue
        if not kind_noun(sent.words[noun].lemma.lower()) or any(
            sent.words[k].rel == "case" for k in sent.children[name]
        ):
            continue  # (not a phrase's noun: "a spokesperson for Transportation Minister Prabmeet Sarkaria said")
        last = max(sent.subtree(noun))  # (no comma between them: "The union, Wong told reporters, had")
        if last + 1 == min(sent.subtree(name)) and sent.words[last].upos != "PUNCT":
            return {noun: (name, "compound")}
    return {}


_NAMING = frozenset({"call", "name", "dub"})


def naming_participle_read_as_verb(sent: Sentence) -> Moves:
    """The moves that make a naming participle its noun's again (module doc)."""
    for w in sent.words[1:-1]:
        noun, name = w.index - 1, w.index + 1
        if w.lemma.lower() not in _NAMING or w.upos != "VERB" or sent.words[noun].head != w.index:
            continue
        if sent.words[noun].deprel != "nsubj" or sent.words[noun].upos != "NOUN" or sent.words[name].upos != "PROPN":
            continue
        verb = next((c for c in sent.children[w.index] if sent.words[c].deprel in ("xcomp", "ccomp") and c > name), -1)
        subject = next((c for c in sent.children[verb] if sent.words[c].deprel == "nsubj"), -1) if verb > 0 else -1
        if subject < 0 or not name <= subject < verb or "VerbForm=Fin" not in sent.words[verb].feats:
            continue
        return {verb: (w.head, w.deprel), noun: (verb, "nsubj"), w.index: (noun, "acl"), subject: (w.index, "xcomp")}
    return {}


def cased_second_subject(sent: Sentence) -> Moves:
    """ "Some in the trade say ..." with ``nsubj(say, Some)`` beside ``nsubj(say, trade)`` and
    "in" the case of "trade": a subject has no preposition, so the noun right after the first
    subject, with its own, is that subject's phrase."""
    for v in sent.words:
        subjects = sorted(c for c in sent.children[v.index] if sent.words[c].deprel == "nsubj")
        if len(subjects) != 2 or not all(c < v.index for c in subjects):
            continue
        first, second = subjects
        if sent.words[first].upos not in ("DET", "PRON", "NUM", "ADJ") or "PronType=Rel" in sent.words[first].feats:
            continue  # (a quantity's phrase only: "Some in the trade", "Many at the rally"; no relative "that")
        cased = any(sent.words[k].rel == "case" for k in sent.children[second])
        if cased and max(sent.subtree(first)) + 1 == min(sent.subtree(second)):
            return {second: (first, "nmod")}
    return {}


def relative_without_that(sent: Sentence) -> Moves:
    """ "... use the whip, a move the Professional Jockeys Association described as '...'" with
    ``nsubj(described, move)`` + ``nsubj(described, Association)``: a noun with its article set off
    by a comma right before the verb's second subject heads a relative clause with no "that" (the
    verb, whose subject is the second); the noun sums up the clause before it."""
    for verb in (v for v in sent.words if v.head >= 0):
        before = [c for c in sent.children[verb.index] if sent.words[c].deprel == "nsubj" and c < verb.index]
        if len(before) != 2:
            continue
        first, second = before
        start = min(k for k in sent.subtree(first) if sent.words[k].upos != "PUNCT")
        if sent.words[first].upos != "NOUN" or start == 0 or sent.words[start - 1].text != ",":
            continue
        determined = any(sent.words[c].rel == "det" for c in sent.children[first])
        # (not a name joined, "USA TODAY/Suffolk ... Poll"; nor one with a preposition, "a spokesperson for X")
        opens = sent.words[min(sent.subtree(second))]
        if determined and opens.rel not in ("cc", "case") and max(sent.subtree(first)) + 1 == opens.index:
            return {verb.index: (first, "acl:relcl"), first: (verb.head, "parataxis")}
    return {}


def conjunct_read_as_subject(sent: Sentence) -> Moves:
    """ "A commission of inquiry into the crash that killed Malawi's vice-president Saulos Chilima
    and eight others found that ..." with ``nsubj(found, others)``: a subject never opens with a
    coordinator; one that does, right after the object of a relative clause, is that object's
    conjunct (and the verb's subject is found elsewhere, the noun phrase the relative clause hangs on)."""
    for w in sent.words:
        first = min(sent.subtree(w.index))
        if w.rel != "nsubj" or w.head <= w.index or first < 2 or sent.words[first].lemma.lower() not in ("and", "or"):
            continue
        before = sent.words[first - 1]
        host = before.index if before.upos in ("NOUN", "PROPN") else -1
        while host >= 0 and sent.words[host].rel in ("flat", "compound") and sent.words[host].head > host - 3:
            host = sent.words[host].head
        # (the object of a relative clause on the sentence's first phrase, whose verb the subject's is)
        clause = (
            sent.words[sent.words[host].head] if host >= 0 and sent.words[host].rel in ("obj", "nmod", "obl") else None
        )
        if clause is not None and clause.rel == "acl" and clause.head < clause.index < w.index < w.head:
            return {w.index: (host, "conj")}
    return {}


def outlet_name_read_as_subject(sent: Sentence) -> Moves:
    """ "A study published Wednesday in the journal Nature found that ..." with "published" the
    root, "study" its subject and "Nature" the subject of "found", a conjunct: the speaker was
    Nature, a person. A name right after the noun of a phrase of a publishing verb (``_PUBLISHING``),
    made the subject of a verb coordinated with it, names that noun ("the journal Nature"); the
    publishing verb describes its subject, which is the later verb's."""
    for w in sent.words:
        kind = sent.words[w.index - 1] if w.index > 0 else None
        if w.rel != "nsubj" or w.upos != "PROPN" or kind is None or kind.upos != "NOUN" or kind.rel != "obl":
            continue
        made, later = sent.words[kind.head], sent.words[w.head]
        if made.lemma.lower() not in _PUBLISHING or later.rel != "conj" or later.head != made.index:
            continue
        doc = next((c for c in sent.children[made.index] if sent.words[c].rel == "nsubj" and c < made.index), -1)
        if doc >= 0 and sent.words[doc].upos == "NOUN":
            return {
                w.index: (kind.index, "appos"), later.index: (made.head, made.deprel),
                made.index: (doc, "acl"), doc: (later.index, "nsubj"),
            }  # fmt: skip
    return {}


_PUBLISHING = frozenset({"publish", "release", "issue", "conduct", "commission", "produce", "compile"})


def subject_phrase_moves(sent: Sentence, kind_noun: Callable[[str], bool]) -> Moves:
    """The first of this module's phrase repairs that applies, and the partitive relative's
    (relative_roots): each finds a subject phrase the parse broke apart."""
    return (
        partitive_relative_read_as_subject(sent)
        or description_read_as_second_subject(sent, kind_noun)
        or naming_participle_read_as_verb(sent)
        or cased_second_subject(sent)
        or relative_without_that(sent)
        or conjunct_read_as_subject(sent)
        or outlet_name_read_as_subject(sent)
        or verb_read_as_appositions_modifier(sent)
    )


def verb_read_as_appositions_modifier(sent: Sentence) -> Moves:
    """ "Marisol Quintanilla-Oyelowo, a support team lead in Austin, posted on LinkedIn that ..." with
    the name the root and "posted" a reduced relative of "lead": a sentence whose root is a name with
    no verb of its own, whose apposition is set off by commas and closed by one right before a
    past-tense verb the parse hung on it, has that verb for its main verb and the name for its
    subject."""
    root = next((w for w in sent.words if w.head < 0), None)
    if (
        root is None
        or root.upos != "PROPN"
        or any(sent.words[k].rel in _CLAUSE_WORDS for k in sent.children[root.index])
    ):
        return {}
    for a in (sent.words[k] for k in sent.children[root.index] if sent.words[k].deprel == "appos" and k > root.index):
        opens = min(sent.subtree(a.index))
        if opens < 1 or sent.words[opens - 1].text != "," and sent.words[opens].text != ",":
            continue
        for v in (sent.words[k] for k in sent.children[a.index] if sent.words[k].deprel == "acl" and k > a.index):
            if v.upos != "VERB" or "Tense=Past" not in v.feats or sent.words[v.index - 1].text != ",":
                continue
            if any(sent.words[k].rel in _CLAUSE_WORDS for k in sent.children[v.index]):
                continue
            moves: Moves = {v.index: (-1, "root"), root.index: (v.index, "nsubj")}
            moves.update({k: (v.index, "punct") for k in sent.children[root.index] if k > v.index})
            return moves
    return {}


_CLAUSE_WORDS = frozenset({"nsubj", "nsubj:pass", "cop", "aux", "aux:pass"})


def description_after_name_read_as_clause(sent: Sentence, verb: Word) -> Moves:
    """ "Dr Helen Marsh, the trust's chief executive, said" with "executive" (tagged an adjective) a
    clause before the cue, "chief" its subject: the description set off by commas between the
    cue's named subject and the cue, with no verb, auxiliary, quote mark or "that" of its own, is
    the name's apposition (as double_subject.description_read_as_clause reads one before the name)."""
    names = [k for k in sent.children[verb.index] if sent.words[k].rel == "nsubj" and k < verb.index]
    comps = [k for k in sent.children[verb.index] if sent.words[k].rel == "ccomp" and k < verb.index]
    if len(names) != 1 or len(comps) != 1 or sent.words[names[0]].upos != "PROPN" or comps[0] < names[0]:
        return {}
    name, c = names[0], comps[0]
    sub = sent.subtree(c)
    own = [sent.words[k] for k in sent.children[c]]
    if sent.words[c].upos not in ("ADJ", "NOUN") or any(
        k.rel in ("cop", "aux", "aux:pass", "mark", "case") for k in own
    ):
        return {}
    if any(sent.words[k].upos in ("VERB", "AUX") or sent.words[k].text in ('"', "“", "”") for k in sub):
        return {}
    first, last = min(sub), max(sub)
    if sent.words[first].text != "," and sent.words[first - 1].text != "," or sent.words[last + 1].text != ",":
        return {}
    if max(k for k in sent.subtree(name) if sent.words[k].upos != "PUNCT") >= first or last + 2 != verb.index:
        return {}
    moves: Moves = {c: (name, "appos")}
    moves.update({k.index: (c, "compound") for k in own if k.rel in ("nsubj", "nsubj:pass")})
    return moves
