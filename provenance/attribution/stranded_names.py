"""A speaker's name the parser hung in the clause before its speech verb.

'"Prices will rise," Lena Müller-Lüdenscheidt, an economist, said' comes out of the shipped
parser with the name the object of "rise" (the tokenizer splits a double-barrelled surname, and
the parse of the words around it goes wrong with it: "There will be young men willing to dig,"
Kofi Ansah-Boateng, ..., said' makes the name the subject of "willing" and "said" a conjunct of
it), so the speech verb after it has no subject. A quote that closes on a comma has ended its
clause: a name that opens right after the mark, whose phrase (with its apposition) runs up to a
finite speech verb with no subject of its own, is that verb's subject; and when the parse hung
the verb itself inside the quote, the verb heads the sentence and the quote is its report.

A title that opens with a noun in "-ing" ("sewing machine operator Srey Pov, 29, said") after a
fronted phrase is read as a participle clause, ``advcl(said, sewing)`` with ``obj(sewing,
operator)`` and the name under the object (``gerund_title_read_as_clause``): a subjectless
"-ing" verb whose only argument is a noun with a name right after it, the whole phrase set off by
a comma and running up to a finite speech verb with no subject, is the speaker's title.

A name after a participle that describes it ("The group's chairman, retired GP Dr Martin Oduya,
told ...") is read as that participle's complement, ``acl(chairman, retired)`` with
``xcomp(retired, Oduya)`` (``name_under_participle``): a participle set off by a comma after the
speaker's noun, with no subject and a name for its only argument, describes the name, which is
the noun's apposition.

A name after fronted phrases of place ("At Paje, on the south-east coast of Unguja, Ms Mwanaisha
Haji Khamis, 47, who has farmed seaweed for 22 years, said ...") is read as a conjunct of the
last place, with its "who" clause a complement of "said" (``name_read_as_conjunct_of_setting``):
a name of two words or more set off by a comma, hung with no "and" on a noun inside a phrase of
the verb's, and followed only by an age and a "who" clause set off by commas up to a speech verb
with no subject, is that verb's subject, the age and the clause its own.

A closing cue's speaker the parse hung inside the clause before it ("... at a meeting in Kunming
next month, one of the people familiar with the talks said." with "one" a conjunct of "Kunming",
read as a verb, and "said" a conjunct of the main verb with no subject): a speech verb that ends
the sentence with no subject, right after a noun phrase set off by a comma that is a whole phrase
of its own, has that phrase for its subject and closes the main clause
(``closing_speaker_read_into_clause``).

A name that opens a bracketed aside ("... on the date (Jane Morrow, who wrote the standard
history, once said, "It happened in the spring")") is read as an apposition of the noun before
the bracket, and the speech verb as a clause of the main verb with no subject
(``name_opening_aside``, session 64): a name right after an opening bracket, followed only by an
age or a "who" clause set off by commas and the verb's adverbs up to a speech verb with no subject
inside the same brackets, is that verb's subject, when the parse hung both the name and the verb
outside the brackets.

A source that opens the sentence with a passive participle after it ("Data released last week by
the Office of the Chief Government Statistician show that ...") is read as the participle's
subject, the participle a clause of the report's verb, which has no subject
(``source_read_as_participles_subject``): a noun that opens the sentence, the subject of a
past participle with a "by" phrase right after it, whose clause ends right before a speech verb
with no subject, is that verb's subject and the participle its reduced relative (any verb's: the
verb is no cue yet when its subject is missing: ``participle_subjects``, part of
repairs._words_and_subjects, which also makes a document noun the tagger read as a name at the
sentence's start a common noun).
A name set off by commas right before a description the parse made the verb's subject, the name
hung on a fronted phrase ("Speaking on CBS, Rep. Ana Ruiz, one of the bill's sponsors, said" with
``conj(CBS, Ruiz)``, ``nsubj(said, one)``), is the subject and the description its apposition
(``name_before_described_subject``, session 65; a party's bracketed tag may follow the name). And
a report's subject after "hours after" read as the time noun's modifier ("fell hours after
Politico first reported that ..." with ``nmod(hours, Politico)`` and ``conj(fell, reported)``, no
subject, no "and") is the verb's subject, "after" its clause's marker
(``subject_read_into_time_phrase``).
The others are part of subject_repairs.subject_moves (tests/test_stranded_names.py; session 58's in
tests/test_fresh_copy_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .spans import CLOSING_QUOTES
from .tree_edits import is_tree, moved, retagged

Moves = dict[int, tuple[int, str]]
_HYPHENS = ("-", "‐")


def stranded_name(sent: Sentence, verb: Word) -> Moves:
    """The first of this module's repairs that applies to ``verb``; {} when none."""
    return (
        name_after_closing_quote(sent, verb)
        or gerund_title_read_as_clause(sent, verb)
        or name_under_participle(sent, verb)
        or name_read_as_conjunct_of_setting(sent, verb)
        or closing_speaker_read_into_clause(sent, verb)
        or name_opening_aside(sent, verb)
        or name_before_described_subject(sent, verb)
        or subject_read_into_time_phrase(sent, verb)
    )


def name_after_closing_quote(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the name after the closing mark ``verb``'s subject; {} when none."""
    if has_subject(sent, verb.index) or not is_finite(sent, verb.index) or "Mood=Imp" in verb.feats:
        return {}
    mark = _closing_mark(sent, verb.index)
    if mark < 0:
        return {}
    end = mark + 1
    while end + 1 < verb.index and (
        sent.words[end + 1].upos == "PROPN" or sent.words[end + 1].text in _HYPHENS and end + 2 < verb.index
    ):
        end += 1
    run = range(mark + 1, end + 1)
    if sent.words[mark + 1].upos != "PROPN" or sent.words[end].upos != "PROPN":
        return {}
    top = next((i for i in run if sent.words[i].head not in run), -1)
    if top < 0 or not 0 <= sent.words[top].head < mark:
        return {}  # (only a name the parse took into the quote)
    phrase = set(sent.subtree(top))
    if any(k not in phrase for k in range(mark + 1, verb.index) if sent.words[k].upos != "PUNCT"):
        return {}  # (the name's phrase, its apposition with it, runs up to the verb)
    moves: Moves = {top: (verb.index, "nsubj")}
    if 0 <= verb.head < mark:
        root = next((w.index for w in sent.words if w.head < 0), -1)
        if not 0 <= root < mark:
            return {}
        moves.update({verb.index: (-1, "root"), root: (verb.index, "ccomp")})
    return moves


def _closing_mark(sent: Sentence, verb: int) -> int:
    """The closing quote mark after a comma (or "?", "!") before ``verb`` with no other mark
    between: '"...," Name, ..., said'; -1 when none."""
    for k in range(verb - 1, 1, -1):
        text = sent.words[k].text
        if text in CLOSING_QUOTES:
            return k if sent.words[k - 1].text in (",", "?", "!") else -1
        if text in ('"', "“", "”"):
            return -1
    return -1


def gerund_title_read_as_clause(sent: Sentence, verb: Word) -> Moves:
    """ "Outside a factory, sewing machine operator Srey Pov, 29, said": the name is the subject."""
    if has_subject(sent, verb.index) or not is_finite(sent, verb.index):
        return {}
    for c in (c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel == "advcl"):
        ing = sent.words[c]
        args = [k for k in sent.children[c] if sent.words[k].upos != "PUNCT"]
        if ing.upos != "VERB" or not ing.text.islower() or not ing.text.endswith("ing") or len(args) != 1:
            continue
        title = sent.words[args[0]]
        if title.rel != "obj" or title.upos != "NOUN" or title.index + 1 >= verb.index:
            continue
        name = sent.words[title.index + 1]
        phrase = sent.subtree(c)
        set_off = c > 0 and sent.words[c - 1].text == "," and phrase[0] == c
        ends = all(sent.words[k].upos == "PUNCT" for k in range(phrase[-1] + 1, verb.index))
        if name.upos != "PROPN" or name.head not in (title.index, title.index + 2) or not (set_off and ends):
            continue
        top = name.index if name.head == title.index else name.head
        if sent.words[top].head != title.index:
            continue
        return {top: (verb.index, "nsubj"), title.index: (top, "compound"), c: (title.index, "compound")}
    return {}


def name_under_participle(sent: Sentence, verb: Word) -> Moves:
    """ "The group's chairman, retired GP Dr Martin Oduya, told": the name is the noun's apposition."""
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
    if subject < 0 or sent.words[subject].upos != "NOUN":
        return {}
    for p in (c for c in sent.children[subject] if c > subject and sent.words[c].deprel == "acl"):
        part = sent.words[p]
        args = [k for k in sent.children[p] if sent.words[k].upos != "PUNCT"]
        if (
            "VerbForm=Part" not in part.feats
            or not part.text.islower()
            or sent.words[p - 1].text != ","
            or len(args) != 1
        ):
            continue
        name = sent.words[args[0]]
        run = sorted(sent.subtree(name.index))
        if name.upos != "PROPN" or run[0] != p + 1 or any(sent.words[k].upos not in ("PROPN", "NOUN") for k in run):
            continue
        return {name.index: (subject, "appos"), p: (name.index, "amod")}
    return {}


def name_read_as_conjunct_of_setting(sent: Sentence, verb: Word) -> Moves:
    """ "At Paje, on the coast of Unguja, Ms Mwanaisha Haji Khamis, 47, who ..., said": the name
    is the subject."""
    if has_subject(sent, verb.index) or not is_finite(sent, verb.index) or verb.index < 4:
        return {}
    extras, k = _ages_and_whos(sent, verb.index - 1)
    last = sent.words[k - 1]
    if not extras or sent.words[k].text != "," or last.upos != "PROPN" or last.rel not in ("conj", "appos"):
        return {}
    first = last.index
    while first > 0 and sent.words[first - 1].upos == "PROPN" and sent.words[first - 1].text[:1].isupper():
        first -= 1
    run = range(first, last.index + 1)
    if len(run) < 2 or sent.words[first - 1].text != "," or not 0 <= last.head < first:
        return {}
    if any(sent.words[c].rel == "cc" for c in sent.children[last.index]) or verb.index not in sent.heads_above(
        last.index
    ):
        return {}  # (a place in a phrase of the verb's: not one of a list of people)
    moves: Moves = {last.index: (verb.index, "nsubj")}
    moves |= {i: (last.index, "compound") for i in run[:-1] if sent.words[i].head not in run}
    return moves | {p: (last.index, "nmod:unmarked" if sent.words[p].upos == "NUM" else "acl:relcl") for p in extras}


def name_opening_aside(sent: Sentence, verb: Word) -> Moves:
    """ "(Jane Morrow, who wrote the standard history, once said, ...)": the name is the subject."""
    if has_subject(sent, verb.index) or not is_finite(sent, verb.index) or "Mood=Imp" in verb.feats:
        return {}
    k = verb.index - 1
    while k > 0 and sent.words[k].head == verb.index and sent.words[k].upos == "ADV":
        k -= 1  # ("once said", "later wrote")
    extras, k = _ages_and_whos(sent, k)
    last = sent.words[k - 1 if extras else k]
    if extras and sent.words[k].text != "," or last.upos != "PROPN":
        return {}
    first = last.index
    while first > 0 and sent.words[first - 1].upos == "PROPN":
        first -= 1
    run = range(first, last.index + 1)
    if sent.words[first - 1].text != "(" or any(sent.words[i].text == ")" for i in range(first, verb.index)):
        return {}
    if not (0 <= last.head < first and 0 <= verb.head < first):
        return {}  # (only a name and a verb the parse both hung outside the brackets they share)
    moves: Moves = {last.index: (verb.index, "nsubj")}
    moves |= {i: (last.index, "compound") for i in run[:-1] if sent.words[i].head not in run}
    return moves | {p: (last.index, "nmod:unmarked" if sent.words[p].upos == "NUM" else "acl:relcl") for p in extras}


def name_before_described_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Speaking on CBS, Rep. Ana Ruiz, one of the bill's sponsors, said ...": the name is the
    subject, the description its apposition."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"]
    if len(subjects) != 1 or sent.words[subjects[0]].upos == "PROPN":
        return {}
    d = subjects[0]
    sub = sent.subtree(d)
    while sent.words[sub[0]].upos == "PUNCT":  # (the commas that set it off)
        sub = sub[1:]
    while sent.words[sub[-1]].upos == "PUNCT":
        sub = sub[:-1]
    k = sub[0] - 1
    if k < 2 or sent.words[k].text != "," or sent.words[sub[-1] + 1].text != "," or sub[-1] + 2 != verb.index:
        return {}
    k -= 1
    if sent.words[k].text == ")":  # (a party's tag between: "Sen. Lorena Castaneda (D-N.M.), one of ...")
        while k > 0 and sent.words[k].text != "(":
            k -= 1
        k -= 1
    last = sent.words[k]
    first = k
    while first > 0 and sent.words[first - 1].upos == "PROPN" and sent.words[first - 1].text[:1].isupper():
        first -= 1
    # (set off by a comma, or by one inside a title's closing mark: 'On NBC's "Meet the Press," Sen. ...')
    comma = first >= 1 and sent.words[first - 1].text == ","
    comma = comma or first >= 2 and sent.words[first - 1].text in CLOSING_QUOTES and sent.words[first - 2].text == ","
    if last.upos != "PROPN" or first == k or not comma:
        return {}
    if not 0 <= last.head < first or last.rel not in ("conj", "appos"):
        return {}  # (a name the parse hung on a phrase before it: the fronted phrase's)
    moves: Moves = {last.index: (verb.index, "nsubj"), d: (last.index, "appos")}
    return moves | {
        i: (last.index, "compound") for i in range(first, k) if sent.words[i].head not in range(first, k + 1)
    }


_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until"})


def subject_read_into_time_phrase(sent: Sentence, verb: Word) -> Moves:
    """ "The shares fell hours after Politico first reported that ...": read as ``nmod(hours,
    Politico)`` with "after" its preposition and ``conj(fell, reported)`` with no subject and no
    "and"; the noun is the verb's subject and "after" opens the verb's clause."""
    if verb.rel != "conj" or has_subject(sent, verb.index) or not is_finite(sent, verb.index):
        return {}
    if any(sent.words[c].rel == "cc" for c in sent.children[verb.index]):
        return {}
    if not any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index]):
        return {}  # (a report to carry: not "after MPs rejected a deal")
    k = verb.index - 1
    while k > 0 and sent.words[k].head == verb.index and sent.words[k].upos == "ADV":
        k -= 1  # ("first reported")
    noun = sent.words[k]
    if noun.upos not in ("NOUN", "PROPN") or noun.rel not in ("nmod", "obl") or noun.head < 0:
        return {}
    case = [c for c in sent.children[k] if sent.words[c].rel == "case" and c < k]
    if len(case) != 1 or sent.words[case[0]].lemma.lower() not in _TIME_CONJUNCTIONS:
        return {}
    return {k: (verb.index, "nsubj"), case[0]: (verb.index, "mark"), verb.index: (verb.head, "advcl")}


def _ages_and_whos(sent: Sentence, k: int) -> tuple[list[int], int]:
    """The heads of the ages and "who" clauses set off by commas that end at the comma ``k``, last
    first, and the comma before the first of them (``k`` itself when none)."""
    extras: list[int] = []
    while k > 1 and sent.words[k].text == ",":
        piece, start = _age_or_who(sent, k - 1)
        if piece < 0:
            break
        extras.append(piece)
        k = start - 1
    return extras, k


def _age_or_who(sent: Sentence, end: int) -> tuple[int, int]:
    """(head, first word) of an age ("47") or a "who" clause that ends at ``end`` after a comma;
    (-1, -1) when none."""
    if sent.words[end].upos == "NUM":
        return (end, end) if end > 0 and sent.words[end - 1].text == "," else (-1, -1)
    who = next((k for k in range(end, 0, -1) if sent.words[k].text.lower() == "who"), -1)
    head = sent.words[who].head if who > 0 and sent.words[who - 1].text == "," else -1
    if head < 0:
        return -1, -1
    inside = set(sent.subtree(head))
    whole = all(k in inside for k in range(who, end + 1) if sent.words[k].upos != "PUNCT")
    return (head, who) if whole and min(k for k in inside if sent.words[k].upos != "PUNCT") == who else (-1, -1)


def participle_subjects(sent: Sentence, is_document: Callable[[str], bool]) -> Sentence:
    """The sentence with a subject read as a participle's given back to its verb (and "Data" a noun)."""
    moves = source_read_as_participles_subject(sent)
    if not moves or not is_tree(sent, moves):
        return sent
    sent = moved(sent, moves)
    noun = sent.words[next(k for k, (_, rel) in moves.items() if rel == "nsubj")]
    return retagged(sent, noun.index, "NOUN") if noun.upos == "PROPN" and is_document(noun.text.lower()) else sent


def source_read_as_participles_subject(sent: Sentence) -> Moves:
    """ "Data released last week by the Office ... show that": "Data" is the subject."""
    for verb in sent.words:
        if verb.upos != "VERB" or has_subject(sent, verb.index) or not is_finite(sent, verb.index):
            continue
        for p in (c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel == "advcl"):
            if moves := _participle_with_subject(sent, p, verb.index):
                return moves
    return {}


def _participle_with_subject(sent: Sentence, p: int, verb: int) -> Moves:
    part = sent.words[p]
    own = {sent.words[c].rel: c for c in sent.children[p]}
    if part.upos != "VERB" or not part.text.endswith("ed") or own.keys() & {"aux", "aux:pass", "mark", "ccomp"}:
        return {}
    noun = own.get("nsubj", -1)
    span = [k for k in sent.subtree(p) if sent.words[k].upos != "PUNCT"]
    ends = all(sent.words[k].upos == "PUNCT" for k in range(span[-1] + 1, verb))
    if noun != p - 1 or span[0] != noun or not ends or sent.words[noun].upos not in ("NOUN", "PROPN"):
        return {}
    if not any(sent.words[k].lemma.lower() == "by" and sent.words[k].rel == "case" for k in span if k > p):
        return {}  # (a passive's agent: not "Farmers planted early this year, ... show")
    return {noun: (verb, "nsubj"), p: (noun, "acl")}


def closing_speaker_read_into_clause(sent: Sentence, verb: Word) -> Moves:
    """ "..., one of the people familiar with the talks said.": the phrase is the verb's subject."""
    words = sent.words
    if has_subject(sent, verb.index) or verb.head < 0 or any(w.upos != "PUNCT" for w in words[verb.index + 1 :]):
        return {}
    if sent.children[verb.index] and any(words[c].upos != "PUNCT" for c in sent.children[verb.index]):
        return {}  # (nothing of its own: no object, no clause)
    comma = next((k for k in range(verb.index - 1, 0, -1) if words[k].text == ","), -1)
    span = range(comma + 1, verb.index)
    tops = [k for k in span if words[k].head not in span]
    if comma < 1 or len(tops) != 1 or words[tops[0]].upos not in ("NOUN", "PROPN", "NUM", "PRON"):
        return {}
    root = next((w.index for w in words if w.head < 0), -1)
    if root < 0 or root in span or root == verb.index:
        return {}
    return {tops[0]: (verb.index, "nsubj"), verb.index: (root, "parataxis")}
