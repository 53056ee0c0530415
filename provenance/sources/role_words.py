"""Word-level tests the role reader (roles.py) asks of the parse: pure functions of a sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from provenance.syntax.tree import Sentence, Word

if TYPE_CHECKING:
    from provenance.vocab import Vocabulary

    from .mentions import Mention

_NP_WORDS = ("NOUN", "ADJ", "NUM", "PROPN", "DET", "PART", "ADP", "PRON", "CCONJ", "X")


def split_name(sent: Sentence, run: list[int]) -> bool:
    """The parse split one name between two clauses: "through the private email server Hillary
    Clinton used" with "Hillary" an oblique of the clause before and "Clinton" the subject of the
    verb after. Nothing it glued to the name describes the person. (Not a name whose first word
    the tagger took for the verb: "spokeswoman Hope Hicks said".)"""
    outside = [sent.words[i] for i in run if sent.words[i].head not in run]
    before = any(w.rel in ("obl", "obj", "iobj", "nmod") and w.head < run[0] for w in outside)
    after = any(w.rel == "nsubj" and w.head > run[-1] for w in outside)
    return before and after


def who_clause_on(sent: Sentence, i: int) -> bool:
    """A "who" clause describes the word: a person ("Priscilla Oduya of the guide, who first
    reviewed it," with "Priscilla" tagged an adjective; "A plow operator who has worked ...")."""
    return any(
        sent.words[c].deprel == "acl:relcl" and any(sent.words[k].lemma.lower() == "who" for k in sent.children[c])
        for c in sent.children[i]
    )


def relative_subject_of(sent: Sentence, k: int, noun: int) -> bool:
    """Word ``k``, a name, is the subject of a relative clause that modifies ``noun`` (not a
    relative pronoun: "said L2 president Bruce Willsie, who declined")."""
    w = sent.words[k]
    return (
        w.upos == "PROPN"
        and w.rel == "nsubj"
        and w.head >= 0
        and sent.words[w.head].deprel == "acl:relcl"
        and sent.words[w.head].head == noun
    )


def as_case(sent: Sentence, k: int) -> bool:
    """ "as" marking a phrase, not a word of "as well as"."""
    nxt = sent.words[k + 1].lemma.lower() if k + 1 < len(sent.words) else ""
    prev = sent.words[k - 1].lemma.lower() if k > 0 else ""
    return sent.words[k].lemma.lower() == "as" and sent.words[k].rel == "case" and "well" not in (nxt, prev)


def np_word(sent: Sentence, i: int) -> bool:
    """A word inside a noun phrase: its part of speech, or a participle used as a modifier
    ("a Mississippi-based strategist", "the newly elected mayor"), or a hyphen inside a word."""
    w = sent.words[i]
    nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
    return (
        w.upos in _NP_WORDS
        or w.deprel in ("amod", "compound", "flat", "nummod")
        or (w.text in ("-", "‐") and i > 0 and sent.words[i - 1].end == w.start)
        or (w.upos == "ADV" and nxt is not None and nxt.deprel == "amod")
        # the first part of a hyphenated modifier the tokenizer split: "then-chief risk officer"
        or (nxt is not None and nxt.text in ("-", "‐") and nxt.start == w.end)
    )


def as_phrase(sent: Sentence, i: int) -> bool:
    """ "as a presidential candidate": "as" with a noun phrase says what someone is."""
    return (
        sent.words[i].lemma.lower() == "as"
        and i + 1 < len(sent.words)
        and sent.words[i + 1].upos in ("DET", "ADJ", "NOUN")
    )


def participle(feats: str, deprel: str) -> bool:
    """A participle inside a description ("a student studying at Laval"), not a finite verb."""
    return "VerbForm=Ger" in feats or "VerbForm=Part" in feats or deprel in ("acl", "amod")


def possessive(feats: str, upos: str) -> bool:
    return upos in ("PRON", "DET") and "Poss=Yes" in feats


def reported_clause(sent: Sentence, i: int, says_or_thinks: Callable[[str], bool]) -> bool:
    """Whether the clause of word ``i`` is what someone said or thinks — a complement of a verb
    of speech or thought, or a clause a closing cue reports ("Doe is a liar, Roe said") — and so
    no description of the people in it by the article."""
    j = i
    for _ in sent.words:  # (up the tree, never round a malformed one)
        if j < 0 or sent.words[j].head < 0:
            break
        verb = sent.words[sent.words[j].head]
        if sent.words[j].rel == "ccomp" and says_or_thinks(verb.lemma.lower()):
            return True
        if sent.words[j].rel not in ("ccomp", "conj", "xcomp"):
            break  # ("... showed the ties when Roe served as secretary": the writer's own clause)
        j = verb.index
    return any(
        c > i and sent.words[c].rel == "parataxis" and says_or_thinks(sent.words[c].lemma.lower())
        for c in sent.children[i]
    ) or _according_to(sent, j)


def _according_to(sent: Sentence, j: int) -> bool:
    """ "According to Politico, Roe has raised $2 million": what the clause says is Politico's."""
    return any(
        sent.words[k].lemma.lower() in ("accord", "according")
        for c in sent.children[j]
        if sent.words[c].rel == "obl"
        for k in sent.children[c]
    )


def statement_clause(sent: Sentence, idx: range, in_lexicon: Callable[[str, str], bool]) -> bool:
    """A relative clause whose verb reports a statement ("who said that ...", "who condemned
    the fee"): a statement is not a description of the person (``RoleReader._situation`` likewise)."""
    verb = next((sent.words[i] for i in idx if sent.words[i].upos == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma.lower()
    if in_lexicon("object_content_verbs", lemma):
        return True
    content = any(sent.words[c].rel in ("ccomp", "obj", "iobj") for c in sent.children[verb.index])
    rels = [sent.words[c].rel for c in sent.children[verb.index]]
    if lemma == "call" and rels.count("obj") == 1 and not {"ccomp", "xcomp"} & set(rels):
        return False  # ("who called lines at Wimbledon for 17 summers": a job; "who called it a disgrace" says)
    return content and in_lexicon("speech_verbs", lemma)


def set_off_cue(sent: Sentence, verb: int) -> bool:
    """A verb right after a name that a comma or quotation mark closes (", Roe said, ..."), or
    that reports a clause the phrase before the name opens ("The union, Wong told reporters, had
    timed ...": the union is what was said of, not who Wong is)."""
    after = sent.words[verb + 1] if verb + 1 < len(sent.words) else None
    if after is not None and after.text in (",", '"', "“", "”", "'"):
        return True
    clauses = [c for c in sent.children[verb] if sent.words[c].rel == "ccomp" and c > verb]
    return any(min(sent.subtree(c)) < verb for c in clauses)


def nominal_adjective(w: Word) -> bool:
    """A word tagged an adjective that heads an argument: a noun ("the company's chief executive"; a
    conjunct of one, "The exchange's founder and chief executive, Chen Weiming,")."""
    return w.upos == "ADJ" and w.rel in ("obl", "obj", "nsubj", "nmod", "iobj", "xcomp", "conj")


def nominal_head(w: Word, is_role: Callable[[str], bool]) -> bool:
    """A word that can end a description: a noun, an adjective heading an argument, or a role word
    the tagger called an adjective ("said the executive, Rafiqul Islam" with amod(Islam, executive))."""
    return w.upos in ("NOUN", "PROPN") or nominal_adjective(w) or (w.upos == "ADJ" and is_role(w.lemma.lower()))


def fronted_phrase(
    sent: Sentence, j: int, name: tuple[int, int], nxt: Word | None, says_or_thinks: Callable[[str], bool]
) -> bool:
    """The phrase between the verb or preposition ``j`` and a name set off after it is fronted,
    no description ("Given his previously stated views, Roe"), unless the name ends the sentence
    ("met its chief executive, Sara Koe.") or ``j`` speaks: then the phrase is the reported
    clause's subject or the listener ("said the police minister, Craig Dunleavy, had been warned");
    nor when a clause's verb comes first and the parse hangs the name (its last word and the
    phrase's noun: ``name``) on the phrase ("met the city engineer, Tom Baines, on Monday",
    "examined by the club doctor, Jane Roe, before the match"): a fronted phrase opens its sentence."""
    last, noun = name
    hung = sent.words[last].head == noun and sent.words[last].rel in ("appos", "conj")
    if hung and any(sent.words[k].upos in ("VERB", "AUX") for k in range(1, j + 1)):
        return False
    ends = nxt is None or nxt.text in (".", "!", "?", ";", ")")
    return not ends and not says_or_thinks(sent.words[j].lemma.lower())


def after_preposition(sent: Sentence, idx: list[int]) -> list[int]:
    """The words of a phrase after its last preposition ("a role in the campaign of | his wife")."""
    return idx[max((k + 1 for k, i in enumerate(idx) if sent.words[i].upos == "ADP"), default=0) :]


def class_noun(sent: Sentence, i: int) -> bool:
    """A capitalised noun with "a"/"an": a class, not a name ("a Republican", "an American")."""
    w = sent.words[i]
    return w.upos == "PROPN" and any(sent.words[c].lemma.lower() in ("a", "an") for c in sent.children[i])


def np_word_before(sent: Sentence, i: int, head: int) -> bool:
    """np_word for a walk back from a description's ``head``, which stops at the head's own
    coordinator: "Ray Wagner and his co-counsel, Linda Bourque," describes Bourque by "his
    co-counsel" only (the "and" of "Heart and Stroke Foundation's CEO" is not the head's), and at
    a coordinator after a comma, which opens a clause or a conjunct ("..., but his agent, Wanderley
    Souza-Prado, has been")."""
    w = sent.words[i]
    after_comma = w.upos == "CCONJ" and i > 0 and sent.words[i - 1].text == ","
    # (or the coordinator of a word whose phrase is a conjunct of one before: "Roe and the
    # board's head of investigations, Karin Lind,")
    joined = w.rel == "cc" and i < w.head <= head and 0 <= (first := sent.words[w.head].head) < i
    joined = joined and sent.words[first].upos == "PROPN"  # (not "The exchange's founder and chief executive")
    return np_word(sent, i) and not (w.rel == "cc" and w.head == head) and not after_comma and not joined


def with_portfolio(sent: Sentence, title: list[int], in_lex: Callable[[str, str], bool]) -> list[int]:
    """A title's words with its portfolio's first fields before them, joined by "and" ("Health and
    | Human Services Secretary"): the capitalised run stops at the "and", the title does not
    (attribution.portfolio_titles.portfolio_before_name hangs them on the title)."""
    if not title:
        return []
    taken = set(title)
    j = title[0] - 1
    while j >= 0:
        w = sent.words[j]
        field = w.text[:1].isupper() and in_lex("portfolio_words", w.text.lower())
        # (fields listed with commas: "Climate, Energy and Utilities Minister")
        listed = w.text == "," and j > 0 and sent.words[j - 1].text[:1].isupper()
        listed = listed and in_lex("portfolio_words", sent.words[j - 1].text.lower())
        if not (field or listed or w.lemma.lower() in ("and", "&")) or (w.head not in taken and w.head != j + 1):
            break
        taken.add(j)
        j -= 1
    while j + 1 < title[0] and sent.words[j + 1].upos == "CCONJ":
        j += 1  # (a field, not the "and" before it: "Roe and | Health Secretary Doe")
    return list(range(j + 1, title[0])) + title


def body_role(role: str | None, in_lex: Callable[[str, str], bool]) -> bool:
    """A role that says a name is a body's: its head an institution's or an outlet's noun
    ("Aranguren's team, Solvera-Kessler,", "The Spanish sports daily El Correo Deportivo")."""
    heads = []
    for part in (role or "").split(","):
        words = regex.findall(r"[\w'-]+", _PREPOSITION.split(part)[0])
        # (up to a participle after the head: "The union representing bank staff, Finsec,")
        # (not a compound before a body's noun: "flight tracking website Flightradar24")
        last_body = bool(words) and any(in_lex(x, words[-1].lower()) for x in _BODY_WORDS)
        cut = next((words[:k] for k, w in enumerate(words) if k and len(w) > 4 and w.endswith(("ing", "ed"))), words)
        words = words if last_body else cut
        # (a clause, or nothing: "who heads the union"; nor a capitalised name's word: "Nova Scotia Health")
        if not words or words[0].lower() in _NOT_A_HEAD or not words[-1].islower():
            return False  # (nor an affiliation: "Robert Antonacci of the New York delegation")
        heads.append(words[-1])
    # (not a trade that names bodies too, "a crane operator", nor a body's voice, "spokesperson")
    people = ("person_trades", "person_roles", "spokesperson_nouns")
    body = [any(in_lex(x, h) for x in _BODY_WORDS) and not any(in_lex(x, h) for x in people) for h in heads]
    return bool(body) and all(body)


_BODY_WORDS = ("organization_words", "outlet_words", "body_nouns")
_NOT_A_HEAD = frozenset({"who", "which", "whose", "that", "of", "for", "at", "with", "in", "on", "from", "to", "by"})
# (where a role's head noun ends: a phrase after it, or a relative clause, "a former prosecutor who
# chaired the committee", whose words are not the role's head)
_PREPOSITION = regex.compile(r"\s(?:of|for|at|with|in|on|from|to|by|who|whose|which)\s")


def bracketed_title(sent: Sentence, first: int, is_role: Callable[[str], bool]) -> list[int]:
    """ "Justice (retd.) P. Lakshmi Narasimhan", "Superintendent of Police (Ajmer) Rakesh
    Choudhary": a role word and a short bracket right before the name (the words from the role
    word to the bracket's close), or []."""
    close = first - 1
    if close < 3 or sent.words[close].text != ")":
        return []
    opening = next((k for k in range(close - 1, close - 4, -1) if sent.words[k].text == "("), -1)
    if opening < 1 or not is_role(sent.words[opening - 1].lemma.lower()):
        return []
    return list(range(opening - 1, first))


def closes(sent: Sentence, idx: list[int]) -> bool:
    """The span ends in a bracket it opens: "Superintendent of Police (Ajmer)" keeps its ")"."""
    return sent.words[idx[-1]].text == ")" and any(sent.words[i].text == "(" for i in idx)


def apposed_head(sent: Sentence, run: list[int], is_role: Callable[[str], bool]) -> list[int]:
    """ "The lawyer assisting the inquiry, Michael Doherty, said", "The student who described it,
    13-year-old Mateo Cruz, said": a name set off as the apposition of a role noun before it, with
    the noun's participle or relative clause between them; the noun's phrase (without the name)
    describes the person (the words), or []."""
    last = sent.words[run[-1]]
    if last.deprel != "appos" or not 0 <= last.head < run[0] - 1 or sent.words[run[0] - 1].text != ",":
        return []
    head = sent.words[last.head]
    if head.upos != "NOUN" or not is_role(head.lemma.lower()):
        return []
    if not any(sent.words[c].deprel in ("acl", "acl:relcl") for c in sent.children[head.index] if c < run[0]):
        return []
    return [k for k in sent.subtree(head.index) if k < run[0] - 1 and sent.words[k].upos != "DET" or k == head.index]


def owned_office(mention: Mention) -> bool:
    """A description with an owner ("the board's interim chief executive", "its executive"): after
    a role the article gave the name just before, an office of that body, someone else's, not an
    epithet for the person ("the executive")."""
    words = mention.description.lower().split()
    return bool(words) and (words[0] in ("its", "their") or any(w.endswith(("'s", "’s")) for w in words[:-1]))


def titled_phrase_before(sent: Sentence, run: list[int], is_role: Callable[[str], bool]) -> list[int]:
    """ "The Ranking Member on Parliament's Food, Agriculture and Cocoa Affairs Committee, Kofi
    Adu-Gyamfi, described": the words of the role's phrase a name right after its comma is apposed
    to, when the phrase has commas of its own (so the word before the name's comma is no role);
    [] if the name is no such apposition."""
    top = next((k for k in run if sent.words[k].deprel == "appos"), -1)
    h = sent.words[top].head if top >= 0 else -1
    if h < 0 or h >= run[0] or not is_role(sent.words[h].lemma.lower()):
        return []
    idx = [k for k in sent.subtree(h) if k < run[0] - 1]
    while idx and sent.words[idx[0]].upos in ("DET", "ADP"):
        idx = idx[1:]  # ("the", "by the": no part of the role)
    if not idx or idx != list(range(idx[0], run[0] - 1)) or not any(sent.words[k].text == "," for k in idx):
        return []
    return idx


def past_whose_apposition(sent: Sentence, k: int) -> int:
    """Where a relative clause opened at ``k`` is read on from: past an apposition set off inside its
    "whose" phrase ("Sarah Kelleher, whose father, former Balmain prop Tom Kelleher, was diagnosed
    with CTE, said": the commas around the father's name do not end the clause)."""
    w = sent.words[k]
    if w.text.lower() != "whose" or w.head < 0:
        return k
    apposed = [c for c in sent.children[w.head] if sent.words[c].rel in ("appos", "conj") and c > w.head]
    if not apposed or sent.words[w.head + 1].text != ",":
        return k
    end = max(sent.subtree(apposed[-1]))
    while end + 1 < len(sent.words) and sent.words[end + 1].text == ",":
        end += 1
    return end + 1


def role_word(vocab: Vocabulary, word: str) -> bool:
    """A person's role or descriptor (``person_roles``, ``anonymous_descriptors``), in the plural
    too ("fishermen": "fisherman")."""
    forms = {word, word[:-3] + "man" if word.endswith("men") else word, word.removesuffix("s")}
    return any(vocab.in_lexicon(x, f) for x in ("person_roles", "anonymous_descriptors") for f in forms)


def stage_phrase(sent: Sentence, k: int, closers: set[str]) -> tuple[list[int], int] | None:
    """ "Muchochoma, now in his 10th season with the company,": where the person is now, from the
    stage adverb at ``k`` to its closer (the words, and the closer's index), if it places them."""
    n = len(sent.words)
    j = k
    while j < n and sent.words[j].text not in closers:
        j += 1
    idx = list(range(k, j))
    placed = any(sent.words[i].upos in ("NOUN", "PROPN") for i in idx)  # "10th season with TDT"
    return (idx, j) if j < n and sent.words[j].text in (",", ")", "—", "–", ".") and placed else None


def after_described(sent: Sentence, run: list[int]) -> int:
    """Where a name's phrase starts with "the" and adjectives before the name ("His coach, the
    Italian Marco Benedetti,": a description of the name, as the apposition before it is its
    role); the name's first word when no such words come before it."""
    k = run[0]
    while k > 0 and sent.words[k - 1].upos == "ADJ" and sent.words[k - 1].head in run:
        k -= 1
    if k == run[0] or k == 0 or sent.words[k - 1].lemma.lower() != "the" or sent.words[k - 1].head not in run:
        return run[0]
    return k - 1


def one_who(sent: Sentence, w: Word) -> bool:
    """ "One, who asked not to be named, ...": "one" with a "who" clause of its own is a person."""
    if w.upos != "NUM" or w.lemma.lower() != "one":
        return False
    # (the parse may hang the clause elsewhere: "who" right after "One," is it)
    after = [x.lemma.lower() for x in sent.words[w.index + 1 : w.index + 3]]
    return after == [",", "who"] or any(
        sent.words[c].deprel == "acl:relcl" and any(sent.words[k].lemma.lower() == "who" for k in sent.children[c])
        for c in sent.children[w.index]
    )


def person_noun(in_lex: Callable[[str, str], bool], lemma: str) -> bool:
    """A noun for one person ("pastor", "man"), not a collective ("crowd")."""
    if in_lex("collective_people", lemma):
        return False
    return in_lex("person_roles", lemma) or in_lex("generic_persons", lemma)


_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million", "thousands", "hundreds", "dozens", "millions"})


def counted_noun(sent: Sentence, w: Word) -> Word:
    """The noun a count of people stands for ("Thousands of Dutch farmers": farmers), else ``w``."""
    if w.lemma.lower() not in _COUNTS:
        return w
    of = [c for c in sent.children[w.index] if sent.words[c].rel == "nmod" and c > w.index]
    return sent.words[of[0]] if of else w
