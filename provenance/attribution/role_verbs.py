"""A role noun the tagger read as a verb before a name, the name then its object and the speech
verb after it its complement ("Trump senior communications adviser Jason Miller said ...",
"Saracens forwards coach Iain Redpath said ..."): the role is the name's title and the name the
speech verb's subject. Moved out of tag_repairs (retags runs it). And a role's last word tagged an
adjective and read as a second subject beside the title word before it ("One Super League club chief
executive said" with "chief" and "executive" both subjects): ``role_split_from_its_title``."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import is_tree, moved, retagged

Moves = dict[int, tuple[int, str]]


def role_noun_read_as_verb(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Trump senior communications adviser Jason Miller said ..." with "adviser" tagged the
    verb, "Miller" its object and "said" its complement: a role noun right before a name,
    followed by a speech verb with no subject of its own, is the name's title, and the name is
    the speech verb's subject. The index of the noun (to retag) and the moves, or (-1, {})."""
    for w in (w for w in sent.words if w.upos == "VERB"):
        i = w.index
        if (titled := _title_before_speaker(sent, i, in_lex)) is not None:
            return i, titled
        name = next((c for c in sent.children[i] if sent.words[c].rel == "obj" and sent.words[c].upos == "PROPN"), None)
        # (a plural role before names joined by "and": "City Council members Rafael Ortiz and Jo Roe")
        several = name is not None and any(sent.words[c].rel == "conj" for c in sent.children[name])
        role = w.text.lower()[:-1] if several and w.text.lower().endswith("s") else w.text.lower()
        # (or a field before the role the name has: "Saracens forwards coach Iain Redpath said")
        field = (
            name is not None
            and sent.words[i + 1].deprel == "compound"
            and in_lex("person_roles", sent.words[i + 1].lemma.lower())
        )
        if name is None or min(sent.subtree(name)) != i + 1 or not (in_lex("person_roles", role) or field):
            continue
        end = max(sent.subtree(name))
        verb = next(
            (c for c in sent.children[i] if c > end and in_lex("speech_verbs", sent.words[c].lemma.lower())), None
        )
        if verb is None or any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[verb]):
            continue
        # ("Texas delegate Jane Roe, wearing a cowboy hat, said": a phrase set off by commas
        # between the name and the verb describes the name)
        described = _set_off(sent, i, end, verb)
        if described is None:
            continue
        moves: Moves = {verb: (w.head, w.rel), name: (verb, "nsubj"), i: (name, "compound")}
        moves.update({c: (name, "acl" if sent.words[c].upos == "VERB" else "appos") for c in described})
        for c in sent.children[i]:
            if c not in (name, verb) and sent.words[c].rel in ("nsubj", "obj", "obl") and c < i:
                moves[c] = (i, "compound")  # ("communications" of "communications adviser")
        return i, moves
    return -1, {}


def _set_off(sent: Sentence, head: int, end: int, verb: int) -> list[int] | None:
    """The phrases of ``head`` between ``end`` and ``verb``: none when they touch, else the
    phrases a pair of commas sets off there; None when anything else stands between."""
    if all(sent.words[k].head == verb and sent.words[k].upos == "ADV" for k in range(end + 1, verb)):
        return []  # (touching, or only the verb's adverbs between: "Cllr O'Sullivan later added")
    if sent.words[end + 1].text != "," or sent.words[verb - 1].text != ",":
        return None
    phrases = [c for c in sent.children[head] if end + 1 < c < verb - 1]
    covered = {k for c in phrases for k in sent.subtree(c)}
    inside = set(range(end + 2, verb - 1))
    return phrases if phrases and inside <= covered else None


def _title_before_speaker(sent: Sentence, i: int, in_lex: Callable[[str, str], bool]) -> Moves | None:
    """'"...," Millikin assistant athletic director Bryan Marshall said.' with "assistant" the
    root verb, "director" its object and "said" its complement with "Marshall" its own subject:
    the words from the role noun to the name are the name's title, and the speech verb is the
    clause's verb."""
    w, kids = sent.words[i], sent.children[i]
    verb = next(
        (
            c
            for c in kids
            if c > i
            and sent.words[c].rel in ("ccomp", "parataxis")
            and in_lex("speech_verbs", sent.words[c].lemma.lower())
        ),
        None,
    )
    if verb is None:
        return None
    subject = next((c for c in sent.children[verb] if sent.words[c].rel == "nsubj" and c < verb), None)
    if subject is None or sent.words[subject].upos != "PROPN":
        return None
    title = range(i, min(sent.subtree(subject)))
    own = set(sent.subtree(i, exclude=[verb]))
    if any(k not in own for k in title):
        return None  # (only the role noun's own phrase between it and the name)
    if not any(in_lex("person_roles", sent.words[k].text.lower()) for k in title):
        return None  # (a title holds a role noun: "assistant athletic director")
    # (a real verb, "Song said candidate Hillary Clinton had said"; an auxiliary, a comma: "will require ..., Roe said")
    verbal = [in_lex(x, w.lemma.lower()) for x in ("speech_verbs", "cognition_verbs")]
    verbal += [sent.words[k].upos == "PUNCT" for k in range(i, subject)] + [sent.words[c].rel == "aux" for c in kids]
    if any(verbal):
        return None
    moves: Moves = {verb: (w.head, w.rel), i: (subject, "compound")}
    moves.update({c: (subject, "compound") for c in kids if c != verb and sent.words[c].upos != "PUNCT"})
    return moves  # ("Millikin", "director" too)


def role_split_from_its_title(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Sentence:
    """``sent`` with "executive" of "One Super League club chief executive said" (tagged an
    adjective, a second subject of "said" beside "chief") the phrase's noun: a role word right
    after another subject of the same verb heads that subject's phrase, which the parse cut."""
    for w in sent.words[1:]:
        before = sent.words[w.index - 1]
        if w.upos != "ADJ" or not in_lex("person_roles", w.lemma.lower()) or before.upos != "NOUN":
            continue
        moves: Moves = {before.index: (w.index, "compound")}
        # (or read as the predicate of the title before it, "chief [is] executive", the clause the
        # cue's complement: the role is the cue's subject, its "who" clause a relative one)
        cue = sent.words[w.head] if w.rel == "ccomp" and w.head > w.index else None
        if cue is not None and before.rel == "nsubj" and before.head == w.index and cue.upos == "VERB":
            moves[w.index] = (cue.index, "nsubj")
            for c in (c for c in sent.children[w.index] if sent.words[c].rel == "conj" and c > w.index):
                if (
                    sent.words[min((k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT"), default=c)].lemma
                    == "who"
                ):
                    moves[c] = (w.index, "acl:relcl")
        elif w.rel != "nsubj" or before.rel != "nsubj" or before.head != w.head:
            continue
        moves.update({c: (w.index, sent.words[c].deprel) for c in sent.children[before.index] if c < before.index})
        if is_tree(sent, moves):
            return retagged(moved(sent, moves), w.index, "NOUN", feats="Number=Sing")
    return sent
