"""The organisation a bare definite description names by its head noun: "The agency said ..."
after "The Environmental Protection Agency issued new rules" is the EPA, even when the EPA
itself was never quoted (issue #12: "the agency" not resolved to the organisation the article
named)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from provenance.attribution.datelines import dateline_end
from provenance.lexical import REGEX_TIMEOUT, warn_timeout

from .body_kinds import other_body_kind, other_named_kind
from .name_runs import name_runs

if TYPE_CHECKING:
    from provenance.syntax.tree import Sentence, Word

    from .mentions import Mention
    from .model import Entity
    from .table import TableBase

# A capitalised run (up to six words, with "of"/"for"/"and" inside) ending in the head noun
# written with a capital: "Environmental Protection Agency", "Acme Mining Company" ("Bank of
# Canada", whose head is first, is read by its "of" phrase: named_with_head). Never across a line: a headline is not part of a name.
_RUN = r"((?:\p{Lu}[\w’'&.-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)?){1,6})"


# the name's "of" phrase when it closes the capitalised run: "Florida Division of Emergency
# Management" (not "... Management Director Kevin Guthrie": a title and a name run on; no full stop
# inside it: a sentence may end there)
_OF_TAIL = r"(?P<tail>(?:[ \t]+(?:of|for)(?:[ \t]+(?:and|the|\p{Lu}[\p{L}'’&-]*)){0,3}[ \t]+\p{Lu}[\p{L}'’&-]*(?![\p{L}'’&-]|[ \t]+\p{Lu}))?)"


# Small words a name writes in lower case ("Bank of Canada"); capitalised, they show a line in title case
_TITLE_CASE_WORDS = frozenset({"By", "In", "To", "For", "Of", "With", "At", "On", "From", "Her", "His", "Is", "Are"})


def named_with_head(
    prose: str, head_lemma: str, before: int, also: tuple[str, ...] = (), goes_on: Callable[[str], bool] | None = None
) -> str | None:
    """The last capitalised name before ``before`` that ends in ``head_lemma`` ("Agency") or in
    one of ``also`` (the kind's other name heads, ``kind_name_heads``: "Medical Center" for
    "hospital"), or None. ``goes_on``: the words of a body's name (``organization_words``) that
    may follow the head and end the name ("police" is the "Kellerton Police Service", not the
    "Kellerton Police")."""
    if not head_lemma.isalpha() or len(head_lemma) < 3:
        return None
    heads = [head_lemma[:1].upper() + head_lemma[1:], *also]
    rx = regex.compile(_RUN + "(" + "|".join(regex.escape(h) for h in heads) + r")\b" + _OF_TAIL)
    # (or one the head opens, with its "of" phrase: "the University of Calderon", "Bank of Canada")
    first = regex.compile(r"()\b(" + "|".join(regex.escape(h) for h in heads) + r")\b" + _OF_TAIL)
    found = None
    try:
        for pattern in (first, rx):  # (the run's reading last: it wins a tie, "Acme Bank of Canada")
            for m in pattern.finditer(prose, 0, before, timeout=REGEX_TIMEOUT):
                if (m.group(1) or m.group("tail")) and (found is None or m.start(2) >= found.start(2)):
                    found = m
    except TimeoutError:
        warn_timeout("organisation names")
    if found is None:
        return None
    name = (found.group(1) + found.group(2) + (found.group("tail") or "")).strip()
    if goes_on is not None and not found.group("tail"):
        more = _NEXT_WORD.match(prose, found.end())
        name = name + " " + more.group(1) if more is not None and goes_on(more.group(1).lower()) else name
    name = regex.sub(r"^(?:The|A|An)\s+", "", name)
    if any(w in _TITLE_CASE_WORDS for w in name.split()[1:]):
        return None  # (a line in title case, not a name: "... Singer Benched By NBA Team")
    return name if len(name.split()) >= 2 else None


# The capitalised word right after a name's head (the name may go on: "Police Service")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})")


def organisation_with_head(table: TableBase, head_lemma: str, before: int) -> Entity | None:
    """The organisation entity of that name (made if the article only named it), or None."""
    org_word = lambda w: table.vocab.in_lexicon("organization_words", w)  # noqa: E731
    name = named_with_head(table.doc.prose, head_lemma, before, kind_heads(table, head_lemma), org_word)
    if name is None:
        return None
    return table.organization_entity(name, head_lemma)


def kind_heads(table: TableBase, kind: str) -> tuple[str, ...]:
    """The other words a name of this kind may end in (``kind_name_heads``)."""
    lex = table.vocab.lexicons.get("kind_name_heads")
    return next((e.aliases for e in lex.entries if e.name == kind), ()) if lex is not None else ()


# A name whose shares the article names: a company's, wherever the name stands ("Shares in Tessaly
# fell ... after the homeware retailer said", "Tessaly's share price", "Halvorsen shares slid")
_NAME = r"\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+){0,3}"
_TRADED = regex.compile(
    rf"\b[Ss]hares (?:in|of) (?P<name>{_NAME})|(?P<name>{_NAME})(?:['’]s?)? (?:shares|stock|share price) (?:fell|rose|slid|jumped|dropped|climbed|tumbled|plunged|soared|gained|closed)\b"
)


def traded_names(text: str) -> list[str]:
    """The names whose shares the text names (a company's, whatever else the name looks like)."""
    return [m.group("name") for m in _TRADED.finditer(text)]


# The words any business is called by, whatever its kind ("the company", "a company spokeswoman")
GENERIC_BUSINESS = frozenset({"company", "firm", "business", "corporation"})
ANY_BODY = frozenset({"group", "organisation", "organization"})  # (a body of any kind: "the group")


def business_named_before(
    table: TableBase, before: int, after: int = -1, kinded: bool = False, kind: str = ""
) -> str | None:
    """The business the article named last before ``before`` (and after ``after``) by a name it
    said is a business's ("Pulsewise, a fitness app maker, ..." then "A company spokeswoman said";
    the kinds of ``company_kinds``), as written; None if there is none. ``kinded``: only a name
    given such a kind (``kind``: that one), not one that spoke or only showed it is some body's."""
    best: tuple[int, str] | None = (after, "") if after >= 0 else None
    # (or a body that spoke under its name, no outlet and no public body: "Pulsewise wrote ...")
    spoke = [] if kinded else table.entities  # (``kinded``: a name given a kind only)
    for e in spoke:
        at = table.spoke_at.get(e.id, -1)
        if e.type != "organization" or not 0 <= at < before or not e.name[:1].isupper() or e.vague:
            continue
        if e.name.split()[0].lower() in ("a", "an", "the"):
            continue  # (a description, no name: "A government spokesperson")
        if table.m.outlets.first_in(e.name) or table.vocab.in_lexicon("public_bodies", e.head_lemma):
            continue
        if best is None or at > best[0]:
            best = (at, e.name)
    # (a name the article showed to be a body's in other ways, "Pillowtree, which says ...", of no kind
    # it named: a business for "the company" unless an outlet; no place: "across Europe and North America")
    unkinded = {
        key: ""
        for key in table.org_keys
        if not kinded
        and key not in table.org_kinds
        and not table.m.outlets.first_in(key)
        and not table.vocab.in_lexicon("countries", key.split()[-1])
    }
    for key, given in {**table.org_kinds, **unkinded}.items():
        if (given != kind) if kind else (given and not table.vocab.in_lexicon("company_kinds", given)):
            continue  # (a kind asked for is that kind, a business's or not: "a campaign group")
        found = list(regex.finditer(r"\b" + regex.escape(key) + r"\b", table.doc.prose[:before], regex.I))
        if not found:
            continue
        # (or by its first word alone since: "Brightwell Group Plc's takeover of Greenhill Vets Ltd
        # ... Brightwell shares fell ... The company said" is Brightwell)
        at = max(found[-1].start(), _named_by_first_word(table, key, found[-1].start(), before))
        if best is None or at > best[0]:
            best = (at, found[-1].group())
    return best[1] if best is not None and best[1] else None


def _named_by_first_word(table: TableBase, key: str, after: int, before: int) -> int:
    """Where, between ``after`` and ``before``, the article last wrote the first word of the name
    ``key`` as a proper noun on its own (not the first word of another name); -1 if nowhere."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 4:
        return -1
    for sent in reversed([x for x in table.sentences if after < x.end and x.start < before]):
        for w in reversed(sent.words):
            if not after < w.start < before or not w.text[:1].isupper() or table.key(w.text) != words[0]:
                continue
            if w.upos != "PROPN" and w.index > 0:
                continue  # (a sentence's first word the tagger may call an adjective: "Brightwell shares fell")
            nxt = sent.words[w.index + 1] if w.index + 1 < len(sent.words) else None
            if nxt is None or nxt.upos != "PROPN" or table.key(nxt.text) == words[1]:
                return w.start
    return -1


def business_in_sentence(table: TableBase, mention: Mention) -> Entity | None:
    """The company the mention's own sentence names before it by a name that says it is a body's
    ("The train, operated by Western Rail Services ..., was carrying 400 passengers, according to
    the company"; "run by the charity SeaBridge Rescue, ..., the group said"), for a company's or a
    group's noun; no outlet, no public body."""
    sent = mention.ref.sentence
    kind, plural = mention.head_lemma, "Number=Plur" in sent.words[mention.head].feats  # (not "the groups")
    if plural or kind not in GENERIC_BUSINESS | ANY_BODY and not table.vocab.in_lexicon("company_kinds", kind):
        return None
    # (never a dateline's place in capitals: "SINGAPORE/HONG KONG, May 14 (Reuters) -")
    for run in reversed(name_runs(sent, dateline_end(sent) + 1, mention.ref.index - 1)):
        name = table.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end]
        if kind not in GENERIC_BUSINESS | ANY_BODY and sent.words[run[0]].start >= mention.start:
            continue  # (a kind's own place: "The Cambridge, Massachusetts-based drugmaker")
        # (or one the article showed to be a body's elsewhere: "Shares in Tessaly fell ... after the homeware
        # retailer said", ``learned``)
        body = table.is_org_name(name) or table.learned_org(name) is not None
        if not (body or _lone_subject(table, sent, run, name)) or table.m.outlets.first_in(name):
            continue
        last = sent.words[run[-1]]
        if table.vocab.in_lexicon("public_bodies", last.lemma.lower()) or table.vocab.in_lexicon(
            "countries", last.text
        ):
            continue  # (nor a place: "across Europe and North America")
        return table.organization_entity(name, last.lemma.lower())
    return None


def _lone_subject(table: TableBase, sent: Sentence, run: list[int], name: str) -> bool:
    """One word, no given name and no person's surname in the article, the subject of a clause of the
    sentence: "Lufthansa cancelled around 800 flights ..., the airline said" names the airline."""
    tokens = table.tokens(name)
    if len(run) != 1 or sent.words[run[0]].rel != "nsubj" or tokens[0] in table.m.names.given_names:
        return False
    return not any(len(t := table.tokens(n.name)) > 1 and tokens[0] in t for n in table.person_names)


# Relatives a possessive makes definite ("her daughter": the one the article named so), and the
# words that tell one jurisdiction's body from another's ("the state health department")
KIN = frozenset("daughter son wife husband mother father sister brother grandson granddaughter niece nephew".split())
JURISDICTIONS = frozenset("state county city federal provincial municipal regional district tribal".split())


# What a country or its capital that speaks may be called after ("Beijing said ... the government said")
_GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "state", "country", "authority"})


def kind_fits(table: TableBase, org: Entity, head_lemma: str) -> bool:
    """Whether a named organisation can be "the <head_lemma>": not one the article said is of
    another kind ("the flight-tracking service FlightGrid" is no "company" and no "union"); a
    generic word for a business names any business, "the group" any body but the state's."""
    lex = table.vocab.in_lexicon
    learned = table.learned_org(org.name)
    kind = table.org_kinds.get(learned) if learned is not None else None
    if kind is None:
        # (a name whose own last word says it is no business: "The company said" after "The
        # Competition and Markets Authority said" is not the authority)
        words = org.name.split()
        # (nor a place: "the company said" after "across Europe and North America"; the head of a
        # name through "of": "Department" of "Maryland State Department of Education")
        words = words[: words.index("of")] if "of" in words[1:] else words
        last = words[-1].lower() if words else ""
        # (nor a business whose name says it is of another kind: "the airline said" after "Great
        # Lakes Central Railroad")
        other = lex("company_kinds", head_lemma) and lex("company_kinds", last) and last != head_lemma
        other = other and words[-1] not in kind_heads(table, head_lemma) and head_lemma not in GENERIC_BUSINESS
        # (a country or its capital speaking is its government, no "commission" or "company":
        # "Manila said ... The commission said")
        state = any(lex(x, org.name.lower()) for x in ("countries", "capital_cities"))
        if state and head_lemma not in _GOVERNMENT_WORDS:
            return False
        # (nor a body whose name ends in another kind of body: "the council said" after "the East
        # African Tea Trade Association")
        if other_body_kind(head_lemma, last) or (words and other_named_kind(table.vocab, head_lemma, words[-1])):
            return False
        return not other and not (
            head_lemma in GENERIC_BUSINESS and (lex("non_business_heads", last) or lex("countries", last))
        )
    if kind == head_lemma:
        return True
    generic = head_lemma in GENERIC_BUSINESS and lex("company_kinds", kind)
    return generic or head_lemma in ANY_BODY and not lex("public_bodies", kind)


def phrase_opener(sent: Sentence, comma: int) -> tuple[Word | None, int]:
    """The word that opens the noun phrase after ``comma`` (its article, or the "one" of "one of")
    and where its own words start: "Corvalis, a Montreal engineering firm,"; "Vantrix, once one of Asia's
    fastest-growing exchanges,", "Manibela, one of the groups ...," (apposed_bodies.institution_apposition)."""
    det = sent.words[comma + 1] if comma + 1 < len(sent.words) else None
    k = comma + 2 if det is not None and det.upos == "ADV" else comma + 1
    if k + 1 < len(sent.words) and sent.words[k].lemma.lower() == "one" and sent.words[k + 1].lemma.lower() == "of":
        return sent.words[k], k + 2 + (k + 2 < len(sent.words) and sent.words[k + 2].upos == "DET")
    return det, comma + 2


# The last words of a business's name ("Great Lakes Central Railroad", "Solaris Air", "Rheinmark
# Holdings"): "the company" after it, when no body has spoken, is that business.
_BUSINESS_NAME_ENDS = (
    "Inc", "Ltd", "Corp", "Corporation", "Company", "Holdings", "LLC", "Plc", "PLC", "Railroad", "Railway",
    "Air", "Airlines", "Airways", "Motors", "Technologies", "Industries", "Pharmaceuticals", "Logistics",
)  # fmt: skip


def kinded_before(table: TableBase, head_lemma: str, before: int) -> Entity | None:
    """The body a bare "the union", "the network", "the company" stands for when no body of its kind
    spoke: the last the article said is of that kind ("teachers' union CTERA", ``org_kinds``; any
    business's for "the company": "developer Bay Tidal Power"), else, for a business, the last name
    ending as only a business's does ("operated by Great Lakes Central Railroad")."""
    name = business_named_before(table, before, kinded=True, kind=head_lemma)
    if name is None and head_lemma in GENERIC_BUSINESS:
        name = business_named_before(table, before, kinded=True)
        name = name or named_with_head(table.doc.prose, "company", before, _BUSINESS_NAME_ENDS)
        name = None if name is None or in_headline(table, name, before) else name
    return table.organization_entity(name, head_lemma) if name is not None else None


def in_headline(table: TableBase, name: str, before: int) -> bool:
    """The name's last writing before ``before`` is in the article's headline (``headline``):
    a title-case headline reads as names ("Railroad Faces Fines Over Spill")."""
    at = table.doc.prose.rfind(name, 0, before)
    sent = next((s for s in table.sentences if s.start <= at < s.end), None)
    return sent is not None and table.headline(sent)


def known_body_end(in_lex: Callable[[str, str], bool], name: str, given_first: bool) -> bool:
    """A body whose name says nothing of what it is ("Greenpeace", "the Canadian Red Cross"), by
    its last words only when they are two or more ("Mike Target" is a person); or a utility's by
    its last word ("Thames Water", ``company_name_ends``), or by a body's noun in the plural
    ("Edmonton Public Schools"), with no
    known given name first (``given_first``; "Tyra Banks")."""
    parts = name.split()
    ends = [" ".join(parts[k:]) for k in range(len(parts)) if k == 0 or len(parts) - k > 1]
    if any(in_lex("known_organizations", end) for end in ends):
        return True
    if not given_first and any(in_lex("known_organizations", " ".join(parts[:k])) for k in range(1, len(parts))):
        return True  # (a known body's branch: "Greenpeace Nordic", "Amnesty International Australia")
    last = parts[-1] if parts else ""
    # (three words or more: "Tyra Banks" is a person whatever the given names lexicon knows)
    plural = len(parts) > 2 and last.endswith("s") and in_lex("organization_words", last.lower()[:-1])
    return (
        len(parts) > 1 and last.istitle() and (in_lex("company_name_ends", last.lower()) or plural) and not given_first
    )


def name_since(table: TableBase, e: Entity, head_lemma: str, before: int) -> None:
    """ "..., the airline said. ¶ The Airbus, operated by carrier Solaris Air, ..., the airline
    said": a body first described by its kind is named by the name of that kind written since
    (one written before would have named it at once: ``organisation_with_head``)."""
    name = named_with_head(table.doc.prose, head_lemma, before, kind_heads(table, head_lemma))
    if name is not None and len(name.split()) >= 2 and not in_headline(table, name, before):
        e.name = table._org_name(name)


def public_body_named(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """ "police said" (a body of the state, ``public_bodies``, with no article) after "The Kellerton
    Police Service has charged ...": the body the article named with that word."""
    if mention.description.lower() != head_lemma or not table.vocab.in_lexicon("public_bodies", head_lemma):
        return None
    return organisation_with_head(table, head_lemma, mention.start)


def jurisdiction_words(sent: Sentence, head: int) -> list[str]:
    """The words that say whose body a body noun is: "The sheriff's office", "The state health
    department" (not the county's)."""
    kids = [sent.words[c] for c in sent.children[head]]
    return [
        x.text.lower()
        for x in kids
        if (x.deprel == "nmod:poss" and x.upos == "NOUN") or x.lemma.lower() in JURISDICTIONS
    ]
