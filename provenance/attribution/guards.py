"""Guards of a pattern's content that need only the parse and the pattern's options: a
relative clause, a scrap of a name, an unquoted open complement. (The guards that read the
lexicons live on the pattern attributor.)"""

from __future__ import annotations

from collections.abc import Callable

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence, Word, WordRef
from provenance.vocab import RulePattern

from .model import Attribution
from .passives import is_participle
from .spans import quoted


def relative_content(sent: Sentence, head: int, cue: int, rp: RulePattern) -> bool:
    """A clause whose subject is "who"/"which" is a relative clause, never what was said; unless
    "according to X" qualifies it from inside ("a firm, which collected $36,000, according to
    filings")."""
    if rp.options.cue_kind == "preposition" and cue in sent.subtree(head):
        return False
    return any(
        sent.words[c].rel == "nsubj" and sent.words[c].lemma.lower() in ("who", "which", "whom")
        for c in sent.children[head]
    )


def name_scrap(sent: Sentence, head: int, spans: list[QuoteSpan]) -> bool:
    """A lone capitalised word is a piece of the speaker's name the parser took for a verb
    ("newswire Associated Press reported" with "Associated" as the complement)."""
    w = sent.words[head]
    return not sent.children[head] and w.text[:1].isupper() and head > 0 and not quoted(sent, head, spans)


def unquoted_complement(sent: Sentence, head: int, spans: list[QuoteSpan], rp: RulePattern) -> bool:
    """ "asked him to leave", "admitted carrying out": an open complement (xcomp) is not content
    unless quoted; but for an object-content cue a gerund with a determiner is a misparsed object
    ("condemned the bombing"), and one with a subject of its own is a clause the parse
    mislabelled ("Roe writes [G4S works with other agencies]")."""
    w = sent.words[head]
    kids = [sent.words[c] for c in sent.children[head]]
    if w.deprel != "xcomp" or quoted(sent, head, spans) or rp.options.content_kind not in ("clause", "object"):
        return False
    own_subject = any(k.rel in ("nsubj", "expl") and k.index < head for k in kids)
    if w.upos in ("VERB", "AUX") and not is_participle(w) and own_subject:
        return False  # (a participle with a subject is a small clause: "calls [Roe unqualified]")
    cue = sent.words[w.head] if w.head >= 0 else None
    if cue is not None and cue.lemma.lower() in _CLAUSE_ONLY and own_subject and w.upos in ("VERB", "AUX"):
        # "says it raised $18 million" with "raised" tagged a participle: a say-verb takes no
        # small clause, so a verb with its own subject after it is what was said
        return False
    if _clause_after_object(sent, head):
        return False
    if rp.options.content_kind == "object" and any(k.rel in ("obj", "nsubj") and w.head < k.index < head for k in kids):
        # "the poll showed [Roe leading Doe]" with "Roe" read as the object of "leading": a
        # noun between the cue and the verb is the small clause's subject
        return False
    return rp.options.content_kind != "object" or not any(k.rel == "det" for k in kids)


# Verbs that take a clause and never an object with a verb after it: "says [millions] lost their
# homes" is a clause whose subject the parse made the verb's object (not "asked him to leave",
# "saw them go": verbs that do take one are not here).
_CLAUSE_ONLY = frozenset(
    {"say", "claim", "insist", "argue", "contend", "assert", "maintain", "allege", "add", "note", "state", "declare"}
)


def _clause_after_object(sent: Sentence, head: int) -> bool:
    w = sent.words[head]
    if w.upos not in ("VERB", "AUX") or w.head < 0 or sent.words[w.head].lemma.lower() not in _CLAUSE_ONLY:
        return False
    if w.text.lower().endswith("ing") or "VerbForm=Ger" in w.feats:
        return False  # ("he said, his voice breaking": an absolute phrase, not a clause)
    if any(sent.words[k].rel in ("mark", "ccomp") for k in sent.children[head]):
        return False  # (an infinitive; a verb with a clause of its own is a cue of its own)
    if not any(k > head and sent.words[k].upos != "PUNCT" for k in sent.children[head]):
        return False  # ("saying its study determined [that ...]" with the clause hung elsewhere)
    return any(sent.words[c].rel == "obj" and c < head for c in sent.children[w.head])


_ADVERBIAL_OPENERS = frozenset({"when", "while", "if", "after", "before"})


def reduced_adverbial(sent: Sentence, head: int) -> bool:
    """ "Roe said when asked who would win": a participle opened by "when"/"if"/"after" with no
    subject of its own is an adverbial clause of the cue, not what was said, however parsed."""
    if sent.words[head].upos != "VERB":
        return False
    kids = [sent.words[c] for c in sent.children[head]]
    opener = any(k.index < head and k.lemma.lower() in _ADVERBIAL_OPENERS and k.rel in ("advmod", "mark") for k in kids)
    # (not "telling visitors when to join": an infinitive question is what was told)
    return opener and not any(k.rel in ("nsubj", "nsubj:pass", "csubj", "expl") or k.lemma == "to" for k in kids)


# Subordinators that open only adverbial clauses (time, cause, concession), never what was said
# ("when", "if", "where", "how" also open indirect questions: "asked when", "did not say if").
_ADVERBIAL_ONLY = frozenset({"as", "while", "because", "although", "though", "after", "before", "until", "once"})


def adverbial_clause(sent: Sentence, head: int) -> bool:
    """ "'...,' Roe said as confetti fluttered down": a clause with its own subject opened by a
    subordinator of time, cause or concession is an adverbial clause of the cue, however parsed."""
    kids = [sent.words[c] for c in sent.children[head]]
    opener = next((k for k in kids if k.rel == "mark" and k.index < head), None)
    sub = sent.subtree(head)
    first = min((i for i in sub if sent.words[i].upos != "PUNCT"), default=head)
    # (one that ends the sentence: "said while X, Y" leads into what was said)
    last = all(w.upos == "PUNCT" for w in sent.words[max(sub) + 1 :])
    return (
        last
        and opener is not None
        and opener.index == first
        and opener.lemma.lower() in _ADVERBIAL_ONLY
        and any(k.rel in ("nsubj", "nsubj:pass", "expl") for k in kids)
    )


def imperative_cue(sent: Sentence, cue: int) -> bool:
    """ "Tell him why you think it would look great.": a cue in the imperative, outside quote
    marks, addresses the reader; nobody is reported."""
    w = sent.words[cue]
    # (a verb that opens its sentence or clause: "26 percent say ..." tagged imperative is not one)
    opens = all(x.upos in ("PUNCT", "ADV", "CCONJ", "INTJ") for x in sent.words[:cue])
    subject = any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[cue])
    return "Mood=Imp" in w.feats and opens and not subject


def participle_after_comma(sent: Sentence, head: int, cue: int, spans: list[QuoteSpan]) -> bool:
    """ "the mayor said, adding that ..." with the participle parsed as the complement of "said":
    it is a second speech act of the same speaker, not what "said" reported; so is any participle
    with no subject of its own after the comma ("Sales were great, he said, wiping sweat off his
    face": what he did while saying it)."""
    return (
        head > cue
        and is_participle(sent.words[head])
        and not any(sent.words[c].rel == "nsubj" for c in sent.children[head])
        and not quoted(sent, head, spans)
        and any(sent.words[i].text == "," for i in range(cue + 1, head))
    )


# Whoever can cite: the heads of a subject that names people or a body ("GOP clubs declined")
_AGENT_LEXICONS = (
    "anonymous_descriptors",
    "person_roles",
    "spokesperson_nouns",
    "generic_classes",
    "generic_persons",
    "organization_words",
    "media_nouns",  # ("Chinese state media, citing an unnamed official, reported that ...")
)


def citer_is_subject(sent: Sentence, head: int, cue: int, in_lex: Callable[[str, str], bool]) -> bool:
    """ "He declined to comment, citing privacy", "GOP clubs declined to endorse him, citing his
    proposal": a participle's understood subject is its clause's, and a person or a body that is
    that subject cites its own reasons - what it did is no statement of the thing cited. Only a
    clause about events ("Three people were killed, citing police": a passive; "The toll rose to
    12, citing the ministry") reports what the cited source says."""
    if sent.words[cue].lemma.lower() not in ("cite", "quote"):
        return False
    for c in sent.children[head]:
        w = sent.words[c]
        if w.deprel != "nsubj" or c > cue:
            continue
        if w.upos == "PROPN" or (w.upos == "PRON" and ("PronType=Prs" in w.feats or w.lemma.lower() == "who")):
            return True  # (and "Roe, who chairs the department, ..., citing another reason")
        if w.upos == "NOUN" and any(in_lex(lex, w.lemma.lower()) for lex in _AGENT_LEXICONS):
            return True
    return False


def participle_not_reporting(
    sent: Sentence, head: int, cue: int, spans: list[QuoteSpan], in_lex: Callable[[str, str], bool]
) -> bool:
    """participle_after_comma or citer_is_subject: a participle that reports nothing."""
    return participle_after_comma(sent, head, cue, spans) or citer_is_subject(sent, head, cue, in_lex)


def storm_name(sent: Sentence, i: int, in_lex: Callable[[str, str], bool]) -> bool:
    """ "Hurricane Delia slams Gulf Coast": a name a storm word opens (``storm_words``) is a
    weather event, never a speaker; its cue reports nothing. Not a person's name with a title the
    storm word only opens ("Cyclone Recovery Minister Mark Hollis said")."""
    w = sent.words[i]
    return w.upos == "PROPN" and any(
        sent.words[k].deprel == "compound"
        and in_lex("storm_words", sent.words[k].text.lower())
        and not any(in_lex("person_roles", sent.words[j].text.lower()) for j in range(k + 1, i))
        for k in sent.children[i]
    )


def second_report(sent: Sentence, head: int, cue: int, in_lex: Callable[[str, str], bool]) -> bool:
    """ "The company said the demands would add costs and that it had offered a raise": a "that"
    clause coordinated with the cue, where the cue is itself what another speech verb reported, is
    that verb's second report, not the inner verb's content ("add" here adds costs, it says nothing)."""
    w, c = sent.words[head], sent.words[cue]
    that = any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in sent.children[head])
    outer = sent.words[c.head] if c.rel == "ccomp" and c.head >= 0 else None
    # (a speech verb with an object of its own, "add costs"; not "does not trust Trump but that ...")
    acting = in_lex("speech_verbs", c.lemma.lower()) and any(sent.words[k].rel == "obj" for k in sent.children[cue])
    return w.deprel == "conj" and that and acting and outer is not None and in_lex("speech_verbs", outer.lemma.lower())


def trailing_cue_read_as_complement(sent: Sentence, head: int, cue: int, in_lex: Callable[[str, str], bool]) -> bool:
    """ "..., the official said" read as a second complement of "said": a speech verb with a
    subject of its own that a comma after the cue opens and nothing but punctuation follows; not
    a clause "that" opens ("reported, citing two people ..., that the attackers had demanded")."""
    w, kids = sent.words[head], [sent.words[c] for c in sent.children[head]]
    if head <= cue or not in_lex("speech_verbs", w.lemma.lower()) or not any(k.rel == "nsubj" for k in kids):
        return False
    sub = sent.subtree(head)
    first = min(i for i in sub if sent.words[i].upos != "PUNCT")
    # (but a verb of saying between them takes the clause: "said in a statement, adding that it ...")
    between = [x for x in sent.words[cue + 1 : first] if x.upos == "VERB" and x.lemma.lower() not in ("cite", "quote")]
    that = any(k.rel == "mark" and k.lemma.lower() == "that" for k in kids)
    if that and not any(in_lex("speech_verbs", x.lemma.lower()) for x in between):
        return False
    comma_before = any(sent.words[i].text == "," for i in range(cue + 1, first))
    return comma_before and all(x.upos == "PUNCT" for x in sent.words[max(sub) + 1 :])


def cited_people(sent: Sentence, head: int, cue: int, in_lex: Callable[[str, str], bool]) -> bool:
    """The people a report cites or quotes ("cited two county employees") are its sources; "the figures" are data."""
    w = sent.words[head]
    people = in_lex("anonymous_descriptors", w.lemma.lower()) and not in_lex("document_nouns", w.text.lower())
    return sent.words[cue].lemma.lower() in ("cite", "quote") and people


def clause_after_closing_cue(
    sent: Sentence, head: int, cue: int, spans: list[QuoteSpan], in_lex: Callable[[str, str], bool]
) -> bool:
    """ "The MBTA will double ..., officials said Thursday, in a crackdown the agency says is
    needed": a cue that closes the clause before it (its subject set off by a comma) reports that
    clause; an unquoted clause the parse hung on it after a comma of its own is the sentence
    going on, not a second report. Not one "that" opens ("..., she said, adding that ...")."""
    c = sent.words[cue]
    if head <= cue or c.head < 0 or c.head > cue or quoted(sent, head, spans):
        return False
    subject = next((k for k in sent.children[cue] if sent.words[k].rel == "nsubj" and k < cue), None)
    if subject is None or min(sent.subtree(subject)) < 1 or sent.words[min(sent.subtree(subject)) - 1].text != ",":
        return False
    if any(sent.words[k].rel == "mark" for k in sent.children[head]):
        return False
    # (the cue's own day, whatever the parse made of it: "said Thursday, in a crackdown")
    own = [i for i in sent.subtree(head) if sent.words[i].upos != "PUNCT" and i > cue]
    own = [i for i in own if not (i == cue + 1 and in_lex("time_nouns", sent.words[i].lemma.lower()))]
    return bool(own) and any(sent.words[i].text == "," for i in range(cue + 1, min(own)))


def drop_swallowing(found: list[Attribution], drop_nested: frozenset[str]) -> list[Attribution]:
    """A trailing "..., the official said" may attach to the main verb instead of the content;
    its content then swallows another attribution's cue in the same sentence ("X said the strike
    hit ..., the official said"). That is one statement: keep the attribution whose content is
    the clause itself. Only patterns with ``nested_cue: drop`` are dropped this way."""
    keep = []
    for a in found:
        swallows = (
            a.rule in drop_nested
            and a.cue is not None
            and any(
                b is not a
                and b.cue is not None
                and not b.opinion  # (a view it reports: "she was surprised the campaign won, aides said")
                # (an object reading is not the clause itself: "The ministry denied the report, he
                # said, and ...", the cue hung on that clause: what he said is the clause, and the
                # object reading yields to it later)
                and not (b.yields_to_other_content and a.cue.word.rel == "parataxis")
                and b.cue.sentence is a.cue.sentence
                and a.start <= b.cue.word.start < a.end
                # (nor a cue with no subject or tense of its own: "will return 14 sculptures after
                # concluding that they were looted, the museum said" - the museum's own step)
                and not _bare_step(b.cue.sentence, b.cue.word)
                for b in found
            )
        )
        if not swallows:
            keep.append(a)
    return keep


def _bare_step(sent: Sentence, w: Word) -> bool:
    """A gerund opened by a subordinator ("after concluding that"), with no subject of its own."""
    opened = any(sent.words[c].rel == "mark" for c in sent.children[w.index])
    own = any(sent.words[c].rel in ("nsubj", "csubj", "expl") for c in sent.children[w.index])
    return ("VerbForm=Ger" in w.feats or "Tense=Pres|VerbForm=Part" in w.feats) and opened and not own


def that_opened(sent: Sentence, head: int) -> bool:
    """The phrase headed by ``head`` is a clause "that" opens: the complementiser is its own, or
    the word that opens its phrase, hung inside it ("argued that such amnesties, along with ...,
    left millions of homes vulnerable" with "amnesties" the parse's head)."""
    if any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() == "that" for k in sent.children[head]):
        return True
    first = sent.words[min(sent.subtree(head))]
    return first.index < head and first.lemma.lower() == "that" and first.rel == "mark"


# Nouns "according to" takes bare for how a thing goes, never who said so ("proceeding according to
# schedule", "according to plan", "according to tradition")
_MANNER_NOUNS = frozenset({"schedule", "plan", "tradition", "custom", "protocol", "procedure", "script", "law"})


def manner_not_source(speaker: WordRef) -> bool:
    """A bare manner noun after "according to" (``_MANNER_NOUNS``): no source."""
    sent, w = speaker.sentence, speaker.word
    own = [sent.words[c] for c in sent.children[speaker.index] if sent.words[c].rel not in ("case", "fixed", "punct")]
    return w.lemma.lower() in _MANNER_NOUNS and not own
