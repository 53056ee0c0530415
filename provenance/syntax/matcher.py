"""A small dependency-pattern language over parsed words, in the spirit of spaCy's
DependencyMatcher and Stanford Semgrex. Patterns are YAML data in rules/patterns/.

A pattern names a few nodes; each node is a word with attribute constraints and at most one
link to a node named before it::

    id: ccomp-cue
    nodes:
      cue:     {lexicon: speech_verbs, upos: [VERB]}
      content: {child_of: cue, deprel: [ccomp]}
      speaker: {child_of: cue, deprel: [nsubj], optional: true}

Node keys: ``child_of`` / ``parent_of`` / ``descendant_of`` / ``phrase_after`` (the link; the
last is the child whose phrase opens right after the word, its adverbs aside), ``deprel`` (``nsubj`` also matches
``nsubj:pass``; write the subtype to require it), ``lemma``, ``text`` (case-insensitive),
``upos``, ``feats`` (each ``Key=Value`` must be present), ``lexicon`` (lemma, or a phrasal verb's
lemma and particle such as "shoot back", is in one of the named lexicons and no form is in its
companion ``not_<name>``, if there is one), ``not`` (a mapping of attributes that must not all hold, or a
list of such mappings, none of which may hold), ``at_end`` (the
node's subtree closes its sentence, punctuation aside: a trailing "..., X said."), ``at_start``
(it opens its sentence: a leading "As X said, ..."), ``without`` (relations
the word has no child by: ``without: [cc]`` is a clause not opened by "and"; ``advmod=when``
names a relation and the child's lemma, ``ccomp(VERB)`` a relation and its part of speech), ``after`` (the word
right before the node's subtree, punctuation aside, is one of these texts: ``after: [","]`` is a
clause set off by a comma), ``optional``.
Values may be a string or a list (any of). A match maps node names to word indices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from provenance.errors import ProvenanceError
from provenance.syntax.tree import Sentence, Word, lexicon_forms
from provenance.yamlio import line_of

ATTR_KEYS = {"deprel", "lemma", "text", "upos", "feats", "lexicon"}

LexiconLookup = Callable[[str, str], bool]  # (lexicon name, lemma) -> member?


def _as_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    return (str(value),)


@dataclass(frozen=True)
class Constraint:
    deprel: tuple[str, ...] = ()
    lemma: tuple[str, ...] = ()
    text: tuple[str, ...] = ()
    upos: tuple[str, ...] = ()
    feats: tuple[str, ...] = ()
    lexicon: tuple[str, ...] = ()

    @cached_property
    def _relations(self) -> tuple[frozenset[str], frozenset[str]]:
        """The relations as written, and those without a subtype, which any subtype matches."""
        return frozenset(self.deprel), frozenset(d for d in self.deprel if ":" not in d)

    def holds(self, w: Word, in_lexicon: LexiconLookup, sent: Sentence | None = None) -> bool:
        # (cheapest tests first: this runs for every word against every pattern's nodes)
        if self.upos and w.upos not in self.upos:
            return False
        if self.deprel:
            exact, bare = self._relations
            if w.deprel not in exact and w.deprel.split(":", 1)[0] not in bare:
                return False
        if self.lemma and w.lemma.lower() not in self.lemma:
            return False
        if self.text and w.text.lower() not in self.text:
            return False
        if self.feats:
            have = set(w.feats.split("|")) if w.feats else set()
            if not set(self.feats) <= have:
                return False
        if self.lexicon:
            forms = lexicon_forms(sent, w.index) if sent is not None else (w.lemma.lower(),)
            if w.upos == "NOUN" and w.text.lower() not in forms:
                forms = (*forms, w.text.lower())  # (a plural the lexicon lists: "figures", lemma "figure")
            if not any(in_lexicon(name, form) for name in self.lexicon for form in forms):
                return False
            # a lexicon's companion "not_<name>" lists forms that are never in it ("agree to")
            if any(in_lexicon(f"not_{name}", form) for name in self.lexicon for form in forms):
                return False
        return True


def _children(sent: Sentence, anchor: int) -> list[int]:
    return sent.children[anchor]


def _parent(sent: Sentence, anchor: int) -> list[int]:
    head = sent.words[anchor].head
    return [head] if head >= 0 else []


def _descendants(sent: Sentence, anchor: int) -> list[int]:
    return [i for i in sent.subtree(anchor) if i != anchor]


def _phrase_after(sent: Sentence, anchor: int) -> list[int]:
    """The anchor's child whose phrase opens right after it, the anchor's adverbs aside: the
    object of a prepositional verb ("warned [repeatedly] of a recession"), not a later phrase
    with the same preposition ("warned of a recession for weeks")."""
    k = anchor + 1
    while k < len(sent.words) and sent.words[k].head == anchor and sent.words[k].deprel == "advmod":
        k += 1
    return [c for c in sent.children[anchor] if c >= k and min(sent.subtree(c)) == k]


Relation = Literal["child_of", "parent_of", "descendant_of", "phrase_after"]
# The relation table: how a node's candidates follow from the word its link names. A new
# relation is one row here and nothing else.
RELATIONS: dict[Relation, Callable[[Sentence, int], list[int]]] = {
    "child_of": _children,
    "parent_of": _parent,
    "descendant_of": _descendants,
    "phrase_after": _phrase_after,
}
NODE_KEYS = ATTR_KEYS | set(RELATIONS) | {"not", "optional", "at_end", "at_start", "without", "after"}


def _child_matches(child: Word, without: tuple[str, ...]) -> bool:
    """Whether a child is one ``without`` forbids: by its relation ("mark"; with its subtype,
    that subtype only: "aux:pass"), by relation and lemma ("advmod=when": a "when" clause, not
    any adverb), or by relation and part of speech ("ccomp(VERB)": a complement clause, not an
    elliptical "it would")."""
    return (
        child.rel in without
        or child.deprel in without
        or f"{child.rel}={child.lemma.lower()}" in without
        or f"{child.rel}({child.upos})" in without
    )


@dataclass(frozen=True)
class Node:
    name: str
    attrs: Constraint
    negated: tuple[Constraint, ...] = ()  # each a set of attributes that must not all hold
    relation: Relation | None = None  # how this node relates to ``anchor``
    anchor: str | None = None  # a node named before this one
    optional: bool = False
    at_end: bool = False
    at_start: bool = False
    without: tuple[str, ...] = ()  # relations the word must have no child by
    after: tuple[str, ...] = ()  # texts, one of which comes right before the word's subtree

    def accepts(self, w: Word, in_lexicon: LexiconLookup, sent: Sentence | None = None) -> bool:
        if not self.attrs.holds(w, in_lexicon, sent):
            return False
        if any(n.holds(w, in_lexicon, sent) for n in self.negated):
            return False
        if self.at_end and sent is not None:
            last = max(sent.subtree(w.index))
            if any(x.upos != "PUNCT" for x in sent.words[last + 1 :]):
                return False
        if self.at_start and sent is not None:
            first = min(sent.subtree(w.index))
            if any(x.upos != "PUNCT" for x in sent.words[:first]):
                return False
        if self.without and sent is not None:
            if any(_child_matches(sent.words[c], self.without) for c in sent.children[w.index]):
                return False
        if self.after and sent is not None:
            # (the parse often hangs the comma on the node itself)
            first = min(i for i in sent.subtree(w.index) if sent.words[i].upos != "PUNCT" or i == w.index)
            if first == 0 or sent.words[first - 1].text not in self.after:
                return False
        return True


@dataclass(frozen=True)
class Pattern:
    id: str
    doc: str
    nodes: tuple[Node, ...]
    meta: Mapping[str, object] = field(default_factory=dict)

    def match(
        self, sent: Sentence, in_lexicon: LexiconLookup, bound: Mapping[str, int] | None = None
    ) -> Iterator[dict[str, int]]:
        """Yield every assignment of node names to word indices (optional nodes may be absent)."""
        yield from self._search(sent, in_lexicon, 0, dict(bound or {}))

    def _candidates(self, node: Node, sent: Sentence, found: dict[str, int]) -> list[int]:
        if node.relation is None or node.anchor is None:
            return list(range(len(sent.words)))
        if node.anchor not in found:
            return []
        return RELATIONS[node.relation](sent, found[node.anchor])

    def _search(self, sent, in_lexicon, i: int, found: dict[str, int]) -> Iterator[dict[str, int]]:
        if i == len(self.nodes):
            yield dict(found)
            return
        node = self.nodes[i]
        if node.name in found:  # bound by the caller
            if node.accepts(sent.words[found[node.name]], in_lexicon, sent):
                yield from self._search(sent, in_lexicon, i + 1, found)
            return
        used = set(found.values())
        matched = False
        for idx in self._candidates(node, sent, found):
            if idx in used or not node.accepts(sent.words[idx], in_lexicon, sent):
                continue
            matched = True
            found[node.name] = idx
            yield from self._search(sent, in_lexicon, i + 1, found)
            del found[node.name]
        if node.optional and not matched:
            yield from self._search(sent, in_lexicon, i + 1, found)


def _constraint(spec: Mapping) -> Constraint:
    values = {}
    for key in ATTR_KEYS:
        if key in spec:
            vals = _as_tuple(spec[key])
            if key in ("lemma", "text"):
                vals = tuple(v.lower() for v in vals)
            values[key] = vals
    return Constraint(**values)


def _fail(path: str, msg: str, where: Mapping, key: str | None = None) -> ProvenanceError:
    return ProvenanceError(msg, path, line_of(where, key))


def _compile_node(name: str, spec: object, seen: set[str], known_lexicons: set[str], path: str, nodes: Mapping) -> Node:
    """Validate one node's mapping against the nodes named before it."""
    if spec is None:
        spec = {}
    if not isinstance(spec, Mapping):
        raise _fail(path, f"node '{name}' must be a mapping", nodes, name)
    unknown = sorted(set(spec) - NODE_KEYS)
    if unknown:
        raise _fail(path, f"node '{name}': unknown key '{unknown[0]}'", spec, unknown[0])
    links = [k for k in RELATIONS if k in spec]
    if len(links) > 1:
        raise _fail(path, f"node '{name}' has more than one link ({', '.join(sorted(links))})", spec, links[1])
    if links and spec[links[0]] not in seen:
        raise _fail(path, f"node '{name}' links to '{spec[links[0]]}', which is not named before it", spec, links[0])
    for lex in _as_tuple(spec["lexicon"]) if "lexicon" in spec else ():
        if lex not in known_lexicons:
            raise _fail(path, f"node '{name}': unknown lexicon '{lex}'", spec, "lexicon")
    nots = spec.get("not", [])
    nots = [nots] if isinstance(nots, Mapping) else nots
    if not isinstance(nots, list) or any(not isinstance(n, Mapping) or set(n) - ATTR_KEYS for n in nots):
        raise _fail(path, f"node '{name}': 'not' takes word attributes only", spec, "not")
    negated = tuple(_constraint(n) for n in nots)
    return Node(
        name=name,
        attrs=_constraint(spec),
        negated=negated,
        relation=links[0] if links else None,
        anchor=str(spec[links[0]]) if links else None,
        optional=bool(spec.get("optional", False)),
        at_end=bool(spec.get("at_end", False)),
        at_start=bool(spec.get("at_start", False)),
        without=_as_tuple(spec["without"]) if "without" in spec else (),
        after=_as_tuple(spec["after"]) if "after" in spec else (),
    )


def compile_pattern(data: Mapping, path: str, known_lexicons: set[str]) -> Pattern:
    """Validate one pattern mapping (as loaded from YAML, with line numbers) and compile it."""
    if not isinstance(data, Mapping):
        raise ProvenanceError("a pattern must be a mapping", path, 1)
    for key in ("id", "doc", "nodes"):
        if key not in data:
            raise _fail(path, f"pattern is missing '{key}'", data)
    nodes_spec = data["nodes"]
    if not isinstance(nodes_spec, Mapping) or not nodes_spec:
        raise _fail(path, "'nodes' must be a non-empty mapping of node names", data, "nodes")
    nodes: list[Node] = []
    seen: set[str] = set()
    for name, spec in nodes_spec.items():
        nodes.append(_compile_node(str(name), spec, seen, known_lexicons, path, nodes_spec))
        seen.add(str(name))
    meta = {k: v for k, v in data.items() if k not in ("id", "doc", "nodes")}
    return Pattern(id=str(data["id"]), doc=str(data["doc"]).strip(), nodes=tuple(nodes), meta=meta)
