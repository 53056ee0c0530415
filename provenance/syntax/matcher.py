"""A small dependency-pattern language over parsed words, in the spirit of spaCy's
DependencyMatcher and Stanford Semgrex. Patterns are YAML data in rules/patterns/.

A pattern names a few nodes; each node is a word with attribute constraints and at most one
link to a node named before it::

    id: ccomp-cue
    nodes:
      cue:     {lexicon: speech_verbs, upos: [VERB]}
      content: {child_of: cue, deprel: [ccomp]}
      speaker: {child_of: cue, deprel: [nsubj], optional: true}

Node keys: ``child_of`` / ``parent_of`` / ``descendant_of`` (the link), ``deprel`` (``nsubj`` also matches
``nsubj:pass``; write the subtype to require it), ``lemma``, ``text`` (case-insensitive),
``upos``, ``feats`` (each ``Key=Value`` must be present), ``lexicon`` (lemma is in one of the
named lexicons), ``not`` (a mapping of attributes that must not all hold), ``at_end`` (the
node's subtree closes its sentence, punctuation aside: a trailing "..., X said."), ``optional``.
Values may be a string or a list (any of). A match maps node names to word indices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from provenance.errors import ProvenanceError
from provenance.syntax.tree import Sentence, Word

ATTR_KEYS = {"deprel", "lemma", "text", "upos", "feats", "lexicon"}
LINK_KEYS = {"child_of", "parent_of", "descendant_of"}
NODE_KEYS = ATTR_KEYS | LINK_KEYS | {"not", "optional", "at_end"}

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

    def holds(self, w: Word, in_lexicon: LexiconLookup) -> bool:
        if self.deprel and not any(w.deprel == d or (":" not in d and w.rel == d) for d in self.deprel):
            return False
        if self.lemma and w.lemma.lower() not in self.lemma:
            return False
        if self.text and w.text.lower() not in self.text:
            return False
        if self.upos and w.upos not in self.upos:
            return False
        if self.feats:
            have = set(w.feats.split("|")) if w.feats else set()
            if not set(self.feats) <= have:
                return False
        if self.lexicon and not any(in_lexicon(name, w.lemma.lower()) for name in self.lexicon):
            return False
        return True


@dataclass(frozen=True)
class Node:
    name: str
    attrs: Constraint
    negated: Constraint | None = None
    child_of: str | None = None
    parent_of: str | None = None
    descendant_of: str | None = None
    optional: bool = False
    at_end: bool = False

    def accepts(self, w: Word, in_lexicon: LexiconLookup, sent: Sentence | None = None) -> bool:
        if not self.attrs.holds(w, in_lexicon):
            return False
        if self.negated and self.negated.holds(w, in_lexicon):
            return False
        if self.at_end and sent is not None:
            last = max(sent.subtree(w.index))
            if any(x.upos != "PUNCT" for x in sent.words[last + 1 :]):
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
        if node.child_of is not None:
            if node.child_of not in found:
                return []
            return sent.children[found[node.child_of]]
        if node.parent_of is not None:
            if node.parent_of not in found:
                return []
            head = sent.words[found[node.parent_of]].head
            return [head] if head >= 0 else []
        if node.descendant_of is not None:
            if node.descendant_of not in found:
                return []
            anchor = found[node.descendant_of]
            return [i for i in sent.subtree(anchor) if i != anchor]
        return list(range(len(sent.words)))

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


def compile_pattern(data: Mapping, path: str, known_lexicons: set[str]) -> Pattern:
    """Validate one pattern mapping (as loaded from YAML, with line numbers) and compile it."""
    from provenance.yamlio import line_of

    def fail(msg: str, key: str | None = None, where: Mapping | None = None) -> ProvenanceError:
        return ProvenanceError(msg, path, line_of(where if where is not None else data, key))

    if not isinstance(data, Mapping):
        raise ProvenanceError("a pattern must be a mapping", path, 1)
    for key in ("id", "doc", "nodes"):
        if key not in data:
            raise fail(f"pattern is missing '{key}'")
    nodes_spec = data["nodes"]
    if not isinstance(nodes_spec, Mapping) or not nodes_spec:
        raise fail("'nodes' must be a non-empty mapping of node names", "nodes")
    nodes: list[Node] = []
    seen: set[str] = set()
    for name, spec in nodes_spec.items():
        if spec is None:
            spec = {}
        if not isinstance(spec, Mapping):
            raise fail(f"node '{name}' must be a mapping", name, nodes_spec)
        unknown = set(spec) - NODE_KEYS
        if unknown:
            raise fail(f"node '{name}': unknown key '{sorted(unknown)[0]}'", sorted(unknown)[0], spec)
        links = [k for k in LINK_KEYS if k in spec]
        if len(links) > 1:
            raise fail(f"node '{name}' has more than one link ({', '.join(sorted(links))})", links[1], spec)
        for link in links:
            if spec[link] not in seen:
                raise fail(f"node '{name}' links to '{spec[link]}', which is not named before it", link, spec)
        for lex in _as_tuple(spec.get("lexicon", ())) if "lexicon" in spec else ():
            if lex not in known_lexicons:
                raise fail(f"node '{name}': unknown lexicon '{lex}'", "lexicon", spec)
        negated = None
        if "not" in spec:
            if not isinstance(spec["not"], Mapping) or set(spec["not"]) - ATTR_KEYS:
                raise fail(f"node '{name}': 'not' takes word attributes only", "not", spec)
            negated = _constraint(spec["not"])
        nodes.append(
            Node(
                name=str(name),
                attrs=_constraint(spec),
                negated=negated,
                child_of=spec.get("child_of"),
                parent_of=spec.get("parent_of"),
                descendant_of=spec.get("descendant_of"),
                optional=bool(spec.get("optional", False)),
                at_end=bool(spec.get("at_end", False)),
            )
        )
        seen.add(str(name))
    meta = {k: v for k, v in data.items() if k not in ("id", "doc", "nodes")}
    return Pattern(id=str(data["id"]), doc=str(data["doc"]).strip(), nodes=tuple(nodes), meta=meta)
