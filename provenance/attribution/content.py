"""What a pattern match covers: subjects the parse misattached, the content clause's edges, a
speaker's comma, nested statements. Helpers of ``from_patterns`` (pure functions of the parse)."""

from __future__ import annotations

from provenance.quotemarks import QuoteSpan
from provenance.syntax.tree import Sentence, Word, WordRef

from .passives import is_passive
from .phrases import LISTENER_VERBS, indefinite_apposition
from .spans import QUOTE_CHARS, quoted

Match = dict[str, int]


def misparsed_subjects(sent: Sentence, cue: int, matches: list[Match], spans: list[QuoteSpan]) -> list[Match]:
    """Complements of the cue that are really its subject: unquoted complements on both sides
    of the cue (those before it), or, after a quote, an unquoted clause that runs right up to
    the cue ('"...," a study released by X said')."""
    before = [m for m in matches if m["content"] < cue]
    after = [m for m in matches if m["content"] > cue]
    if before and after and not all(quoted(sent, m["content"], spans) for m in matches):
        kept, subject = after, before[0]["content"]
    elif (
        len(before) >= 2
        and not quoted(sent, before[-1]["content"], spans)
        and max(sent.subtree(before[-1]["content"])) == cue - 1
    ):
        kept, subject = before[:-1], before[-1]["content"]
    else:
        return matches
    b: int | None = subject
    if sent.words[subject].upos not in ("NOUN", "PROPN", "ADJ", "PRON"):
        # "A person briefed on the talks said ...": the participle took the subject.
        b = next((c for c in sent.children[subject] if sent.words[c].rel == "nsubj" and c < subject), None)
    if "speaker" not in kept[0] and b is not None:
        kept[0] = {**kept[0], "speaker": b}
    return kept


def one_subject(sent: Sentence, cue: int, speaker: WordRef) -> WordRef:
    """Two subjects on one cue is a misparse of one noun phrase ("newswire Associated Press
    reported"): the one next to the cue heads it."""
    subjects = [c for c in sent.children[cue] if sent.words[c].rel == "nsubj"]
    if len(subjects) <= 1:
        return speaker
    # A subject behind "that" after the cue belongs to the reported clause ("has announced that
    # its deputy head ... had been killed").
    # So does one right after the cue when another stands before it and a clause of the cue follows
    # ("Jane Roe, ..., said the report “misrepresents the work”").
    before = any(c < cue for c in subjects)
    own = [
        c
        for c in subjects
        if not (c > cue and any(w.upos == "SCONJ" for w in sent.words[cue + 1 : c]))
        and not (c > cue and before and clause_after(sent, cue, c))
    ]
    own = own or subjects
    # ("Clinton herself said", "They both said": a floating quantifier or an emphatic pronoun
    # right after a subject is that subject's)
    own = [c for c in own if not (c - 1 in subjects and _floating(sent.words[c]))] or own
    nearest = min(own, key=lambda c: abs(c - cue))

    # "People close to Clinton say" with "Clinton" made a second subject: a subject never has a
    # preposition, so the common noun before it heads the phrase ("Saturday at the convention
    # Sen. Roe said" keeps the name: a day is no speaker)
    def cased(c: int) -> bool:
        return any(sent.words[k].rel == "case" for k in sent.children[c])

    head_noun = [c for c in own if c < nearest and sent.words[c].upos == "NOUN" and not cased(c)]
    if cased(nearest) and nearest < cue and head_noun:
        return WordRef(sent, head_noun[-1])
    # "Jane Roe, a former national security adviser, said" / "Popular Mobilization Force, a
    # coalition of militias ..., has announced": an indefinite noun after a comma is an
    # apposition of the subject before it, which names the speaker. (Not any earlier subject:
    # "Wednesday, Clinton said" must stay with Clinton.)
    # (back through a chain of them: "Nadia Petrov, a senior counsel at the Digital Rights
    # Project, a nonprofit group in Washington, said")
    earlier = [c for c in own if c < nearest]
    while earlier and nearest < cue and indefinite_apposition(sent, earlier[-1], nearest):
        nearest = earlier.pop()
    return WordRef(sent, nearest)


def _floating(w: Word) -> bool:
    return w.lemma.lower() in ("both", "all", "each") or "Reflex=Yes" in w.feats


def inverted_after_quote(sent: Sentence, cue: int, spans: list[QuoteSpan]) -> bool:
    """The cue right after a closing quote mark (and its comma): '"...," says Roe'."""
    j = cue - 1
    while j >= 0 and sent.words[j].text in (",", "?", "!"):
        j -= 1
    return j >= 0 and sent.words[j].text in QUOTE_CHARS and any(s.end == sent.words[j].end for s in spans)


def parenthetical(sent: Sentence, cue: int) -> bool:
    """ ", says Jane Roe," / ", said the engineer.": a cue right after a comma whose noun phrase
    after it closes on a comma or the end of the sentence. Never an "-ing" form: ", saying the
    plan works." is the subject's participle clause, its noun phrase what was said."""
    if cue < 1 or sent.words[cue - 1].text != "," or "Tense=Pres|VerbForm=Part" in sent.words[cue].feats:
        return False
    j = cue + 1
    while j < len(sent.words) and sent.words[j].upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"):
        j += 1
    if j < len(sent.words) - 1 and sent.words[j].text == "," and "VerbForm=Part" in sent.words[j + 1].feats:
        return False  # ("Roe, his chief of staff, urged a strong stand, saying ...": the verb's object)
    return j > cue + 1 and (j == len(sent.words) or sent.words[j].text in (",", ".", ";"))


def leading_preposition(sent: Sentence, index: int) -> bool:
    """A phrase opened by a preposition of manner or medium ("in a short response", "with a
    smile", "during the debate"). Not "of" or "than", which the parse hangs on subjects ("more
    than ten tenants"), nor "after"/"before", which often stand for the conjunction ("after the
    mayor had said")."""
    first = min(sent.subtree(index))
    w = sent.words[first]
    return w.head == index and w.rel == "case" and w.lemma.lower() in ("in", "with", "through", "via", "during", "at")


def clause_after(sent: Sentence, cue: int, index: int) -> bool:
    """Whether a clause of the cue follows word ``index`` with no comma between (after a comma
    it may be an apposition the parse took for a clause: "said Jane Roe, a senior fellow")."""
    for c in sent.children[cue]:
        w = sent.words[c]
        if w.rel not in ("ccomp", "xcomp") or c <= index or any(x.text == "," for x in sent.words[index:c]):
            continue
        kids = [sent.words[k].rel for k in sent.children[c]]
        if w.upos in ("VERB", "AUX") or "cop" in kids:
            return True
    return False


def stray_subjects(sent: Sentence, cue: int, speaker: WordRef, words: set[int]) -> set[int]:
    """A second subject of the cue after it, with the reported clause after that, is the
    clause's own subject ("said presumptive nominee John Doe was a failure"): it is content."""
    for c in sent.children[cue]:
        if sent.words[c].rel == "nsubj" and c != speaker.index and c > cue and words and c < max(words):
            if clause_after(sent, cue, c):
                words = words | set(sent.subtree(c))
    return fronted_subjects(sent, cue, speaker, words)


def fronted_subjects(sent: Sentence, cue: int, speaker: WordRef, words: set[int]) -> set[int]:
    """ "Support rose in February, a new analysis shows" parsed with "Support" a second subject
    of the cue: a subject before the reported clause, which comes before its speaker, is that
    clause's own."""
    if not words or not (max(words) < speaker.index < cue):
        return words
    for c in sent.children[cue]:
        if sent.words[c].rel == "nsubj" and c != speaker.index and c < min(words):
            words = words | set(sent.subtree(c))
    return words


def cut_at_speaker_comma(sent: Sentence, cue: int, speaker: WordRef, words: set[int]) -> set[int]:
    """ "..., local newspaper The Courier reported" with "newspaper" parsed into the content:
    the comma before the speaker's phrase closes the content. (And one after the cue never
    reaches back into the speaker's aside: "Two people familiar with ..., who asked not to be
    named because the deliberations are private, said he was leaning ..." with the "because"
    clause hung on "leaning".)"""
    if speaker.index < cue < max(words) and min(words) > speaker.index:
        return {w for w in words if w > cue}
    if not (cue > speaker.index and max(words) < cue):
        return words
    # (a closing quote mark may stand between the comma and the speaker: '"...," Jane Roe, ...';
    # so may the name a description after it stands for: '"...," Jane Roe, the mayor, said')
    commas = [w.index for w in sent.words[: speaker.index] if w.text == "," and w.index > min(words)]
    cut = -1
    for comma in reversed(commas):
        stretch = range(comma + 1, speaker.index)
        if not all(
            sent.words[i].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or sent.words[i].text in QUOTE_CHARS + ","
            for i in stretch
        ):
            break
        # (past the nearest comma only back to a quote's own: not "hit a vehicle, a sedan, X said")
        if cut >= 0 and not any(sent.words[i].text in QUOTE_CHARS for i in range(comma + 1, cut)):
            break
        cut = comma
    return {w for w in words if w < cut} if cut >= 0 else words


# Verbs whose direct object is the person addressed ("told reporters the plan was dead"), never
# the reported clause's subject.
_ADDRESSEE_VERBS = LISTENER_VERBS | frozenset(
    {"warn", "ask", "promise", "advise", "convince", "persuade", "notify", "show", "teach", "write",
     "email", "text", "urge", "caution", "reassure", "signal"}
)  # fmt: skip
_SUBJECTS = ("nsubj", "csubj", "expl")


def is_finite(sent: Sentence, i: int) -> bool:
    """The clause headed by ``i`` is finite: its verb or an auxiliary/copula says so."""
    if "VerbForm=Fin" in sent.words[i].feats:
        return True
    return any(sent.words[c].rel in ("aux", "cop") and "VerbForm=Fin" in sent.words[c].feats for c in sent.children[i])


def closes_set_off(sent: Sentence, phrase: int, clause: int) -> bool:
    """The only comma between ``phrase``'s words and ``clause`` closes a phrase set off inside
    it ("said the talks, which started a decade ago, remained useful"): the phrase has a comma of
    its own after its head, and nothing but that one comma comes between."""
    sub = sent.subtree(phrase)
    between = [k for k in range(sub[-1] + 1, clause) if sent.words[k].text == ","]
    opened = any(sent.words[k].text == "," for k in sub if k > phrase)
    return len(between) == 1 and opened and all(sent.words[k].upos == "PUNCT" for k in range(sub[-1] + 1, clause))


def has_subject(sent: Sentence, head: int) -> bool:
    """The clause headed by ``head`` has a subject of its own (nominal, clausal or expletive)."""
    return any(sent.words[c].rel in _SUBJECTS for c in sent.children[head])


def raised_subject(sent: Sentence, cue: int, words: set[int]) -> set[int]:
    """ "Roe said [the firm's work] is ongoing" parsed as said -obj-> work, said -ccomp->
    ongoing: "say" takes a clause, so an object right after the cue, followed by a clause of the
    cue with no subject of its own, is that clause's subject. Likewise "said the meetings, which
    started ..., remained useful" with "remained" parsed as a conjunct of the cue with no subject
    and no conjunction: the predicate of the object."""
    if not words or sent.words[cue].lemma.lower() in _ADDRESSEE_VERBS:
        return words
    kids = sent.children[cue]
    # (an indirect object too: "say" has none, so the parse misread a subject)
    obj = next((c for c in kids if sent.words[c].rel in ("obj", "iobj") and min(sent.subtree(c)) == cue + 1), None)
    if obj is None or sent.words[obj].upos == "PRON" and sent.words[obj].lemma.lower() not in ("none", "all", "both"):
        return words
    end = max(sent.subtree(obj))
    for c in kids:
        w = sent.words[c]
        if c <= end or has_subject(sent, c) or w.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if w.rel in ("ccomp", "xcomp") and c in words:
            if any(x.text == "," for x in sent.words[end + 1 : c]) and not closes_set_off(sent, obj, c):
                return words  # ('said O'Neill, on what was his first day': no clause of hers)
            return words | set(range(cue + 1, c)) | set(sent.subtree(obj))
        loose = w.rel == "conj" and not any(sent.words[k].rel == "cc" for k in sent.children[c])
        if loose and obj in words and any(x.text == "," for x in sent.words[max(words) + 1 : c]):
            return words | set(sent.subtree(c))
    return words


_WH = frozenset({"whether", "if", "why", "what", "how", "when", "where", "who", "which"})
_REFUSALS = frozenset({"decline", "refuse", "fail", "avoid", "dodge", "evade", "sidestep"})
# (being allowed to speak is no speaking: "not authorized to speak publicly about the talks")
_PERMISSIONS = frozenset({"authorize", "permit", "allow", "clear", "empower"})


def unanswered_question(sent: Sentence, head: int, cue: int) -> bool:
    """ "would not say whether it agreed", "declined to say why", "couldn't tell what might
    happen": a question the speaker did not answer is nothing they said."""
    words = [i for i in sent.subtree(head) if sent.words[i].upos != "PUNCT"]
    if not words or sent.words[words[0]].lemma.lower() not in _WH or min(words) < cue:
        return False
    return withheld(sent, cue)


def withheld(sent: Sentence, cue: int) -> bool:
    """ "refused to call for his resignation", "did not talk about the case", "would not condemn
    the attack": a speech act the speaker declined or did not perform says nothing of its object."""
    c = sent.words[cue]
    if c.rel != "xcomp" or c.head < 0:
        return _negated(sent, cue)
    # ("did not want to talk about it", "was not authorized to speak about cabinet talks": the
    # verb that governs the cue is negated or only permits it)
    governor = sent.words[c.head].lemma.lower()
    return _negated(sent, cue) or governor in _REFUSALS | _PERMISSIONS or _negated(sent, c.head)


def object_unsaid(sent: Sentence, head: int, cue: int) -> bool:
    """An object-content cue whose object ``head`` is not what anybody said: the act was refused
    or negated, or the cue is passive and ``head`` not its subject (in the passive what was said
    can only be the subject: "Scully's involvement was first reported by the Times")."""
    return withheld(sent, cue) or (is_passive(sent, cue) and sent.words[head].rel != "nsubj")


def _negated(sent: Sentence, cue: int) -> bool:
    return any(sent.words[c].lemma.lower() in ("not", "never", "n't") for c in sent.children[cue])


def misread_object(sent: Sentence, head: int) -> bool:
    """ "announced following the strike: “...”": an object with a preposition is an oblique the
    parse misread, and one running on past a colon a misread lead-in; what was announced comes
    after the colon. (A pattern that asks for an oblique, "called for a ban", means it.)"""
    if sent.words[head].rel == "obl":
        return any(sent.words[i].text == ":" for i in sent.subtree(head))
    # (a clause whose predicate is a phrase: "found that 71 per cent of its members were in favour")
    kids = {sent.words[k].rel for k in sent.children[head]}
    clause = sent.words[head].rel == "ccomp" and {"cop", "nsubj"} <= kids
    return (not clause and any(sent.words[k].rel == "case" for k in sent.children[head])) or any(
        sent.words[i].text == ":" for i in sent.subtree(head)
    )


def named_before(sent: Sentence, head: int, cue: int) -> bool:
    """ "called [it] a bandage solution": a predicate content needs the thing it names, an
    object of the cue before it ("called [him] a strategist" read as two objects too), or the
    subject the parse gave the predicate ("calls [Roe] unqualified")."""
    # (not a name one takes: "men calling themselves the Black Hebrew Israelites")
    if any(
        sent.words[c].rel in ("obj", "iobj") and sent.words[c].text.lower() in _REFLEXIVES for c in sent.children[cue]
    ):
        return False
    return (
        any(sent.words[c].rel in ("obj", "iobj") and c < head for c in sent.children[cue])
        or any(sent.words[c].rel == "nsubj" and cue < c < head for c in sent.children[head])
        or _relative_object(sent, cue)
    )


def _relative_object(sent: Sentence, cue: int) -> bool:
    """ "a practice she calls nonstopping", "what he calls a power grab": the cue is a relative
    clause with a subject of its own (not the relative word), so the noun it hangs on is the
    thing named ("the players who called timeouts": the players call, they are not named)."""
    w = sent.words[cue]
    return (
        w.deprel == "acl:relcl"
        and 0 <= w.head < cue
        and any(sent.words[c].rel == "nsubj" and "PronType=Rel" not in sent.words[c].feats for c in sent.children[cue])
    )


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def acted_on(sent: Sentence, cue: int, words: set[int]) -> set[int]:
    """What a naming or directive cue acts on, between it and the content ("described [the
    impact] as ...", "urged [the council] to ..."): never its speaker. (Only for those: after
    another cue an object may be an inverted speaker: 'But, said Roe, "..."'.)"""
    return {
        i
        for c in sent.children[cue]
        if sent.words[c].rel in ("obj", "iobj") and cue < c < min(words)
        for i in sent.subtree(c)
    }


def stranded_clause_subject(sent: Sentence, cue: int, words: set[int]) -> int | None:
    """ "People with direct knowledge of the work said that ... the firm was paid" parsed with
    "People" as a second subject of "paid": a subject of the reported clause that opens the
    sentence before the cue, while the clause has its own subject after it, is the cue's."""
    for head in sorted(words):
        subjects = [c for c in sent.children[head] if sent.words[c].rel == "nsubj"]
        before = [c for c in subjects if c < cue and min(sent.subtree(c)) == 0]
        if before and any(c > cue for c in subjects) and sent.words[before[0]].upos in ("NOUN", "PROPN", "PRON"):
            return before[0]
    return None


def negated_trailing(sent: Sentence, head: int, cue: int, reach: str, view: bool = False) -> bool:
    """ "Asked about the error, Roe did not apologize": a negated cue after a clause reports
    nothing of that clause (trailing and parenthetical patterns only). Nor does a negated speech
    verb before its clause: "the documents do not say he attempted it", "Roe never said the plan
    would fail" report nothing anyone said, and a quote of the clause would say the opposite. (A
    negated view is still a view held: "doesn't think customers will mind" is reported, as the
    corpora annotate it.) The negation must stand before the cue: "reminded customers never to
    use ..." negates what was said. So does a negative subject ("Neither hospital would say how
    many ...", "No official would say whether ...")."""
    kids = [c for c in sent.children[cue] if c < cue]
    subjects = [c for c in kids if sent.words[c].rel == "nsubj"]
    subjects = subjects if len(subjects) == 1 else []  # (two: "No wonder Trump said" misparsed)
    negative = any(sent.words[c].lemma.lower() in ("nobody", "neither", "none") for c in subjects) or any(
        # (the tagger may take a capitalised "Neither" for a name's part)
        sent.words[k].rel in ("det", "compound") and k < c and sent.words[k].lemma.lower() in ("neither", "no")
        for c in subjects
        if sent.words[c].upos == "NOUN"
        for k in sent.children[c]
    )
    if not negative and not any(sent.words[c].lemma.lower() in ("not", "never", "n't") for c in kids):
        return False
    return (reach == "coordination" and head < cue) or (head > cue and not view)


# Participles that give a noun its name ("a man surnamed Choi", "a nurse named Ana Lopez")
NAMING_PARTICIPLES = frozenset({"named", "surnamed", "nicknamed", "called", "dubbed"})


def naming_participle(sent: Sentence, k: int) -> bool:
    """Word ``k`` is a naming participle before a capitalised word (the name it gives)."""
    return (
        sent.words[k].text.lower() in NAMING_PARTICIPLES
        and k + 1 < len(sent.words)
        and sent.words[k + 1].text[:1].isupper()
    )


def object_deep_in(sent: Sentence, k: int, clause: int) -> bool:
    """Word ``k`` is an object, oblique or modifier inside a clause under ``clause`` (no subject
    of it): "the roads to the salt flats" in "... threatened to cut off the roads to the salt
    flats and opposition legislators accused ...", where a noun joined to it by "and" right before
    a subjectless verb is that verb's subject, not a second object."""
    w = sent.words[k]
    return w.rel in ("obj", "obl", "nmod", "iobj") and clause >= 0 and clause in sent.heads_above(k)
