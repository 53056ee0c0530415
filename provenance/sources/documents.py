"""Documents as speakers: "a study by Civic Works" is Civic Works speaking, "a new Quinnipiac poll"
Quinnipiac; "the study", "court filings" a particular document whose organisation speaks; "one
report", "the polls" nobody in particular (vague). Used by unnamed.UnnamedResolver."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.attribution.noun_clauses import case_lemma
from provenance.syntax.tree import Sentence, WordRef

from .earlier_documents import headline_document_after, same_document_before, spoken_in
from .head_names import kind_fits
from .mentions import Mention, describe
from .model import Entity, Resolution
from .particular_documents import FILED, particular_document

if TYPE_CHECKING:
    from .unnamed import UnnamedResolver

# (with "of the" inside: "the Office of the Chief Government Statistician")
CAPITALISED_RUN = r"\p{Lu}[\w&.'’-]*(?:\s+(?:of(?:\s+the)?|for|and|&)?\s*\p{Lu}[\w&.'’-]*)*"
# The organisation a document mention names: "by/from/of [the research firm] <Name>", or "[new] <Name> <document
# noun>" ("a new Quinnipiac poll", "the latest national Gallup survey": how recent or wide, not whose)
# (its place too: "filed ... by the Houma firm Thibodeaux & Landry")
_FIRM = (
    r"(?:\p{Lu}[\w-]*\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:firm|company|group|institute|organi[sz]ation|cent(?:er|re)|agency|tank|consultancy|tracker)"
)
# (a jurisdiction's body: "by the city's Office of Economic Analysis", "from the state's Department of Health")
_WHOSE = r"\p{Ll}+['’]s"
_FRESH = r"(?:new|newest|latest|recent|fresh|separate|independent|national|nationwide|statewide|annual|final|joint)"
# (not who received it: "an email ... reviewed by The Sentinel" is the outlet's channel, not its author)
_DOCUMENT_OWNER = regex.compile(
    rf"(?<!\b(?:reviewed|obtained|seen|viewed|examined|received|accessed)\s+)"
    # (nor a compound preposition's "of": "published ahead of Monday's meeting")
    rf"\b(?:by|from|(?<!\b(?:ahead|because|instead|regardless|front|top|outside|inside)\s+)of)\s+(?:the\s+)?(?:{_FIRM}\s+|{_WHOSE}\s+)?(?P<by>{CAPITALISED_RUN})"
    rf"|^(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:{_FRESH}\s+){{0,2}}(?P<pre>{CAPITALISED_RUN})\s+\p{{Ll}}"
)
# (with a time between, which the parse may take for a second subject: "A report last month by
# the Civic Finance Institute found")
_TIMED_OWNER = regex.compile(
    rf"\s+(?:last|this|earlier|late|early)\s+\p{{Ll}}+\s+(?:by|from)\s+(?:the\s+)?(?P<by>{CAPITALISED_RUN})"
)
# (or by the participle that says who made it, whatever the parse hung it on: "A poll of 1,200
# residents commissioned by the Port Calder Herald last month found", "A 38-page report published
# alongside the announcement by the National Cyber Defence Centre says")
_MADE_BY = regex.compile(
    r"(?:(?!\s[-–—]\s)[^.;:–—]){0,60}?\b(?:commissioned|conducted|published|released|compiled|produced|issued|prepared|carried\s+out"
    r"|filed|brought|lodged|submitted|drafted|written|authored)"  # (a court filing's: "The lawsuit, filed ... by")
    rf"\b(?:[^.;:,]|(?<=\p{{Lu}})\.){{0,80}}?\bby\s+(?:the\s+)?(?:{_FIRM}\s+|{_WHOSE}\s+)?(?P<by>{CAPITALISED_RUN})"  # (not past a stop but an initial's)
)
# (or sent from its body: "A release sent to media from UFCW Local 832 late Friday said")
_SENT_FROM = regex.compile(
    r"(?:(?!\s[-–—]\s)[^.;:–—]){0,20}?\b(?:sent|issued|distributed|circulated|emailed)"
    rf"\b[^.;:,]{{0,30}}?\bfrom\s+(?:the\s+)?(?P<by>{CAPITALISED_RUN}(?:\s+\d+\b)?)"  # (a union's local: "Local 832")
)
_RUN = regex.compile(CAPITALISED_RUN)
_BY_PEOPLE = regex.compile(r"\bby\s+(?:the\s+|two\s+|three\s+|several\s+)?\p{Ll}+s\b")
_IN_OUTLET = regex.compile(rf"\s+in\s+(?:the\s+)?(?P<paper>{CAPITALISED_RUN})")  # right after the noun
_BARE_OWNER = regex.compile(rf"({CAPITALISED_RUN})\s+\p{{Ll}}")


# The body a document was filed with ("a filing with the Securities and Exchange Commission"): a
# particular document, not just any
def document_speaker(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Resolution:
    """ "a study by Civic Works", "the Civic Works report": the organisation it names speaks;
    "one report", "the polls": an unspecified organisation (vague)."""
    sent = mention.ref.sentence
    if (read := table.headline_documents.get(sent.words[mention.head].start)) is not None:
        return read, None  # (the document a headline's bare noun was read as)
    # (relative clauses included: "a study released by X"; not "according to" before it)
    sub = [k for k in sent.subtree(mention.head) if k > mention.head or sent.words[k].rel not in ("case", "punct")]
    text = table.doc.text[sent.words[sub[0]].start : sent.words[sub[-1]].end]
    owner = _owner_named(table, mention, text)
    if owner is None and any(sent.words[c].text.lower() == "according" for c in sent.children[mention.head]):
        # ("according to Refinitiv data": a name right before the document noun, no article)
        bare = _BARE_OWNER.match(text)
        owner = bare.group(1) if bare else None
    if owner is None and (put_out := _put_out_by(table, sent, mention.head)) is not None:
        return put_out
    # (a nation's or a country's data is no body's: "Canadian bond data")
    if owner and any(table.vocab.in_lexicon(lex, owner.lower()) for lex in ("demonyms", "countries")):
        owner = None
    if owner:
        owner = regex.sub(r"^[Tt]he\s+", "", owner)
        # (a person's name, by a given name, an age or a "who" clause: not "a Rasmussen Reports poll";
        # "filed ... by Marcus Tillman, 38, who is serving a 20-year sentence")
        described = {table.key(n) for n, r in table.roles if r.how == "age" or r.text.lower().startswith("who ")}
        person = next(
            (
                n.name
                for n in table.person_names
                if owner.endswith(n.name)
                and (table.m.names.given_name_gender(table.tokens(n.name)) or table.key(n.name) in described)
            ),
            None,
        )
        if person is not None:  # ("The email, signed by Title IX Coordinator Harriet Oyelaran-Moss, said")
            return table.person_entity(person), None
        for e in reversed(table.entities):
            if e.type == "organization" and e.name == owner:
                return e, None
        return table._new(name=owner, type="organization", head_lemma=head_lemma, description=mention.description), None
    if (party := _party_papers(table, mention, head_lemma)) is not None:
        return party, None
    if (container := _container_owner(table, sent, mention.head)) is not None:
        return container, "statement-owner"  # ("according to new forecasts in its quarterly report")
    # (or spoken in, or the document just named with its owner)
    if channel := spoken_in(table, mention, head_lemma) or same_document_before(table, mention, head_lemma):
        return channel, "statement-owner"
    if (named := headline_document_after(table, mention, head_lemma)) is not None:
        return named, "headline-document"
    # "the study", "The ad", "court filings", "its FEC reports": a particular document, whose
    # organisation speaks; "one report", "previous studies", "the polls": nobody in particular
    particular = particular_document(table, mention, sub[-1])
    return table._new(
        name=mention.description, type="organization", head_lemma=head_lemma, vague=not particular,
        description=mention.description,
    ), None  # fmt: skip


def _container_owner(table: UnnamedResolver, sent: Sentence, head: int) -> Entity | None:
    """The body whose "its" or "their" owns the document a document mention is in ("new
    forecasts in its quarterly report"), or None."""
    its = _owned_container(table, sent, head)
    if its is None:
        return None
    found, _ = table.entity_for(describe(WordRef(sent, its), table.doc.text, table.m.is_role, table.m.is_title))
    return found if found is not None and found.type == "organization" else None


def _put_out_by(table: UnnamedResolver, sent: Sentence, head: int) -> Resolution | None:
    """The body a clause on the document says put it out ("figures the university reported to
    the Department of Education") or whose website it was posted on ("a consent order posted on
    the office's website"), or None."""
    if (teller := _relative_owner(sent, head)) is not None:
        m = table.m  # (not when it put it out: "published by national statistics office Statec on Thursday")
        found, how = table.entity_for(
            describe(WordRef(sent, teller), table.doc.text, m.is_role, m.is_title, None, m.is_setting)
        )
        if found is not None and found.type == "organization":
            return found, how
    site = _site_owner(table, sent, head)
    return (site, "statement-owner") if site is not None else None


# Where a body puts its papers up: "posted on the office's website", "published on its page"
_SITES = frozenset({"website", "site", "page", "portal", "account", "feed", "noticeboard"})


def _site_owner(table: UnnamedResolver, sent: Sentence, head: int) -> Entity | None:
    """The body on whose website (page, account) the document was put: "according to a consent
    order posted on the office's website", or None."""
    for k in (k for k in sent.subtree(head) if k > head and sent.words[k].lemma.lower() in _SITES):
        if case_lemma(sent, k) != "on":
            continue
        for c in (c for c in sent.children[k] if sent.words[c].deprel == "nmod:poss"):
            found, _ = table.entity_for(describe(WordRef(sent, c), table.doc.text, table.m.is_role, table.m.is_title))
            if found is not None and found.type == "organization":
                return found
    return None


def _owned_container(table: UnnamedResolver, sent: Sentence, head: int) -> int | None:
    """The "its" or "their" of a document the mention's "in"/"from" phrase names, or None."""
    for c in sent.children[head]:
        w = sent.words[c]
        if w.rel != "nmod" or not table.vocab.in_lexicon("document_nouns", w.lemma.lower()):
            continue
        if case_lemma(sent, c) not in ("in", "from"):
            continue
        poss = [k for k in sent.children[c] if sent.words[k].text.lower() in ("its", "their")]
        if poss:
            return poss[0]
    return None


def _owner_named(table: UnnamedResolver, mention: Mention, text: str) -> str | None:
    """The owner a document mention's own words name ("a study by Civic Works", "the Civic Works
    report", "A report last month by ...", "a report in the Port Ellison Herald"), or None."""
    sent = mention.ref.sentence
    end = sent.words[mention.head].end
    made = _MADE_BY.match(table.doc.text, end, sent.end) or _SENT_FROM.match(table.doc.text, end, sent.end)
    # (the maker a participle names first: "The lawsuit, filed in the ... District of Texas by the
    # National Council of ...", not the court's place)
    first = made is not None and not table.vocab.in_lexicon("countries", made.group("by"))
    m = None if first else _DOCUMENT_OWNER.search(text)
    owner = (
        made.group("by").rstrip(".") if made is not None and first else (m.group("by") or m.group("pre")) if m else None
    )
    if m is not None and m.group("by") and (people := _BY_PEOPLE.search(text, 0, m.start())):
        # (made by people described, the capitals theirs: "by two researchers at the University of
        # Maiduguri, Fatima Zanna-Bukar and ...": the first of them named there, else nobody)
        at = table.doc.text.find(text, sent.start)
        named = [n.name for n in table.person_names if at + people.start() <= n.start < at + len(text)]
        owner = named[0] if named else None
    elif m is not None and m.group("by"):
        at = table.doc.text.find(text, sent.start) + m.start("by")
        # (a name the parse cut off the mention: "the Idaho Physician Well-Being ...")
        if m.end("by") == len(text) and (run := _RUN.match(table.doc.text, at, sent.end)) is not None:
            owner = run.group().rstrip(".")
        owner = _owner_phrase(table, sent, at, owner or "")
    if owner is None and (timed := _TIMED_OWNER.match(table.doc.text, end)) is not None:
        owner = timed.group("by")
    if owner is None and (within := _IN_OUTLET.match(table.doc.text, end)) is not None:
        # ("a report in the Port Ellison Herald": a paper's, by its outlet word; not "in March")
        paper = within.group("paper")
        known = table.m.outlets.first_in(paper) is not None
        owner = paper if known or table.vocab.in_lexicon("outlet_words", paper.split()[-1].lower()) else None
    return owner or _by_body(table, sent, mention.head)


def _by_body(table: UnnamedResolver, sent: Sentence, head: int) -> str | None:
    """A body the document is by, named by its noun: "A 2021 audit by the city comptroller's
    office", "figures from the ministry" (the capitalised owners are the patterns' above); or
    its noun before it, "according to ministry figures", for the body of that kind the article
    named."""
    for c in sent.children[head]:
        w = sent.words[c]
        by = any(sent.words[k].rel == "case" and sent.words[k].lemma.lower() in _BY for k in sent.children[c])
        compound = w.rel == "compound" and c < head and w.text.islower()
        if (w.rel == "nmod" and by or compound) and w.upos == "NOUN" and table.institution_noun(w.lemma.lower()):
            words = [k for k in sent.subtree(c) if k <= c and sent.words[k].rel not in ("case", "det", "punct")]
            if compound and words != [c]:
                continue  # (a modifier's own words: "the 50-state poll")
            if words == [c]:  # ("A survey by the organization in March": the last one the article named)
                named = [e for e in reversed(table.entities) if e.type == "organization" and not e.vague]
                # (one whose name has the noun first: "the ministry" is the Energy and Mines Ministry)
                kind = w.lemma.lower()
                own = next((e.name for e in named if kind in e.name.lower().split()), None)
                return own or next((e.name for e in named if kind_fits(table, e, kind) and not compound), None)
            return table.doc.text[sent.words[words[0]].start : w.end]
    return None


_BY = frozenset({"by", "from"})


def _owner_phrase(table: UnnamedResolver, sent: Sentence, at: int, owner: str) -> str:
    """The owner's whole noun phrase when its capitalised words only modify a noun after them:
    "drawn up by the Madrid provincial prosecutor's office" is the office's, not Madrid's."""
    w = next((w for w in sent.words if w.start == at), None)
    top = w
    while top is not None and top.deprel in ("compound", "amod", "nmod:poss", "flat") and top.head > top.index:
        top = sent.words[top.head]
    if w is None or top is None or top is w or top.upos != "NOUN" or not table.institution_noun(top.lemma.lower()):
        return owner
    return table.doc.text[at : top.end]


# A plaintiff's papers: "the lawsuit", "the suit", "the complaint" say what the one who sued says
_SUITS = frozenset({"lawsuit", "suit", "complaint", "filing"})


def _party_papers(table: UnnamedResolver, mention: Mention, head_lemma: str) -> Entity | None:
    """A party's own papers: the plaintiff's suit ("Tolu Banjo has sued his former label ... The
    lawsuit claims"), the filer's filing ("Lumenstack expects ..., according to a filing with the
    SEC")."""
    if head_lemma in _SUITS and table._definite(mention) and (plaintiff := _plaintiff(table, mention)) is not None:
        return plaintiff
    return _filer(table, mention)


def _plaintiff(table: UnnamedResolver, mention: Mention) -> Entity | None:
    """The one party the article says sued, before the mention ("Banjo has sued his label"), as a
    person or an organisation; None when none or several did."""
    found: list[Entity] = []
    for sent in (s for s in table.sentences if s.start < mention.start):
        for w in (w for w in sent.words if w.upos == "VERB" and w.lemma.lower() == "sue"):
            for c in (c for c in sent.children[w.index] if sent.words[c].rel == "nsubj"):
                ref = describe(WordRef(sent, c), table.doc.text, table.m.is_role, table.m.is_title)
                entity, _ = table.entity_for(ref)
                if entity is not None and entity.type in ("person", "organization") and entity not in found:
                    found.append(entity)
    return found[0] if len(found) == 1 else None


def _filer(table: UnnamedResolver, mention: Mention) -> Entity | None:
    """ "Lumenstack expects to record charges ..., according to a filing with the Securities and
    Exchange Commission": a filing with a body, owned by nobody it names, is the filing of the
    organisation (one the article has) that is the subject of the sentence it reports."""
    sent, head = mention.ref.sentence, mention.ref.sentence.words[mention.head]
    if head.lemma.lower() not in ("filing", "filings") or not FILED.match(table.doc.text, head.end):
        return None
    root = next((w for w in sent.words if w.head < 0), None)
    subject = next((c for c in sent.children[root.index] if sent.words[c].rel == "nsubj"), None) if root else None
    if subject is None or subject in sent.subtree(mention.head):
        return None
    # (an organisation the article has as one by that name, not a new reading of the subject)
    words = sent.subtree(subject)
    name = table.doc.text[sent.words[words[0]].start : sent.words[words[-1]].end]
    return next((e for e in table.entities if e.type == "organization" and e.name == name), None)


def _relative_owner(sent: Sentence, head: int) -> int | None:
    """The subject of the clause that says who put out the document ``head``: "figures the
    university reported" (a reduced relative clause, or the verb the parse made the phrase's
    head, with the document its oblique or object; or the agent: "data compiled by X"), or None."""
    w = sent.words[head]
    verbs = [c for c in sent.children[head] if sent.words[c].rel in ("acl:relcl", "acl")]
    if w.rel in ("obl", "obj") and w.head > head and sent.words[w.head].upos == "VERB":
        verbs.append(w.head)
    # (or a clause right after the noun however the parse hung it: "figures | the university reported")
    verbs += [k for k in range(head + 1, min(head + 6, len(sent.words))) if sent.words[k].upos == "VERB"][:1]
    for v in verbs:
        forms = {sent.words[v].lemma.lower(), sent.words[v].text.lower()[:-1]}  # (the lemmatiser's "compil")
        if not forms & _PUBLISHING:
            continue
        subject = [c for c in sent.children[v] if sent.words[c].rel == "nsubj" and min(sent.subtree(c)) == head + 1]
        # (or the agent of the participle: "data compiled by the consultancy FreightPulse")
        # (not "court documents reported by The Post": a paper that reports a document is no author)
        agents = sorted(
            (c for c in sent.children[v] if _by(sent, c)), key=lambda c: sent.words[c].deprel != "obl:agent"
        )
        subject = subject or [c for c in agents if v == head + 1 and "report" not in forms]
        # (or the noun the parse hung on the document between it and the verb: "figures | the
        # authority | published in March" with "authority" the object of "figures")
        subject = subject or [
            c
            for c in sent.children[head]
            if min(sent.subtree(c)) == head + 1 and max(sent.subtree(c)) == v - 1 and v > head
        ]
        if subject and sent.words[subject[0]].upos in ("NOUN", "PROPN"):
            return subject[0]
    return None


def _by(sent: Sentence, c: int) -> bool:
    # (the passive's agent by its relation, whatever word the parse hung "by" on: "published by
    # the group last year" with "by" on "year")
    agent = sent.words[c].deprel == "obl:agent"
    return agent or sent.words[c].rel == "obl" and any(sent.words[k].lemma.lower() == "by" for k in sent.children[c])


# (and what a body hands over: "figures the agriculture ministry sent to parliament", "data the
# council gave to the inquiry", "a report the board tabled")
_PUBLISHING = frozenset(
    "report release publish compile provide issue file submit collect produce prepare send give present table"
    " supply share post deliver hand".split()
)
