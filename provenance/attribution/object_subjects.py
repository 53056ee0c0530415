"""A speech verb's object that is really the subject of the clause it reports, where the parse kept the clause apart from
it (part of subject_repairs.subject_moves; tests/test_cues_and_refusals.py):

* **an object with an apposition set off by commas before a subjectless clause** - "Ruiz said the suspect, Kyle
  Brennan, of Millbrook, was arrested" as ``obj(said, suspect)`` + ``ccomp(said, arrested)``;
* **a clause's "subject" taken from across the cue** - "rejected claims that ..., insisting the budget for rural
  health had risen" with ``nsubj(risen, claims)``: the participle's object is the clause's subject;
* **the first words of the clause's subject read as the cue's** - "said more than 300 people had died", "said as much
  as 15 inches of rain could fall", "said up to 300 people" with "more", "as much" the cue's adverbs and "up" its
  particle: a clause that opens with the "than", "as" or "to" of a quantity takes the words between the cue and it
  (quantity_read_as_cue_modifier);
* **an object whose modifiers the parse hung on the cue** - "Mehta said savings from the cuts, estimated at about $310
  million a year, would be partly reinvested" as ``obj(said, savings)`` + ``obl(said, cuts)`` + ``advcl(said,
  estimated)`` + ``ccomp(said, reinvested)``: a verb that takes no noun phrase ("say") has no prepositional phrase or
  participle of its own between its object and a subjectless clause; they describe the object, which is the clause's
  subject (modified_object_as_subject); so does an infinitive set off by commas ("said the review, to be known as
  Project Compass, would be led by a retired judge");
* **an "-ed" past read as a modifier after the object** - "said the company expected revenue growth", "said 98% of
  members who voted backed strike action", "said the risk to the general public remained low": after a verb that takes
  no such phrase, the "-ed" form is the reported clause's verb and the object its subject (past_read_as_modifier; not
  a name's "surnamed");
* **a summing-up phrase read as the clause's subject** - "Rukuni said about 80% of transactions were still conducted
  in U.S. dollars, a figure roughly in line with central bank estimates" with ``nsubj:pass(conducted, figure)``: an
  indefinite noun set off by a comma after the clause's verb sums the clause up, it does not do the verb
  (summary_read_as_subject); the object before the clause is then its subject.
"""

from __future__ import annotations

from collections.abc import Callable

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite, naming_participle

Moves = dict[int, tuple[int, str]]

# Speech verbs whose object is almost never a noun phrase with a reduced relative clause
CLAUSE_ONLY = frozenset({"say", "claim", "insist", "contend", "assert"})


def span(sent: Sentence, i: int) -> tuple[int, int]:
    sub = sent.subtree(i)
    return sub[0], sub[-1]


def object_of(sent: Sentence, verb: Word) -> int:
    return next((c for c in sent.children[verb.index] if sent.words[c].rel == "obj"), -1)


def described_object_as_subject(sent: Sentence, obj: int, comps: list[int]) -> Moves:
    """ "Ruiz said the suspect, Kyle Brennan, of Millbrook, was arrested" as ``obj(said, suspect)``
    + ``ccomp(said, arrested)``: a reported clause with no subject that starts right where the
    object's phrase (its apposition set off by commas) ends takes the object as its subject."""
    c = comps[0]
    if len(comps) != 1 or sent.words[c].rel != "ccomp" or c < obj or has_subject(sent, c) or not is_finite(sent, c):
        return {}
    start = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT" or k == c)
    end = max(sent.subtree(obj))
    # (the apposition's closing comma may hang on the clause: "said Halberton's largest investor,
    # the Tyneside Mineworkers' Pension Trust, had pressed the board")
    between = [sent.words[k].text for k in range(end + 1, start)]
    apposed = any(sent.words[k].text == "," for k in sent.subtree(obj)) or any(
        sent.words[k].rel == "appos" for k in sent.children[obj]
    )
    if between not in ([], [","]) or not apposed:
        return {}
    passive = any(sent.words[k].deprel == "aux:pass" for k in sent.children[c])
    return {obj: (c, "nsubj:pass" if passive else "nsubj")}


def modified_object_as_subject(sent: Sentence, obj: int, comps: list[int]) -> Moves:
    """The moves that give the subjectless clause the object, with its modifiers (module doc);
    the caller checks that the cue takes no noun phrase."""
    c = comps[0]
    if len(comps) != 1 or sent.words[c].rel != "ccomp" or c < obj or has_subject(sent, c) or not is_finite(sent, c):
        return {}
    verb = sent.words[obj].head
    start = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT" or k == c)
    moves: Moves = {}
    k = span(sent, obj)[1] + 1
    while k < start:
        top = k
        while sent.words[top].head not in (verb, -1):
            top = sent.words[top].head
        w = sent.words[top]
        last = max(sent.subtree(top))
        if top == c:  # (the comma that closes the object's phrase, on the clause)
            break
        if w.upos == "PUNCT" and w.head == verb:
            k += 1
            continue
        if sent.words[top].head != verb or min(sent.subtree(top)) != k or last >= start:
            return {}
        cased = any(sent.words[j].rel == "case" for j in sent.children[top])
        participle = w.upos == "VERB" and "VerbForm=Part" in w.feats
        if w.rel == "obl" and cased and w.upos in ("NOUN", "PROPN"):
            moves[top] = (obj, "nmod")
        elif w.rel == "advcl" and (
            (participle and not any(sent.words[j].rel in ("aux", "mark", "nsubj") for j in sent.children[top]))
            or _set_off_infinitive(sent, top)
        ):
            moves[top] = (obj, "acl")
        else:
            return {}
        k = last + 1
    if not moves:
        return {}
    passive = any(sent.words[j].deprel == "aux:pass" for j in sent.children[c])
    return {**moves, obj: (c, "nsubj:pass" if passive else "nsubj")}


def summary_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """``{noun: (clause, "parataxis")}`` for a summing-up phrase the parse made the subject of the
    cue's reported clause (module doc), when the cue has an object before that clause."""
    obj = object_of(sent, verb)
    for c in sent.children[verb.index]:
        if sent.words[c].rel != "ccomp" or obj < 0 or not obj < c:
            continue
        for n in sent.children[c]:
            if sent.words[n].rel != "nsubj" or n < c:
                continue
            first = min((k for k in sent.subtree(n) if sent.words[k].upos != "PUNCT"), default=n)
            indefinite = sent.words[first].lemma.lower() == "a" and sent.words[first].head == n
            if indefinite and sent.words[first - 1].text == ",":
                return {n: (c, "parataxis")}
    return {}


def _set_off_infinitive(sent: Sentence, i: int) -> bool:
    """ "the review, to be known as Project Compass, would be led": an infinitive with no subject
    between commas, after an object, describes it."""
    sub = sent.subtree(i)
    inner = [k for k in sub if sent.words[k].upos != "PUNCT"]
    marked = any(sent.words[j].rel == "mark" and sent.words[j].lemma.lower() == "to" for j in sent.children[i])
    around = inner[0] > 0 and sent.words[inner[0] - 1].text == "," and inner[-1] + 1 < len(sent.words)
    return (
        marked
        and around
        and sent.words[inner[-1] + 1].text == ","
        and not any(sent.words[j].rel == "nsubj" for j in sent.children[i])
    )


def subject_across_cue(sent: Sentence, verb: Word) -> Moves:
    """ "rejected claims that ..., insisting the budget for rural health had risen" as
    ``obj(insisting, budget)`` + ``nsubj(risen, claims)`` + ``ccomp(rejected, risen)``: a clause
    right after the speech verb's object whose "subject" stands before the speech verb is that
    verb's complement, with the object its subject; the far "subject" is the speech verb's own
    subject when it has none, else goes back to the clause's old head as its object."""
    obj = object_of(sent, verb)
    if obj < verb.index or sent.words[obj].upos not in ("NOUN", "PROPN"):
        return {}
    after = span(sent, obj)[1] + 1
    for v in sent.words:
        subj = next((c for c in sent.children[v.index] if sent.words[c].rel == "nsubj"), -1)
        if v.index <= after or subj < 0 or subj > verb.index or v.head < 0 or v.head == verb.index:
            continue
        own = [k for k in sent.subtree(v.index) if k not in sent.subtree(subj)]
        if min(own) == after and is_finite(sent, v.index) and v.rel in ("ccomp", "conj", "advcl"):
            # (the far "subject" is the speech verb's own when it has none: "many of whom say
            # the president's claims ... are unfounded")
            bare = is_finite(sent, verb.index) and not has_subject(sent, verb.index)  # (not "insisting")
            far = (verb.index, "nsubj") if bare else (v.head, "obj")
            return {v.index: (verb.index, "ccomp"), obj: (v.index, "nsubj"), subj: far}
    return {}


_QUANTITY_CASES = frozenset({"than", "as", "to"})


def quantity_read_as_cue_modifier(sent: Sentence, verb: Word) -> Moves:
    """``{word: (quantity, "advmod")}`` for the words the parse hung on the cue before a clause
    that opens with a quantity's "than" / "as" / "to" (module doc); else empty."""
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index]
    if not comps:
        return {}
    start = min(k for k in sent.subtree(comps[0]) if sent.words[k].upos != "PUNCT")
    first = sent.words[start]
    if first.text.lower() not in _QUANTITY_CASES or first.rel != "case" or start <= verb.index + 1:
        return {}
    tops = [k for k in range(verb.index + 1, start) if sent.words[k].head == verb.index]
    if not tops or any(sent.words[k].deprel not in ("advmod", "compound:prt") for k in tops):
        return {}
    covered = {j for k in tops for j in sent.subtree(k)}
    if any(j not in covered or sent.words[j].upos == "PUNCT" for j in range(verb.index + 1, start)):
        return {}
    return {k: (first.head, "advmod") for k in tops}


def object_coordinated_with_subject(sent: Sentence, verb: Word, is_listener: Callable[[Word], bool]) -> Moves:
    """The moves that make the reported clause of the module doc's last shape, or {}."""
    obj = object_of(sent, verb)
    if obj < 0 or is_listener(verb) or sent.words[obj].upos not in ("NOUN", "PROPN"):
        return {}
    if any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index]):
        return {}
    end = span(sent, obj)[1]
    for c in sent.children[verb.index]:
        w = sent.words[c]
        if w.rel != "conj" or c < end or not is_finite(sent, c):
            continue
        subject = next((k for k in sent.children[c] if sent.words[k].rel == "nsubj" and end < k < c), None)
        # (the "and" on the clause or on its subject: "said eight tugboats and two dredgers were working")
        heads = (c,) if subject is None else (c, subject)
        cc = next((k for h in heads for k in sent.children[h] if sent.words[k].rel == "cc" and k == end + 1), None)
        if cc is None or subject is None or sent.words[cc].text.lower() not in ("and", "or"):
            continue
        if sent.words[subject].upos == "PRON" or _agrees_with_one(sent, c):
            continue  # ("released a valuation ... and it makes grim reading": two clauses)
        rel = sent.words[subject].deprel
        return {c: (verb.index, "ccomp"), obj: (c, rel), subject: (obj, "conj"), cc: (subject, "cc")}
    return {}


def prepositional_subject(sent: Sentence, verb: Word, obj: int) -> Moves:
    """'said most of the money in the fund was gone' parsed with "fund" as the subject of "gone";
    'warned that demand in China remained weak' with "that" a determiner of the object and
    "remained" an adverbial clause (the "that" opens the clause, which is what was said)."""
    rels = ("ccomp", "advcl")
    comp = next((c for c in sent.children[verb.index] if sent.words[c].rel in rels and c > obj), -1)
    subj = next((c for c in sent.children[comp] if sent.words[c].rel == "nsubj"), -1) if comp >= 0 else -1
    if subj < 0 or not any(sent.words[c].rel == "case" for c in sent.children[subj] if c < subj):
        return {}
    first, last = span(sent, obj)
    if span(sent, subj)[0] != last + 1 or subj > comp:
        return {}
    host = max((j for j in range(first, last + 1) if sent.words[j].upos in ("NOUN", "PROPN", "PRON")), default=-1)
    that = next((c for c in sent.children[obj] if sent.words[c].lemma.lower() == "that" and c == first), -1)
    if sent.words[comp].rel == "advcl" and that < 0:
        return {}  # (an adverbial clause stays one unless "that" opened it)
    moves: Moves = {subj: (host, "nmod"), obj: (comp, "nsubj"), comp: (verb.index, "ccomp")}
    if host < 0:
        return {}
    return {**moves, that: (comp, "mark")} if that >= 0 else moves


def _agrees_with_one(sent: Sentence, clause: int) -> bool:
    """The clause's finite form is singular: an auxiliary or copula ("was"), or a verb in the
    present ("makes"); a coordinated subject takes a plural one ("were")."""
    finite = [sent.words[k] for k in sent.children[clause] if sent.words[k].rel in ("aux", "cop")]
    finite = [w for w in finite if "VerbForm=Fin" in w.feats] or [sent.words[clause]]
    w = finite[0]
    return "Number=Sing" in w.feats and (w.upos == "AUX" or "Tense=Pres" in w.feats)


def past_read_as_modifier(sent: Sentence, verb: Word) -> Moves:
    """ "said the company expected revenue growth" with "expected" an adjective of "growth" and "company"
    its compound, the phrase the object of "said": after a verb that takes no such phrase (``CLAUSE_ONLY``),
    "-ed" right after "the" + noun is the past tense of a clause, the noun its subject, the rest its object."""
    if verb.lemma.lower() not in CLAUSE_ONLY:
        return {}
    for p in range(verb.index + 2, len(sent.words)):
        w, noun = sent.words[p], sent.words[p - 1]
        if w.rel != "amod" or w.upos != "VERB" or not w.text.lower().endswith("ed") or w.head < p:
            continue
        if naming_participle(sent, p):
            continue  # (a person's name: "said a 52-year-old man surnamed Choi at ...")
        o = sent.words[w.head]
        # (or a gerund noun the tagger read as a participle: "said the ruling undermined years of work")
        gerund = noun.rel == "amod" and "VerbForm=Ger" in noun.feats
        compound = (
            (noun.rel == "compound" or gerund) and noun.head == o.index and o.rel == "obj" and o.head == verb.index
        )
        # (or the verb's first object: "said the budget protected services", "saying carmakers needed")
        first_object = noun.rel == "obj" and noun.head == verb.index
        bare = p == verb.index + 2 and noun.upos == "NOUN" and "Number=Plur" in noun.feats
        opened = bare or any(
            sent.words[c].deprel in ("det", "nmod:poss") and c < noun.index
            for c in sent.children[noun.index] + (sent.children[o.index] if gerund else [])
        )
        if (compound or first_object) and opened:
            return {p: (verb.index, "ccomp"), noun.index: (p, "nsubj"), o.index: (p, "obj")}
    for obj in (c for c in sent.children[verb.index] if sent.words[c].rel == "obj" and c > verb.index):
        if (found := _past_after_relative(sent, verb, obj) or _past_after_phrase(sent, verb, obj)) is not None:
            return found
    return {}


def _past_after_phrase(sent: Sentence, verb: Word, obj: int) -> Moves | None:
    """ "said the risk to the general public remained low" with "remained" an adjective of "low"
    and "to the general public" hung on it too: an "-ed" form after the object's prepositional
    phrase, on a word the verb took as well, is the reported clause's verb, the object its
    subject and that word its complement."""
    first = obj + 1
    if first >= len(sent.words) or sent.words[first].upos != "ADP":
        return None
    for p in range(first + 2, len(sent.words)):
        w = sent.words[p]
        if w.rel != "amod" or w.upos != "VERB" or not w.text.lower().endswith("ed") or w.head < p:
            continue
        o = sent.words[w.head]
        between = range(first, p)
        if o.head != verb.index or not all(sent.words[k].head in (*between, o.index) for k in between):
            return None
        last = p - 1
        moves: Moves = {
            p: (verb.index, "ccomp"),
            obj: (p, "nsubj"),
            o.index: (p, "xcomp" if o.upos == "ADJ" else "obj"),
        }
        moves[last] = (obj, "nmod")
        moves.update({k: (last, sent.words[k].deprel) for k in between if k != last and sent.words[k].head == o.index})
        return moves
    return None


def _past_after_relative(sent: Sentence, verb: Word, obj: int) -> Moves | None:
    """ "said 98% of members who voted backed strike action" with "backed" an adjective of
    "action", the object the parse gave "voted": an "-ed" form right after the verb of a relative
    clause inside the object, on that verb's object, is the reported clause's verb; the object
    phrase is its subject, the noun its object."""
    for r in sent.subtree(obj):
        rel = sent.words[r]
        if rel.deprel != "acl:relcl" or r + 1 >= len(sent.words):
            continue
        past = sent.words[r + 1]
        if past.rel != "amod" or not past.text.lower().endswith("ed") or past.upos not in ("VERB", "ADJ"):
            continue
        noun = sent.words[past.head]
        if noun.head != r or noun.rel != "obj" or noun.index <= past.index:
            continue
        return {past.index: (verb.index, "ccomp"), obj: (past.index, "nsubj"), noun.index: (past.index, "obj")}
    return None


# The repairs here that need only the cue, in the order their moves win (subject_repairs._repairs;
# a summing-up phrase gives no subject, so its place does not matter)
def clause_left_on_the_verb_before(sent: Sentence, verb: Word) -> Moves:
    """ "declined to comment on evacuation plans but said food and fuel supplies at the emergency
    hut would last 'several weeks'" with "supplies" the object of "said" and "last" a conjunct of
    "declined": a subjectless finite clause with an auxiliary of its own, right after the object
    of a speech verb with no clause, hung on that verb or the verb before it, is the reported
    clause, and the object its subject (or with a copula: "defended the new prices, saying the era
    of fixed prices is over")."""
    obj = object_of(sent, verb)
    if obj < 0 or any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index]):
        return {}
    end = max(sent.subtree(obj)) + 1
    for c in (k for k in range(end, len(sent.words)) if sent.words[k].head in (verb.index, verb.head)):
        w = sent.words[c]
        opens = min(sent.subtree(c)) == end
        aux = [k for k in sent.children[c] if sent.words[k].rel in ("aux", "aux:pass", "cop") and k < c]
        if not opens or w.rel not in ("conj", "parataxis") or not aux or has_subject(sent, c) or not is_finite(sent, c):
            return {}
        if any(sent.words[k].rel == "cc" for k in sent.children[c]):
            return {}  # ("said the plan and would ...": a conjunct of its own)
        return {c: (verb.index, "ccomp"), obj: (c, "nsubj")}
    return {}


def gerund_read_as_second_complement(sent: Sentence, verb: Word) -> Moves:
    """ "He said smuggling cost the country 150,000 tonnes" with "smuggling" and "cost" both open
    complements of "said": a bare "-ing" word right after the cue, with nothing of its own, right
    before a verb of the cue with no subject, is that verb's subject, and the verb the report (a
    speech verb takes one complement)."""
    g = verb.index + 1
    if g + 1 >= len(sent.words):
        return {}
    w, v = sent.words[g], sent.words[g + 1]
    if w.head != verb.index or w.rel not in ("xcomp", "ccomp") or not w.text.lower().endswith("ing"):
        return {}
    if sent.children[g] or v.head != verb.index or v.rel not in ("xcomp", "ccomp") or v.upos != "VERB":
        return {}
    if has_subject(sent, v.index) or any(sent.words[c].rel == "mark" for c in sent.children[v.index]):
        return {}
    return {g: (v.index, "nsubj"), v.index: (verb.index, "ccomp")}


def subject_read_as_listener_of_say(sent: Sentence, verb: Word) -> Moves:
    """ "Dr. Narayanan said nights that failed to cool below 28 degrees Celsius were particularly
    dangerous" with "nights" the indirect object of "said" and "Celsius", the last word of its
    relative clause, the report's subject: "say" takes no listener without "to", so the noun is
    the subject of the report right after its phrase, and the word the parse took for that subject
    goes back into the phrase it ends."""
    if verb.lemma.lower() != "say":
        return {}
    for n in (c for c in sent.children[verb.index] if sent.words[c].rel == "iobj" and c > verb.index):
        end = max(sent.subtree(n))
        report = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > end), -1)
        subject = end + 1
        if report < 0 or sent.words[subject].head != report or sent.words[subject].rel != "nsubj":
            continue
        if sent.children[subject] or sent.words[n].upos != "NOUN":
            continue  # (one word that closes the phrase: "... 28 degrees | Celsius")
        return {n: (report, "nsubj"), subject: (end, "flat" if sent.words[subject].upos == "PROPN" else "nmod")}
    return {}


OBJECT_REPAIRS = (
    past_read_as_modifier,
    subject_across_cue,
    quantity_read_as_cue_modifier,
    summary_read_as_subject,
    clause_left_on_the_verb_before,
    gerund_read_as_second_complement,
    subject_read_as_listener_of_say,
)
