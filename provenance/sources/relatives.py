"""Who a relative pronoun stands for, when it is a speaker ("..., who said ...").

The speaker of a relative clause is the noun the clause modifies; the parse sometimes hangs the
clause on a word inside that noun's phrase (a name in its prepositional phrase, an institution
in a role), and sometimes loses the clause altogether. Also the set-off phrases after a name that
link the sentence to the one before ("Gates, in contrast, told AP") and the phrases that say
where the source spoke ("The mayor, in a statement, said"), which are no part of the speaker's
phrase. Pure functions of the parse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from provenance.syntax.tree import Sentence, Word, WordRef

from .name_runs import PARTY_TAG

if TYPE_CHECKING:
    from .mentions import Mention  # (mentions imports this module)

# Days and times the parse may give a restrictive relative clause meant for the noun before them
_WHEN_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
     "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}
)  # fmt: skip


def relative_head(ref: WordRef, is_role: Callable[[str], bool] | None = None) -> WordRef:
    """'who'/'which' as subject: the speaker is the noun the relative clause modifies."""
    sent, w = ref.sentence, ref.word
    # (by its form, not its lemma: the lemmatiser gives "those" the lemma "that")
    relative = "PronType=Rel" in w.feats or (
        w.text.lower() in ("who", "which", "that") and "PronType=Dem" not in w.feats
    )
    if w.upos == "PRON" and relative:
        clause = w.head
        while clause >= 0 and sent.words[clause].deprel not in ("acl:relcl", "acl"):
            clause = sent.words[clause].head
        if clause >= 0 and sent.words[clause].head >= 0:
            host = sent.words[clause].head
            head = _phrase_head(sent, host, ref.index)
            if sent.words[head].lemma.lower() in _TIMES and sent.words[host].upos == "PROPN" and host != head:
                # ("contradicted hours later by Whip Curtis Elmendorf (R-La.), who said": a time is no "who")
                return WordRef(sent, name_of_phrase(sent, host))
            head = _before_time(sent, head)
            if _name_before_who(sent, ref.index, head, is_role):
                # ("The ruling is a blow to Mayor Jane Roe, who has promised ..." with the clause on
                # "blow": "who" is a person, the name right before its comma)
                return WordRef(sent, name_of_phrase(sent, ref.index - 2))
            return WordRef(sent, _predicated_of(sent, head))
        # The parse lost the relative clause: "Tony Podesta, who founded the firm, said" read
        # from the words (the noun right before the comma that opens the clause; before a party
        # tag set off by commas: "Sen. Tammy Duckworth, D-Ill., who said").
        i = before_party_tag(sent, ref.index)
        if i >= 2 and sent.words[i - 1].text == "," and sent.words[i - 2].upos in ("PROPN", "NOUN"):
            k = described_person(sent, i - 2, is_role) if w.text.lower() == "who" else i - 2
            return WordRef(sent, name_of_phrase(sent, k))
        # ("a customer who gave her first name, Rosa, and who said ...": a second relative clause
        # coordinated with one the parse kept; the first relative's noun)
        earlier = [k for k in range(ref.index) if sent.words[k].text.lower() == w.text.lower()]
        if i >= 1 and sent.words[i - 1].lemma.lower() in ("and", "but") and earlier:
            first = relative_head(WordRef(sent, earlier[-1]), is_role)
            return first if first.index != earlier[-1] else ref
    return ref


# The times a parse hangs a relative clause on when they follow its noun ("an email Monday morning
# that ..."): time_nouns' bare times, here because relative_head reads a tree without the vocabulary
_TIMES = frozenset(
    "morning afternoon evening night day week weekend today yesterday tonight hour minute moment month year "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _before_time(sent: Sentence, head: int) -> int:
    """The noun right before a time the clause was hung on: "sent a fundraising email Monday morning
    that called Doyle ...", "issued a statement Tuesday that said ..." (a time says nothing)."""
    if sent.words[head].lemma.lower() not in _TIMES:
        return head
    k = head
    while k > 0 and sent.words[k - 1].head == head and sent.words[k - 1].rel in ("compound", "amod", "det"):
        k -= 1
    return k - 1 if k > 0 and sent.words[k - 1].upos in ("NOUN", "PROPN") else head


def _name_before_who(sent: Sentence, who: int, host: int, is_role: Callable[[str], bool] | None) -> bool:
    """A "who" set off right after a name, whose clause the parse hung on a thing ("blow")."""
    h = sent.words[host]
    if sent.words[who].text.lower() != "who" or who < 2 or sent.words[who - 1].text != ",":
        return False
    person = h.upos == "PROPN" or h.upos == "PRON" or (is_role is not None and is_role(h.lemma.lower()))
    name = sent.words[who - 2]
    # (a name, not a description with its article: "a reversal for the Wisconsin Republican, who")
    described = any(sent.words[c].rel == "det" for c in sent.children[name.index])
    # (or on a number: "She is one of 200 policyholders represented by attorney Luis Ferrer, who says")
    return not person and h.upos in ("NOUN", "NUM") and name.upos == "PROPN" and not described


def before_party_tag(sent: Sentence, i: int) -> int:
    """``i``, or the comma after a name a party tag follows ("Duckworth, | D-Ill., who"): the
    index whose comma then opens the tag, so the word before it is the name."""
    if i < 3 or sent.words[i - 1].text != ",":
        return i
    p = max((k for k in range(i - 1) if sent.words[k].text == ","), default=-1)
    tag = "".join(sent.words[k].text for k in range(p + 1, i - 1))
    return p + 1 if p > 0 and PARTY_TAG.match(tag) and len(tag) <= 12 else i


def _predicated_of(sent: Sentence, head: int) -> int:
    """ "Park was the first person who told her ...": a noun with a copula and a subject is said
    of the subject, who is the one the relative clause describes (a name only); so is a name's
    apposition."""
    kids = sent.children[head]
    w = sent.words[head]
    # ("APAL's president, Pierre-Alain Rochat, a retired watchmaker who says ...": the name the
    # description is set beside, whether the parse made it the name's apposition or a conjunct)
    if w.upos == "NOUN" and w.deprel in ("appos", "conj") and not any(sent.words[c].rel == "cc" for c in kids):
        up, start = w.head, min(k for k in sent.subtree(head) if sent.words[k].upos != "PUNCT")
        names = [c for c in sent.children[up] if sent.words[c].deprel == "appos" and sent.words[c].upos == "PROPN"]
        name = up if 0 <= up < head and sent.words[up].upos == "PROPN" else names[0] if names else -1
        # (only the name right before the description's comma)
        if 0 <= name < head and sent.words[start - 1].text == "," and start - 2 in sent.subtree(name):
            return name
    subject = next((c for c in kids if sent.words[c].rel == "nsubj"), -1)
    copula = any(sent.words[c].rel == "cop" for c in kids)
    # (not a group the subject is one of: "is among those who say", "will be one of the ... who")
    group = sent.words[head].upos != "NOUN" or any(sent.words[c].rel in ("case", "nmod") for c in kids)
    return subject if copula and not group and subject >= 0 and sent.words[subject].upos == "PROPN" else head


def _phrase_head(sent: Sentence, at: int, pronoun: int) -> int:
    """ "a report in The Globe and Mail that alleged ...", "an aide to Senator Roe who said ...":
    a restrictive relative clause (no comma before it) the parse hung on a name inside a noun's
    prepositional phrase modifies that noun, the head of the whole phrase."""
    if pronoun > 0 and sent.words[pronoun - 1].text == ",":
        return _personal_host(sent, at) if sent.words[pronoun].text.lower() == "who" else at
    w = sent.words[at]
    if (
        w.text.lower() in _WHEN_WORDS
        and at > 0
        and sent.words[at - 1].upos == "NOUN"
        and sent.words[at - 1].head == w.head
    ):
        return at - 1  # "released an ad Thursday that said ...": the ad said it, not the day
    j = at
    while sent.words[j].deprel == "conj" and sent.words[j].head >= 0:
        j = sent.words[j].head  # "The Globe and Mail": the first conjunct
    # (a name of more than one word: "Senator Jane Roe" with the relation on its last word)
    w = sent.words[j]
    # ("a junior at the University of Tennessee at Chattanooga who heads the club": "who" is a
    # person, so up through the names of places and bodies to the noun they are the phrase of)
    who = sent.words[pronoun].text.lower() == "who"
    while (
        w.upos == "PROPN"
        and w.rel == "nmod"
        and w.head >= 0
        and any(sent.words[k].rel == "case" for k in sent.children[w.index])
    ):
        if sent.words[w.head].upos == "NOUN":  # (and the name it describes: "Derek Kukura, a junior at ...")
            return _described_name(sent, w.head) if who else w.head
        if not who or sent.words[w.head].upos != "PROPN":
            break
        w = sent.words[w.head]
    return at


def _described_name(sent: Sentence, i: int) -> int:
    """The name a description at ``i`` is set beside: the name it is apposed to, or the name the parse
    made a first subject with the description a second ("said Derek Kukura, 24, a junior at ..."); else ``i``."""
    w = sent.words[i]
    if w.deprel == "appos" and sent.words[w.head].upos == "PROPN":
        return w.head
    names = [c for c in sent.children[w.head] if c < i and sent.words[c].rel == "nsubj"] if w.rel == "nsubj" else []
    return names[-1] if names and sent.words[names[-1]].upos == "PROPN" else i


def _personal_host(sent: Sentence, at: int) -> int:
    """ "Dianne Feinstein, the ranking Democrat on the Senate Intelligence Committee, who said":
    "who" is a person, not the institution at the end of a role's prepositional phrase - it
    describes the noun the phrase belongs to (and the name that noun is apposed to), a common
    noun's phrase too ("a member of the group's political council, who")."""
    j = _phrase_top(sent, at, ("PROPN",))
    if sent.words[j].deprel == "appos" and sent.words[sent.words[j].head].upos == "PROPN":
        return sent.words[j].head
    # (through common nouns too when that leads to a name: "Mohammed al-Houthi, a member of the
    # group's council, who wrote", with the description hung elsewhere or apposed)
    top = _phrase_top(sent, at, ("PROPN", "NOUN"))
    if top == at or sent.words[top].upos != "NOUN":
        return j
    if sent.words[top].deprel == "appos" and sent.words[sent.words[top].head].upos == "PROPN":
        return sent.words[top].head
    first = min(k for k in sent.subtree(top) if sent.words[k].upos != "PUNCT")
    if first >= 2 and sent.words[first - 1].text == "," and sent.words[first - 2].upos == "PROPN":
        return name_of_phrase(sent, first - 2)
    return j


def _phrase_top(sent: Sentence, at: int, through: tuple[str, ...]) -> int:
    """The noun whose prepositional phrases ``at`` ends, climbing through words tagged ``through``."""
    j = at
    while (
        sent.words[j].rel == "nmod"
        and sent.words[j].upos in through
        and any(sent.words[k].rel == "case" for k in sent.children[j])
        and sent.words[j].head >= 0
        and sent.words[sent.words[j].head].upos in ("NOUN", "PROPN")
    ):
        j = sent.words[j].head
    return j


def name_of_phrase(sent: Sentence, j: int) -> int:
    """ "Sen. Marco Rubio of Florida, who mused ...": a relative pronoun after a name's place
    phrase is the name's; the word it is read from is the end of the phrase."""
    w = sent.words[j]
    while w.rel == "nmod" and w.head >= 0 and any(sent.words[k].rel == "case" for k in sent.children[w.index]):
        if sent.words[w.head].upos != "PROPN":
            break
        w = sent.words[w.head]
    return w.index


# Set-off phrases that link the sentence to the one before, never part of a speaker's phrase
_DISCOURSE_PHRASES = frozenset(
    {"in contrast", "by contrast", "for example", "for instance", "in turn", "in fact", "of course",
     "in addition", "in response", "at least", "in particular", "meanwhile", "however", "too",
     "for its part", "for his part", "for her part", "for their part", "on its part", "on his part",
     "on her part", "on their part", "on the other hand", "in any case", "for now", "in the meantime",
     "moreover", "furthermore", "additionally", "likewise", "similarly", "separately", "nevertheless",
     "nonetheless", "instead", "still", "indeed"}
)  # fmt: skip


def discourse_phrase(sent: Sentence, c: int) -> bool:
    """A set-off phrase that links the sentence to the one before ("Gates, in contrast, told AP")."""
    words = [w.text.lower() for w in (sent.words[k] for k in sent.subtree(c)) if w.upos != "PUNCT"]
    return " ".join(words) in _DISCOURSE_PHRASES


def channel_phrase(sent: Sentence, head: int, c: int, is_setting: Callable[[str], bool] | None) -> bool:
    """ "The mayor, in a statement, said", "according to her lawyers in a court filing", "The
    ministry on Tuesday said": a prepositional phrase that says where or when the source spoke
    (set off by commas, or headed by a statement or time noun) is no part of who the source is."""
    w = sent.words[c]
    if w.rel not in ("nmod", "obl") or c < head:
        return False
    case = [sent.words[k] for k in sent.children[c] if sent.words[k].rel == "case"]
    if not case or case[0].lemma.lower() not in ("in", "on", "via", "through"):
        return False
    set_off = sent.words[min(sent.subtree(c)) - 1].text == ","
    # (not on a statement or document itself: "A CNN poll in January" is that poll)
    own = is_setting is not None and is_setting(sent.words[head].lemma.lower())
    return set_off or (is_setting is not None and is_setting(w.lemma.lower()) and not own)


_INSIDE = ("obj", "obl", "nmod")  # a thing a person's description names
_PLACING = ("from", "in", "at")  # a place a person's description names ("a junior from Shanghai")


def relative_antecedent(mention: Mention, is_role: Callable[[str], bool]) -> WordRef | None:
    """ "Podesta, who said ...": the noun or name right before the comma that opens the
    relative clause, when the parse did not hang the clause on it; for "who", past a thing
    inside the phrase that describes the person ("a junior from Shanghai studying chemical
    engineering, who said")."""
    sent = mention.ref.sentence
    i = before_party_tag(sent, mention.ref.index)  # ("Sen. Tammy Duckworth, D-Ill., who")
    j = i - 1
    while j >= 0 and sent.words[j].upos == "PUNCT":
        j -= 1
    if j < 0 or j == i - 1:
        return None
    w = sent.words[j]
    if w.upos not in ("PROPN", "NOUN") and not (w.text[:1].isupper() and w.upos not in ("PRON", "DET")):
        return None  # a capitalised name the tagger misread still counts ("Podesta, who")
    k = described_person(sent, j, is_role) if mention.pronoun == "who" else j
    return WordRef(sent, name_of_phrase(sent, k))


def described_person(sent: Sentence, j: int, is_role: Callable[[str], bool] | None = None) -> int:
    """The word whose phrase a "who" right after word ``j`` describes: past a thing inside the
    phrase that describes the person ("a junior from Shanghai studying chemical engineering, who";
    "a lawyer for the ministry, who"; "a junior from Shanghai, who"), never past a person's name
    or noun."""
    w = sent.words[j]
    # (a place's state or country set off after it: "a gynecologist from Englewood, Ohio, who")
    up = sent.words[w.head] if w.upos == "PROPN" and w.rel in ("conj", "appos") and 0 <= w.head < j else None
    if up is not None and up.upos == "PROPN" and _placing(sent, up, is_role):
        w = up
    while w.rel in _INSIDE and (
        (w.upos == "NOUN" and not (is_role is not None and is_role(w.lemma.lower())))
        or (w.upos == "PROPN" and _placing(sent, w, is_role))
    ):
        up = sent.words[w.head] if 0 <= w.head < w.index else None
        up = sent.words[up.head] if up is not None and up.rel == "acl" and 0 <= up.head < up.index else up
        if up is None or up.upos not in ("NOUN", "PROPN"):
            break
        w = up
    return w.index


def _placing(sent: Sentence, w: Word, is_role: Callable[[str], bool] | None) -> bool:
    """A name that places the person noun it hangs on ("a junior from Shanghai"; not "help from
    Labor Secretary Thomas Perez": "help" is no person)."""
    up = sent.words[w.head] if w.head >= 0 else None
    person = up is not None and up.upos == "NOUN" and is_role is not None and is_role(up.lemma.lower())
    return person and any(sent.words[k].lemma.lower() in _PLACING for k in sent.children[w.index])


_SELF = frozenset({"himself", "herself", "themselves", "itself"})


def self_described(sent: Sentence, words: range) -> list[int]:
    """ "Nfor Desmond Tita, who describes himself as a spokesman for one of the armed groups and lives
    in the United States,": the words of what a relative clause says the person calls himself (up
    to the clause's next verb), or [] (roles.RoleReader._relative: a role, not a statement)."""
    for i in words:
        w = sent.words[i]
        if w.lemma.lower() not in ("describe", "call") or i + 2 >= words.stop:
            continue
        if sent.words[i + 1].text.lower() not in _SELF or sent.words[i + 2].lemma.lower() != "as":
            continue
        # (up to "and" before the clause's next verb, whatever the tagger made of it: "and lives in")
        end = next((k for k in range(i + 3, words.stop - 1) if _and_a_verb(sent, k)), words.stop)
        return list(range(i + 3, end))
    return []


def _and_a_verb(sent: Sentence, k: int) -> bool:
    nxt = sent.words[k + 1]
    return sent.words[k].lemma.lower() == "and" and nxt.text.islower() and nxt.upos not in ("DET", "ADJ", "NUM")
