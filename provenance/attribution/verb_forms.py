"""The form of a verb that coordination agrees on (coordination.py): finite with its tense, a bare
"-ed" form read as a past, a bare form read as a present, and a passive clause's predicate."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word


def verb_feats(w: Word) -> dict[str, str]:
    return dict(f.split("=", 1) for f in w.feats.split("|") if "=" in f)


def finite_form(w: Word) -> tuple[str, str] | None:
    """A verb's finite form: ("Fin", tense), or None when it is not finite."""
    feats = verb_feats(w)
    if feats.get("VerbForm") != "Fin" or "Tense" not in feats:
        return None
    return "Fin", feats["Tense"]


def own_form(sent: Sentence, w: Word) -> tuple[str, str] | None:
    """The conjunct's form; a bare "-ed" form the tagger called a participle, with no auxiliary
    and a clause of its own, is the past tense ("... and suggested that it would ...")."""
    feats = verb_feats(w)
    kids = [sent.words[c] for c in sent.children[w.index]]
    bare = not any(k.rel in ("aux", "cop") for k in kids) and any(k.rel == "ccomp" for k in kids)
    if feats.get("VerbForm") == "Part" and feats.get("Tense") == "Past" and bare:
        return "Fin", "Past"
    if feats.get("VerbForm") == "Inf" and bare and not any(k.rel == "mark" for k in kids):
        # ("Economists say the cuts are needed to narrow the deficit but warn they will ...": a bare
        # form with a clause of its own, tagged an infinitive like the verb it was hung on, may be a
        # present that is not the third person singular's)
        return "Fin", _BARE
    return finite_form(w)


_BARE = "Pres-bare"


def agrees(w: Word, form: tuple[str, str]) -> bool:
    """Whether the finite verb ``w`` has the conjunct's ``form``."""
    if form[1] != _BARE:
        return finite_form(w) == form
    feats = verb_feats(w)
    return finite_form(w) == ("Fin", "Pres") and not (feats.get("Person") == "3" and feats.get("Number") == "Sing")


def passive_clause(sent: Sentence, w: Word) -> bool:
    """A passive participle with its own auxiliary ("the cuts are needed"): the reported clause's
    predicate, which a speech verb after it is not coordinated with ("Economists say the cuts are
    needed to narrow the deficit but warn ...": "warn" goes with "say")."""
    feats = verb_feats(w)
    passive = feats.get("VerbForm") == "Part" and feats.get("Voice") == "Pass"
    return passive and any(sent.words[c].rel == "aux" for c in sent.children[w.index])
