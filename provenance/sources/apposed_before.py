"""Second references by a bare "the <noun>": to the name an earlier sentence set beside it
(session 54), and to a person by age or nation ("the 46-year-old", "the Dane").

"It is understood that the promoter, Cape Town E-Prix (Pty) Ltd, missed a hosting-fee payment ...
¶ The promoter said in a statement that it deeply regretted the cancellation": the article named
the promoter once, in an apposition, in a sentence where it did not speak, so the table holds no
entity for it and "The promoter" was a new anonymous source. The last "the <noun>, <Name>," before
the mention names it: the organisation by that name (the table's own, or a new one when the name
reads as a body's), else the person, who holds that noun as a role. Both are
unnamed.UnnamedResolver._for_description's first reading of a description (tests/test_asides_and_mentions.py).
"""

from __future__ import annotations

import regex

from provenance.attribution.retags import demonym_noun
from provenance.lexical import REGEX_TIMEOUT, warn_timeout
from provenance.syntax.tree import Word

from .descriptions import age_in, age_of, aged_person
from .mentions import Mention
from .model import Entity
from .table import TableBase

# A name: capitalised words, with the small words and marks names hold ("(Pty) Ltd", "of", "&")
_NAME = r"\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\(\p{Lu}\p{Ll}*\)|of|for|and|&|de|la))*"


def apposed_before(table: TableBase, mention: Mention, head_lemma: str) -> Entity | None:
    """The entity of the name set beside "the <noun>" before a bare "the <noun>" mention, or None."""
    words = mention.description.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return None
    rx = regex.compile(r"\b[Tt]he\s+(?:" + regex.escape(words[1].lower()) + r"),\s+(" + _NAME + r"),")
    try:
        found = list(rx.finditer(table.doc.prose, 0, mention.start, timeout=REGEX_TIMEOUT))
    except TimeoutError:
        warn_timeout("apposed name")
        return None
    if not found:
        return None
    name = found[-1].group(1)
    known = next((e for e in reversed(table.entities) if e.name == name), None)
    if known is not None:
        return known
    if table.is_org_name(name) or table.vocab.in_lexicon("legal_forms", name.split()[-1].lower().rstrip(".")):
        return table._new(name=name, type="organization", head_lemma=head_lemma, description=mention.description)
    return table._new(name=name, type="person", role=words[1].lower(), head_lemma=head_lemma)


def second_reference(table: TableBase, mention: Mention, head_word: Word, definite: bool) -> Entity | None:
    """ "the 46-year-old": the person given that age, else the person named before; so for a
    person of a nation ("the Dutchman", "the Dane"), which becomes the person's role; and "the
    promoter" after "the promoter, Cape Town E-Prix (Pty) Ltd," (``apposed_before``)."""
    if definite and (apposed := apposed_before(table, mention, head_word.lemma.lower())) is not None:
        return apposed
    age = age_of(mention.ref.sentence, mention.head) or age_in(mention.description)
    if not (age or (definite and demonym_noun(head_word.text, table.vocab.in_lexicon))):
        return None
    aged = aged_person(table, age or "-", mention.start)
    if aged is not None:
        aged.role = aged.role or (None if age else head_word.text)
    return aged
