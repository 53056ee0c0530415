"""The organisation a bare definite description names by its head noun: "The agency said ..."
after "The Environmental Protection Agency issued new rules" is the EPA, even when the EPA
itself was never quoted (issue #12: "the agency" not resolved to the organisation the article
named)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from provenance.attribution.acronym_names import JOINS, acronym_shaped, initials, loosely_spells, spells
from provenance.attribution.datelines import dateline_end
from provenance.lexical import REGEX_TIMEOUT, warn_timeout

from .body_kinds import other_body_kind, other_named_kind
from .name_runs import name_runs
from .outlets import ACRONYM

if TYPE_CHECKING:
    from provenance.syntax.tree import Sentence, Word

    from .mentions import Mention
    from .model import Entity
    from .table import TableBase

# A capitalised run (up to six words, with "of"/"for"/"and" inside) ending in the head noun
# written with a capital: "Environmental Protection Agency", "Bank of Canada" is not one (its
# head is first), "Acme Mining Company". Never across a line: a headline is not part of a name.
_RUN = r"((?:\p{Lu}[\w’'&.-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)?){1,6})"


# the name's "of" phrase when it closes the capitalised run: "Florida Division of Emergency
# Management" (not "... Management Director Kevin Guthrie": a title and a name run on; no full stop
# inside it: a sentence may end there)
_OF_TAIL = r"(?P<tail>(?:[ \t]+(?:of|for)(?:[ \t]+(?:and|the|\p{Lu}[\p{L}'’&-]*)){0,3}[ \t]+\p{Lu}[\p{L}'’&-]*(?![\p{L}'’&-]|[ \t]+\p{Lu}))?)"


# Small words a name writes in lower case ("Bank of Canada"); capitalised, they show a line in title case
_TITLE_CASE_WORDS = frozenset({"By", "In", "To", "For", "Of", "With", "At", "On", "From", "Her", "His", "Is", "Are"})


def named_with_head(prose: str, head_lemma: str, before: int, also: tuple[str, ...] = ()) -> str | None:
    """The last capitalised name before ``before`` that ends in ``head_lemma`` ("Agency") or in
    one of ``also`` (the kind's other name heads, ``kind_name_heads``: "Medical Center" for
    "hospital"), or None."""
    if not head_lemma.isalpha() or len(head_lemma) < 3:
        return None
    heads = [head_lemma[:1].upper() + head_lemma[1:], *also]
    rx = regex.compile(_RUN + "(" + "|".join(regex.escape(h) for h in heads) + r")\b" + _OF_TAIL)
    found = None
    try:
        for m in rx.finditer(prose, 0, before, timeout=REGEX_TIMEOUT):
            found = m
    except TimeoutError:
        warn_timeout("organisation names")
    if found is None:
        return None
    name = (found.group(1) + found.group(2) + (found.group("tail") or "")).strip()
    name = regex.sub(r"^(?:The|A|An)\s+", "", name)
    if any(w in _TITLE_CASE_WORDS for w in name.split()[1:]):
        return None  # (a line in title case, not a name: "... Singer Benched By NBA Team")
    return name if len(name.split()) >= 2 else None


def organisation_with_head(table: TableBase, head_lemma: str, before: int) -> Entity | None:
    """The organisation entity of that name (made if the article only named it), or None."""
    name = named_with_head(table.doc.prose, head_lemma, before, kind_heads(table, head_lemma))
    if name is None:
        return None
    return table.organization_entity(name, head_lemma)


def kind_heads(table: TableBase, kind: str) -> tuple[str, ...]:
    """The other words a name of this kind may end in (``kind_name_heads``)."""
    lex = table.vocab.lexicons.get("kind_name_heads")
    return next((e.aliases for e in lex.entries if e.name == kind), ()) if lex is not None else ()


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
        if not (table.is_org_name(name) or _lone_subject(table, sent, run, name)) or table.m.outlets.first_in(name):
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


@lru_cache(maxsize=4096)  # (asked again for every organisation the article's table makes or types)
def spelled_out(prose: str, acronym: str, before: int) -> str | None:
    """ "Centers for Disease Control and Prevention" for "CDC" when the article wrote "Centers for
    Disease Control and Prevention (CDC)" before ``before``: the name an acronym in brackets
    follows; None when the article gave none. An acronym the article writes like a name
    ("National Electric Power Regulatory Authority (Nepra)") counts when the name spells it; one
    with small letters inside ("TfL") when the name with its small words spells it."""
    if not (2 <= len(acronym) <= 8 and acronym.isalpha()):
        return None
    capitals = acronym.isupper()
    mixed = not capitals and acronym_shaped(acronym)
    if not (capitals or mixed) and not (acronym[:1].isupper() and acronym[1:].islower()):
        return None
    found = list(regex.finditer(_BRACKETED.format(regex.escape(acronym)), prose[:before]))
    # (or after ", or": "the Indonesian Palm Oil Association, or GAPKI,")
    found = found or list(regex.finditer(_OR_ACRONYM.format(regex.escape(acronym)), prose[:before]))
    if not found:
        return _initials_before(prose, acronym) if capitals or mixed else None
    return _bracketed_name(found[-1].group("name"), acronym, capitals)


def spelt_by_acronym(prose: str, name: str) -> bool:
    """A name with a small word inside that an acronym of the article spells ("Transport for
    London" with "TfL" later): a body's name, as a person's never is (attribution/acronym_names.py)."""
    words = name.replace(",", " ").split()
    if not any(w in JOINS for w in words[1:-1]):
        return False
    acronyms = {a for a in _ACRONYM_WORD.findall(prose) if acronym_shaped(a)}
    return any(spells(a, words) or loosely_spells(a, words) for a in acronyms)


def bracketed_acronym(prose: str, name: str) -> bool:
    """A name of two words or more the article follows with its acronym in brackets ("The Rashtriya
    Jan Morcha (RJM)"): a body's, as a person's name never is."""
    words = name.split()
    if len(words) < 2 or not name[:1].isupper():
        return False
    found = regex.search(regex.escape(name) + r"\s*\(\s*(\p{Lu}[\p{L}]{1,7})\s*\)", prose)
    return found is not None and spells(found.group(1), words)


_ACRONYM_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}{1,5}(?![\p{L}])")


def _bracketed_name(name: str, acronym: str, capitals: bool) -> str | None:
    """The name in ``name`` (the words before "(ACRONYM)") the acronym stands for: from the first
    capitalised word whose words spell it, commas inside ("Department of National Parks, Wildlife
    and Plant Conservation (DNP)"), else whose initials open with it; else the words after the last
    comma, with its first letter ("Germany, France and the International Energy Agency (IEA)")."""
    words = name.split()
    bare = [w.rstrip(",") for w in words]
    starts = [k for k, w in enumerate(bare) if w[:1] == acronym[0] and w != "The" and k < len(words) - 1]
    for test in (spells, lambda a, ws: capitals and initials(ws).startswith(a)):
        k = next((k for k in starts if test(acronym, bare[k:])), -1)
        if k >= 0:
            return " ".join(words[k:])
    words = name.rsplit(",", 1)[-1].split()
    while words and (not words[0][:1].isupper() or words[0].lower() == "the"):
        words.pop(0)  # ("The" and a lower-case word before the name are no part of it)
    # (an acronym of the name in its own language spells nothing here: "... Association (GAPKI)")
    if len(words) < 2 or not capitals and (words[0][:1] != acronym[0] or not spells(acronym, words)):
        return None
    return " ".join(words)


def _initials_before(prose: str, acronym: str) -> str | None:
    """ "Euphrates Defence Forces" for "EDF": a capitalised name the article wrote before it first
    used the acronym, whose capitalised words' initials spell it (the last such name); else the
    first such name after (a headline's "KWS says" before "the Kenya Wildlife Service has said").
    With none, a name spelt but for one word inside ("CMS" of "Centers for Medicare and Medicaid
    Services": ``loosely_spells``)."""
    first = max(prose.find(acronym), 0)
    try:
        for test in (spells, loosely_spells):
            spelt = None
            for lo, hi in ((0, first), (first, len(prose))):
                for m in _CAPITALISED_RUN.finditer(prose, lo, hi, timeout=REGEX_TIMEOUT):
                    if (found := _spelt_part(m.group(0).split(), acronym, test)) is not None:
                        spelt = found
                        if lo > 0:
                            return spelt
                if spelt is not None:
                    return spelt
    except TimeoutError:
        warn_timeout("organisation names")
    return None


def _spelt_part(words: list[str], acronym: str, test: Callable[[str, list[str]], bool]) -> str | None:
    """The longest part of a capitalised run, from a capitalised word to one, that ``test`` finds
    the acronym spells (not "... Services on Tuesday": the run goes on past the name)."""
    for size in range(len(words), 1, -1):
        for k in range(len(words) - size + 1):
            part = words[k : k + size]
            if part[0][:1].isupper() and part[-1][:1].isupper() and test(acronym, part):
                return " ".join(part)
    return None


_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'’.&-]*(?:[ \t]+(?:(?:of|for|and|on|&)[ \t]+)?\p{Lu}[\p{L}'’.&-]*){1,7}")


# A capitalised name (with its small words) right before "(ACRONYM)"
_OR_ACRONYM = r"(?P<name>\p{{Lu}}[\p{{L}}'’.&-]*(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the)){{1,8}}),[ \t]+or[ \t]+{}\b"
_BRACKETED = r"(?P<name>(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the|de|du|des|la|el)(?:,?[ \t]+(?:\p{{Lu}}[\p{{L}}'’.&-]*|of|for|and|on|the|de|du|des|la|el)){{1,9}})[ \t]+\( ?{} ?\)"


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


def acronym_of(short: str, name: str) -> bool:
    """ "APC" of "All Progressives Congress", "FDA" of "Food and Drug Administration": an acronym
    of two to six capitals spelt by the first letters of a longer name's capitalised words."""
    if not (2 <= len(short) <= 6 and ACRONYM.fullmatch(short)) or " " not in name:
        return False
    return spells(short, name.split())
