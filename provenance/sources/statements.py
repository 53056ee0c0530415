"""Whose statement, report or letter it is: the owner written in its phrase, or in the phrase
that introduced it earlier.

"The campaign's statement said", "her statement", "The Justice Department letters", "a post
from Arianna Huffington": the owner written in the phrase speaks (a name, a possessive, an
institution's noun). A definite one with no owner of its own ("the statement said", "read the
statement") is the statement the article introduced before with its owner ("Manafort and Miller
worked to craft the campaign's initial statement ... ¶ '...,' read the statement"): the latest
earlier mention of the same noun, if that one names an owner. Used by entities.EntityTable.entity_for.
"""

from __future__ import annotations

from typing import Protocol

from provenance.attribution.noun_clauses import case_lemma
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import Vocabulary

from .descriptions import affiliated
from .mentions import Mention
from .model import statement_noun
from .name_context import possessive

_DEFINITE = frozenset({"the", "that", "this"})
# Nouns for the same document ("an AP-GfK poll ... according to the survey")
# (a court case's papers are one document however the article calls them: "Pruitt filed the
# complaint Tuesday. The suit alleges ...", "A lawsuit filed by Corey Simms ... The complaint alleges")
_SAME_KIND = {"survey": "poll", "polling": "poll", "lawsuit": "suit", "complaint": "suit"}
# An inquiry that spoke is the report said of later ("An investigation by Cal Fire ... concluded ...
# The report said"; not "led to an FBI investigation ... the new report"): ``earlier_owner``
_INQUIRIES = frozenset({"investigation", "inquiry", "probe", "review", "audit", "study", "evaluation"})


class _Table(Protocol):
    vocab: Vocabulary
    sentences: list[Sentence]


def phrase_owner(table: _Table, sent: Sentence, head: int) -> WordRef | None:
    """The owner written in the phrase of the statement noun ``head``, or None."""
    vocab = table.vocab
    # (by the form too: "numbers" is a document, the lemma "number" is not: "a number of aides")
    if not (
        statement_noun(vocab, sent.words[head].lemma.lower()) or statement_noun(vocab, sent.words[head].text.lower())
    ):
        return None
    if person_word(vocab, sent, head):
        return None  # ("two senior party figures": people, whose is no statement)
    owners = [
        c
        for c in sent.children[head]
        if c < head
        and (sent.words[c].deprel in ("compound", "nmod:poss") or possessive(sent.words[c]))
        and not vocab.in_lexicon("time_nouns", sent.words[c].lemma.lower())  # "Friday release"
        and (
            sent.words[c].upos == "PROPN"
            or (sent.words[c].upos == "PRON" and (sent.words[c].deprel == "nmod:poss" or possessive(sent.words[c])))
            or vocab.in_lexicon("organization_words", sent.words[c].lemma.lower())
        )
    ]
    # a name before a possessive pronoun ("its FEC reports": the FEC's)
    owners.sort(key=lambda c: (sent.words[c].upos != "PROPN", -c))
    issuers = _issued_by(vocab, sent, head)
    if issuers and all(sent.words[c].deprel == "compound" and sent.words[c].upos != "PROPN" for c in owners):
        return WordRef(sent, issuers[0])  # ("a court document filed by Roe": Roe's, not the court's)
    if not owners:
        # "a post from Arianna Huffington", "a letter by the senator"
        owners = [
            c
            for c in sent.children[head]
            if c > head
            and sent.words[c].rel == "nmod"
            # (or, for a statement, a body by its noun: "A letter from the chamber to the airline";
            # not a study's "by the liberal watchdog group Media Matters": the document reading's)
            and (sent.words[c].upos in ("PROPN", "PRON") or _body_noun(vocab, sent, head, c))
            and any(
                sent.words[k].rel == "case" and sent.words[k].lemma.lower() in ("from", "by") for k in sent.children[c]
            )
        ]
    return WordRef(sent, owners[0]) if owners else None


def _body_noun(vocab: Vocabulary, sent: Sentence, head: int, c: int) -> bool:
    """A body's noun with nothing but its article, owning a statement noun (``noun_cues``)."""
    # (nothing of its own but whom the letter went to: "from the chamber to the airline")
    own = [
        k for k in sent.children[c] if sent.words[k].rel not in ("case", "det", "punct") and case_lemma(sent, k) != "to"
    ]
    statement = vocab.in_lexicon("noun_cues", sent.words[head].lemma.lower())
    return statement and not own and vocab.in_lexicon("organization_words", sent.words[c].lemma.lower())


def copy_of(vocab: Vocabulary, sent: Sentence, head: int) -> WordRef | None:
    """ "a copy of the letter", "excerpts of the memo" (text_parts): the statement noun the part is of."""
    w = sent.words[head]
    if not (vocab.in_lexicon("text_parts", w.lemma.lower()) or vocab.in_lexicon("text_parts", w.text.lower())):
        return None
    for c in sent.children[head]:
        w = sent.words[c]
        if c > head and w.rel == "nmod" and statement_noun(vocab, w.lemma.lower()):
            if any(
                sent.words[k].rel == "case" and sent.words[k].lemma.lower() in ("of", "from") for k in sent.children[c]
            ):
                return WordRef(sent, c)
    return None


# Verbs of authoring a document whose agent is its owner, besides the issuing verbs ("a court
# filing signed by", "a brief filed by"); not in issuing_verbs, where "sign" would read a
# reported clause as a relative clause about the statement.
_AUTHORING = frozenset({"file", "sign", "author", "co-author", "co-sign", "lead", "conduct", "commission"})


def _issued_by(vocab: Vocabulary, sent: Sentence, head: int) -> list[int]:
    """ "a court document filed by state attorney Dave Aronberg", "a report released by the
    Brookings Institution": the agent of a participle that issued the document owns it."""
    agents = []
    # (or set off right after the noun and hung on the main verb: "The email, signed by Roe, said")
    above = sent.words[head].head
    set_off = (
        [c for c in sent.children[above] if c == head + 2 and sent.words[head + 1].text == ","] if above >= 0 else []
    )
    # (or hung on the document's "of" phrase: "a review of maternity services led by Siân Prosser")
    inner = [k for n in sent.children[head] if sent.words[n].rel == "nmod" for k in sent.children[n]]
    for c in [*sent.children[head], *set_off, *inner]:
        verb = sent.words[c]
        lemma = verb.lemma.lower()
        if c < head or verb.deprel not in ("acl", "advcl") or verb.upos != "VERB" or "VerbForm=Part" not in verb.feats:
            continue
        if not (vocab.in_lexicon("issuing_verbs", lemma) or lemma in _AUTHORING):
            continue
        agents += [
            k
            for k in sent.children[c]
            if sent.words[k].rel == "obl"
            and sent.words[k].upos in ("PROPN", "NOUN")
            and any(sent.words[b].rel == "case" and sent.words[b].lemma.lower() == "by" for b in sent.children[k])
        ]
    return agents


def earlier_owner(table: _Table, mention: Mention) -> WordRef | None:
    """For "the statement" with no owner of its own: the owner of the latest earlier mention of
    the same noun, if it names one ("The CNN poll ... A poll ... the poll": the second, no
    owner); else None."""
    sent, head = mention.ref.sentence, mention.head
    w = sent.words[head]
    lemma = _SAME_KIND.get(w.lemma.lower(), w.lemma.lower())
    definite = any(sent.words[c].rel == "det" and sent.words[c].lemma.lower() in _DEFINITE for c in sent.children[head])
    if w.upos != "NOUN" or not definite or not statement_noun(table.vocab, w.lemma.lower()) or "Number=Plur" in w.feats:
        return None
    found: WordRef | None = None
    for s in table.sentences:
        if s.start >= mention.start:
            break
        for x in (x for x in s.words if x.upos == "NOUN" and x.end <= mention.start):
            issued = _issuer(table, s, x)  # ("The union has filed a complaint ... The filing alleges")
            spoke = lemma == "report" and x.lemma.lower() in _INQUIRIES and x.rel == "nsubj"
            if _SAME_KIND.get(x.lemma.lower(), x.lemma.lower()) == lemma or lemma == "filing" and issued or spoke:
                # (the latest one: "a poll" in between is another; "The review, published on
                # Tuesday," with no owner of its own is the one before it, and keeps its owner)
                owner = phrase_owner(table, s, x.index) or (WordRef(s, issued[0]) if issued else None)
                again = any(
                    s.words[c].rel == "det" and s.words[c].lemma.lower() in _DEFINITE for c in s.children[x.index]
                )
                again = again and not any(s.words[c].rel == "nmod" for c in s.children[x.index])  # ("the order of ...")
                found = owner if owner is not None or not again else found
    return found


def _issuer(table: _Table, sent: Sentence, x: Word) -> list[int]:
    """The subject of the verb that issued or filed the document ``x`` is its object of
    ("Acme released a report", "The union has also filed a complaint")."""
    if (
        x.deprel == "compound"
        and x.head >= 0
        and table.vocab.in_lexicon("time_nouns", sent.words[x.head].lemma.lower())
    ):
        x = sent.words[x.head]  # ("filed the complaint Tuesday" with "complaint" read as the day's compound)
    verb = sent.words[x.head] if x.deprel == "obj" and x.head >= 0 else None
    if verb is None or not (
        table.vocab.in_lexicon("issuing_verbs", verb.lemma.lower()) or verb.lemma.lower() in _AUTHORING
    ):
        return []
    return [
        c
        for c in sent.children[verb.index]
        if sent.words[c].deprel == "nsubj" and sent.words[c].upos in ("NOUN", "PROPN")
    ]


def owner_phrase(owner: WordRef) -> str:
    """The text of the owner's noun phrase from its first modifier to the noun: "Associated
    Press-GfK poll" for the "GfK" of "an Associated Press-GfK poll" (its compounds and
    modifiers, not its article or preposition)."""
    sent, w = owner.sentence, owner.word
    if w.head < 0:
        return w.text
    mods = [
        k
        for c in sent.children[w.head]
        if c < w.head and sent.words[c].deprel in ("compound", "amod", "nmod:poss", "flat")
        for k in sent.subtree(c)
    ]
    start = sent.words[min([*mods, owner.index])].start
    end = max(w.end, sent.words[w.head].end)  # (with the noun: "Press-GfK poll" keeps the outlet's hyphen)
    return sent.text[start - sent.start : end - sent.start]


# adjectives that rank people ("senior party figures"), not data ("the latest figures")
_PEOPLE_RANKS = frozenset({"senior", "top", "leading", "prominent", "key", "influential", "high-ranking", "former"})


def person_word(vocab: Vocabulary, sent: Sentence, head: int) -> bool:
    """A noun for a document and for people ("figures") that a rank or an affiliation places
    ("two senior party figures"): people."""
    kids = [sent.words[c] for c in sent.children[head]]
    # ("figures from the Mines Safety Directorate", "The latest figures from the Department of
    # Housing" are the body's data; "senior figures from the party" people)
    data = not any(k.deprel == "amod" and k.lemma.lower() in _PEOPLE_RANKS for k in kids) and any(
        k.rel == "nmod" and any(sent.words[x].lemma.lower() == "from" for x in sent.children[k.index]) for k in kids
    )
    return (
        vocab.in_lexicon("anonymous_descriptors", sent.words[head].lemma.lower())
        and affiliated(sent, head)
        and not data
    )
