"""Delayed identification: a described speaker whom the same or the next sentence names.

"A woman later identified as Eva Smith, an activist, demanded ...": the name right after the
description, in its own sentence (``identified-as``).

Wire copy often leads with a description and names the person a sentence later: "A top Obama
adviser says the talks are on a glide path. Ed Brookover spoke to reporters Thursday ...";
"Donald Trump's campaign manager says he is gratified ... Corey Lewandowski, in a statement, said
...". The sources labels resolve such a description to the named person (README: "When a
description is identified by name elsewhere in the article, the record is labelled by that
identity"), and an editor would not call the quote anonymous.

The link is made only in that tight shape, because an unnamed source followed by someone else is
common too ("A police spokesman said ... John Roe, a neighbour, said ..."):

* the description is a singular role noun (``person_roles``: adviser, manager, president), not a
  word for a source as a source or a passer-by (``never_named_next``: "an official", "a
  witness"), and the sentence gives no reason for keeping the source unnamed;
* the very next sentence, in the same or the next paragraph, has as the subject of its main
  clause a full name (two words or more) that the article has not used before, and that person
  speaks there (a verb of saying, "said", or "spoke"/"talked to reporters");
* the article gives the named person no description at all: "John Roe, a neighbour" is someone
  else, and "Coach Dana Moe" after "A hockey coach" is the role holder that resolve.py links by
  the role (``definite-description``).

Two looser shapes (session 36): after a unique post, a description anchored to its owner ("Saudi
Arabia's energy minister said"), the name may come up to three sentences and two paragraphs on,
and a relative clause, a one-word title ("Prince") or another post of the same owner ("the
county's health officer") does not make that person someone else; and a passer-by described
again by the same noun with the name in apposition ("A woman ... said. The woman, Gloria Ibarra,
61, said") is named, whatever the noun.

The next sentence may give the description's very words as the name's title ("..., a government
spokesman said. ¶ Government spokesman Chhay Sophal told reporters ..."): that person (session 57).

A lede may use a definite title ("While the president has repeatedly said he opposes ...") for
the one person the article then names with it ("President Obama"): ``titled_later`` gives that
person (``definite-description``) when no one holds the title before the mention and exactly one
person gets that very title after it.
"""

from __future__ import annotations

import regex

from provenance.syntax.tree import Sentence

from .mentions import Mention
from .model import Resolution
from .roles import RoleSpan
from .table import NameMention, TableBase

# ", later identified as Eva Smith": the name (capitalised words, a particle such as "de" or
# "al-" inside) right after a description.
_IDENTIFIED_AS = regex.compile(
    r",?[ \t]+(?:(?:later|since|subsequently|then|who[ \t]+was|who[ \t]+has[ \t]+been)[ \t]+)?"
    # (or who named herself: "The woman, who identified herself afterward as Rosalind Tate,")
    r"(?:(?:who[ \t]+)?(?:identified|named)[ \t]+(?:herself|himself|themselves)(?:[ \t]+(?:afterwards?|later))?"
    # (or by whom, and with a description before the name: ", identified by NRK as 28-year-old
    # electrician Jonas Hvide,")
    r"|identified|named)(?:[ \t]+by[ \t]+[^,.;]{1,40}?)?[ \t]+as[ \t]+(?:[\p{Ll}\d][\p{L}\d-]*[ \t]+){0,3}(?P<name>\p{Lu}[\p{L}’'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}’'.-]*|de|van|von|al-?\p{L}+))+)"
)

# A sentence that explains why its source is unnamed keeps the source anonymous.
_UNNAMED_ON_PURPOSE = regex.compile(
    r"(?i)\b(?:anonymity|anonymous(?:ly)?|not\s+(?:been\s+)?authori[sz]ed|(?:be|being)\s+(?:named|identified))\b"
)


# ("a customer who gave only her first name, Rosa,", "a woman who (later) gave her name only as Blessing",
# "a retired teacher who gave only her surname, Hoa",
# "a man who identified himself only as Ahmed", "a nurse who asked to be identified only by her
# first name, Maria"): a first name alone will do
_GAVE_NAME = regex.compile(
    r",?[ \t]+who[ \t]+(?:(?:later|afterwards?|then)[ \t]+)?(?:(?:gave|would[ \t]+give|provided|offered)[ \t]+(?:only[ \t]+)?(?:her|his|their)"
    r"[ \t]+(?:(?:(?:first|last|given|family)[ \t]+)?name|surname|forename)|(?:identified|introduced)[ \t]+(?:her|him|them)sel(?:f|ves)"
    r"|(?:asked|wished|wanted|agreed)[ \t]+to[ \t]+be[ \t]+(?:identified|named|called|referred[ \t]+to)"
    r"(?:[ \t]+(?:only[ \t]+)?by[ \t]+(?:her|his|their)[ \t]+(?:(?:(?:first|last|given|family)[ \t]+)?name|surname))?)"
    r"(?:[ \t]+only)?(?:[ \t]?,|[ \t]+as)[ \t]+(?P<name>\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){0,2})\b"
    # (not someone's relation: "identified himself as Nur's brother")
    r"(?<![’'])(?<![’']s)(?![’']s\b)"
)


def identified_as(table: TableBase, mention: Mention) -> Resolution | None:
    """ "a woman later identified as Eva Smith", "a customer who gave only her first name, Rosa": the
    name right after the description, or in the relative clause of the description's phrase ("Another
    survivor, a Nigerian woman who gave her name only as Blessing, said")."""
    m = _IDENTIFIED_AS.match(table.doc.prose, mention.end) or _GAVE_NAME.match(table.doc.prose, mention.end)
    if m is None:
        sent = mention.ref.sentence
        end = sent.words[sent.subtree(mention.head)[-1]].end
        m = _GAVE_NAME.search(table.doc.prose, mention.end, end)
    if m is None:
        return None
    person = table.person_entity(m.group("name"))
    # (what the description says the person is: "a customer", not "a woman")
    if table.m.is_role(mention.head_lemma) or table.vocab.in_lexicon("anonymous_descriptors", mention.head_lemma):
        person.role = person.role or regex.sub(r"^(?i:an?|the)\s+", "", mention.description)
    return person, "identified-as"


def named_next(table: TableBase, mention: Mention, head_lemma: str) -> Resolution | None:
    """The person the next sentence identifies the described speaker as (the description becomes
    their role, without its article: "top Obama adviser"), or None."""
    name = _name_next(table, mention, head_lemma)
    if name is None:
        return None
    person = table.person_entity(name)
    # (without its article; "one of the co-authors" whole)
    person.role = person.role or regex.sub(r"^(?i:an?|the|one(?!\s+of\b))\s+", "", mention.description)
    return person, "named-next"


def _name_next(table: TableBase, mention: Mention, head_lemma: str) -> str | None:
    vocab = table.vocab
    one = mention.ref.word.lemma.lower() == "one"  # ("One of the co-authors": one person)
    if "Number=Plur" in mention.ref.sentence.words[mention.head].feats and not one:
        return None
    here = mention.ref.sentence
    # (a "conjunct" with no "and" is the parse's apposition: "The lead plaintiff, a 31-year-old organizer,")
    conjuncts = [
        c
        for c in here.children[mention.head]
        if here.words[c].rel == "conj"
        and here.words[c].upos != "VERB"
        and any(here.words[k].rel == "cc" for k in here.children[c])
    ]
    if here.words[mention.head].rel == "conj" or conjuncts:
        return None  # ("the mayor and the police chief said": which of them the next name is, is not said)
    k = next((i for i, s in enumerate(table.sentences) if s.start == here.start), -1)
    if k < 0 or k + 1 >= len(table.sentences) or _UNNAMED_ON_PURPOSE.search(table.doc.text[here.start : here.end]):
        return None
    # (a unique post, anchored to its holder's body or principal: "Saudi Arabia's ...", "the
    # county's ...", "his ..."; a bare "the nurse" is most often someone described before)
    owner = _POSSESSOR.search(mention.description.split(",")[0])
    post = owner is not None or _OWNER_PRONOUN.match(mention.description) is not None
    found = _next_subject_name(table, k, here, post, head_lemma)
    if found is None or _other_gender(table, mention, found[1]):
        return None
    nxt, name = found
    lede = _delayed_lede(table, mention, nxt, name, head_lemma)
    if len(table.tokens(name.name)) < 2 or not (
        lede or _speaks(table, nxt, name) or _after_same_noun(nxt, name, head_lemma)
    ):
        return None
    if any(n.start < here.start and table.same_person(n.name, name.name) for n in table.person_names):
        return None  # someone the article has already named
    if any(e.type == "organization" and e.name == name.name for e in table.entities):
        return None  # (or a body it has: "The Italian coast guard said ... Sea Lantern and two other charities said")
    roles = [r for n, r in table.roles if n == name.name]
    if any(_same_noun_again(table, r, head_lemma) for r in roles) or _after_same_noun(nxt, name, head_lemma):
        return name.name  # ("A woman who lives above the shop said ... The woman, Gloria Ibarra, said")
    if _named_again(table, mention, roles):
        return name.name
    if not vocab.in_lexicon("person_roles", head_lemma) or vocab.in_lexicon("never_named_next", head_lemma):
        return None
    if mention.description.lower().startswith("the ") and brought_in(table, head_lemma, 0, mention.start):
        return None  # (the one brought in with the noun before, not a name given next: brought_in)
    # A person the article describes ("John Roe, a neighbour") is someone else, or, with the
    # description's own noun ("Coach Dana Moe"), the role holder resolve.py links by that role.
    # (What the person does in that sentence, a "predicate" role, describes nothing.) After a
    # unique post ("Saudi Arabia's energy minister said", "the campaign's manager"), what the
    # person did and a one-word title do not make someone else: "Prince Faisal said",
    # "Colleen Brandt, who ran the campaigns, said".
    allowed = ("predicate", "situation") + (("relative-clause", "title") if post or lede else ())
    for r in roles:
        # (nor a description of a post of the same owner: "the county's top doctor" ... "Dr. Khalid
        # Al-Mansouri, the county's health officer")
        same_owner = owner is not None and r.how == "apposition" and owner.group().lower() in r.text.lower()
        if (r.how not in allowed and not same_owner) or (r.how == "title" and " " in r.text.strip()):
            return None
    return name.name


def _other_gender(table: TableBase, mention: Mention, name: NameMention) -> bool:
    """ "A spokeswoman ... said ... Chairman Luis Archuleta said he expected": the description's
    gender and the one the article (or the given name) shows for the name differ: someone else."""
    said = table.m.names.gender_of(mention.description)
    have = table.genders.get(table.key(name.name)) or table.m.names.given_name_gender(table.tokens(name.name))
    return said is not None and have is not None and said != have


def _named_again(table: TableBase, mention: Mention, roles: list[RoleSpan]) -> bool:
    """The name's role refers back to the description ("The district's top civil servant said ...
    The official, District Commissioner Roe,"), or is its very words as a title ("..., a government
    spokesman said. ¶ Government spokesman Chhay Sophal told")."""
    if any(r.how == "apposition" and table.role_words(r.text) in _REFERRING for r in roles):
        return True
    said = table.role_words(regex.sub(r"^(?i:an?|the)\s+", "", mention.description))
    return len(said) > 1 and any(r.how in ("title", "premodifier") and table.role_words(r.text) == said for r in roles)


# A bare noun that refers back to a described person it names ("The official, Jane Roe, said")
_REFERRING = (["the", "official"], ["the", "man"], ["the", "woman"], ["the", "person"], ["that", "official"])

# A possessor in a description: "the county's", "Saudi Arabia's"
_POSSESSOR = regex.compile(r"\w+ ?['’]s\b")


_OWNER_PRONOUN = regex.compile(r"(?i)(?:his|her|its|their)\b")


def _same_noun_again(table: TableBase, role: RoleSpan, head_lemma: str) -> bool:
    """ "The woman, Gloria Ibarra,", "That engineer, Priya Nair,": the description's noun again,
    definite, set before the name; or the name's apposition headed by that noun ("An engineer
    hired to inspect the bridge warned ... Pieter Van Houten, a structural engineer with the firm,
    told the commission"; not "another engineer")."""
    words = [w for w in table.role_words(role.text) if not w.isdigit()]  # (an age too: "The mother, Anna Berg, 38,")
    if role.how != "apposition" or not words:
        return False
    if words[1:] == [head_lemma] and words[0] in ("the", "that", "this"):
        return True  # (or "That architect, Li Xiaomei," after "a local architect who ...")
    # (one of two posts joined by "and" with no article of its own: "the founder and chairwoman of X")
    ends = [i for i, w in enumerate(words) if w in _AFTER_HEAD and not (w == "and" and _bare_after(words, i))]
    phrase = words[: next(iter(ends), len(words))]
    heads = [phrase[-1]] + [phrase[i - 1] for i, w in enumerate(phrase) if w == "and" and i > 1]
    return words[0] in ("a", "an", "the") and len(phrase) > 1 and head_lemma in heads


def _bare_after(words: list[str], i: int) -> bool:
    """The word after "and" at ``i`` opens no phrase of its own (no article or possessive)."""
    return i + 1 < len(words) and words[i + 1] not in ("a", "an", "the", "his", "her", "its", "their")


# Words that end a role's head phrase ("a structural engineer | with the firm")
_AFTER_HEAD = frozenset({"with", "of", "for", "at", "in", "from", "on", "to", "who", "that", "whose", "and"})


_LEDE_DESCRIPTION = regex.compile(r"(?i)an?\s|the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+an?\s")


def _delayed_lede(table: TableBase, mention: Mention, nxt: Sentence, name: NameMention, head_lemma: str) -> bool:
    """ "A former Wales prop who was diagnosed with dementia ... has joined a High Court action,
    claiming ... ¶ Rhodri Powell, who won 23 caps, is one of 31 new claimants": a lede that
    describes a person before the article names anyone, with the next sentence opening on a
    person's name as its subject, names that person (news style: the delayed identification)."""
    # (or the post of a body the lede leaves unnamed: "The chairwoman of a Vietnamese property developer")
    if not _LEDE_DESCRIPTION.match(mention.description) or any(n.start < mention.start for n in table.person_names):
        return False
    person = any(table.vocab.in_lexicon(x, head_lemma) for x in ("person_roles", "person_trades", "generic_persons"))
    opening = [w for w in nxt.words if w.upos != "PUNCT"][:1]
    # (the name opens the next paragraph: "Rhodri Powell, who won 23 caps, is ...")
    para = table.doc.paragraph_at(nxt.start)
    opens = para is not None and table.doc.prose[para.start : nxt.start].strip() == ""
    return person and opens and bool(opening) and opening[0].start == name.start and name.subject


def _after_same_noun(sent: Sentence, name: NameMention, head_lemma: str) -> bool:
    """'"...," said the mother, Rebecca Lindqvist, 38.': the name set off right after the
    description's noun again, after "the" (however the parse hung it)."""
    first = next((w.index for w in sent.words if w.start >= name.start), 0)
    before = [w.lemma.lower() for w in sent.words[max(0, first - 4) : first]]
    return before[1:] == ["the", head_lemma, ","] and before[0] == "say"  # (after "said" only)


def _next_subject_name(
    table: TableBase, k: int, here: Sentence, post: bool, noun: str
) -> tuple[Sentence, NameMention] | None:
    """The next sentence and the person's name it has as a subject: the very next sentence, or,
    after a unique post in a wire lede, the first of the next three with such a subject, up to
    two paragraphs on ("Saudi Arabia's energy minister said ... [prices] ... Prince Faisal said")."""
    # (a sentence inside a quotation does not count: '"I thought ... them. I watched ...," said the mother, Roe')
    later = [
        s for s in table.sentences[k + 1 :] if not any(qs <= s.start and s.end <= qe + 2 for qs, qe in table.quoted)
    ]
    for nxt in later[: _POST_REACH if post else 1]:
        if not _close(table, here, nxt, 2 if post else 1):
            return None
        here_names = [n for n in table.person_names if nxt.start <= n.start < nxt.end]
        name = next((n for n in here_names if n.subject or _after_same_noun(nxt, n, noun)), None)
        if name is not None:
            return nxt, name
    return None


_POST_REACH = 3  # sentences


def _close(table: TableBase, here: Sentence, nxt: Sentence, paragraphs: int) -> bool:
    a, b = table.doc.paragraph_at(here.start), table.doc.paragraph_at(nxt.start)
    return a is not None and b is not None and 0 <= b.index - a.index <= paragraphs


def _speaks(table: TableBase, sent: Sentence, name: NameMention) -> bool:
    """Whether the name is the subject of a verb of saying in its sentence."""
    run = [w.index for w in sent.words if name.start <= w.start < name.end]
    if not run:
        return False
    head = sent.words[next((i for i in run if sent.words[i].head not in run), run[-1])]
    if head.rel == "appos" and head.head >= 0:
        head = sent.words[head.head]  # ("The woman, Gloria Ibarra, 61, said")
    if head.rel != "nsubj" or head.head < 0:
        return False
    lemma = sent.words[head.head].lemma.lower()
    # ("spoke to reporters", "talked to the AP": communicating, though no content follows)
    return table.vocab.in_lexicon("speech_verbs", lemma) or lemma in ("speak", "talk")


def brought_in(table: TableBase, head_lemma: str, start: int, before: int) -> bool:
    """Someone unnamed brought in with the noun between ``start`` and ``before`` ("A senior executive at a
    national clothing retailer ... told the Gazette"): "the executive" after it is that one, not a name
    the article gives later."""
    return bringing(head_lemma).search(table.doc.text[start:before]) is not None


def bringing(head_lemma: str) -> regex.Pattern[str]:
    """The noun after "a", "an", "one" or "another" and up to three words: someone brought in with it."""
    return regex.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?{regex.escape(head_lemma)}\b")


def titled_later(table: TableBase, head_lemma: str, before: int, description: str = "") -> str | None:
    """ "While the president has said ..." in a lede: the one person the article goes on to give
    that very title ("President Obama"; not "Vice President Biden"), by name; or that very post,
    in the same words ("according to the city's chief financial officer ... Priya Raghunathan is
    the city's chief financial officer"); else None."""
    # (only before the article has named anyone in its body: "Van Aalst denied any wrongdoing. ...
    # the professor said" is Van Aalst, not "Prof. Jun-seo Baek" named further on)
    first = next((s for s in table.sentences if s.words), None)
    body = first.end if first is not None and table.headline(first) else 0
    if any(body <= n.start < before for n in table.person_names):
        return None
    if brought_in(table, head_lemma, body, before):
        return None
    # (a post anchored to its owner by a possessive: unique to its holder, unlike "the GOP nominee")
    post = [w for w in table.role_words(description) if w not in ("the", "s")] if _POSSESSOR.search(description) else []
    later = {
        name
        for name, role in table.roles
        if role.start > before
        and (
            (role.how in ("title", "premodifier", "apposition") and table.role_words(role.text) == [head_lemma])
            or (len(post) > 1 and [w for w in table.role_words(role.text) if w not in ("the", "s")] == post)
        )
    }
    return later.pop() if len(later) == 1 else None


def self_named_roles(table: TableBase) -> list[tuple[str, RoleSpan]]:
    """ "A Syrian teacher who gave her first name only, Rana, said": the description that a
    clause naming the person hangs on is that person's role, when it says more than "a man"
    (a person noun from the lexicons, or one with a modifier: "a Nigerian woman")."""
    found: list[tuple[str, RoleSpan]] = []
    for sent in table.sentences:
        for m in _GAVE_NAME.finditer(table.doc.prose, sent.start, sent.end):
            who = next((w for w in sent.words if w.start >= m.start() and w.lemma.lower() == "who"), None)
            if who is None or who.head < 0 or sent.words[who.head].head < 0:
                continue
            noun = sent.words[sent.words[who.head].head]
            words = [
                k for k in sent.subtree(noun.index) if k <= noun.index and sent.words[k].rel not in ("det", "punct")
            ]
            lexical = table.m.is_role(noun.lemma.lower()) or table.vocab.in_lexicon("anonymous_descriptors", noun.lemma)
            if noun.upos != "NOUN" or not (lexical or len(words) > 1):
                continue
            start, end = sent.words[words[0]].start, noun.end
            found.append((m.group("name"), RoleSpan(table.doc.text[start:end], start, end, "epithet")))
    return found
