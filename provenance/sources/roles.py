"""Roles the article gives a named person, read around every mention of the name.

A role is whatever the article says the person is, not only a word from a closed title list. The parser often
misattaches appositions ("Jane Roe, co-founder of X, said" with the description as a third subject), so each
construction is read from the word order, with the parts of speech as the gate, and from the tree where it can:

- ``title``: leading title words of the name ("Sen. Jane Roe", "Energy Minister Dana Ortiz");
- ``premodifier``: a common-noun phrase right before the name ("senior manager Erin Kim", "her husband Michael");
- ``apposition``: a noun phrase between commas after or before the name ("Roe, a Republican consultant, said",
  "The captain of the team, Jordan Stewart,", "Counsel assisting the inquiry, Michael Doherty SC,");
  ``relative-clause``: "Roe, who heads the union, said"; ``age``: "Doug Purdy, 73,"; ``party``: "Sen. Jane Roe
  (D-Ohio)", "Paul Ryan, R-Wis.,"; ``affiliation``: "John Goodwin with Bumper to Bumper", "Harry Bond, 30, of Raleigh";
- ``predicate``: "Roe is the union's president"; ``situation``: "Roe attended the rally" (a role only when there is no other).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from provenance.records import RoleHow
from provenance.syntax.tree import Sentence
from provenance.vocab import Vocabulary

from .relatives import self_described
from .role_words import (
    after_described,
    after_preposition,
    apposed_head,
    as_case,
    as_phrase,
    bracketed_title,
    class_noun,
    closes,
    fronted_phrase,
    nominal_head,
    np_word,
    np_word_before,
    participle,
    past_whose_apposition,
    possessive,
    relative_subject_of,
    reported_clause,
    set_off_cue,
    split_name,
    stage_phrase,
    statement_clause,
    titled_phrase_before,
    with_portfolio,
)


@dataclass(frozen=True)
class RoleSpan:
    """One description of a person, as written, with its character offsets."""

    text: str
    start: int
    end: int
    how: RoleHow


_PARTY = regex.compile(r"^\(?[RDI]-[A-Z][\w.]*\)?,?$")  # "R-Wis.", "(D-Ohio)"
_RELATIVE, _AFFILIATION = ("who", "whose"), ("of", "with", "from", "at")
_STAGE_ADVERBS = frozenset({"now", "formerly", "currently", "once", "previously", "then", "still"})  # "Roe, now in"
_CLOSERS = {",", ")", ";", ".", "!", "?", ":", "—", "–"}


class RoleReader:
    """Finds the descriptions of one name mention (a run of word indices in a sentence)."""

    def __init__(self, vocab: Vocabulary, is_role: Callable[[str], bool]) -> None:
        self.vocab = vocab
        self.is_role = is_role

    def _reports(self, sent: Sentence, j: int) -> bool:  # ("who says she won"; not "who writes fiction")
        verb = sent.words[sent.words[j].head] if sent.words[j].head >= 0 else None
        if sent.words[j].text.lower() not in _RELATIVE or verb is None or not self._says_or_thinks(verb.lemma.lower()):
            return False
        return any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index])

    def _says_or_thinks(self, lemma: str) -> bool:
        return any(self.vocab.in_lexicon(x, lemma) for x in ("speech_verbs", "cognition_verbs"))

    def _not_role_noun(self, w_lemma: str) -> bool:  # (times, "Last week, Roe said"; caption positions, "Roe, left,")
        return self.vocab.in_lexicon("time_nouns", w_lemma) or self.vocab.in_lexicon("not_roles", w_lemma)

    def _describes(self, sent: Sentence, idx: list[int]) -> bool:
        """A description holds a common noun (a role word, a class: "a Republican"), not a time or caption word."""
        return any(
            (sent.words[i].upos == "NOUN" or self.is_role(sent.words[i].text.lower()) or class_noun(sent, i))
            and not self._not_role_noun(sent.words[i].lemma.lower())
            for i in idx
        )

    def roles(self, sent: Sentence, run: list[int], title: int, source: str) -> list[RoleSpan]:
        """Every description of the name ``run`` (its first ``title`` words are a title)."""
        found: list[RoleSpan | None] = []
        if title:
            found.append(_span(sent, source, with_portfolio(sent, run[:title], self.vocab.in_lexicon), "title"))
        if not split_name(sent, run):
            found.append(self._premodifier(sent, run[0], source))
        found.extend(self._after(sent, run[-1], source))
        before = self._apposition_before(sent, run, source) or self._shared_apposition(sent, run, source)
        found.append(before or _span(sent, source, apposed_head(sent, run, self.is_role), "apposition"))
        found.append(self._predicate(sent, run, source))  # (not a dateline in capitals: "NEW YORK -- Facebook said")
        return [r for r in found if r is not None and not (r.text.isupper() and len(r.text) > 3)]

    # -- before the name -------------------------------------------------------------------
    def _premodifier(self, sent: Sentence, first: int, source: str) -> RoleSpan | None:
        """ "senior manager Erin Kim", "her husband Michael": a noun phrase glued to the name, ending in a lower-case noun."""
        if bracket := bracketed_title(sent, first, self.is_role):
            return _span(sent, source, bracket, "title")  # ("Justice (retd.) P. Lakshmi Narasimhan")
        j = first - 1
        if j < 0 or sent.words[j].upos != "NOUN" or sent.words[j].text[:1].isupper():
            return None
        if self._not_role_noun(sent.words[j].lemma.lower()) or (
            sent.words[j].rel in ("obj", "iobj") and sent.words[j].head < first and not sent.children[j]
        ):
            return None  # (nor "told reporters White House officials ...": the verb's listener, not the name's)
        if any(relative_subject_of(sent, k, j) for k in range(first, min(first + 6, len(sent.words)))):
            return None  # ("the email server Hillary Clinton used": a reduced relative clause's noun)
        idx: list[int] = []
        while j >= 0:
            w = sent.words[j]
            glued = w.text in ("-", "‐") and j > 0 and sent.words[j - 1].end == w.start
            if not (w.upos in ("NOUN", "ADJ", "NUM", "PROPN", "PART") or glued or possessive(w.feats, w.upos)):
                break
            idx.insert(0, j)
            j -= 1
        return _span(sent, source, idx, "premodifier")

    def _apposition_before(self, sent: Sentence, run: list[int], source: str) -> RoleSpan | None:
        """ "The captain of the team, Jordan Stewart,": the phrase before a set-off name's comma ("Roe of Local 4,")."""
        first, last = run[0], run[-1]
        first = after_described(sent, run)  # ("His coach, the Italian Marco Benedetti,")
        if first < 2 or sent.words[first - 1].text != ",":
            return None
        nxt = sent.words[last + 1] if last + 1 < len(sent.words) else None
        if nxt is not None and nxt.text not in (*_CLOSERS, "(", "of") and nxt.upos not in ("VERB", "AUX"):
            return None
        end = first - 2
        if idx := titled_phrase_before(sent, [*range(first, last + 1)], self.is_role):  # (commas of its own)
            return _span(sent, source, idx, "apposition")
        if not nominal_head(sent.words[end], self.is_role):
            return None
        j = end
        while j >= 0 and sent.words[j].text not in _CLOSERS and np_word_before(sent, j, end):
            j -= 1
        idx = list(range(j + 1, end + 1))
        if nxt is not None and nxt.upos in ("VERB", "AUX") and (j >= 0 or set_off_cue(sent, last + 1)):
            return None  # "..., Kim says": the end of the content; "The plan, Roe said, ...": its start
        if j >= 0 and sent.words[j].upos in ("VERB", "AUX", "ADP") and sent.words[j].text not in _CLOSERS:
            if fronted_phrase(sent, j, (last, end), nxt, self._says_or_thinks):
                return None  # "Given his previously stated views, Roe", "In states such as Ohio, Roe"
            idx = after_preposition(sent, idx)  # ("met its chief executive, Sara Koe." describes her)
        if not idx or (sent.words[idx[0]].upos in ("ADP", "CCONJ", "ADV", "SCONJ") and not as_phrase(sent, idx[0])):
            # "In the letter, Roe said": a preposition places, not describes ("As a candidate, Roe has" does)
            return None
        top = next((i for i in idx if sent.words[i].head not in idx), idx[-1])
        if not self._describes(sent, idx) or self._not_role_noun(sent.words[top].lemma.lower()):
            return None  # (nor a time: "Two days in a row this week, Roe has ...")
        if as_phrase(sent, idx[0]):
            idx = idx[1:]  # ("As a presidential candidate, Roe": the role is "a presidential candidate")
        return _span(sent, source, idx, "apposition")

    def _shared_apposition(self, sent: Sentence, run: list[int], source: str) -> RoleSpan | None:
        """ "His attorneys, Charles Glynn and Richard Jones, said": the second name shares the description."""
        j = run[0] - 1
        if j < 2 or sent.words[j].upos != "CCONJ" or sent.words[j - 1].upos != "PROPN":
            return None
        k = j - 1
        while k > 0 and sent.words[k - 1].upos == "PROPN":
            k -= 1
        return self._apposition_before(sent, list(range(k, run[-1] + 1)), source)

    # -- after the name --------------------------------------------------------------------
    def _after(self, sent: Sentence, last: int, source: str) -> list[RoleSpan | None]:
        """Descriptions set off after the name, one after another: "Harry Bond, 30, of Raleigh,
        who was among those polled," / "Sen. Roe (D-Ohio), a member of the committee"."""
        out: list[RoleSpan | None] = []
        k = last + 1
        n = len(sent.words)
        if k + 2 < n and sent.words[k].upos == "CCONJ" and sent.words[k + 1].lemma.lower() == "other":
            # "Lonechild and other youth representatives": she is one of them
            j = k + 2
            while j < n and np_word(sent, j) and sent.words[j].upos not in ("ADP", "CCONJ"):
                j += 1
            if self._describes(sent, list(range(k + 2, j))):
                out.append(_span(sent, source, list(range(k + 1, j)), "apposition"))
            return out
        if k < n and sent.words[k].text.lower() in _AFFILIATION:
            span, k = self._affiliation(sent, k, source)
            out.append(span)
        for _ in range(4):  # a few descriptions in a row at most
            if k >= n:
                break
            w = sent.words[k]
            if w.text == "(" or _PARTY.match(w.text):
                span, k = self._bracket(sent, k, source)
            elif w.text == "," and k + 1 < n:
                span, k = self._set_off(sent, k + 1, source)
            else:
                break
            if span is None:
                break
            out.append(span)
        return out

    def _affiliation(self, sent: Sentence, k: int, source: str) -> tuple[RoleSpan | None, int]:
        """ "of Counter Jihad", "with Bumper to Bumper": a capitalised name after the preposition."""
        j = k + 1
        while j < len(sent.words) and sent.words[j].upos == "DET":
            j += 1
        if j >= len(sent.words) or not sent.words[j].text[:1].isupper() or sent.words[j].upos != "PROPN":
            return None, k
        while j + 1 < len(sent.words) and (sent.words[j + 1].text[:1].isupper() or sent.words[j + 1].upos == "ADP"):
            if sent.words[j + 1].upos == "ADP" and not (
                j + 2 < len(sent.words) and sent.words[j + 2].text[:1].isupper()
            ):
                break
            j += 1
        return _span(sent, source, list(range(k, j + 1)), "affiliation"), j + 1

    def _bracket(self, sent: Sentence, k: int, source: str) -> tuple[RoleSpan | None, int]:
        """ "(D-Ohio)", "R-Wis.": a party and state tag."""
        j = k
        while j < len(sent.words) and j - k < 6 and sent.words[j].text not in (")", ","):
            j += 1
        if sent.words[k].text == "(" and (j >= len(sent.words) or sent.words[j].text != ")"):
            return None, k
        text = source[sent.words[k].start : sent.words[min(j, len(sent.words) - 1)].end]
        if not regex.search(r"\b[RDI]-[A-Z]", text):
            return None, k
        idx = [i for i in range(k, min(j + 1, len(sent.words))) if sent.words[i].text not in ("(", ")", ",")]
        return _span(sent, source, idx, "party"), j + 1 if sent.words[k].text == "(" else j

    def _set_off(self, sent: Sentence, k: int, source: str) -> tuple[RoleSpan | None, int]:
        """The phrase after a comma: an age, a relative clause, an affiliation or a noun phrase
        that is closed by punctuation (never by a verb: "Roe, the company said" is no role)."""
        w = sent.words[k]
        n = len(sent.words)
        if w.upos == "NUM" and (k + 1 >= n or sent.words[k + 1].text in _CLOSERS):
            return _span(sent, source, [k], "age"), k + 1
        if w.text.lower() in _AFFILIATION:
            return self._affiliation(sent, k, source)
        if _PARTY.match(w.text):
            return self._bracket(sent, k, source)
        j = k
        if w.text.lower() in _RELATIVE:
            return self._relative(sent, k, source)
        if w.lemma.lower() in _STAGE_ADVERBS and k + 1 < n and sent.words[k + 1].upos in ("ADP", "DET", "ADJ", "NOUN"):
            stage = stage_phrase(sent, k, _CLOSERS)  # ("Muchochoma, now in his 10th season with the company,")
            return (_span(sent, source, stage[0], "apposition"), stage[1]) if stage else (None, k)
        while j < n and sent.words[j].text not in _CLOSERS and np_word(sent, j):
            if sent.words[j].text.lower() in ("who", "that", "which") and j > k:
                break
            j += 1
        stop = sent.words[j] if j < n else None
        idx = list(range(k, j))
        # ("Roe, and his mother ...": a second subject; "Roe, Doe and Smith": names, not "Clinton's aide", a title)
        opener = w.upos in ("ADP", "CCONJ", "SCONJ", "ADV") and not as_phrase(sent, k)
        listed = w.upos == "PROPN" and not self.is_role(w.text.lower())
        if opener or (listed and not any(sent.words[i].upos == "PART" for i in idx)):
            return None, k
        if stop is not None and stop.upos in ("VERB", "AUX") and not participle(stop.feats, stop.deprel):
            # "Roe, the company said": the next clause, not a description; but a role whose closing
            # comma the writer left out is one ("Roe, the communications director for the party said")
            if not any(self.is_role(sent.words[i].lemma.lower()) for i in idx[1:]):
                return None, k
            if j + 1 < n and sent.words[j + 1].text == "," and w.text.lower() in ("a", "an", "another", "one"):
                # "Clinton, a top aide said, 'is very confident'": a cue set off by commas; the aide is another
                return None, k
            return _span(sent, source, idx, "apposition"), j
        if not idx or not self._describes(sent, idx):
            return None, k
        # ("a consultant who worked for Roe": the relative clause belongs to the description; not
        # one that reports: "a candidate who says he won" is what the person said)
        while j < n and sent.words[j].text not in _CLOSERS and not self._reports(sent, j):
            j += 1
        return _span(sent, source, list(range(k, j)), "apposition"), j

    def _predicate(self, sent: Sentence, run: list[int], source: str) -> RoleSpan | None:
        """ "Roe is the union's president" (the name subject of a noun with a copula), "Roe works
        as a nurse" (an "as" phrase of the verb the name is subject of)."""
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        if sent.words[head].rel != "nsubj" or sent.words[head].head < 0:
            return None
        pred = sent.words[head].head
        if reported_clause(sent, pred, self._says_or_thinks):
            return None  # "Roe said Doe is a liar": what someone says of Doe, not the article
        kids = sent.children[pred]
        # (a copula with two subjects is a broken parse: "Roe remembers being a little taken aback")
        copula = any(sent.words[c].rel == "cop" for c in kids)
        if copula and sum(sent.words[c].rel == "nsubj" for c in kids) > 1:
            return None
        if sent.words[pred].upos == "NOUN" and copula:
            return self._phrase(sent, pred, source)
        affiliated = any(sent.words[c].lemma.lower() in _AFFILIATION for c in kids)
        if copula and sent.words[pred].upos == "PROPN" and affiliated:
            # "Lonechild is from White Bear First Nation"
            drop = [c for c in kids if sent.words[c].rel in ("nsubj", "cop", "punct", "cc", "conj", "advmod")]
            return _span(sent, source, sent.subtree(pred, exclude=drop), "affiliation")
        if copula and sent.words[pred].upos in ("NUM", "PRON") and self._of_phrase(sent, pred):
            # "Vern Sparkes was one of them": one of a described group (not "was one of them, upset ...")
            clauses = ("punct", "conj", "cc", "advcl", "parataxis", "acl", "ccomp")
            keep = sent.subtree(pred, exclude=[c for c in kids if c < pred or sent.words[c].rel in clauses])
            return _span(sent, source, keep, "predicate")
        # "Roe works as a nurse", "Roe was hired as an analyst"; not when the "as" phrase is a
        # view of the name ("Clinton has been mocked by Trump as a script-addicted debater": a verb
        # of speech or thought) or describes an object before it ("Roe named Doe as her deputy";
        # not "As the group's public face, Davis abides the mockery"), nor "as well as"
        lemma = sent.words[pred].lemma.lower()
        viewed = any(
            self.vocab.in_lexicon(x, lemma) for x in ("speech_verbs", "object_content_verbs", "cognition_verbs")
        )
        objects = [c for c in kids if sent.words[c].rel == "obj"]
        for c in kids:
            w = sent.words[c]
            if (
                not viewed
                and not any(o < c for o in objects)
                and w.rel == "obl"
                and w.upos == "NOUN"
                and any(as_case(sent, k) for k in sent.children[c])
            ):
                return self._phrase(sent, c, source)
        return self._situation(sent, pred, source)

    def _of_phrase(self, sent: Sentence, head: int) -> bool:
        nmods = [c for c in sent.children[head] if sent.words[c].rel == "nmod"]
        return any(sent.words[k].lemma.lower() == "of" for c in nmods for k in sent.children[c])

    def _situation(self, sent: Sentence, verb: int, source: str) -> RoleSpan | None:
        """ "Roe attended the rally", "Roe protested the two bills", "Roe won the race": what the
        article says the person did describes them (the labels' "described by situation"); "Roe
        told reporters", "Roe declined to comment", "Roe believes ..." do not."""
        v = sent.words[verb]
        lemma = v.lemma.lower()
        if v.upos != "VERB" or self.vocab.in_lexicon("non_describing_verbs", lemma):
            return None
        kids = sent.children[verb]
        if any(sent.words[c].rel in ("ccomp", "xcomp") and sent.words[c].upos in ("VERB", "AUX") for c in kids):
            return None  # "Roe warned that ...", "Roe vowed to ...": reported content, not a situation
        objects = [c for c in kids if sent.words[c].rel in ("obj", "obl") and sent.words[c].upos in ("NOUN", "PROPN")]
        if self.vocab.in_lexicon("object_content_verbs", lemma):
            return None  # "Roe condemned the bombing", "Roe reiterated those views": the statement itself
        reporting = self._says_or_thinks(lemma)
        if reporting and not any(sent.words[c].rel == "obj" for c in objects):
            return None  # a speech verb describes only with a stance: "Roe opposed the pipeline"
        cut = ("nsubj", "punct", "ccomp", "parataxis", "advcl", "conj", "cc", "mark", "aux", "advmod", "csubj")
        under = set(sent.subtree(verb, exclude=[c for c in kids if sent.words[c].rel in cut]))
        idx = [verb]
        while idx[-1] + 1 in under:  # the words from the verb on, up to the first gap
            idx.append(idx[-1] + 1)
        if not any(sent.words[i].upos in ("NOUN", "PROPN", "NUM") for i in idx[1:]):
            return None  # "Roe smiled", "Roe proved herself": nothing that places the person
        return _span(sent, source, idx, "situation")

    def _relative(self, sent: Sentence, k: int, source: str) -> tuple[RoleSpan | None, int]:
        j = past_whose_apposition(sent, k)
        while j < len(sent.words) and sent.words[j].text not in _CLOSERS:
            j += 1
        if own := self_described(sent, range(k + 1, j)):
            return _span(sent, source, own, "relative-clause"), j  # ("who describes himself as a spokesman")
        if statement_clause(sent, range(k + 1, j), self.vocab.in_lexicon):
            return None, j  # "Roe, who told the Times that ...,": what she said, not who she is
        return _span(sent, source, list(range(k, j)), "relative-clause"), j

    def _phrase(self, sent: Sentence, head: int, source: str) -> RoleSpan | None:
        cut = {"nsubj", "cop", "punct", "case", "acl:relcl", "conj", "cc", "advcl", "parataxis", "ccomp", "mark"}
        idx = [head]
        stack = [head]
        while stack:
            for c in sent.children[stack.pop()]:
                if sent.words[c].deprel not in cut:
                    idx.append(c)
                    stack.append(c)
        idx.sort()
        idx = [i for i in idx if sent.words[i].upos != "DET" or i != idx[0]]
        if not self._describes(sent, [head]):
            return None
        return _span(sent, source, idx, "predicate")


def _span(sent: Sentence, source: str, idx: list[int], how: RoleHow) -> RoleSpan | None:
    idx = [i for i in idx if 0 <= i < len(sent.words)]
    while idx and sent.words[idx[-1]].upos == "PUNCT" and sent.words[idx[-1]].text != "." and not closes(sent, idx):
        idx.pop()
    while idx and sent.words[idx[0]].upos == "PUNCT":
        idx.pop(0)
    if not idx:
        return None
    start, end = sent.words[idx[0]].start, sent.words[idx[-1]].end
    text = source[start:end].strip(" ,")
    return RoleSpan(text, start, end, how) if text else None
