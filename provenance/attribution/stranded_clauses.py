"""A speech verb's report the parse tore at its start, so that the report found was only its tail
(session 50; part of subject_repairs.subject_moves, tests/test_misread_obliques.py; the session 58
repairs in tests/test_fresh_copy_names.py):

* **the report's "that" clause hung inside a phrase before it** - "told lawmakers last week that the
  changes would bring in 17.7 billion euros" with the "that" clause a relative clause of "week" and
  "euros", tagged a verb, the speech verb's complement; "said in its bulletin that heavy to very
  heavy rainfall was likely" with "that" a relative pronoun: the clause "that" opens right after
  the verb's own phrases is the report, and what the parse made the complement goes inside it
  (``that_clause_hung_before_report``);
* **the report's subject read as an open complement of "say"** - "said reporting in several states
  had been "patchy at best"" with "reporting" an ``xcomp`` of "said" and "patchy" a complement with
  no subject: "say" takes no open complement, so the "-ing" word right after it is the subject of
  the report that follows its phrase (``gerund_subject_read_as_complement``);
* **the report's closing infinitive hung on the speech verb** (session 51) - "The official said
  harbour staff had been "under pressure" to let the boat sail because ..." with "to let" an
  adverbial clause of "said": an infinitive that starts right where the report ends, with no comma
  between, is the report's (``infinitive_torn_from_report``);
* **the report's joined subjects read as two clauses** (session 58) - "told RTL Today she and her
  partner had moved" with "moved" a conjunct of "told" and the "and" between its two subjects:
  the subjects are one coordinated subject and the clause the report
  (``coordinated_subjects_read_as_clauses``);
* **the report's verb read into its subject's relative clause** (session 58) - "found that a majority
  of women who had been cut supported the continuation ..." with "majority" a second subject of
  "found" and "supported" an open complement of "who had been cut"
  (``predicate_read_into_subjects_relative``);
* **a fronted report's subject read as the cue's first subject** (session 58) - "Mongolia's coal
  exports fell by nearly a third ..., customs data showed on Tuesday" with "exports" a subject of
  "showed" and "fell" its adverbial clause (``fronted_report_subject_read_as_cues``);
* **"all but" read as a coordination** (session 58) - "Analysts say he is all but certain to run"
  with "all" the report's head and "certain" a conjunct of "say": "all but" means "almost"
  (``all_but_read_as_coordination``);
* **the cue read as an adverbial clause between two subjects** (session 58) - "Experts on gambling
  addiction say the growth of online platforms has been accompanied by ..." with "say" an adverbial
  clause of "accompanied" (``cue_read_as_adverbial_between_subjects``);
* **the writer's reason read as the report** (session 57) - '"To see the number of cases that could
  change ... is stunning," since so many of the most important cases were decided by 5-to-4 votes,
  said Lee Epstein' with the "since" clause the speech verb's complement and the quote an adverbial
  clause: a report opens with "that", "whether", "if" or nothing, never "since" or "because"; the
  quote before it is what was said, and the clause the writer's reason for it (``reason_read_as_report``);
* **the report's verb read as a reduced relative of its subject** (session 57) - "An official ...,
  speaking on condition of anonymity ..., said the authorities expected schools to see a gradual
  return" with "authorities" a second subject of "said" and "expected" its ``acl``: a past form
  with an object of its own is no passive participle but the report's verb, the noun its subject
  (``report_read_as_reduced_relative``); and the other way round, "... said the fire showed that safety
  reforms introduced after the 2013 Rana Plaza collapse, which killed more than 1,100 people, had never
  reached many smaller factories" with "introduced" the clause's verb and "had never reached" a
  second, subjectless complement of "said": a past participle with a subject, no auxiliary and no
  object, whose phrase runs up to a finite clause with no subject, is a reduced relative of that
  subject, and the clause is the verb it lacked (``predicate_torn_from_reduced_relative``).
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .object_subjects import CLAUSE_ONLY
from .spans import QUOTE_MARKS
from .tree_edits import Moves


def that_clause_hung_before_report(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the "that" clause the report and the parse's complement part of it, or {}."""
    comps = [c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "ccomp"]
    if len(comps) != 1:
        return {}
    report = comps[0]
    start = min(sent.subtree(report))
    for that in range(verb.index + 1, start):
        w = sent.words[that]
        # (or "that" read as a relative pronoun: "said in its bulletin that heavy to very heavy
        # rainfall was likely", with "that heavy ... rainfall" a relative clause of "bulletin")
        relative = w.upos == "PRON" and w.rel == "nsubj" and sent.words[w.head].deprel == "acl:relcl"
        if w.lemma.lower() != "that" or not (w.upos == "SCONJ" and w.rel == "mark" or relative):
            continue
        clause = sent.words[w.head]
        if clause.index == report or not that < clause.index < start:
            continue
        if max(sent.subtree(clause.index)) != start - 1 or clause.rel not in ("acl:relcl", "acl", "advcl"):
            continue
        if any(sent.words[c].lemma.lower() in ("who", "which") for c in sent.children[clause.index]):
            continue  # (a relative clause of its own inside the report: "added that doctors who come back ... will not")
        # (the words between the cue and "that" are the cue's own: its listener, a time)
        if any(
            sent.words[k].head not in (verb.index, *range(verb.index + 1, that)) for k in range(verb.index + 1, that)
        ):
            continue
        return {clause.index: (verb.index, "ccomp"), report: (clause.index, "dep"), that: (clause.index, "mark")}
    return {}


def gerund_subject_read_as_complement(sent: Sentence, verb: Word) -> Moves:
    """The move that makes the "-ing" word after "say" the subject of the report after it, or {}."""
    if verb.lemma.lower() not in CLAUSE_ONLY or verb.index + 1 >= len(sent.words):
        return {}
    x = sent.words[verb.index + 1]
    if x.rel != "xcomp" or x.head != verb.index or not x.text.lower().endswith("ing"):
        return {}
    end = max(sent.subtree(x.index))
    report = next((c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > end), -1)
    # (an "and" inside the "-ing" phrase the parse gave the report: "said rising construction costs
    # and the discovery of contaminated ground had forced engineers to ...")
    cc = [c for c in sent.children[report] if c < end and sent.words[c].rel == "cc"] if report >= 0 else []
    own = [k for k in sent.subtree(report) if k not in cc] if report >= 0 else []
    if report >= 0 and has_subject(sent, report) and len(cc) == 0:
        return _modifier_of_first_conjunct(sent, x, report, end) or _past_verb_read_into_gerund(sent, verb, x)
    if report < 0 or has_subject(sent, report) or min(own) != end + 1 or len(cc) > 1:
        return _past_verb_read_into_gerund(sent, verb, x)
    conj = next((k for k in sent.subtree(x.index) if cc and k > cc[0] and sent.words[k].rel == "conj"), -1)
    if cc and conj < 0:
        return {}
    return {x.index: (report, "csubj"), **({cc[0]: (conj, "cc")} if cc else {})}


def _modifier_of_first_conjunct(sent: Sentence, x: Word, report: int, end: int) -> Moves:
    """ "said rising construction costs and the discovery of contaminated ground had forced ..."
    with "costs" the object of "rising" and "discovery" alone the subject: an "-ing" word with one
    noun for object right before "and" and the report's subject is that noun's modifier, and the
    noun the subject's first conjunct."""
    subject = next(c for c in sent.children[report] if sent.words[c].rel in ("nsubj", "nsubj:pass"))
    cc = end + 1
    args = [k for k in sent.children[x.index] if sent.words[k].upos != "PUNCT"]
    if sent.words[cc].rel != "cc" or sent.words[cc].head not in (report, subject) or len(args) != 1:
        return {}
    noun = sent.words[args[0]]
    if noun.rel != "obj" or noun.upos != "NOUN" or noun.index != end or min(sent.subtree(subject)) != cc + 1:
        return {}
    return {
        noun.index: (report, "nsubj"),
        x.index: (noun.index, "amod"),
        subject: (noun.index, "conj"),
        cc: (subject, "cc"),
    }


def _past_verb_read_into_gerund(sent: Sentence, verb: Word, x: Word) -> Moves:
    """ "said extending ageing reactors exposed the country to unnecessary risks" with "exposed" a
    reduced relative on "reactors": a participle with an object of its own and no subject or
    auxiliary is no reduced relative (a passive one takes no object) but the past tense of the
    report, whose subject is the "-ing" phrase before it."""
    for k in sent.subtree(x.index):
        w = sent.words[k]
        own = [sent.words[c].rel for c in sent.children[k]]
        # (or a modifier of the noun after it: "said ending a decree too early carried risks" with
        # "carried" an adjective of "risks"; the words before it on the noun are the gerund's)
        h = sent.words[w.head] if w.head >= 0 else w
        if w.rel == "amod" and w.upos == "VERB" and w.text.endswith("ed") and h.rel == "obj" and h.index == k + 1:
            moves = {k: (verb.index, "ccomp"), x.index: (k, "csubj"), h.index: (k, "obj")}
            moves.update(
                {c: (x.index, "advmod") for c in sent.children[h.index] if c < k and sent.words[c].rel == "amod"}
            )
            return moves
        if w.rel != "acl" or w.upos != "VERB" or not w.text.lower().endswith("ed") or "obj" not in own:
            continue
        if w.head == x.index or {"nsubj", "nsubj:pass", "aux", "aux:pass", "mark"} & set(own):
            continue
        return {k: (verb.index, "ccomp"), x.index: (k, "csubj")}
    return {}


def infinitive_torn_from_report(sent: Sentence, verb: Word) -> Moves:
    """The move that puts the infinitive right after the report under the report, or {}."""
    kids = sent.children[verb.index]
    report = next((c for c in kids if c > verb.index and sent.words[c].rel == "ccomp"), -1)
    if report < 0:
        return {}
    end = max(sent.subtree(report))
    for c in kids:
        w = sent.words[c]
        first = min(sent.subtree(c))
        if w.rel != "advcl" or w.upos != "VERB" or first != end + 1 or sent.words[first].upos == "PUNCT":
            continue  # (no comma between: "dismiss her proposals, only to ..." is the speaker's)
        if any(sent.words[k].rel == "mark" and sent.words[k].text.lower() == "to" for k in sent.children[c]):
            return {c: (report, "advcl")}
    return {}


_REASONS = frozenset({"since", "because", "although", "though", "while", "unless", "as"})


def reason_read_as_report(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the quote before a "since" clause the report, or {}."""
    comp = next((c for c in sent.children[verb.index] if sent.words[c].deprel == "ccomp" and c < verb.index), -1)
    if comp < 0 or not any(
        sent.words[k].rel == "mark" and sent.words[k].lemma.lower() in _REASONS for k in sent.children[comp]
    ):
        return {}
    start = min(k for k in sent.subtree(comp) if sent.words[k].upos != "PUNCT")
    for q in (c for c in sent.children[verb.index] if c < start and sent.words[c].rel in ("advcl", "parataxis", "dep")):
        sub = sent.subtree(q)
        marks = [k for k in sub if sent.words[k].text in QUOTE_MARKS]
        if sent.words[sub[0]].text in QUOTE_MARKS and len(marks) >= 2 and max(marks) < start:
            return {q: (verb.index, "ccomp"), comp: (q, "advcl")}
    return {}


def report_read_as_reduced_relative(sent: Sentence, verb: Word) -> Moves:
    """The moves that make the second subject's "reduced relative" the report, or {}."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj"]
    if len(subjects) != 2 or not subjects[0] < verb.index < subjects[1]:
        return {}
    noun = subjects[1]
    if min(sent.subtree(noun)) != verb.index + 1:
        return {}  # (the report's subject right after the verb)
    for p in (c for c in sent.children[noun] if c > noun and sent.words[c].deprel == "acl"):
        w = sent.words[p]
        own = {sent.words[c].rel for c in sent.children[p]}
        # (or a gerund clause right after it: "said the cameras risked turning every heated exchange
        # into a viral clip")
        gerund = (
            p + 1 in sent.children[p] and sent.words[p + 1].text.endswith("ing") and sent.words[p + 1].upos == "VERB"
        )
        if (
            w.upos == "VERB"
            and w.text.endswith("ed")
            and ("obj" in own or gerund or "xcomp" in own)  # (or "said the smaller clubs feared being locked out")
            and not own & {"nsubj", "aux", "mark"}
        ):
            moves = {p: (verb.index, "ccomp"), noun: (p, "nsubj")}
            return moves | _reason_before(sent, verb, subjects[0])
    return {}


def _reason_before(sent: Sentence, verb: Word, subject: int) -> Moves:
    """A "because" clause the parse made the cue's complement, between the subject and the cue: the
    reason in the subject's relative clause ("One player, who asked not to be named because his
    club had not cleared him ..., said the cameras ..."), on that clause's last verb before it."""
    for c in (c for c in sent.children[verb.index] if subject < c < verb.index and sent.words[c].deprel == "ccomp"):
        if not any(sent.words[k].rel == "mark" and sent.words[k].lemma.lower() in _REASONS for k in sent.children[c]):
            continue
        start = min(sent.subtree(c))
        host = max((k for k in sent.subtree(subject) if k < start and sent.words[k].upos == "VERB"), default=-1)
        return {c: (host, "advcl")} if host >= 0 else {}
    return {}


def predicate_torn_from_reduced_relative(sent: Sentence, verb: Word) -> Moves:
    """The moves that give the torn predicate back its subject and its place, or {}."""
    comps = [c for c in sent.children[verb.index] if sent.words[c].rel == "ccomp" and c > verb.index]
    if len(comps) != 2 or has_subject(sent, comps[1]) or not is_finite(sent, comps[1]):
        return {}
    first, torn = comps
    start = min(k for k in sent.subtree(torn) if sent.words[k].upos != "PUNCT")
    for k in sent.subtree(first):
        p = sent.words[k]
        own = {sent.words[c].rel: c for c in sent.children[k]}
        past = "VerbForm=Part" in p.feats or "Tense=Past" in p.feats  # (the tagger's past tense too)
        if p.upos != "VERB" or not past or "nsubj" not in own or own.keys() & {"aux", "obj", "ccomp", "xcomp"}:
            continue
        if sent.words[own["nsubj"]].upos not in ("NOUN", "PROPN"):
            continue  # (a relative clause's verb: "a soldier who died in the attack, is ...")
        if max(j for j in sent.subtree(k) if sent.words[j].upos != "PUNCT") != start - 1 - (
            sent.words[start - 1].text == ","
        ):
            continue
        moves: Moves = {k: (own["nsubj"], "acl"), own["nsubj"]: (torn, "nsubj"), torn: (p.head, p.deprel)}
        if "mark" in own:
            moves[own["mark"]] = (torn, "mark")
        return moves
    return {}


def coordinated_subjects_read_as_clauses(sent: Sentence, verb: Word) -> Moves:
    """ "Ana Pereira ... told RTL Today she and her partner had moved to Thionville" with "moved" a
    conjunct of "told" and its "and" between its two subjects: the subjects are joined, and the
    clause is the report (the moves, or {})."""
    for v in (c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "conj"):
        kids = sent.children[v]
        subjects = [c for c in kids if sent.words[c].rel == "nsubj" and c < v]
        cc = next((c for c in kids if sent.words[c].rel == "cc"), -1)
        if (
            len(subjects) != 2
            or not subjects[0] < cc < subjects[1]
            or any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index])
        ):
            continue
        if any(sent.words[k].text in (",", ";") for k in range(verb.index + 1, subjects[0])):
            continue  # (a clause after a comma may be the writer's: "told reporters, and he ... said")
        first, second = subjects
        return {second: (first, "conj"), cc: (second, "cc"), v: (verb.index, "ccomp")}
    return {}


def predicate_read_into_subjects_relative(sent: Sentence, verb: Word) -> Moves:
    """ "A 2021 survey by the Gambia Bureau of Statistics found that a majority of women who had been
    cut supported the continuation of the practice" with "majority" a second subject of "found" and
    "supported" an open complement of the relative clause "who had been cut": a finite verb hung
    that way is the report's, whose subject is the second subject (the moves, or {})."""
    second = [c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "nsubj"]
    if len(second) != 1 or any(sent.words[c].rel == "ccomp" for c in sent.children[verb.index]):
        return {}
    subject = second[0]
    for r in sent.subtree(subject):
        w = sent.words[r]
        if w.deprel != "acl:relcl" or not any(
            sent.words[c].lemma.lower() in ("who", "that", "which") for c in sent.children[r]
        ):
            continue
        f = next((c for c in sent.children[r] if c > r and sent.words[c].rel == "xcomp"), -1)
        if (
            f < 0
            or not {"VerbForm=Fin", "Tense=Past"} & set(sent.words[f].feats.split("|"))
            or sent.words[f].upos != "VERB"
        ):
            continue
        if any(sent.words[c].rel in ("mark", "aux") for c in sent.children[f]):
            continue  # (an infinitive or a participle of its own: "who asked not to be named")
        moves: Moves = {f: (verb.index, "ccomp"), subject: (f, "nsubj")}
        mark = next((c for c in sent.children[r] if sent.words[c].rel == "mark" and c < subject), -1)
        return moves | ({mark: (f, "mark")} if mark >= 0 else {})
    return {}


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "while", "when", "as", "because", "once", "if"})


def fronted_report_subject_read_as_cues(sent: Sentence, verb: Word) -> Moves:
    """ "Mongolia's coal exports fell by nearly a third ..., customs data showed on Tuesday" with
    "exports" a first subject of "showed" and "fell" its adverbial clause: a clause with no subject
    of its own right after the cue's first subject, which ends at the comma before the cue's own
    subject, is the fronted report and that first subject its subject (the moves, or {})."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 2:
        return {}
    first, second = subjects
    start = min(k for k in sent.subtree(second) if sent.words[k].upos != "PUNCT")
    for a in (c for c in sent.children[verb.index] if sent.words[c].deprel == "advcl" and first < c < second):
        clause = sent.words[a]
        if clause.upos != "VERB" or has_subject(sent, a) or "Tense=Past" not in clause.feats:
            continue
        if sent.words[start - 2].upos == "PROPN":
            continue  # (the second subject a name's apposition: "A woman later identified as Eva Resnick-Day, an activist ..., demanded")
        if any(
            sent.words[k].lemma.lower() in _SUBORDINATORS for k in [*sent.subtree(first), *sent.subtree(a)] if k < a
        ):
            continue  # (a time or a subordinate clause: "Minutes after the voting began, the chairman announced")
        span = sent.subtree(a)
        if (
            min(span) != max(sent.subtree(first)) + 1
            or sent.words[start - 1].text != ","
            or max(span) != start - 2 + (sent.words[start - 1].head == a)
        ):
            continue
        return {first: (a, "nsubj"), a: (verb.index, "ccomp")}
    return {}


def all_but_read_as_coordination(sent: Sentence, verb: Word) -> Moves:
    """ "Analysts say he is all but certain to run" with "all" the report's head and "certain" a
    conjunct of "say": "all but" is an adverb ("almost") of the word after it, which heads the report."""
    for c in (k for k in sent.children[verb.index] if sent.words[k].rel == "ccomp"):
        head, but = sent.words[c], c + 1
        if head.lemma.lower() != "all" or but + 1 >= len(sent.words) or sent.words[but].lemma.lower() != "but":
            continue
        real = sent.words[but + 1]
        if real.deprel != "conj" or real.head not in (verb.index, c) or sent.words[but].head != real.index:
            continue
        moves: Moves = {real.index: (verb.index, "ccomp"), c: (real.index, "advmod"), but: (c, "fixed")}
        return moves | {k: (real.index, sent.words[k].deprel) for k in sent.children[c] if k != but}
    return {}


def cue_read_as_adverbial_between_subjects(sent: Sentence, verb: Word) -> Moves:
    """ "Experts on gambling addiction say the growth of online platforms has been accompanied by
    ..." with "say" an adverbial clause of "accompanied", whose subjects are "Experts" and "growth":
    a speech verb with no subject between the two subjects of the verb it hangs on is the sentence's
    verb, the first subject its own and the rest what was said (the moves, or {})."""
    if verb.deprel != "advcl" or has_subject(sent, verb.index) or not 0 <= verb.head or verb.head < verb.index:
        return {}
    if "VerbForm=Fin" not in verb.feats or sent.words[verb.index + 1].upos == "ADP":
        return {}  # (no subject opens with a preposition: "refugees from Iraq admitted to the United States have been")
    head = sent.words[verb.head]
    subjects = [c for c in sent.children[head.index] if sent.words[c].rel == "nsubj"]
    before = [c for c in subjects if c < verb.index]
    after = [c for c in subjects if verb.index < c < head.index]
    if len(before) != 1 or len(after) != 1 or any(sent.words[c].rel == "mark" for c in sent.children[verb.index]):
        return {}
    if max(sent.subtree(before[0])) != verb.index - 1 or min(sent.subtree(after[0])) != verb.index + 1:
        return {}  # (the first subject's phrase right before the cue, the report's right after it)
    return {verb.index: (head.head, head.deprel), head.index: (verb.index, "ccomp"), before[0]: (verb.index, "nsubj")}
