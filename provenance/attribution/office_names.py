"""A name the parse put inside the phrase of its office or its role's place.

"Leader of the Opposition R. Ashoka said", "Minister for Health Mark Butler said" come out of the
shipped parser with the role the subject and the name the end of its "of"/"for" phrase
(``name_after_office``); "Congress MLA from Chamarajanagar, C. Puttarangashetty, claimed" with the
name a conjunct of the place (``name_read_as_conjunct_of_place``). The name heads the phrase, the
office its title. "The Missouri Secretary of State's office said" comes out with "Secretary" the
subject and "office" its "of" phrase, "State's" the possessive of "office": the possessive is
the whole office-holder's, whose office speaks (``office_of_title_holder``). Part of
``phrase_repairs.phrase_repairs`` (tests/test_joined_titles.py; session 58:
tests/test_fresh_copy_names.py).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.syntax.pretags import NAME_PARTICLES
from provenance.syntax.tree import Sentence, Word

from .noun_clauses import case_lemma
from .titled_names import Moves, name_word

_OFFICE = ("of", "for", "on")  # "Leader of the Opposition", "Minister for Health", "spokesperson on agriculture"


def name_after_office(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """ "Leader of the Opposition R. Ashoka said" comes out of the shipped parser with "Leader" the
    subject and "R. Ashoka" the end of its "of" phrase ("the Opposition R. Ashoka"): a role noun
    (``person_roles``) whose "of" phrase ends in capitalised words, the last of them a name that
    opens with initials or a given name (``given_names``) after a capitalised word of the office
    ("Speaker of the House Mike Johnson"), is the title of that name, which heads the subject."""
    for s in sent.words:
        if s.rel not in ("nsubj", "nsubj:pass") or s.head < 0 or not in_lex("person_roles", s.lemma.lower()):
            continue
        opener = min(k for k in sent.subtree(s.index) if sent.words[k].upos != "PUNCT")
        set_off = opener > 0 and sent.words[opener - 1].text == ","
        # (the office of a name before it, a second subject: "Ruth Kendall, chief executive of Bath
        # Business Improvement District, told"; or a name the parse hung elsewhere: "Speaking to BBC
        # Radio Lancashire on Tuesday, Kevin Holt, chief executive of the Blackpool ... District, said")
        # (a description in lower case after the name: not "Speaking in Dublin, Minister for Health Niamh Gallagher")
        named = opener > 1 and sent.words[opener - 2].upos == "PROPN" and sent.words[opener].text.islower()
        if set_off and (named or any(sent.words[c].rel == "nsubj" and c < s.index for c in sent.children[s.head])):
            continue
        phrase, end, office = _office_phrase(sent, s, in_lex)
        # (the name in the office's phrase, or hung beside it: "Minister for Health Mark Butler")
        # (or past the office's fields set off by commas: "Minister for Food, Agriculture and Fisheries Mette Kjaergaard")
        fields = end in sent.subtree(s.index) and sent.words[end].head > office[0] if office else False
        if (
            end == s.index
            or not office
            or end not in sent.subtree(office[0])
            and sent.words[end].head != s.index
            and not fields
        ):
            continue
        name = end
        while name - 1 > s.index and (
            name_word(sent.words[name - 1], lambda t: in_lex("person_roles", t))
            or sent.words[name - 1].text in NAME_PARTICLES  # ("Ursula von der Leyen")
        ):
            name -= 1
        opens, low, lower = _opening(sent, s.index, name, end, office[0], in_lex)
        before = sent.words[opens - 1] if opens > 0 else None
        if (
            opens < 0
            or before is None
            or before.upos not in ("PROPN", "NOUN")
            or not (before.text[:1].isupper() or lower)
        ):
            continue
        preps = [k for k in range(s.index, before.index) if sent.words[k].lemma.lower() in _OFFICE]
        # (the office's words capitalised up to the name: not "member for Maryland Republicans such
        # as former Gov. Bob Ehrlich", a list of examples)
        if not preps or not all(_office_word(sent.words[k].text) or k in low for k in range(preps[0] + 1, opens)):
            continue
        return _title_moves(sent, s, end, opens, before.index, phrase) | _joined_fields(
            sent, s.index, preps[-1], before.index
        )
    return {}


def _joined_fields(sent: Sentence, role: int, prep: int, last: int) -> Moves:
    """ "Minister of Science and Technology Ashwini Vaishnaw", "State Minister for Labour and
    Employment Nazrul Islam Chowdhury": two fields joined by "and" after the office's last
    preposition, the second one word; the first heads the office's phrase and the second is its
    conjunct, as ``sources.mention_words`` reads an office's fields (the role was "Technology",
    the field before "and" lost). {} otherwise ("Secretary of Health and Human Services Xavier
    Becerra" keeps the phrase the body's name makes of it)."""
    cc = last - 1
    if cc <= prep + 1 or sent.words[cc].lemma.lower() not in ("and", "&") or not sent.words[cc - 1].text[:1].isupper():
        return {}
    first = cc - 1
    moves: Moves = {first: (role, "nmod"), prep: (first, "case"), last: (first, "conj"), cc: (last, "cc")}
    moves.update({k: (first, sent.words[k].deprel) for k in range(prep + 1, first)})
    return moves


def _office_phrase(sent: Sentence, s: Word, in_lex: Callable[[str, str], bool]) -> tuple[list[int], int, list[int]]:
    """The role's phrase, where its run of words up to a comma or a coordinator ends, and its
    office's prepositional phrases."""
    phrase = sorted(sent.subtree(s.index))
    end = s.index
    while end + 1 in phrase and (
        sent.words[end + 1].upos not in ("PUNCT", "CCONJ") or _joins_portfolio(sent, end + 1, in_lex)
    ):
        end += 1
    # (a spokesperson "for" someone speaks for that person: "A spokesperson for Minister X")
    # (not a bare title: "PCG spokesperson for the West Philippine Sea Commodore Ramon Villareal")
    spokesperson = in_lex("spokesperson_nouns", s.lemma.lower()) and any(
        sent.words[c].rel == "det" for c in sent.children[s.index]
    )
    office = [
        c
        for c in sent.children[s.index]
        if sent.words[c].rel == "nmod" and case_lemma(sent, c) in (("of",) if spokesperson else _OFFICE)
    ]
    return phrase, end, office


def _title_moves(sent: Sentence, s: Word, end: int, opens: int, before: int, phrase: list[int]) -> Moves:
    """The name's last word heads the subject, the role and its office its title."""
    moves: Moves = {end: (s.head, s.deprel), s.index: (end, "compound"), before: (s.index, "nmod")}
    moves.update({k: (end, "compound") for k in range(opens, end)})
    moves.update(
        {
            k: (before, sent.words[k].deprel)
            for k in range(s.index + 1, before)
            if sent.words[k].head in range(opens, end + 1) or sent.words[k].head == s.index
        }
    )
    moves.update({k: (end, sent.words[k].deprel) for k in phrase if k > end and sent.words[k].head <= end})
    return moves


def _opening(
    sent: Sentence, s: int, name: int, end: int, office: int, in_lex: Callable[[str, str], bool]
) -> tuple[int, list[int], bool]:
    """Where the name opens, the office's fields, and whether the name follows a field in lower
    case, which no name holds ("spokesperson on agriculture Kondwani Mhango")."""
    low = [k for k in range(s + 1, name) if in_lex("portfolio_words", sent.words[k].text)]
    lower = sent.words[name - 1].text.islower() and name - 1 in low and end > name
    return (name if lower else _name_opens(sent, name, end, office, in_lex)), low, lower


def _joins_portfolio(sent: Sentence, k: int, in_lex: Callable[[str, str], bool]) -> bool:
    """ "and" (or a comma) between two capitalised words of a portfolio: "Minister for Labour and
    Employment", "Minister for Food, Agriculture and Fisheries"."""
    if k == 0 or k + 1 >= len(sent.words) or sent.words[k].lemma.lower() not in ("and", "&", ","):
        return False
    return all(
        w.text[:1].isupper() and in_lex("portfolio_words", w.text.lower())
        for w in (sent.words[k - 1], sent.words[k + 1])
    )


def _office_word(text: str) -> bool:
    return text[:1].isupper() or text.lower() in (
        "the",
        "of",
        "for",
        "and",
        "&",
        ",",
    )  # ("Minister of State for Housing")


def _name_opens(sent: Sentence, name: int, end: int, office: int, in_lex: Callable[[str, str], bool]) -> int:
    """Where the name after an office opens: at initials or a given name; else after the body's
    name ("The head of the Tata Group Ratan Tata"); else where the parse set the name apart from
    the office ("Minister for Foreign Affairs Penny Wong" with "Wong" hung beside "Affairs")."""
    # (after the portfolio's last word first, whatever given name comes later: "Minister of Ports
    # and Marine Transport Abdirahman Hassan Farah"; not inside a body's name: "Officer of the
    # Nigerian National Petroleum Company Limited")
    bodies = [k for k in range(name, end) if in_lex("organization_words", sent.words[k].text.lower())]
    fields = [
        k
        for k in range(name, end)
        if sent.words[k].text[:1].isupper() and in_lex("portfolio_words", sent.words[k].text.lower())
    ]
    if fields and not bodies and end - fields[-1] >= 2:
        return fields[-1] + 1
    opens = next((k for k in range(name, end) if _opens_name(sent.words[k].text, in_lex)), -1)
    if opens < 0 and bodies and end - bodies[-1] >= 2:
        opens = bodies[-1] + 1
    if opens < 0 and end not in sent.subtree(office) and end - (apart := min(sent.subtree(end))) >= 1:
        opens = apart
    return opens


def _opens_name(text: str, in_lex: Callable[[str, str], bool]) -> bool:
    return bool(_INITIALS.fullmatch(text)) or in_lex("given_names", text)


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


def name_read_as_conjunct_of_place(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "Congress MLA from Chamarajanagar, C. Puttarangashetty, claimed" with the name a ``conj``
    of the place (or its words each one: "the secretary of the Treasury, Jacob J. Lew,"): a
    capitalised name of two words or more after a comma, with no coordinator, hung as conjuncts
    on the noun of a singular role's prepositional phrase, is the role's apposition (the person
    it names), headed by its last word. Not a list's items ("the MLA from Mysuru, Mandya and
    Kolar": the places have an "and")."""
    for s in sent.words:
        if s.upos not in ("NOUN", "PROPN") or not is_role(s.lemma.lower()) or "Number=Plur" in s.feats:
            continue
        for place in (c for c in sent.children[s.index] if sent.words[c].rel == "nmod" and c > s.index):
            conjuncts = [c for c in sent.children[place] if sent.words[c].rel == "conj"]
            if not conjuncts or _coordinated(sent, conjuncts[-1]):
                continue
            # (the office's fields joined by "and" before the name: "Cabinet member for finance and
            # resources, Councillor Helen Marsh (Lib Dem, ...), said")
            fields = [c for c in conjuncts if _coordinated(sent, c)]
            conjuncts = [c for c in conjuncts if c > max(fields, default=-1)]
            if fields and (sent.words[place].upos != "NOUN" or sent.words[place].text[:1].isupper()):
                continue
            last = conjuncts[-1]
            words = sorted(set().union(*(sent.subtree(c) for c in conjuncts[:-1])) | _name_part(sent, last))
            name = [k for k in words if sent.words[k].upos != "PUNCT"]
            if name != list(range(name[0], name[-1] + 1)) or name[-1] != last or len(name) < 2:
                continue  # (one unbroken name, its last word a conjunct)
            titled = name[1:] if fields and sent.words[name[0]].upos == "PROPN" else name  # ("Councillor Helen Marsh")
            if sent.words[name[0] - 1].text == "," and all(
                name_word(sent.words[k], is_role) or _INITIALS.fullmatch(sent.words[k].text) for k in titled
            ):
                moves: Moves = {last: (s.index, "appos")}
                moves.update({c: (last, "compound") for c in conjuncts[:-1]})
                moves.update({k: (last, sent.words[k].deprel) for k in words if sent.words[k].upos == "PUNCT"
                              and sent.words[k].head in conjuncts[:-1]})  # fmt: skip
                return moves
    return {}


def _name_part(sent: Sentence, last: int) -> set[int]:
    """The words of the name ``last`` ends, without a bracketed description after it: "Helen
    Marsh (Lib Dem, Kingsholm and Wotton)"."""
    return {k for k in sent.subtree(last) if k <= last}


def offices_coordinated_in_place(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "the president of the City Council, Aisha Rowe, and the council's minority leader, Peter
    Lindqvist, said" with the first name and the second office each a ``conj`` of "Council": a
    name set off by commas after a role's "of" phrase is the role's apposition, and an office
    joined by "and" after it is the first office's conjunct (two speakers, each named)."""
    for s in sent.words:
        # (a title capitalised too: "The Lagos State Commissioner for Transportation, Kunle
        # Oyelaran, and his Ogun State counterpart, Tola Bakare, said")
        if s.upos not in ("NOUN", "PROPN") or not is_role(s.lemma.lower()):
            continue
        for place in (c for c in sent.children[s.index] if sent.words[c].rel == "nmod" and c > s.index):
            conjuncts = [c for c in sent.children[place] if sent.words[c].rel == "conj"]
            names = [c for c in conjuncts if sent.words[c].upos == "PROPN" and not _coordinated(sent, c)]
            offices = [c for c in conjuncts if sent.words[c].upos == "NOUN" and _coordinated(sent, c)]
            if len(names) != 1 or len(offices) != 1 or not names[0] < offices[0]:
                continue
            name, office = names[0], offices[0]
            first = min(k for k in sent.subtree(name) if sent.words[k].upos != "PUNCT")
            if sent.words[first - 1].text != "," or not is_role(sent.words[office].lemma.lower()):
                continue
            moves: Moves = {name: (s.index, "appos"), office: (s.index, "conj")}
            # (a name's first word the parse made another conjunct: "Aisha" and "Rowe")
            moves.update({c: (name, "compound") for c in conjuncts if c < name and c >= first})
            return moves
    return {}


def _coordinated(sent: Sentence, c: int) -> bool:
    return any(sent.words[k].rel == "cc" for k in sent.children[c])


def field_read_as_second_office(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "The Minister of Information and National Orientation, Bala Idris, described" with
    "Orientation" a ``conj`` of "Minister": a capitalised word with no article, right after the
    "and" that follows the office's "of"/"for" phrase, is one more field of the office, not a
    second office holder (who would have an article or a title of his own)."""
    for r in sent.words:
        if r.upos not in ("NOUN", "PROPN") or not is_role(r.lemma.lower()):
            continue
        fields = [c for c in sent.children[r.index] if sent.words[c].rel == "nmod" and c > r.index]
        for c in sent.children[r.index]:
            w = sent.words[c]
            if w.rel != "conj" or w.upos != "PROPN" or is_role(w.lemma.lower()) or not fields:
                continue
            field = max(f for f in fields if f < c) if any(f < c for f in fields) else -1
            kids = [sent.words[k] for k in sent.children[c] if k < c]
            cc = [k for k in kids if k.rel == "cc"]
            if field < 0 or not cc or any(k.rel == "det" for k in kids) or case_lemma(sent, field) not in ("of", "for"):
                continue
            if max(sent.subtree(field)) + 1 != cc[0].index:
                continue
            return {c: (field, "conj")}
    return {}


def name_after_body_title(sent: Sentence, is_role: Callable[[str], bool], is_body: Callable[[str], bool]) -> Moves:
    """ "Aboriginal Legal Service of WA chief executive Dennis Yarran and Law Society president
    Fiona Tran said", "Law Society of Kenya (LSK) President Caroline Atieno, whose members ...,
    said" with the body the subject and the name a phrase or conjunct inside the body's "of"
    phrase: a name whose title (``person_roles``) follows a body's name is the person the body's
    post belongs to, and the subject; the body's words are the title's (``compound``)."""
    for verb in sent.words:
        subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index), -1)
        # (a body's name, capitalised; not a common noun of people, "A spokesperson for Minister Roe")
        body = (
            subject >= 0 and sent.words[subject].text[:1].isupper() and not is_role(sent.words[subject].lemma.lower())
        )
        if not body or not is_body(sent.words[subject].lemma.lower()):
            continue
        for p in sent.subtree(subject):
            w = sent.words[p]
            if w.upos != "PROPN" or w.deprel not in ("nmod", "conj") or p < subject:
                continue
            titles = [c for c in sent.children[p] if c < p and is_role(sent.words[c].lemma.lower())]
            if not titles or any(sent.words[c].rel == "case" for c in sent.children[p]):
                continue
            return {p: (verb.index, "nsubj"), subject: (p, "compound")}
    return {}


def office_of_title_holder(sent: Sentence, is_role: Callable[[str], bool]) -> Moves:
    """ "The Missouri Secretary of State's office said": "office" heads the subject, owned by the
    Secretary of State."""
    for r in sent.words:
        if r.rel not in ("nsubj", "nsubj:pass") or r.upos not in ("NOUN", "PROPN") or not is_role(r.lemma.lower()):
            continue
        for n in (c for c in sent.children[r.index] if c > r.index and sent.words[c].rel == "nmod"):
            of = next((k for k in sent.children[n] if sent.words[k].rel == "case" and k == r.index + 1), -1)
            owner = next((k for k in sent.children[n] if sent.words[k].deprel == "nmod:poss" and k < n), -1)
            if of < 0 or sent.words[of].lemma.lower() != "of" or owner != of + 1 or sent.words[n].upos != "NOUN":
                continue
            clitic = next((k for k in sent.children[owner] if sent.words[k].text in ("'s", "’s")), -1)
            if clitic != owner + 1 or clitic != n - 1 or not sent.words[owner].text[:1].isupper():
                continue  # ("of State's office": a capitalised possessive right before the noun)
            return {
                n: (r.head, r.deprel),
                r.index: (n, "nmod:poss"),
                owner: (r.index, "nmod"),
                of: (owner, "case"),
                clitic: (r.index, "case"),
            }
    return {}
