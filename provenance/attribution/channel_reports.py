"""Reports the parse hides around the channel a cue names ("said in a written judgment", "said in a
notice", "In a letter ..., a copy of which ..."). Part of second_reports.second_report_moves.

A channel read as the subject of its participle: "Mrs Justice Roe said in a written judgment
handed down on Friday that the committee had acted unlawfully" with "judgment" the subject of a
``ccomp`` "handed" and the "that" clause its ``advcl``. A noun with its own preposition is no
subject: it is where the cue's subject spoke, the participle its modifier, the clause the report.
A participle with an auxiliary is a clause of its own ("said a gate latch in the yard had not
been secured": "yard" is the end of its subject's phrase, and prepositional_subject's).

A report read as a relative clause of the cue's channel: "The company said in a notice that
withdrawals had been suspended" with ``acl:relcl(notice, suspended)`` and "that" its object. A
passive clause takes no object, and a clause with a subject of its own no relative "that" for
one: "that" opens the report of the cue, which has none. So does a "that" on the time the cue
names ("reported last month that drivers had complained", "said in a joint statement last month
that they would push"): a month is no noun a report describes.

An aside on a fronted phrase read as the cue's subject: "In a letter to the board, a copy of which
was seen by the Chronicle, Iraq's culture minister, Ahmed al-Rubaie, wrote that ..." with "copy"
the subject of "wrote" and "minister" a conjunct of "Chronicle". A noun with a relative clause
opened by "of which" describes the phrase before it; the subject is the conjunct, set off by a
comma, that ends right before the cue.

A participle inside the report's subject read as a verb that takes the report: "said in a written
reply to the RJM that every rejected postal ballot had been shown to agents" with "rejected" a
relative clause of "RJM" and the report its complement. A verb between a determiner and the noun
that determiner goes with is that noun's modifier; the clause it took hangs on the word it hung
on, where the complement repairs find it a noun's "that" clause and give it to the cue."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]


def channel_read_as_subject(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that give a channel's participle's "that" clause to the cue (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent) or verb.upos != "VERB":
            continue
        for c in sent.children[verb.index]:
            participle = sent.words[c]
            if participle.rel != "ccomp" or c < verb.index or "VerbForm=Part" not in participle.feats:
                continue
            if any(sent.words[k].rel == "aux" for k in sent.children[c]):
                continue  # (a clause of its own: "said a gate latch in the yard had not been secured")
            subject = next((k for k in sent.children[c] if sent.words[k].rel == "nsubj" and verb.index < k < c), None)
            cased = subject is not None and any(
                sent.words[k].rel == "case" and sent.words[k].lemma.lower() in ("in", "on")
                for k in sent.children[subject]
            )
            report = next(
                (
                    k
                    for k in sent.children[c]
                    if sent.words[k].rel in ("advcl", "ccomp")
                    and any(
                        sent.words[m].lemma.lower() == "that" and sent.words[m].rel == "mark" for m in sent.children[k]
                    )
                ),
                None,
            )
            if subject is not None and cased and report is not None:
                return {subject: (verb.index, "obl"), c: (subject, "acl"), report: (verb.index, "ccomp")}
    return {}


def report_read_as_relative(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> dict[int, tuple[int, str]]:
    """The moves that give the cue the report the parse made its channel's relative clause (module doc)."""
    for verb in sent.words:
        kids = sent.children[verb.index]
        if not is_speech(verb, sent) or verb.upos != "VERB" or any(sent.words[c].rel == "ccomp" for c in kids):
            continue
        for channel in (c for c in kids if sent.words[c].rel in ("obl", "obj") and c > verb.index):
            when = in_lex("time_nouns", sent.words[channel].lemma.lower())
            if sent.words[channel].rel == "obj" and not when:
                continue
            for c in sent.children[channel]:
                clause = sent.words[c]
                that = next((k for k in sent.children[c] if sent.words[k].lemma.lower() == "that" and k < c), None)
                if clause.deprel != "acl:relcl" or that is None or sent.words[that].rel not in ("obj", "nsubj", "mark"):
                    continue
                rels = [sent.words[k].deprel for k in sent.children[c] if k != that]
                taken = "Voice=Pass" in clause.feats or ("nsubj" if sent.words[that].rel == "nsubj" else "obj") in rels
                # (or "that" already the clause's mark: "said in a statement that it was disappointed")
                taken = taken or sent.words[that].rel == "mark"
                if (taken or when) and any(r in ("nsubj", "nsubj:pass") for r in rels):
                    return {that: (c, "mark"), c: (verb.index, "ccomp")}
    return {}


def of_which_aside_read_as_subject(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that give the cue the subject an "of which" aside hid (module doc)."""
    for verb in sent.words:
        if not is_speech(verb, sent) or verb.upos != "VERB" or verb.index < 2 or sent.words[verb.index - 1].text != ",":
            continue
        subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"), None)
        for r in (w.index for w in sent.words[: verb.index] if w.deprel == "acl:relcl"):
            holder = sent.words[r].head
            if subject is not None and subject != holder:
                continue
            real = _set_off_before(sent, sent.subtree(r), verb.index)
            if real is None or not _of_which(sent, sent.subtree(r)):
                continue
            if subject is None:
                return {real: (verb.index, "nsubj")}
            # (the aside's noun goes with the phrase before its comma: "a memo to staff, | a copy of which")
            first = min(sent.subtree(holder))
            before = first - 2
            while 0 <= sent.words[before].head < before and sent.words[sent.words[before].head].upos in (
                "NOUN",
                "PROPN",
            ):
                before = sent.words[before].head
            if before >= 0 and sent.words[first - 1].text == "," and sent.words[before].upos in ("NOUN", "PROPN"):
                return {real: (verb.index, "nsubj"), holder: (before, "appos")}
    return {}


def _of_which(sent: Sentence, words: list[int]) -> bool:
    return any(
        sent.words[k].lemma.lower() in ("which", "whom")
        and any(sent.words[m].lemma.lower() == "of" for m in sent.children[k])
        for k in words
    )


def _set_off_before(sent: Sentence, words: list[int], verb: int) -> int | None:
    """The noun among ``words`` (a conjunct or apposition the parse made) set off by a comma whose
    phrase runs up to the comma before the cue."""
    for k in words:
        w = sent.words[k]
        if w.rel not in ("conj", "appos") or w.upos not in ("NOUN", "PROPN"):
            continue
        own = [j for j in sent.subtree(k) if sent.words[j].upos != "PUNCT"]
        if sent.words[min(own) - 1].text == "," and max(own) == verb - 2:
            return k
    return None


def participle_read_inside_subject(sent: Sentence, is_speech: IsSpeech) -> dict[int, tuple[int, str]]:
    """The moves that put a participle the parse made a clause back in its noun phrase (module doc)."""
    for w in sent.words[1:]:
        det = sent.words[w.index - 1]
        if w.upos != "VERB" or det.rel != "det" or det.head <= w.index:
            continue
        noun = det.head
        clauses = [c for c in sent.children[w.index] if sent.words[c].rel == "ccomp" and noun in sent.subtree(c)]
        if w.head < 0 or not is_speech(w, sent) or len(clauses) != 1:
            continue
        if any(sent.words[c].rel not in ("ccomp", "punct") for c in sent.children[w.index]):
            continue  # (a verb with an object or a subject of its own is one)
        return {w.index: (noun, "amod"), clauses[0]: (w.head, "acl")}
    return {}
