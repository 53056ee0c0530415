"""When a definite description names the body the article named before: "the utility" after "BC
Hydro said" (bare), "The Chicago-based company" (placed by where it is based), "The trade body" (a
sector word before a word for any body), and — wire style for a second reference — "The German
carmaker", "the Swiss bank", "the UN refugee agency" (placed by its nation or bloc, with a sector
word or not). Not "the opposition party" nor "a rival union": those set a body apart."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import regex

from .epithets import speaker_just_before
from .head_names import ANY_BODY, GENERIC_BUSINESS, kind_fits
from .org_subjects import PLACED_BY, recent_org_subject

if TYPE_CHECKING:
    from .mentions import Mention
    from .model import Entity
    from .pronouns import PronounResolver
    from .table import TableBase

# Body nouns that say no more than "a body" ("The trade body", "the lobby group", not "the advisory panel"),
# and the watchdogs news names by their field ("the spending watchdog", "the energy regulator")
_ANY_KIND = ANY_BODY | {"body", "association", "watchdog", "regulator"}
# Modifiers that set a body apart from one named before ("the opposition party", "a rival union")
_CONTRAST = frozenset(
    "opposition rival other ruling main new former second smaller larger local national state federal regional "
    "foreign parent sister city county provincial municipal global international european".split()
)

_GOVERNING_BODY = regex.compile(
    r"(?i)^(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s*['’]s\s+)?(?:world\s+|national\s+|international\s+)?governing\s+body$"
)


def governing_body(description: str) -> bool:
    """ "the governing body", "cycling's governing body": definite, whatever its article."""
    return _GOVERNING_BODY.match(description) is not None


# Blocs and states news writes by their initials before a body's noun ("the UN agency", "the
# U.S. company", "the EU body")
_BLOCS = frozenset({"UN", "U.N.", "EU", "E.U.", "US", "U.S.", "UK", "U.K."})


def bare_or_placed(table: TableBase, mention: Mention) -> bool:
    """Whether ``mention``'s description names no more than a body of the named one's kind."""
    words = regex.sub(r"\s*-\s*", "-", mention.description).split()  # (a tokenised "Chicago - based" too)
    if _GOVERNING_BODY.match(mention.description):
        return True  # ("The governing body said" after "the ICC said": what it governs adds nobody)
    nation = [w for w in words[1:-1] if _nation_word(table, mention, w)]
    # (not a name's apposition, which describes the name beside it, however parsed: "Teck, the
    # Canadian mining company, says")
    # (a comma after a fronted phrase is none: "In a statement, the French energy group said")
    before = [w for w in mention.ref.sentence.words if w.end <= mention.start]
    named = len(before) >= 2 and before[-1].text == "," and before[-2].text[:1].isupper()
    apposed = mention.ref.sentence.words[mention.head].rel == "appos" or named
    if nation and len(nation) <= 2 and not apposed:
        # ("The German carmaker", "The UN health agency": the nation or bloc places it, the
        # sector says what it does; a contrast still sets it apart, "the German opposition party")
        rest = [w for w in words if w not in nation]
        if len(rest) <= 2 or len(rest) == 3 and _sector(rest[1]):
            return True
    # (a place of several words: "The Cambridge, Massachusetts-based drugmaker"; an owner: "The
    # state-owned power utility"; or a sector word: "The trade body", not "The opposition party")
    placed = any(regex.search(rf"-{PLACED_BY}$", w) for w in words[1:-1])
    sector = len(words) == 3 and _sector(words[1])
    # (a business's kind after its sector: "the homeware retailer", "the software company")
    business = table.vocab.in_lexicon("company_kinds", words[-1].lower()) or words[-1].lower() in GENERIC_BUSINESS
    return len(words) <= 2 or placed or sector and (words[2].lower() in _ANY_KIND or business)


def _sector(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _CONTRAST


def _nation_word(table: TableBase, mention: Mention, word: str) -> bool:
    """A bloc's initials, a country's or a capital's name, or a nation's adjective ("German",
    "Brazilian", "French": a capitalised adjective the tagger read so inside the mention)."""
    if word in _BLOCS or any(table.vocab.in_lexicon(x, word) for x in ("countries", "capital_cities")):
        return True
    if word[:1].isupper() and table.vocab.in_lexicon("demonyms", word.lower()):
        return True  # ("Swiss", which the tagger may read as a name)
    sent = mention.ref.sentence
    return word[:1].isupper() and any(
        w.text == word and w.upos == "ADJ" and mention.start <= w.start < mention.end for w in sent.words
    )


def business_just_spoke(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """The named business that spoke last of all, in the mention's paragraph or the one before,
    for "the company" (not an apposition): "EACOP Ltd told Daily Monitor ... ¶ '...,' the company
    added", though "Uganda National Oil Company" was named before, by its name's last word."""
    if head_lemma not in GENERIC_BUSINESS or mention.ref.sentence.words[mention.head].rel == "appos":
        return None
    spoke = speaker_just_before(table, mention.start)
    if spoke is None or (e := spoke[1]).type != "organization" or e.vague:
        return None
    # (nor past a business a clause has had for its subject since: "Regulators said BetaCo Ltd ...")
    since = recent_org_subject(cast("PronounResolver", table), mention.start, strict=True, after=spoke[0])
    # (nor an outlet that reported: "The Guardian reported ..., though the company said")
    outlet = table.m.outlets.first_in(e.name) is not None
    fits = e.name[:1].isupper() and kind_fits(table, e, "company") and since in (None, e) and not outlet
    return e if fits else None
