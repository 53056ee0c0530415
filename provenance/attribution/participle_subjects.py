"""A speech verb's subject read as the subject of its own reduced relative clause.

'"...," said an official involved in the talks' and '"...," one official involved in the
planning said' come out of the compact parser as ``ccomp(said, involved)`` with
``nsubj(involved, official)``: the speaker made the subject of a passive participle, the verb
left without one, and the participle's phrase taken for what was said. A finite speech verb has
a subject; a bare past participle with no auxiliary ("involved", "briefed", "familiar" is an
adjective and parsed right) right after a noun is that noun's modifier. So where a finite speech
verb has no subject and a complement that is such a participle, whose subject stands right
after the verb (inverted), right after the quotation before it or at the sentence's start, the
noun is the verb's subject and the participle its ``acl`` (each reproduced with the shipped parser).

The participle may be read as the sentence's verb instead: "A person briefed on the airline's
internal review, who was not authorized to speak publicly, said the update had been pushed ..."
comes out with "briefed" the root, "person" its subject and "said" its subjectless
``parataxis``. A person noun right before a past participle that is the root, and a finite
speech verb after a comma with no subject of its own hung on it, make the same reading
(``speech_read_under_participle``); so does a document before such a participle, and a speech
verb right after the participle's phrase whose last noun the parse took for its subject ("An
internal report presented to TDSB trustees in June found that ...", session 50)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject
from .spans import CLOSING_QUOTES
from .tree_edits import Moves

_CLAUSAL = ("ccomp", "xcomp", "advcl", "conj", "parataxis")
_OWN_CLAUSE = ("aux", "aux:pass", "cop", "mark", "expl")
_PLACING = frozenset({"familiar", "close", "knowledgeable"})
# what closes a quotation or sets off the phrase before the speaker
_BEFORE_SPEAKER = CLOSING_QUOTES | {",", "—", "–"}
_NOMINAL = ("NOUN", "PROPN")
_SPEAKER_PHRASE = ("nsubj", "nsubj:pass", "det", "nummod", "amod", "compound", "nmod:poss")
_MODIFIER_REL = {"DET": "det", "NUM": "nummod", "ADJ": "amod", "NOUN": "compound", "PROPN": "compound"}


def speaker_read_into_participle(
    sent: Sentence, is_speech: Callable[[Word, Sentence], bool], is_person: Callable[[str], bool]
) -> tuple[int, Moves]:
    """The speaker noun (to be tagged a noun if the tagger made it an adjective: "one official")
    and the moves that make it the subject of the speech verb; or (-1, {})."""
    for cue in sent.words:
        if cue.upos != "VERB" or "VerbForm=Fin" not in cue.feats or not is_speech(cue, sent):
            continue
        if any(sent.words[c].rel.startswith("nsubj") for c in sent.children[cue.index]):
            continue
        for p in sent.children[cue.index]:
            moves = _moves(sent, cue, sent.words[p], is_person)
            if moves:
                return next(i for i, (h, rel) in moves.items() if h == cue.index and rel == "nsubj"), moves
    return -1, {}


def _moves(sent: Sentence, cue: Word, part: Word, is_person: Callable[[str], bool]) -> Moves:
    # a passive past participle, not a finite verb the tagger gave participle features
    if part.rel not in _CLAUSAL or not all(f in part.feats for f in ("VerbForm=Part", "Voice=Pass", "Tense=Past")):
        return {}
    if "Mood=" in part.feats:
        return {}
    kids = sent.children[part.index]
    if any(sent.words[c].rel in _OWN_CLAUSE for c in kids):
        return {}
    # the words before the participle that hang on it: the speaker's phrase, read as its
    # subject and modifiers ("an official involved": ``det`` and ``amod`` of "involved")
    left = [c for c in kids if c < part.index and sent.words[c].rel != "punct"]
    if not left or any(sent.words[c].rel not in _SPEAKER_PHRASE for c in left):
        return {}
    phrase = sorted(i for c in left for i in sent.subtree(c))
    first = phrase[0]
    if phrase != list(range(first, part.index)):
        return {}
    # (or the sentence's first words: "A prefectural official involved in disaster planning, who
    # ..., acknowledged that ...")
    if first > 0 and sent.words[first - 1].text not in _BEFORE_SPEAKER | {cue.text}:
        return {}
    inverted = first == cue.index + 1 and _said_before(sent, cue)
    preposed = part.index < cue.index and _reaches_cue(sent, part, cue)
    if not (inverted or preposed):
        return {}
    head = sent.words[part.index - 1]
    if head.upos not in _NOMINAL and not (head.upos == "ADJ" and is_person(head.lemma.lower())):
        return {}
    moves: Moves = {head.index: (cue.index, "nsubj"), part.index: (head.index, "acl")}
    moves.update({c: (cue.index, "punct") for c in kids if c < part.index and c not in left})
    for c in left:
        if c != head.index:
            w = sent.words[c]
            rel = w.deprel if w.upos not in _MODIFIER_REL else _MODIFIER_REL[w.upos]
            moves[c] = (head.index, rel)
    return moves


def _reaches_cue(sent: Sentence, part: Word, cue: Word) -> bool:
    """The participle's phrase runs up to the cue, but for a clause set off before the cue that
    the parse hung on it ("..., who spoke on condition of anonymity because he was not authorized
    to discuss the matter publicly, acknowledged" with the "because" clause on the cue)."""
    hung = {
        k
        for c in sent.children[cue.index]
        if c < cue.index and sent.words[c].rel in ("advcl", "punct")
        for k in sent.subtree(c)
    }
    return all(k in hung for k in range(max(sent.subtree(part.index)) + 1, cue.index))


def _said_before(sent: Sentence, cue: Word) -> bool:
    """What was said comes before the inverted cue: a quotation closing right before it (or
    before the comma before it), or a clause of the cue's ("The talks will resume, said ...")."""
    one = sent.words[cue.index - 1].text if cue.index > 0 else ""
    two = sent.words[cue.index - 2].text if cue.index > 1 else ""
    if one in CLOSING_QUOTES or (one == "," and two in CLOSING_QUOTES):
        return True
    return any(c < cue.index and sent.words[c].rel in ("ccomp", "parataxis") for c in sent.children[cue.index])


def speech_read_under_participle(
    sent: Sentence,
    is_speech: Callable[[Word, Sentence], bool],
    is_person: Callable[[str], bool],
    in_lex: Callable[[str, str], bool],
) -> Moves:
    """The moves that make the speech verb the root and the person noun (or the document, with a
    finding verb: "found") its subject, the participle the noun's ``acl`` (module doc); or {}."""
    root = next((w for w in sent.words if w.head < 0), None)
    # (or the adjective that places unnamed sources: "Two people familiar with the mayor's
    # thinking, who asked not to be named ..., said")
    placing = root is not None and root.upos == "ADJ" and root.lemma.lower() in _PLACING
    if root is None or not (root.upos == "VERB" and "Tense=Past" in root.feats or placing) or root.index < 1:
        return {}
    noun = sent.words[root.index - 1]
    document = in_lex("document_nouns", noun.lemma.lower())
    if noun.head != root.index or noun.rel != "nsubj" or not (is_person(noun.lemma.lower()) or document):
        return {}
    for c in sent.children[root.index]:
        cue = sent.words[c]
        finding = document and in_lex("finding_verbs", cue.lemma.lower())
        if c < root.index or cue.rel not in _CLAUSAL or "VerbForm=Fin" not in cue.feats:
            continue
        if not (is_speech(cue, sent) or finding):
            continue
        subjects = [k for k in sent.children[c] if sent.words[k].rel.startswith("nsubj")]
        # (or no comma, the participle's own phrase read as the verb's subject: "An internal report
        # presented to TDSB trustees in June found that ..." with "June" the subject of "found"; a
        # noun with just its preposition is no subject, not "... at the Sherbrook Street Stella's
        # location said" of a second report)
        cased = (
            len(subjects) == 1
            and subjects[0] == c - 1
            and [sent.words[k].rel for k in sent.subtree(subjects[0]) if k != subjects[0]] == ["case"]
        )
        # (or no comma and no subject, the participle's phrase right before the verb: "A transport
        # assessment prepared for the authority found that ...")
        phrase = not subjects and any(c - 1 in sent.subtree(k) for k in sent.children[root.index] if noun.index < k < c)
        phrase = phrase and root.text.islower()  # (not a title-case headline: "First Poll Released Since ... Reveals")
        # (a participle takes no object: "The poll showed a majority of voters say ..." is the poll's verb)
        passive = not any(sent.words[k].rel == "obj" for k in sent.children[root.index])
        # (or a time read as the verb's subject: "A survey carried out for the harbour authority last
        # year found that ...")
        timed = len(subjects) == 1 and subjects[0] == c - 1 and in_lex("time_nouns", sent.words[c - 1].lemma.lower())
        if not cased and not (passive and (phrase or timed)) and (sent.words[c - 1].text != "," or subjects):
            continue
        moves: Moves = {c: (-1, "root"), root.index: (noun.index, "acl"), noun.index: (c, "nsubj")}
        if cased or timed:
            moves[subjects[0]] = (root.index, "obl" if cased else "obl:tmod")
        moves.update({k: (c, sent.words[k].deprel) for k in sent.children[root.index] if k > c})
        return moves
    return {}


def opener_object_read_as_subject(sent: Sentence, is_speech: Callable[[Word, Sentence], bool]) -> Moves:
    """ "Giving evidence on the second day of hearings, the club's former head of safety, Gareth
    Pendlebury, said" with "evidence" the subject of "said" and "head" its conjunct: the object
    of a participle that opens the sentence is the participle's, and the noun phrase after the
    comma, the parse's conjunct, is the speech verb's subject."""
    opener = sent.words[0] if sent.words else None
    if opener is None or opener.upos != "VERB" or "VerbForm=Ger" not in opener.feats and "Part" not in opener.feats:
        return {}
    for noun in sent.words[1:4]:
        verb = sent.words[noun.head] if noun.head >= 0 else None
        if noun.rel != "nsubj" or verb is None or not is_speech(verb, sent) or verb.index < noun.index:
            continue
        comma = next((w.index for w in sent.words[noun.index :] if w.text == ","), -1)
        # (the conjunct may hang deeper in the opener's phrase: "Giving evidence from behind a
        # screen at Bolton Coroner's Court, the firearms officer, ..., said" with it on "Court")
        inside = {*sent.subtree(noun.index), *sent.subtree(opener.index)}
        conj = [
            c for c in sorted(inside) if sent.words[c].rel == "conj" and comma < c < verb.index and _set_off(sent, c)
        ]
        if comma > 0 and conj and not any(sent.words[c].rel == "cc" for c in sent.children[conj[0]]):
            return {noun.index: (opener.index, "obj"), conj[0]: (verb.index, "nsubj")}
    # (or the opener kept its object and the name is that object's conjunct, the speech verb left
    # with no subject: "Opposing the plea, Additional Solicitor General Vikram Sethi, appearing for
    # the NIA, argued that ...")
    verb = sent.words[opener.head] if opener.head >= 0 else None
    if verb is None or opener.rel != "advcl" or not is_speech(verb, sent):
        return {}
    if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb.index]):
        return {}
    for obj in (c for c in sent.children[opener.index] if sent.words[c].rel == "obj"):
        for c in sent.children[obj]:
            w = sent.words[c]
            cc = any(sent.words[k].rel == "cc" for k in sent.children[c])
            if w.rel == "conj" and w.upos in ("PROPN", "NOUN") and c < verb.index and _set_off(sent, c) and not cc:
                return {c: (verb.index, "nsubj")}
    return {}


def _set_off(sent: Sentence, c: int) -> bool:
    """The phrase of ``c`` opens right after a comma (its own or the one before it)."""
    first = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT")
    return first > 0 and sent.words[first - 1].text == ","


def placed_source_read_as_clause(sent: Sentence, verb: Word) -> Moves:
    """ "A source close to the squad, speaking on condition of anonymity because ..., told
    RugbyPass that ..." with "close" a clause of the cue (its subject "source") and the participle
    hung on "close": the cue had no subject. A noun right before "close", "familiar" or
    "knowledgeable" that the parse made that word's subject is the cue's subject, the word its
    modifier, and a participle the word carried the cue's (tests/test_fresh_copy_speakers.py)."""
    if has_subject(sent, verb.index):
        return {}
    for a in (c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel in ("advcl", "ccomp")):
        adj = sent.words[a]
        if adj.upos != "ADJ" or adj.lemma.lower() not in _PLACING:
            continue
        kids = sent.children[a]
        nouns = [k for k in kids if sent.words[k].rel == "nsubj" and k == a - 1 and sent.words[k].upos == "NOUN"]
        if not nouns or any(sent.words[k].rel in _OWN_CLAUSE for k in kids):
            continue
        moves: Moves = {nouns[0]: (verb.index, "nsubj"), a: (nouns[0], "amod")}
        return moves | {k: (verb.index, "advcl") for k in kids if sent.words[k].rel == "advcl" and k > a}
    return {}
