"""A name the words around it say is a body's: a description set off after it, headed by an
institution's noun ("Corvalis, a Montreal engineering firm,", "Iustitia, Poland's largest
association of judges,"), or an institution's noun right before it ("Environmental group Kalikasan
said", "Her label, Crescent Records, said"). Read by word order: the parse often takes such a
phrase for a second subject. Used by ``candidates`` when it lists the article's names."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from provenance.syntax.tree import Sentence

from .descriptions import age_follows
from .head_names import phrase_opener
from .role_words import relative_subject_of, who_clause_on

if TYPE_CHECKING:
    from .table import TableBase


# The superlatives of size, which rank businesses by output, not people ("the world's largest
# salmon farmer", "the country's biggest employer")
_SIZES = frozenset({"largest", "biggest"})


# Small words that join a body's name into a phrase, never a practice's partners' names
_NAME_JOINS = frozenset({"without", "for", "of", "and", "the", "in", "on", "against", "across"})


def institution_apposition(
    sent: Sentence,
    run: list[int],
    is_institution: Callable[[str], bool],
    is_role: Callable[[str], bool],
    is_body: Callable[[str], bool] | None = None,
) -> str | None:
    """ "Rally Canada, the group that organized the event,", "Corvalis, a Montreal engineering firm,": a name set
    off by a comma and a noun phrase headed by an institution's noun (not a post: "Jane Roe, the union's
    spokesperson"; not with an age: "Jan Novák, a 58-year-old crane operator") names an organisation. Read by word
    order: the parse often takes such a phrase for a second subject. Returns the institution's noun, or None."""
    if is_body is not None and (before := _institution_before(sent, run, is_body, is_role)) is not None:
        return before
    (det, start), j, head = phrase_opener(sent, run[-1] + 1), run[-1] + 1, None  # (not "Ann Roe, whose company ...")
    # (or a place's possessive: "Iustitia, Poland's largest association of judges,")
    owner = (
        det is not None and det.upos == "PROPN" and start < len(sent.words) and sent.words[start].text in ("'s", "’s")
    )
    if det is None or sent.words[j].text != "," or det.upos not in ("DET", "NUM") and not owner:
        return None
    if det.lemma.lower() == "whose":
        return None
    for w in sent.words[start:]:
        if w.text.lower() == "old" and sent.words[w.index - 2].lemma.lower() in ("year", "month"):
            return None  # (an age is a person's)
        # (a verb only as a modifier, or an institution's noun the tagger read as a verb: "Lumenfold,
        # the Palo Alto startup whose ...")
        verb = w.upos == "VERB" and (w.deprel == "amod" or w.text.islower() and is_institution(w.text))
        # (or a post the tagger read as another word: "a former national team forward")
        post = w.upos in ("ADV", "VERB") and w.text.islower() and is_role(w.text)
        if w.upos in ("ADJ", "NOUN", "PROPN", "NUM") or verb or post or w.text == "-":
            head = w
            continue
        if w.upos == "PART" and w.text in ("'s", "’s", "'", "’"):
            head = None  # ("the union's spokesperson": the noun after the possessive heads it)
            continue
        break
    if head is None or not (head.upos == "NOUN" or is_institution(head.text)) or not head.text.islower():
        return None
    after = sent.words[head.index + 1] if head.index + 1 < len(sent.words) else None
    main = after if after is not None and after.upos == "VERB" and after.head < 0 else None
    if main is not None and head.rel == "nsubj" and head.head == main.index:
        # (the phrase is the subject of the main verb right after it: "south of Sicily, a charity
        # said"; not "No Games Port Calder, a campaign group formed last year," read as a clause)
        return None
    lemma = head.lemma.lower()  # (a body's noun too: "Dawn, the Karachi-based newspaper,")
    # (what is the largest of its trade is a business: "Mowi, the world's largest salmon farmer,")
    size = any(sent.words[k].text.lower() in _SIZES for k in range(start, head.index))
    body = is_institution(lemma) or is_body is not None and is_body(lemma)
    return lemma if body and not is_role(lemma) or size else None


def _institution_before(
    sent: Sentence, run: list[int], is_body: Callable[[str], bool], is_role: Callable[[str], bool]
) -> str | None:
    """ "Environmental group Kalikasan said", "Her label, Crescent Records, said": an institution's
    noun right before the name, or before a comma that sets the name off, describes it (not the
    noun a relative clause with the name as its subject modifies: "the company Jane Roe founded")."""
    j = run[0] - 1
    set_off = j > 0 and sent.words[j].text == ","
    k = j - 1 if set_off else j
    # (or the name's own first word, capitalised to open the sentence)
    if not set_off and (
        k >= 0
        and _trade_in_plural(sent, k, run, is_role)
        or len(run) > 2
        and _trade_in_plural(sent, run[0], run, is_role)
        # (not a body named by a phrase: "Doctors Without Borders", "Reporters Without Borders")
        and not any(sent.words[i].text.lower() in _NAME_JOINS for i in run)
    ):
        return "firm"  # (a trade's plural names a practice: "Architects Fenwick Hale, who drew up the designs, said")
    # (a body's noun the tagger made an adjective of the name: "the launch startup Aurelian Space")
    if k < 0 or sent.words[k].upos not in ("NOUN", "ADJ") or not sent.words[k].text.islower():
        return None
    lemma = sent.words[k].lemma.lower()
    if sent.words[k].upos == "ADJ" and (set_off or not is_body(sent.words[k].text.lower())):
        return None
    if not is_body(lemma) or is_role(lemma) or any(relative_subject_of(sent, i, k) for i in run):
        return None
    if any(is_role(sent.words[i].text.lower()) for i in run):
        return None  # (the body of the post the name holds: "association CEO Paul Dhillon told")
    if set_off and sent.words[k].rel in ("nmod", "obl"):
        # ("The captain of the team, Jordan Stewart": the team is not who is named; "a setback for
        # the launch startup Aurelian Space" names the startup)
        return None
    nxt = run[-1] + 1  # (a verb right after the name is the name's own, not a relative clause's)
    top = next((i for i in run if sent.words[i].head not in run), run[-1])
    if nxt < len(sent.words) and sent.words[nxt].upos == "VERB" and sent.words[top].head != nxt:
        return None
    if set_off:  # (the phrase before the comma is the description: "Her label", "The band")
        after = run[-1] + 1
        determined = any(sent.words[c].deprel in ("det", "nmod:poss") for c in sent.children[k])
        if not determined or after >= len(sent.words) or sent.words[after].text not in (",", ")"):
            return None
    return lemma


def _trade_in_plural(sent: Sentence, k: int, run: list[int], is_role: Callable[[str], bool]) -> bool:
    """A person's trade in the plural right before a single name ("Architects Fenwick Hale",
    "solicitors Leigh Day"): the name is the firm's, where one person would have the singular;
    not before names joined by "and" ("officers John Smith and Jane Doe")."""
    w = sent.words[k]
    text = w.text.lower()
    if w.upos not in ("NOUN", "PROPN") or not text.endswith("s") or not (k == 0 or w.text.islower()):
        return False
    after = sent.words[run[-1] + 1] if run[-1] + 1 < len(sent.words) else None
    joined = (
        after is not None
        and after.upos == "CCONJ"
        or any(sent.words[c].deprel == "conj" for i in run for c in sent.children[i])
    )
    return not joined and is_role(text[:-1]) and not is_role(text)


def trade_of_person(table: TableBase, name: str, kind: str, sent: Sentence, after: int) -> bool:
    """ "Jane Doe, a machine operator": a trade (``person_trades``) beside a given name and a
    surname is the person's, not an institution's; so is one a "who" clause describes
    ("Patrice Lemoine, a crane operator who has worked at the port for 22 years,"). (Moved from
    candidates in session 60.)"""
    toks = table.tokens(name)
    # (or a trade no body is named by, which made the name a body's for its size alone: "Jane Roe, the
    # city's biggest landlord": institution_apposition)
    trade = table.vocab.in_lexicon("person_trades", kind) or not table.institution_noun(kind)
    if not trade or len(toks) < 2:
        return False
    noun = next((w.index for w in sent.words[after : after + 6] if w.lemma.lower() == kind), None)
    # (or an age after the name: "Sewing operator Rina Akter, 23, said": no body has one)
    aged = age_follows(sent, after)
    return table.m.names.given_name_gender(toks) is not None or aged or bool(noun and who_clause_on(sent, noun))


def prefixed_kind(table: TableBase, sent: Sentence, run: list[int]) -> str | None:
    """ "Shares in chipmaker Nvidia rose", "a proposal from developer Bay Tidal Power": a business's
    kind (``company_kinds``) in lower case right before the name, joined to it, says what the name
    is, so a later "the company said" is that business; a kind a person may have too ("developer",
    "restaurateur") only before a name that is a body's by its words ("... Power"). (Session 60.)"""
    k = run[0] - 1
    if k < 0 or not sent.words[k].text.isalpha() or not sent.words[k].text.islower():
        return None
    kind = sent.words[k].lemma.lower()
    # (or both hung on the same word: "Shares in chipmaker Nvidia rose" with each a modifier of "Shares")
    joined = sent.words[k].head in run or sent.words[run[-1]].head in (k, sent.words[k].head)
    if not joined or not table.vocab.in_lexicon("company_kinds", kind):
        return None
    # (a kind no person has, ``body_nouns``; else only before a name that is a body's by its words:
    # not "Viaduct restaurateur Sam Ngata said")
    name = " ".join(sent.words[i].text for i in run)
    if any(table.m.is_role(sent.words[i].text.lower().rstrip(".")) for i in run):
        return None  # (a title opens a person's name: "Central bank Governor Aminu Bello told")
    return kind if table.vocab.in_lexicon("body_nouns", kind) or table.is_org_name(name) else None
