"""Datelines: the place (and date, and agency) in capitals that opens a wire story's first
paragraph ("WASHINGTON —", "SINGAPORE/HONG KONG, May 14 (Reuters) -"). Never part of what
anyone said, and never a speaker, however the parse hung the place."""

from __future__ import annotations

from provenance.syntax.tree import Sentence

DATELINE_MARKS = frozenset({"—", "–", "--", "-", ":"})  # what closes a dateline


def dateline_end(sent: Sentence) -> int:
    """The index of the dash or colon that closes a dateline opening the sentence ("WASHINGTON
    —", "NEW YORK, Nov. 19 (UPI) —", "HARLOW, Neb. -", "ABUJA, Sept 23 -", "MUMBAI:"): a place in
    capitals, then only capitalised words (places, abbreviated states and months), numbers and
    punctuation, and a mark set off by spaces (not the hyphen of "UN Secretary-General"). -1 if
    none. Never part of what anyone said, and never a speaker."""
    first = sent.words[0].text if sent.words else ""
    if len(first) < 2 or not first.isupper() or not first.isalpha():
        return -1
    for w in sent.words[1:12]:  # ("SINGAPORE/HONG KONG, May 14 (Reuters) -")
        before = sent.words[w.index - 1]
        if w.text in DATELINE_MARKS and (w.text != "-" or before.end < w.start):
            return w.index
        if not (w.text[:1].isupper() or not any(c.isalnum() for c in w.text) or w.text.isdigit()):
            return -1
    return -1


def dateline_subject(sent: Sentence) -> dict[int, tuple[int, str]]:
    """ "OTTAWA — Finance Minister Jane Roe said ..." with the dateline's place made the subject
    and the name after the dash hung on it (``flat(OTTAWA, Roe)``): a word in capitals that
    opens the sentence before a dash is a dateline, never a speaker; the phrase after the dash
    is the subject and the place a loose modifier of the verb."""
    dash = dateline_end(sent)
    if dash < 1:
        return {}
    place = next((w for w in sent.words[:dash] if w.rel == "nsubj" and w.head > dash), None)
    if place is None:
        return _dateline_read_as_clause(sent, dash)
    if not any(c.isalpha() for c in place.text):
        return {}
    after = [c for c in sent.children[place.index] if c > dash and sent.words[c].upos in ("PROPN", "NOUN")]
    if after:
        # (the name, not its apposition the parse hung on the place too: "SINGAPORE/HONG KONG, May
        # 14 (Reuters) - Vantrix, a Singapore-based cryptocurrency exchange ..., froze")
        lead = [c for c in after if sent.words[c].deprel != "appos"]
        name, verb = (lead[0] if lead and len(lead) < len(after) else after[-1]), place.head
        if any(sent.words[c].rel == "nsubj" and c > name for c in sent.children[verb]):
            verb = sent.words[verb].head  # (the place hung on the reported clause, which has its subject)
            if not name < verb < place.head:
                return {}
        moves = {name: (verb, place.deprel), place.index: (verb, "dep"), dash: (place.index, "punct")}
        return moves | {c: (name, "appos") for c in after if c > name and sent.words[c].deprel == "appos"}
    # "MUMBAI: Tata Motors will cut jobs, the company said": the place a second subject of the
    # verb after the report; it and its dash go with the verb, out of what was said
    later = [c for c in sent.children[place.head] if sent.words[c].rel == "nsubj" and c > dash]
    if not later:
        return {}
    return {place.index: (place.head, "dep"), dash: (place.index, "punct")}


def _dateline_read_as_clause(sent: Sentence, dash: int) -> dict[int, tuple[int, str]]:
    """ "BEIJING/BRUSSELS, June 5 (Reuters) - China said" with the place read as a clause of the
    verb ("BEIJING" a participle) and the name after the dash hung inside the dateline (on
    "June"): the name is the subject of the verb the dateline hangs on, when it has none."""
    top = next((w for w in sent.words[:dash] if w.head > dash), None)
    if top is None or sent.words[top.head].upos != "VERB":
        return {}
    verb = top.head
    if any(sent.words[c].rel == "nsubj" for c in sent.children[verb]):
        return {}
    after = sent.words[dash + 1 : verb]
    name = next((w.index for w in after if w.head < dash and w.upos in ("PROPN", "NOUN")), None)
    if name is None:
        return {}
    return {name: (verb, "nsubj"), top.index: (verb, "dep"), dash: (top.index, "punct")}
