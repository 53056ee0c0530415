"""Reading cues off the parse: is a word a speech cue, who is its subject, through which outlet."""

from __future__ import annotations

from collections.abc import Callable

from provenance.kinds import CueKind
from provenance.syntax.tree import Sentence, Word, WordRef, lexicon_forms
from provenance.vocab import PatternCueKind, RulePattern, Vocabulary

from .clause_subjects import participle_subject, verbless_clause_subject
from .document_cues import document_misread
from .passives import is_participle, is_passive, owned_gerund, passive_agent, reduced_passive, reported_speaker
from .phrases import (
    LISTENER_VERBS,
    NOMINAL,
    has_case,
    name_after_quote,
    nominal_root,
    noun_phrase_after,
    stranded_apposition,
)

# Verbs whose subject is a text that "says" something ('her statement read'): grammar, not
# vocabulary — they report speech only with a statement noun (noun_cues, document_nouns).
_READING_VERBS = frozenset({"read"})
_NOT_SUBJECT_RELS = ("obl", "obj", "iobj", "nmod", "expl")

# Verbs that, as a reduced relative, give a name ("a group called the Alliance"), never report.
NAMING_VERBS = frozenset({"call", "name", "dub", "title"})


class CueReader:
    """Lexicon-backed questions about cue words, shared by the patterns and the fallbacks."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.in_lex = vocab.in_lexicon
        self.via_patterns: list[RulePattern] = vocab.patterns_for("via")

    def is_speech_cue(self, w: Word, sent: Sentence | None = None) -> bool:
        """A speech verb (with ``sent``, also a phrasal one: "shot back", "chimed in")."""
        if w.upos not in ("VERB", "AUX") or (w.deprel == "acl" and w.lemma.lower() in NAMING_VERBS):
            return False  # ("an app called "Screenwise Meter"": a name given, not a statement)
        if sent is not None and w.text.lower().endswith("ing") and owned_gerund(sent, w):
            return False  # (a verb's "-ing" with an owner or an article is no verb: "Nigeria's ruling party")
        forms = lexicon_forms(sent, w.index) if sent is not None else (w.lemma.lower(),)
        if any(self.in_lex("not_speech_verbs", f) for f in forms):
            return False
        if any(self.in_lex("speech_verbs", f) for f in forms):
            return True
        if sent is not None and any(self.in_lex("finding_verbs", f) for f in forms):
            # "the poll found Roe and Doe are tied": a document's finding reports like speech
            # (the repairs need it: the clause's subject read as the object)
            # (by its form too: the lexicon's "figures" has the lemma "figure")
            return any(
                sent.words[c].rel == "nsubj"
                and (self.is_carrier(sent.words[c].lemma.lower()) or self.is_carrier(sent.words[c].text.lower()))
                for c in sent.children[w.index]
            ) or document_misread(sent, w, self.is_carrier)
        # The lemmatiser trips on rarer forms ("echoes" -> "echoe"): the third-person form less
        # its ending.
        text = w.text.lower()
        return text.endswith("es") and (
            self.in_lex("speech_verbs", text[:-1]) or self.in_lex("speech_verbs", text[:-2])
        )

    def is_listener_cue(self, w: Word) -> bool:
        """A cue whose object is the person spoken to ("told Fox News")."""
        return w.lemma.lower() in LISTENER_VERBS

    def is_carrier(self, lemma: str) -> bool:
        """A noun that carries a statement ("a statement", "a letter", "the report")."""
        return self.in_lex("noun_cues", lemma) or self.in_lex("document_nouns", lemma)

    def is_document_reading(self, sent: Sentence, w: Word) -> bool:
        """'"...," her statement read' / 'read the email': "read" reports a text when the text is
        its subject (or the phrase after it). Not a speech verb on its own ("READ MORE:", "she
        read the book")."""
        if w.upos != "VERB" or w.lemma.lower() not in _READING_VERBS:
            return False
        subject = next((c for c in sent.children[w.index] if sent.words[c].rel == "nsubj"), None)
        if subject is None:
            after = noun_phrase_after(sent, w.index)
            subject = after.index if after is not None else None
        # ('"I am still with Sanders," it read': a sign, a placard, a post)
        return subject is not None and (
            self.is_carrier(sent.words[subject].lemma.lower()) or sent.words[subject].text.lower() == "it"
        )

    def subject(self, sent: Sentence, index: int, exclude: set[int] | frozenset[int] = frozenset()) -> WordRef | None:
        return subject_of(sent, index, exclude, self.is_carrier, lambda lemma: self.in_lex("light_objects", lemma))

    def is_opinion(self, w: Word) -> bool:
        """A cognition cue that is not also a speech verb (believe, fear): the content is a view."""
        lemma = w.lemma.lower()
        return self.in_lex("cognition_verbs", lemma) and not self.in_lex("speech_verbs", lemma)

    def cue_kind(self, w: Word, declared: PatternCueKind = "auto") -> CueKind:
        """The kind a pattern declares, else read from the lexicons."""
        if declared != "auto":
            return declared
        if self.in_lex("prepositional_cues", w.lemma.lower()):
            return "preposition"
        return "cognition" if self.is_opinion(w) else "speech"

    def find_via(self, sent: Sentence, cue: int) -> WordRef | None:
        """The outlet the statement came through, by the via patterns bound to this cue."""
        for rp in self.via_patterns:
            for m in rp.pattern.match(sent, self.in_lex, bound={"cue": cue}):
                if "via" in m:
                    return WordRef(sent, m["via"])
        # ("KBC reported ... and quoted Noor as saying": the quoting verb's subject, shared)
        quoter = sent.words[cue].head
        if 0 <= quoter and sent.words[cue].rel == "advcl" and sent.words[quoter].lemma.lower() in ("quote", "cite"):
            return conjunct_subject(sent, quoter)
        return None


def conjunct_subject(sent: Sentence, index: int) -> WordRef | None:
    """'A person briefed on the talks said ...', parsed as "briefed" with "said" as its
    conjunct: coordinated verbs share the first one's subject."""
    w = sent.words[index]
    if w.rel == "conj" and 0 <= w.head < index:
        # (up through verbs without a subject of their own: "Roe returned to resume her remarks
        # and declared" with "declared" a conjunct of "resume")
        h = w.head
        if (s := _subordinate_conjunct_subject(sent, index)) is not None:
            return s
        # "Roe called the plan a disgrace and said ...", "issued a statement ... and said ...": a
        # verb coordinated with a nominal complement continues the verb that took it (not a
        # predicate with a copula: "the gap is remarkable and added" has its own subject)
        while (
            sent.words[h].upos in ("NOUN", "PROPN", "ADJ", "NUM")
            and sent.words[h].rel in ("ccomp", "obj", "xcomp", "obl", "nmod")
            and sent.words[h].head >= 0
            and not any(sent.words[c].rel == "cop" for c in sent.children[h])
        ):
            h = sent.words[h].head
        for _ in range(3):
            for c in sent.children[h]:
                if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < h:
                    return WordRef(sent, c)
            if reduced_passive(sent, h) or (h == 0 and sent.words[h].text.lower().endswith("ed")):
                # "Asked about it, Roe did not apologize, but said ...": the opening participle
                # has no subject; the verb the parse hung beside the cue has it
                sibling = _subject_beside(sent, h, index)
                if sibling is not None:
                    return sibling
            if sent.words[h].rel not in ("xcomp", "advcl", "conj") or sent.words[h].head < 0:
                break
            h = sent.words[h].head
    if w.rel == "ccomp" and 0 <= w.head < index and (s := reduced_relative_subject(sent, w.head)) is not None:
        return s  # ("People briefed on the move said ..." with "said" as the complement)
    return None


def _subordinate_conjunct_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "Workers stood with the governor as he praised the site and said that ...", parsed with
    "said" a conjunct of "stood": a finite verb joined by a bare "and" right after a subordinate
    clause ("as", "while", "after" ...) continues that clause, and shares its subject."""
    w = sent.words[index]
    cc = next((c for c in sent.children[index] if sent.words[c].rel == "cc"), None)
    if cc is None or cc == 0 or sent.words[cc - 1].upos == "PUNCT" or "VerbForm=Fin" not in w.feats:
        return None
    for a in sent.children[w.head]:
        clause = sent.words[a]
        if not (w.head < a < index and clause.rel == "advcl" and "VerbForm=Fin" in clause.feats):
            continue
        kids = sent.children[a]
        if max(sent.subtree(a)) != cc - 1 or not any(sent.words[c].rel == "mark" for c in kids):
            continue
        subject = next((c for c in kids if sent.words[c].rel == "nsubj" and c < a), None)
        if subject is not None:
            return WordRef(sent, subject)
    return None


def _subject_beside(sent: Sentence, head: int, index: int) -> WordRef | None:
    """The subject of the nearest clause hung on ``head`` before ``index`` (parataxis or conj)."""
    for c in sorted(sent.children[head], reverse=True):
        if c < index and sent.words[c].rel in ("parataxis", "conj"):
            subject = next((k for k in sent.children[c] if sent.words[k].deprel == "nsubj"), None)
            if subject is not None:
                return WordRef(sent, subject)
    return None


def reduced_relative_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "People briefed on the move said ...": a past participle right after a noun is a reduced
    relative clause on it, though parsed as the noun's verb. The noun."""
    w = sent.words[index]
    if not ("VerbForm=Part" in w.feats or w.text.lower().endswith("ed")):
        return None
    subjects = [c for c in sent.children[index] if sent.words[c].rel == "nsubj" and c < index]
    if subjects and max(sent.subtree(subjects[-1])) == index - 1 and sent.words[subjects[-1]].upos in NOMINAL:
        return WordRef(sent, subjects[-1])
    return None


def controller(sent: Sentence, index: int, light: Callable[[str], bool] | None = None) -> WordRef | None:
    """ "Roe continued to say ...", "the letter goes on to say ...", "led voters to believe ...",
    "to make anyone think ...": an infinitive cue (xcomp) has no subject of its own; it is the
    object of the verb it completes, else that verb's subject. Not an object that only makes one
    predicate with the verb (``light``: "Roe took care to stress ...")."""
    w = sent.words[index]
    to = any(sent.words[c].lemma.lower() == "to" and c < index for c in sent.children[index])
    if w.deprel == "advcl" and to and w.head >= 0 and not is_participle(w):
        # "Roe stood at the podium to say ...": a purpose clause's subject is its main clause's
        for c in sent.children[w.head]:
            if sent.words[c].rel == "nsubj" and c < index and sent.words[c].upos in NOMINAL:
                return WordRef(sent, c)
        return None
    if w.deprel != "xcomp" or w.head < 0 or is_participle(w):
        return None
    # An infinitive: "to say", or bare after a causative ("make anyone think", "let them say").
    if not to and sent.words[w.head].lemma.lower() not in ("make", "let", "have", "help"):
        return None
    # (of two subjects a name before a common noun: "In an earlier, March 2011 email exchange,
    # Moe had to explain" has "exchange" as a second subject)
    kids = sorted(sent.children[w.head], key=lambda c: sent.words[c].rel == "nsubj" and sent.words[c].upos == "NOUN")
    for rel in ("obj", "iobj", "nsubj"):
        for c in kids:
            o = sent.words[c]
            if o.rel == rel and c < index and o.upos in NOMINAL:
                if rel != "nsubj" and o.upos == "NOUN" and light is not None and light(o.lemma.lower()):
                    continue
                return WordRef(sent, c)
    light_object = light is not None and any(
        sent.words[c].rel == "obj" and light(sent.words[c].lemma.lower()) for c in kids
    )
    head = sent.words[w.head]
    if light_object or (is_participle(head) and head.rel in ("advcl", "xcomp", "ccomp", "conj", "parataxis", "acl")):
        # "..., taking pains to emphasize ...", "Roe said, going on to say ...": the participle's
        # own subject, the clause's it hangs on
        return participle_subject(sent, w.head)
    return None


def _for_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "For a mayor to believe that ...", "unusual for a president to say ...": the subject of
    an infinitive is the noun "for" introduces right before its "to"."""
    to = next((c for c in sent.children[index] if sent.words[c].lemma.lower() == "to" and c < index), None)
    if to is None or to < 1:
        return None
    noun = sent.words[to - 1]
    if noun.upos in NOMINAL and any(sent.words[k].lemma.lower() == "for" for k in sent.children[noun.index]):
        return WordRef(sent, noun.index)
    return None


def _carrier_subject(sent: Sentence, index: int, carrier: Callable[[str], bool]) -> WordRef | None:
    """ "The campaign issued a statement saying ...", "sent supporters a text message saying":
    a participle on a statement noun reports what the statement says; whoever issued it (the
    subject of the verb the noun hangs on) is the speaker."""
    w = sent.words[index]
    if w.rel != "acl" or not is_participle(w) or w.head < 0:
        return None
    noun = sent.words[w.head]
    if noun.upos not in NOMINAL:
        return None
    # ("defended the decision to leave Menon out of the squad for the tour of Australia, saying
    # ...": set off by a comma after a preposition's noun, the participle is the clause's)
    if sent.words[index - 1].text == "," and noun.rel in ("obl", "nmod") and has_case(sent, noun.index):
        up = noun.head
        while up >= 0 and not any(sent.words[c].rel == "nsubj" and c < index for c in sent.children[up]):
            up = sent.words[up].head
        if up >= 0:
            return WordRef(sent, next(c for c in sent.children[up] if sent.words[c].rel == "nsubj" and c < index))
    # "footage of Roe saying ..." with "saying" hung on "footage": the person it shows speaks
    shown = [
        c
        for c in sent.children[noun.index]
        if sent.words[c].rel == "nmod"
        and sent.words[c].upos in ("PROPN", "PRON")
        and c < index
        and any(sent.words[k].lemma.lower() == "of" for k in sent.children[c])
    ]
    if shown:
        return WordRef(sent, shown[-1])
    if noun.upos == "NOUN" and carrier(noun.lemma.lower()) and noun.head >= 0:
        for c in sent.children[noun.head]:
            if sent.words[c].rel == "nsubj" and c < noun.index:
                return WordRef(sent, c)
    # "She is a pragmatic internationalist, cautioning that ...": on a predicate nominal, the
    # participle describes the clause's subject, who is what the nominal says she is
    kids = sent.children[noun.index]
    if any(sent.words[c].rel == "cop" for c in kids):
        subject = next((c for c in kids if sent.words[c].rel == "nsubj" and c < noun.index), None)
        if subject is not None:
            return WordRef(sent, subject)
    # Otherwise whoever the participle describes speaks: "footage of Roe saying ...", "the share
    # of voters saying ...", "a man shouting that ..." (or the statement itself, with no issuer).
    return WordRef(sent, noun.index)


# Quantifiers that stand for people on their own ("Most believe ...", "Many say ..."), whatever
# the tagger calls them: grammar, a closed class.
_QUANTIFIERS = frozenset({"most", "many", "some", "few", "others", "several", "half", "both", "all"})


def _opening_name(sent: Sentence, c: int, index: int) -> bool:
    """ "Singh explained it this way: ..." with "Singh" tagged an interjection: a capitalised
    word that opens the sentence right before the cue is its subject, whatever its tag."""
    w = sent.words[c]
    if not w.text[:1].isupper() or c != index - 1:
        return False
    # (anywhere right before the cue, an interjection is a name: "Canadian actor Oh said")
    return w.upos == "INTJ" or c == 0 and w.upos in ("ADJ", "X", "VERB")


def _nominal_before(sent: Sentence, index: int, exclude: set[int] | frozenset[int]) -> WordRef | None:
    """The nominal dependent just before the cue ("he ... said" misattached); "As Roe put it"
    with "As" parsed as a preposition still names the subject."""
    for c in reversed(sent.children[index]):
        w = sent.words[c]
        cases = [sent.words[k].lemma.lower() for k in sent.children[c] if sent.words[k].rel == "case"]
        as_subject = cases == ["as"] and w.rel == "obl" and w.upos in ("PROPN", "PRON")
        if (
            c < index
            and c not in exclude
            and (
                w.upos in NOMINAL
                or (w.text.lower() in _QUANTIFIERS and c == index - 1)
                or _opening_name(sent, c, index)
            )
            and (as_subject or (w.rel not in _NOT_SUBJECT_RELS and not cases))
        ):
            return WordRef(sent, c)
    return None


def subject_of(
    sent: Sentence,
    index: int,
    exclude: set[int] | frozenset[int] = frozenset(),
    carrier: Callable[[str], bool] | None = None,
    light: Callable[[str], bool] | None = None,
) -> WordRef | None:
    """The cue's subject; when the parse lost that arc, the subject of the verb it is
    coordinated with or of the clause a participle cue hangs on (or of the verb that issued the
    statement noun it describes, given ``carrier``: the statement nouns), the nominal dependent just
    before it, a name stranded before its apposition, or the noun phrase right after it."""
    subjects = [
        c
        for c in sent.children[index]
        if sent.words[c].deprel != "nsubj:pass" and sent.words[c].rel == "nsubj" and not has_case(sent, c)
    ]
    # "Proposals so far ..., he added, amount to ...": with two subjects, a pronoun right before
    # a parenthetical cue is its own; the other is the subject of the interrupted clause
    parenthetical = [
        c
        for c in subjects
        if c == index - 1 and sent.words[c].upos == "PRON" and c > 0 and sent.words[c - 1].text == ","
    ]
    if subjects:
        return WordRef(sent, (parenthetical or subjects)[0])
    if is_passive(sent, index):
        # "The clip was released on Tuesday", "Roe was asked why ...": the passive subject is
        # what was said or who was spoken to; the speaker is the agent, if the sentence has one.
        # Not when the passive reports the subject speaking: "Roe is quoted as saying", "was
        # heard telling aides".
        return reported_speaker(sent, index) or passive_agent(sent, index)
    if reduced_passive(sent, index):
        # "When asked whom she supported, Roe smiled": whoever asked is not named (unless "by")
        return passive_agent(sent, index)
    return (
        conjunct_subject(sent, index)
        or _relative_head(sent, index)
        or controller(sent, index, light)
        or _for_subject(sent, index)
        or participle_subject(sent, index)
        or verbless_clause_subject(sent, index)
        or nominal_root(sent, index)
        or (_carrier_subject(sent, index, carrier) if carrier is not None else None)
        or _nominal_before(sent, index, exclude)
        or stranded_apposition(sent, index)
        or name_after_quote(sent, index)
        or _unexcluded(noun_phrase_after(sent, index), exclude)
    )


def _unexcluded(ref: WordRef | None, exclude: set[int] | frozenset[int]) -> WordRef | None:
    return ref if ref is not None and ref.index not in exclude else None


def _relative_head(sent: Sentence, index: int) -> WordRef | None:
    """ "One official who relayed the exchange said Reid ..." parsed with "said" as a second
    relative clause of "official", with no subject: a finite cue hung that way on a noun before
    it has that noun for its subject. (Not "a man said to be a spy": a participle.)"""
    w = sent.words[index]
    if w.deprel != "acl:relcl" or w.head < 0 or w.head > index or is_participle(w):
        return None
    if "VerbForm=Fin" not in w.feats and w.feats:
        return None
    head = sent.words[w.head]
    own = [sent.words[c] for c in sent.children[index] if sent.words[c].rel in ("nsubj", "obj", "mark")]
    if head.upos not in NOMINAL or own:
        return None
    return WordRef(sent, w.head)
