"""What the words around a name say about it: "the X", a person's context, a relative clause's antecedent."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import regex

from provenance.syntax.tree import Sentence, Word

from .mentions import Mention
from .name_runs import PARTY_TAG
from .names import body_name
from .role_words import reported_clause
from .table import NameMention


def after_the(mention: Mention, name: str, plural: bool = False) -> bool:
    """ "The Vatican said", "the Post reported": a name behind "the" is an institution's, not a
    person's (a title in between, "the Rev. Jane Roe", has been taken off the name already;
    a family, "the Clintons", is plural: a name ending in "s" counts only if ``plural``, for
    names the caller knows are no family's, "the Times")."""
    sent = mention.ref.sentence
    first = _first_word(mention, name)
    if first is None or first.index == 0:
        return False
    before = sent.words[first.index - 1]
    if regex.fullmatch(r"(?:1[89]|20)\d\d", before.text) and first.index >= 2:
        before = sent.words[first.index - 2]  # (an edition's year between: "The 2023 Coastal Master Plan")
    # ("the Canadian Red Cross", "The Canadian Press": "-ss" is no plural)
    family = name.endswith("s") and not name.endswith("ss")
    return before.lemma.lower() == "the" and before.upos == "DET" and (plural or not family)


def _first_word(mention: Mention, name: str) -> Word | None:
    """The mention's word the name opens with (its first part, where the tokenizer cut the name's
    first word at a hyphen: "The Courier-Mail" as "Courier", "-", "Mail")."""
    opening = name.split()[0]
    return next(
        (
            w
            for w in mention.ref.sentence.words
            if w.start >= mention.start and (opening in w.text or opening.startswith(w.text + "-"))
        ),
        None,
    )


def owned_by(mention: Mention, name: str) -> bool:
    """ "China's state-run Global Times", "the Kremlin-backed RT": a name right after a hyphenated
    participle of ownership or control (pretags.hyphen_participles)."""
    sent = mention.ref.sentence
    first = _first_word(mention, name)
    if first is None or first.index < 2:
        return False
    before = sent.words[first.index - 1]
    return before.upos == "ADJ" and before.text.lower() in _OWNED and sent.words[first.index - 2].text == "-"


_OWNED = frozenset({"run", "owned", "backed", "funded", "controlled", "operated"})


def person_context(sent: Sentence, run: list[int], is_role: Callable[[str], bool]) -> bool:
    """A lower-case post right before the name, or a party tag right after it."""
    before = sent.words[run[0] - 1] if run[0] > 0 else None
    if before is not None and before.upos == "NOUN" and before.text.islower() and is_role(before.lemma.lower()):
        return True
    after = sent.words[run[-1] + 1 : run[-1] + 3]
    return any(PARTY_TAG.match(w.text) for w in after)


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


# Determiners and numbers that count members of a class: "one Democrat", "a Republican".
_COUNTING = frozenset({"a", "an", "one", "another", "some", "several", "two", "three", "four", "many", "each", "any"})


def member_noun(mention: Mention, name: str, party_member: Callable[[str], bool]) -> bool:
    """ "one well-connected Democrat familiar with ...", "Democrats said": a capitalised noun
    for members of a party or nation, counted or plural, is a description, not a name (not a
    team behind "the": "The Rangers said")."""
    sent, head = mention.ref.sentence, mention.ref.index
    w = sent.words[head]
    first = next((x for x in sent.words if x.start >= mention.start and name.split()[0] in x.text), None)
    apposed = first is not None and any(x.text == "," for x in sent.words[head + 1 : first.index])
    # (a count inside the mention: "a point Feinstein acknowledged", with "a point" hung on the
    # name, is a mention of Feinstein only: mentions._object_before_name)
    counted = any(
        sent.words[c].lemma.lower() in _COUNTING
        for c in sent.children[head]
        if sent.words[c].rel in ("det", "nummod") and sent.words[c].start >= mention.start
    )
    if counted and not apposed:
        # never one person's name, whatever name the phrase holds ("one senior Democrat familiar
        # with the Clinton campaign"); "Another Clinton ally, Tom Vilsack," names the ally
        return True
    # ("The 38-year-old Republican said", "the Wisconsin Republican": one member described by party)
    the = any(sent.words[c].rel == "det" and sent.words[c].lemma.lower() == "the" for c in sent.children[head])
    if the and "Number=Plur" not in w.feats and name.split()[-1] == w.text and party_member(w.text):
        return True
    if len(name.split()) != 1 or w.text != name or team_name(mention, name, party_member):
        return False
    return "Number=Plur" in w.feats and w.lemma.lower() != w.text.lower()


def family_surname(mention: Mention, name: str, surnames: set[str]) -> str | None:
    """ "the Clintons said", "the Obamas will attend": "the" and the plural of a surname (lower case) the
    article gives a person is that person's family, several named people (not members of a
    party or a nation, "the Democrats", whose singular is no one's surname here). Returns the
    surname, or None."""
    w = mention.ref.sentence.words[mention.head]
    if len(name.split()) != 1 or w.text != name or w.upos != "PROPN" or not name.endswith("s"):
        return None
    singular = w.lemma if w.lemma != w.text else name[:-1]
    if singular.lower() not in surnames or not after_the(mention, name, plural=True):
        return None
    return singular


def clause_subject(sent: Sentence, run: list[int]) -> bool:
    """The name is the subject of some clause, main or not."""
    return sent.words[next((i for i in run if sent.words[i].head not in run), run[-1])].rel == "nsubj"


def situated(sent: Sentence, run: list[int], says_or_thinks: Callable[[str], bool]) -> bool:
    """The name is the subject of a predicate that is not saying or thinking ("Mike McFadden
    also rejoiced amid a group of revellers"): the article says what the person does (not what
    someone says the person does)."""
    head = sent.words[next((i for i in run if sent.words[i].head not in run), run[-1])]
    if head.rel != "nsubj" or head.head < 0:
        return False
    verb = sent.words[head.head]
    if verb.upos not in ("VERB", "ADJ", "NOUN") or says_or_thinks(verb.lemma.lower()):
        return False
    if reported_clause(sent, verb.index, says_or_thinks):
        return False
    # with what or where ("attended the rally", "rejoiced amid revellers"), not a bare "smiled"
    return any(sent.words[c].rel in ("obj", "obl", "xcomp", "ccomp", "cop") for c in sent.children[verb.index])


def is_subject(sent: Sentence, run: list[int], speaks: Callable[[str], bool] | None = None) -> bool:
    """The name is the subject of a main clause, or in apposition to one ("The Head of X, Hadi
    Al-Amiri, condemned"). The subject of a reported or subordinate clause ("Roe said Covington
    Catholic has a culture ...") is what someone talks about, not who the story follows; but
    one who speaks in a relative or adverbial clause ("what Jane Roe told NBC", "after Roe said
    ...") is the person the story has turned to (``speaks``: whether a lemma is a verb of
    saying)."""
    head = sent.words[next((i for i in run if sent.words[i].head not in run), run[-1])]
    if speaks is not None and head.rel == "nsubj" and head.head >= 0:
        verb = sent.words[head.head]
        if verb.upos == "VERB" and verb.rel in ("acl", "advcl") and speaks(verb.lemma.lower()):
            return True
    if head.deprel == "appos" and head.head >= 0:
        head = sent.words[head.head]
    if head.deprel == "root" and any(
        sent.words[c].deprel == "acl" and sent.words[c].upos == "VERB" and c > head.index
        for c in sent.children[head.index]
    ):
        return True  # "Ravi Singh, 47, voted for ..." parsed as a name with "voted" hanging on it
    if head.rel != "nsubj" or head.head < 0:
        return False
    verb = sent.words[head.head]
    # ('Roe was blunt: "...," she said' parsed with "was blunt" the complement of "said": the
    # words before the colon are the writer's, a main clause)
    framing = verb.deprel == "ccomp" and any(w.text == ":" for w in sent.words[verb.index : max(verb.head, 0)])
    return verb.deprel in ("root", "conj", "parataxis") or framing


def opening_surname(
    sent: Sentence,
    names: list[NameMention],
    tokens: Callable[[str], list[str]],
    first_surname: Callable[[list[str]], str | None] = lambda _: None,
) -> int | None:
    """ "Niederreiter has four goals ..." with the surname that opens the sentence tagged a common noun (or an
    adverb before a copula: "Tapsell is the first Maori woman to ..."): the surname (or ``first_surname``: "Quispe"
    of "Rafael Quispe Huamán") of a person named in full before (``names``) is that person's (index 0), else None."""
    w = sent.words[0] if sent.words else None
    if w is None or w.upos == "PROPN" or not w.text[:1].isupper() or w.text.isupper():
        return None
    copular = w.rel == "advmod" and any(sent.words[c].rel == "cop" for c in sent.children[w.head])
    if len(token := tokens(w.text)) != 1 or not (w.rel == "nsubj" or copular):
        return None
    full = any(len(t := tokens(n.name)) > 1 and token[0] in (t[-1], first_surname(t)) for n in names)
    return 0 if full else None


def possessive(w: Word) -> bool:
    """A possessive pronoun however the parse labels it ("His statement" as plain ``nmod``)."""
    return w.upos == "PRON" and "Poss=Yes" in w.feats and w.rel == "nmod"


def reported_subject(sent: Sentence, name: NameMention) -> bool:
    """The name is the subject of a reported clause ("She said Rubio has failed ..."): someone
    spoke of it."""
    head = next((w for w in sent.words if w.start >= name.start and w.end <= name.end and w.head >= 0
                 and not name.start <= sent.words[w.head].start < name.end), None)  # fmt: skip
    return head is not None and sent.words[head.head].rel == "ccomp"


def in_what_they_said(sent: Sentence, name: NameMention, i: int) -> bool:
    """Word ``i`` is inside the complement of the verb the name is the subject of ("Jones said the
    province had failed": the province is what Jones spoke of, not Jones)."""
    head = next((w for w in sent.words if w.start >= name.start and w.end <= name.end and w.head >= 0
                 and not name.start <= sent.words[w.head].start < name.end), None)  # fmt: skip
    if head is None:
        return False
    verb = head.head
    return any(sent.words[c].rel in ("ccomp", "xcomp") and i in sent.subtree(c) for c in sent.children[verb])


# "of"/"for"/"on" and the capitalised words of a body's name after its head word ("and" only
# before a title-case word: "the Center for Responsive Politics and USA TODAY" is two sources;
# a comma only inside a list of fields that an "and" closes: "Ministry of Economy, Trade and Industry")
_NAME_TAIL = regex.compile(
    r"(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+\p{Lu}[\p{L}.'’-]*"
    r"(?:\s*,(?=(?:\s+\p{Lu}[\p{L}.'’-]*,?)+\s+(?:and|&)\s+\p{Lu}\p{Ll})|\s+(?:and|&)(?=\s+\p{Lu}\p{Ll}))?)+)+"
)
_NOT_NAME_WORDS = frozenset({"This", "That", "These", "Those", "A", "An", "Its", "Their", "Our", "His", "Her"})


def _name_word(w: str, last: bool, is_role: Callable[[str], bool]) -> bool:
    """A word of the capitalised name before a body's word: not a possessive ("Trump's Justice
    Department"), unless the last one names the office the body serves ("Sheriff's Office")."""
    if not w[:1].isupper() or w in _NOT_NAME_WORDS:
        return False
    stem = regex.sub(r"(?:['’]s|s['’])$", "", w)
    if last and stem != w and is_role(stem.lower()):
        return True
    return w[-1] not in ",.’'s"


def _conjoined_part(mention: Mention, is_org_word: Callable[[str], bool], is_role: Callable[[str], bool]) -> str:
    """ " and Community Services" after "Department of Youth": the capitalised words after "and"
    that the parse made a conjunct of the body's name, not the mention's, when they end in a body's
    word or are one word that names no role ("Department of Agriculture and Forestry"; not "the
    Ministry of Health and Prime Minister Jane Roe")."""
    words = [w for w in mention.ref.sentence.words if w.start >= mention.end]
    if " of " not in mention.text or not words or words[0].text not in ("and", "&"):
        return ""
    run = list(itertools.takewhile(lambda w: w.text[:1].isupper(), words[1:4]))
    last = run[-1].text.lower() if run else ""
    if not run or not (is_org_word(last) or len(run) == 1 and not is_role(last)):
        return ""
    return " " + " ".join(w.text for w in words[: len(run) + 1])


def fuller_org_name(
    mention: Mention, name: str, is_org_word: Callable[[str], bool], is_role: Callable[[str], bool] = lambda _: False
) -> str:
    """ "the Office of Management and Budget", "The University of Toronto": the name of a body
    goes on through "of"/"for"/"on" and the capitalised words after them ("Office" alone is no
    name); one that is only a body's word ("Department") keeps the capitalised words a title
    reading took off before it ("The Justice Department"); a name behind "the" that is all title
    case ("The Department of Justice") loses the article; title-case words joined to it by "and"
    are its own ("The Independent Electoral and Boundaries Commission")."""
    text = mention.text + _conjoined_part(mention, is_org_word, is_role)
    at = text.find(name)
    if at >= 0 and (tail := _NAME_TAIL.match(text, at + len(name))) is not None:
        # (not the possessive that owns what comes next: "Acme Chamber of Commerce's latest survey")
        name = name + regex.sub(r"['’]s$", "", tail.group(0))
    # (a tokenised text may set the possessive apart: "Sheriff 's Office")
    words = regex.sub(r"\s+(['’]s)\b", r"\1", body_name(text[:at].strip())) if at > 0 else ""
    before = words.split() if is_org_word(name.split()[0].lower()) else []
    k = len(before)  # (the capitalised words right before it: "Trump's | Justice Department")
    while k > 0 and _name_word(before[k - 1], k == len(before), is_role):
        k -= 1
    if k < len(before):
        name = " ".join(before[k:]) + " " + name
    lead = words.split()
    if len(lead) >= 2 and lead[-1] in ("and", "&") and lead[-2][:1].isupper() and text.find(name) > 0:
        # ("The Independent Electoral and Boundaries Commission": title-case words joined to it)
        k = len(lead) - 1
        while k > 0 and lead[k - 1][:1].isupper() and lead[k - 1].lower() != "the":
            k -= 1
        name = " ".join(lead[k:]) + " " + name
    return body_name(" ".join(name.split()))


# Plural demonyms and the like, which name people, not a team: "the Americans", "the Israelis"
_DEMONYM = regex.compile(r"(?:an|ese|i|ish|ch)s?$")


def team_name(mention: Mention, name: str, party_member: Callable[[str], bool]) -> bool:
    """ "The Rangers said", "The Toronto Maple Leafs said in a statement": a plural proper name
    behind "the" that is no family's (the caller checks that first), no party's members ("the
    Democrats") and no people's ("the Americans") is a team or a group speaking as one: an
    organisation."""
    last = name.split()[-1]
    if not last.endswith("s") or last.endswith("ss") or not last[:1].isupper():
        return False
    if party_member(last.lower()) or _DEMONYM.search(last) is not None:
        return False
    return after_the(mention, name, plural=True)


def possessive_aside(sent: Sentence, start: int) -> bool:
    """ "Benfica, in a statement on their website, said": an aside right after the name (which
    starts at ``start``) with "its" or "their" in it speaks of a body, not a person."""
    i = next((w.index for w in sent.words if w.start == start), -1)
    if i < 0 or i + 1 >= len(sent.words) or sent.words[i + 1].text != ",":
        return False
    j = i + 2
    while j < len(sent.words) and sent.words[j].text != ",":
        if sent.words[j].text.lower() in ("its", "their") and sent.words[j].deprel == "nmod:poss":
            return True
        j += 1
    return False


_ASKING = frozenset({"ask", "question", "press", "interview"})


def asker(sent: Sentence, start: int) -> bool:
    """Whether the name at ``start`` is the "by" agent of an asking participle in ``sent``."""
    w = next((w for w in sent.words if w.start <= start < w.end), None)
    if w is None or w.head < 0:
        return False
    # (the name's head word: the last word of its run carries the relation)
    while w.rel in ("flat", "compound") and w.head >= 0:
        w = sent.words[w.head]
    by = any(sent.words[k].lemma.lower() == "by" for k in sent.children[w.index])
    return by and w.head >= 0 and sent.words[w.head].lemma.lower() in _ASKING


def opens_with(sent: Sentence, p: str) -> bool:
    """The sentence's main clause has the pronoun ``p`` for its subject ("She walks her dog")."""
    return bool(p) and any(
        w.rel == "nsubj" and w.text.lower() == p and w.head >= 0 and sent.words[w.head].head < 0 for w in sent.words
    )


def which_name(mention: Mention) -> str | None:
    """ "Shopify, which has cut its staff, said": a capitalised word described by a "which"
    clause (a person is "who") is the name of a thing that speaks, an organisation - whatever
    the tagger made of the word ("Shopify" a common noun at the start of the sentence)."""
    sent, head = mention.ref.sentence, mention.ref.word
    if head.upos not in ("NOUN", "PROPN") or not head.text[:1].isupper() or head.text.isupper():
        return None
    for c in sent.children[head.index]:
        if sent.words[c].deprel == "acl:relcl" and any(
            sent.words[k].lemma.lower() == "which" and k < c for k in sent.children[c]
        ):
            return head.text
    return None


def titled_surname(mention: Mention, is_title: Callable[[str], bool], party: Callable[[str], bool]) -> bool:
    """ "Chief Hutchins said": one capitalised word right after one capitalised title is a surname,
    whatever the tagger made of it (a plural: "Hutchins" lemmatised "Hutchin")."""
    role, name = mention.role, mention.name
    if role is None or name is None or " " in name.strip() or " " in role.strip() or not role[:1].isupper():
        return False  # (one capitalised title: not "EU Member States"; no party: "Veteran Republicans")
    return mention.text.endswith(f"{role} {name}") and is_title(role.lower()) and not party(name)
