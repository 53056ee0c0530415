"""Titles the tagger misread (session 49). Part of ``retags.retag_nouns_and_verbs``; tests in
tests/test_descriptions_named.py (and tests/test_titles_and_readings.py for a role turned role:
"Former Wallabies captain turned commentator Luke Brennan said", ``role_turned_role_read_as_verbs``).

A title tagged a verb inside an apposition: "The committee's chair, Greens senator Alana Frost,
said ..." with "senator" tagged a verb, a complement of "said", "Greens" its subject and the name
its object. The subject before the commas already has its verb, so the clause the parse made up is
no clause: the name, with its title, is the apposition of that subject (and the speaker's name
comes from it, not from "The committee's chair"); titled_names.role_read_as_verb_before_name
handles the same tag where the name is the subject (``role_read_as_verb_in_apposition``). With no
name after it the title is itself the apposition: "Jannie de Villiers, an emerging markets
strategist at Northgate Capital in London, told Reuters ..." with "strategist" a verb and
"markets" its subject (``role_read_as_bare_verb_in_apposition``).

An office's "for" tagged a subordinator: "Minister for Housing Eoin Cassidy said ..." with "for" a
``mark`` of "said" and "Minister" the subject of the reported clause: the office's words and the
name are one titled name (``office_preposition_read_as_subordinator``)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .titled_names import titled_run
from .tree_edits import Moves

_CLAUSES = ("ccomp", "parataxis", "conj")


def role_read_as_verb_in_apposition(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the role (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words:
        run = titled_run(sent, w, in_lex) if w.upos == "VERB" and w.rel in _CLAUSES else []
        if not run or sent.words[run[-1]].rel != "obj" or sent.words[run[-1]].head != w.index:
            continue
        last, verb = run[-1], w.head
        subject = next((c for c in sent.children[verb] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
        before = [c for c in sent.children[w.index] if c < w.index]
        start = min([w.index, *before])
        if verb <= last or not 0 <= subject < start:
            continue
        # (set off by commas on both sides, right after the subject's phrase)
        if sent.words[start - 1].text != "," or last + 1 >= len(sent.words) or sent.words[last + 1].text != ",":
            continue
        moves: Moves = {last: (subject, "appos"), w.index: (last, "compound")}
        moves.update({k: (last, "compound") for k in run[:-1]})
        for c in sent.children[w.index]:
            if c < w.index:  # ("Greens" of "Greens senator", read as the verb's subject)
                moves[c] = (w.index, "amod" if sent.words[c].upos == "ADJ" else "compound")
            elif c not in moves:
                moves[c] = (last, sent.words[c].deprel)
        return w.index, moves
    return -1, {}


def role_read_as_bare_verb_in_apposition(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """The index of the role (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words:
        kind = any(in_lex(lex, w.text.lower()) for lex in ("person_roles", "company_kinds"))
        if w.upos != "VERB" or w.rel not in _CLAUSES or not kind:
            continue
        verb = w.head  # (the sentence's full stop the parse may have hung on the word is the verb's)
        stops = [k for k in sent.subtree(w.index) if k > verb and sent.words[k].upos == "PUNCT"]
        phrase = sorted(k for k in sent.subtree(w.index) if k not in stops)
        subject = next((c for c in sent.children[verb] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
        if not 0 <= subject < phrase[0] < verb or phrase[-1] + 2 != verb:
            continue  # (set off by commas right before the verb)
        if sent.words[phrase[0] - 1].text != "," or sent.words[phrase[-1] + 1].text != ",":
            continue
        # (with nothing a verb of its own would take, but a relative clause: "the Palo Alto startup
        # whose AI agents are used by banks" with the "whose" clause its complement)
        relatives = [c for c in sent.children[w.index] if _relative(sent, c)]
        if any(sent.words[c].rel in ("obj", "ccomp", "xcomp") and c not in relatives for c in sent.children[w.index]):
            continue
        # (the apposition of the noun before the comma: the subject, or the name in its phrase,
        # "A former researcher at Lumenfold, the Palo Alto startup ..., says")
        before = phrase[0] - 2
        target = before if sent.words[before].upos in ("NOUN", "PROPN") and before in sent.subtree(subject) else subject
        moves: Moves = {w.index: (target, "appos"), **{c: (w.index, "acl:relcl") for c in relatives}}
        moves.update({k: (verb, "punct") for k in stops if sent.words[k].head == w.index})
        for c in sent.children[w.index]:
            if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < w.index:
                moves[c] = (w.index, "compound")  # ("markets" of "emerging markets strategist")
                for d in sent.children[c]:
                    if sent.words[d].rel == "det":
                        moves[d] = (w.index, "det")
        moves[phrase[-1] + 1] = (w.index, "punct")
        return w.index, moves
    return -1, {}


def _relative(sent: Sentence, c: int) -> bool:
    """A clause that a relative pronoun opens ("whose AI agents are used by banks")."""
    first = min(sent.subtree(c))
    return c > first and sent.words[first].text.lower() in ("who", "whose", "which", "that")


def office_preposition_read_as_subordinator(sent: Sentence, in_lex: Callable[[str, str], bool]) -> Moves:
    """The moves that make "Minister for Housing Eoin Cassidy" one titled name (the "for" to
    retag a preposition is the word after the office's first), or {}."""
    for w in sent.words[:-3]:
        prep = sent.words[w.index + 1]
        if not (w.text[:1].isupper() and in_lex("person_roles", w.text.lower())):
            continue
        if prep.lemma.lower() not in ("for", "of") or prep.upos != "SCONJ" or prep.rel != "mark":
            continue
        run = w.index + 2
        while run < len(sent.words) and sent.words[run].upos == "PROPN" and sent.words[run].text[:1].isupper():
            run += 1
        name = run - 1
        if name - (w.index + 2) < 2 or sent.words[name].rel not in ("nsubj", "nsubj:pass"):
            continue  # (an office's word and a name of two words at least: "Housing", "Eoin Cassidy")
        if any(sent.words[k].head != name for k in range(w.index + 2, name)):
            continue
        first = next((k for k in range(w.index + 3, name) if in_lex("given_names", sent.words[k].text)), name - 1)
        office = first - 1
        moves: Moves = {w.index: (name, "compound"), prep.index: (office, "case"), office: (w.index, "nmod")}
        moves.update({k: (office, "compound") for k in range(w.index + 2, office)})
        verb = sent.words[sent.words[name].head]
        if prep.head == verb.index and verb.rel == "advcl" and verb.head > verb.index:
            # (the "for" made the name's verb subordinate to the clause it reports: "Minister for
            # Housing Eoin Cassidy said he "fully understood ..."": that clause is its complement)
            outer = sent.words[verb.head]
            moves.update({verb.index: (outer.head, outer.deprel), outer.index: (verb.index, "ccomp")})
        return moves
    return {}


def role_turned_role_read_as_verbs(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[int, Moves]:
    """ "Former Wallabies captain turned commentator Luke Brennan said ..." with "captain" the root
    verb, "turned" its open complement, the name the object of "turned" and "said" its complement:
    nothing had a speaker. A role noun (``person_roles``) tagged a verb, "turned" right after it and
    a name after that, whose phrase runs up to a speech verb with no subject, are the name's title
    (both posts), and the speech verb is the sentence's, the name its subject. The index of the role
    (to retag a noun) and the moves, or (-1, {})."""
    for w in sent.words[:-3]:
        turned = sent.words[w.index + 1]
        if w.upos != "VERB" or not in_lex("person_roles", w.text.lower()) or turned.lemma.lower() != "turn":
            continue
        if turned.head != w.index:
            continue
        name = next(
            (c for c in sent.children[turned.index] if sent.words[c].rel == "obj" and sent.words[c].upos == "PROPN"), -1
        )
        if name < 0 or min(sent.subtree(name)) != turned.index + 1:
            continue
        end = max(sent.subtree(name))
        cue = end + 1 if end + 1 < len(sent.words) else -1
        if (
            cue < 0
            or sent.words[cue].head not in (turned.index, w.index)
            or not in_lex("speech_verbs", sent.words[cue].lemma.lower())
        ):
            continue
        if any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[cue]):
            continue
        moves: Moves = {
            cue: (w.head, w.deprel),
            name: (cue, "nsubj"),
            w.index: (name, "compound"),
            turned.index: (name, "compound"),
        }
        moves.update({c: (w.index, "compound") for c in sent.children[w.index] if c < w.index})
        moves.update({c: (cue, sent.words[c].deprel) for c in sent.children[w.index] if c > cue})
        return w.index, moves
    return -1, {}
