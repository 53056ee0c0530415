"""Repairs inside a noun phrase or a clause's subject, before the complements': prepositions,
relation words, name lists and names the parser split or hung apart from their titles, outlets
read as coordinations, adverbs read as subjects (each module's doc says the misparse it puts
right; repairs.py lists them all). Part of ``repairs.repair_sentence``."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .appositive_subjects import subject_phrase_moves
from .body_names import body_name_read_apart
from .colon_cues import label_before_colon
from .constituencies import seat_read_as_speakers
from .coordinated_names import outlet_read_as_coordination
from .double_subject import name_as_subject, name_hung_inside_subject, title_read_as_second_argument
from .name_lists import (
    name_list_subject,
    portfolio_read_as_coordination,
    second_subject_after_and,
    second_subject_set_off,
)
from .office_names import name_after_office, name_read_as_conjunct_of_place, office_of_title_holder
from .openers import adverb_read_as_subject
from .portfolio_titles import portfolio_before_name
from .relational_subjects import relation_read_as_complement
from .relative_roots import (
    clause_read_into_report,
    main_verb_read_as_modifier,
    main_verb_read_into_relative,
    predicate_read_into_relative,
    relative_read_as_fronted_report,
    speech_read_into_passive_relative,
    who_clause_read_as_conjunct,
)
from .source_phrases import (
    according_hung_on_content,
    according_phrase_moves,
    according_read_as_mark,
    according_read_as_subject,
    according_to_a_time,
    apposition_after_according,
    as_clause_read_into_subject,
    cited_sources_place,
    quantity_subject_read_as_oblique,
)
from .titled_names import (
    name_read_apart_from_title,
    name_split_by_list,
    titles_joined_before_name,
)
from .tree_edits import is_tree, moved, retagged

InLexicon = Callable[[str, str], bool]


def _case_on_compound(sent: Sentence) -> dict[int, tuple[int, str]]:
    """Prepositions the parse hung on a compound modifier before it, moved to the modifier's head
    noun (when that noun has no preposition of its own)."""
    moves: dict[int, tuple[int, str]] = {}
    for w in sent.words:
        if w.rel != "case" or w.head <= w.index:
            continue
        modifier = sent.words[w.head]
        if modifier.deprel != "compound" or modifier.head <= modifier.index:
            continue
        head = sent.words[modifier.head]
        if head.upos in ("NOUN", "PROPN") and not any(sent.words[c].rel == "case" for c in sent.children[head.index]):
            moves[w.index] = (head.index, w.deprel)
    return moves


def _conjunct_read_as_nmod(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O'Malley have
    pledged" with ``nmod(Secretary, O'Malley)`` and the "and" its ``cc``: a noun modifier with no
    preposition but a coordinator before it is the noun's conjunct (a second person)."""
    moves: dict[int, tuple[int, str]] = {}
    for w in sent.words:
        kids = sent.children[w.index]
        if w.rel != "nmod" or w.head < 0 or w.head > w.index or any(sent.words[c].rel == "case" for c in kids):
            continue
        if any(sent.words[c].rel == "cc" and sent.words[w.head].index < c < w.index for c in kids):
            moves[w.index] = (w.head, "conj")
    return moves


def _conjunct_read_as_flat(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Board members Luis Herrera and Anne Whitfield voted" with ``flat(Luis, Whitfield)`` and the
    "and" its ``cc``: a name's last word with a coordinator and a given name of its own is a
    second name, the conjunct of the first name's head (a company's "Procter & Gamble", with no
    given name, stays one name)."""
    moves: dict[int, tuple[int, str]] = {}
    for w in sent.words:
        kids = sent.children[w.index]
        if w.deprel != "flat" or w.upos != "PROPN" or w.head < 0 or w.head > w.index:
            continue
        cc = [c for c in kids if sent.words[c].text.lower() in ("and", "or") and c < w.index]
        given = [c for c in kids if sent.words[c].deprel == "compound" and sent.words[c].upos == "PROPN"]
        head = w.head
        while sent.words[head].deprel in ("compound", "flat") and head < sent.words[head].head < w.index:
            head = sent.words[head].head  # (the first name's head: "Herrera" of "Luis Herrera")
        if cc and given and head < cc[0]:
            moves[w.index] = (head, "conj")
    return moves


def _participle_of_apposed_noun(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "in a large trial, researchers led by Dr. Anjali Raghunathan reported" with "led" a
    reduced relative of "trial": a participle right after a noun set off beside the one the parse
    hung it on (an apposition or a conjunct) describes the noun it follows."""
    for w in sent.words:
        if w.rel != "acl" or w.upos != "VERB" or "VerbForm=Part" not in w.feats or w.index < 1:
            continue
        noun = sent.words[w.index - 1]
        if noun.upos == "NOUN" and noun.head == w.head < noun.index and noun.rel in ("appos", "conj"):
            return {w.index: (noun.index, "acl")}
    return {}


def _participle_after_subject(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Several voters leaving the polling place at Grace Lutheran Church said ..." with "leaving"
    an adverbial clause of "said": a participle right after the subject, its phrase running up to
    the verb with no comma, is the subject's reduced relative clause (it places the voters)."""
    for w in sent.words:
        if w.rel != "advcl" or w.upos != "VERB" or w.head <= w.index or "VerbForm=Ger" not in w.feats:
            continue
        sub = sent.subtree(w.index)
        subjects = [c for c in sent.children[w.head] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < w.index]
        if subjects and max(sent.subtree(subjects[-1])) == min(sub) - 1 and max(sub) == w.head - 1:
            if sent.words[subjects[-1]].upos == "NOUN" and not any(sent.words[k].upos == "PUNCT" for k in sub):
                return {w.index: (subjects[-1], "acl")}
    return {}


def _name_split_across_heads(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Kostakis and his deputy, Mereana Tapsell, said" with "Mereana" the apposition of "deputy"
    and "Tapsell" a conjunct of "Kostakis": two capitalised proper nouns in a row, each hung on a
    different word before them (or both conjuncts of one), are one name, where its first word hung."""
    words = sent.words
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if not (a.upos == b.upos == "PROPN" and a.text[:1].isupper() and b.text[:1].isupper()):
            continue
        if 0 <= a.head < k and 0 <= b.head < k and a.head != b.head and b.deprel in ("conj", "appos"):
            if not sent.children[b.index] and a.deprel in ("appos", "conj", "nmod", "obl"):
                return {a.index: (b.index, "compound"), b.index: (a.head, a.deprel)}
        # (or two conjuncts of one word with nothing between: "said the woman, Fatima Abdullahi, 29")
        own = [c for c in sent.children[a.index] if sent.words[c].upos != "PUNCT" or c > a.index]
        if 0 <= a.head < k and a.head == b.head and a.deprel == b.deprel in ("conj", "appos") and not own:
            return {a.index: (b.index, "compound")}
    return {}


def _finite_verb_read_as_modifier(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Alhaji Bashir Tukur, the district head of Gwale, urged parents on Rahama FM ..." with the
    name the root and "urged" an adjective of "parents": a finite verb is never a noun's modifier;
    in a sentence whose root is a noun before it, the verb is the root, the noun its subject and
    the noun it modified its object."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("PROPN", "NOUN"):
        return {}
    for w in sent.words:
        if w.deprel == "amod" and w.upos == "VERB" and "VerbForm=Fin" in w.feats and root.index < w.index < w.head:
            if sent.words[w.index - 1].text == "," and not any(
                sent.words[c].rel == "nsubj" for c in sent.children[root.index]
            ):
                return {w.index: (-1, "root"), root.index: (w.index, "nsubj"), w.head: (w.index, "obj")}
    return {}


def _hyphenated_name_split(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Adaeze Nwosu-Hart, director of ..., said" with "Hart" a conjunct of the noun before the
    name: the two parts of a hyphenated name, written with no space, are one name; so are those of
    a name joined by a dash ("rumours about Kestrel–Ardena had circulated" with "Ardena" a second
    subject of "circulated", so the report lost its start)."""
    words = sent.words
    for k in range(1, len(words) - 1):
        first, dash, second = words[k - 1], words[k], words[k + 1]
        if dash.text not in ("-", "‐", "–") or first.end != dash.start or dash.end != second.start:
            continue
        if not (first.upos == second.upos == "PROPN" and first.text[:1].isupper() and second.text[:1].isupper()):
            continue
        if second.head != first.index and first.head != second.index and second.index not in sent.subtree(first.index):
            return {second.index: (first.index, "flat"), dash.index: (second.index, "punct")}
    return {}


_KIND_LEXICONS = ("organization_words", "person_roles", "person_trades")  # (what a name is)
_SUBORDINATORS = frozenset({"after", "before", "until", "since", "once"})  # (tagged prepositions)


def _firm_name_before_noun(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "A former Harcourt & Vale executive said" with "Harcourt" the subject and "Vale" and
    "executive" its conjuncts: names joined by "&" are one firm's name, and a common noun right
    after it is the phrase's head, which the name modifies."""
    words = sent.words
    for amp in words[1:-2]:
        a, b, noun = words[amp.index - 1], words[amp.index + 1], words[amp.index + 2]
        nominal = noun.upos in ("NOUN", "ADJ") and noun.text.islower()
        if amp.text != "&" or not (a.upos == b.upos == "PROPN") or not nominal:
            continue
        if b.head != a.index or noun.head != a.index or noun.deprel != "conj":
            continue
        moves = {noun.index: (a.head, a.deprel), a.index: (noun.index, "compound")}
        moves.update({c: (noun.index, words[c].deprel) for c in sent.children[a.index] if c < a.index})
        return moves
    return {}


def _name_with_and_before_noun(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to Occupational Safety and Health Administration records" with "records" a
    conjunct of "Safety": capitalised words joined by "and" before a common noun are one body's
    name, which the noun after it heads (its case and article go with the noun)."""
    words = sent.words
    for cc in words:
        if cc.text != "and" or cc.deprel != "cc" or cc.head <= cc.index:
            continue
        noun = words[cc.head]
        while noun.deprel == "compound" and noun.head > noun.index:
            noun = words[noun.head]  # (the "and" hung on the first capital after it)
        between = words[cc.index + 1 : noun.index]
        if noun.deprel != "conj" or noun.upos != "NOUN" or not noun.text.islower() or not between:
            continue
        if noun.index + 1 < len(words) and words[noun.index + 1].upos == "PROPN":
            continue  # (a title before a name: "Mr Pointon and GMB organiser Kerry Tams said")
        a = words[noun.head]
        # (one run of capitals: not "Ranchers in Jackson and Grand counties say")
        if a.index > cc.index or not all(w.text[:1].isupper() for w in (*words[a.index : cc.index], *between)):
            continue
        moves = {noun.index: (a.head, a.deprel), a.index: (noun.index, "compound")}
        moves |= {cc.index: (between[0].index, "cc"), between[0].index: (a.index, "conj")}
        return moves | {
            c: (noun.index, words[c].deprel) for c in sent.children[a.index] if words[c].rel in ("case", "det")
        }
    return {}


def _subordinate_speech_read_as_main(sent: Sentence, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """ "The deal collapsed after House conservatives said they would not support it" with "said"
    the root and "conservatives" an "after" oblique inside the clause before it: a root speech
    verb right after a noun that "after" (or "before", "until", ...) opens is that noun's clause
    ("after" its conjunction, the noun its subject) and the verb the noun hangs under the main
    one (its subject, when the parse gave it to the speech verb, back with it), as the parse
    reads "Shares fell after the company said ..."."""
    for v in sent.words:
        if v.head >= 0 or not in_lex("speech_verbs", v.lemma.lower()):
            continue
        for o in range(v.index - 1, -1, -1):
            w = sent.words[o]
            case = [c for c in sent.children[o] if sent.words[c].rel == "case" and c < o]
            # (not a fronted phrase its comma closes: "Speaking ... after the rally, Varga said")
            fronted = sent.words[o + 1].text == "," and w.head != v.index
            if w.rel not in ("obl", "nmod") or w.upos not in ("NOUN", "PROPN", "PRON") or fronted:
                continue
            if max(sent.subtree(o)) != v.index - 1:
                continue
            if not case or sent.words[case[0]].lemma.lower() not in _SUBORDINATORS:
                continue
            main = w.head
            while main >= 0 and sent.words[main].upos != "VERB":
                main = sent.words[main].head
            if main < 0 or main > o:
                return {}
            moves = {o: (v.index, "nsubj"), case[0]: (v.index, "mark"), v.index: (main, "advcl"), main: (-1, "root")}
            for c in sent.children[v.index]:  # (the main clause's subject the parse gave "said")
                if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < main and main in sent.subtree(c):
                    moves[c] = (main, sent.words[c].deprel)
            return moves
    return {}


def _apposition_read_as_conjunct(sent: Sentence, is_role: Callable[[str], bool]) -> dict[int, tuple[int, str]]:
    """ "A regular customer, retired bus driver Winston Clarke, said" with "driver" a ``conj`` of
    "customer" and "Clarke" its ``flat``: the only conjunct of a noun, set off by a comma with no
    "and" or "or", that is a role noun with a name right after it, is the name's title, and the
    name is in apposition to the noun (a list has its coordinator: "the mayor, the chief and Roe")."""
    for n in sent.words:
        conj = [c for c in sent.children[n.index] if sent.words[c].rel == "conj"]
        if len(conj) != 1 or n.upos != "NOUN":
            continue
        c = sent.words[conj[0]]
        first = min(sent.subtree(c.index))
        if c.upos != "NOUN" or not is_role(c.lemma.lower()) or first == 0 or sent.words[first - 1].text != ",":
            continue
        if any(sent.words[k].rel in ("cc", "conj") for k in sent.subtree(c.index) if k != c.index):
            continue
        name = [k for k in sent.children[c.index] if k > c.index and sent.words[k].upos == "PROPN"]
        if len(name) == 1 and name[0] == max(k for k in sent.subtree(c.index) if sent.words[k].upos != "PUNCT"):
            head = name[0]
            moves = {head: (n.index, "appos"), c.index: (head, "compound")}
            moves.update(
                {k: (head, sent.words[k].deprel) for k in sent.children[c.index] if sent.words[k].upos == "PUNCT"}
            )
            return moves
    return {}


def _name_read_as_conjunct_in_title(sent: Sentence, is_role: Callable[[str], bool]) -> dict[int, tuple[int, str]]:
    """ "the Minister of State for Health, Dr Folasade Adebanjo-Ike, said" with the name a
    ``conj`` of "Health": a name set off by a comma with no "and" after a role's "of"/"for"
    phrase is in apposition to the role noun, not one more thing the office is of."""
    for c in sent.words:
        if c.upos != "PROPN" or c.deprel != "conj":
            continue
        first = min(k for k in sent.subtree(c.index) if sent.words[k].upos != "PUNCT")
        if first == 0 or sent.words[first - 1].text != ",":
            continue
        if any(sent.words[k].rel == "cc" for k in sent.subtree(c.index)):
            continue
        r = sent.words[c.head]
        while r.rel == "nmod" and r.head >= 0:
            r = sent.words[r.head]  # ("Health" of "State" of "Minister")
        if r.index == c.head or r.upos not in ("NOUN", "PROPN") or not is_role(r.lemma.lower()) or r.index > c.index:
            continue
        # (a person's name of two words or more that closes the subject right before its verb: not
        # "a professor at the University of Miami in Coral Gables, Fla.")
        last = max(k for k in sent.subtree(c.index) if sent.words[k].upos != "PUNCT")
        words = [k for k in sent.subtree(c.index) if sent.words[k].upos == "PROPN"]
        closes = last + 2 < len(sent.words) and sent.words[last + 1].text == "," and sent.words[last + 2].upos == "VERB"
        if len(words) >= 2 and closes:
            return {c.index: (r.index, "appos")}
    return {}


def phrase_repairs(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """Prepositions, relation words, name lists, titles and adverbs put in the phrase they belong to."""
    names = (
        name_list_subject,
        name_split_by_list,
        main_verb_read_into_relative,
        name_hung_inside_subject,
        main_verb_read_as_modifier,
    )
    for repair in (
        label_before_colon,
        _case_on_compound,
        _conjunct_read_as_nmod,
        _conjunct_read_as_flat,
        according_read_as_mark,
        according_read_as_subject,
        lambda s: according_hung_on_content(s, in_lex),
        according_phrase_moves,
        lambda s: according_to_a_time(s, in_lex),
        quantity_subject_read_as_oblique,
        _participle_of_apposed_noun,
        _participle_after_subject,
        _hyphenated_name_split,
        _firm_name_before_noun,
        _name_with_and_before_noun,
        _name_split_across_heads,
        apposition_after_according,
        _finite_verb_read_as_modifier,
        cited_sources_place,
        lambda s: _subordinate_speech_read_as_main(s, in_lex),
        as_clause_read_into_subject,
        relation_read_as_complement,
        *names,
        lambda s: seat_read_as_speakers(s, in_lex),
        second_subject_after_and,
        lambda s: second_subject_set_off(s, lambda x: in_lex("speech_verbs", x) or in_lex("cognition_verbs", x)),
        lambda s: outlet_read_as_coordination(s, in_lex),
        lambda s: portfolio_before_name(s, in_lex),
        lambda s: name_after_office(s, in_lex),
        lambda s: predicate_read_into_relative(s, in_lex),
        lambda s: speech_read_into_passive_relative(s, in_lex),
        lambda s: clause_read_into_report(s, in_lex),
        lambda s: who_clause_read_as_conjunct(s, in_lex) or relative_read_as_fronted_report(s, in_lex),
        lambda s: subject_phrase_moves(s, lambda x: any(in_lex(k, x) for k in _KIND_LEXICONS)),
    ):
        moves = repair(sent)  # (each on the tree the one before left)
        if moves and is_tree(sent, moves):
            sent = moved(sent, moves)
    bodies, proper = body_name_read_apart(sent, in_lex)
    if bodies and is_tree(sent, bodies):
        sent = moved(sent, bodies)
        for i in proper:  # ("Fisheries and Oceans Canada": the field words are the name's)
            sent = retagged(sent, i, "PROPN", feats="Number=Sing")
    sent = _title_repairs(name_as_subject(sent), in_lex)
    for adverb in adverb_read_as_subject(sent):
        sent = retagged(moved(sent, {adverb: (sent.words[adverb].head, "advmod")}), adverb, "ADV", feats="")
    return sent


def _title_repairs(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """Titles and the names they go with, put together (each repair on the tree the one before left)."""
    for repair_titles in (
        _apposition_read_as_conjunct,
        portfolio_read_as_coordination,
        title_read_as_second_argument,
        name_read_apart_from_title,
        titles_joined_before_name,
        name_read_as_conjunct_of_place,
        _name_read_as_conjunct_in_title,
        office_of_title_holder,
    ):
        titles = repair_titles(sent, lambda lemma: in_lex("person_roles", lemma))
        if titles and is_tree(sent, titles):
            sent = moved(sent, titles)
    return sent
