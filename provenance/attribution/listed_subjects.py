"""Subjects the parse split at a comma or a preposition (part of ``torn_subjects.TORN_SUBJECTS``;
tests/test_fresh_names.py): a report's subject that is a list split across the cue's object
("Somboon said 120 soldiers, 30 pumps and 15 high-pressure water trucks had been sent" with the
first items the object of "said" and the last, with its "and", the subject of "sent"), and a
closing cue's subject split at its preposition ("..., street traders in the city's central
business district said" with "district" the subject and "traders" a conjunct in the report),
and a fronted place's apposition read as the subject, the speakers its conjuncts ("At Mbare
Musika, the capital's biggest produce market, traders Farai Dube and Memory Sibanda said"), and a
body's name with "of" read as the subject, the person its title names hung inside it ("Speaking on
Monday, Ministry of Finance spokesman John Doe said")."""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

Moves = dict[int, tuple[int, str]]


def listed_subject_read_as_object(sent: Sentence, verb: Word) -> Moves:
    """ "Somboon said 120 soldiers, 30 pumps and 15 high-pressure water trucks had been sent" with
    "soldiers" (and "pumps") the object of "said" and "trucks", with the "and", the subject of
    "sent": a cue's object whose phrase ends right before the "and" its report's subject opens
    with is the first item of that subject, a list."""
    for o in (c for c in sent.children[verb.index] if sent.words[c].rel == "obj" and c > verb.index):
        clause = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > o), -1)
        if clause < 0 or sent.words[o].upos != "NOUN":
            continue
        subject = next((c for c in sent.children[clause] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1)
        cc = next((c for c in sent.children[subject] if sent.words[c].rel == "cc"), -1) if subject > o else -1
        if cc < 0 or cc != min(sent.subtree(subject)) or max(sent.subtree(o)) != cc - 1:
            continue
        return {o: (clause, sent.words[subject].rel), subject: (o, "conj")}
    return {}


def subject_split_at_preposition(sent: Sentence, verb: Word) -> Moves:
    """ "The currency changed hands at about 38 per dollar ..., street traders in the city's central
    business district said" with ``nsubj(said, district)`` + ``case(district, in)`` and "traders"
    a conjunct inside the report: a subject never opens with a preposition; the noun phrase set off
    by a comma right before it is the subject, the prepositional phrase its modifier."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < verb.index):
        first = min(sent.subtree(s))
        if sent.words[first].rel != "case" or sent.words[first].head != s or first < 2:
            continue
        if sent.words[first].lemma.lower() not in ("in", "at", "from", "of", "on", "across", "around"):
            continue  # (not an agent: "..., a 2023 report by Bhutan's Royal Audit Authority found": its owner)
        n = first - 1
        if sent.words[n].upos not in ("NOUN", "PROPN") or sent.words[n].head in (verb.index, s):
            continue
        if any(sent.words[c].rel in ("nsubj", "cop", "cc", "mark") for c in sent.children[n]):
            continue  # (a clause of its own: "yet it's still less than half of what researchers say")
        opener = min(k for k in sent.subtree(n) if sent.words[k].upos != "PUNCT")
        if max(sent.subtree(n)) != n or opener < 1 or sent.words[opener - 1].text != ",":
            continue
        return {n: (verb.index, sent.words[s].rel), s: (n, "nmod")}
    return {}


def place_apposition_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """ "At Mbare Musika, the capital's biggest produce market, traders Farai Dube and Memory
    Sibanda said ..." with "market" the subject of "said" and the names its conjuncts: a subject
    set off by commas right after a fronted prepositional phrase of the same verb describes that
    place; the name after its closing comma (with its own conjuncts) is the subject. So is a
    region's name after the place ("In Dayton, Ohio, nurse Kim Alvarez said" with the nurse a
    part of "Ohio": ``_region_read_as_subject``)."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index):
        # (its own opening comma aside: "In Kampar regency, Riau, ..." with punct(Riau, ","))
        first = min(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT")
        obls = [c for c in sent.children[verb.index] if sent.words[c].rel == "obl" and c < s]
        place = next(
            (c for c in obls if max(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT") == first - 2), -1
        )
        if place < 0 or sent.words[first - 1].text != ",":
            continue
        if region := _region_read_as_subject(sent, verb, s, place):
            return region
        # (the people a second subject after the description's closing comma: "In Băile Tușnad, a
        # small spa resort in Harghita, some residents say")
        end = max(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT")
        after = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and s < c < verb.index]
        if after and sent.words[end + 1].text == "," and min(sent.subtree(after[0])) == end + 2:
            return {s: (place, "appos")}
        names = [c for c in sent.children[s] if sent.words[c].deprel == "conj" and sent.words[c].upos == "PROPN"]
        if not names or any(sent.words[k].rel == "cc" for k in sent.children[names[0]]):
            continue  # (the first name set off by a comma, not joined by "and": "market, traders Farai Dube")
        lead = names[0]
        moves: Moves = {s: (place, "appos"), lead: (verb.index, "nsubj")}
        moves.update({c: (lead, "conj") for c in names[1:]})
        return moves
    return {}


def _region_read_as_subject(sent: Sentence, verb: Word, s: int, place: int) -> Moves:
    """ "In Dayton, Ohio, nurse Kim Alvarez said", "In Kampar regency, Riau, smallholder Suparman,
    47, who ..., said" with the region ("Ohio") the subject and the person hung inside it: a
    capitalised name set off after a fronted place, then a comma, a lower-case role and a name
    running up to the verb (or to an age or a "who" clause set off by commas), is the place's
    region; the role and name after its comma are the subject (wire copy's "PLACE, REGION, role
    Name said")."""
    words = sent.words
    first = min(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT")
    comma = next((k for k in range(s + 1, verb.index) if words[k].text == ","), -1)
    region = range(first, comma)
    if comma < 0 or not all(words[k].upos == "PROPN" and words[k].text[:1].isupper() for k in region):
        return {}
    role = words[comma + 1] if comma + 1 < verb.index else None
    if role is None or not role.text.isalpha() or not role.text.islower() or role.upos not in ("NOUN", "PROPN"):
        return {}
    end = comma + 2
    while end < verb.index and words[end].upos == "PROPN" and words[end].text[:1].isupper():
        end += 1
    if end == comma + 2 or (end < verb.index and words[end].text != ","):
        return {}  # (a role and a name: "nurse Kim Alvarez", ending at the verb or a comma)
    head, run = end - 1, range(comma + 1, end - 1)
    moves: Moves = {head: (verb.index, "nsubj"), s: (place, "appos")}
    moves.update({k: (head, "compound") for k in run if words[k].head not in run})
    # (what the parse hung on the region after the name belongs to the person: ", 47, who ...")
    moves.update({c: (head, words[c].deprel) for k in region for c in sent.children[k] if c >= end})
    return moves


def body_with_of_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Speaking to BBC Radio Suffolk on Monday, Suffolk Chamber of Commerce policy director Helen
    Marsh said" with "Chamber" the subject and the name inside its "of" phrase: a capitalised name
    with "of" after it, whose phrase ends in a lower-case title noun and a name right before the
    verb, is the title's body; the name is the subject."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index):
        w = sent.words[s]
        end = max(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT")
        if w.upos != "PROPN" or s + 1 >= end or sent.words[s + 1].text != "of" or end != verb.index - 1:
            continue
        first = end
        while first > s and sent.words[first - 1].upos == "PROPN" and sent.words[first - 1].text[:1].isupper():
            first -= 1
        title = sent.words[first - 1]
        if first == end + 1 or sent.words[end].upos != "PROPN" or title.upos != "NOUN" or not title.text.islower():
            continue
        if not any(sent.words[k].text[:1].isupper() for k in range(s + 2, title.index)):
            continue  # (the body's field after "of": "Ministry of Finance")
        return {end: (verb.index, "nsubj"), s: (end, "compound")}
    return {}


def place_description_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """ "In Lucknow, the capital of Uttar Pradesh, residents of several older neighbourhoods said"
    with "capital" the subject and "residents" its conjunct: a noun phrase set off right after a
    fronted place describes the place, and the conjunct after it, with no "and", is the subject
    (moved from fronted_subject, which runs it first)."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index):
        first = min(sent.subtree(s))
        place = sent.words[first - 2] if first >= 2 and sent.words[first - 1].text == "," else None
        if place is None or place.upos != "PROPN" or place.rel != "obl" or place.head != verb.index:
            continue
        for c in sent.children[s]:
            w = sent.words[c]
            cc = any(sent.words[k].rel == "cc" for k in sent.children[c])
            opens = min(
                (k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT"), default=c
            )  # (its comma may be its own)
            if w.deprel == "conj" and w.upos == "NOUN" and not cc and sent.words[opens - 1].text == ",":
                return {s: (place.index, "appos"), c: (verb.index, "nsubj")}
    return {}


def described_name_read_into_fronted_phrase(sent: Sentence, verb: Word) -> Moves:
    """ "At Kauffman Stadium on Monday night, Derek Pruitt, a season ticket holder from Liberty,
    said" with "Pruitt" an apposition of "night" and "holder" the subject: a subject that opens
    with "a"/"an" or a word in lower case, set off by commas right after a name of two words or more that hangs on the
    fronted phrase before it, describes that name; the name is the subject."""
    for s in (c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index):
        words = [k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT"]
        first, end = min(words), max(words)
        # (or a title in lower case: "Kevin Holt, chief executive of the Blackpool Business
        # Improvement District, said" with "executive" tagged an adjective)
        described = sent.words[first].lemma.lower() == "a" or sent.words[first].text.islower()
        # (one person's description: not "At Bir Hospital and the National Trauma Centre, officials said")
        one = "Number=Plur" not in sent.words[s].feats
        if sent.words[s].upos not in ("NOUN", "ADJ") or not described or not one or first < 3:
            continue
        name = sent.words[first - 2]
        if sent.words[first - 1].text != "," or name.upos != "PROPN" or not 0 <= name.head < name.index:
            continue
        # (an apposition or conjunct of the phrase, not its own argument: "In a 2013 video uncovered
        # by Fox News, a veteran diplomat said")
        if name.rel not in ("appos", "conj") or any(sent.words[k].rel == "case" for k in sent.children[name.index]):
            continue
        parts = [k for k in sent.children[name.index] if sent.words[k].rel in ("compound", "flat") and k < name.index]
        between = range(end + 1, verb.index)
        if not parts or not all(sent.words[k].upos in ("PUNCT", "ADV", "AUX") for k in between):
            continue
        return {name.index: (verb.index, "nsubj"), s: (name.index, "appos")}
    return {}


def relative_read_as_second_subject(sent: Sentence, verb: Word) -> Moves:
    """ "Villa boss Stefan Aldridge, whose side travel to Newcastle on Sunday, insisted" with
    "travel" a noun and a second subject of "insisted": a subject that opens with "whose", "who"
    or "which" after a comma, behind another subject of the same verb, is that subject's relative
    clause, however the parse read its words; one that opens with "a" right after a name's comma,
    the name's apposition."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    for one, two in zip(subjects, subjects[1:], strict=False):
        first = min(k for k in sent.subtree(two) if sent.words[k].upos != "PUNCT")
        if sent.words[first - 1].text != ",":
            continue
        if sent.words[first].lemma.lower() in ("whose", "who", "which"):
            return {two: (one, "acl:relcl")}
        # (or a description the parse split, its head word an apposition of the name inside it:
        # "Andreas Gerber, a Swiss People's party MP who sat on the committee, told" with "party" a
        # second subject and "MP" the name's apposition)
        split = any(sent.words[c].rel == "appos" and c > first for c in sent.children[one])
        if sent.words[first].lemma.lower() == "a" and sent.words[one].upos == "PROPN" and split:
            return {two: (one, "appos")}
    return {}


def relative_read_as_report(sent: Sentence, verb: Word) -> Moves:
    """'"...," said Retselisitsoe Matete, an economist at the National University of Lesotho, who
    estimates that the loss could cut growth' with the "who" clause the report of "said" and the
    description a second subject: the clause is the speaker's relative clause (its "who" after a
    comma opens no report), and the description set off by commas the speaker's apposition."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"]
    for c in (c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index):
        first = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT")
        who = sent.words[first]
        if who.lemma.lower() != "who" or who.rel != "nsubj" or who.head != c or sent.words[first - 1].text != ",":
            continue
        before = [k for k in subjects if verb.index < k < c]  # (the inverted cue's speaker)
        if not before:
            return {}
        moves: Moves = {c: (before[0], "acl:relcl")}
        return moves | {k: (before[0], "appos") for k in before[1:] if sent.words[k].upos == "NOUN"}
    return {}


def relative_between_object_and_report(sent: Sentence, verb: Word) -> Moves:
    """ "The Japanese firm said the model, which has yet to be named, would be built alongside the
    Leaf" with "model" the object of "said" and the "which" clause hung inside the report, which
    has no subject: the object is the report's subject and the clause set off by commas its
    relative clause."""
    objs = [c for c in sent.children[verb.index] if sent.words[c].rel == "obj" and c > verb.index]
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index]
    if (
        len(objs) != 1
        or len(comps) != 1
        or any(sent.words[k].rel in ("nsubj", "nsubj:pass") for k in sent.children[comps[0]])
    ):
        return {}
    obj, comp = objs[0], comps[0]
    end = max(sent.subtree(obj))
    if (
        end + 2 >= len(sent.words)
        or sent.words[end + 1].text != ","
        or sent.words[end + 2].lemma.lower() not in ("which", "who")
    ):
        return {}
    for c in (c for c in sent.children[comp] if c < comp and end + 2 in sent.subtree(c)):
        last = max(sent.subtree(c))
        if last + 1 < comp and sent.words[last + 1].text == ",":
            return {obj: (comp, "nsubj"), c: (obj, "acl:relcl")}
    return {}


def perfect_cue_read_as_modifier(sent: Sentence, verb: Word) -> Moves:
    """ "Fitch Ratings and Moody's have both said Laos is at high risk of default" with "said" an
    adjective of "risk", the report the sentence's root and its subject the raters: a speech verb
    right after "have" (an adverb between) is the main verb, the subject before it its own and
    the rest its report."""
    if verb.rel != "amod" or verb.head <= verb.index or sent.words[verb.head].head >= 0:
        return {}
    root = verb.head
    k = verb.index - 1
    while k >= 0 and sent.words[k].upos in ("ADV", "DET") and sent.words[k].head in (verb.index, root):
        k -= 1
    if k < 0 or sent.words[k].lemma.lower() != "have" or sent.words[k].head != root:
        return {}
    kids = sent.children[root]
    subject = [c for c in kids if sent.words[c].rel == "nsubj" and c < k]
    if len(subject) != 1:
        return {}
    moves: Moves = {verb.index: (-1, "root"), root: (verb.index, "ccomp"), subject[0]: (verb.index, "nsubj")}
    return moves | {j: (verb.index, "aux" if j == k else "advmod") for j in range(k, verb.index)}


def whose_aside_read_as_report(sent: Sentence, verb: Word) -> Moves:
    """ "State Rep. Jerome Fontenot, a Houma Republican whose district includes some of the land,
    said the delays would hit" with "includes" a report of "said" before it and "Republican" its
    subject: the phrase set off after the name is the name's apposition, its "whose" clause the
    apposition's relative clause, and the cue's report only what follows the cue."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    for c in (c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c < verb.index):
        words = sorted(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT")
        ends = {s: max(k for k in sent.subtree(s) if sent.words[k].upos != "PUNCT") for s in subjects}
        name = next((s for s in subjects if ends[s] == words[0] - 2), None)
        if name is None or sent.words[words[0] - 1].text != "," or sent.words[words[0]].lemma.lower() != "a":
            continue
        whose = next((k for k in words if sent.words[k].lemma.lower() in ("whose", "who")), None)
        # (its head the report's subject, or a second subject of the cue: "Republican" of "said")
        heads = [k for k in sent.children[c] if sent.words[k].rel == "nsubj" and whose is not None and k < whose]
        heads = heads or [k for k in subjects if whose is not None and name < k < whose]
        if not heads or sent.words[heads[0]].upos not in ("NOUN", "PROPN", "ADJ"):
            continue
        rep = heads[0]
        return {rep: (name, "appos"), c: (rep, "acl:relcl"), words[0]: (rep, "det")}
    return {}


# In the order their moves win, last of torn_subjects.TORN_SUBJECTS
LISTED_SUBJECTS = (
    listed_subject_read_as_object,
    subject_split_at_preposition,
    place_apposition_read_as_subject,
    body_with_of_read_as_subject,
    described_name_read_into_fronted_phrase,
    relative_read_as_second_subject,
    relative_read_as_report,
    relative_between_object_and_report,
    perfect_cue_read_as_modifier,
    whose_aside_read_as_report,
)
