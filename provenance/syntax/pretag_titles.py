"""Pretags for the words before a name (see ``pretags``): the first word of an occupation
before a name read as a verb, a plural that names a field of work inside a title read as a
verb, and an "-ing" word that only modifies read as a verb ("accused neighbouring Mauritania")."""

from __future__ import annotations

from typing import Any

import regex


def joined(a: Any, b: Any) -> bool:
    """Word ``b`` follows ``a`` with no space between (Stanza's character offsets)."""
    return bool(getattr(a, "end_char", None) is not None and a.end_char == getattr(b, "start_char", -1))


def capitalised(word: Any) -> bool:
    text = str(word.text)
    return text[:1].isupper() and text.rstrip(".").isalpha()


def title_verbs(doc: Any) -> Any:
    """Tag the first word of an occupation before a name a modifier where the tagger read it as a
    verb ("crane operator Tomasz Reid, 54, ... said", "returning officer Milos Tanev said",
    "Acting chairman John Doe said"): the parser makes the name that verb's object, and the
    speech verb after it loses its subject. Only a verb with no subject before it (the sentence's
    start, or after punctuation, a preposition or a conjunction), before a lower-case noun and
    two capitalised words; a form in -ing becomes an adjective, a base form a noun."""
    for sentence in doc.sentences:
        words = sentence.words
        for k, w in enumerate(words[:-3]):
            # (a base form or a form in -ing: "says psychologist Nancy Molitor" and "said ... Jane
            # Roe" close a quote)
            if w.upos != "VERB" or w.xpos not in ("VB", "VBG"):
                continue
            if k > 0 and words[k - 1].upos not in ("PUNCT", "ADP", "CCONJ", "SCONJ"):
                continue
            noun, first, last = words[k + 1], words[k + 2], words[k + 3]
            if noun.upos != "NOUN" or not str(noun.text).islower() or not (capitalised(first) and capitalised(last)):
                continue
            if first.upos != "PROPN" or last.upos != "PROPN":
                continue
            if w.xpos == "VBG":
                w.upos, w.xpos, w.feats = "ADJ", "JJ", "Degree=Pos"
            else:
                w.upos, w.xpos, w.feats = "NOUN", "NN", "Number=Sing"
    return doc


def field_plurals(doc: Any) -> Any:
    """Tag a word in "-s" the tagger read as a verb a plural noun inside a title set off after a
    name ("Harlan Beck, the county's emergency services director, said", "..., the public works
    director,", "..., the human resources manager,"): the tagger reads "services" as a verb with
    "emergency" its subject and "director" its object, and the parser then makes it the
    sentence's verb and the name its subject. Only between lower-case modifiers after "the" or a
    possessive, right after a capitalised word and a comma, and a lower-case singular noun that
    a comma or the sentence's end closes."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(3, len(words) - 2):
            w, noun, closer = words[k], words[k + 1], words[k + 2]
            if w.upos != "VERB" or w.xpos != "VBZ" or not str(w.text).endswith("s") or not str(w.text).islower():
                continue
            if noun.xpos != "NN" or not str(noun.text).islower() or str(closer.text) not in (",", ".", ";"):
                continue
            j = k - 1  # (back over the lower-case modifiers to "the" or the possessive's "'s")
            while j > 0 and k - j <= 4 and words[j].upos in ("ADJ", "NOUN") and str(words[j].text).islower():
                j -= 1
            if j == k - 1 or str(words[j].text).lower() not in ("the", "'s", "’s"):
                continue
            while j > 0 and str(words[j].text) not in (",", "the", "The"):
                j -= 1  # (the possessor: "the county's")
            opener = j if str(words[j].text) == "," else j - 1
            if opener < 1 or str(words[opener].text) != "," or not capitalised(words[opener - 1]):
                continue
            w.upos, w.xpos, w.feats = "NOUN", "NNS", "Number=Plur"
    return doc


# (a capitalised word, a comma, "the" or a possessive, lower-case words, one in "-s", a noun, a comma)
FIELD_PLURAL = regex.compile(
    r"\p{Lu}\p{L}+, (?:the |\p{L}+['’]s |the \p{L}+['’]s )(?:\p{Ll}+ ){1,3}\p{Ll}+s \p{Ll}+[,.;]"
)


def modifier_participles(doc: Any) -> Any:
    """Tag an "-ing" word that news uses only as a modifier an adjective where the tagger read it
    as a verb before a noun or a name ("Senegal accused neighbouring Mauritania of breaching ...",
    "the outgoing mayor"): the parser made it the clause the accusation is about, and the
    "of" clause lost its cue. Not after a form of "be" ("are leading the count")."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(len(words) - 1):
            w, nxt = words[k], words[k + 1]
            if str(w.text).lower() not in MODIFIER_PARTICIPLES or w.upos != "VERB":
                continue
            if k > 0 and words[k - 1].upos == "AUX":
                continue
            if nxt.upos in ("PROPN", "NOUN", "ADJ"):
                w.upos, w.xpos, w.feats = "ADJ", "JJ", "Degree=Pos"
    return doc


# "-ing" words that, before a noun or a name, modify it
MODIFIER_PARTICIPLES = frozenset(
    {"neighbouring", "neighboring", "outgoing", "incoming", "reigning", "ruling", "governing"}
)


# A company's legal form after its name, written out ("Nigerian National Petroleum Company Limited")
_WRITTEN_FORMS = ("Limited", "Incorporated")
LEGAL_FORM = regex.compile(r"\b\p{Lu}\p{L}+ (?:" + "|".join(_WRITTEN_FORMS) + r")\b")


def legal_forms(doc: Any) -> Any:
    """Tag a legal form written out after a capitalised name a proper noun where the tagger read
    it as a verb or an adjective ("... Petroleum Company Limited (NNPC Ltd), said" with "Limited"
    a participle): the parser makes it a clause of the description before the speech verb, which
    then takes the description for its speaker instead of the name."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words)):
            w = words[k]
            if str(w.text) in _WRITTEN_FORMS and w.upos != "PROPN" and words[k - 1].upos == "PROPN":
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


# A capitalised word ending in "-ly" inside a sentence: "pressed Lumenly on", ", Donnelly said"
LY_NAME = regex.compile(r"[\p{Ll}\d,;:]\s+\p{Lu}\p{Ll}+ly\b")


def ly_names(doc: Any) -> Any:
    """Tag a capitalised word ending in "-ly" inside a sentence a proper noun where the tagger read
    it as an adverb ("The senators pressed Lumenly on the data", "questioned Donnelly"): its
    character model takes the ending for an adverb's, but an adverb is not capitalised inside a
    sentence. Not in a title-case line ("Officials Quickly Respond"), nor the sentence's first
    word."""
    for sentence in doc.sentences:
        words = sentence.words
        if title_case_line(words):
            continue  # (a headline in title case)
        for w in words[1:]:
            text = str(w.text)
            if w.upos == "ADV" and text.endswith("ly") and capitalised(w) and text[1:].islower():
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


def title_case_line(words: Any) -> bool:
    """Fewer than a third of the sentence's words are lower case: a headline in title case."""
    alpha = [str(w.text) for w in words if str(w.text).isalpha()]
    return sum(1 for t in alpha if t[:1].islower()) * 3 < len(alpha)


# A field of an office in -ing after its title: "Minister for Housing", "Department of Mining"
OFFICE_FIELD = regex.compile(r"\b\p{Lu}\p{Ll}+ (?:for|of) \p{Lu}\p{Ll}+ing\b")


def office_fields(doc: Any) -> Any:
    """Tag a capitalised word in -ing right after a capitalised title's "for" or "of" a proper noun
    where the tagger read it as a verb ("Minister for Housing Colm Breathnach will bring the Bill",
    "the Department of Mining said"): the parser makes it a clause of the title with the name its
    object, so the title is lost and the name is no subject; its "for" becomes a preposition. A
    capitalised verb does not follow "for" inside a sentence otherwise."""
    for sentence in doc.sentences:
        words = sentence.words
        if title_case_line(words):
            continue  # (a headline: "Beck Blasts Drudge for Mocking His Fast")
        for k in range(2, len(words)):
            w, prep, title = words[k], words[k - 1], words[k - 2]
            text = str(w.text)
            if w.upos != "VERB" or not text.endswith("ing") or not capitalised(w) or not text[1:].islower():
                continue
            if str(prep.text) in ("for", "of") and capitalised(title) and title.upos in ("NOUN", "PROPN"):
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
                prep.upos, prep.xpos, prep.feats = "ADP", "IN", None  # (the tagger's "for" of a clause)
    return doc
