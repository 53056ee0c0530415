"""Speaker mentions: the words that name who spoke, split into name and role.

A speaker word from an attribution becomes a mention (its noun phrase, appositive role
included, relative clauses left out). ``describe`` separates the proper-name part
("Hadi Al-Amiri") from the description ("The Head of Iraq’s Shi’ite Nabni Alliance").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from provenance.syntax.tree import Sentence, WordRef

from .mention_words import appositive_conj, mention_words, named_description
from .name_runs import (
    POST_NOMINALS,
    after_label,
    after_title_of,
    apposed_name_run,
    apposed_to_post,
    before_conjunct,
    in_phrase,
    interjected_name,
    name_runs,
    place_goes_on,
    title_length,
)
from .name_titles import title_of_name
from .names import clean_name, closed_brackets
from .relatives import relative_head

_QUANTIFIERS = {"one", "some", "many", "several", "two", "three", "four", "all", "none", "both", "each", "most", "few",
                "number", "handful", "dozen", "dozens", "score", "scores"}  # fmt: skip
# ("a growing number of Democrats", "a handful of aides": the people are the "of" phrase's)
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "i", "me"}  # ("his": "His statement says")
_PRONOUNS_GROUP = {"they", "them", "we", "us"}
_AGE = regex.compile(r"\d{1,3}")


@dataclass
class Mention:
    ref: WordRef
    start: int
    end: int
    text: str
    head: int  # the word that carries the description (after "One of the ...")
    name: str | None  # the proper-name part, if any
    role: str | None  # the description that comes with a name
    description: str  # the mention without determiners/relative clauses: "two militia officials"
    pronoun: str | None = None

    @property
    def head_lemma(self) -> str:
        return self.ref.sentence.words[self.head].lemma.lower()


def _choose_name(
    sent: Sentence, words: list[int], head: int, is_title: Callable[[str], bool] | None = None
) -> list[int]:
    """The proper name in a mention. Capitalised words before a common-noun head are
    modifiers ("US official", "Iraqi military spokesman"), not the speaker's name; the name
    is the head itself, or comes after it ("spokesman Yehia Rasool") or in apposition
    ("The Head of ..., Hadi Al-Amiri")."""
    runs = [r for r in name_runs(sent, min(words), max(words)) if not after_label(sent, head, r)]
    for run in runs:
        # (not one in brackets: "Sen. Lindsey Graham (R-S.C.)" gives a party and a state)
        bracketed = run[0] > 0 and sent.words[run[0] - 1].text in ("(", "[")
        # (nor, when the head is a name, one in a phrase about a place: "Professor Adaeze Roe, an
        # epidemiologist at the University of Nigeria, Nsukka")
        # (a head with an article is a post, not a name: "the Independent TD for Roscommon-Galway,
        # Marian Keaveney,")
        named = sent.words[head].upos == "PROPN" and not any(sent.words[k].rel == "det" for k in sent.children[head])
        placed = named and head not in run and in_phrase(sent, run, head)
        # (nor the rest of a place's name after a comma: "The ... Centre in Darwin, Australia, said")
        placed = placed or place_goes_on(sent, run) and not apposed_to_post(sent, run, head, is_title)
        # (a name the parse made a conjunct after a comma is set off too, after a title with its
        # article: "The Vice-Chancellor, Professor Hauwa Abubakar-Lawal, said"; not "Senator
        # Lindsey Graham, Republican of South Carolina,")
        titled = sent.words[min(words)].rel == "det"
        set_off = [
            i for i in run if apposed_name_run(sent, i) or titled and appositive_conj(sent, sent.words[i].head, i)
        ]
        placed = placed or _names_phrase_noun(sent, run, head)  # ("with the volunteer group AKUT")
        if not bracketed and not placed and any(i in words for i in set_off):
            return run
    # (or a run holding a head tagged a common noun: "Zhou Lian-jie said", "Steve Little"; not one word
    # after an article or an adjective, a description: "the Spaniard", "the 21-year-old Ukrainian")
    described = head > 0 and sent.words[head - 1].upos in ("DET", "ADJ") and not sent.words[head].text.islower()
    if sent.words[head].upos == "PROPN" or any(head in run and not (described and len(run) == 1) for run in runs):
        # (or the name right before letters after it that head the phrase: "Mark Doyle SC")
        after = sent.words[head].text in POST_NOMINALS
        for run in runs:
            if head in run or after and head - 1 == run[-1]:
                return run
    for run in runs:
        # (a name in a prepositional phrase is someone else: "a spokesman for the Pentagon")
        # (not a name after the count that ends the phrase: "mother of two Jess Harding, 34,")
        counted = run[0] >= 2 and sent.words[run[0] - 1].upos == "NUM" and sent.words[run[0] - 2].lemma == "of"
        # (also deeper: "The leader of an Iran-backed militia"; or right after it: "with the group AKUT")
        if in_phrase(sent, run, head) and not counted or _names_phrase_noun(sent, run, head):
            continue
        last = sent.words[run[-1]]
        if last.deprel == "compound" and last.head > run[-1] and sent.words[last.head].upos == "NOUN":
            continue  # (nor one modifying a noun after it: "The coach, a former Jamaican hurdler")
        if run[0] > head and any(
            i in words and (sent.words[i].deprel in ("flat", "appos", "compound", "nmod") or interjected_name(sent, i))
            for i in run
        ):
            return run
    return []


def _quantified(sent: Sentence, head: int, pronoun: str | None) -> tuple[int, str | None]:
    """ "One of the officials": the word that carries the description (the "of" phrase's noun),
    and the pronoun a partitive of "them" stands for ("One of them described ...": one of the
    group just named; not "One of them, UnitedHealth Group," which names itself)."""
    w = sent.words[head]
    # ("One of them, a former quality assurance manager at the site, said": a member the article
    # describes apart, the description's own noun, not the group)
    apart = [
        c
        for c in sent.children[head]
        if c > head + 2
        and sent.words[c].rel in ("nmod", "appos")
        and sent.words[c].upos == "NOUN"
        and not any(sent.words[k].rel == "case" for k in sent.children[c])
    ]
    them = next((c for c in sent.children[head] if sent.words[c].text.lower() in ("them", "those")), -1)
    # (or one the parse made a second subject: "One of them, a retired schoolteacher who ..., said")
    set_off = 0 < them < len(sent.words) - 2 and sent.words[them + 1].text == "," and w.head >= 0
    apart = apart or [c for c in (sent.children[w.head] if set_off else []) if _second_subject(sent, c, head, them)]
    if apart and them >= 0:
        return apart[0], None
    # ("Critics, some of whom defend ...": some of the noun the relative clause is on)
    whom = any(sent.words[c].lemma.lower() == "whom" for c in sent.children[head])
    clause = sent.words[w.head] if w.head >= 0 else None
    if whom and clause is not None and clause.deprel == "acl:relcl" and sent.words[clause.head].upos == "NOUN":
        return clause.head, None
    for c in sent.children[head]:
        of = any(sent.words[k].lemma.lower() == "of" for k in sent.children[c])
        # (a noun of quantity only with "of": "numbers from Statistics Canada" are data)
        if sent.words[c].rel == "nmod" and sent.words[c].upos in ("NOUN", "PROPN") and (of or w.upos != "NOUN"):
            return c, pronoun
        named = any(sent.words[k].upos == "PROPN" for k in sent.children[head])
        if sent.words[c].rel == "nmod" and of and sent.words[c].text.lower() in ("them", "those") and not named:
            # (not those a clause describes: "Some of those who packed the public gallery said")
            described = any(sent.words[k].deprel in ("acl", "acl:relcl") for k in sent.children[c])
            return (c, None) if described else (head, "they")
    return head, pronoun


def _second_subject(sent: Sentence, c: int, head: int, them: int) -> bool:
    """A noun subject beside "One of them" that opens right after its comma."""
    w = sent.words[c]
    return c != head and w.rel == "nsubj" and w.upos == "NOUN" and min(sent.subtree(c)) == them + 2


def _text(sent: Sentence, source: str, idx: list[int]) -> str:
    return source[sent.words[idx[0]].start : sent.words[idx[-1]].end] if idx else ""


def _names_phrase_noun(sent: Sentence, run: list[int], head: int) -> bool:
    """The run names the noun before it, which has a preposition ("with the volunteer group | AKUT"),
    however the parse hung it; not the mention's own head ("the airline Garuda")."""
    before = sent.words[run[0] - 1] if run[0] > 0 else None
    if before is None or before.index == head or before.upos != "NOUN" or not before.text.islower():
        return False
    return any(sent.words[k].rel == "case" for k in sent.children[before.index])


def _name_of(
    sent: Sentence,
    words: list[int],
    head: int,
    is_role: Callable[[str], bool] | None,
    is_title: Callable[[str], bool] | None = None,
) -> tuple[list[int], list[int]]:
    """The mention's words (with a title before them) and its name's words."""
    if sent.words[head].upos == "PRON":
        return words, []
    titled = title_of_name(sent, words, is_role)
    # (not after the name: "Ilyse Hogue, president of NARAL Pro-Choice America")
    if titled and not (sent.words[head].upos == "PROPN" and head < titled[0]):
        return sorted(set(words) | set(range(titled[0], max(words) + 1))), titled[1]
    name_idx = _choose_name(sent, words, head, is_title or is_role)
    if is_role and name_idx and the_title(sent, name_idx, is_role):
        return words, []  # ("The Premier said", "the Health Minister": a post, no one's name)
    # "Mayor Jane Smith", "Energy Minister Dana Ortiz": leading titles are the role.
    if is_role and name_idx:
        drop = title_length(
            [sent.words[i].text for i in name_idx], is_title or is_role, before_conjunct(sent, name_idx)
        )
        # ("Leader of the Opposition R. Ashoka": the office's name is no part of the person's)
        name_idx = name_idx[drop or after_title_of(sent, name_idx, is_title or is_role) :]
    return words, name_idx


def describe(
    ref: WordRef,
    source: str,
    is_role: Callable[[str], bool] | None = None,
    is_title: Callable[[str], bool] | None = None,
    cue: WordRef | None = None,
    is_setting: Callable[[str], bool] | None = None,
) -> Mention:
    """The mention at ``ref``. ``is_title``: a word that can open a name as a title (default
    ``is_role``); ``cue``: the statement's cue, never part of its speaker's phrase;
    ``is_setting``: a statement, document or time noun ("in a filing", "on Tuesday": where or when)."""
    ref, given_role = named_description(relative_head(ref, is_role), source, is_role)
    sent, head = ref.sentence, ref.index
    words = mention_words(sent, head, cue.index if cue is not None and cue.sentence is sent else -1, is_setting)
    w = sent.words[head]
    pronoun = w.text.lower() if w.upos == "PRON" or _both_alone(sent, head) else None
    # "One of the officials": the description lives in the "of" phrase.
    desc_head = head
    if w.upos == "ADJ":
        desc_head, words = _described_by_adjective(sent, head, words)
    elif w.lemma.lower() in _QUANTIFIERS or w.upos == "NUM":
        desc_head, pronoun = _quantified(sent, head, pronoun)
    words, name_idx = _name_of(sent, words, head, is_role, is_title)
    if name_idx and _object_before_name(sent, words, name_idx):
        words = [i for i in words if i >= name_idx[0]]
    if name_idx:
        words = sorted(set(words) | set(range(min(words + name_idx), max(words + name_idx) + 1)))
    if name_idx and _possessive_form(sent, name_idx[-1]):
        name_idx = [*name_idx, name_idx[-1] + 1]  # ("Penfold's said": the business's name)
    name = clean_name(_text(sent, source, name_idx)) if name_idx else None
    role = None
    if name_idx:
        role = given_role or _role_around(sent, source, words, name_idx)
    if name_idx and role is None:
        role = _sibling_apposition(sent, head, words, source)
    appos = [  # (the description: the mention up to an appositive: "A US official", "two militia officials")
        c
        for c in sent.children[head]
        if (sent.words[c].deprel == "appos" or appositive_conj(sent, head, c)) and c in words
    ]
    desc_words = [i for i in words if not appos or i < min(min(sent.subtree(a)) for a in appos)]
    while desc_words and sent.words[desc_words[-1]].upos == "PUNCT":
        desc_words.pop()
    # ("One of them, a television cameraman who ..., said": with the member described apart)
    desc_words += list(range(desc_words[-1] + 1, desc_head + 1)) if desc_words and desc_head > max(words) else []
    description = closed_brackets(_text(sent, source, desc_words) or _text(sent, source, words))
    words = _closing_bracket(sent, words)
    return Mention(
        ref=WordRef(sent, head),
        start=sent.words[words[0]].start,
        end=sent.words[words[-1]].end,
        text=_text(sent, source, words),
        head=desc_head,
        name=name,
        role=role,
        description=description,
        pronoun=pronoun,
    )


def _possessive_form(sent: Sentence, last: int) -> bool:
    """A name that speaks in its possessive form ("Penfold's said", "Barron's reported"): its
    "'s" owns nothing, the name is the subject (attribution/body_names.py)."""
    w = sent.words[last]
    nxt = sent.words[last + 1] if last + 1 < len(sent.words) else None
    return nxt is not None and nxt.text in ("'s", "’s") and nxt.head == last and w.rel == "nsubj"


def _closing_bracket(sent: Sentence, words: list[int]) -> list[int]:
    """ "Sen. Lindsey Graham (R-S.C.)": the bracket the party tag opened closes the mention."""
    texts, after = [sent.words[i].text for i in words], words[-1] + 1
    if texts.count("(") > texts.count(")") and after < len(sent.words) and sent.words[after].text == ")":
        return [*words, after]
    return words


_INDEFINITE = frozenset({"a", "an", "another"})


def _role_around(sent: Sentence, source: str, words: list[int], name_idx: list[int]) -> str | None:
    """The words of a mention around its name: "Sen." and "of California, the ranking Democrat
    ..." in "Sen. Dianne Feinstein of California, the ranking Democrat ...", each side on its
    own (never a span across the name)."""
    parts = []
    for side in ([i for i in words if i < name_idx[0]], [i for i in words if i > name_idx[-1]]):
        rest = [i for i in side if sent.words[i].upos not in ("DET", "PUNCT")]
        if rest and rest[0] > name_idx[-1] and sent.words[rest[0]].upos == "ADP":
            if sent.words[rest[0]].lemma.lower() not in ("of", "from"):
                continue  # "Clinton to Planned Parenthood:" names a listener, not a role
        while rest and sent.words[rest[0]].upos in ("ADP", "CCONJ"):
            rest.pop(0)
        age = rest[0] if rest and rest[0] > name_idx[-1] and _AGE.fullmatch(sent.words[rest[0]].text) else -1
        if len(rest) > 1 and age >= 0 and age + 1 < len(sent.words) and sent.words[age + 1].text == ",":
            rest.pop(0)  # ("Jane Roe, 54, a nurse": the age is no part of the role; roles.py reads it)
        if rest and (text := _text(sent, source, rest).strip(" ,")):
            parts.append(closed_brackets(text))  # ("president of the ... Association (PETROAN)")
    return ", ".join(parts) or None


def _object_before_name(sent: Sentence, words: list[int], name_idx: list[int]) -> bool:
    """ "..., a point Feinstein also acknowledged", "a claim Roe denied": an indefinite noun
    phrase right before a name that is the subject of a verb after it is that verb's object
    (a relative clause without "that"), not a title of the name; a title takes no "a"."""
    before = [i for i in words if i < name_idx[0]]
    if not before or sent.words[before[0]].lemma.lower() not in _INDEFINITE:
        return False
    if not all(sent.words[i].upos in ("DET", "ADJ", "NOUN") for i in before):
        return False
    last = sent.words[name_idx[-1]]
    return last.rel == "nsubj" and last.head > name_idx[-1] and sent.words[last.head].upos == "VERB"


def _sibling_apposition(sent: Sentence, head: int, words: list[int], source: str) -> str | None:
    """ "Jane Roe, a former adviser, said" parsed as two subjects of "said": the indefinite noun
    phrase right after the name, between commas, describes the person."""
    h = sent.words[head]
    if h.head < 0:
        return None
    for c in sent.children[h.head]:
        if c <= head or sent.words[c].deprel != h.deprel or sent.words[c].upos != "NOUN":
            continue
        sub = sent.subtree(c)
        first = min((i for i in sub if sent.words[i].upos != "PUNCT"), default=c)
        between = [sent.words[i] for i in range(max(words) + 1, first)]
        if between and all(w.upos == "PUNCT" for w in between) and any(w.text == "," for w in between):
            if any(sent.words[k].rel == "det" and sent.words[k].lemma.lower() in ("a", "an") for k in sent.children[c]):
                body = [i for i in sub if i >= first and (sent.words[i].upos != "PUNCT" or i < max(sub))]
                return _text(sent, source, body).strip(" ,") or None
    return None


def the_title(sent: Sentence, run: list[int], is_role: Callable[[str], bool]) -> bool:
    """ "The Premier", "the Prime Minister", "the Health Minister": a capitalised run behind "the"
    that ends in a role word names a post, not a person."""
    before = run[0] - 1
    last = sent.words[run[-1]].text.lower().rstrip(".")
    return before >= 0 and sent.words[before].lemma.lower() == "the" and is_role(last)


def _both_alone(sent: Sentence, head: int) -> bool:
    """ "Both said": a determiner standing alone for the two just named is a pronoun."""
    return sent.words[head].lemma.lower() == "both" and not any(
        sent.words[c].rel in ("nmod", "appos") for c in sent.children[head]
    )


def is_person_pronoun(p: str | None) -> bool:
    return p in _PRONOUNS_PERSON


def is_group_pronoun(p: str | None) -> bool:
    return p in _PRONOUNS_GROUP


def _nominal(sent: Sentence, i: int) -> bool:
    return sent.words[i].upos in ("NOUN", "PROPN", "PRON")


def _described_by_adjective(sent: Sentence, head: int, words: list[int]) -> tuple[int, list[int]]:
    """ "People familiar with the matter" parsed with "familiar" as the head: the people are the
    ones described ("according to a person close to the talks" with "person" its oblique)."""
    subj = [
        c
        for c in sent.children[head]
        if c < head
        and (sent.words[c].rel in ("nsubj", "nsubj:pass") or sent.words[c].rel == "obl" and _nominal(sent, c))
    ]
    if not subj:
        return head, words
    inner = sent.subtree(subj[0])
    first = min(i for i in inner if not (sent.words[i].rel == "case" and sent.words[i].head == subj[0]))
    return subj[0], [i for i in words if i >= first]
