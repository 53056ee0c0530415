"""Speaker heads the tagger misread, read for what they are: a surname tagged as a common noun or
an adjective ("Poulter said" at the start of a sentence, "Podliska further alleges" with the name
a modifier of "further"), and a capitalised noun of people tagged as an adjective ("One
Republican threatened ..."), which describes unnamed people rather than nobody (``unresolved``)."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word
from provenance.vocab import Vocabulary

from .mentions import Mention
from .model import Resolution
from .spellings import spelling_variant
from .table import TableBase


def surname_taken_for_noun(table: TableBase, sent: Sentence, head_word: Word) -> Resolution | None:
    """The person the article names in full whose surname is the head, or a capitalised word
    the head's parse hangs before it ("Podliska further"), else None."""
    words = [head_word]
    if head_word.upos in ("ADJ", "ADV"):  # (never a noun's modifier: "Trump allies" are not Trump)
        words += [sent.words[c] for c in sent.children[head_word.index] if c < head_word.index]
    for w in words:
        if not (w.text[:1].isupper() and w.upos in ("NOUN", "PROPN", "X", "ADJ")):
            continue
        if w is not head_word and w.rel not in ("amod", "compound", "nmod"):
            continue
        surname = [w.text.lower()]
        full = next(
            (
                n
                for n in reversed(table.person_names)
                if len(table.tokens(n.name)) > 1
                and (table.tokens(n.name)[-1:] == surname or spelling_variant(table.tokens(n.name)[-1:], surname))
            ),
            None,
        )  # (spelt another way too: "Sharption said" after "Al Sharpton")
        # (or the given name a second reference uses, read as a noun opening the sentence: "Mekdes
        # dismissed those fears" after "Mekdes Alemu")
        given = (
            n
            for n in reversed(table.person_names)
            if len(table.tokens(n.name)) > 1 and table.tokens(n.name)[0] == surname[0]
        )
        alone = (
            w.index + 1 < len(sent.words) and not sent.words[w.index + 1].text[:1].isupper()
        )  # (not "Democracy Corps")
        full = full or (next(given, None) if w is head_word and w.upos == "NOUN" and w.index == 0 and alone else None)
        if full is not None:
            return table.person_entity(full.name), "short-name"
    return None


def noun_of_people(head_word: Word) -> bool:
    """A capitalised adjective that heads a subject ("One Republican", "a Democrat"): a noun."""
    return head_word.upos == "ADJ" and head_word.text[:1].isupper() and head_word.rel.startswith("nsubj")


def body_compound(vocab: Vocabulary, sent: Sentence, head: int) -> str | None:
    """ "coast guard", "national guard": a body of the state (``public_bodies``) named by a compound
    whose head alone is a person's word ("a security guard said"), or None."""
    k = head - 1  # (its compound, or a compound of the same noun: "A coast guard spokesman")
    if (
        k < 0
        or sent.words[k].deprel not in ("compound", "amod")
        or sent.words[k].head not in (head, sent.words[head].head)
    ):
        return None  # (an adjective too: "Tunisia's national guard")
    pair = f"{sent.words[k].lemma.lower()} {sent.words[head].lemma.lower()}"
    return pair if vocab.in_lexicon("public_bodies", pair) else None


def group_just_named(table: TableBase, mention: Mention) -> bool:
    """ "The survivors' accounts could not be verified. Some said ... Others said ...": a bare
    "some", "others" opening its sentence right after a sentence of the same paragraph that
    names a group of people (a plural people's noun) are of that group, not loose; so is one
    opening a clause joined to one that names it ("Some parents ... said ..., and several argued")."""
    sent = mention.ref.sentence
    bare = len(mention.description.split()) == 1 and mention.ref.word.text.lower() in _BARE_SHARES
    if not bare or mention.ref.index != mention.head:
        return False
    first = min(sent.subtree(mention.head))
    # (or opening a clause joined to one about that group: "Some parents ... said ..., and several argued")
    joined = first > 0 and sent.words[first - 1].lemma.lower() in ("and", "but", "while")
    # (or after a fronted phrase that names it: "At Linden Park, where a handful of parents pulled
    # in before learning of the closure, several said")
    joined = joined or (first > 0 and sent.words[first - 1].text == ",")
    if first != 0 and not joined:
        return False
    # (back over sentences that open with a share of the same group: "The survivors gathered.
    # Some said ... Others said")
    earlier = [s for s in table.sentences if s.end <= sent.start][::-1][:3]
    before = earlier if not joined else [sent]
    here = table.doc.paragraph_at(sent.start)
    for n, prev in enumerate(before):
        if n and before[n - 1].words[0].text.lower() not in _BARE_SHARES:
            return False
        if table.doc.paragraph_at(prev.start) != here:
            return False
        for w in prev.words[: first if joined else None]:
            plural = w.upos == "NOUN" and "Number=Plur" in w.feats
            kids = [prev.words[c] for c in prev.children[w.index]]
            shared = any(k.lemma.lower() in _BARE_SHARES for k in kids) and not any(
                k.rel in ("acl", "nmod") for k in kids
            )
            if plural and shared:
                return False  # (a loose share of any class first: "Some supporters have said ..., while others warned")
            if plural and any(table.vocab.in_lexicon(x, w.lemma.lower()) for x in _PEOPLE_LEXICONS):
                # (not of a loose class, whose share is as loose: "Economists were more cautious.
                # Several said", "several X" for a loose X in the sources labels; nor of a group
                # named by a loose share itself, with nothing more to place it: "Some residents said
                # ... Others said"; not "Several workers, who hail mostly from Central America")
                kids = [prev.words[c] for c in prev.children[w.index]]
                shared = any(k.lemma.lower() in _BARE_SHARES for k in kids) and not any(
                    k.rel in ("acl", "nmod") for k in kids
                )
                # (nor of a bare class of the public: "Downtown business owners have mixed feelings.
                # Some say ...", as loose as they are: loose._bare_class)
                bare = (
                    w.rel == "nsubj"
                    and table.vocab.in_lexicon("quantified_classes", w.lemma.lower())
                    and all(
                        k.deprel in ("amod", "compound", "punct") and k.lemma.lower() not in _BARE_SHARES for k in kids
                    )
                )  # (not "Several workers, who hail mostly from Central America")
                return not shared and not bare and not table.vocab.in_lexicon("generic_classes", w.text.lower())
    return False


_PEOPLE_LEXICONS = ("person_roles", "anonymous_descriptors", "generic_persons")
_BARE_SHARES = frozenset({"some", "others", "many", "several", "most"})
