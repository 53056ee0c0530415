"""The organisation an unnamed spokesperson speaks for ("a Navy spokeswoman", "a spokesman for the
ministry", "attorneys for the department"), and a person's lawyers, who speak for a client and
not for a body ("her lawyers": anonymous); an event's organisers speak for the body the article
says organised it ("The march was organised by Homes for All ... Organisers said"). Used by
unnamed.UnnamedResolver."""

from __future__ import annotations

import regex

from provenance.lexical import REGEX_TIMEOUT, warn_timeout
from provenance.syntax.ner import mention_type
from provenance.syntax.tree import Sentence, Word, WordRef

from .documents import CAPITALISED_RUN
from .head_names import GENERIC_BUSINESS, business_named_before, kind_heads, named_with_head
from .mentions import Mention, describe
from .misread_heads import body_compound
from .model import Entity
from .table import NameMention, TableBase

_OF = frozenset({"for", "of", "at", "with", "from"})  # ("Organisers from the Women's Rights Front")
_ORGANISERS = frozenset({"organiser", "organizer", "organisers", "organizers"})
# The body an event is by: "The march was organised by Homes for All", "called by the Nigeria
# Labour Congress (NLC) and ...", "staged by Extinction Rebellion"
_ORGANISED_BY = regex.compile(
    rf"\b(?:organi[sz]ed|called|convened|staged|co-organi[sz]ed)\s+by\s+(?:the\s+)?(?P<by>{CAPITALISED_RUN})"
)


def spoken_for(table: TableBase, mention: Mention) -> Entity | None:
    """The organisation an unnamed spokesperson speaks for: a capitalised or possessive
    modifier ("a Navy spokeswoman", "Trump's representatives") or a "for"/"of" phrase ("a
    spokesman for the ministry")."""
    sent = mention.ref.sentence
    head = mention.head
    org: list[int] = []
    for c in sent.children[head]:
        w = sent.words[c]
        if c < head and w.deprel == "nmod:poss" and w.upos == "PRON":
            # "their spokesman": they speak for whoever the pronoun is, so the description
            # itself names the body (not "His"); "his lawyers" speak for a client
            if _counsel(table, sent, head, w):
                return None
            return table._new(
                name=mention.description,
                type="organization",
                head_lemma=sent.words[head].lemma.lower(),
                description=mention.description,
            )
        # (or a body's staff by its common noun: "The commission's staff said")
        owned = w.deprel == "nmod:poss" and _body_word(table, sent, c) and sent.words[head].lemma.lower() == "staff"
        if c < head and w.deprel in ("compound", "amod", "nmod:poss") and (_capitalised_name(table, w) or owned):
            # (every capitalised modifier: "a Health Canada spokesperson" has two)
            more = [i for i in sent.subtree(c) if sent.words[i].upos not in ("PART", "PUNCT", "DET")]
            org = sorted(set(org) | set(more))
        elif c > head and w.rel == "nmod":
            org = _for_phrase(table, sent, head, c) or org
    if not org:
        before = _same_spokesperson(table, mention) or _kind_named_before(table, mention)
        return before or _organisation_before(table, mention)
    text = table.doc.text[sent.words[org[0]].start : sent.words[org[-1]].end]
    name = regex.sub(r"(?:'s|’s)$", "", text)
    if len(name.split()) == 1 and table.vocab.in_lexicon("organization_words", name.lower()):
        name, body = _bare_body(table, mention, name, org[-1])
        if body is not None:
            return body
    # ("Norman's lawyers": a person's, not a body's; "lawyers for Vantrix" after "Vantrix, a
    # cryptocurrency exchange, ..." are the body's)
    if _counsel(table, sent, head, sent.words[org[-1]]) and not (
        table.is_org_name(name) or table.learned_org(name) is not None or _body_named(table, name) is not None
    ):
        return None
    if name[:1].islower() and not table.vocab.in_lexicon("organization_words", name.split()[-1].lower()):
        name = mention.description  # ("a spokeswoman for the governor": the governor's office)
    if (known := _body_named(table, name)) is not None:
        return known  # (a body that spoke by a name no word shows is one: "Ibernuclear")
    if not table.is_org_name(name) and any(
        table.same_person(name, n.name) or _name_runs_on(sent, org[-1], n) for n in table.person_names
    ):
        # "a spokesman for Ryan", "Trump's representatives": the person's office speaks, an
        # entity of its own, never the person's ("Ryan said" later is Ryan)
        name = mention.description
    return _body_named(table, name) or table._new(
        name=name,
        type="organization",
        head_lemma=sent.words[org[-1]].lemma.lower(),
        description=mention.description,
    )


def event_organiser(table: TableBase, mention: Mention) -> Entity | None:
    """The body the article says organised the event its "organisers" ran (bare, or with only the
    event's word capitalised to open the sentence: "Race organizers confirmed"; not "Organisers
    from the Women's Rights Front"): the last one named before the mention, else the first
    after it, or None."""
    sent, head = mention.ref.sentence, mention.head
    if sent.words[head].lemma.lower() not in _ORGANISERS or any(c > head for c in sent.children[head]):
        return None
    if any(c < head and not (c == 0 or sent.words[c].rel in ("det", "case", "punct")) for c in sent.children[head]):
        return None
    try:
        found = list(_ORGANISED_BY.finditer(table.doc.prose, timeout=REGEX_TIMEOUT))
    except TimeoutError:
        warn_timeout("organised-by body")
        return None
    if not found:
        return None
    before = [m for m in found if m.end() <= mention.start]
    name = (before[-1] if before else found[0]).group("by").rstrip(".")  # (not the sentence's stop)
    return _body_named(table, name) or table._new(
        name=name, type="organization", head_lemma="organiser", description=mention.description
    )


def _body_named(table: TableBase, name: str) -> Entity | None:
    """The organisation the table holds under that name (or the name its acronym spells: "A TfL
    spokesperson" after "Transport for London said"), or None."""
    forms = {name.lower(), table._org_name(name).lower()}
    return next((e for e in reversed(table.entities) if e.type == "organization" and e.name.lower() in forms), None)


def _same_spokesperson(table: TableBase, mention: Mention) -> Entity | None:
    """ "A Downing Street spokesman said ... '...,' the spokesman told reporters": a bare "the
    spokesman" is the one the article introduced with that word, who speaks for that body."""
    words = mention.description.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    noun = words[1].lower()
    if table.last_voice is not None and table.vocab.in_lexicon("spokesperson_nouns", noun):
        # ("A World Athletics spokesperson said" after "World Athletics has said": the body's own
        # entity, which keeps its name's description; the voice it last spoke through, unless the
        # noun says another gender: not "the spokesman" after "a spokeswoman")
        body, _, gender = table.last_voice
        said = table.m.names.gender_of(mention.description)
        if gender is None or said is None or said == gender:
            return body
    return next(
        (
            e
            for e in reversed(table.entities)
            if e.type == "organization" and e.description and noun in _spokesperson_nouns(e.description)
        ),
        None,
    )


def _spokesperson_nouns(description: str) -> list[str]:
    """The noun a body's description ends in, or the one before the body it names ("A
    spokesperson for the University of Northmoor")."""
    words = description.lower().split()
    return words[-1:] + (words[1:2] if words[2:3] in (["for"], ["of"]) else [])


def _kind_named_before(table: TableBase, mention: Mention) -> Entity | None:
    """ "A department spokesperson said" after "The Justice Department had asked ...": a lower-case
    noun for a body before the spokesperson word stands for the body the article named with it."""
    sent, head = mention.ref.sentence, mention.head
    # (the body's word, or its compound: "A coast guard spokesman"; or the word the tagger read
    # as an adjective: "a zoo spokesman")
    kinds = [
        body_compound(table.vocab, sent, c) or sent.words[c].lemma.lower()
        for c in sent.children[head]
        if c < head and sent.words[c].deprel in ("compound", "amod") and sent.words[c].text.islower()
    ]
    kind = next((k for k in kinds if table.vocab.in_lexicon("organization_words", k)), None)
    named = named_with_head(table.doc.prose, kind, mention.start, kind_heads(table, kind)) if kind else None
    if not named and kind in GENERIC_BUSINESS:
        named = business_named_before(table, mention.start)  # ("A company spokeswoman" after "Pulsewise, a ... maker")
    if not named and kind:
        # (or the body its own sentence names as a subject: "The Oklahoma State Bureau of
        # Investigation will investigate the deaths, an agency spokesman said")
        named_here = _body_spoke_in_paragraph(table, mention) or _organisation_before(table, mention, own=True)
        # (else the body its kind names, which the article need not name: "A government
        # spokesperson said", "a police spokesman")
        desc = mention.description
        return named_here or table._new(name=desc, type="organization", head_lemma=kind, description=desc)
    if not named:
        return None
    found = next((e for e in table.entities if e.type == "organization" and e.name == named), None)
    return found or table._new(name=named, type="organization", head_lemma=kind or "", description=mention.description)


def _body_spoke_in_paragraph(table: TableBase, mention: Mention) -> Entity | None:
    """ "In a statement, St. Agnes said ... A hospital spokeswoman said": the body that spoke last
    in the same paragraph, by a name (no outlet), is the one a kind's spokesperson speaks for."""
    para = table.doc.paragraph_at(mention.start)
    if para is None:
        return None
    spoke = [
        (at, e)
        for e in table.entities
        if e.type == "organization" and e.name[:1].isupper() and not table.m.outlets.first_in(e.name)
        and para.start <= (at := table.spoke_at.get(e.id, -1)) < mention.start
    ]  # fmt: skip
    return max(spoke, key=lambda x: x[0])[1] if spoke else None


def _counsel(table: TableBase, sent: Sentence, head: int, principal: Word) -> bool:
    """Lawyers of a person ("her lawyers", "Norman's lawyers"), not of a body."""
    if not table.vocab.in_lexicon("counsel_nouns", sent.words[head].lemma.lower()):
        return False
    if principal.upos == "PRON":
        return principal.lemma.lower() not in ("it", "its")  # ("its lawyers": the body's)
    return not table.vocab.in_lexicon("organization_words", principal.lemma.lower())


def _organisation_before(table: TableBase, mention: Mention, own: bool = False, owned: bool = False) -> Entity | None:
    """ "The Health Agency issued new rules. A spokesman said ...", "Staff said ...": a bare
    spokesperson (no lawyer: whose, is not said) speaks for the organisation named as the
    subject or object of the sentence before it or of its own, by a name that is an
    organisation's (``own``: a spokesperson of a kind, "an agency spokesman", in its own only;
    ``owned``: one "for the organization", whatever its length)."""
    sent, head = mention.ref.sentence, mention.head
    bare = own or owned or len(mention.description.split()) <= 2
    if not bare or table.vocab.in_lexicon("counsel_nouns", sent.words[head].lemma.lower()):
        return None
    earlier = [s for s in table.sentences if s.start <= mention.start][-1 if own else -2 :]
    here = table.doc.paragraph_at(mention.start)
    for s in reversed(earlier):
        there = table.doc.paragraph_at(s.start)
        if here is None or there is None or there.index != here.index:
            continue
        for w in s.words:
            if w.start < mention.start and (body := _definite_body_subject(table, s, w)) is not None:
                return body  # ("The airport denied ... A spokesman said": the airport named before)
            # (a name the article showed to be a body's, whatever the tagger made of it)
            learned = w.text[:1].isupper() and table.learned_org(w.text) is not None
            if (
                w.start >= mention.start
                or not (w.upos == "PROPN" or learned)
                or w.rel not in ("nsubj", "obj", "nsubj:pass")
            ):
                continue
            sub = set(s.subtree(w.index))
            run = [i for i in sorted(sub) if s.words[i].upos == "PROPN" and i <= w.index]
            while run[0] - 1 in sub and s.words[run[0] - 1].text[:1].isupper() and s.words[run[0] - 1].upos != "DET":
                run.insert(0, run[0] - 1)  # (a name word tagged otherwise: "The Drinking Water Inspectorate")
            end = run[-1]
            while end + 2 in sub and s.words[end + 1].text in ("of", "for") and s.words[end + 2].upos == "PROPN":
                end += 2  # ("Bureau of Investigation": its complement completes the name)
            name = table.doc.text[s.words[run[0]].start : s.words[end].end]
            # (or a name the article showed to be a body's: "Lumenly's CEO ... Lumenly didn't answer")
            known = table.learned_org(name) is not None or _body_named(table, name) is not None
            if not (table.is_org_name(name) or mention_type(s, w.index) == "organization" or known):
                continue
            if s.start <= mention.start < s.end and _contrasted(s, mention.head):
                return None  # ("Police estimated the crowd at 24,000, while organisers said": another side)
            return table.organization_entity(name, w.lemma.lower())
    return None


def _contrasted(sent: Sentence, head: int) -> bool:
    """The clause the mention speaks in is set against the one before: opened by "while",
    "whereas", "although" or "but"."""
    verb = sent.words[head].head
    return verb >= 0 and any(
        sent.words[c].rel in ("mark", "cc") and sent.words[c].lemma.lower() in _CONTRAST for c in sent.children[verb]
    )


_CONTRAST = frozenset({"while", "whereas", "but", "although", "though"})


def _definite_body_subject(table: TableBase, sent: Sentence, w: Word) -> Entity | None:
    """The body a definite noun for one ("The airport", "the ministry") that is its clause's
    subject stands for, when the article named it (an organisation entity), or None."""
    if (
        w.upos != "NOUN"
        or w.rel != "nsubj"
        or not any(sent.words[c].lemma.lower() == "the" for c in sent.children[w.index])
    ):
        return None
    if not any(table.vocab.in_lexicon(x, w.lemma.lower()) for x in ("organization_words", "place_words")):
        return None
    found, _ = table.entity_for(describe(WordRef(sent, w.index), table.doc.text, table.m.is_role, table.m.is_title))
    return found if found is not None and found.type == "organization" and found.name[:1].isupper() else None


def _name_runs_on(sent: Sentence, last: int, name: NameMention) -> bool:
    """Whether the organisation words are the title of a person's name that runs on after them
    ("a spokesperson for Transportation Minister Prabmeet Sarkaria" read with "Transportation"
    alone in the "for" phrase): the spokesperson is the person's."""
    return name.start <= sent.words[last].start and sent.words[last].end < name.end


def _apposed_name(sent: Sentence, noun: int, k: int) -> bool:
    """A name set off by a comma after ``noun`` ("the developer, Harbor Point Partners"), which the
    parse makes its apposition or a conjunct without a coordinator."""
    w = sent.words[k]
    start = min(sent.subtree(k))
    if w.upos != "PROPN" or k < noun or start == 0 or sent.words[start - 1].text != ",":
        return False
    return w.deprel == "appos" or w.deprel == "conj" and not any(sent.words[c].rel == "cc" for c in sent.children[k])


def _text(table: TableBase, sent: Sentence, k: int) -> str:
    sub = sent.subtree(k)
    return table.doc.text[sent.words[sub[0]].start : sent.words[sub[-1]].end]


def _for_phrase(table: TableBase, sent: Sentence, head: int, c: int) -> list[int]:
    """The words of the body a "for"/"of"/"at" phrase ``c`` names ("a spokesman for the ministry",
    "staff at the board", "a lawyer with the agency"; "a spokesman for Sen. Joe Manchin" with the
    "for" on the title before the name), or []."""
    w = sent.words[c]
    if not any(sent.words[k].lemma.lower() in _OF and k < c for k in sent.subtree(c) if sent.words[k].rel == "case"):
        return []
    # ("a spokeswoman for the developer, Harbor Point Partners": the name in apposition, or on
    # the spokeswoman, where the parse may hang it: then only a body's name)
    named = [k for k in sent.children[c] if _apposed_name(sent, c, k)] or [
        k for k in sent.children[head] if _apposed_name(sent, head, k) and table.is_org_name(_text(table, sent, k))
    ]
    # (or a post's holder, whose office speaks: "a spokeswoman for the governor", as "Trump's representatives")
    post = table.m.is_role(w.lemma.lower()) and any(sent.words[k].lemma.lower() == "the" for k in sent.children[c])
    # (a place run as a body speaks through its spokespeople: "a spokeswoman for the airport")
    body = any(table.vocab.in_lexicon(x, w.lemma.lower()) for x in ("organization_words", "place_words"))
    # (or a part of a body: "a spokesman for the union's city branch" speaks for the union)
    owner = [k for k in sent.children[c] if sent.words[k].deprel == "nmod:poss" and _body_word(table, sent, k)]
    if owner and not named or not (named or post or w.text[:1].isupper() or body):
        return owner[:1]
    # (not a relative clause on it: "a spokesman for the party, which holds 31 seats")
    top = named[0] if named else c
    clauses = {k for x in sent.children[top] if sent.words[x].deprel == "acl:relcl" for k in sent.subtree(x)}
    return [i for i in sent.subtree(top) if sent.words[i].rel not in ("case", "det", "punct") and i not in clauses]


def _body_word(table: TableBase, sent: Sentence, k: int) -> bool:
    """ "the union", "the ministry": a body's common noun after "the"."""
    w = sent.words[k]
    the = any(sent.words[d].lemma.lower() == "the" for d in sent.children[k])
    return the and w.upos == "NOUN" and table.vocab.in_lexicon("organization_words", w.lemma.lower())


def _bare_body(table: TableBase, mention: Mention, name: str, k: int) -> tuple[str, Entity | None]:
    """What a spokesperson's bare body noun stands for: the name, or the body entity."""
    sent = mention.ref.sentence
    # ("Agency staff" after "The Health Agency issued ...": the organisation named in full)
    name = named_with_head(table.doc.prose, name.lower(), mention.start) or name
    if name.lower() in GENERIC_BUSINESS:  # ("a spokeswoman for the company")
        name = business_named_before(table, mention.start) or name
    elif name.islower() and (same := _the_body(table, sent, k)) is not None:
        return name, same  # ("The Guardia Civil said ... A spokesman for the force said")
    if name.islower() and (named := _organisation_before(table, mention, owned=True)) is not None:
        return name, named  # ("USA Swimming has restricted ..., a spokeswoman for the organization said")
    return name, None


def _the_body(table: TableBase, sent: Sentence, i: int) -> Entity | None:
    """The organisation "the force", "the ministry" stands for, resolved as that description would
    be as a speaker (a body the article named that has spoken), or None."""
    if not any(sent.words[k].lemma.lower() == "the" for k in sent.children[i]):
        return None
    found, _ = table.entity_for(describe(WordRef(sent, i), table.doc.text, table.m.is_role, table.m.is_title))
    # (only one that has spoken: not "Australia" of "a tour of Australia" for "the board")
    spoke = found is not None and table.spoke_at.get(found.id) is not None
    return found if found is not None and spoke and found.type == "organization" and found.name[:1].isupper() else None


# "Analysts at Rabobank said": a firm's research desk speaks for the firm, as a spokesperson does
_DESK_NOUNS = frozenset({"analyst", "economist", "strategist"})
_AT_FIRM = regex.compile(
    r"^\w+\s+(?:at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?(\p{Lu}[\w&.'’-]*(?:\s+&?\s*\p{Lu}[\w&.'’-]*)*)$"
)


def research_desk(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """ "Analysts at Rabobank", "Analysts at brokerage Kessler & Rahm", "Economists at Zuidmeer
    Bank NV": the plural of a research trade at a named firm, and nothing more, is the firm."""
    if head_lemma not in _DESK_NOUNS or "Number=Plur" not in mention.ref.sentence.words[mention.head].feats:
        return None
    # (the firm's own description set off after it is the firm's: "Economists at Every Texan, a
    # left-leaning policy group in Austin,")
    m = _AT_FIRM.match(regex.sub(r",\s+(?:an?|the)\s.*$", "", mention.description))
    return table.organization_entity(m.group(1), head_lemma) if m is not None else None


def _capitalised_name(table: TableBase, w: Word) -> bool:
    """A modifier written with a capital for a body's name ("a Navy spokeswoman"), not a common
    noun capitalised only because it opens the sentence ("Race organisers said")."""
    opener = w.index == 0 and w.upos == "NOUN" and not table.vocab.in_lexicon("organization_words", w.lemma.lower())
    # (or one the tagger read as an adjective, "Protest organisers said"; not a party's or a
    # nation's, "Republican aides")
    lex = table.vocab.in_lexicon
    adjective = (
        w.index == 0 and w.upos == "ADJ" and not any(lex(x, w.text.lower()) for x in ("party_members", "demonyms"))
    )
    # (but a body the article named, read as an adjective at the sentence's start: "Brightloop
    # spokespeople did not dispute ...")
    named = adjective and (table.learned_org(w.text) is not None or _body_named(table, w.text) is not None)
    return w.text[:1].isupper() and not opener and (not adjective or named)
