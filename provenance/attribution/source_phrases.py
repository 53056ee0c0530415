"""The phrases that name a source, put in the clause they qualify: "according to" (the noun it takes
and the adjective that describes it, the whole clause it qualifies however the parse hung it, a
description after its name, the clause's subject hung on the phrase) and what a citing verb cites ("citing sources at both clubs"); and a
number the phrase's clause has for subject, read as an oblique ("more than 150 of the players have
received"), and a subject opened by "as" read into the phrase before ("... strained as Greens
threaten to ..."). Part of
``phrase_repairs.phrase_repairs`` (tests/test_according_sources.py, tests/test_local_copy_shapes.py)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .content import has_subject

InLexicon = Callable[[str, str], bool]


def according_read_as_mark(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to people familiar with United's thinking, the club ..." (or "to a person
    familiar with the matter") with "According" the ``mark`` or ``case`` of "familiar" and
    "people" an oblique of the clause: "according to" takes the noun after it, and the adjective
    right after that noun describes it. "..., according to people familiar with the
    negotiations." with "people" an oblique of "familiar" and the adjective the clause's: the noun
    is the clause's oblique, the adjective its modifier."""
    for w in sent.words:
        if w.text.lower() != "according" or w.index + 2 >= len(sent.words) or w.deprel not in ("mark", "case"):
            continue
        to = sent.words[w.index + 1]
        noun = sent.words[to.head] if to.head > to.index else sent.words[w.head] if w.head > to.index else None
        if to.text.lower() != "to" or noun is None or noun.upos != "NOUN":
            continue
        # (only a determiner or number between: "to a person", "to two people")
        if not all(sent.words[k].upos in ("DET", "NUM") for k in range(to.index + 1, noun.index)):
            continue
        adjective = sent.words[w.head]
        if adjective.index > noun.index and adjective.upos == "ADJ" and noun.head == adjective.head:
            return {w.index: (noun.index, "case"), adjective.index: (noun.index, "amod")}
        after = sent.words[noun.index + 1] if noun.index + 1 < len(sent.words) else None
        if w.head == noun.index and after is not None and after.upos == "ADJ" and noun.head == after.index >= 0:
            if after.head >= 0:
                return {noun.index: (after.head, "obl"), after.index: (noun.index, "amod")}
    return {}


def according_read_as_subject(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to RBC Capital Markets' Kaan Peker, the bigger risk was China" with "Peker" a
    second subject of the clause: a noun "according to" marks is the clause's oblique, never its
    subject."""
    for w in sent.words:
        case = any(sent.words[c].text.lower() == "according" for c in sent.children[w.index])
        if case and w.rel in ("nsubj", "nsubj:pass") and w.head >= 0:
            return {w.index: (w.head, "obl")}
    return {}


def according_hung_on_content(sent: Sentence, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """ "The minister said the talks had failed, according to Reuters" with "according to Reuters"
    hung on "failed": a trailing "according to" after what a speech verb's subject said qualifies
    the whole report (as it does opening the sentence: "According to Reuters, the minister said
    ..."), so it hangs on the speech verb; the minister still said it."""
    for w in sent.words:
        marked = any(sent.words[c].text.lower() == "according" for c in sent.children[w.index])
        content = sent.words[w.head] if w.head >= 0 else None
        if not marked or w.rel != "obl" or content is None or content.rel != "ccomp" or content.head < 0:
            continue
        verb = sent.words[content.head]
        subject = any(sent.words[c].rel == "nsubj" for c in sent.children[verb.index])
        trailing = min(sent.subtree(w.index)) > max(
            k for k in sent.subtree(content.index) if k not in sent.subtree(w.index)
        )
        if subject and trailing and in_lex("speech_verbs", verb.lemma.lower()) and verb.index < content.index:
            return {w.index: (verb.index, "obl")}
    return {}


def according_hung_in_phrase(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "... rejected a third offer for the midfielder, worth £62 million including add-ons,
    according to people familiar with the negotiations." with "people" an oblique of "add-ons"
    ("... a second research group he co-directs, according to an email" with the relative clause's
    verb, or "to include" with the infinitive's, or an adverbial clause's): "according to" set off
    by a comma never qualifies a noun or an embedded clause; it hangs on the main clause's verb."""
    for w in sent.words:
        marked = [c for c in sent.children[w.index] if sent.words[c].text.lower() == "according"]
        if not marked or w.rel not in ("obl", "nmod") or marked[0] < 1 or sent.words[marked[0] - 1].text != ",":
            continue
        h = w.head  # (up through the noun phrase, and a relative clause in it: "a group he co-directs, according to")
        if _set_off_relative(sent, h):
            continue  # ("... and worsen inflation, which stood at 24.5 per cent, according to the NBS": the figure's)
        while (
            h >= 0
            and sent.words[h].rel != "root"
            and (
                sent.words[h].upos in ("NOUN", "PROPN", "NUM", "ADJ")
                or sent.words[h].deprel in ("acl:relcl", "acl", "xcomp", "advcl")
                or _who_clause(sent, h)  # (a relative clause the parse made a complement)
            )
            # (not past a noun that is a clause's predicate: "..., and he will be part of efforts ..., according to")
            and not (
                sent.words[h].upos != "VERB" and any(sent.words[c].rel in ("nsubj", "cop") for c in sent.children[h])
            )
        ):
            h = sent.words[h].head
        # (or the main clause's predicate with its copula: "Netball is the most popular team sport
        # among women ..., according to Sport England"; not a report's: "says his streak is proof")
        predicate = h >= 0 and sent.words[h].rel == "root" and any(sent.words[c].rel == "cop" for c in sent.children[h])
        predicate = (
            predicate and sent.words[w.head].upos != "VERB"
        )  # (not from a verb: "kinds to detect, according to")
        if h != w.head and h >= 0 and (sent.words[h].upos == "VERB" or predicate):
            return {w.index: (h, "obl")}
    return {}


def _set_off_relative(sent: Sentence, h: int) -> bool:
    """``h`` is the verb of a relative clause set off by a comma, with its relative pronoun."""
    w = sent.words[h] if h >= 0 else None
    if w is None or w.deprel != "acl:relcl":
        return False
    first = min(k for k in sent.subtree(h) if sent.words[k].upos != "PUNCT")
    return first > 0 and sent.words[first - 1].text == "," and sent.words[first].text.lower() in ("which", "who")


def according_under_participle(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to Health NZ's own survey, published in June, one in four doctors intends to
    leave" with "survey" an oblique of "published", the main verb's adverbial clause: the
    participle set off after the document describes it, and "according to" opening the sentence
    hangs on the main verb."""
    if len(sent.words) < 4 or sent.words[0].text.lower() != "according":
        return {}
    noun = sent.words[0].head
    participle = sent.words[noun].head if noun >= 0 else -1
    if participle < 0 or sent.words[noun].rel != "obl" or sent.words[participle].deprel != "advcl":
        return {}
    p = sent.words[participle]
    if p.upos != "VERB" or "VerbForm=Part" not in p.feats or p.head < 0 or participle != noun + 2:
        return {}
    return {noun: (p.head, "obl"), participle: (noun, "acl")}


def _who_clause(sent: Sentence, h: int) -> bool:
    """ "defeating Diane Lafontaine, who has led the union since 2016, according to" with "led" a
    complement: a clause whose subject is "who" or "which" is a relative clause."""
    return sent.words[h].deprel == "ccomp" and any(
        sent.words[c].rel == "nsubj" and sent.words[c].lemma.lower() in ("who", "which") for c in sent.children[h]
    )


def according_to_a_time(sent: Sentence, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """ "according to a report last month in the South China Morning Post" with "month" the head
    and "report" its compound: "according to" takes the noun, and the time says when it was."""
    for w in sent.words:
        if not in_lex("time_nouns", w.lemma.lower()) or not any(
            sent.words[c].text.lower() == "according" for c in sent.children[w.index]
        ):
            continue
        noun = next((c for c in sent.children[w.index] if sent.words[c].deprel == "compound" and c < w.index), None)
        if noun is None or sent.words[noun].upos != "NOUN":
            continue
        keep = {c for c in sent.children[w.index] if sent.words[c].rel == "amod" and c > noun}  # ("last")
        moves = {noun: (w.head, w.deprel), w.index: (noun, "nmod:tmod")}
        return moves | {c: (noun, sent.words[c].deprel) for c in sent.children[w.index] if c != noun and c not in keep}
    return {}


def apposition_after_according(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "..., according to Zhao Xinyi, a co-author at the Yunling Astronomical Observatory." with "co-author"
    a second object of the clause's verb: a noun phrase with its article set off right after the
    name "according to" takes describes the name."""
    for w in sent.words:
        marked = any(sent.words[c].text.lower() == "according" for c in sent.children[w.index])
        end = w.index if marked else -1  # (up to its first comma: the parse may hang the closing one on it)
        while marked and end + 1 in sent.subtree(w.index) and sent.words[end + 1].text != ",":
            end += 1
        if not marked or w.upos != "PROPN" or end + 2 >= len(sent.words) or sent.words[end + 1].text != ",":
            continue
        det = sent.words[end + 2]
        head = det.head if det.deprel == "det" else -1
        # (read as an argument of the verb; a parataxis is read by word order already: "..., a lawyer representing";
        # or as a second subject: "According to Dawn, the Karachi-based newspaper, the board's inquiry will")
        noun = sent.words[head] if head > det.index else None
        if noun is None or noun.upos != "NOUN":
            continue
        second = noun.rel == "nsubj" and any(
            sent.words[c].rel == "nsubj" and c > head for c in sent.children[noun.head]
        )
        if noun.rel in ("obj", "iobj", "conj") or second:
            if all(k in sent.subtree(head) for k in range(end + 2, head)):
                return {head: (w.index, "appos")}
    return subject_hung_on_according(sent)  # (else the other way round: the subject read as an apposition)


_BOUNDS = frozenset({"least", "most"})


def subject_hung_on_according(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to the Finnish Border Guard, most of the people who arrived in late 2023 came
    from Yemen" with "most" an apposition of "Guard"; "According to the Philippine coast guard, at
    least nine Chinese vessels ... were monitored" with "vessels" an "at" oblique of "monitored":
    the clause "according to" qualifies has no subject, and the phrase set off after the source's
    comma, running up to the clause's verb (its auxiliaries, commas), is that subject ("at least"
    bounds a number; it opens no place)."""
    for w in sent.words:
        if not any(sent.words[c].text.lower() == "according" for c in sent.children[w.index]) or w.head < 0:
            continue
        verb = sent.words[w.head]
        if w.rel != "obl" or verb.index < w.index or verb.upos != "VERB" or has_subject(sent, verb.index):
            continue
        after = [c for c in sent.children[w.index] if c > w.index and sent.words[c].deprel == "appos"]
        after += [c for c in sent.children[verb.index] if w.index < c < verb.index and sent.words[c].rel == "obl"]
        for n in after:
            first = min(sent.subtree(n))
            bound = sent.words[first].text.lower() == "at" and sent.words[first + 1].text.lower() in _BOUNDS
            end = max(sent.subtree(n))
            # (a phrase of the subject's relative clause the parse gave the verb: "most of the people
            # who arrived | in late 2023 | came from Yemen")
            relative = next(
                (k for k in sent.subtree(n) if sent.words[k].deprel == "acl:relcl" and max(sent.subtree(k)) == end), -1
            )
            torn = (
                [c for c in sent.children[verb.index] if end < c < verb.index and sent.words[c].rel == "obl"]
                if relative >= 0
                else []
            )
            gap = [k for k in range(end + 1, verb.index) if not any(k in sent.subtree(c) for c in torn)]
            if sent.words[first - 1].text != "," or not all(sent.words[k].upos in ("AUX", "ADV", "PUNCT") for k in gap):
                continue
            if sent.words[n].deprel == "obl" and not bound:
                continue
            passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[verb.index])
            moves = {n: (verb.index, "nsubj:pass" if passive else "nsubj"), **{c: (relative, "obl") for c in torn}}
            return moves | ({first: (n, "advmod"), first + 1: (first, "fixed")} if bound else {})
    return {}


def cited_sources_place(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Sky Sports News reported, citing sources at both clubs, that ..." with "clubs" an oblique
    of "citing": a phrase right after what a citing verb cites places the sources cited."""
    if moves := citing_read_as_modifier(sent):
        return moves
    for w in sent.words:
        if w.lemma.lower() not in ("cite", "quote") or w.upos != "VERB":
            continue
        for o in (c for c in sent.children[w.index] if sent.words[c].rel == "obj"):
            end = max(sent.subtree(o))
            for p in sent.children[w.index]:
                case = [k for k in sent.children[p] if sent.words[k].rel == "case" and k == end + 1]
                if (
                    sent.words[p].rel == "obl"
                    and case
                    and sent.words[case[0]].lemma.lower() in ("at", "in", "from", "inside", "within")
                ):
                    return {p: (o, "nmod")}
    return {}


def citing_read_as_modifier(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "The Athletic, citing league sources, reported that ..." with "citing" a modifier of
    "sources" and "sources" a conjunct of the subject: a "citing" phrase set off by commas after a
    noun is a participle on that noun, and what follows it what it cites."""
    for w in sent.words[2:]:
        k = w.index
        if w.lemma.lower() not in ("cite", "quote") or not w.text.lower().endswith("ing") or w.rel != "amod":
            continue
        cited = w.head
        close = max(j for j in sent.subtree(cited) if sent.words[j].upos != "PUNCT") + 1
        if sent.words[k - 1].text != "," or cited <= k or close >= len(sent.words) or sent.words[close].text != ",":
            continue
        anchor = k - 2  # (the noun the phrase is set off after: its phrase's head)
        while k - 1 > sent.words[anchor].head > anchor:
            anchor = sent.words[anchor].head
        if sent.words[anchor].upos in ("NOUN", "PROPN") and cited not in sent.heads_above(anchor):
            return {cited: (k, "obj"), k: (anchor, "acl")}
    return {}


def according_phrase_moves(sent: Sentence) -> dict[int, tuple[int, str]]:
    """An "according to" phrase the parse hung inside another phrase, or under a participle."""
    return according_hung_in_phrase(sent) or according_under_participle(sent)


_COMPARATIVES = frozenset({"more", "fewer", "less"})


def quantity_subject_read_as_oblique(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "According to the claimants' lawyers, more than 150 of the players have received a
    diagnosis" with "150" an oblique under "than" and "more" an adverb of the verb, which is left
    with no subject: "more than" (or "fewer", "less") bounds the number, it opens no phrase, so a
    number right before the verb's auxiliaries (its "of" phrase aside) is the verb's subject."""
    for w in sent.words[2:]:
        than, more = sent.words[w.index - 1], sent.words[w.index - 2]
        if w.upos != "NUM" or w.rel != "obl" or than.text.lower() != "than" or than.head != w.index:
            continue
        # (the number hung on the verb or on "more"; or both on a cue before them: "She said fewer
        # than 20 of the staff had been paid", the number the subject of the cue's clause after it)
        verb = sent.words[more.head if w.head == more.index else w.head]
        if more.text.lower() not in _COMPARATIVES or more.head != verb.index:
            continue
        if verb.index < w.index:
            end = max(sent.subtree(w.index))
            later = [c for c in sent.children[verb.index] if c > end and sent.words[c].rel == "ccomp"]
            if not later or min(sent.subtree(later[0])) != end + 1:
                continue
            verb = sent.words[later[0]]
        if any(sent.words[c].rel.startswith("nsubj") or sent.words[c].rel == "expl" for c in sent.children[verb.index]):
            continue
        between = range(max(sent.subtree(w.index)) + 1, verb.index)
        if any(sent.words[k].upos not in ("AUX", "ADV", "PART") for k in between):
            continue
        passive = any(sent.words[c].rel == "aux:pass" for c in sent.children[verb.index])
        return {w.index: (verb.index, "nsubj:pass" if passive else "nsubj"), more.index: (w.index, "advmod"),
                than.index: (more.index, "fixed")}  # fmt: skip
    return {}


def as_clause_read_into_subject(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Scholz coalition strained as Greens threaten to block budget deal" with "Greens" an
    ``obl:agent`` inside the subject's phrase ("as" its case) and "coalition" the subject of
    "threaten": a noun right before a finite verb, opened by "as", is that verb's subject and "as"
    its conjunction; the phrase before it is a clause of its own."""
    for n in sent.words:
        v = sent.words[n.index + 1] if n.index + 1 < len(sent.words) else None
        if v is None or n.upos not in ("PROPN", "NOUN") or n.rel not in ("obl", "nmod") or v.upos != "VERB":
            continue
        case = [
            c for c in sent.children[n.index] if sent.words[c].rel == "case" and sent.words[c].lemma.lower() == "as"
        ]
        subject = next((c for c in sent.children[v.index] if sent.words[c].rel == "nsubj"), -1)
        if not case or "VerbForm=Fin" not in v.feats or subject < 0 or n.index not in sent.subtree(subject):
            continue
        return {n.index: (v.index, "nsubj"), case[0]: (v.index, "mark"), subject: (v.index, "advcl")}
    return {}
