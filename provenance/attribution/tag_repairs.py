"""A speech verb the tagger called a noun or an adjective, put back as the verb it is.

"Nearly nine out of 10 say they will need new skills" comes out with "say" a noun inside the subject's phrase
("10 say") and "need" left with two subjects; no pattern can see a cue that is not a verb. ", argued Palvetzian."
at the end of a sentence comes out with "argued" an adjective on the name. Reproduced with the shipped parser;
tests/test_subject_repairs.py and tests/test_clause_repairs.py."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .spans import CLOSING_QUOTES, is_work_noun, past_opening_mark
from .tree_edits import is_tree, moved, retagged

Moves = dict[int, tuple[int, str]]


def do_read_as_auxiliary(sent: Sentence) -> Sentence:
    """``sent`` with "do" put back as the main verb where the tagger made it an auxiliary of a
    word that is no verb: "saying it did too little to rein in a deficit" as ``aux(little, did)``
    + ``expl(little, it)``, so nothing was reported. An auxiliary "do" needs a verb; on an
    adjective or noun with no copula it is the verb itself, that word its object and the subject
    its own."""
    for w in sent.words:
        h = sent.words[w.head] if w.head >= 0 else None
        if w.upos != "AUX" or w.lemma != "do" or w.deprel != "aux" or h is None or h.upos not in ("ADJ", "NOUN"):
            continue
        if any(sent.words[c].rel in ("cop", "nsubj:pass") for c in sent.children[h.index]):
            continue
        moves = {w.index: (h.head, h.deprel), h.index: (w.index, "obj")}
        moves.update({c: (w.index, "nsubj") for c in sent.children[h.index] if sent.words[c].rel in ("nsubj", "expl")})
        moves.update(
            {c: (w.index, sent.words[c].deprel) for c in sent.children[h.index] if c < w.index and c not in moves}
        )
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), w.index, "VERB", feats=w.feats)
    return sent


def have_read_as_main_verb(sent: Sentence) -> Sentence:
    """``sent`` with a perfect's "have" put back as the auxiliary where the parse made it the main
    verb and the participle its complement: "She had earlier told BBC Sussex that the group was
    considering a legal challenge" as ``xcomp(had, told)``, so "BBC Sussex" spoke. A "have" with
    no object, only adverbs between it and the past participle it governs, is that participle's
    auxiliary (moved from retags with ``do_read_as_auxiliary``, session 61)."""
    for w in (w for w in sent.words if w.lemma == "have" and w.upos == "VERB"):
        if any(sent.words[k].rel == "obj" for k in sent.children[w.index]):
            continue
        for c in (c for c in sent.children[w.index] if c > w.index and sent.words[c].rel == "xcomp"):
            feats = sent.words[c].feats  # (a past participle: not "the problems Sanders had answering questions")
            if (
                "VerbForm=Part" not in feats
                or "Tense=Past" not in feats
                or any(sent.words[k].upos != "ADV" for k in range(w.index + 1, c))
            ):
                continue
            moves = {c: (w.head, w.deprel), w.index: (c, "aux")}
            moves.update({k: (c, sent.words[k].deprel) for k in sent.children[w.index] if k != c})
            if is_tree(sent, moves):
                return retagged(moved(sent, moves), w.index, "AUX", feats=w.feats)
    return sent


def say_read_as_noun(sent: Sentence) -> tuple[int, Moves]:
    """'Nearly nine out of 10 say they will need new skills' with "say" tagged a noun inside the
    subject's phrase and "need" left with two subjects: "say" is the verb, the first subject
    its subject and the clause what was said. The index of "say" (to retag as a verb) and the
    moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "ADJ"):
        return -1, {}
    subjects = [c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < root.index]
    if len(subjects) != 2:
        return -1, {}
    first, second = subjects
    for i in range(first + 1, second):
        w = sent.words[i]
        if w.upos != "NOUN" or w.text.lower() not in ("say", "says"):
            continue
        if any(
            sent.words[c].deprel in ("det", "nmod:poss", "amod") or possessive_word(sent.words[c])
            for c in sent.children[i]
        ):
            return -1, {}  # "the final say", "their say"
        if max(sent.subtree(first, exclude=[i])) >= i or i + 1 != min(sent.subtree(second)):
            return -1, {}
        return i, {i: (-1, "root"), root.index: (i, "ccomp"), first: (i, "nsubj")}
    return -1, {}


def say_after_reduced_relative(sent: Sentence) -> tuple[int, Moves]:
    """'"Help us help our coach," team members dressed for a game say in unison' with "dressed"
    read as the main verb and "say" as its oblique (or its adverbial clause): after a quotation,
    a noun, a past participle right after it and then a "say" with no subject, the participle
    is a reduced relative clause of the noun, and "say" the verb the noun is the subject of. The
    index of "say" (to retag as a verb) and the moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "VERB" or "Tense=Past" not in root.feats:
        return -1, {}
    noun = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj"), -1)
    if noun != root.index - 1 or sent.words[noun].upos not in ("NOUN", "PROPN"):
        return -1, {}
    start = min(sent.subtree(noun))
    if start < 2 or {sent.words[start - 1].text, sent.words[start - 2].text} - _CLOSING != {","}:
        return -1, {}
    for say in sent.children[root.index]:
        w = sent.words[say]
        if (
            say < noun
            or w.text.lower() not in ("say", "says")
            or any(sent.words[c].rel == "nsubj" for c in sent.children[say])
        ):
            continue
        moves: Moves = {say: (-1, "root"), root.index: (noun, "acl"), noun: (say, "nsubj")}
        # what hangs on the participle before the noun (the quotation) or after "say" is the verb's
        for c in sent.children[root.index]:
            if c not in moves and (c < noun or c > say):
                moves[c] = (say, sent.words[c].deprel)
        # ("dressed for a game say" read as one noun phrase: its words before "say" are the
        # participle's oblique, headed by the noun right before "say")
        left = [c for c in sent.children[say] if c < say]
        if left and say - 1 in left and sent.words[say - 1].upos in ("NOUN", "PROPN"):
            moves[say - 1] = (root.index, "obl")
            moves.update({c: (say - 1, sent.words[c].deprel) for c in left if c != say - 1})
        return say, moves
    return -1, {}


def possessive_word(w: Word) -> bool:
    return w.upos == "PRON" and ("Poss=Yes" in w.feats or w.deprel == "nmod:poss")


_CLOSING = frozenset({".", "!", "?", '"', "”", "’", "'"})


def closing_cue_read_as_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "..., but for society at large, argued Palvetzian." with "argued" tagged an adjective
    modifying the name: after a comma, a speech verb's past form right before a name that closes
    the sentence is the inverted cue, and the name its subject (the parse read "argued
    Palvetzian" like "elected officials"). The index of the verb (to retag) and the moves, or
    (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    for w in sent.words:
        if w.deprel != "amod" or w.head <= w.index or w.index == 0 or sent.words[w.index - 1].text != ",":
            continue
        name = sent.words[w.head]
        if name.upos != "PROPN" or not in_lex("speech_verbs", verb_lemma(w, in_lex)) or root.index > w.index:
            continue
        span = [k for k in sent.subtree(name.index) if sent.words[k].upos != "PUNCT"]
        if min(span) != w.index or any(x.text not in _CLOSING for x in sent.words[max(span) + 1 :]):
            continue
        return w.index, {w.index: (root.index, "parataxis"), name.index: (w.index, "nsubj")}
    return -1, {}


def cue_before_that_read_as_modifier(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "But Williams, who's running to be an alternate, added that he is on a mission ..." with
    "added" a participle modifying the clause's predicate and "Williams" its second subject: a
    speech verb's past form right before the complementiser "that" of the sentence's main clause
    is the main verb, the first subject its subject, and the clause what was said. The index of
    the verb (to retag) and the moves, or (-1, {})."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None:
        return -1, {}
    for w in sent.words:
        nxt = w.index + 1
        if w.head != root.index or w.deprel not in ("acl", "amod") or nxt >= len(sent.words):
            continue
        that = sent.words[nxt]
        if that.lemma.lower() != "that" or that.deprel != "mark" or that.head != root.index:
            continue
        # (the first "subject" may come out as a vocative: "But Jones, who's running ..., added")
        subjects = [c for c in sent.children[root.index] if sent.words[c].rel in ("nsubj", "vocative")]
        if not in_lex("speech_verbs", verb_lemma(w, in_lex)) or len(subjects) != 2 or subjects[0] > w.index:
            continue
        moves: Moves = {w.index: (-1, "root"), root.index: (w.index, "ccomp")}
        for c in sent.children[root.index]:
            if c < w.index and c != that.index:  # (the subject and whatever opens the sentence)
                moves[c] = (w.index, "nsubj" if c == subjects[0] else sent.words[c].deprel)
        return w.index, moves
    return -1, {}


def verb_lemma(w: Word, in_lex: Callable[[str, str], bool]) -> str:
    """The speech verb an "-ed" form a tagger read as an adjective stands for ("argued" ->
    "argue", "added" -> "add"), else the word's own lemma."""
    text = w.text.lower()  # (and an "-ing" form read as a noun: "with many saying ...")
    forms = (
        (w.lemma.lower(), text[:-1], text[:-2]) if text.endswith("ed") else (text[:-3],) if text.endswith("ing") else ()
    )
    return next((f for f in forms if in_lex("speech_verbs", f)), w.lemma.lower())


def plural_noun_read_as_cue(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "... a town hall that states can pass such laws", "said that claims were exaggerated",
    "said in a statement that work on the barriers would begin", "told reporters that talks with
    the union would resume" with the noun tagged a present-tense verb whose subject is "that" (a
    relative clause "that works on the barriers"). The word after its phrase opens a clause with
    no subject of its own (an auxiliary, or a finite verb: "that sales in Asia fell"): a finite
    verb never follows another in a relative clause (nor after a quote mark: 'that residents
    "deserve ..."'), so the "verb" is the noun subject of that clause and "that" opens it. Its
    own phrase may only hold prepositional phrases ("on the barriers"); a verb with an object, a
    complement or an auxiliary is a real relative clause ("a town hall that states the law
    plainly"). The index of the noun (to retag) and the moves, or (-1, {}); "that" too."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i == 0 or "Tense=Pres" not in w.feats or "Person=3" not in w.feats:
            continue
        that = sent.words[i - 1]
        if that.text.lower() != "that" or w.text.lower() in ("says", "is", "has", "does"):
            continue
        end = past_opening_mark(sent, max(sent.subtree(i)) + 1)
        if end >= len(sent.words):
            continue
        first = sent.words[end]
        clause = first.head if first.upos == "AUX" and first.rel in ("aux", "cop", "aux:pass") else end
        if clause < end or sent.words[clause].upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if "VerbForm=Fin" not in first.feats:
            continue  # ("that works to be done": no finite clause follows)
        if any(sent.words[c].rel in ("nsubj", "nsubj:pass", "csubj", "expl") for c in sent.children[clause]):
            continue
        others = [c for c in sent.children[i] if c != that.index and sent.words[c].rel != "punct"]
        if any(sent.words[c].rel != "obl" or c < i for c in others) or (that.head != i and that.head != clause):
            continue
        passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[clause])
        moves: Moves = {i: (clause, "nsubj:pass" if passive else "nsubj"), that.index: (clause, "mark")}
        moves.update({c: (i, "nmod") for c in others})  # ("work on the barriers": the noun's phrase)
        return i, moves
    return -1, {}


def work_noun_read_as_verb(sent: Sentence) -> tuple[int, Moves]:
    """'He told NBC's "Today" show on Wednesday that he ...' with "show" tagged a verb, the
    cue's complement, and the reported clause hung on it: right after a closing quote mark, a
    word naming a kind of work ("show", "podcast") is the noun the quoted title names. It joins
    the cue as a phrase (``obl``), the title becomes its compound, and its clause goes back to
    the cue. The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i == 0 or w.head < 0 or w.rel not in ("ccomp", "conj", "parataxis"):
            continue
        # (not after a straight mark glued to the word, which opens it: 'needed to "show results"')
        if sent.words[i - 1].text not in CLOSING_QUOTES or not is_work_noun(w.text) or sent.words[i - 1].end == w.start:
            continue
        moves: Moves = {i: (w.head, "obl")}
        for c in sent.children[i]:
            k = sent.words[c]
            if k.rel in ("nsubj", "nsubj:pass") and c < i:
                moves[c] = (i, "compound")
            elif k.rel == "ccomp" and c > i:
                moves[c] = (w.head, "ccomp")
        return i, moves
    return -1, {}


def gerund_noun_read_as_verb(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Her lawyers said in a court filing that the deal was void" with "filing" tagged a gerund,
    an adverbial clause of "said" holding the reported clause, and "court" the phrase's noun: an
    "-ing" word right after a noun that has its own preposition and determiner, with no subject
    or object of its own, is the head of that noun phrase ("a court filing", "a Facebook
    posting"). It takes the phrase's place and words; its clause stays on it for the complement
    repairs (a "that" clause under the cue's circumstance goes back to the cue). Not a speech
    verb: "a statement saying ..." is a participle. The index of the noun (to retag) and the
    moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or "VerbForm=Ger" not in w.feats or i == 0 or w.head < 0:
            continue
        if in_lex("speech_verbs", w.lemma.lower()):
            continue
        noun = sent.words[i - 1]
        kids = [sent.words[c] for c in sent.children[noun.index]]
        if noun.upos != "NOUN" or noun.head != w.head or not any(k.rel == "case" for k in kids):
            continue
        if not any(k.rel == "det" for k in kids) or w.rel not in ("advcl", "xcomp", "acl", "conj"):
            continue
        if any(sent.words[c].rel in ("nsubj", "obj") for c in sent.children[i]):
            continue
        moves: Moves = {i: (noun.head, noun.deprel), noun.index: (i, "compound")}
        for k in kids:
            if k.rel in ("case", "det", "amod") and k.index < noun.index:
                moves[k.index] = (i, k.deprel)
        return i, moves
    return -1, {}


def closing_lemma(sent: Sentence, i: int, in_lex: Callable[[str, str], bool]) -> str:
    """The verb a present-tense form read as a noun stands for, when the noun before it can be
    its subject: a finding verb or a document's own ("states") after a document ("analysis shows"), a speech verb
    after people ("researchers report" -> "report"); else ""."""
    text, before = sent.words[i].text.lower(), sent.words[i - 1]
    document = in_lex("document_nouns", before.text.lower())
    people = in_lex("person_roles", before.lemma.lower()) or in_lex("generic_classes", before.text.lower())
    for form in (text, text[:-1] if text.endswith("s") else ""):
        finding = in_lex("finding_verbs", form) or form in ("state", "say", "note", "allege", "claim", "warn")
        if form and ((document and finding) or (people and in_lex("speech_verbs", form))):
            return form
    return ""


def closing_verb_read_as_noun(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "..., a new analysis shows." / "..., the center's data show." / "..., researchers report." with the
    verb tagged a noun and its subject the noun's compound: a present-tense finding verb after a document noun,
    or speech verb after a noun for people, closing the sentence after a comma (or with only its own phrase after
    it), is the closing cue, and the noun before it its subject (the parse read "analysis shows" like "road
    shows"). The index of the verb (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "NOUN" or w.head < 0 or w.head > i or i == 0 or not closing_lemma(sent, i, in_lex):
            continue
        doc = sent.words[i - 1]
        if doc.head != i or doc.rel != "compound":
            continue
        # (or with its own phrase after it, not "of": "..., the researchers report in a paper ...")
        rest = [x for x in sent.words[i + 1 :] if x.text not in _CLOSING]
        if rest and (rest[0].upos != "ADP" or rest[0].lemma == "of" or {x.index for x in rest} - set(sent.subtree(i))):
            continue
        phrase = [c for c in sent.children[i] if c < i - 1 and sent.words[c].upos != "PUNCT"]
        start = min([*(min(sent.subtree(c)) for c in phrase), i - 1])
        if start == 0 or sent.words[start - 1].text not in (",", "—", "–", "--"):
            continue
        # (a closing cue reports the whole sentence before it: it hangs on the root, whatever
        # phrase the parse hung the "noun" on - "..., 92 of whom came from the industry, the
        # center's data show" had it as a conjunct of "industry")
        root = next(x.index for x in sent.words if x.head < 0)
        moves: Moves = {i: (root, "parataxis"), doc.index: (i, "nsubj")}
        moves.update({c: (doc.index, sent.words[c].deprel) for c in phrase})
        return i, moves
    return -1, {}


def document_noun_read_as_verb(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "..., Federal Election Commission records show." with "records" tagged a verb, the name
    its subject, and "show" a second verb beside it: English puts no finite verb right after
    another without a coordinator, so a document noun read as a verb right before a finding verb
    that has no subject of its own is that verb's subject, and the name before it its compound.
    The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in sent.words:
        i = w.index
        if w.upos != "VERB" or i + 1 >= len(sent.words) or not in_lex("document_nouns", w.text.lower()):
            continue
        verb = sent.words[i + 1]
        if verb.upos != "VERB" or not in_lex("finding_verbs", verb.lemma.lower()) or "VerbForm=Fin" not in verb.feats:
            continue
        if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb.index]):
            continue
        if any(sent.words[c].rel in ("obj", "ccomp", "xcomp") or c > i for c in sent.children[i]):
            continue
        moves: Moves = {i: (verb.index, "nsubj")}
        if w.head != verb.index:
            moves[verb.index] = (w.head, w.rel) if w.head >= 0 and verb.head == i else (verb.head, verb.rel)
        for c in sent.children[i]:
            if sent.words[c].rel in ("nsubj", "obl", "obj") and c < i:
                moves[c] = (i, "compound")  # ("Commission" of "Commission records")
        return i, moves
    return -1, {}
