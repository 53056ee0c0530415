"""Names of public bodies the tagger read as common nouns and the parser as a coordination.

"Fisheries and Oceans Canada said", "Immigration, Refugees and Citizenship Canada said",
"Colleges and Institutes Canada, which represents 130 colleges, said": a department or national
body named by its field and its country. The tagger makes the capitalised field words common
nouns, the parser a coordination (``conj(Fisheries, Oceans)``, ``conj(Fisheries, Canada)``), so the
speaker came out as "Fisheries" or "Colleges". "Doctors Without Borders said" is a body whose name
the ``known_organizations`` lexicon lists, read as "doctors" with a prepositional phrase.

The repair makes such a run of title-case words one name: its last word heads it and takes the
run's place in the sentence, the other words (the "and", the commas between the fields included)
are ``flat`` parts of it, and the common nouns among them are retagged proper nouns, so that the
speaker's name and its type come from the whole name (sources/name_runs.py joins a ``flat``
"and" or comma inside a name). Only the arcs named are changed, and only when the result is still
a tree (phrase_repairs.py checks). Tests: tests/test_body_names.py.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence

from .tree_edits import Moves

_JOINERS = frozenset({"and", "&", ","})
_PARTS = frozenset({"NOUN", "PROPN", "ADJ", "ADP"})
_LONGEST = 6  # words in the longest listed name ("Doctors Without Borders", "Habitat for Humanity")


def _title_case(text: str) -> bool:
    return text[:1].isupper() and not text.isupper() or text in ("of", "for", "and", "&", ",")


def _run_before(sent: Sentence, end: int) -> list[int]:
    """The title-case words (with "and", "&" and commas between them) that end at ``end``."""
    start = end
    while start > 0:
        w = sent.words[start - 1]
        if w.text.lower() in _JOINERS and start - 2 >= 0 and _title_case(sent.words[start - 2].text):
            start -= 1
            continue
        if w.upos in _PARTS and w.text[:1].isupper() and not w.text.isupper():
            start -= 1
            continue
        break
    while start < end and sent.words[start].text.lower() in _JOINERS:
        start += 1
    return list(range(start, end + 1))


# words of places and regions that are no body's field ("Europe and North America", "South Africa")
_REGIONS = frozenset(
    "Europe Asia Africa Americas Oceania Antarctica Latin North South East West Central Northern Southern "
    "Eastern Western".split()
)


def body_runs(sent: Sentence, in_lex: Callable[[str, str], bool]) -> list[list[int]]:
    """Runs of words that are one public body's name (see the module doc)."""
    runs: list[list[int]] = []
    known = _known_bodies(sent, in_lex)
    for w in sent.words:
        if not (w.upos == "PROPN" and in_lex("countries", w.text)) or w.index == 0:
            continue
        run = _run_before(sent, w.index)
        fields = [sent.words[i] for i in run[:-1] if sent.words[i].text.lower() not in _JOINERS]
        # (fields, not a list of countries or a name: "France, Germany and Canada", "Jim Canada")
        if not fields or any(in_lex("countries", f.text) or in_lex("given_names", f.text) for f in fields):
            continue
        if any(f.text in _REGIONS for f in fields):
            continue  # (places, not fields: "across Europe and North America")
        commas = [i for i in run if sent.words[i].text == ","]
        if commas and not any(sent.words[i].text.lower() in ("and", "&") for i in run if i > commas[-1]):
            continue  # (a comma only inside a list of fields: "Immigration, Refugees and Citizenship")
        if not any(f.upos == "NOUN" or f.deprel == "conj" for f in fields) and sent.words[w.index].deprel != "conj":
            continue  # ("Statistics Canada" parsed whole: nothing to put right)
        runs.append(run)
    runs.extend(_fields_after_body(sent, in_lex))
    return [r for r in runs if not any(set(r) & set(k) for k in known)] + known


def _known_bodies(sent: Sentence, in_lex: Callable[[str, str], bool]) -> list[list[int]]:
    """Runs of title-case words the ``known_organizations`` lexicon lists, with "the" inside ("Friends
    of the Earth", "Save the Children") and a country after ("Friends of the Earth Scotland")."""
    words = [w.text for w in sent.words]
    runs: list[list[int]] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + _LONGEST) - 1, start, -1):
            if in_lex("known_organizations", " ".join(words[start : end + 1])) and all(
                _title_case(t) or (k > 0 and t == "the") for k, t in enumerate(words[start : end + 1])
            ):
                if end + 1 < len(words) and sent.words[end + 1].upos == "PROPN" and in_lex("countries", words[end + 1]):
                    end += 1
                runs.append(list(range(start, end + 1)))
                start = end
                break
        start += 1
    return runs


def _fields_after_body(sent: Sentence, in_lex: Callable[[str, str], bool]) -> list[list[int]]:
    """ "The Ministry of Economy, Trade and Industry said", "A Department for Culture, Media and
    Sport spokesperson said": a capitalised body's word (``organization_words``) with "of" or
    "for" and a list of title-case fields joined by "and" is one name, up to the last field
    (not a second body's: "the Ministry of Defence and Foreign Office" stays two)."""
    runs: list[list[int]] = []
    for w in sent.words[:-2]:
        if not (w.text[:1].isupper() and in_lex("organization_words", w.text.lower())):
            continue
        if sent.words[w.index + 1].text not in ("of", "for"):
            continue
        end, joined = w.index + 1, False
        while end + 1 < len(sent.words):
            nxt = sent.words[end + 1]
            if nxt.text == "," and end + 3 < len(sent.words) and sent.words[end + 2].text.lower() in ("and", "&"):
                end, nxt = end + 1, sent.words[end + 2]  # (a serial comma: "Environment, Great Lakes, and Energy")
            joiner = nxt.text.lower() in _JOINERS and end + 2 < len(sent.words)
            if joiner and _title_case(sent.words[end + 2].text) and sent.words[end + 2].upos in _PARTS:
                joined, end = joined or nxt.text.lower() in ("and", "&"), end + 2
            elif nxt.upos in ("NOUN", "PROPN", "ADJ") and _title_case(nxt.text) and nxt.text != ",":
                end += 1
            else:
                break
        last = sent.words[end]
        # (nor a person's name after the "and": "Kwame Boateng of the University of Ghana and Ilse
        # Brandt of the Potsdam Institute")
        named = any(in_lex("given_names", sent.words[i].text) for i in range(w.index + 2, end + 1))
        # (a last field that is a body's word ends a second body, "the Ministry of Defence and
        # Foreign Office", unless the fields are a list with commas: "Ministry of Housing,
        # Communities and Local Government")
        listed = any(sent.words[i].text == "," for i in range(w.index + 2, end))
        if (
            joined
            and not named
            and (listed or not in_lex("organization_words", last.text.lower()))
            and not in_lex("countries", last.text)
        ):
            runs.append(list(range(w.index, end + 1)))
    return runs


def body_name_read_apart(sent: Sentence, in_lex: Callable[[str, str], bool]) -> tuple[Moves, list[int]]:
    """The moves that make each body's name one ``flat`` name under its last word, and the words
    to retag as proper nouns."""
    return joined_runs(sent, body_runs(sent, in_lex))


def joined_runs(sent: Sentence, runs: list[list[int]]) -> tuple[Moves, list[int]]:
    """The moves that make each run of words one ``flat`` name under its last word (the word
    the run hung by gives the name its place), and the words to retag as proper nouns."""
    moves: Moves = {}
    retag: list[int] = []
    for run in runs:
        last = run[-1]
        outside = [i for i in run if sent.words[i].head not in run]
        top = min(outside, key=lambda i: (sent.words[i].head < 0, i))  # (the word the run hangs by)
        head, deprel = sent.words[top].head, sent.words[top].deprel
        if head >= 0 and (inner := sent.words[head].head) in run:
            # (that word hung in the run itself: "A spokesperson for the Department for Culture, Media
            # and Sport said" with "spokesperson" made "Media"'s compound: it takes that word's place)
            while sent.words[inner].head in run:
                inner = sent.words[inner].head
            moves[head] = (sent.words[inner].head, sent.words[inner].deprel)
        nxt = last + 1
        person = _name_after(sent, nxt, run) if nxt < len(sent.words) and sent.words[nxt].upos == "NOUN" else []
        if nxt < len(sent.words) and sent.words[nxt].upos == "NOUN" and (sent.words[nxt].head in run or person):
            # (the name modifies the noun after it: "A Department for Culture, Media and Sport
            # spokesperson said", with "spokesperson" hung in the name; and a person's name after
            # that noun heads it all: "Ministry of Public Works and Transport spokesman Sok Chanthy")
            moves[person[-1] if person else nxt] = (head, deprel)
            moves |= {k: (person[-1], "compound") for k in [nxt, *person[:-1]]} if person else {}
            head, deprel = nxt, "compound"
        # (a name that opens the sentence read as its verb, the cue its complement: "Save the
        # Children said ...": the cue is the sentence's verb, the name its subject)
        cue = next((c for i in run for c in sent.children[i] if c == last + 1 and sent.words[c].rel == "ccomp"), -1)
        if head < 0 and cue >= 0:
            moves[cue], head, deprel = (-1, "root"), cue, "nsubj"
        moves[last] = (head, deprel)
        for i in run[:-1]:
            moves[i] = (last, "flat")
        for i in run:
            for c in sent.children[i]:
                if c not in run and c not in moves:
                    moves[c] = (last, sent.words[c].deprel)  # ("the", "which represents ...")
        joiners = _JOINERS | {"of", "for", "the"}
        retag.extend(i for i in run if sent.words[i].upos != "PROPN" and sent.words[i].text.lower() not in joiners)
    return moves, retag


def _name_after(sent: Sentence, noun: int, run: list[int]) -> list[int]:
    """The capitalised proper nouns right after ``noun`` that the parse hung in the body's name ``run``."""
    k = noun + 1
    while k < len(sent.words) and sent.words[k].upos == "PROPN" and sent.words[k].text[:1].isupper():
        k += 1
    name = list(range(noun + 1, k))
    inside = set(run) | set(name) | {noun}
    return name if name and all(sent.words[i].head in inside for i in name) else []


_POSSESSIVE = frozenset({"'s", "’s"})


def possessive_name_read_as_owner(sent: Sentence) -> Moves:
    """ "Penfold's said it had not asked any supplier ...": a business named with a possessive
    (Sainsbury's, McDonald's, Barron's) right before a verb that has no subject is read as the
    owner of nothing (``nmod:poss(said, Penfold)``); it is the verb's subject. Only a proper noun,
    and only a verb with no subject of its own."""
    for w in sent.words:
        i = w.index
        if i < 2 or w.upos != "VERB" or any(sent.words[c].rel in ("nsubj", "nsubj:pass") for c in sent.children[i]):
            continue
        if w.text.lower().endswith("ing"):
            continue  # (a participle owned: "Nigeria's ruling All Progressives Congress")
        mark, name = sent.words[i - 1], sent.words[i - 2]
        if mark.text in _POSSESSIVE and mark.head == name.index and name.upos == "PROPN" and name.head == i:
            return {name.index: (i, "nsubj")}
    return {}
