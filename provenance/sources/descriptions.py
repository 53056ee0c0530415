"""What an unnamed source's description says about it: an age that points back to a person
named before ("the 46-year-old"), the person named with a role ("the minister"), a rank or an
affiliation that places members of a loose class ("senior Democrats", "Strategists for Barack
Obama"), and adjectives that place nobody ("another anonymous source"). Helpers of
``unnamed.UnnamedResolver``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import Sentence

from .delayed import bringing, titled_later
from .table import DEED_ROLES

if TYPE_CHECKING:
    from .model import Entity
    from .table import TableBase

# Adjectives that say a source is unnamed or one more of them, not who it is.
UNPLACING = frozenset({"anonymous", "unnamed", "unidentified", "confidential", "other", "another", "additional"})
# A rank or an affiliation that places members of a loose class: "senior Democrats", "Strategists
# for Barack Obama", "Democrats with longtime ties to both Clintons" (not "supporters of the mayor",
# "Republicans on Capitol Hill": still a class).
_RANKS = frozenset({"senior", "top", "high-ranking"})
_AFFILIATIONS = frozenset({"for", "with"})


def affiliated(sent: Sentence, head: int) -> bool:
    """A rank or an affiliation among the modifiers of the class noun ``head``."""
    for c in sent.children[head]:
        w = sent.words[c]
        if w.deprel == "amod" and w.lemma.lower() in _RANKS:
            return True
        case = [sent.words[k].lemma.lower() for k in sent.children[c] if sent.words[k].rel == "case"]
        if w.rel == "nmod" and case and case[0] in _AFFILIATIONS and w.upos in ("PROPN", "NOUN", "PRON"):
            # (not a cause: "Advocates for borrowers", "advocates for incarcerated people")
            if not (
                case[0] == "for" and w.upos == "NOUN" and ("Number=Plur" in w.feats or w.lemma.lower() == "people")
            ):
                return True
        if w.rel == "nmod" and case and case[0] in ("from", "at") and w.upos == "PROPN":
            return True  # ("observers from the OSCE", "analysts at Goldman Sachs": a named body)
        the = any(sent.words[k].lemma.lower() == "the" for k in sent.children[c])
        if w.rel == "nmod" and case[:1] == ["at"] and w.upos == "NOUN" and the:
            return True  # (or the event or place they are at: "brokers at the sale", "analysts at the bank")
    return False


_DEFINITE_AGE = regex.compile(r"^(?:the|this|that)\s+(\d+)\s*-\s*years?\s*-\s*old\b", regex.I)


def age_in(description: str) -> str | None:
    """ "The 32-year-old labourer", "the 26-year-old right wing": a definite description that
    gives an age is a second reference to someone already named."""
    m = _DEFINITE_AGE.match(description)
    return m.group(1) if m else None


def age_of(sent: Sentence, head: int) -> str | None:
    """The number of a definite "the N-year-old" phrase headed by ``head`` ("old", which the
    tagger makes an adjective), else None ("a 46-year-old" is somebody new)."""
    words = sent.words
    if words[head].text.lower() != "old" or head < 3:
        return None
    if words[head - 1].text == "-" and words[head - 2].lemma.lower() in ("year", "years"):
        k = head - 3
        while k >= 0 and words[k].text == "-":
            k -= 1
        if k >= 1 and words[k].upos == "NUM" and words[k - 1].lemma.lower() in ("the", "this", "that"):
            return words[k].text
    return None


def aged_person(table: TableBase, age: str, before: int) -> Entity | None:
    """ "said the 46-year-old": the person the article gave that age ("Roe, 46,"), else the
    person named just before it, the subject of its clause first (news copy uses the age as
    a second reference)."""
    for name, role in reversed(table.roles):
        if role.how == "age" and role.start < before and age in regex.findall(r"\d+", role.text):
            return table.person_entity(name)
    # (the salient one: the last subject of its clause in this paragraph or the one before,
    # "Roe has four goals since Ohio traded him for Lee. The 26-year-old said" is Roe)
    # (never one the article gave another age: "the 58-year-old" is not "Daniel Hirst, 19,")
    aged = {
        table.key(n) for n, role in table.roles if role.how == "age" and age not in regex.findall(r"\d+", role.text)
    }
    earlier = [n for n in table.person_names if n.start < before and table.key(n.name) not in aged]
    if not earlier:
        return None
    para = table.doc.paragraph_at(before)
    here = para.index if para is not None else -1
    near = [n for n in earlier if here < 0 or here - n.paragraph <= 1]
    last = next((n for n in reversed(near) if n.subject), earlier[-1])
    return table.person_entity(last.name)


def role_holder(table: TableBase, head_lemma: str, before: int, is_role: bool, description: str) -> Entity | None:
    """ "the minister" after "Foreign Minister Fuad Hussein", "the 26-year-old right wing"
    after "Roe, a 26-year-old right wing,": the person named with that role. A role word
    (person_roles) may sit anywhere in a speaker's role; any other noun must head a role the
    article gave a name before the mention ("the campaign" is not "campaign manager Roe").
    Of several holders, the one whose role has the description's other words ("the former
    governor": "Former Texas Gov. Rick Perry"), the last named when it has none; none when it
    has some that no holder's role has ("the Florida senator" among two senators)."""
    qualifiers = set(table.role_words(description)) - {"the", "this", "that", head_lemma}
    holders: list[tuple[Entity | str, str]] = []  # (an entity, or a name not yet one)
    if is_role:
        # (not a role that tells what the person did: "backed the mayor" is no mayor)
        situations = {(n, r.text) for n, r in table.roles if r.how == "situation"}
        holders = [
            (e, e.role)
            for e in reversed(table.entities)
            if e.type == "person" and e.role and head_lemma in table.role_words(e.role)
            if not _of_a_body(table, e.role, head_lemma) and (e.name, e.role) not in situations
            if not _anothers(e.role, head_lemma)
        ]
        # (the last mentioned first: "Sen. Ketterman ... Sen. Ruiz-Whitcomb ... Ketterman, 58,
        # said ... the senator said" is Ketterman, though the other was named for the first time later)
        holders.sort(key=lambda h: _last_mention(table, h[0], before), reverse=True)
    # (and the roles the article gave names when no entity's fits: "the prime minister" after "the
    # government of Prime Minister Nuno Carvalhal", the Finance Minister an entity already)
    unfit = holders and qualifiers and not any(_fits(qualifiers, table.role_words(r)) for _, r in holders)
    if (not holders or unfit) and (is_role or not table.vocab.in_lexicon("organization_words", head_lemma)):
        for name, role in reversed(table.roles):
            words = table.role_words(role.text)
            if role.start < before and role.how not in DEED_ROLES and words and words[-1] == head_lemma:
                holders.append((name, role.text))
    if holders:
        fitting = [h for h, role in holders if _fits(qualifiers, table.role_words(role))]
        several = len({table.key(h if isinstance(h, str) else h.name) for h, _ in holders}) > 1
        if qualifiers and not fitting and several:
            return None
        chosen = (fitting or [h for h, _ in holders])[0]
        if not _someone_new(table, chosen, head_lemma, before):
            return table.person_entity(chosen) if isinstance(chosen, str) else chosen
    later = titled_later(table, head_lemma, before, description) if is_role else None
    return table.person_entity(later) if later is not None else None


def _someone_new(table: TableBase, chosen: Entity | str, head_lemma: str, before: int) -> bool:
    """ "the local architect Henry Braithwaite ... a local architect who has spent two years
    campaigning ... the architect told the committee": a phrase with "a", "an", "one" or "another" and the noun,
    after the holder was last named and outside quotes and roles, brings in someone else, whom
    "the" then means."""
    name = chosen if isinstance(chosen, str) else chosen.name
    last = max((n.end for n in table.person_names if n.start < before and table.same_person(n.name, name)), default=-1)
    if last < 0:
        return False
    spans = [(r.start, r.end) for _, r in table.roles] + list(table.quoted)
    phrase = bringing(head_lemma)
    return any(
        not any(a <= m.start() < b for a, b in spans) for m in phrase.finditer(table.doc.text, last, max(last, before))
    )


def _last_mention(table: TableBase, e: Entity | str, before: int) -> int:
    """Where the person was last named (or last spoke) before ``before``; -1 if not."""
    if isinstance(e, str):
        return -1
    named = [n.start for n in table.person_names if n.start < before and table.same_person(n.name, e.name)]
    spoke = table.spoke_at.get(e.id, -1)
    return max([*named, spoke if spoke < before else -1, -1])


# Endings of a word for a nation's people or things ("Tanzanian", "Chinese", "Israeli")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def _fits(qualifiers: set[str], role_words: list[str]) -> bool:
    """A description's other words are in a holder's role: the same word, or a nation's adjective
    for its name in the role ("the Tanzanian minister" for "Tanzania's trade minister")."""
    if qualifiers & set(role_words):
        return True
    nations = [q for q in qualifiers if q.endswith(_DEMONYM_ENDINGS) and len(q) >= 5]
    return any(_stem_shared(q, w) for q in nations for w in role_words if w[:1].isalpha())


def _stem_shared(adjective: str, word: str) -> bool:
    """ "tanzanian" / "tanzania", "kenyan" / "kenya", "chinese" / "china": the two share a start
    of at least four letters that is most of the shorter word."""
    word = word.removesuffix("'s").removesuffix("’s")
    shared = 0
    for a, b in zip(adjective, word):
        if a != b:
            break
        shared += 1
    return shared >= 4 and shared >= 0.8 * min(len(adjective), len(word))


# A role word as the owner of the role ("the mayor's lawyer") or as the one it serves ("an adviser
# to the president", "the wife of the governor")
_OWNED = regex.compile(r"\s*['’]s?\b")
_SERVED = regex.compile(r"\b(?:to|for|of|with)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w.-]+\s+){0,2}$")


def _anothers(role: str, head_lemma: str) -> bool:
    """The role word names only whom the role serves: "the mayor's lawyer", "an adviser to the
    president", "the wife of the governor" are no mayor, president or governor."""
    lower = role.lower()
    found = list(regex.finditer(rf"\b{regex.escape(head_lemma)}\b", lower))
    return bool(found) and all(_OWNED.match(lower, m.end()) or _SERVED.search(lower, 0, m.start()) for m in found)


def _of_a_body(table: TableBase, role: str, head_lemma: str) -> bool:
    """ "president of Earthjustice": a post in a body, not the one a bare "the president" is (a minister's
    "of" names the portfolio: "the Minister of the Presidency, Rui Valadares" is "the minister")."""
    if head_lemma == "minister":
        return False
    m = regex.search(rf"\b{regex.escape(head_lemma)}\s+of\s+(?:the\s+)?(.+)$", role.lower())
    return m is not None and table.is_org_name(m.group(1).title())


def in_a_statement(sent: Sentence) -> bool:
    """The sentence reports a statement: "in a statement", "said in a statement"."""
    return any(
        w.lemma.lower() == "statement" and any(sent.words[k].lemma.lower() == "in" for k in sent.children[w.index])
        for w in sent.words
    )


def age_follows(sent: Sentence, last: int) -> bool:
    """An age set off right after the word at ``last`` ("Rina Akter, 23, said"): a person's."""
    after = [w.text for w in sent.words[last + 1 : last + 4]]
    return len(after) == 3 and after[0] == "," and after[1].isdigit() and after[2] in (",", ".")
