"""The tag repairs, in the order they run: a closing cue read as a noun or as a modifier put back
as the verb it is, and a noun read as a verb put back as the noun (each one's shape is in its own
module's docstring)."""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .fronted_subject import subject_read_as_modifier
from .noun_clauses import content_noun_read_as_verb
from .relational_subjects import cue_lemma, relational_subject
from .tag_repairs import (
    closing_lemma,
    closing_verb_read_as_noun,
    document_noun_read_as_verb,
    gerund_noun_read_as_verb,
    role_noun_read_as_verb,
    work_noun_read_as_verb,
)
from .titled_names import role_read_as_verb_before_name, title_participle_read_as_verb
from .tree_edits import is_tree, moved, retagged

InLexicon = Callable[[str, str], bool]
_PRESENT = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def retag_nouns_and_verbs(sent: Sentence, in_lex: InLexicon) -> Sentence:
    """The tag repairs: a closing cue read as a noun or a modifier, a noun read as a verb."""
    cue, moves_cue = relational_subject(sent, in_lex)
    if cue >= 0 and is_tree(sent, moves_cue):
        finite = sent.words[cue].feats if "VerbForm=Fin" in sent.words[cue].feats else "Mood=Ind|VerbForm=Fin"
        sent = retagged(moved(sent, moves_cue), cue, "VERB", feats=finite, lemma=cue_lemma(sent.words[cue], in_lex))
    shows, moves_shows = closing_verb_read_as_noun(sent, in_lex)
    if shows >= 0 and is_tree(sent, moves_shows):
        lemma = closing_lemma(sent, shows, in_lex)
        sent = retagged(moved(sent, moves_shows), shows, "VERB", feats=_PRESENT, lemma=lemma)
    for noun, moves_noun in (
        work_noun_read_as_verb(sent),
        role_noun_read_as_verb(sent, in_lex),
        role_read_as_verb_before_name(sent, in_lex),
        subject_read_as_modifier(sent),
        gerund_noun_read_as_verb(sent, in_lex),
        document_noun_read_as_verb(sent, in_lex),
        content_noun_read_as_verb(sent, in_lex),
    ):
        if noun >= 0 and is_tree(sent, moves_noun):
            sent = retagged(moved(sent, moves_noun), noun, "NOUN", feats="")
    for w in sent.words:
        # "said a senior executive at a Detroit automaker" with "executive" tagged an adjective:
        # an adjective that heads a phrase with the indefinite article is the noun of that phrase
        # (English says "a senior", "a liberal" of people; "the rich" keeps its adjective)
        if w.upos == "ADJ" and w.rel not in ("amod", "advmod", "xcomp") and not _predicate(sent, w.index):
            if any(sent.words[c].rel == "det" and sent.words[c].lemma.lower() == "a" for c in sent.children[w.index]):
                sent = retagged(sent, w.index, "NOUN", feats="Number=Sing")
    title, moves_title = title_participle_read_as_verb(sent, in_lex)
    if title >= 0 and is_tree(sent, moves_title):
        sent = retagged(moved(sent, moves_title), title, "ADJ", feats="")
    return sent


def _predicate(sent: Sentence, i: int) -> bool:
    """ "is a senior at Yale" keeps its reading either way; a copula makes it the predicate."""
    return any(sent.words[c].rel in ("cop", "nsubj") for c in sent.children[i])
