"""Runs of capitalised words that can be a name: where a speaker's name starts and ends,
whatever the parse attached the words to."""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.attribution.retags import SENTENCE_CONNECTIVES
from provenance.syntax.pretags import NAME_PARTICLES
from provenance.syntax.tree import Sentence

from .nicknames import nickname_mark
from .number_names import number_in_name

PARTY_TAG = regex.compile(r"^\(?[RDI]-[A-Z]")  # "D-N.Y.", "(R-Ohio)": a party and state tag opens

_NAME_PARTICLES = NAME_PARTICLES | {"al-"}  # (one list with the tagging step's; "al-" split off)

_NON_NAME_UPOS = {"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "NUM", "ADV", "PUNCT", "SYM", "INTJ"}


# Sentence connectives, which open a sentence capitalised and never begin a name: grammar, a
# closed class (the attribution stage's, and more words that open a sentence).
_CONNECTIVES = SENTENCE_CONNECTIVES | frozenset(
    {"now", "then", "later", "earlier", "finally", "today",
     "yesterday", "tonight", "afterwards", "afterward", "elsewhere", "overall",
     "neither", "either", "both", "not", "even", "only", "just", "but", "and", "so", "yet",
     "many", "most", "some", "several", "few", "all", "other", "those", "these"}
)  # fmt: skip


def interjected_name(sent: Sentence, i: int) -> bool:
    """A capitalised word tagged an interjection right after a noun ("Canadian actor Oh"): a
    name; not after a quote mark or at the start ("Oh, he said")."""
    w = sent.words[i]
    return (
        w.upos == "INTJ"
        and w.text[:1].isupper()
        and i > 0
        and sent.words[i - 1].upos in ("NOUN", "PROPN")
        and sent.words[i - 1].end < w.start
    )


# "d'Entremont", "l'Heureux", "dell'Orto": an elided particle joined to a capitalised name
_ELIDED_PARTICLE = regex.compile(r"(?:d|l|dell|dall)['’]\p{Lu}\p{L}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_WEEKDAY = regex.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
# (not "May", a surname too: "Theresa May")
_MONTHS = frozenset("January February March April June July August September October November December".split())


def _qualifies(sent: Sentence, i: int) -> bool:
    w = sent.words[i]
    if interjected_name(sent, i) or name_determiner(sent, i):
        return True
    if w.upos == "PROPN" and w.text.isdigit() and i > 0 and sent.words[i - 1].text[:1].isupper():
        return True  # (a number in a name: "Local 417 of the United Assembly Workers", pretags.union_locals)
    if number_in_name(sent, i):
        return True
    if w.rel == "flat" and w.head == i - 1 and _YEAR.fullmatch(w.text) and sent.words[i - 1].upos == "PROPN":
        return True  # (a place and its year name an event's body: "Bradford 2025 said", "Hull 2017")
    if not (w.text[:1].isupper() or _ELIDED_PARTICLE.match(w.text)) or w.upos in _NON_NAME_UPOS:
        return False
    if (
        w.upos == "VERB"
        and "Tense=Pres" in w.feats
        and i > 0
        and sent.words[i - 1].head == i
        and sent.words[i - 1].text.istitle()
    ):
        return False  # (a verb its title-case subject opens: "..., Swimmers Say The Sport Got Its Soul Back")
    if i == 0 and w.text.lower() in _CONNECTIVES:
        # A sentence connective or a coordination's first word the tagger put into the name
        # ("Meanwhile Hillary Clinton said", "Neither Smith nor Jones responded")
        return False
    if w.text in ("No.", "No") and sent.words[i + 1 : i + 2] and sent.words[i + 1].upos == "NUM":
        return False  # (a rank, no name: "Jack Pemberton, the world No. 31, told the BBC")
    if _WEEKDAY.fullmatch(w.text):
        # nobody is named Wednesday ("On Wednesday Suncor disclosed ..."), but a title may be
        # ("The Sunday Times": after "the", before the rest of the name)
        after = sent.words[i + 1] if i + 1 < len(sent.words) else None
        titled = after is not None and after.upos == "PROPN" and after.text[:1].isupper()
        return titled and i > 0 and sent.words[i - 1].lemma.lower() == "the"
    if sent.words[i + 1 : i + 3] and [x.text.lower() for x in sent.words[i + 1 : i + 3]] == ["-", "based"]:
        return False  # (a place a body is based in: "a Seoul-based corporate watchdog")
    if w.text in _MONTHS and i > 0 and sent.words[i - 1].upos == "ADP":
        return False  # (a month after a preposition: "In March Jane Roe told reporters")
    if i == 0 and w.upos != "PROPN":
        # Sentence-initial capitals prove nothing, unless the next word goes on the name.
        # (or is a joint of one name the repairs made: "Procter & Gamble said")
        nxt = len(sent.words) > 1 and sent.words[1].text[:1].isupper() and sent.words[1].upos not in _NON_NAME_UPOS
        return nxt or (len(sent.words) > 2 and _joined(sent, 1))
    return True


def name_determiner(sent: Sentence, i: int) -> bool:
    """ "The ruling All Progressives Congress", "the No Labels group": a capitalised quantifier
    inside a sentence, right before a capitalised name word, opens the name (an article does not:
    "said The Times" is an outlet's business)."""
    w = sent.words[i]
    if w.upos != "DET" or i == 0 or not w.text[:1].isupper() or w.text.lower() not in _NAME_QUANTIFIERS:
        return False
    nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
    return nxt is not None and nxt.upos == "PROPN" and nxt.text[:1].isupper() and sent.words[i - 1].text not in "\"“‘'"


_NAME_QUANTIFIERS = frozenset({"all", "no", "every", "each", "both"})


def _joined(sent: Sentence, i: int) -> bool:
    """A hyphen or particle inside a name: "Al-Amiri", "al-Saidi", "bin Salman"."""
    w = sent.words[i]
    if (
        0 < i < len(sent.words) - 1
        and w.text in ("-", "‐")
        and sent.words[i - 1].end == w.start == sent.words[i + 1].start - 1
    ):
        return True
    # (an "and" the repairs made part of one name: "Heart and Stroke Foundation", "Globe and Mail")
    # (and a comma: "Immigration, Refugees and Citizenship Canada", and "of": "Ministry of Economy,
    # Trade and Industry", attribution/body_names.py)
    # (and "the" after "of": "Friends of the Earth", a known body's name)
    inside = w.text.lower() in ("and", "&", ",", "of", "for", "the") and w.deprel == "flat"
    the = i + 2 < len(sent.words) and sent.words[i + 1].text == "the" and sent.words[i + 1].deprel == "flat"
    if nickname_mark(sent, i):
        return True
    n = len(sent.words)
    # (a particle before another: "von der Leyen")
    double = i + 2 < n and sent.words[i + 1].text.lower() in _NAME_PARTICLES and _qualifies(sent, i + 2)
    return (
        (inside or w.text.lower().rstrip("-") in _NAME_PARTICLES)
        and i + 1 < n
        and (_qualifies(sent, i + 1) or (double and not inside) or (inside and the and _qualifies(sent, i + 2)))
    )


def _hyphen_syllable(sent: Sentence, i: int) -> bool:
    """ "seo" in "Jun-seo Baek": a lower-case syllable joined by a hyphen to a capitalised word
    before it, with a name word right after it (a Korean given name written with a hyphen)."""
    w = sent.words[i]
    if not (0 < i < len(sent.words) - 1 and w.text.isalpha() and w.text.islower() and len(w.text) <= 4):
        return False
    # (not a participle or an adjective: "Korean-born Monte Haines", "the Saudi-led coalition")
    if w.upos not in ("PROPN", "NOUN", "X") or sent.words[i - 1].end != w.start:
        return False
    # (or the last syllable of a name of two words or more, no noun after it: "Zhou Lian-jie said";
    # not "New York-area hospitals")
    # (the hyphen kept on the syllable before: "Kim Seon-" "ju" said)
    kept = sent.words[i - 1].text.endswith("-") and i > 1 and _qualifies(sent, i - 2)
    last = (i > 3 and _qualifies(sent, i - 3) or kept) and sent.words[i + 1].upos not in ("NOUN", "PROPN", "ADJ", "NUM")
    if not (_qualifies(sent, i + 1) or last):
        return False
    before = sent.words[i - 1]
    if before.text.endswith("-") and len(before.text) > 1:  # ("Min-" "jung": the tokenizer kept the hyphen)
        first = before.text[:-1]
    else:
        first = sent.words[i - 2].text if i > 1 and _joined(sent, i - 1) else ""
    return first[:1].isupper() and first.lower() not in _PREFIXES  # (not "Ex-wife", "Co-chair", "Pro-life")


_PREFIXES = frozenset({"ex", "co", "pro", "anti", "non", "pre", "post", "vice", "self", "mid", "semi", "neo"})


def _attached_particle(sent: Sentence, i: int) -> bool:
    """ "al" in "Hadi al-Saidi" split by the tokenizer into "al", "-", "Saidi": a particle with a
    hyphen right after it, and a name word right after that."""
    w = sent.words[i]
    return (
        w.text.lower() in _NAME_PARTICLES
        and i + 2 < len(sent.words)
        and _joined(sent, i + 1)
        and w.end == sent.words[i + 1].start
        and _qualifies(sent, i + 2)
    )


def name_runs(sent: Sentence, lo: int, hi: int) -> list[list[int]]:
    """Maximal runs of capitalised words between word indices lo..hi (inclusive); a run may
    reach past the range, since parsers often misattach parts of a name."""
    runs: list[list[int]] = []
    i = lo
    while i <= hi:
        if not _qualifies(sent, i):
            i += 1
            continue
        j = i
        while j - 1 >= 0 and (
            _qualifies(sent, j - 1)
            or _attached_particle(sent, j - 1)
            or (_joined(sent, j - 1) and j - 2 >= 0 and (_qualifies(sent, j - 2) or _attached_particle(sent, j - 2)))
        ):
            j -= 1
        k = i
        while k + 1 < len(sent.words) and (
            _qualifies(sent, k + 1)
            or _attached_particle(sent, k + 1)
            or _hyphen_syllable(sent, k + 1)
            # (two particles in a row: "Ursula von der Leyen", "Rafael van der Vaart")
            or (
                _joined(sent, k + 1)
                and k + 2 < len(sent.words)
                and (_qualifies(sent, k + 2) or _joined(sent, k + 2) or _hyphen_syllable(sent, k + 2))
            )
        ):
            k += 1
        i = k + 1
        if k - j >= 2 and sent.words[k].text in POST_NOMINALS:
            k -= 1  # ("Mark Doyle SC", "Jane Roe MP": the honour or office after the name)
        runs.append(list(range(j, k + 1)))
    return runs


# Letters after a person's name that say what the person is, not who: senior counsel, members of
# parliaments, honours ("Defence counsel Mark Doyle SC", "Jane Roe MP", "Sir John Smith KBE")
POST_NOMINALS = frozenset("SC QC KC MP MS MSP MEP MLA MHA MNA MPP TD OBE CBE MBE KBE DBE GBE".split())


def after_title_of(sent: Sentence, run: list[int], is_title: Callable[[str], bool]) -> int:
    """How many words open the run before the person's name: the complement of a title's "of"
    phrase (_after_title_of), or an office's words the parse hung before the name (own_words)."""
    return _after_title_of(sent, run, is_title) or len(run) - len(own_words(sent, run, is_title))


def _after_title_of(sent: Sentence, run: list[int], is_title: Callable[[str], bool]) -> int:
    """ "Secretary of State John Kerry", "Director of National Intelligence James R. Clapper",
    "Speaker of the House Paul Ryan", "Minister for Health Mark Butler": a run right after "<title>
    of" (or "for") starts with the title's
    complement, and the person's name is its last words (a first name and a surname, with any
    initials between). The number of complement words at the start of the run (0 when the run
    is not such a phrase)."""
    first = run[0]
    j = first - 1
    if j >= 0 and sent.words[j].upos == "DET":
        j -= 1
    # (or after "<title> of <word> for": "Minister of State for Petroleum Resources Ibrahim Danjuma")
    of_state = j >= 3 and sent.words[j - 2].text.lower() == "of" and is_title(sent.words[j - 3].text)
    if len(run) < 3 or j < 1 or sent.words[j].text.lower() not in ("of", "for"):
        return 0
    if not (is_title(sent.words[j - 1].text) or of_state and sent.words[j].text.lower() == "for"):
        return 0
    if any(is_title(sent.words[k].text) for k in run[:-2]):
        return 0  # (a titled name of its own: "A spokesperson for Transportation Minister Jo Roe")
    name_start = len(run) - 2
    while name_start > 1 and (_initial(sent.words[run[name_start]].text) or sent.words[run[name_start]].text.islower()):
        name_start -= 1  # "James R. Clapper", "Ursula von der Leyen"
    # (a name of three words the parse joined under its last: "Minister for Energy Simon Okello Ayo")
    while (
        name_start > 1
        and sent.words[run[name_start - 1]].head == run[-1]
        and sent.words[run[name_start - 1]].deprel in ("compound", "flat")
        # (where the parse set the office's words apart from the name: not "... for the West Philippine Sea
        # Commodore Ramon Villareal", every word a compound of the last)
        and sent.words[run[name_start - 2]].head != run[-1]
        and not is_title(sent.words[run[name_start - 1]].text)
    ):
        name_start -= 1
    return name_start


def own_words(sent: Sentence, run: list[int], is_title: Callable[[str], bool]) -> list[int]:
    """The run without its leading words that the parse hung on an office's noun before it, while
    two words are left: "Minister for Labour and Employment Nazrul Islam Chowdhury", with
    "Employment" the office's, is Nazrul Islam Chowdhury (office_names.name_after_office made the
    name its head). A title stays ("and Gov. John Kasich", "then Attorney General Jody Roe")."""
    k = 0
    while len(run) - k > 2 and not is_title(sent.words[run[k]].text) and _office_word_of(sent, run[k], run):
        if sent.words[run[k]].end == sent.words[run[k + 1]].start:
            break  # (one word the tokenizer split: "al-Shabaab")
        k += 1
    return run[k:]


def _office_word_of(sent: Sentence, i: int, run: list[int]) -> bool:
    """The word hangs on a noun before the run that is itself the name's (its title's office:
    "Minister" of "Nazrul Islam Chowdhury"), with "of", "for" or "and" between."""
    h = sent.words[i].head
    if not (0 <= h < run[0] and sent.words[h].upos in ("NOUN", "PROPN")):
        return False
    return h in sent.subtree(run[-1]) and _office_between(sent, h, run[0])


def _office_between(sent: Sentence, head: int, start: int) -> bool:
    """An office's "of"/"for" or "and" lies between the head and the run ("Minister for Labour
    and | Employment ..."), not a title right before it ("Senate Minority Leader | Harry M. Reid")."""
    return any(sent.words[k].upos in ("ADP", "CCONJ") for k in range(head + 1, start))


def _initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def apposed_name_run(sent: Sentence, i: int) -> bool:
    """An apposition that is a name, not a capitalised description with an article or an "of"
    ("Sen. Dianne Feinstein, the ranking Democrat on ...", "Navdeep Bains, Minister of Innovation"),
    nor a party tag ("said Sen. Jane Roe, D-N.Y.")."""
    kids = [sent.words[k] for k in sent.children[i]]
    # (an article before a common noun that says what the name is, is the name's: "the pension
    # fund CalPERS")
    described = any(k.deprel == "compound" and k.upos == "NOUN" for k in kids)
    det = not described and any(
        k.rel == "det" and k.lemma.lower() in ("the", "a", "an") and not styled(sent, k.index) for k in kids
    )
    of = any(k.rel == "nmod" and any(sent.words[c].lemma == "of" for c in sent.children[k.index]) for k in kids)
    # (or a conjunct after a comma with no "and", the parse's apposition: "Halvorsen's largest
    # shareholder, the pension fund CalPERS, said")
    w = sent.words[i]
    bare_conj = w.deprel == "conj" and i > 0 and not any(k.rel == "cc" for k in kids) and described
    return (w.deprel == "appos" or bare_conj) and not (det or of or party_tag(sent, i))


# Forms of address that take "the" before a name, a clergy member's or a privy counsellor's ("the
# Very Rev Dr Martin Ashby", "the Rt Hon Jane Roe"): the article is the style's, not a description's
_STYLES = frozenset({"rev", "reverend", "hon", "honourable", "honorable", "very", "most", "right", "rt"})


def styled(sent: Sentence, det: int) -> bool:
    """Whether the article ``det`` opens a form of address ("the Very Rev")."""
    nxt = sent.words[det + 1] if det + 1 < len(sent.words) else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.text.lower().rstrip(".") in _STYLES


def party_tag(sent: Sentence, i: int) -> bool:
    """ "D-N.Y.", "(R-Ohio)", or as the tokenizer may split it: "D" "-" "Ohio", "D-" "N.Y"."""
    split = sent.words[i].text in ("D", "R", "I") and i + 1 < len(sent.words) and sent.words[i + 1].text in "-–"
    split = split or (sent.words[i].text in ("D-", "R-", "I-") and i + 1 < len(sent.words))  # ("D-" "Ill.")
    opened = i > 0 and sent.words[i - 1].text in ("D-", "R-", "I-")
    return split or opened or bool(PARTY_TAG.match(sent.words[i].text))


def after_label(sent: Sentence, head: int, run: list[int]) -> bool:
    """'Roe: Budget "will pass"': a run after a colon that follows the mention's head is the
    line a speaker label opens, not the speaker's name (whatever the parse hung it on)."""
    return run[0] > head and any(sent.words[k].text == ":" for k in range(head + 1, run[0]))


def title_length(words: list[str], is_role: Callable[[str], bool], plural: bool = False) -> int:
    """How many leading words of a capitalised run are a title: up to the last role word that
    still leaves a name after it. ``plural``: the run is the first of names joined by "and", so a
    plural title opens it too ("Senators Hollings and Okafor", "Council Members Lin Xu and ...";
    ``before_conjunct``)."""
    drop = 0
    for i, w in enumerate(words[:-1]):
        if is_role(w) or (plural and w.lower().endswith("s") and is_role(w.lower()[:-1])):
            drop = i + 1
    return drop


def before_conjunct(sent: Sentence, run: list[int]) -> bool:
    """The run is followed by "and" and a capitalised word: the first of names joined (a place
    between too: "Senators Ann Marie Holcomb of Maine and Curtis Oyelaran")."""
    k = run[-1] + 1
    if k + 1 < len(sent.words) and sent.words[k].text == "of" and sent.words[k + 1].text[:1].isupper():
        k += 2  # (the place's name, one or two words)
        k += 1 if k < len(sent.words) and sent.words[k].text[:1].isupper() else 0
    return k + 1 < len(sent.words) and sent.words[k].text == "and" and sent.words[k + 1].text[:1].isupper()


def in_phrase(sent: Sentence, run: list[int], head: int) -> bool:
    """A word of the run, or a word between it and the mention's head, has a preposition: the
    name is in a phrase about someone or something else ("a spokesman for the Pentagon", "The
    leader of an Iran-backed militia")."""
    for i in run:
        j = i
        while j >= 0 and j != head:
            if any(sent.words[k].rel == "case" for k in sent.children[j]):
                return True
            j = sent.words[j].head
    return False


def place_goes_on(sent: Sentence, run: list[int]) -> bool:
    """The run follows a comma after a name in a phrase of place ("in Darwin, | Australia", "of Laconia, |
    N.H.,"): its state or country (not "for Health, | Dr Folasade ...", "Secretary of State, | John Kerry")."""
    i = run[0]
    if i < 2 or sent.words[i - 1].text != ",":
        return False
    before = sent.words[i - 2]
    cases = {sent.words[k].lemma.lower() for k in sent.children[before.index] if sent.words[k].rel == "case"}
    after = sent.words[run[-1] + 1].text if run[-1] + 1 < len(sent.words) else "."  # ("of" a town: one word)
    of = "of" in cases and len(run) == 1 and after in (",", ".", ";")
    return before.upos == "PROPN" and (bool(cases & _PLACE_CASES) or of)


def apposed_to_post(sent: Sentence, run: list[int], head: int, is_title: Callable[[str], bool] | None) -> bool:
    """The run is a name the repaired parse set beside a post that heads the phrase: "The Police
    Public Relations Officer in Lagos, | SP Adaeze Nwankwo, said", "the Deputy Chief Executive
    ... at COCOBOD, | Mr Yaw Asamoah-Darko," (a place's rest is set beside a body, not a post:
    "The Disaster Management Centre in Darwin, | Australia")."""
    if is_title is None or len(run) < 2 or not is_title(sent.words[head].text):
        return False
    top = [k for k in run if sent.words[k].head not in run]
    return all(sent.words[k].deprel == "appos" and sent.words[k].head == head for k in top)


# Prepositions of place (a closed class of the grammar)
_PLACE_CASES = frozenset({"in", "at", "near", "outside", "inside"})
