"""A document's speech verb the tagger read as a plural noun: "states", "claims", "alleges".

"An FBI affidavit filed in the case states that agents recorded more than 40 phone calls": the
tagger reads "states" as the plural of "state", the parse makes "filed" the root and "agents
recorded ..." a relative clause of "states", and the document's report is lost. The shape is
told apart from the noun ("in the states that voted", "early voting states that") by what comes
before: a document (``document_nouns``) as the subject, either right before the word ("The filing
states that ...") or as the subject of the participle the parse made the root ("A Government
Order issued late on Wednesday states that ..."); and by what follows: "that" and a clause that
opens with its subject. A repair of ``repairs.repair_sentence``, after ``cue_read_as_noun``.

And the document read as a verb before its own verb: "Meridian's latest quarterly filing with the
Securities and Exchange Commission states that ..." with "filing" an adverbial clause of "states",
which is left with no subject (``document_read_as_clause``, one of ``retags``' noun repairs).

And the owner of a document read as a verb after "according to" (session 50): "according to
district figures", "according to ministry data" with "district" a verb, "according to" its marks
and the document its object, so the figures have no owner (``owner_read_as_verb_after_according``,
one of ``retags``' noun repairs).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .tree_edits import Moves
from .uncovered_clauses import NOUN_PHRASE, InLexicon


def document_verb_read_as_noun(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """The verb's index (to retag as a verb) and the moves that make it the root with the
    document its subject and the clause its complement, or (-1, {})."""
    words = sent.words
    for w in words[1:-2]:
        that, nxt = words[w.index + 1], words[w.index + 2]
        if w.upos != "NOUN" or not w.text.lower().endswith("s") or not in_lex("speech_verbs", w.lemma.lower()):
            continue
        if that.text.lower() != "that" or nxt.upos not in NOUN_PHRASE:
            continue
        # (the clause "that" opens, however the parse hung it: a relative of the noun, or a
        # conjunct of the root when a relative clause sits inside its subject)
        clause = that.head
        if clause <= that.index or words[clause].upos not in ("VERB", "AUX"):
            continue
        moves = _document_subject(sent, w, in_lex)
        if not moves:
            continue
        moves.update({w.index: (-1, "root"), clause: (w.index, "ccomp"), that.index: (clause, "mark")})
        return w.index, moves
    return -1, {}


def _document_subject(sent: Sentence, w: Word, in_lex: InLexicon) -> Moves:
    """Moves that make the document before ``w`` its subject, or {} when there is none."""
    words = sent.words
    before = words[w.index - 1]
    # (the noun the root, or the subject of the very clause "that" opens: "The latest quarterly
    # filing states that the company ..." with "states" the subject of "pursue")
    opened = w.index + 1 < len(words) and w.head == words[w.index + 1].head
    if (w.head < 0 or opened) and _document(before, in_lex):
        # ("The filing states": the article goes with the document)
        moves: Moves = {before.index: (w.index, "nsubj")}
        moves.update({c: (before.index, words[c].deprel) for c in sent.children[w.index] if c < before.index})
        return moves
    root = words[w.head] if w.head >= 0 else None
    if root is None or root.head >= 0 or root.upos != "VERB" or root.index > w.index:
        return {}
    # (a participle by its form or by having nothing of a main verb's: no object or clause;
    # "The report found problems in 12 states that officials ignored" is no such shape)
    main = [c for c in sent.children[root.index] if words[c].rel in ("obj", "ccomp", "xcomp")]
    if "Tense=Past" not in root.feats or any(words[c].upos in ("NOUN", "PROPN", "PRON", "VERB") for c in main):
        return {}
    subject = next((c for c in sent.children[root.index] if words[c].rel == "nsubj" and c < root.index), -1)
    if subject < 0 or not _document(words[subject], in_lex):
        return {}
    # ("... issued late on Wednesday states": the participle describes the document, and the
    # noun the parse joined to "states" is what the participle's phrase ends in)
    own = [c for c in sent.children[w.index] if c < w.index]
    nouns = [c for c in own if words[c].upos in ("NOUN", "PROPN")]
    if not nouns:
        return {}
    last = nouns[-1]
    moves = {root.index: (subject, "acl"), subject: (w.index, "nsubj"), last: (root.index, "obl")}
    moves.update({c: (last, words[c].deprel) for c in own if c != last})
    moves.update({c: (w.index, words[c].deprel) for c in sent.children[root.index] if c > w.index})
    return moves


def _document(word: Word, in_lex: InLexicon) -> bool:
    return word.upos in ("NOUN", "PROPN", "VERB") and (
        in_lex("document_nouns", word.lemma.lower()) or in_lex("document_nouns", word.text.lower())
    )


def document_read_as_clause(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """The document's index (to retag as a noun) and the moves that make it the subject of the
    speech or finding verb it was hung on, its prepositional phrase its own, or (-1, {})."""
    for w in sent.words:
        if w.upos != "VERB" or w.rel != "advcl" or not in_lex("document_nouns", w.text.lower()):
            continue
        verb = sent.words[w.head]
        cue = in_lex("speech_verbs", verb.lemma.lower()) or in_lex("finding_verbs", verb.lemma.lower())
        if (
            verb.index < w.index
            or not cue
            or any(sent.words[c].rel.startswith("nsubj") for c in sent.children[verb.index])
        ):
            continue
        after = [c for c in sent.children[w.index] if c > w.index]
        if any(sent.words[c].rel not in ("obl", "nmod", "punct") for c in after):
            continue  # (a clause of its own: "filing for bankruptcy, the company said")
        if not any(sent.words[c].rel in ("det", "nmod:poss", "amod") for c in sent.children[w.index] if c < w.index):
            continue  # (a noun's own words before it: "The", "Meridian's", "latest")
        return w.index, {
            w.index: (verb.index, "nsubj"),
            **{c: (w.index, "nmod") for c in after if sent.words[c].rel == "obl"},
        }
    return -1, {}


def owner_read_as_verb_after_according(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """ "according to district figures" with ``advcl(grown, district)`` + ``obj(district,
        figures)``: "according to" takes a noun phrase, never a clause, so a verb right after it with a
        document right after that is the document's modifier, and the document the phrase's head, when
    the word names a kind of body (``organization_words``).
        The index of the word (to retag as a noun) and the moves, or (-1, {})."""
    words = sent.words
    for w in words[2:-1]:
        according, to, document = words[w.index - 2], words[w.index - 1], words[w.index + 1]
        if w.upos != "VERB" or according.text.lower() != "according" or to.text.lower() != "to":
            continue
        if document.head != w.index or document.rel != "obj" or not _document(document, in_lex):
            continue
        if not in_lex("organization_words", w.text.lower()):
            continue  # (a body's noun only: "according to press reports" stays nobody's in particular)
        moves: Moves = {
            document.index: (w.head, "obl" if w.head >= 0 else "root"),
            w.index: (document.index, "compound"),
        }
        moves.update({c: (document.index, sent.words[c].rel) for c in sent.children[w.index] if c < w.index})
        moves.update({according.index: (document.index, "case"), to.index: (document.index, "case")})
        return w.index, moves
    return -1, {}


def document_closes(sent: Sentence, w: Word, is_carrier: Callable[[str], bool]) -> bool:
    """ "..., a 2023 report by the audit office found." with the report hung inside the clause
    before: a document set off by a comma right before the finding verb, however the parse hung
    it (or its maker, "by ...", taken for the verb's subject)."""
    makers = [c for c in sent.children[w.index] if sent.words[c].rel == "nsubj" and c < w.index]
    by = [c for m in makers for c in sent.children[m] if sent.words[c].lemma.lower() == "by" and c < m]
    end = min(sent.subtree(makers[0])) - 1 if by else w.index - 1
    for k in range(end, 0, -1):
        x = sent.words[k]
        inside = [j for j in sent.subtree(k) if j <= end and sent.words[j].upos != "PUNCT"]
        if x.upos == "NOUN" and is_carrier(x.lemma.lower()) and max(inside) == end:
            return sent.words[min(inside) - 1].text == ","
        if x.text in (",", ";") or x.upos == "VERB":
            return False
    return False


def document_under_participle(sent: Sentence, w: Word, is_carrier: Callable[[str], bool]) -> bool:
    """ "A Human Rights Watch report published in November found that ..." with "published" a
    clause of "found" and the report its subject: a document right before its own participle,
    which runs up to the finding verb, is the verb's subject (torn_subjects.
    reduced_relative_read_as_fronted_report puts it back once the verb counts as a cue)."""
    for c in sent.children[w.index]:
        x = sent.words[c]
        # (up to the verb; the sentence's stop the parse may hang on it)
        words = [k for k in sent.subtree(c) if k < w.index or sent.words[k].upos != "PUNCT"]
        if x.rel != "ccomp" or c > w.index or max(words) != w.index - 1 or "Tense=Past" not in x.feats:
            continue
        n = sent.words[c - 1]
        if n.head == c and n.rel == "nsubj" and n.upos == "NOUN" and is_carrier(n.lemma.lower()):
            return True
    return False


def document_misread(sent: Sentence, w: Word, is_carrier: Callable[[str], bool]) -> bool:
    """A document the parse did not make the finding verb's subject (``document_closes``,
    ``document_under_participle``): the verb reports all the same."""
    return document_closes(sent, w, is_carrier) or document_under_participle(sent, w, is_carrier)


def finding_lemma(text: str, in_lex: InLexicon) -> str | None:
    """The finding verb (``finding_verbs``) a word is a present form of ("show", "shows"), or None."""
    form = text.lower()
    for lemma in (form, form[:-1] if form.endswith("s") else ""):
        if lemma and in_lex("finding_verbs", lemma):
            return lemma
    return None


def finding_verb_read_as_compound(sent: Sentence, in_lex: InLexicon) -> tuple[int, Moves]:
    """ "Official data show unemployment fell to 4 percent", "Data from the ministry show exports fell
    12 percent": the tagger reads "show" (a finding verb, ``finding_verbs``) as a noun compounded onto the noun after it ("show
    exports"), which becomes the subject of the sentence's verb, and the document the finding's
    subject is a modifier of it. A document (``document_nouns``) before a finding verb's form
    tagged a noun, in the subject of the root verb after it: the form is the root, the document its
    subject (with its own phrase, "from the ministry"), and the root's clause what it shows, with
    the noun after the form its subject. Returns the verb's index (to retag) and the moves."""
    words = sent.words
    root = next((w for w in words if w.head < 0), None)
    for w in words[1:-1]:
        noun = words[w.index + 1]
        if w.upos != "NOUN" or finding_lemma(w.text, in_lex) is None or w.head != noun.index:
            continue
        if root is None or root.upos != "VERB" or root.index <= noun.index or noun.upos not in ("NOUN", "PROPN"):
            continue
        # (the root's subject is the noun after the form, "data show unemployment fell", or the
        # document with that noun in its phrase, "Data from the ministry show exports fell")
        subj = next((c for c in sent.children[root.index] if words[c].rel == "nsubj"), -1)
        if subj < 0 or noun.index not in sent.subtree(subj):
            continue
        subject = [k for k in sent.subtree(subj) if k < w.index]
        docs = [k for k in subject if words[k].upos == "NOUN" and in_lex("document_nouns", words[k].lemma.lower())]
        if not docs:
            continue
        doc = docs[0]
        moves: Moves = {w.index: (-1, "root"), doc: (w.index, "nsubj"), root.index: (w.index, "ccomp")}
        moves[noun.index] = (root.index, "nsubj")
        # (the document's own phrase after it, "from the ministry", and its modifiers before it)
        after = [k for k in subject if doc < k < w.index and words[k].upos in ("NOUN", "PROPN")]
        for k in subject:
            if k == doc or words[k].upos == "PUNCT":
                continue
            if k < doc:
                moves[k] = (doc, words[k].deprel)
            elif after and k == after[-1]:
                moves[k] = (doc, "nmod")
            elif after:
                moves[k] = (after[-1], words[k].deprel)
        return w.index, moves
    return -1, {}
