"""Tags put right between the tagger and the parser.

The compact tagger reads the lower-case particles inside a name by their other uses: "der" of
"Ursula von der Leyen" and "Rafael van der Vaart" comes out an auxiliary (the German article is
rare in English text, "der" a typo of "dear"), "von"/"van" a noun, and the parser then builds a
clause inside the name ("von" its subject, "der" its copula, "Leyen" a second subject of
"said"), so the speaker came out "Leyen" and the title was lost. A run of such particles
(``NAME_PARTICLES``) between two capitalised words is tagged a proper noun before the parse, so
the parser reads one name. Single particles the tagger already reads as part of a name ("Bill
de Blasio", "Mohammed bin Salman") keep their tags: only a run with a word the tagger gave
another part of speech is retagged. The other steps, each with its own doc: a bare possessive
apostrophe, a sentence-opening acronym, a plural a number counts, an age standing for a person,
an occupation's first word read as a verb, a name and its verb cut off after a closing quote
mark, a surname read as a common noun, a union's numbered local, a hyphenated modifier's
participle, a hyphenated name's second part, a reply's verb before "back" read as a noun, a
field of work inside a title, an office's field read as a verb (pretag_titles). Paragraphs where any step may apply are keyed apart
in the parse cache (``pretag_key``), so trees cached before that step are parsed anew.
"""

from __future__ import annotations

from typing import Any

import regex

from . import pretag_titles as titles
from .pretag_speakers import speaker_key, speaker_pretags
from .pretag_titles import FIELD_PLURAL, MODIFIER_PARTICIPLES, field_plurals, modifier_participles, title_verbs
from .pretag_titles import capitalised as _capitalised

# Lower-case words that stand inside a name between its capitalised parts ("Auto Motor und Sport")
_PARTICLE_WORDS = "von van der den de del della dello delle degli dei la las le los da di dos das du ter ten"
NAME_PARTICLES = frozenset(f"{_PARTICLE_WORDS} bin ibn al el abu abd mac und en".split())

_RUN = regex.compile(r"\p{Lu}\p{L}*\.? (?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r") )+\p{Lu}")


def name_particles(doc: Any) -> Any:
    """Tag each run of name particles between capitalised words (in a tagged Stanza document) a
    proper noun, where the tagger read any word of the run otherwise; returns the document."""
    for sentence in doc.sentences:
        words = sentence.words
        k = 1
        while k < len(words) - 1:
            j = k
            while j < len(words) - 1 and words[j].text in NAME_PARTICLES:
                j += 1
            run = words[k:j]
            if run and _capitalised(words[k - 1]) and _capitalised(words[j]) and any(w.upos != "PROPN" for w in run):
                for w in run:
                    w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
            k = max(j, k + 1)
    return doc


def possessive_apostrophes(doc: Any) -> Any:
    """Tag a bare apostrophe right after a word in "s" and before a capitalised word a possessive
    ("Goldman Sachs' Jane Smith", "RBC Capital Markets' Kaan Peker"): the tagger reads it as a
    closing quote mark and the parser then hangs the name on the firm's as a ``flat``, so the firm
    spoke. Not inside a single-quoted phrase ("called them 'the bosses' Monday")."""
    for sentence in doc.sentences:
        words = sentence.words
        opened = False
        for k, w in enumerate(words):
            if w.text in ("‘", "'") and (k == 0 or not titles.joined(words[k - 1], w)):
                opened = not opened if w.text == "'" else True
                continue
            before, after = (words[k - 1], words[k + 1]) if 0 < k < len(words) - 1 else (None, None)
            if w.text in ("'", "’") and opened:
                opened = False  # (the mark that closes the quoted phrase)
                continue
            if w.text not in ("'", "’") or before is None or after is None:
                continue
            if before.text.endswith("s") and titles.joined(before, w) and _capitalised(after) and w.upos == "PUNCT":
                w.upos, w.xpos, w.feats = "PART", "POS", None
    return doc


# Posts written in capitals that open a sentence as a title ("CEO Jane Roe said")
_POST_ACRONYMS = frozenset("CEO CFO COO CTO CIO MP MLA MEP MSP TD PM GP DA AG SP DSP ASP DCP IG DG".split())


def opening_acronyms(doc: Any) -> Any:
    """Tag an acronym that opens a sentence before a lower-case word a proper noun ("BJP national
    general secretary C.T. Ravi said"): the tagger reads it as an imperative verb, and the parser
    then makes the title its object and the speech verb a clause beside it. So is one the tagger
    read as a common noun ("ICES recommended in September that ...": a plural "ices", passive),
    unless it is a post's ("CEO Jane Roe said")."""
    for sentence in doc.sentences:
        words = sentence.words
        misread = words[0].upos == "VERB" or words[0].upos == "NOUN" and str(words[0].text) not in _POST_ACRONYMS
        if len(words) > 1 and _ACRONYM.fullmatch(str(words[0].text)) and misread:
            if str(words[1].text)[:1].islower():
                words[0].upos, words[0].xpos, words[0].feats = "PROPN", "NNP", "Number=Sing"
    return doc


def acronym_function_words(doc: Any) -> Any:
    """Tag an acronym the tagger read as a function word a proper noun ("told AFP the unions had
    ...", with "AFP" a preposition): the parser then hangs it on the reported clause's subject,
    and the outlet is read into what was said. Not a function word written in capitals ("AT",
    "OR" in a headline)."""
    for sentence in doc.sentences:
        for w in sentence.words:
            if (
                w.upos in _FUNCTION_TAGS
                and _ACRONYM.fullmatch(str(w.text))
                and str(w.text).lower() not in _FUNCTION_WORDS
            ):
                w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


_FUNCTION_TAGS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART", "AUX", "PRON"})
# (English function words, a closed class: what an acronym-shaped word in capitals may still be)
_FUNCTION_WORDS = frozenset(
    "a an the at in on to of by for from with into onto upon over under as or and but nor so yet if it its "
    "us we he she they them his her our my me i you be is am are was were been do does did has have had "
    "not no up out off via per than then that this these those who whom what which all any some each "
    "both either neither can could may might must shall should will would".split()
)


# Words that count more than one of what follows ("Two senior campaign aides", "several aides")
_COUNTING = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens several many few both".split()
)


def counted_plurals(doc: Any) -> Any:
    """Tag a word in "-s" the tagger read as a verb a plural noun where a number of more than one
    counts it across nothing but modifiers ("Two senior campaign aides to the president, who
    ..., said"): the tagger reads "aides" as a verb with "campaign" its subject, though a verb
    in "-s" never agrees with a counted subject, and the parser then loses the speakers."""
    for sentence in doc.sentences:
        words = sentence.words
        for k, w in enumerate(words):
            # (a full verb after a noun that is not itself the counted plural: in "the two parties
            # is" and "two parties says" the count is the plural's)
            if w.xpos != "VBZ" or w.upos != "VERB" or not str(w.text).endswith("s") or k == 0:
                continue
            if "Number=Plur" in str(words[k - 1].feats or ""):
                continue
            j = k - 1
            # (lower-case modifiers only: "In 2016 Trump wins" is a clause)
            while j >= 0 and k - j <= 4 and words[j].upos in ("ADJ", "NOUN") and str(words[j].text).islower():
                j -= 1
            if j < 0 or j == k - 1:
                continue
            number = str(words[j].text).lower()
            if j > 0 and titles.joined(words[j - 1], words[j]):
                continue  # (a number inside a word: "the under-35 generation says")
            # (a small count, never a year: "In 2016 voters says" is no phrase)
            if number in _COUNTING or (number.isdigit() and len(number) <= 3 and number != "1"):
                w.upos, w.xpos, w.feats = "NOUN", "NNS", "Number=Plur"
    return doc


def closing_cues(doc: Any) -> Any:
    """Tag a short sentence after a closing quote mark that is a name and a word in "-s" ('"...?"
    Brennan recalls.', '... Brennan recalls, laughing.') a name and its verb: the sentence splitter
    cuts it off after a question or a quotation inside the quotation, and alone the tagger reads
    "Brennan" as an adjective and "recalls" as a plural noun, so the quotation loses its speaker."""
    text = str(getattr(doc, "text", "") or "")
    for sentence in doc.sentences:
        words = sentence.words
        k = 0
        while k < len(words) and _capitalised(words[k]) and k < 3:
            k += 1
        if not 0 < k < len(words) - 1 or words[k].upos == "VERB":
            continue
        verb, after = words[k], words[k + 1]
        if not (str(verb.text).islower() and str(verb.text).endswith("s")) or str(after.text) not in (".", ","):
            continue
        start = getattr(words[0], "start_char", None)
        if start is None or not text[:start].rstrip().endswith(_CLOSING_MARKS):
            continue
        for w in words[:k]:
            w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
        verb.upos, verb.xpos, verb.feats = "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    return doc


_CLOSING_MARKS = ('"', "”", "'", "’")


def surname_nouns(doc: Any) -> Any:
    """Tag a capitalised word the tagger read as a common noun a proper noun when it follows a
    proper noun and ends the name ("passes from quarterback Dylan Kessling."): a common noun is
    not capitalised inside a sentence, and as a noun "Kessling" was no one's name, so "Kessling
    said" later met no full name. Not in a title-case line, where every word is capitalised."""
    for sentence in doc.sentences:
        words = sentence.words
        if titles.title_case_line(words):
            continue  # (a headline in title case)
        for k in range(2, len(words)):
            w, before = words[k], words[k - 1]
            after = words[k + 1] if k + 1 < len(words) else None
            if w.upos != "NOUN" or not _capitalised(w) or before.upos != "PROPN" or not _capitalised(before):
                continue
            # (closing the name at a comma or the sentence's end: "Poll finds" is a noun's verb;
            # and not after the sentence's first word, which any word may be capitalised as)
            if after is not None and after.upos != "PUNCT":
                continue
            w.upos, w.xpos, w.feats = "PROPN", "NNP", "Number=Sing"
    return doc


_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def age_nouns(doc: Any) -> Any:
    """Tag "old" of an age that stands for a person ("The 24-year-old, who ..., said") a noun:
    the tagger reads it as an adjective even with no noun after it, and the parser then makes
    the person a clause reported by the verb the person is the subject of. Not before the noun
    it describes ("a 24-year-old striker")."""
    for sentence in doc.sentences:
        words = sentence.words
        for k, w in enumerate(words):
            if str(w.text).lower() not in ("old", "olds") or k < 3 or w.upos == "NOUN":
                continue
            if [str(x.text).lower() for x in (words[k - 1], words[k - 3])] != ["-", "-"]:
                continue
            if str(words[k - 2].text).lower() not in _AGE_UNITS:
                continue
            after = words[k + 1] if k + 1 < len(words) else None
            if after is None or after.upos not in ("NOUN", "PROPN", "ADJ", "NUM"):
                plural = str(w.text).lower() == "olds"
                w.upos, w.xpos, w.feats = "NOUN", "NNS" if plural else "NN", "Number=Plur" if plural else "Number=Sing"
    return doc


def union_locals(doc: Any) -> Any:
    """Tag "Local 417" (a union's branch: "Local 417 of the United Assembly Workers said") a
    name: the tagger reads "Local" as an adjective and the number as the phrase's head, so the
    branch came out a quantity of unnamed people."""
    for sentence in doc.sentences:
        words = sentence.words
        for k, w in enumerate(words[:-1]):
            if w.text == "Local" and _LOCAL_NUMBER.fullmatch(str(words[k + 1].text)):
                for x in (w, words[k + 1]):
                    x.upos, x.xpos, x.feats = "PROPN", "NNP", "Number=Sing"
    return doc


_LOCAL_NUMBER = regex.compile(r"\d{1,5}[A-Z]?")


def hyphen_participles(doc: Any) -> Any:
    """Tag the participle of a hyphenated modifier before a noun or name an adjective ("China's
    state-run Global Times said", "the Iran-backed militia", "a London-based firm"): the tagger
    reads "run" as a verb and the parser then makes it a second subject of "said"."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words) - 1):
            w, dash, nxt = words[k], words[k - 1], words[k + 1]
            if str(w.text).lower() not in _MODIFIER_PARTICIPLES or w.upos == "ADJ" or dash.text not in ("-", "‐"):
                continue
            if titles.joined(words[k - 2], dash) and titles.joined(dash, w) and nxt.upos in ("NOUN", "PROPN", "ADJ"):
                w.upos, w.xpos, w.feats = "ADJ", "JJ", "Degree=Pos"
    return doc


_MODIFIER_PARTICIPLES = frozenset(
    "run owned backed based funded controlled led linked affiliated allied sponsored operated aligned".split()
)


def hyphenated_names(doc: Any) -> Any:
    """Tag the second part of a hyphenated name a proper noun ("Kwame Asante-Boateng said"): the
    tagger reads a part it does not know as a common noun, and the parser then makes it a second
    subject of "said", which the sources took for an unnamed person."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(2, len(words)):
            first, dash, second = words[k - 2], words[k - 1], words[k]
            if dash.text not in ("-", "‐") or not (titles.joined(first, dash) and titles.joined(dash, second)):
                continue
            if first.upos == "PROPN" and _capitalised(second) and second.upos in ("NOUN", "ADJ", "VERB"):
                second.upos, second.xpos, second.feats = "PROPN", "NNP", "Number=Sing"
    return doc


def think_tanks(doc: Any) -> Any:
    """Tag "think" before "tank" a noun ("a Brussels think tank, told ..."): the tagger reads it
    as the verb, and the parser then makes the city before it a thinker whose thought is the
    sentence."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(len(words) - 1):
            if str(words[k].text).lower() == "think" and str(words[k + 1].text).lower() in ("tank", "tanks"):
                words[k].upos, words[k].xpos, words[k].feats = "NOUN", "NN", "Number=Sing"
    return doc


def cost_verbs(doc: Any) -> Any:
    """Tag "cost" after a noun and before an amount a verb ("the film cost about $62 million",
    "the repairs cost $4,000"): the tagger reads "film cost" as one noun, and the parser then
    hangs the amount on the speech verb, so what was said is no clause and no quote."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 1):
            w, before, after = words[k], words[k - 1], words[k + 1]
            if str(w.text).lower() not in ("cost", "costs") or w.upos != "NOUN":
                continue
            if before.upos in ("NOUN", "PROPN") and (after.upos == "NUM" or str(after.text).lower() in _AMOUNT_OPENERS):
                present = str(w.text).lower() == "costs"
                w.upos, w.xpos = "VERB", "VBZ" if present else "VBD"
                w.feats = (
                    "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
                    if present
                    else "Mood=Ind|Tense=Past|VerbForm=Fin"
                )
    return doc


# (what opens an amount right after "cost": a currency sign, a hedge on the figure)
_AMOUNT_OPENERS = frozenset("$ £ € ¥ about nearly roughly around almost more less over under just at an".split())


def back_verbs(doc: Any) -> Any:
    """Tag "shot"/"fired"/"hit" a verb in "Raghunathan shot back that ...", "she fired back:":
    after a name or a pronoun and before "back" and a "that", a colon, a comma or a quote mark, the
    tagger read it as a noun, and the reply lost its speaker."""
    for sentence in doc.sentences:
        words = sentence.words
        for k in range(1, len(words) - 2):
            w, before, back, after = words[k], words[k - 1], words[k + 1], words[k + 2]
            if str(w.text).lower() not in _BACK_VERBS or w.upos == "VERB" or str(back.text).lower() != "back":
                continue
            if before.upos in ("PROPN", "PRON") and str(after.text).lower() in _REPLY_OPENERS:
                w.upos, w.xpos, w.feats = "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
    return doc


_BACK_VERBS = frozenset({"shot", "fired", "hit", "struck", "pushed"})
_REPLY_OPENERS = frozenset({"that", ":", ",", '"', "“", "at"})


def pretag(doc: Any) -> Any:
    """Every tag put right between the tagger and the parser, in order (the parser's one entry)."""
    doc = counted_plurals(opening_acronyms(acronym_function_words(possessive_apostrophes(name_particles(doc)))))
    doc = union_locals(surname_nouns(closing_cues(title_verbs(age_nouns(doc)))))
    doc = back_verbs(field_plurals(think_tanks(cost_verbs(hyphenated_names(hyphen_participles(doc))))))
    return speaker_pretags(titles.office_fields(titles.ly_names(titles.legal_forms(modifier_participles(doc)))))


def pretag_key(text: str) -> str:
    """The part of a paragraph's parse-cache key that says its tags were put right before the parse."""
    return (
        ("/ptc4" if _RUN.search(text) else "")
        + ("/pos1" if _POSSESSIVE.search(text) else "")
        + ("/acr2" if _OPENING_ACRONYM.search(text) else "")
        + ("/cnt2" if _COUNTED.search(text) else "")
        + ("/age1" if _AGE.search(text) else "")
        + ("/tvb2" if _TITLE_BEFORE_NAME.search(text) else "")
        + ("/clc1" if _CLOSING_CUE.search(text) else "")
        + ("/snn2" if _NAME_PAIR.search(text) else "")
        + ("/lcl1" if _UNION_LOCAL.search(text) else "")
        + ("/hyp1" if _HYPHEN_PARTICIPLE.search(text) else "")
        + ("/hyn1" if _HYPHENATED_NAME.search(text) else "")
        + ("/cst1" if _COST.search(text) else "")
        + ("/acf1" if _ACRONYM_WORD.search(text) else "")
        + ("/ttk1" if _THINK_TANK.search(text) else "")
        + ("/fpl1" if FIELD_PLURAL.search(text) else "")
        + ("/bkv1" if _BACK_VERB.search(text) else "")
        + ("/mdp1" if _MODIFIER_PARTICIPLE.search(text) else "")
        + ("/lgf1" if titles.LEGAL_FORM.search(text) else "")
        + ("/lyn1" if titles.LY_NAME.search(text) else "")
        + ("/off2" if titles.OFFICE_FIELD.search(text) else "")
        + speaker_key(text)
    )


_ACRONYM = regex.compile(r"\p{Lu}{2,6}")
_OPENING_ACRONYM = regex.compile(r"(?:^|[.!?]\s+)\p{Lu}{2,6} \p{Ll}")
_POSSESSIVE = regex.compile(r"\ws['’] \p{Lu}")
_COUNTED = regex.compile(r"(?i)\b(?:\d+|" + "|".join(sorted(_COUNTING)) + r")(?: [\p{L}'’-]+){1,4}s\b")
_AGE = regex.compile(r"(?i)-(?:year|month|week|day)s?-olds?\b")
# (lower-case word, lower-case word, two capitalised words: where a title verb may stand)
_TITLE_BEFORE_NAME = regex.compile(
    r"(?:^|[,;:(]\s|\b(?:[Ii]n|[Oo]n|[Aa]t|[Ff]or|and|but)\s|^\p{Lu}\p{Ll}+\s)\p{Ll}+ \p{Ll}+ \p{Lu}\p{L}+ \p{Lu}|^\p{Lu}\p{Ll}+ \p{Ll}+ \p{Lu}\p{L}+ \p{Lu}",
    regex.M,
)
_CLOSING_CUE = regex.compile(r"[\"”'’]\s+(?:\p{Lu}[\p{L}.'’-]* ){1,3}\p{Ll}+s[.,]")
_NAME_PAIR = regex.compile(r"\p{Ll}\p{L}* \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")
_UNION_LOCAL = regex.compile(r"\bLocal \d")
_HYPHEN_PARTICIPLE = regex.compile(r"(?i)\w-(?:" + "|".join(sorted(_MODIFIER_PARTICIPLES)) + r")\b")
_HYPHENATED_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+")
_THINK_TANK = regex.compile(r"(?i)\bthink tanks?\b")
_ACRONYM_WORD = regex.compile(r"\b\p{Lu}{2,6}\b")
_MODIFIER_PARTICIPLE = regex.compile(r"(?i)\b(?:" + "|".join(sorted(MODIFIER_PARTICIPLES)) + r")\b")
_BACK_VERB = regex.compile(r"(?i)\b(?:shot|fired|hit|struck|pushed) back\b")
_COST = regex.compile(r"(?i)\w \bcosts? \S")
