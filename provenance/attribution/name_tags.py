"""Names the tagger read as a verb or a common noun, put back as proper nouns (session 54).

"The FIA, the sport's governing body, said" with "FIA" a common noun made an anonymous
description; "Roe himself, speaking at a news conference, said" with "Roe" a verb and "himself"
its object left the cue without a subject; "Envision Racing driver Sébastien Morel, who ...,
wrote" with "Racing" a verb and the name its object made the team the speaker; "mayor Per Vidar
Moen said" with "Per" a preposition (session 62, given_name_read_as_preposition). Part of
``retags.retag_nouns_and_verbs`` (tests/test_asides_and_mentions.py, tests/test_report_clauses.py).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .content import has_subject
from .misread_subjects import TIMES
from .tree_edits import is_tree, moved, retagged

InLexicon = Callable[[str, str], bool]
_EMPHATIC = frozenset({"himself", "herself", "themselves", "itself"})


def acronym_heads(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with an acronym tagged a common noun that heads a subject after "the" tagged a
    proper noun: "The FIA, the sport's governing body, said" was an anonymous description "The
    FIA"; so was "The PP". (Not a role's: "the CEO said", "the MP said"; nor one that modifies a
    noun: "a POLITICO analysis".)"""
    for w in sent.words[1:]:
        if w.upos != "NOUN" or not (w.text.isupper() and w.text.isalpha() and len(w.text) > 1) or w.rel != "nsubj":
            continue
        if sent.words[w.index - 1].lemma.lower() == "the" and not in_lex("person_roles", w.text.lower()):
            sent = retagged(sent, w.index, "PROPN", feats="Number=Sing")
    return sent


def name_read_as_verb_before_reflexive(sent: Sentence) -> Sentence:
    """``sent`` with a name tagged a verb, the emphatic pronoun after it its object, put back:
    "Kiprono himself, speaking at a news conference, said he understood ..." as ``ccomp(said,
    Kiprono)`` + ``obj(Kiprono, himself)``, so the cue had no subject. No verb takes "himself"
    right after it with a capital and a comma after the pronoun; the name is the subject of the
    verb it hung on, the pronoun its ``flat`` (as the parse gives "Jane Roe herself said") and its
    other words that verb's."""
    for w in sent.words[:-2]:
        pron, after = sent.words[w.index + 1], sent.words[w.index + 2]
        if w.upos != "VERB" or not w.text.istitle() or pron.text.lower() not in _EMPHATIC or after.text != ",":
            continue
        verb = w.head
        if pron.head != w.index or verb <= w.index or sent.words[verb].upos != "VERB" or has_subject(sent, verb):
            continue
        moves = {w.index: (verb, "nsubj"), pron.index: (w.index, "flat")}
        moves.update({c: (verb, sent.words[c].deprel) for c in sent.children[w.index] if c != pron.index})
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), w.index, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


def name_read_as_adjective_of_adverb(sent: Sentence) -> Sentence:
    """``sent`` with a name tagged an adjective opening the sentence put back: "Unipublic later
    said the route was under review" with ``amod(later, Unipublic)``, so the cue had no subject,
    or with ``nsubj(said, Unipublic)`` an adjective, an anonymous description. An adjective modifies
    no adverb and heads no subject; a capitalised one opening the sentence, before the adverb of a
    verb with no subject or as the verb's subject, is a name (not a quantifier: "Many said")."""
    if len(sent.words) < 3:
        return sent
    w, adv = sent.words[0], sent.words[1]
    if w.upos not in ("ADJ", "PROPN") or not w.text.istitle() or w.lemma.lower() in _QUANTIFIERS:
        return sent
    if w.upos == "ADJ" and w.rel == "nsubj" and sent.words[w.head].upos == "VERB":
        return retagged(sent, 0, "PROPN", feats="Number=Sing", lemma=w.text)
    verb = adv.head
    if w.head != 1 or adv.upos != "ADV" or adv.rel != "advmod":
        return sent
    if verb <= 1 or sent.words[verb].upos != "VERB" or has_subject(sent, verb):
        return sent
    moves = {0: (verb, "nsubj")}
    return retagged(moved(sent, moves), 0, "PROPN", feats="Number=Sing", lemma=w.text) if is_tree(sent, moves) else sent


# (adjectives that stand for people as a subject: "Many said", "Several warned")
_QUANTIFIERS = frozenset({"many", "most", "several", "few", "some", "both", "all", "each", "other", "others", "more"})


def name_part_read_as_verb(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a body's name whose last word ends in "-ing" (tagged a verb) put back before a
    title and a name: "Envision Racing driver Sébastien Morel, who ..., wrote" as ``nsubj(wrote,
    Envision)`` + ``acl(Envision, Racing)`` + ``obj(Racing, Morel)``: the speaker was the team. The
    capitalised words, the title (``person_roles``) and the name are one phrase headed by the name,
    where the phrase's first word hung."""
    words = sent.words
    for w in words[1:-2]:
        title = words[w.index + 1]
        if w.upos != "VERB" or not w.text.istitle() or not w.text.endswith("ing") or words[w.index - 1].upos != "PROPN":
            continue
        if not in_lex("person_roles", title.lemma.lower()) or words[w.index + 2].upos != "PROPN":
            continue
        start, end = w.index - 1, w.index + 2
        while start > 0 and words[start - 1].upos == "PROPN" and words[start - 1].text[:1].isupper():
            start -= 1
        while end + 1 < len(words) and words[end + 1].upos == "PROPN" and words[end + 1].text[:1].isupper():
            end += 1
        span = range(start, end + 1)
        tops = [k for k in span if words[k].head not in span]
        if len(tops) != 1:
            continue
        moves = {end: (words[tops[0]].head, words[tops[0]].deprel), w.index: (title.index, "compound")}
        moves.update({k: (w.index, "compound") for k in range(start, w.index)})
        moves.update({k: (end, "compound") for k in range(title.index, end)})
        moves.update({c: (end, words[c].deprel) for k in span for c in sent.children[k] if c not in span})
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), w.index, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


def gerund_compound_read_as_verb(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a noun and "-ing" word modifying a body's name put back: "according to flight
    tracking website Flightradar24" as ``obl(cancelled, flight)`` + ``acl(flight, tracking)`` +
    ``obj(tracking, Flightradar24)``: the source was "flight". When the "-ing" word's object is a
    name right after a body's noun (``body_nouns``), "flight tracking" describes the body, and the
    name heads the phrase where the noun hung, with the noun's other words."""
    words = sent.words
    for ing in words[1:-2]:
        n = words[ing.index - 1]
        if ing.upos != "VERB" or ing.rel != "acl" or ing.head != n.index or not ing.text.endswith("ing"):
            continue
        kind, name = words[ing.index + 1], words[ing.index + 2]
        if n.upos != "NOUN" or not in_lex("body_nouns", kind.lemma.lower()) or name.upos != "PROPN":
            continue
        if name.head != ing.index or kind.head != name.index:
            continue
        moves = {name.index: (n.head, n.deprel), n.index: (ing.index, "compound"), ing.index: (kind.index, "compound")}
        moves.update({c: (name.index, words[c].deprel) for c in sent.children[n.index] if c != ing.index})
        moves.update({c: (name.index, words[c].deprel) for c in sent.children[name.index] if c > name.index})
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), ing.index, "NOUN", feats="Number=Sing")
    return sent


def portfolio_read_as_verb(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a portfolio in "-ing" opening a title put back: "Racing Minister Peter Lowe said
    the government had not ..." with "Racing" a clause of "said" and the name hung on it, so the cue
    had no subject. A capitalised "-ing" word before a title (``person_roles``) and a name is the
    title's field; the name is the subject of the verb the "-ing" word hung on."""
    words = sent.words
    if len(words) < 4:
        return sent
    ing, title = words[0], words[1]
    if ing.upos != "VERB" or not ing.text.istitle() or not ing.text.endswith("ing") or ing.head < 0:
        return sent
    if not title.text.istitle() or not in_lex("person_roles", title.lemma.lower()) or has_subject(sent, ing.head):
        return sent
    end = 2
    while end + 1 < len(words) and words[end + 1].upos == "PROPN" and words[end + 1].text[:1].isupper():
        end += 1
    if words[end].upos != "PROPN" or words[end].head != 0:
        return sent
    moves = {end: (ing.head, "nsubj"), 0: (1, "compound"), 1: (end, "compound")}
    moves.update({k: (end, "compound") for k in range(2, end)})
    moves.update({c: (end, words[c].deprel) for c in sent.children[0] if c not in moves})
    if is_tree(sent, moves):
        return retagged(moved(sent, moves), 0, "PROPN", feats="Number=Sing", lemma=ing.text)
    return sent


def name_described_as_body(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a capitalised word opening the sentence, tagged a common noun, put back as a
    name when an apposition says what body it is: "Junts, the separatist party, said" had "Junts" a
    plural noun, a loose class of people (a capital opening a sentence proves nothing by itself;
    "Critics, the loudest of them ..., said" keeps its noun: no body's noun there)."""
    w = sent.words[0] if sent.words else None
    if w is None or w.upos != "NOUN" or not w.text.istitle() or not w.text.isalpha() or w.rel != "nsubj":
        return sent
    if len(sent.words) < 2 or sent.words[1].text != ",":
        return sent
    # (the apposition, or the second subject of the verb the parse made it, set off after the word)
    set_off = [c for c in sent.children[w.head] if c > 1 and sent.words[c].rel == "nsubj"][:1] if w.head >= 0 else []
    for c in [*sent.children[0], *set_off]:
        a = sent.words[c]
        body = in_lex("body_nouns", a.lemma.lower()) or in_lex("organization_words", a.lemma.lower())
        if (a.deprel == "appos" or c in set_off) and a.upos == "NOUN" and body:
            return retagged(sent, 0, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


def listed_name_read_as_coordination(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a body's name that lists fields with commas and "and" put back as one name:
    "The Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC) said" as
    ``nsubj(said, Textile)`` with the other fields its conjuncts: the speaker was a person
    "Apparel". Title-case words joined by commas and one "and" after "the", ending in a body's
    word (``organization_words``), are one name headed by that word."""
    words = sent.words
    for k in range(2, len(words)):
        end = words[k]
        if end.upos != "PROPN" or not end.text.istitle() or not in_lex("organization_words", end.lemma.lower()):
            continue
        start = k
        while (
            start > 0
            and words[start - 1].lemma != "the"
            and (words[start - 1].text in (",", "and", "&") or words[start - 1].text.istitle())
        ):
            start -= 1
        run = range(start, k + 1)
        texts = [words[i].text for i in run]
        if (
            "," not in texts
            or texts.count("and") + texts.count("&") != 1
            or start == 0
            or words[start - 1].lemma != "the"
        ):
            continue
        if texts[0] in (",", "and", "&") or any(
            words[i].upos not in ("PROPN", "NOUN", "ADJ", "PUNCT", "CCONJ") for i in run
        ):
            continue
        tops = [i for i in run if words[i].head not in run]
        outside = [i for i in tops if words[i].head != k]
        if not outside:
            continue
        top = outside[0]
        moves = {k: (words[top].head, words[top].deprel)}
        moves.update(
            {
                i: (k, "punct" if words[i].upos == "PUNCT" else "cc" if words[i].upos == "CCONJ" else "compound")
                for i in run
                if i != k
            }
        )
        moves.update({c: (k, words[c].deprel) for i in run if i != k for c in sent.children[i] if c not in run})
        if is_tree(sent, moves):
            return moved(sent, moves)
    return sent


def given_name_read_as_verb(sent: Sentence) -> Sentence:
    """``sent`` with a name's first word that is an English verb put back: "Mean Sokunthea,
    president of the ... Federation, said" as ``advcl(said, Mean)`` + ``obj(Mean, Sokunthea)``:
    the president spoke, anonymous. A capitalised verb opening the sentence whose only argument
    is the capitalised name right after it, set off by a comma, hung below a later verb, is no
    clause of its own (an imperative opens no report) but the name's first word."""
    if len(sent.words) < 4:
        return sent
    w, n, comma = sent.words[0], sent.words[1], sent.words[2]
    if w.upos != "VERB" or not w.text.istitle() or w.head <= 2 or sent.words[w.head].upos != "VERB":
        return sent
    # (a participle opening the sentence is one: "Speaking Tuesday, the mayor said"; nor a time "name")
    if "VerbForm=Fin" not in w.feats or n.lemma.lower() in TIMES:
        return sent
    if n.upos != "PROPN" or not n.text.istitle() or n.head != 0 or n.rel != "obj" or comma.text != ",":
        return sent
    if any(sent.words[c].rel in ("obj", "iobj", "nsubj", "aux", "mark") for c in sent.children[0] if c != 1):
        return sent
    moves = {1: (w.head, "nsubj"), 0: (1, "compound")}
    moves.update({c: (1, sent.words[c].deprel) for c in sent.children[0] if c != 1})
    if is_tree(sent, moves):
        return retagged(moved(sent, moves), 0, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


def retag_names(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """The name repairs of this module that run together, in order (``retags.retag_nouns_and_verbs``)."""
    for repair in (
        acronym_heads,
        name_part_read_as_verb,
        gerund_compound_read_as_verb,
        portfolio_read_as_verb,
        name_described_as_body,
        listed_name_read_as_coordination,
    ):
        sent = repair(sent, in_lex)
    return name_read_as_adjective_of_adverb(surname_read_as_pronoun(given_name_read_as_verb(sent)))


# Pronouns a capitalised word may be (the sentence's first word, "I", or a name's own "Who")
_PRONOUNS = frozenset(
    "i you he she it we they me him her us them my your his its our their mine yours hers ours theirs this that "
    "these those who whom whose which what whoever whatever one ones someone anyone everyone no-one nobody "
    "none somebody anybody everybody something anything everything nothing each both all some any many few "
    "several others another myself yourself himself herself itself ourselves themselves such yourselves "
    "themself oneself whichever whomever whosoever naught aught".split()
)


def surname_read_as_pronoun(sent: Sentence) -> Sentence:
    """``sent`` with a name's last word the tagger read as a pronoun put back: "DDPM deputy
    director-general Wirat Somboon said" with "Somboon" a pronoun (its letters alone, an unknown
    word), so the speaker came out unresolved. A capitalised word that is no English pronoun is a
    name's, after a proper noun or alone ('"...," Somphone said': a Lao minister by his given name);
    so is an acronym in capitals ("the WHO")."""
    # (and an acronym written in capitals, in a sentence that is not: "According to the WHO, ...",
    # "The WHO said", with "WHO" read as "who")
    lower = any(w.text.islower() for w in sent.words)
    for w in sent.words:
        acronym = lower and len(w.text) > 1 and w.text.isupper()
        if w.upos == "PRON" and (w.text.istitle() and w.text.lower() not in _PRONOUNS or acronym):
            sent = retagged(sent, w.index, "PROPN", feats="Number=Sing", lemma=w.text)
    return sent


# English prepositions, which a title-case heading capitalises ("Minister For Trade"): not a name's first word
_PREPOSITIONS = frozenset(
    "of for in on at to by with from into onto over under about after before between against during without "
    "within through across among around behind beyond near since until upon via versus vs like as than off out "
    "up down past despite toward towards amid along beside besides inside outside".split()
)


def given_name_read_as_preposition(sent: Sentence) -> Sentence:
    """``sent`` with a capitalised word inside the sentence that the tagger took for a preposition
    before a name made the name's first word: "mayor Per Vidar Moen" ("per"), "lawmakers Ho
    Siu-ming" (no English preposition is written with a capital there, but a heading's title case
    capitalises them all, so only words that are no English preposition)."""
    for w in sent.words[1:-1]:
        nxt, before = sent.words[w.index + 1], sent.words[w.index - 1]
        if w.upos != "ADP" or not w.text.istitle() or not w.text.isalpha() or w.text.lower() in _PREPOSITIONS:
            continue
        if nxt.upos != "PROPN" or not nxt.text[:1].isupper() or before.upos == "PUNCT" or w.deprel != "case":
            continue
        sent = retagged(moved(sent, {w.index: (nxt.index, "compound")}), w.index, "PROPN", feats="Number=Sing")
    return sent
