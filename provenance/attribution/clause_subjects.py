"""Subjects of clauses that have none of their own: a participial clause ("..., saying that
...") and a verbless adverbial clause ("while still confident in her victory") share the subject
of the clause they hang on. Fallbacks of ``cues.subject_of``."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, WordRef

from .passives import is_participle
from .spans import CLOSING_QUOTES

# Verbs whose passive participle makes the shared subject the one addressed, not the speaker
# ("when asked whether ...", "pressed on the issue"); not "warned", "said": a finite verb the tagger
# often reads as a participle.
_ADDRESSED = frozenset({"ask", "question", "press", "quiz", "query", "tell", "inform"})


def verbless_clause_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "Many Democrats, while still confident in her victory, are warning ...": an adjective
    heading an adverbial clause has no subject of its own; it is the main clause's."""
    w = sent.words[index]
    if w.upos != "ADJ" or w.rel != "advcl" or w.head < 0:
        return None
    return next((WordRef(sent, c) for c in sent.children[w.head] if sent.words[c].rel == "nsubj"), None)


def participle_subject(sent: Sentence, index: int) -> WordRef | None:
    """ "The mayor defended the budget, saying that ...": a participial speech clause has no
    subject of its own; the subject of the clause it hangs on is the speaker. The parse may hang
    it as a complement or conjunct of the main verb ("the mayor said, adding that ..."), and the
    main verb's subject may sit further up ("The union appeared to reject the offer, saying ..."
    with the participle under "reject")."""
    w = sent.words[index]
    # (a clausal *subject* after its predicate is a misparse of the same participle)
    late_csubj = w.rel == "csubj" and w.head < index
    if (w.rel not in ("advcl", "xcomp", "ccomp", "conj", "parataxis") and not late_csubj) or not is_participle(w):
        return None
    if w.head < 0 or any(sent.words[c].rel == "expl" for c in sent.children[index]):
        return None  # ("when it was revealed that ...": a passive with its expletive, no participle)
    perfect = any(sent.words[c].rel == "aux" and sent.words[c].lemma.lower() == "have" for c in sent.children[index])
    if "Voice=Pass" in w.feats and not perfect and w.lemma.lower() in _ADDRESSED:
        return None  # ("Trump bristled when asked whether ...": a passive participle; he was asked)
    end = max(sent.subtree(index))
    end += 1 if end + 1 < len(sent.words) and sent.words[end + 1].text == "," else 0
    if (
        w.rel == "advcl"
        and index < w.head
        and sent.words[w.head].upos in ("VERB", "AUX")
        and sent.words[end].text == ","
    ):
        # ("While saying that he respects her, he went on": a fronted participle set off by its
        # comma has the main clause's subject, after it)
        after = [c for c in sent.children[w.head] if sent.words[c].rel == "nsubj" and c > end]
        if after:
            return WordRef(sent, after[0])
    # "The charges carry ten years, Roe said, adding that ...": the participle continues the
    # verb just before its comma, wherever the parse hung it.
    if index >= 2 and sent.words[index - 1].text == "," and sent.words[index - 2].upos == "VERB":
        before = index - 2
        # (or the verb whose report that verb heads: "The minister said the plan would work, saying ...")
        reported = sent.words[before].rel == "ccomp" and sent.words[before].head == w.head
        if _subordinate(sent, before) and before != w.head or reported:
            # ("Residents were outraged by the decision that the park would close, saying ...":
            # a clause inside another is not what the participle continues)
            return _subject_up(sent, index, w.head)
        subjects = [c for c in sent.children[before] if sent.words[c].rel == "nsubj" and c < before]
        if subjects:
            return WordRef(sent, _apposed_name_first(subjects, sent))  # the nearest: "Each ... carries ..., Roe said"
    return _subject_up(sent, index, w.head)


def _apposed_name_first(subjects: list[int], sent: Sentence) -> int:
    """The last of the subjects, unless it is a description set off by a comma right after a name
    that is a subject too ("Miriam Koenig, chief film critic of the Abendpost, was less
    impressed, describing it as ..." with both read as subjects): then the name."""
    last = subjects[-1]
    first = min(sent.subtree(last))
    name = subjects[-2] if len(subjects) >= 2 else -1
    if name >= 0 and sent.words[name].upos == "PROPN" and sent.words[last].upos == "NOUN" and first > 0:
        if sent.words[first].text != "," and sent.words[first - 1].text == "," and first - 2 == name:
            return name
    return last


def _subordinate(sent: Sentence, index: int) -> bool:
    """A clause that is part of another: a noun's (relative or content) clause, or one opened by
    a subordinator ("that", "when", "because")."""
    return sent.words[index].rel == "acl" or any(sent.words[c].rel == "mark" for c in sent.children[index])


def _content_clause_host(sent: Sentence, h: int) -> int | None:
    """The predicate a clause inside another belongs to, through the noun it completes or
    describes: "angry at the announcement that the bureau was reviewing files" gives "angry",
    "slammed a lawsuit filed by a staffer alleging that ..." gives "slammed"."""
    host = None
    for _ in range(4):
        w = sent.words[h]
        marked = any(
            sent.words[c].rel == "mark" and sent.words[c].lemma.lower() in ("that", "whether", "if")
            for c in sent.children[h]
        )
        if w.head < 0 or not ((marked and w.rel in ("ccomp", "advcl", "acl")) or w.rel == "acl"):
            return host
        up = w.head
        if sent.words[up].upos in ("NOUN", "PROPN") and sent.words[up].head >= 0:
            up = sent.words[up].head
        if sent.words[up].upos not in ("VERB", "ADJ", "AUX"):
            return host
        h = host = up
    return host


def _subject_up(sent: Sentence, index: int, h: int) -> WordRef | None:
    """The subject of the clause ``h`` a participle at ``index`` hangs on, or of a clause above
    it that it continues."""
    for _ in range(3):
        if sent.words[h].rel == "ccomp" and sent.words[h].head >= 0 and sent.words[sent.words[h].head].upos == "VERB":
            # 'Roe said, "I don't like it," adding that ...': the participle hangs on the reported
            # clause, but it continues the verb that reported it; the clause's own subject ("I")
            # is part of what was said
            h = sent.words[h].head
        if index > 0 and sent.words[index - 1].text == ",":
            # "Democrats were angry at the announcement that the bureau was reviewing files,
            # saying ...": the participle after a that-clause continues the clause that holds
            # it; the that-clause's subject is part of what was announced
            h = _content_clause_host(sent, h) or h
        subjects = [c for c in sent.children[h] if sent.words[c].rel == "nsubj" and c < index]
        # ("..., upset there wasn't a referendum, calling it ...": what an existential "there
        # was" clause has is no agent; the participle goes on to the clause it is a conjunct of)
        existential = any(sent.words[c].rel == "expl" for c in sent.children[h])
        if subjects and not existential:
            # (the one before the verb: "many of the people ... worry about the questions, the
            # ones about ..., believing" with "the ones" a second subject after it)
            return WordRef(sent, _apposed_name_first([c for c in subjects if c < h] or subjects, sent))
        if not subjects and (inverted := _inverted_speaker(sent, h, index)) is not None:
            return WordRef(sent, inverted)
        up = sent.words[h].head
        if up < 0 or sent.words[h].rel not in ("xcomp", "conj", "advcl", "acl"):
            return None
        if sent.words[h].rel in ("advcl", "acl") and sent.words[up].upos == "PROPN" and sent.words[up].head < 0:
            # "Mr. Roe, channeling his roots, responded by saying ..." parsed with the name as the
            # root and the verbs as its modifiers: the name is their subject
            return WordRef(sent, up)
        if sent.words[h].rel in ("advcl", "acl") and sent.words[up].upos != "VERB":
            return None
        h = up
    return None


def _inverted_speaker(sent: Sentence, h: int, index: int) -> int | None:
    """'"...," said the lawyer for the soldiers, Fatoumata Bagayogo, adding that ...' with the
    speaker read as the object of the inverted verb: after a quotation or a comma, a verb with no
    subject has its speaker in the noun after it, before the participle (the name it sets off,
    if any)."""
    before = [w.text for w in sent.words[max(0, h - 2) : h]]
    quoted = bool(before) and (before[-1] in CLOSING_QUOTES or before[-1] == "," and before[0] in CLOSING_QUOTES)
    if sent.words[h].upos != "VERB" or not quoted:
        return None
    obj = next((c for c in sent.children[h] if sent.words[c].rel in ("obj", "iobj") and h < c < index), None)
    if obj is None or sent.words[obj].upos not in ("NOUN", "PROPN"):
        return None
    name = next((c for c in sent.children[obj] if sent.words[c].rel == "appos" and sent.words[c].upos == "PROPN"), None)
    return name if name is not None else obj if sent.words[obj].upos == "PROPN" else None
