"""What a statement's own words and the speakers before it say about who speaks.

* an organisation speaking of itself: "Castell said that it expected ..." (``it_speaks_of_itself``);
* a news outlet reporting: "Ars Technica reported March 5 that ..." (``reports_as_outlet``);
* someone spoken of, never the speaker: "The mayor, she said, wants ..." (``reported_by``);
* a name at the head of its sentence (``main_subject``);
* a name the speaker spoke to: "In an interview with Tigo Sports, he said" (``spoken_to``);
* a body going on through its spokeswoman: "A spokeswoman for the agency said ... '...,' she
  said" (``voice_goes_on``);
* a cue set off inside a report whose subject is a noun, so a pronoun after it may be that
  noun's: "The winters bought the lake time, Holmgren said, but did little to change its ..."
  (``cue_inside_report``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import Sentence, Word

from .mentions import Mention
from .model import Entity
from .names import PRONOUN_GENDER

if TYPE_CHECKING:
    from .table import TableBase

# Verbs whose "it" is no one in particular ("Roe said it was time", "it seems", "it depends")
_DUMMY_IT_VERBS = frozenset(
    "be seem appear look remain happen depend make take matter mean feel sound rain get become stand".split()
)


def it_speaks_of_itself(sent: Sentence, start: int, quoted: list[tuple[int, int]], attitude: bool = False) -> bool:
    """ "Castell said at the time that it expected the market to recover": the name (at ``start``)
    is the subject of a speech whose reported clause (outside quote marks: in '"It is going
    well," Ross said' the "it" is the speaker's own word for anything) has "it" as the subject of
    an action - an organisation speaking of itself, as a person would say "he" or "she". With
    ``attitude``, only an attitude counts ("Kookaburra said that it was proud to ...")."""
    w = next((w for w in sent.words if w.start <= start < w.end), None)
    # (up to the name's head: "Halvorsen Marine Recovery", its first words the last's compounds)
    while (
        w is not None
        and w.head >= 0
        and (w.rel == "flat" or w.rel == "compound" and sent.words[w.head].upos == "PROPN")
    ):
        w = sent.words[w.head]
    if w is None or w.rel != "nsubj" or w.head < 0:
        return False
    named = any(
        sent.words[c].rel in ("compound", "flat") and sent.words[c].upos == "PROPN" for c in sent.children[w.index]
    )
    if "Number=Plur" in w.feats and not (w.upos == "PROPN" and named):
        return False  # (a people speaks of "it" as anything: "many Latinos say it falls flat"; not "Delmont Coatings")
    # (and the reports joined to the first: "said that slower speeds had added minutes and that it
    # supported the review")
    reports = [c for c in sent.children[w.head] if sent.words[c].rel == "ccomp"]
    reports += [k for c in reports for k in sent.children[c] if sent.words[k].rel == "conj"]
    for c in reports:
        clause = sent.words[c]
        # (an attitude only someone holds is an action too: "said that it was proud to support ...")
        held = clause.upos == "ADJ" and clause.lemma.lower() in _ATTITUDES
        if (attitude or clause.lemma.lower() in _DUMMY_IT_VERBS or clause.upos != "VERB") and not held:
            continue
        for k in sent.children[c]:
            it = sent.words[k]
            # (the parse may take the "it" of an attitude for a dummy: "that it was proud to support")
            subject = it.rel == "nsubj" or held and it.rel == "expl"
            if subject and it.text.lower() == "it" and not any(a <= it.start < b for a, b in quoted):
                return True
    return False


# Attitudes a speaker states of itself ("it was proud", "it was disappointed"), never a dummy "it"'s
_ATTITUDES = frozenset(
    "proud pleased delighted disappointed committed determined confident aware satisfied grateful keen "
    "saddened concerned".split()
)


def reported_by(mention: Mention, sent: Sentence, w: Word) -> bool:
    """ "The mayor, she said, wants to raise taxes": a noun inside the clause that the pronoun's
    own cue reports is someone spoken of, never the one who speaks."""
    ref = mention.ref
    if ref.sentence is not sent or not 0 <= (cue := sent.words[ref.index].head) < len(sent.words):
        return False
    return any(sent.words[c].rel == "ccomp" and w.index in sent.subtree(c) for c in sent.children[cue])


def voice_goes_on(table: TableBase, mention: Mention, p: str) -> Entity | None:
    """ "A spokeswoman for the agency said ... '...,' she said": the organisation that spoke
    last through a spokesperson of the pronoun's gender, in this paragraph or the one before,
    after any person who spoke, with nobody named in between."""
    if table.last_voice is None:
        return None
    entity, end, gender = table.last_voice
    if gender is None or gender != PRONOUN_GENDER.get(p) or end > mention.start:
        return None
    if table.last_speaker is not None and table.last_speaker[1] > end:
        return None
    here, there = table.doc.paragraph_at(mention.start), table.doc.paragraph_at(end)
    if here is None or there is None or not 0 <= here.index - there.index <= 1:
        return None
    return None if any(end <= n.start < mention.start for n in table.person_names) else entity


def main_subject(sentences: list[Sentence], start: int) -> bool:
    """The name at ``start`` is its sentence's main subject, or the nominal the parse made the
    sentence's root ("Rosalind Achebe, chair of the committee, disagreed" with the verb hung
    inside the apposition), not a subject inside a clause of its own."""
    sent = next((s for s in sentences if s.start <= start < s.end), None)
    w = next((w for w in sent.words if w.start <= start < w.end), None) if sent is not None else None
    while sent is not None and w is not None and w.rel in ("flat", "compound") and w.head >= 0:
        w = sent.words[w.head]
    if sent is None or w is None:
        return False
    return w.head < 0 or (w.rel == "nsubj" and sent.words[w.head].head < 0)


_TALK = frozenset({"interview", "conversation", "speak", "talk", "chat"})


def spoken_to(sent: Sentence, start: int) -> bool:
    """The name at ``start`` is whom someone talked with or spoke to ("In an interview with Tigo
    Sports, he said", "Speaking to Radio Ñandutí, she said"): the one who answers is someone else."""
    w = next((w for w in sent.words if w.start <= start < w.end), None)
    while w is not None and w.rel in ("flat", "compound") and w.head > w.index:
        w = sent.words[w.head]  # (the name's head: its last word)
    if w is None or w.rel not in ("nmod", "obl") or w.head < 0:
        return False
    case = [sent.words[k].lemma.lower() for k in sent.children[w.index] if sent.words[k].rel == "case"]
    return bool(case) and case[0] in ("with", "to") and sent.words[w.head].lemma.lower() in _TALK


# A surname's form: "McFadden", "O'Neill", "MacLeod", "Fitzgerald"
_SURNAME = regex.compile(r"(?:Mc|Mac|O['’]|Fitz)\p{Lu}|Fitz\p{Ll}")


def names_itself_it(table: TableBase, mention: Mention, name: str) -> bool:
    """ "Zipp said in a statement that it was studying all legal options", "Starfall Adventure
    Park said it was 'deeply saddened'": a name with nothing of a person's (no given name first,
    no "he" or "she" for it, no person's surname, no post set off after it) that speaks of itself
    as "it" is an organisation's."""
    tokens = table.tokens(name)
    if not tokens or tokens[0] in table.m.names.given_names:
        return False
    return _nothing_of_a_person(table, mention, name) and it_speaks_of_itself(
        mention.ref.sentence, mention.start, table.quoted
    )


def reports_as_outlet(table: TableBase, mention: Mention, name: str) -> bool:
    """ "Ars Technica reported March 5 that ...", "Dawn had reported in March that ...": a name with
    nothing of a person's (as ``names_itself_it``; a lone given name is no person's full name)
    that reports what it found, in its own words, is a news outlet's."""
    tokens = table.tokens(name)
    if not tokens or (len(tokens) > 1 and tokens[0] in table.m.names.given_names):
        return False  # ("Jane Mayer reported that": a reporter)
    return _nothing_of_a_person(table, mention, name) and _reports_that(mention.ref.sentence, mention.start)


def _nothing_of_a_person(table: TableBase, mention: Mention, name: str) -> bool:
    """No "he" or "she" for the name, no person's name it ends, no surname's form, no post after it."""
    tokens = table.tokens(name)
    if table.key(name) in table.genders:
        return False
    if any(len(t := table.tokens(n.name)) > 1 and t != tokens and tokens[-1] in t for n in table.person_names):
        return False  # ("McFadden said it would vote" after "Mike McFadden": the person)
    if len(tokens) == 1 and _SURNAME.match(name):
        return False  # (nor a lone surname by its form: "McFadden said it would vote" may be anyone's)
    # ("Agus Prasetyo, the party's secretary-general, said it would ...", "Bishnu Prasad Ghimire,
    # spokesperson for the authority, said it would study ...": a post, a body's voice or a trade)
    people = ("spokesperson_nouns", "person_trades")
    head = regex.split(r"\s(?:of|for|at|with|in|on|from|to|by|who|which)\s", mention.role or "")[0]
    # (a title before the name too: "Lawmaker Nurbek Asanov, who sponsored the bill, said it would")
    personal = any(
        table.m.is_role(w) or any(table.vocab.in_lexicon(x, w) for x in people)
        for w in regex.findall(r"\p{L}+", head.lower())
    )
    return not personal and not post_after(table, mention.ref.sentence, mention.end)


def _reports_that(sent: Sentence, start: int) -> bool:
    """The name at ``start`` is the subject of an active "report" with a reported clause."""
    w = next((w for w in sent.words if w.start <= start < w.end), None)
    while w is not None and w.head >= 0 and w.rel in ("flat", "compound") and sent.words[w.head].upos == "PROPN":
        w = sent.words[w.head]  # (the name's head: its last word)
    if w is None or w.deprel != "nsubj" or w.head < 0 or sent.words[w.head].lemma.lower() != "report":
        return False
    return any(sent.words[c].rel == "ccomp" for c in sent.children[w.head])


def post_after(table: TableBase, sent: Sentence, end: int) -> bool:
    """A post set off after the name (read by word order: the parse often makes it a second
    subject): ", the party's secretary-general," a person's, whatever "it" stands for."""
    after = [w for w in sent.words if w.start >= end]
    if not after or after[0].text != ",":
        return False
    phrase = itertools.takewhile(lambda w: w.text != "," and w.upos not in ("VERB", "AUX"), after[1:])
    return any(w.upos == "NOUN" and table.m.is_role(w.lemma.lower()) for w in phrase)


def cue_inside_report(sent: Sentence, start: int, end: int) -> int:
    """1 when the name at ``start``-``end`` is the subject of a cue set off inside a report whose
    own subject, a noun, comes before the name (the cue a ``parataxis`` of the report, or the
    report's subject torn onto the cue: ``nsubj(said, winters)`` beside ``nsubj(said, Holmgren)``):
    a pronoun after the cue may be that subject's; else 0."""
    inside = [w for w in sent.words if start <= w.start < end]
    top = next((w for w in inside if w.rel == "nsubj" and not start <= sent.words[w.head].start < end), None)
    if top is None or top.index == 0 or sent.words[top.index - 1].text != ",":
        return 0
    cue = sent.words[top.head]
    clauses = [cue.index] + ([cue.head] if cue.deprel == "parataxis" else [])
    before = (c for k in clauses for c in sent.children[k] if c < top.index)
    return int(any(sent.words[c].rel == "nsubj" and sent.words[c].upos == "NOUN" for c in before))
