"""An outlet's report that names its own unnamed sources: "..., the Post reported, quoting an
anonymous Republican official", "The Washington Post reported, citing two unnamed officials,
that ...". The source of the statement is the people the outlet cites, and the outlet is its
channel (sources labels, "Outlet citing unnamed sources": labelled by the ultimate source, via
the outlet). A report citing a document or a named person keeps the outlet as the source. A
name no gazetteer knows that reports, citing its sources, is an outlet ("Variety reported,
citing a person close to the production, that ...": ``citing_outlet``)."""

from __future__ import annotations

from collections.abc import Container

from provenance.records import Via
from provenance.syntax.tree import Sentence, WordRef

from .mentions import Mention
from .model import Entity

_CITING = frozenset({"cite", "quote"})


def cited_source(cue: WordRef) -> WordRef | None:
    """The object of a "citing"/"quoting" participle on the cue, or on its subject set off by
    commas ("Chinese state media, citing an unnamed official, reported"): the people the report
    cites."""
    sent = cue.sentence
    if cue.word.lemma.lower() in _CITING and cue.word.text.lower().endswith("ing"):
        # ("The FT reported, citing two people familiar with the matter, that ...", the clause
        # hung on "citing" itself: the cue is the participle)
        obj = next((k for k in sent.children[cue.index] if sent.words[k].rel == "obj"), None)
        return WordRef(sent, obj) if obj is not None and sent.words[obj].upos in ("NOUN", "NUM") else None
    subjects = [c for c in sent.children[cue.index] if sent.words[c].rel == "nsubj"]
    on_subject = [(c, "acl") for s in subjects for c in sent.children[s]]
    # (or closing the report, set off by a comma: "The Ledger first reported that residents had
    # been confined ..., citing two staff members", the parse hanging it on the report's verb)
    reports = [c for c in sent.children[cue.index] if sent.words[c].rel == "ccomp"]
    # (hung anywhere in the report: "... had agreed to pay a higher rate ..., citing two officials")
    closing = [
        (c, "advcl")
        for r in reports
        for c in sent.subtree(r)
        if c != r and sent.words[c - 1].text == "," and _last_word(sent, c) == _last_word(sent, r)
    ]
    for c, rel in [(c, sent.words[c].rel) for c in sent.children[cue.index]] + on_subject + closing:
        w = sent.words[c]
        if w.rel not in (("acl",) if rel == "acl" else ("advcl", "xcomp", "conj")) or w.lemma.lower() not in _CITING:
            continue
        if not w.text.lower().endswith("ing"):
            continue
        obj = next((k for k in sent.children[c] if sent.words[k].rel == "obj"), None)
        if obj is not None and sent.words[obj].upos in ("NOUN", "NUM"):
            return WordRef(sent, obj)
    return None


def citing_outlet(entity: Entity, mention: Mention, cue: WordRef, given_names: Container[str]) -> Via | None:
    """The outlet a body's name, or a name with no role and no given name, is when it reports
    citing its sources (the caller has found them): people cite sources in a paper, not in a
    "report" ("Dutch newspaper De Telegraaf reported in 2023, citing people close to ...")."""
    name = mention.name or ""
    words = name.split()
    if not words or entity.type not in ("person", "organization"):
        return None
    if entity.type == "person" and (entity.role or words[0].lower() in given_names):
        return None
    # (the cue, or the verb its "citing" hangs on: "Variety reported ..., citing a person ..., that")
    verb = cue.word if cue.word.lemma.lower() not in _CITING else cue.sentence.words[max(cue.word.head, 0)]
    if verb.lemma.lower() != "report" or name not in mention.text:
        return None
    start = mention.start + mention.text.index(name)
    return Via(name=name, text=name, start=start, end=start + len(name), known=False)


def _last_word(sent: Sentence, head: int) -> int:
    return max((k for k in sent.subtree(head) if sent.words[k].upos != "PUNCT"), default=head)
