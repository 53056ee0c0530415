"""Noun phrases the parser split or headed on the wrong word, so that a source or a subject never
reaches its clause: a modifier made the noun's head ("according to aides close to him" as
``obl(close, aides)``, "People close to Clinton say" as ``nsubj(close, People)``), names joined by
a slash read as a coordination ("a Reuters/Ipsos poll"), a plural's possessive apostrophe read as
punctuation ("the Canadian Home Builders' Association"). Used by repairs.py;
tests/test_according_sources.py and tests/test_source_phrases.py."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word, lexicon_forms

from .content import has_subject
from .tree_edits import phrase_taken_from

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]


def source_modifier_as_head(sent: Sentence, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """ "according to people close to the campaign", "according to aides close to him": the
    parse makes the modifier after the source noun the phrase's head (``obl(close, people)``,
    ``advcl(called, close)``) or its sibling (``advmod(paid, close)``), and the source never
    reaches the clause it qualifies. The noun a prepositional cue marks heads its phrase, so
    an adjective, adverb or participle right after it is its modifier (``amod``/``acl``) and
    the noun takes the modifier's place in the clause."""
    moves: dict[int, tuple[int, str]] = {}
    for cue in sent.words:
        if cue.rel not in ("case", "mark") or not in_lex("prepositional_cues", cue.text.lower()):
            continue
        noun = sent.words[cue.head]
        after = noun.index + 1
        if noun.upos not in ("NOUN", "PRON") or cue.index > noun.index or after >= len(sent.words):
            continue
        mod = sent.words[after]
        participle = mod.upos == "VERB" and "VerbForm=Part" in mod.feats
        # (a modifier with nothing of its own after it, "officials there", is not the case; its
        # complement may hang on the noun: "officials close [to the mayor]")
        own = sent.children[after] or (
            after + 1 < len(sent.words)
            and sent.words[after + 1].upos == "ADP"
            and after + 1 in sent.subtree(noun.index)
        )
        if not (mod.upos in ("ADJ", "ADV") or participle) or not own:
            continue
        if noun.head == after and mod.head >= 0:
            moves[noun.index] = (mod.head, "obl")
        elif noun.head != mod.head or mod.head < 0:
            continue
        moves[after] = (noun.index, "acl" if participle else "amod")
    return moves


def subject_modifier_as_head(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "People close to Clinton say ...", '"...," people familiar with the plan said': the parse
    makes the adjective or participle after the subject noun the head of the noun
    (``nsubj(close, People)``) and hangs it on the clause, so the speech verb right after the
    phrase has no subject. The noun is the verb's subject and the word after it its modifier
    (not with a copula: "People are close to Clinton")."""
    moves: dict[int, tuple[int, str]] = {}
    for noun in sent.words:
        mod_i = noun.index + 1
        if noun.rel == "nsubj" and mod_i < len(sent.words) and _sibling_modifier(sent, noun.index, mod_i):
            moves[mod_i] = (noun.index, "amod")  # "A person close to Young said"
            continue
        if noun.rel != "nsubj" or noun.head != mod_i or noun.upos not in ("NOUN", "PRON"):
            continue
        mod = sent.words[mod_i]
        participle = mod.upos == "VERB" and "VerbForm=Part" in mod.feats
        kids = [sent.words[c] for c in sent.children[mod_i]]
        if not (mod.upos == "ADJ" or participle) or any(k.rel in ("cop", "aux", "aux:pass") for k in kids):
            continue
        if not any(k.rel in ("obl", "nmod", "nsubj") and k.index > mod_i for k in kids):
            # (a phrase running on after the modifier: "close to Clinton"; or its noun taken for
            # the verb's subject: "..., two people familiar with the plan told Reuters")
            if (taken := _complement_as_subject(sent, mod_i, is_speech)) is not None:
                moves[taken[0]] = (mod_i, "obl")
                moves[noun.index] = (taken[1], "nsubj")
                moves[mod_i] = (noun.index, "acl" if participle else "amod")
            continue
        verb, inside = _verb_after_phrase(sent, mod_i, is_speech)
        if verb < 0:
            continue
        moves.update(inside)
        moves[noun.index] = (verb, "nsubj")
        moves[mod_i] = (noun.index, "acl" if participle else "amod")
    return moves


def _complement_as_subject(sent: Sentence, mod_i: int, is_speech: IsSpeech) -> tuple[int, int] | None:
    """ "people familiar with the plan told Reuters" as ``nsubj(told, plan)`` + ``case(plan,
    with)``, the modifier left without its complement: the noun after the preposition, which
    the parse made the subject of the speech verb right after its phrase (a noun with a
    preposition is no subject). (noun, verb), or None."""
    prep = mod_i + 1
    if prep >= len(sent.words) or sent.words[prep].rel != "case":
        return None
    comp = sent.words[prep].head
    if comp <= prep or sent.words[comp].rel != "nsubj" or max(sent.subtree(comp)) != sent.words[comp].head - 1:
        return None
    verb = sent.words[comp].head
    subjects = [c for c in sent.children[verb] if sent.words[c].rel in ("nsubj", "nsubj:pass")]
    return (comp, verb) if is_speech(sent.words[verb], sent) and subjects == [comp] else None


def _sibling_modifier(sent: Sentence, noun: int, mod_i: int) -> bool:
    """ "A person close to Young said" as ``advmod(said, close)`` + ``nmod(person, Young)``: an
    adjective or adverb right after the subject, hung on the subject's verb, whose complement
    the parse gave the subject."""
    mod, after = sent.words[mod_i], mod_i + 1
    return (
        sent.words[noun].upos in ("NOUN", "PRON")
        and mod.upos in ("ADJ", "ADV")
        and mod.head == sent.words[noun].head
        and mod.rel in ("advmod", "amod", "obl")
        and not sent.children[mod_i]
        and after < len(sent.words)
        and sent.words[after].upos == "ADP"
        and after in sent.subtree(noun)
    )


def _verb_after_phrase(sent: Sentence, mod_i: int, is_speech: IsSpeech) -> tuple[int, dict[int, tuple[int, str]]]:
    """The speech verb with no subject right after the modifier's phrase; or one the parse hung
    inside it with the phrase's name as its subject ('"...," people close to Clinton say' as
    ``nsubj(say, Clinton)`` + ``case(Clinton, to)`` + ``obl(close, say)``: a noun with a
    preposition is no subject), with the moves that take it out: the name back to the modifier,
    the verb to the modifier's place, and a quoted clause before it under the verb."""
    sub = sent.subtree(mod_i)
    after = max(sub) + 1
    # (right after it: "the meeting deteriorated from there, said one source" is a clause)
    if after < len(sent.words) and sent.words[after - 1].upos != "PUNCT":
        v = sent.words[after]
        if (
            v.upos == "VERB"
            and is_speech(v, sent)
            and not any(sent.words[c].rel == "nsubj" for c in sent.children[after])
        ):
            return after, {}
    mod = sent.words[mod_i]
    i = max(sub)  # (the last word of the phrase)
    v = sent.words[i]
    subj = [c for c in sent.children[i] if sent.words[c].rel == "nsubj"]
    if i > mod_i and v.upos == "VERB" and is_speech(v, sent) and len(subj) == 1:
        if not any(sent.words[k].rel == "case" for k in sent.children[subj[0]]):
            return -1, {}
        moves = {subj[0]: (mod_i, "obl")}
        head = sent.words[mod.head] if mod.head >= 0 else None
        if head is not None and mod.rel in ("ccomp", "parataxis") and head.index < mod_i:
            moves[i] = (head.head, head.deprel)  # the quoted clause before: the verb's complement
            moves[head.index] = (i, "ccomp")
        else:
            moves[i] = (mod.head, mod.deprel)
        return i, moves
    return -1, {}


def slash_compound(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "A new Reuters/Ipsos poll shows ..." as ``nsubj(shows, Reuters)`` + ``conj(Reuters,
    poll)`` with "/" as the coordinator: names joined by a slash before a common noun modify
    that noun ("an NBC/WSJ poll"), which heads the phrase and takes its determiners."""
    moves: dict[int, tuple[int, str]] = {}
    for noun in sent.words:
        first = sent.words[noun.head] if noun.head >= 0 else None
        if noun.deprel != "conj" or noun.upos != "NOUN" or first is None or first.upos != "PROPN":
            continue
        slash = [c for c in sent.subtree(noun.index) if sent.words[c].text == "/" and first.index < c < noun.index]
        if not slash or first.head == noun.index:
            continue
        moves[noun.index] = (first.head, first.deprel)
        moves[first.index] = (noun.index, "compound")
        for c in sent.children[first.index]:
            if c < first.index:
                moves[c] = (noun.index, sent.words[c].deprel)  # ("A new": the noun's)
    return moves


_APOSTROPHES = ("'", "’")


def plural_possessive(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "The Canadian Home Builders' Association said" with the apostrophe read as punctuation
    and "Builders" as a second subject: a word ending in "s" with an apostrophe written right
    after it, before a noun, is that noun's possessor (the apostrophe its ``case``)."""
    moves: dict[int, tuple[int, str]] = {}
    for mark in sent.words[1:-1]:
        owner, noun = sent.words[mark.index - 1], sent.words[mark.index + 1]
        if mark.text not in _APOSTROPHES or mark.upos != "PUNCT" or owner.end != mark.start:
            continue
        if (
            not owner.text.lower().endswith("s")
            or owner.upos not in ("NOUN", "PROPN")
            or noun.upos not in ("NOUN", "PROPN")
        ):
            continue
        if owner.head == noun.index or noun.head == owner.index:
            continue
        moves[owner.index] = (noun.index, "nmod:poss")
        moves[mark.index] = (owner.index, "case")
    return moves


def time_subject(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """ "Wednesday at the debate, candidate Jane Roe said ..." with "Wednesday" the subject and
    the speaker its conjunct after the comma: a time never speaks, so the noun phrase after the
    fronted time is the subject and the time the verb's modifier."""
    for verb in sent.words:
        if not is_speech(verb, sent):
            continue
        subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
        if len(subjects) != 1 or not in_lex("time_nouns", sent.words[subjects[0]].lemma.lower()):
            continue
        time = subjects[0]
        for c in sent.children[time]:
            w = sent.words[c]
            if (
                c > time
                and w.rel == "conj"
                and w.upos in ("PROPN", "NOUN")
                and sent.words[min(sent.subtree(c)) - 1].text == ","
            ):
                # (with a title hung word by word on the time: "Meanwhile, Congress MLA from X,")
                return phrase_taken_from(sent, time, c, verb.index, "nsubj") | {time: (verb.index, "obl:tmod")}
    return {}


def speech_participle_as_modifier(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "Fiorina was upfront about her distaste for Trump, saying conservatives need to band
    together" with ``amod(conservatives, saying)`` and the clause a conjunct of the main verb: a
    speech participle after a comma, right before the subject of a later clause, modifies no
    noun (English says "the saying conservatives" of no one). It is the participle clause of
    the sentence's verb, and the later clause is what it reports."""
    for w in sent.words:
        if w.upos != "VERB" or w.rel != "amod" or "VerbForm=Part" not in w.feats or "Tense=Pres" not in w.feats:
            continue
        if w.index == 0 or sent.words[w.index - 1].text != "," or not is_speech(w, sent):
            continue
        noun = sent.words[w.head]
        if noun.index <= w.index or noun.rel not in ("nsubj", "nsubj:pass"):
            continue
        clause = sent.words[noun.head]
        if clause.index <= noun.index or clause.head < 0 or clause.head > w.index:
            continue
        if min(sent.subtree(noun.index, exclude=[w.index])) != w.index + 1:
            continue
        moves = {w.index: (clause.head, "advcl"), clause.index: (w.index, "ccomp")}
        # (what the parse hung on the clause before the participle stays in the main clause:
        # "..., the city's longest-serving official, saying ..." with "official" on the clause)
        moves.update({c: (clause.head, sent.words[c].deprel) for c in sent.children[clause.index] if c < w.index})
        return moves
    return {}


def participle_in_sibling_report(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "..., acknowledging that Doe had tapped into a vein but warning that his style would
    hurt him" with ``conj(tapped, warning)``: a speech participle with no subject, coordinated
    after the clause another speech participle reports, continues that participle; the clause
    did not say it."""
    for w in sent.words:
        h = sent.words[w.head] if w.head >= 0 else None
        if w.rel != "conj" or h is None or h.rel != "ccomp" or h.head < 0 or not _speech_ing(sent, w, is_speech):
            continue
        p = sent.words[h.head]
        if p.index < h.index < w.index and _speech_ing(sent, p, is_speech) and not has_subject(sent, w.index):
            return {w.index: (p.index, "conj")}
    return {}


def clause_after_participle(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "..., and defended Trump, saying he didn't intend to suggest ..." with "intend" a
    conjunct of the first verb: a clause with its own subject right after a speech participle that
    has no complement is what the participle says, wherever the parse hung it."""
    for w in sent.words:
        if w.rel != "conj" or w.head < 0 or w.head > w.index or not has_subject(sent, w.index):
            continue
        p = sent.words[min(sent.subtree(w.index)) - 1]
        if p.index <= w.head or not _speech_ing(sent, p, is_speech) or "VerbForm=Part" not in p.feats:
            continue
        if any(sent.words[c].rel in ("ccomp", "obj", "xcomp", "cc") for c in sent.children[p.index]):
            continue
        if not any(sent.words[c].rel == "cc" for c in sent.children[w.index]):
            return {w.index: (p.index, "ccomp")}
    return {}


def _speech_ing(sent: Sentence, w: Word, is_speech: IsSpeech) -> bool:
    return w.upos == "VERB" and w.text.lower().endswith("ing") and is_speech(w, sent)


def extraposed_after_cue(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "It's common, he explains, for a man to sit down ...", "It is important, she said, to keep
    the doors open" with the infinitive hung on the interrupting cue: after "it is <adjective>",
    the infinitive set off after the cue is the adjective's postponed subject, so it goes back to
    the clause the cue interrupts, and both halves are what was said."""
    for w in sent.words:
        host = sent.words[w.head] if w.head >= 0 else None
        if host is None or w.rel != "parataxis" or host.index > w.index or not is_speech(w, sent):
            continue
        if host.upos != "ADJ" or not any(
            sent.words[c].lemma.lower() == "it" and sent.words[c].rel in ("nsubj", "expl")
            for c in sent.children[host.index]
        ):
            continue
        comma = w.index + 1
        if comma >= len(sent.words) or sent.words[comma].text != ",":
            continue  # (the cue closes on a comma: ", he explains, for a man to ...")
        after = [
            c
            for c in sent.children[w.index]
            if c > comma and min(i for i in sent.subtree(c) if sent.words[i].upos != "PUNCT" or i == c) > comma
        ]
        # (an infinitive: the phrase's own "to", or its noun's: "for a man to sit")
        if any(
            sent.words[k].rel == "mark"
            and sent.words[k].lemma.lower() == "to"
            and (sent.words[k].head == c or sent.words[sent.words[k].head].head == c)
            for c in after
            for k in sent.subtree(c)
        ):
            return {c: (host.index, sent.words[c].deprel) for c in after}
    return {}


def vocative_subject(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "But Jones, who is running for the board, added that ..." with ``vocative(added, Jones)``:
    a speech verb with no subject, and a name or noun before it that the parse took for a
    vocative (news text addresses nobody outside quotes), has that word as its subject."""
    for w in sent.words:
        kids = sent.children[w.index]
        if not is_speech(w, sent) or any(sent.words[c].rel == "nsubj" for c in kids):
            continue
        # (on the cue, or on its complement: the parse may hang it on the clause after "that")
        hosts = [w.index] + [c for c in kids if sent.words[c].rel == "ccomp" and c > w.index]
        vocatives = [c for h in hosts for c in sent.children[h] if sent.words[c].deprel == "vocative" and c < w.index]
        if len(vocatives) != 1 or sent.words[vocatives[0]].upos not in ("PROPN", "NOUN"):
            continue
        v = vocatives[0]
        # (with whatever opens the sentence before it: "But")
        opening = [c for c in sent.children[sent.words[v].head] if c < v and sent.words[v].head != w.index]
        return {v: (w.index, "nsubj"), **{c: (w.index, sent.words[c].deprel) for c in opening}}
    return {}


def stance_conjunct(sent: Sentence, in_lex: Callable[[str, str], bool]) -> dict[int, tuple[int, str]]:
    """ "are confident in the plan and skeptical about the timeline" with ``conj(plan,
    skeptical)``: an adjective of stance with its own topic (stance_topics) coordinated with the
    topic of another is that adjective's conjunct, and shares its subject."""

    def stance(i: int) -> bool:
        return any(in_lex("stance_topics", f) for f in lexicon_forms(sent, i))

    for w in sent.words:
        noun = sent.words[w.head] if w.head >= 0 else None
        if w.upos != "ADJ" or w.deprel != "conj" or noun is None or noun.rel not in ("obl", "nmod"):
            continue
        if noun.upos in ("NOUN", "PROPN") and noun.head >= 0 and stance(noun.head) and stance(w.index):
            return {w.index: (noun.head, "conj")}
    return {}


def as_read_as_preposition(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """ "As city spokesman Tom Reed explained, the project ..." with "As" a preposition of
    "Reed": the "as" that opens a sentence before a speech verb's subject opens the verb's clause
    (``mark``; the as-cue-lead pattern then reads it)."""
    if len(sent.words) < 3 or sent.words[0].text.lower() != "as" or sent.words[0].rel != "case":
        return {}
    subject = sent.words[sent.words[0].head]
    if subject.rel != "nsubj" or subject.head < 0 or not is_speech(sent.words[subject.head], sent):
        return {}
    return {0: (subject.head, "mark")}


def according_to_on_infinitive(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "Plagiarism of a student's unpublished work is among the hardest kinds to detect,
    according to Dr Aurelio de la Cruz" with the source an oblique of "detect": a source set off
    by a comma after a clause's closing infinitive is the clause's, not the infinitive's (what
    the source says is the whole clause)."""
    root = next((w for w in sent.words if w.head < 0), None)
    for w in sent.words:
        if w.text.lower() != "according" or w.head < 0 or root is None:
            continue
        source = sent.words[w.head]
        verb = sent.words[source.head] if source.head >= 0 else None
        if verb is None or verb is root or "VerbForm=Inf" not in verb.feats or source.rel not in ("obl", "nmod"):
            continue
        if w.index > 0 and sent.words[w.index - 1].text == "," and verb.index in sent.subtree(root.index):
            # (with the source's own "who" clause the parse hung elsewhere: ", who studies ...")
            who = [
                k
                for k in range(source.index + 1, len(sent.words))
                if sent.words[k].deprel == "acl:relcl" and sent.words[k].head != source.index
                and any(sent.words[c].lemma.lower() == "who" and c == source.index + 2 for c in sent.children[k])
            ]  # fmt: skip
            return {source.index: (root.index, "obl")} | {k: (source.index, "acl:relcl") for k in who}
    return {}
