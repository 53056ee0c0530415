"""The tag repairs, in the order they run: a closing cue read as a noun or as a modifier put back
as the verb it is, and a noun read as a verb put back as the noun (each one's shape is in its own
module's docstring); then, here, an adjective heading an indefinite phrase ("said a senior
executive"), a listener read as a modifier of the time after it ("told the Herald last month")
an unknown name tagged an adverb ("Zelenskyy thanked ...", "Evelyn Park taught ...": adverb_names), and a
subject noun tagged an adjective of its speech verb ("..., her representative confirmed"), and
a noun read as a compound of the adjective after it ("A source close to Neves said"), and a
noun spelled with a capital inside it tagged a proper noun ("the pension fund CalPERS"), a
given name read as a preposition ("mayor Per Vidar Moen")
(tests/test_misread_speakers.py); names the tagger read as a verb or a common noun ("The FIA,
... said", "Roe himself, ..., said", "Envision Racing driver ...") are name_tags.py's."""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.syntax.tree import Sentence

from .adverb_names import names_read_as_adverbs
from .document_cues import (
    document_read_as_clause,
    finding_lemma,
    finding_verb_read_as_compound,
    owner_read_as_verb_after_according,
)
from .fronted_subject import subject_read_as_modifier
from .ing_nouns import ing_modifier_after_according, ing_noun_read_as_participle, noun_read_as_imperative
from .name_tags import given_name_read_as_preposition, name_read_as_verb_before_reflexive, retag_names
from .noun_clauses import content_noun_read_as_verb
from .occasion_clauses import occasion_read_as_verb
from .openers import all_told, time_opener_read_as_subject
from .relational_subjects import cue_lemma, relational_subject
from .role_verbs import role_noun_read_as_verb, role_split_from_its_title
from .tag_repairs import (
    closing_lemma,
    closing_verb_read_as_noun,
    do_read_as_auxiliary,
    document_noun_read_as_verb,
    gerund_noun_read_as_verb,
    have_read_as_main_verb,
    work_noun_read_as_verb,
)
from .title_tags import (
    office_preposition_read_as_subordinator,
    role_read_as_bare_verb_in_apposition,
    role_read_as_verb_in_apposition,
    role_turned_role_read_as_verbs,
)
from .titled_names import role_read_as_verb_before_name, title_participle_read_as_verb
from .tree_edits import is_tree, moved, phrase_taken_from, retagged

InLexicon = Callable[[str, str], bool]
_PRESENT = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def retag_nouns_and_verbs(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """The tag repairs: a closing cue read as a noun or a modifier, a noun read as a verb."""
    cue, moves_cue = relational_subject(sent, in_lex)
    if cue >= 0 and is_tree(sent, moves_cue):
        finite = sent.words[cue].feats if "VerbForm=Fin" in sent.words[cue].feats else "Mood=Ind|VerbForm=Fin"
        sent = retagged(moved(sent, moves_cue), cue, "VERB", feats=finite, lemma=cue_lemma(sent.words[cue], in_lex))
    sent = _findings_read_as_nouns(sent, in_lex)
    for noun, moves_noun in (
        work_noun_read_as_verb(sent),
        role_noun_read_as_verb(sent, in_lex),
        role_read_as_verb_before_name(sent, in_lex),
        role_turned_role_read_as_verbs(sent, in_lex),
        role_read_as_verb_in_apposition(sent, in_lex),
        role_read_as_bare_verb_in_apposition(sent, in_lex),
        _role_read_as_verb_after_cue(sent, in_lex),
        subject_read_as_modifier(sent),
        gerund_noun_read_as_verb(sent, in_lex),
        ing_noun_read_as_participle(sent),
        ing_modifier_after_according(sent),
        noun_read_as_imperative(sent, in_lex),
        document_noun_read_as_verb(sent, in_lex),
        document_read_as_clause(sent, in_lex),
        owner_read_as_verb_after_according(sent, in_lex),
        content_noun_read_as_verb(sent, in_lex),
        occasion_read_as_verb(sent, in_lex),
    ):
        if noun >= 0 and is_tree(sent, moves_noun):
            sent = retagged(moved(sent, moves_noun), noun, "NOUN", feats="")
    if (office := office_preposition_read_as_subordinator(sent, in_lex)) and is_tree(sent, office):
        prep = next(k for k, (_, rel) in office.items() if rel == "case")
        sent = retagged(moved(sent, office), prep, "ADP", feats="")
    sent = _adjectives_heading_people(role_split_from_its_title(sent, in_lex), in_lex)
    sent = _adjective_put_under_its_noun(sent)
    sent = _mixed_case_names(sent)
    sent = given_name_read_as_preposition(sent)
    sent = _root_participle_as_past(have_read_as_main_verb(do_read_as_auxiliary(retag_names(sent, in_lex))))
    sent = _accounts_for_read_as_noun(sent)
    sent = _capitalised_last_word_of_name(sent, in_lex)
    sent = _connective_read_as_subject(sent)
    sent = time_opener_read_as_subject(all_told(sent))
    sent = _demonym_nouns(sent, in_lex)
    if (subject := _subject_read_as_adjective(sent, in_lex)) >= 0:
        sent = retagged(moved(sent, _subject_moves(sent, subject)), subject, "NOUN", feats="Number=Sing")
    if (listener := _listener_read_into_time(sent, in_lex)) >= 0:
        w = sent.words[listener]
        moves = {listener: (sent.words[w.head].head, "obj"), w.head: (sent.words[w.head].head, "obl:tmod")}
        moves.update(
            {c: (listener, "det") for c in sent.children[w.head] if sent.words[c].rel == "det" and c < listener}
        )
        if is_tree(sent, moves):
            sent = retagged(moved(sent, moves), listener, "PROPN", feats="Number=Sing")
    sent = names_read_as_adverbs(sent, in_lex)
    sent = name_read_as_verb_before_reflexive(sent)
    title, moves_title = title_participle_read_as_verb(sent, in_lex)
    if title >= 0 and is_tree(sent, moves_title):
        sent = retagged(moved(sent, moves_title), title, "ADJ", feats="")
    return sent


# Sentence connectives, set off by a comma at the start of a sentence (a closed class)
SENTENCE_CONNECTIVES = frozenset(
    {"moreover", "furthermore", "meanwhile", "however", "additionally", "likewise", "similarly", "separately",
     "nevertheless", "nonetheless", "instead", "still", "indeed", "also", "meantime"}
)  # fmt: skip


def _role_read_as_verb_after_cue(sent: Sentence, in_lex: InLexicon) -> tuple[int, dict[int, tuple[int, str]]]:
    """'"...," said former Celtics guard Kendrick Perkins, now an ESPN analyst.' with "guard"
    tagged a verb, the complement of "said", and the name its object: a role noun
    (``person_roles``) tagged a verb under a speech verb before it, with a run of capitalised
    proper nouns right after it as its object, is the name's title; the name is the speech
    verb's subject, and what the parse hung on the role after the name is the name's apposition.
    The index of the role (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words:
        cue = sent.words[w.head] if w.head >= 0 else None
        if w.upos != "VERB" or cue is None or cue.index > w.index or not in_lex("person_roles", w.text.lower()):
            continue
        if not in_lex("speech_verbs", cue.lemma.lower()) or w.rel not in ("ccomp", "xcomp", "obj", "parataxis"):
            continue
        run = [k for k in range(w.index + 1, len(sent.words)) if sent.words[k].upos == "PROPN"]
        run = [k for j, k in enumerate(run) if k == w.index + 1 + j]  # (the unbroken run after it)
        if not run or sent.words[run[-1]].head != w.index or sent.words[run[-1]].rel != "obj":
            continue
        last = run[-1]
        moves = {last: (cue.index, "nsubj"), w.index: (last, "compound")}
        moves.update({k: (last, "compound") for k in run[:-1]})
        for c in sent.children[w.index]:
            if c < w.index:  # ("former", and "Celtics" read as the verb's subject)
                moves[c] = (w.index, "amod" if sent.words[c].upos == "ADJ" else "compound")
            elif c > last:
                moves[c] = (last, "appos" if sent.words[c].upos in ("NOUN", "PROPN") else sent.words[c].deprel)
        return w.index, moves
    return -1, {}


def _connective_read_as_subject(sent: Sentence) -> Sentence:
    """``sent`` with "Moreover, Jeffrey D. Sachs said" read as ``nsubj(said, Moreover)`` +
    ``flat(Moreover, Sachs)`` put right: the name after the connective's comma is the subject,
    the connective an adverb of the verb."""
    if len(sent.words) < 4 or sent.words[0].text.lower() not in SENTENCE_CONNECTIVES or sent.words[1].text != ",":
        return sent
    w = sent.words[0]
    name = next((c for c in sent.children[0] if c > 1 and sent.words[c].upos == "PROPN"), -1)
    if w.rel != "nsubj" or name < 0:
        return sent
    # (with a title the parse hung word by word on the connective: "Meanwhile, Congress MLA ...")
    moves = phrase_taken_from(sent, 0, name, w.head, "nsubj")
    moves.update({0: (w.head, "advmod"), 1: (w.head, "punct")})
    return retagged(moved(sent, moves), 0, "ADV", feats="") if is_tree(sent, moves) else sent


_NOMINALS = ("PROPN", "NOUN", "ADJ", "NUM")
# (the nations English names this way; not any name in "-man": "Roffman", "Goldman")
# (and a region's: "the Yorkshireman", "the Kerryman", "an Ulsterwoman")
_DEMONYM_NOUN = regex.compile(
    r"(?:Dutch|French|English|Irish|Welsh|Scots|Cornish|Manx|Norse|Yorkshire|Ulster|Kerry|Cork|Orkney|Shetland)(?:man|woman)"
)


def demonym_noun(word: str, in_lex: InLexicon) -> bool:
    """ "Dutchman", "Frenchwoman", "Dane", "Spaniard" (``demonyms``): a person of a nation."""
    return _DEMONYM_NOUN.fullmatch(word) is not None or (word[:1].isupper() and in_lex("demonyms", word.lower()))


def _demonym_nouns(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with "the Dutchman", "the Dane" tagged common nouns: a person of a nation
    described, not a name (the tagger's proper noun made "the Dutchman" an organisation)."""
    for w in sent.words:
        nxt = sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
        if w.upos in ("PROPN", "ADJ") and demonym_noun(w.text, in_lex) and w.index > 0:
            j = w.index - 1
            while j > 0 and (
                sent.words[j].upos in ("ADJ", "NUM") or "-" in (sent.words[j].text, sent.words[j + 1].text)
            ):
                j -= 1  # ("the 21-year-old Ukrainian")
            # (heading its phrase: not "the American people", "the Canadian Press")
            if sent.words[j].lemma.lower() == "the" and (nxt is None or nxt.upos not in _NOMINALS):
                sent = retagged(sent, w.index, "NOUN", feats="Number=Sing", lemma=w.text.lower())
    return sent


def _mixed_case_names(sent: Sentence) -> Sentence:
    """``sent`` with a noun spelled in mixed case, a capital inside it ("the pension fund
    CalPERS", "iPhone"), tagged a proper noun: no common noun is written so. (Not one all in
    capitals: "a POLITICO analysis", "some GOP figures" use a name as a modifier.)"""
    for w in sent.words:
        mixed = any(c.islower() for c in w.text) and any(c.isupper() for c in w.text[1:])
        if w.upos == "NOUN" and w.text.isalpha() and mixed:
            sent = retagged(sent, w.index, "PROPN", feats="Number=Sing")
    return sent


def _findings_read_as_nouns(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a closing cue read as a noun ("..., figures shows.") and a document's finding verb
    read as a compound ("Official data show unemployment fell") made the verbs they are."""
    shows, moves_shows = closing_verb_read_as_noun(sent, in_lex)
    if shows >= 0 and is_tree(sent, moves_shows):
        lemma = closing_lemma(sent, shows, in_lex)
        sent = retagged(moved(sent, moves_shows), shows, "VERB", feats=_PRESENT, lemma=lemma)
    found, moves_found = finding_verb_read_as_compound(sent, in_lex)
    if found >= 0 and is_tree(sent, moves_found):
        verb = finding_lemma(sent.words[found].text, in_lex)  # (the repair found one)
        sent = retagged(moved(sent, moves_found), found, "VERB", feats=_PRESENT, lemma=verb)
    return sent


def _capitalised_last_word_of_name(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """``sent`` with a capitalised common noun that ends a name tagged a proper noun: "Gulfline
    Power, the region's largest utility, said" with "Power" a noun under the compound "Gulfline"
    (inside a sentence, right after the name's proper noun; not a title: "Chicago Mayor Lori Roe")."""
    for w in sent.words[1:]:
        before = sent.words[w.index - 1]
        if w.upos != "NOUN" or not w.text.istitle() or not w.text.isalpha() or in_lex("person_roles", w.lemma.lower()):
            continue
        if before.upos == "PROPN" and before.deprel == "compound" and before.head == w.index and before.text.istitle():
            sent = retagged(sent, w.index, "PROPN", feats="Number=Sing")
    return sent


def _adjective_put_under_its_noun(sent: Sentence) -> Sentence:
    """``sent`` with a noun compounded onto the adjective after it made the phrase's head."""
    if (noun := _noun_read_as_compound_of_adjective(sent)) < 0:
        return sent
    adjective = sent.words[noun + 1]
    moves = {noun: (adjective.head, adjective.deprel), adjective.index: (noun, "amod")}
    moves.update({c: (noun, "det") for c in sent.children[adjective.index] if sent.words[c].rel == "det"})
    # (and the prepositions before it: "according to a person familiar with ...")
    moves.update(
        {c: (noun, "case") for c in sent.children[adjective.index] if sent.words[c].rel == "case" and c < noun}
    )
    return moved(sent, moves) if is_tree(sent, moves) else sent


# Adjectives that place an unnamed source by a prepositional phrase ("familiar with", "close to")
_PLACING_ADJECTIVES = frozenset({"familiar", "close", "knowledgeable", "privy"})


def _noun_read_as_compound_of_adjective(sent: Sentence) -> int:
    """ "A source close to Neves said" with ``compound(close, source)`` + ``nsubj(said, close)``:
    a noun never modifies an adjective, so a noun compounded onto the adjective right after it,
    the adjective with a prepositional phrase of its own ("close to", "familiar with"), heads the
    phrase, the adjective its modifier (else the name in that phrase reads as the speaker's). The
    noun's index, or -1. So is a noun and such an adjective read as two subjects ("Sources close
    to the negotiations said")."""
    for w in sent.words[:-1]:
        adjective = sent.words[w.index + 1]
        twin = w.rel == adjective.rel == "nsubj" and w.head == adjective.head
        if w.upos != "NOUN" or not (w.deprel == "compound" and w.head == adjective.index or twin):
            continue
        # (the tagger may call the adjective a noun: "a mining inspector familiar with the site")
        tagged = adjective.upos == "ADJ" or adjective.lemma.lower() in _PLACING_ADJECTIVES
        if not tagged or adjective.rel not in ("nsubj", "obj", "obl", "nmod", "conj", "appos"):
            continue
        if any(sent.words[c].rel in ("obl", "nmod") and c > adjective.index for c in sent.children[adjective.index]):
            return w.index
    return -1


def _adjectives_heading_people(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Sentence:
    """A person's noun tagged an adjective, retagged a noun."""
    for w in sent.words:
        # "said a senior executive at a Detroit automaker" with "executive" tagged an adjective:
        # an adjective that heads a phrase with the indefinite article is the noun of that phrase
        # (English says "a senior", "a liberal" of people; "the rich" keeps its adjective)
        # (not with a noun compounded onto it: "a mining inspector familiar with the site", which
        # _adjective_put_under_its_noun puts right)
        before = sent.words[w.index - 1] if w.index > 0 else None
        compounded = (
            before is not None and before.upos == "NOUN" and before.deprel == "compound" and before.head == w.index
        )
        placed = any(sent.words[c].rel in ("obl", "nmod") and c > w.index for c in sent.children[w.index])
        if w.upos == "ADJ" and w.rel not in ("amod", "advmod", "xcomp") and not _predicate(sent, w.index):
            if compounded and placed:
                continue
            # (or a role word with an owner or a title word before it, "the council's chief executive",
            # or "the" as a clause's subject: "..., the executive said")
            role = in_lex("person_roles", w.lemma.lower()) and any(
                sent.words[c].deprel in ("nmod:poss", "compound")
                or (w.rel == "nsubj" and sent.words[c].lemma.lower() == "the")
                for c in sent.children[w.index]
            )
            if role or any(
                sent.words[c].rel == "det" and sent.words[c].lemma.lower() in ("a", "another")
                for c in sent.children[w.index]
            ):
                sent = retagged(sent, w.index, "NOUN", feats="Number=Sing")
    return sent


def _predicate(sent: Sentence, i: int) -> bool:
    """ "is a senior at Yale" keeps its reading either way; a copula makes it the predicate."""
    return any(sent.words[c].rel in ("cop", "nsubj") for c in sent.children[i])


def _subject_moves(sent: Sentence, subject: int) -> dict[int, tuple[int, str]]:
    """The adjective made the verb's subject, with its article or possessive (or the article the
    parse gave the verb: "The 24-year-old added")."""
    moves = {subject: (subject + 1, "nsubj")}
    if (j := subject - 1) >= 0 and sent.words[j].deprel in ("det", "nmod:poss"):
        moves[j] = (subject, sent.words[j].deprel)
    moves.update(
        {c: (subject, "det") for c in sent.children[subject + 1] if c < subject and sent.words[c].rel == "det"}
    )
    return moves


def _subject_read_as_adjective(sent: Sentence, in_lex: InLexicon) -> int:
    """ "..., her representative confirmed on Monday." with "representative" an adjective of
    "confirmed": an adjective with a determiner or possessive of its own, right before a speech
    verb with no subject that it modifies, is that verb's subject noun. Its index, or -1."""
    for w in sent.words[:-1]:
        # (or hung on the noun after the verb: "The official said crews had been ..." with
        # "official" an adjective of "crews")
        if w.upos != "ADJ" or w.rel != "amod" or w.head != w.index + 1 and w.head <= w.index + 1:
            continue
        if w.head != w.index + 1 and not in_lex("person_roles", w.lemma.lower()):
            continue  # (not "in the past described Trump as")
        verb = sent.words[w.index + 1]
        # (or any finite verb after a post: "The 51-year-old executive turned, nodded and said")
        post = in_lex("person_roles", w.lemma.lower()) and w.head == verb.index
        post = post and ("VerbForm=Fin" in verb.feats or verb.head < 0)
        if verb.upos != "VERB" or not (in_lex("speech_verbs", verb.lemma.lower()) or post):
            continue
        if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb.index]):
            continue
        before = sent.words[w.index - 1] if w.index > 0 else None  # (the parse may hang "her" on the verb)
        own = [sent.words[c] for c in sent.children[w.index]] + ([before] if before is not None else [])
        # (or its article, which the parse gave the verb: "The 24-year-old added:")
        own += [sent.words[c] for c in sent.children[verb.index] if c < w.index and sent.words[c].rel == "det"]
        if any(x.deprel in ("det", "nmod:poss") for x in own):
            return w.index
    return -1


def _listener_read_into_time(sent: Sentence, in_lex: InLexicon) -> int:
    """ "Roe told the Herald last month that ..." with "month" the object of "told" and "Herald" an
    adjective on it: a capitalised word (not the sentence's first) that modifies a time noun
    (``time_nouns``) the verb took as its object is the object, and the time says when. Its
    index, or -1."""
    for w in sent.words:
        if w.index == 0 or w.rel not in ("amod", "compound") or not w.text[:1].isupper() or w.head <= w.index:
            continue
        time = sent.words[w.head]
        if time.rel != "obj" or time.head < 0 or not time.text.islower() or not in_lex("time_nouns", time.lemma):
            continue
        if not in_lex("speech_verbs", sent.words[time.head].lemma.lower()):
            continue  # ("spent the Christmas week at home": a time is what was spent)
        if all(sent.words[j].upos in ("ADJ", "DET") for j in range(w.index + 1, time.index)):
            return w.index  # ("the Herald last month": only "last" between the name and the time)
    return -1


def _root_participle_as_past(sent: Sentence) -> Sentence:
    """``sent`` with a root verb tagged a past participle and no auxiliary tagged the past tense:
    "..., PTPA executive director Clara Hoffmann – who ... – described the plan as ..." had no
    finite verb, so nothing read its subject. A sentence's main verb with no auxiliary is finite."""
    for w in sent.words:
        if w.head >= 0 or w.upos != "VERB" or "VerbForm=Part" not in w.feats or "Tense=Past" not in w.feats:
            continue
        if not any(sent.words[c].rel in ("aux", "aux:pass", "cop") for c in sent.children[w.index]):
            return retagged(sent, w.index, "VERB", feats="Mood=Ind|Tense=Past|VerbForm=Fin")
    return sent


def _accounts_for_read_as_noun(sent: Sentence) -> Sentence:
    """``sent`` with "accounts for" put back as the verb: "Hydropower accounts for roughly a third
    of Bhutan's export earnings, according to the Royal Monetary Authority" as a noun phrase
    "Hydropower accounts" heading the sentence, so only "for roughly a third ..." was the
    authority's. A root "accounts" with the noun before it as its compound and a "for" phrase
    after it is the verb, that noun its subject."""
    for w in sent.words[1:]:
        if w.head >= 0 or w.text.lower() != "accounts" or w.upos != "NOUN":
            continue
        subject = sent.words[w.index - 1]
        target = [c for c in sent.children[w.index] if c > w.index and sent.words[c].rel == "nmod"]
        by_for = [c for c in target if any(sent.words[k].lemma.lower() == "for" for k in sent.children[c])]
        if subject.head != w.index or subject.rel != "compound" or not by_for:
            continue
        moves = {subject.index: (w.index, "nsubj"), by_for[0]: (w.index, "obl")}
        feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
        return retagged(moved(sent, moves), w.index, "VERB", feats=feats, lemma="account")
    return sent
