"""Pretags for speakers the tagger read as other words (see ``pretags``).

A name that opens a sentence before a speech verb: the tagger reads an unknown name at a
sentence's start by its letters alone, and a word it has never seen capitalised there may come
out a verb or an adverb: "Sowa later told broadcaster TVN24 that ..." had "Sowa" the root verb and
"told" an adjective of "TVN24", so nothing was said and no one said it. A capitalised first word
the tagger read as a verb or an auxiliary, right before a finite speech verb (an adverb
such as "later" may stand between), is tagged a proper noun, and the speech verb a finite verb,
so the parser reads a subject and its verb. Not a noun ("Officials later said" is right as it is).

A participle that ties a body to the people it stands for, read as a noun: "The union
representing 4,000 nurses said ..." had "representing" a noun, "The union" its compound and
"nurses" the subject of "said", so 4,000 nurses spoke. Such a participle (a closed list:
"representing", "employing", ...) after a noun and before a number or a determiner is a verb.

A title read as a verb after a party's or a team's plural name: "Its chair, Greens senator Tessa
Marlow, says ...", "Former All Blacks assistant coach Grant Mellor disagreed" had "senator" and
"assistant" verbs (present tense, the plural name their subject, the person's name their object),
so the speaker was "the evidence" or "All Blacks". A lower-case word the tagger read so, right
after a plural proper noun, with a role's ending ("-or", "-er", "-ant", ...), before a name of two
capitalised words (lower-case title words may stand between) that a comma or a verb closes, is a
noun ("The Lakers beat Golden State" keeps its verb: no role's ending).

A verb quoted alone, read as a noun: 'said the EU "regrets" the outcome in Bergen' had
"regrets" a noun, the object of "said", and the report was lost. A lower-case word in "-s"
inside quote marks of its own, after a noun or a name and before a determiner or a pronoun that
opens its object, is a verb.

A person's noun that is also an adjective: "An official, who asked not to be named because he
was not authorized ..., said" had "official" an adjective, the parser made it a clause of
"said" and the relative clause another, and "he" spoke for a name further on. "executive",
"official" and the like after a determiner (and its modifiers), before punctuation or a verb,
are the noun (before a noun they modify it: "an official statement").

Initials before a name, read as other words: "W A Dharmasiri, who served as deputy governor ...,
said" had "W" a preposition and "A" an article, the name an oblique and nothing said. Two or more
single capitals (with or without periods) before a capitalised word are, with it, proper nouns
(one capital alone may be an article or a pronoun: "A Senate panel").

An Irish patronymic read as punctuation or a number: "Sinn Féin TD Cian Ó Murchú said" had "Ó" a
punctuation mark, so the name came out "Cian" with "Murchú" its role, and "Ó Murchú said" had "Ó" a
number. The particles ("Ó", "Ní", "Nic", "Uí", "Mhic", "Ua") before a capitalised word are, with
it, proper nouns.

A sports body named for its sport, read as a verb: "Cycling Ireland said it would bid ..." had
"Cycling" a verb with "Ireland" its object, so nothing spoke. A capitalised "-ing" word that opens
a sentence, read as a verb, before one or two capitalised proper nouns and a finite speech verb,
is a proper noun ("Speaking Tuesday, Roe said" keeps its verb: a comma comes first).

A Korean or Chinese given name written with a hyphen and a lower-case second syllable, cut by
the tokenizer: "Vice Health Minister Park Min-seok said" came out "Min-" and "seok" with "seok"
a verb (what the minister said ran on into "Park Min", said by "seok"), "Moon Jae-in" as "Jae",
"-", "in" with "in" a preposition. A lower-case syllable (one vowel group) glued by a hyphen to
a short capitalised syllable after a family name is, with them, a proper noun; not the
one-syllable words that close a compound ("New York-born", "Premier League-bound").
"""

from __future__ import annotations

from typing import Any

import regex

from .pretag_names import PAST_CUES as _PAST
from .pretag_names import PRESENT_CUES as _PRESENT
from .pretag_names import cue_surnames, dated_cues, inner_name_words, inverted_cues, names_key
from .pretag_titles import joined as _joined

# Words that open a sentence before "says" and name no one ("So says a booming voice at the end of ...")
_NOT_NAMES = frozenset("so thus hence then also still yet now here there again instead finally".split())
_BETWEEN = frozenset("later also then earlier previously again further since separately".split())

OPENING_NAME_VERB = regex.compile(
    r"(?:^|[.!?]\s+)\p{Lu}\p{Ll}+ (?:(?:"
    + "|".join(sorted(_BETWEEN))
    + r") )?(?:"
    + "|".join(sorted(_PAST | _PRESENT))
    + r")\b",
    regex.M,
)


# A body named for its sport and its country or region ("Cycling Ireland said"): the "-ing" word
# opens the sentence before capitalised words and a speech verb
GERUND_BODY = regex.compile(
    r"(?:^|[.!?]\s+)\p{Lu}\p{Ll}+ing (?:\p{Lu}\p{L}+ ){1,2}(?:" + "|".join(sorted(_PAST | _PRESENT)) + r")\b", regex.M
)


def gerund_bodies(doc: Any) -> Any:
    """Tag a capitalised "-ing" word that opens a sentence, read as a verb, a proper noun when one or
    two capitalised proper nouns and a finite speech verb follow ("Cycling Ireland said", "Rowing
    New Zealand says"); returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        first = str(words[0].text)
        if len(words) < 3 or not (first.istitle() and first.endswith("ing")) or words[0].upos != "VERB":
            continue
        k = 1
        while k < min(len(words), 3) and words[k].upos == "PROPN" and str(words[k].text)[:1].isupper():
            k += 1
        if k > 1 and k < len(words) and (str(words[k].text) in _PAST or str(words[k].text) in _PRESENT):
            words[0].upos, words[0].xpos, words[0].feats = "PROPN", "NNP", "Number=Sing"
    return doc


def opening_name_verbs(doc: Any) -> Any:
    """Tag such an opening name a proper noun and its speech verb a finite verb; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        # (not an adverb, however tagged: "So says a booming voice", "Thus spoke ...")
        if len(words) < 3 or not str(words[0].text).istitle() or words[0].upos not in ("VERB", "AUX"):
            continue
        if str(words[0].text).lower() in _NOT_NAMES:
            continue
        k = 2 if str(words[1].text) in _BETWEEN else 1
        verb = str(words[k].text)
        if verb not in _PAST and verb not in _PRESENT:
            continue
        words[0].upos, words[0].xpos, words[0].feats = "PROPN", "NNP", "Number=Sing"
        tense = "Past" if verb in _PAST else "Pres"
        words[k].upos, words[k].xpos = "VERB", "VBD" if verb in _PAST else "VBZ"
        words[k].feats = f"Mood=Ind|Number=Sing|Person=3|Tense={tense}|VerbForm=Fin"
    return doc


# Nouns for people the tagger also knows as adjectives ("an official statement", "executive pay")
_PERSON_ADJECTIVES = frozenset("executive official representative principal individual professional".split())
_DETERMINERS = frozenset("a an the one another this that each every".split())
PERSON_ADJECTIVE = regex.compile(r"(?i)\b(?:" + "|".join(sorted(_PERSON_ADJECTIVES)) + r")\b")


def person_adjectives(doc: Any) -> Any:
    """Tag such a noun for people a noun where the tagger read it as an adjective; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            w, after = words[k], words[k + 1]
            if w.upos != "ADJ" or str(w.text) not in _PERSON_ADJECTIVES:  # (lower case: not "The Local")
                continue
            if after.upos not in ("PUNCT", "VERB", "AUX") or str(after.text) in ("-", "‐"):
                continue
            j = k - 1
            while j > 0 and k - j < 4 and words[j].upos in ("ADJ", "NOUN", "PROPN", "ADV"):
                j -= 1
            if str(words[j].text).lower() in _DETERMINERS or words[j].xpos == "PRP$":
                w.upos, w.xpos, w.feats = "NOUN", "NN", "Number=Sing"
    return doc


# Participles that tie a body or a person to those it acts for ("the union representing 4,000 nurses")
_RELATION_PARTICIPLES = frozenset(
    "representing employing covering advising defending serving backing supporting opposing owning operating "
    "running managing overseeing".split()
)
RELATION_PARTICIPLE = regex.compile(r"\b(?:" + "|".join(sorted(_RELATION_PARTICIPLES)) + r")\b")


def relation_participles(doc: Any) -> Any:
    """Tag such a participle read as a noun a verb; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            w, before, after = words[k], words[k - 1], words[k + 1]
            if w.upos != "NOUN" or str(w.text) not in _RELATION_PARTICIPLES or before.upos != "NOUN":
                continue
            if after.upos in ("NUM", "DET") or after.xpos == "PRP$":
                w.upos, w.xpos, w.feats = "VERB", "VBG", "Tense=Pres|VerbForm=Part"
    return doc


_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
QUOTED_VERB = regex.compile(r"[\"“'‘]\p{Ll}+s[\"”'’] ")


def quoted_verbs(doc: Any) -> Any:
    """Tag such a quoted verb read as a noun a verb; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words) - 2):
            w, before, after = words[k], words[k - 2], words[k + 2]
            text = str(w.text)
            if w.upos != "NOUN" or not text.islower() or not text.endswith("s"):
                continue
            if str(words[k - 1].text) not in _MARKS or str(words[k + 1].text) not in _MARKS:
                continue
            if before.upos in ("NOUN", "PROPN", "PRON") and after.upos in ("DET", "PRON"):
                w.upos, w.xpos = "VERB", "VBZ"
                w.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    return doc


PLURAL_NAME_TITLE = regex.compile(r"\p{Lu}\p{L}+s \p{Ll}+(?:or|er|ant|ent|ist|ian|ate|man|person) ")
_ROLE_ENDINGS = ("or", "er", "ant", "ent", "ist", "ian", "ate", "man", "woman", "person")


def titles_after_plural_names(doc: Any) -> Any:
    """Tag such a title read as a verb a noun; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 2):
            w, before = words[k], words[k - 1]
            text = str(w.text)
            if w.upos != "VERB" or w.xpos != "VBP" or before.xpos != "NNPS" or not text.islower():
                continue
            if not text.endswith(_ROLE_ENDINGS):
                continue
            j = k + 1
            while j < len(words) and words[j].upos == "NOUN" and str(words[j].text).islower():
                j += 1
            names = j
            while j < len(words) and words[j].upos == "PROPN" and str(words[j].text)[:1].isupper():
                j += 1
            if j - names >= 2 and j < len(words) and (str(words[j].text) == "," or words[j].upos == "VERB"):
                w.upos, w.xpos, w.feats = "NOUN", "NN", "Number=Sing"
    return doc


# Two or more initials without periods or with them, before a capitalised word ("W A Dharmasiri")
INITIALS_NAME = regex.compile(r"(?:^|\s)\p{Lu}\.? \p{Lu}\.? \p{Lu}\p{Ll}", regex.M)


def initials_names(doc: Any) -> Any:
    """Tag a run of two or more initials before a capitalised word proper nouns, with that word,
    where the tagger read any of them otherwise; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        k = 0
        while k < len(words):
            j = k
            while j < len(words) and _initial(str(words[j].text)):
                j += 1
            name = j < len(words) and str(words[j].text)[:1].isupper() and str(words[j].text)[1:2].islower()
            if j - k >= 2 and name and any(w.upos != "PROPN" for w in words[k : j + 1]):
                for w in words[k : j + 1]:
                    w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
            k = j + 1
    return doc


_IRISH_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mhic", "Ua"})
IRISH_PARTICLE = regex.compile(r"(?<!\p{L})(?:" + "|".join(sorted(_IRISH_PARTICLES)) + r") \p{Lu}")


def irish_particles(doc: Any) -> Any:
    """Tag an Irish patronymic particle before a capitalised word a proper noun, with that word,
    where the tagger read either otherwise; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(len(words) - 1):
            pair = words[k : k + 2]
            if str(pair[0].text) in _IRISH_PARTICLES and str(pair[1].text)[:1].isupper():
                for w in pair:
                    if w.upos != "PROPN":
                        w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


# One romanised syllable: consonants, one vowel group, consonants ("seok", "in", "myung", "wen")
_SYLLABLE = regex.compile(r"[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|[b-df-hj-np-tv-z]{0,2})")
_COMPOUND_ENDS = frozenset("born bound led run held class free first last long bred grown built style".split())
HYPHEN_GIVEN_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{0,4}-\p{Ll}{1,6}\b")


def hyphen_given_names(doc: Any) -> Any:
    """Tag the parts of a hyphenated given name with a lower-case second syllable after a
    capitalised family name proper nouns ("Park Min-seok", "Moon Jae-in", "Tsai Ing-wen")."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words)):
            second = words[k]
            text = str(second.text)
            glued = words[k - 1] if _joined(words[k - 1], second) else None
            if glued is None or not _SYLLABLE.fullmatch(text) or text in _COMPOUND_ENDS:
                continue
            # ("Min-" + "seok", or "Jae" + "-" + "in")
            at = k - 1 if str(glued.text).endswith("-") and len(str(glued.text)) > 1 else k - 2
            first = words[at]
            if at == k - 2 and not (str(glued.text) in ("-", "‐") and _joined(first, glued)):
                continue
            family = words[at - 1] if at >= 1 else None
            syllable = str(first.text).rstrip("-‐")
            if family is None or not (syllable[:1].isupper() and _SYLLABLE.fullmatch(syllable[1:].lower() or "a")):
                continue
            # (a family name the tagger read as another word: "Oh" an interjection)
            named = family.upos in ("PROPN", "NOUN", "INTJ", "ADJ", "X")
            if named and str(family.text)[:1].isupper() and str(family.text)[1:].islower():
                for w in (family, first, second):
                    w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


def _initial(text: str) -> bool:
    return len(text.rstrip(".")) == 1 and text[0].isupper() and text[0].isalpha()


def speaker_key(text: str) -> str:
    """The part of a paragraph's parse-cache key for these pretags (``pretags.pretag_key``); a
    step's number goes up whenever what it does changes, so no tree parsed before is reused."""
    return (
        ("/onv2" if OPENING_NAME_VERB.search(text) else "")
        + ("/pad2" if PERSON_ADJECTIVE.search(text) else "")
        + ("/rlp1" if RELATION_PARTICIPLE.search(text) else "")
        + ("/qvb1" if QUOTED_VERB.search(text) else "")
        + ("/tpn1" if PLURAL_NAME_TITLE.search(text) else "")
        + ("/ini1" if INITIALS_NAME.search(text) else "")
        + ("/irp1" if IRISH_PARTICLE.search(text) else "")
        + ("/gbd1" if GERUND_BODY.search(text) else "")
        + ("/hgn2" if HYPHEN_GIVEN_NAME.search(text) else "")
        + names_key(text)
    )


def speaker_pretags(doc: Any) -> Any:
    """Every pretag of this module, in order; returns the document."""
    doc = quoted_verbs(relation_participles(person_adjectives(opening_name_verbs(doc))))
    doc = hyphen_given_names(gerund_bodies(irish_particles(initials_names(titles_after_plural_names(doc)))))
    return inverted_cues(cue_surnames(dated_cues(inner_name_words(doc))))
