"""What an "it" stands for when no organisation has spoken: the nearest organisation that was the
subject of a sentence in this paragraph or the one before — by name ("EDC declined to answer.
'...,' it said") or by a noun for a body ("Her campaign also released ads it described as ..."),
whichever comes nearer the pronoun; else the statement or document a speaker was just quoted from
("..., Roe wrote in the affidavit. It continued: ..."), whose author goes on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.syntax.pretag_titles import title_case_line
from provenance.syntax.tree import Sentence, Word, WordRef

from .head_names import ANY_BODY, GENERIC_BUSINESS, business_in_sentence, business_named_before
from .mentions import Mention, describe
from .model import statement_noun
from .name_runs import name_determiner

if TYPE_CHECKING:
    from .learned import ArticleEvidence
    from .model import Entity
    from .pronouns import PronounResolver


_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on"})  # ("Bank of Canada", "Procter & Gamble")


def org_subject_named(table: PronounResolver, mention: Mention) -> Entity | None:
    """ "Acme Corp. will close its plant, the company said": an organisation a clause had for
    its subject by a name that says so, when none has spoken yet (never a body: "Her campaign"),
    else one the sentence names otherwise ("operated by Western Rail Services ..., according to
    the company"), else, for "the company", the business the article named last by a kind of
    business ("a setback for the launch startup Aurelian Space ... according to the company's
    webcast")."""
    named = recent_org_subject(table, mention.start, strict=True) or business_in_sentence(table, mention)
    generic = mention.head_lemma in GENERIC_BUSINESS  # (or a kind: "the exchange", "the utility", "the group")
    kinded = table.vocab.in_lexicon("company_kinds", mention.head_lemma) or mention.head_lemma in ANY_BODY
    if named is None and (generic or kinded):
        business = business_named_before(table, mention.start, kinded=True, kind="" if generic else mention.head_lemma)
        named = table.organization_entity(business, mention.head_lemma) if business else None
    return named


def recent_org_subject(table: PronounResolver, before: int, strict: bool = False, after: int = -1) -> Entity | None:
    """The nearest organisation subject before ``before`` in its paragraph or the one before
    (``strict``: only a name that says it is an organisation's, "Acme Corp.", never a body nor an outlet), in
    a sentence that starts after ``after``, the nearest subject named then."""
    para = table.doc.paragraph_at(before)
    here = para.index if para is not None else -1
    for sent in reversed([s for s in table.sentences if s.start < before]):
        sp = table.doc.paragraph_at(sent.start)
        if (sp is not None and here >= 0 and here - sp.index > 1) or sent.start < after:
            break
        for w in reversed(sent.words):
            # (or a passive's agent: "changes to the protocol announced by the British Horseracing
            # Authority on Wednesday. The regulator said"), one whose name ends in a body's word, not
            # in a line in title case ("Singer Benched By NBA Team Before Show")
            agent = w.deprel == "obl:agent" and strict and table.vocab.in_lexicon("organization_words", w.text.lower())
            agent = agent and not title_case_line(sent.words)
            if w.start >= before or not (w.rel == "nsubj" or agent):
                continue
            if strict and w.upos != "PROPN" and (owner := _owner_compound(table, sent, w)) is not None:
                return owner  # ("A Skyvale Airways passenger jet ... made an emergency landing, the airline said")
            if strict and (w.upos != "PROPN" or not _org_name(table, _name(table, sent, w))):
                if w.upos == "PROPN" and after >= 0:
                    return None  # (since ``after``, only the nearest name: not past "Petro-Canada began")
                continue
            found = _named(table, sent, w) if w.upos == "PROPN" else _body(table, sent, w)
            if strict and found is not None and table.m.outlets.first_in(found.name):
                continue  # (a body's noun is no outlet's: "The Guardian reported that ..., though the company said")
            if found is not None:
                return found
    return None


def _owner_compound(table: PronounResolver, sent: Sentence, w: Word) -> Entity | None:
    """An organisation's name that modifies the subject noun as its compounds: the organisation
    whose thing the subject is ("A Skyvale Airways passenger jet")."""
    run = [c for c in sent.children[w.index] if sent.words[c].deprel == "compound" and sent.words[c].upos == "PROPN"]
    if not run or run != list(range(run[0], run[-1] + 1)):
        return None
    name = table.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end]
    if not _org_name(table, name):
        return None
    found = next((e for e in table.entities if e.name == name and e.type == "organization"), None)
    return found or table._new(name=name, type="organization", head_lemma=sent.words[run[-1]].lemma.lower())


def _org_name(table: PronounResolver, name: str) -> bool:
    """A name that says it is an organisation's, in capitals throughout ("Acme Corp.", "Bank of
    Canada"; not "Manafort and campaign spokesman Jason Miller")."""
    return table.is_org_name(name) and all(t[:1].isupper() or t in ("of", "for", "&", "the") for t in name.split())


def _name(table: PronounResolver, sent: Sentence, w: Word) -> str:
    """The name around the subject's head word: its capitalised words and the "of"/"and" inside
    it ("Bank of Canada"), not an apposition after a comma ("Mr Patel, the MP for Barnsley East"),
    with a first word the tagger took for an adjective ("Meridian Logistics")."""
    sub = set(sent.subtree(w.index))

    def part(k: int) -> bool:
        x = sent.words[k]
        # (a participle the tagger made of a name's first word too: "Associated British Ports")
        capital = (x.upos in ("ADJ", "NOUN") or x.upos == "VERB" and x.deprel == "amod") and x.text[:1].isupper()
        return k in sub and (x.upos == "PROPN" or capital or name_determiner(sent, k))

    def inside(k: int) -> bool:
        # (not a day's "on": "the British Horseracing Authority on Wednesday")
        day = (
            sent.words[k].text.lower() == "on"
            and k + 1 in sub
            and table.vocab.in_lexicon("time_nouns", sent.words[k + 1].text.lower())
        )
        return k in sub and sent.words[k].text.lower() in _NAME_JOINERS and k + 1 in sub and part(k + 1) and not day

    if not part(w.index):
        return w.text
    lo = hi = w.index
    while lo - 1 >= 0 and (part(lo - 1) or inside(lo - 1) and lo - 2 >= 0 and part(lo - 2)):
        lo -= 1
    while hi + 1 < len(sent.words) and (part(hi + 1) or inside(hi + 1)):
        hi += 1
    return table.doc.text[sent.words[lo].start : sent.words[hi].end]


def _named(table: PronounResolver, sent: Sentence, w: Word) -> Entity | None:
    name = _name(table, sent, w)
    lone = lone_name(table, name)
    if not (table.is_org_name(name) or table.key(name) in table.org_keys or lone):
        return None
    for e in table.entities:
        if e.name == name and (e.type == "organization" or lone):
            # ("Amazon announced layoffs. It said ...": "it" shows what the name is, and that it
            # is one body, not a class of people: "Grovers said ... It said")
            e.type, e.role, e.vague, e.plural = "organization", None, False, False
            return e
    return table._new(name=name, type="organization", head_lemma=w.lemma.lower())


def _body(table: PronounResolver, sent: Sentence, w: Word) -> Entity | None:
    """ "Her campaign", "the company" as a main clause's subject: the organisation entity of that
    description (the one already met, else a new one), never for a plural ("the companies")."""
    lemma = w.lemma.lower()
    if w.upos != "NOUN" or "Number=Plur" in w.feats or not table.institution_noun(lemma):
        return None
    if w.head < 0 or sent.words[w.head].deprel not in ("root", "conj", "parataxis"):
        return None  # (a main clause's subject: not "the seats for which the commission had results")
    if any(qs <= w.start < qe for qs, qe in table.quoted):
        return None
    found = describe(WordRef(sent, w.index), table.doc.text, table.m.is_role, table.m.is_title)
    for e in reversed(table.entities):
        if e.type == "organization" and (e.description == found.description or e.name == found.description):
            return e
    return table._new(name=found.description, type="organization", head_lemma=lemma, description=found.description)


def lone_name(table: ArticleEvidence, name: str) -> bool:
    """One capitalised word that is no given name and no part of a person's full name in the
    article ("Amazon", not "Ford" after "Doug Ford"): "it" can stand for it."""
    tokens = table.tokens(name)
    if len(tokens) != 1 or tokens[0] in table.m.names.given_names or table.gender_of_name(name) is not None:
        return False  # (a name the article calls "he" or "she" is a person's)
    return not any(len(table.tokens(n.name)) > 1 and tokens[0] in table.tokens(n.name) for n in table.person_names)


def last_statement(table: PronounResolver, before: int) -> Entity | None:
    """'"...," Roe wrote in the affidavit. It continued: "..."': an "it" in the sentence right
    after a speaker's statement or document noun ("in the affidavit", "in a statement"), or
    after a document that spoke itself ("The complaint says ... It also alleges"), is that text,
    so its author goes on speaking."""
    if table.last_speaker is None:
        return None
    entity, end = table.last_speaker
    earlier = [s for s in table.sentences if s.start <= before]  # (up to the pronoun's own)
    if len(earlier) < 2 or not earlier[-2].start <= end <= earlier[-2].end:
        return None
    prev = earlier[-2]
    texts = [w for w in prev.words if w.upos == "NOUN" and w.rel == "obl" and w.start >= end]
    # (or the text itself spoke: "The complaint, filed in ..., says ... It also alleges")
    texts += [w for w in prev.words if w.upos == "NOUN" and w.rel == "nsubj" and w.end <= end]
    return entity if any(statement_noun(table.vocab, w.lemma.lower()) for w in texts) else None


def previous_main_subject(table: PronounResolver, before: int, named_only: bool = False) -> Entity | None:
    """ "Acme said sales fell. ¶ The Treasury Board disagreed. It said ...": the organisation
    that is the main clause's subject of the sentence right before the pronoun's, in its
    paragraph, is more salient than one that spoke earlier (by name or by a noun for a body;
    ``named_only``: by name, for "The company said")."""
    k = max((i for i, s in enumerate(table.sentences) if s.start <= before), default=-1)
    if k < 1:
        return None
    prev, para = table.sentences[k - 1], table.doc.paragraph_at(before)
    # (for "The company" opening a paragraph, the last sentence of the one before: "Summit Crest
    # Homes ... filed for bankruptcy ... ¶ In a petition ..., the Lakewood-based company listed")
    # (and no name its own sentence gives first: "Averon ... has paused ..., the company said")
    here = table.sentences[k]
    opens = named_only and para is not None and here.start <= para.start + 1
    opens = opens and not any(w.upos == "PROPN" and w.rel == "nsubj" and w.start < before for w in here.words)
    if para is None or table.doc.paragraph_at(prev.start) is not para and not opens:
        return None
    return _main_subject_org(table, prev, named_only)


def own_main_subject(table: PronounResolver, mention: Mention) -> Entity | None:
    """ "The company offered a 3 per cent raise, a figure it says is fair": an "it" inside a
    clause of its own sentence (not that sentence's main subject) is that sentence's main
    subject, when that is an organisation named before the pronoun."""
    sent, w = mention.ref.sentence, mention.ref.word
    root = next((x for x in sent.words if x.head < 0), None)
    if root is None or w.head == root.index or w.head < 0:
        return None
    subject = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj" and c < w.index), -1)
    # (not where the root is what a cue set in the sentence reports: "Lava was flowing west, the office
    # said, but it warned ...": the one who said it goes on)
    cue = any(
        sent.words[c].rel == "parataxis" and any(sent.words[k].rel == "nsubj" for k in sent.children[c])
        for c in sent.children[root.index]
        if subject < c < w.index
    )
    return _main_subject_org(table, sent, False) if subject >= 0 and not cue else None


# Participles that place a body after a hyphen: "the Chicago-based company", "The
# Singapore-registered company", "the Nasdaq-listed firm", "the state-owned utility"
PLACED_BY = r"(?:based|headquartered|registered|listed|owned)"
_BASED_AFTER = regex.compile(rf",?\s*(?:\p{{Lu}}[\w.]*\s*)*-\s*{PLACED_BY}\b")


def _main_subject_org(table: PronounResolver, prev: Sentence, named_only: bool) -> Entity | None:
    """The organisation that is ``prev``'s main clause subject, by name or by a noun for a body."""
    root = next((w for w in prev.words if w.head < 0), None)
    subject = (
        next((c for c in prev.children[root.index] if c < root.index and prev.words[c].rel == "nsubj"), -1)
        if root
        else -1
    )
    if subject < 0 and root is not None:
        # (or the name opening it that the parse hung on a later verb: "Marchwater, which supplies
        # the area, issued the notice ... after tests at its works detected ...")
        subject = next((w.index for w in prev.words[: root.index] if w.rel == "nsubj" and w.upos == "PROPN"), -1)
        # (or the name the parse made the root, its verb a modifier: "Summit Crest Homes, one of ...
        # homebuilders, filed for ...")
        subject = root.index if subject < 0 and root.upos == "PROPN" and root.index > 0 else subject
    if subject < 0:
        return None
    w = prev.words[subject]
    # (people from a body, the body: "Investigators from the Office for Fair Trading raided ...")
    from_body = [
        c
        for c in prev.children[subject]
        if prev.words[c].rel == "nmod" and prev.words[c].upos == "PROPN"
        and any(prev.words[k].rel == "case" and prev.words[k].lemma.lower() in ("from", "at") for k in prev.children[c])
    ]  # fmt: skip
    if from_body and w.upos == "NOUN" and "Number=Plur" in w.feats and table.m.is_role(w.lemma.lower()):
        w = prev.words[from_body[0]]
    if _BASED_AFTER.match(table.doc.text, w.end):
        return None  # (a place naming where a body is: "The Cambridge, Massachusetts-based drugmaker said")
    name = _name(table, prev, w)
    # (a plural only for a body's name: "Summit Crest Homes", not "Republicans")
    if any(qs <= w.start < qe for qs, qe in table.quoted) or "Number=Plur" in w.feats and not table.is_org_name(name):
        return None
    named = w.upos == "PROPN" and (table.is_org_name(name) or table.key(name) in table.org_keys)
    if not (named or (w.upos == "NOUN" and table.institution_noun(w.lemma.lower()) and not named_only)):
        return None
    # (the subject resolved as a speaker would be: "The company" to the firm the article named)
    # (without the time its clause gives it: "The Dutch Senate on Tuesday approved ...")
    said_by = describe(
        WordRef(prev, w.index), table.doc.text, table.m.is_role, table.m.is_title, is_setting=table.m.is_setting
    )
    found, _ = table.entity_for(said_by)
    return found if found is not None and found.type == "organization" and not found.plural else None
