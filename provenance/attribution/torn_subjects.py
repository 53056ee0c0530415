"""Subjects the parse hung elsewhere around a speech cue (session 54, from fresh articles;
tests/test_asides_and_mentions.py):

* a participle's object read as a second subject of the cue: "The man accused of shooting Slovak Prime
  Minister Robert Fico told a court ..." (``participles_object_read_as_second_subject``), or the
  participle read as the main verb and the cue its complement: "The man accused of shooting the prime
  minister told a court that ..." (``reduced_relative_read_as_main_verb``; with the gerund's object
  read as the cue's subject: "The chairwoman ... charged with swindling investors told a court",
  ``gerunds_object_read_as_subject``, session 55), or a report before it: "The
  woman arrested in the raid told reporters ..." (``reduced_relative_read_as_fronted_report``);
* a source's adjective read as a clause before the cue: "A source close to the administration, who did
  not want to be named ..., told The Courier that ..." (``described_source_read_as_clause``);
* the main verb read into the subject's relative clause, the noun the root: "..., a man who identified
  himself as Nur's brother but declined to give his name because he feared harassment told reporters
  ..." (``main_verb_read_into_relative``);
* the subject read into a fronted relative clause: "In Narva, where more than 90% of residents speak
  Russian, several parents ... said" (``subject_read_into_fronted_relative``);
* the report's subject split at a modifier, its head the cue's object: "said the number of vehicles
  entering the zone each day had fallen" (``subject_split_at_its_modifier``, session 55), or after a
  "that" read as its determiner, an oblique of the cue: "said on Tuesday that construction of the
  pipeline was more than 60% complete" (``subject_after_that_read_as_oblique``, session 55);
* session 55 too: a subject read as the object of "after" ("... after Graeme Rutherford
  confirmed ...": ``subject_read_as_object_of_subordinator``); a noun report before its copular
  predicate, both the cue's complements ("said the new car park ... was less than a ten-minute
  walk away": ``subject_read_as_report_before_predicate``); an apposition with a reduced relative
  read as the main clause ("The Accountability and Implementation Board, the panel created to
  oversee the Blueprint, said": ``apposition_read_as_main_clause``); the cue's subject coordinated
  after a report of an earlier cue (``conjunct_of_earlier_cue``, for fronted_subject).

Part of subject_repairs.subject_moves, after torn_reports.TORN_REPORTS, each reproduced with the
shipped parser.
"""

from __future__ import annotations

from provenance.syntax.tree import Sentence, Word

from .content import has_subject, is_finite
from .listed_subjects import LISTED_SUBJECTS
from .object_subjects import CLAUSE_ONLY, span
from .participle_subjects import placed_source_read_as_clause
from .torn_reports import TIME_NOUNS
from .tree_edits import Moves


def participles_object_read_as_second_subject(sent: Sentence, verb: Word) -> Moves:
    """ "The man accused of shooting Slovak Prime Minister Robert Fico told a court ..." with "man"
    and "Fico" both subjects of "told" and "accused" its adverbial clause: a verb has one subject,
    so the name right after the participle's phrase that hangs on the first subject is the object
    of the phrase's last verb ("shooting"), and the participle the first subject's modifier."""
    subjects = [c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and c < verb.index]
    if len(subjects) != 2 or sent.words[subjects[0]].upos != "NOUN":
        return {}
    first, second = subjects
    part = first + 1
    w = sent.words[part]
    if w.head != verb.index or w.rel not in ("advcl", "acl") or "VerbForm=Part" not in w.feats:
        return {}
    phrase = sent.subtree(part)
    if max(phrase) + 1 != min(k for k in sent.subtree(second) if sent.words[k].upos != "PUNCT"):
        return {}
    last = max((k for k in phrase if sent.words[k].upos == "VERB"), default=part)
    if any(sent.words[c].rel == "obj" for c in sent.children[last]):
        return {}
    return {part: (first, "acl"), second: (last, "obj")}


def reduced_relative_read_as_main_verb(sent: Sentence, verb: Word) -> Moves:
    """ "The man accused of shooting the prime minister told a court that ..." with "accused" the
    root, its subject "man", and "told" its complement with no subject (so "the man" accused
    someone "of shooting the prime minister"): a finite cue with no subject cannot be a complement,
    so the past form right after the noun is the noun's reduced relative and the cue the sentence's
    verb, the noun its subject."""
    h = verb.head
    if verb.rel != "ccomp" or h < 1 or has_subject(sent, verb.index) or "VerbForm=Fin" not in verb.feats:
        return {}
    w, n = sent.words[h], sent.words[h - 1]
    if w.upos != "VERB" or "Tense=Past" not in w.feats or n.head != h or n.rel != "nsubj" or n.upos != "NOUN":
        return {}
    if any(sent.words[c].rel in ("obj", "iobj", "aux") for c in sent.children[h]):
        return {}
    # (nor a verb that reports a clause of its own: "The union said it would strike, and its
    # general secretary ... told the BBC ...")
    if any(sent.words[c].rel == "ccomp" and c != verb.index and has_subject(sent, c) for c in sent.children[h]):
        return {}
    return {verb.index: (w.head, w.deprel), h: (n.index, "acl"), n.index: (verb.index, "nsubj")}


def gerunds_object_read_as_subject(sent: Sentence, verb: Word) -> Moves:
    """ "The chairwoman of a property developer charged with swindling investors told a court ..."
    with "charged" the root, "with" a subordinator of "told" and "investors" its subject: the
    same reduced relative as above, its gerund's object read as the cue's subject. A cue that is
    the complement of a past form right after its noun subject, whose subject a gerund modifies
    and a preposition ("with", "of", "for") opens, is the sentence's verb; the noun is its
    subject and the rest the participle's phrase."""
    h = verb.head
    if verb.rel != "ccomp" or h < 1 or "VerbForm=Fin" not in verb.feats:
        return {}
    w = sent.words[h]
    noun = next((c for c in sent.children[h] if sent.words[c].rel == "nsubj" and c < h), -1)
    if w.upos != "VERB" or "Tense=Past" not in w.feats or noun < 0 or sent.words[noun].upos != "NOUN":
        return {}
    if any(sent.words[c].rel in ("obj", "iobj", "aux", "aux:pass") for c in sent.children[h]):
        return {}
    subject = next((c for c in sent.children[verb.index] if sent.words[c].rel == "nsubj" and h < c < verb.index), -1)
    mark = h + 1
    if subject < 0 or sent.words[mark].text.lower() not in ("with", "of", "for") or sent.words[mark].head != verb.index:
        return {}
    gerund = mark + 1
    g = sent.words[gerund]
    if (
        g.upos != "VERB"
        or not g.text.lower().endswith("ing")
        or g.head != subject
        or max(sent.subtree(subject)) != verb.index - 1
    ):
        return {}
    return {
        verb.index: (w.head, w.deprel), h: (noun, "acl"), noun: (verb.index, "nsubj"),
        gerund: (h, "advcl"), mark: (gerund, "mark"), subject: (gerund, "obj"),
    }  # fmt: skip


def apposition_read_as_main_clause(sent: Sentence, verb: Word) -> Moves:
    """ "The Accountability and Implementation Board, the panel created to oversee the Blueprint,
    said in a statement that ..." with "created" the root, "Board" and "panel" both its subjects
    and "said" a parataxis with none: a past form right after the second of two subjects, the
    second set off by a comma, is that noun's reduced relative, the noun the first's apposition,
    and the first the cue's subject."""
    h = verb.head
    if verb.rel not in ("parataxis", "ccomp", "conj") or h < 1 or has_subject(sent, verb.index):
        return {}
    if "VerbForm=Fin" not in verb.feats or any(sent.words[c].rel == "ccomp" and c < h for c in sent.children[h]):
        return {}  # (not "..., Lohmar said, adding that ...": a cue with a report of its own)
    w = sent.words[h]
    subjects = [c for c in sent.children[h] if sent.words[c].rel == "nsubj" and c < h]
    if w.upos != "VERB" or "Tense=Past" not in w.feats or len(subjects) != 2 or subjects[1] != h - 1:
        return {}
    first, second = subjects
    lead = min(sent.subtree(second))
    if sent.words[lead - 1].text != "," or max(k for k in sent.subtree(first) if sent.words[k].upos != "PUNCT") >= lead:
        return {}
    if any(sent.words[c].rel in ("obj", "iobj", "aux") for c in sent.children[h]):
        return {}
    return {verb.index: (w.head, w.deprel), first: (verb.index, "nsubj"), second: (first, "appos"), h: (second, "acl")}


def reduced_relative_read_as_fronted_report(sent: Sentence, verb: Word) -> Moves:
    """ "The woman arrested in the raid told reporters she was innocent" with "arrested" a report
    before "told" (its subject "woman") and "told" left with none: a report before its cue is set
    off by a comma or a quote mark, so a past form right after its noun that runs up to the cue
    unbroken is the noun's reduced relative, and the noun the cue's subject."""
    if has_subject(sent, verb.index) or "VerbForm=Fin" not in verb.feats:
        return {}
    for c in (k for k in sent.children[verb.index] if k < verb.index and sent.words[k].rel == "ccomp"):
        w, n = sent.words[c], sent.words[c - 1]
        # (the sentence's stop the parse may hang on it aside)
        words = [k for k in sent.subtree(c) if k < verb.index]
        if max(words) != verb.index - 1 or any(sent.words[k].upos == "PUNCT" for k in words):
            continue
        if any(sent.words[k].upos != "PUNCT" for k in sent.subtree(c) if k > verb.index):
            continue
        if w.upos == "VERB" and "Tense=Past" in w.feats and n.head == c and n.rel == "nsubj" and n.upos == "NOUN":
            if not any(sent.words[k].rel in ("obj", "iobj", "aux") for k in sent.children[c]):
                return {c: (n.index, "acl"), n.index: (verb.index, "nsubj")}
    return {}


def subject_read_into_fronted_relative(sent: Sentence, verb: Word) -> Moves:
    """ "In Narva, where more than 90% of residents speak Russian, several parents at a meeting ...
    said they had learned ..." with the "where" clause the cue's complement and "parents" its
    object: a clause opened by "where", "which" or "who" right after a noun and a comma is that
    noun's relative clause, and the phrase set off after it that runs up to the cue, with no
    subject, is the cue's subject."""
    if has_subject(sent, verb.index):
        return {}
    before = [k for k in sent.children[verb.index] if k < verb.index]
    # (or a relative clause already, which an earlier repair hung on the noun)
    relatives = [r for k in before for r in sent.children[k] if sent.words[r].deprel == "acl:relcl" and r > k]
    for c in [k for k in before if sent.words[k].rel == "ccomp"] + relatives:
        first = min(sent.subtree(c))
        if sent.words[first].text.lower() not in ("where", "which", "who"):
            continue
        if first < 2 or sent.words[first - 1].text != "," or sent.words[first - 2].upos not in ("NOUN", "PROPN"):
            continue
        for p in sent.subtree(c):
            w = sent.words[p]
            phrase = [k for k in sent.subtree(p) if sent.words[k].upos != "PUNCT"]
            if w.head in (c, *sent.subtree(c)) and w.rel in ("obj", "nmod", "obl") and w.upos == "NOUN" and phrase:
                if max(phrase) == verb.index - 1 and sent.words[min(phrase) - 1].text == ",":
                    clause = {c: (first - 2, "acl:relcl")} if sent.words[c].rel == "ccomp" else {}
                    return {**clause, p: (verb.index, "nsubj")}
    return {}


def described_source_read_as_clause(sent: Sentence, verb: Word) -> Moves:
    """ "A source close to the administration, who did not want to be named ..., told The Courier
    that ..." with "close" a clause before the cue (its subject "source") and the "who" clause a
    second one: the cue had no subject and reported "A source close to the administration". A noun
    with an adjective after it ("close to", "familiar with"), set off from a "who" clause by a
    comma, is the cue's subject, described by both."""
    if has_subject(sent, verb.index):
        return {}
    comps = [c for c in sent.children[verb.index] if c < verb.index and sent.words[c].rel == "ccomp"]
    if len(comps) != 2 or sent.words[comps[0]].upos != "ADJ":
        return {}
    adj, rel = comps
    nouns = [k for k in sent.children[adj] if sent.words[k].rel == "nsubj" and k == adj - 1]
    first = min(sent.subtree(rel))
    who = next((k for k in sorted(sent.subtree(rel)) if sent.words[k].upos != "PUNCT"), rel)
    if not nouns or sent.words[nouns[0]].upos != "NOUN" or sent.words[who].text.lower() not in ("who", "which"):
        return {}
    if sent.words[first].text != "," or any(sent.words[k].rel in ("cop", "aux") for k in sent.children[adj]):
        return {}
    n = nouns[0]
    return {n: (verb.index, "nsubj"), adj: (n, "amod"), rel: (n, "acl:relcl")}


def main_verb_read_into_relative(sent: Sentence, verb: Word) -> Moves:
    """ "Outside the courthouse Monday, a man who identified himself as Nur's brother but declined
    to give his name because he feared harassment told reporters ..." with "man" the root and
    "told" an open complement deep in the relative clause: no speaker. A finite cue with no subject
    inside the relative clause of a root noun (the sentence has no verb of its own) is the
    sentence's verb, and the noun its subject."""
    root = next((w for w in sent.words if w.head < 0), None)
    if root is None or root.upos != "NOUN" or has_subject(sent, verb.index) or "VerbForm=Fin" not in verb.feats:
        return {}
    if verb.rel not in ("xcomp", "conj", "advcl") or verb.index < root.index:
        return {}
    relatives = [c for c in sent.children[root.index] if sent.words[c].deprel == "acl:relcl" and c < verb.index]
    if not any(verb.index in sent.subtree(r) for r in relatives):
        return {}
    return {verb.index: (-1, "root"), root.index: (verb.index, "nsubj")}


def subject_split_at_its_modifier(sent: Sentence, verb: Word) -> Moves:
    """ "The council said the number of vehicles entering the zone each day had fallen ..." with
    "number" the object of "said" and "day" the subject of "fallen"; "said a revised plan to
    reduce the risk of whales becoming entangled in fishing gear was unlikely ..." with "gear" the
    subject: a verb that takes a clause and no object (``CLAUSE_ONLY``) has none beside its clause,
    so its object (a common noun, not a time: "said this week the plan ...") is the clause's
    subject, and the noun the parse made the subject, right after the object's phrase, ends that
    phrase (on its last verb, else on its last word)."""
    if verb.lemma.lower() not in CLAUSE_ONLY:
        return {}
    kids = sent.children[verb.index]
    obj = next((c for c in kids if sent.words[c].rel == "obj" and c > verb.index), -1)
    if obj < 0 or sent.words[obj].upos != "NOUN" or sent.words[obj].lemma.lower() in TIME_NOUNS:
        return {}
    comp = next((c for c in kids if sent.words[c].rel == "ccomp" and c > obj), -1)
    subject = (
        next((c for c in sent.children[comp] if sent.words[c].rel in ("nsubj", "nsubj:pass")), -1) if comp >= 0 else -1
    )
    if subject < 0 or subject > comp or sent.words[subject].upos != "NOUN":
        return {}
    first, last = span(sent, obj)
    if min(sent.subtree(subject)) != last + 1 or any(sent.words[k].upos == "PUNCT" for k in range(first, last + 1)):
        return {}
    verbs = [k for k in range(obj + 1, last + 1) if sent.words[k].upos == "VERB"]
    host = verbs[-1] if verbs else last
    return {obj: (comp, sent.words[subject].deprel), subject: (host, "obl" if verbs else "nmod")}


def subject_after_that_read_as_oblique(sent: Sentence, verb: Word) -> Moves:
    """ "The ministry said on Tuesday that construction of the pipeline was more than 60% complete
    and that ..." with "that" a determiner of "construction", the noun an oblique of "said" and
    "complete" a report with no subject: a noun phrase with no preposition of its own, opened by
    "that", right before a finite report with no subject, is the report's subject, the "that" its mark."""
    kids = sent.children[verb.index]
    for n in (c for c in kids if c > verb.index and sent.words[c].rel == "obl" and sent.words[c].upos == "NOUN"):
        first, last = span(sent, n)
        if sent.words[first].lemma.lower() != "that" or sent.words[first].head != n:
            continue
        if any(sent.words[c].rel == "case" for c in sent.children[n]):
            continue
        comp = next((c for c in kids if sent.words[c].rel == "ccomp" and c > last), -1)
        if comp < 0 or has_subject(sent, comp) or not is_finite(sent, comp):
            continue
        if min(k for k in sent.subtree(comp) if sent.words[k].upos != "PUNCT") == last + 1:
            return {n: (comp, "nsubj"), first: (comp, "mark")}
    return {}


_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "when", "while", "once"})


def subject_read_as_object_of_subordinator(sent: Sentence, verb: Word) -> Moves:
    """ "Henrik Lindqvist has emerged as the favourite after Graeme Rutherford confirmed on Wednesday
    that he had withdrawn" with "after" a preposition, "Rutherford" its object and "confirmed" a
    conjunct of "emerged" (so Lindqvist confirmed): a finite cue joined to the clause before with
    no coordinator and no subject, right after a name or noun phrase that a subordinator opens,
    is the subordinator's clause, and the phrase its subject."""
    if verb.rel != "conj" or verb.head < 0 or has_subject(sent, verb.index) or "VerbForm=Fin" not in verb.feats:
        return {}
    if any(sent.words[c].rel == "cc" for c in sent.children[verb.index]):
        return {}
    # (the phrase that ends right before the verb, climbing from its last word to the first that a
    # subordinator opens: "after trade body Offshore Energies UK (OEUK) warned that ..." ends in a bracket)
    noun = verb.index - 1
    while noun >= 0 and not _opened_by_subordinator(sent, noun):
        up = sent.words[noun].head
        if not (0 <= up < verb.index and max(sent.subtree(up)) == verb.index - 1):
            return {}
        noun = up
    if noun < 0 or sent.words[noun].upos not in ("PROPN", "NOUN") or max(sent.subtree(noun)) != verb.index - 1:
        return {}
    opener = min(sent.subtree(noun))
    return {noun: (verb.index, "nsubj"), opener: (verb.index, "mark"), verb.index: (verb.head, "advcl")}


def _opened_by_subordinator(sent: Sentence, k: int) -> bool:
    first = sent.words[min(sent.subtree(k))]
    return first.rel == "case" and first.head == k and first.text.lower() in _CLAUSE_OPENERS


def subject_read_as_report_before_predicate(sent: Sentence, verb: Word) -> Moves:
    """ "the council said the new 400-space multi-storey car park on the former Vaux site was less
    than a ten-minute walk away" with "park" and "walk" both complements of "said", "walk" with
    its copula and no subject: a noun complement right before a copular complement that has no
    subject is that clause's subject."""
    comps = [c for c in sent.children[verb.index] if c > verb.index and sent.words[c].rel == "ccomp"]
    for n, clause in zip(comps, comps[1:]):
        if sent.words[n].upos != "NOUN" or any(sent.words[c].rel in ("cop", "nsubj") for c in sent.children[n]):
            continue
        lead = min(k for k in sent.subtree(clause) if sent.words[k].upos != "PUNCT")
        copula = any(sent.words[c].rel == "cop" for c in sent.children[clause])
        if copula and not has_subject(sent, clause) and lead == max(sent.subtree(n)) + 1:
            return {n: (clause, "nsubj")}
    return {}


def report_read_as_adverbial_clause(sent: Sentence, verb: Word) -> Moves:
    """ "The average retail price of rice rose for the 15th straight week, government data showed
    Friday, as ..." with "price" and "data" both subjects of "showed" and "rose" its adverbial
    clause: a cue's first subject, right before a subjectless clause with no subordinator that ends
    at the comma before the second subject, is that clause's subject, and the clause what the cue
    reports (it closes the sentence's report; a cue with an object or a report of its own does not)."""
    kids = sent.children[verb.index]
    subjects = [c for c in kids if sent.words[c].rel in ("nsubj", "nsubj:pass") and c < verb.index]
    # (a cue with a report or an object of its own says that: "Minutes after the voting began,
    # the chairman announced four votes for Trump")
    if len(subjects) != 2 or any(sent.words[c].rel in ("obj", "ccomp", "xcomp") for c in kids):
        return {}
    first, second = subjects
    clause = next((c for c in kids if sent.words[c].deprel == "advcl" and first < c < second), -1)
    if clause < 0 or sent.words[clause].upos != "VERB" or has_subject(sent, clause):
        return {}
    own = sent.children[clause]
    if any(sent.words[c].rel == "mark" for c in own) or max(sent.subtree(first)) >= clause:
        return {}
    if (
        sent.words[min(sent.subtree(second)) - 1].text != ","
        or max(sent.subtree(clause)) != min(sent.subtree(second)) - 1
    ):
        return {}
    return {first: (clause, "nsubj"), clause: (verb.index, "ccomp")}


# In the order their moves win (subject_repairs._MISREAD_ARGUMENTS)
TORN_SUBJECTS = (
    participles_object_read_as_second_subject,
    subject_split_at_its_modifier,
    subject_after_that_read_as_oblique,
    subject_read_as_object_of_subordinator,
    subject_read_as_report_before_predicate,
    reduced_relative_read_as_main_verb,
    gerunds_object_read_as_subject,
    apposition_read_as_main_clause,
    reduced_relative_read_as_fronted_report,
    subject_read_into_fronted_relative,
    described_source_read_as_clause,
    placed_source_read_as_clause,
    main_verb_read_into_relative,
    report_read_as_adverbial_clause,
    *LISTED_SUBJECTS,
)


def conjunct_of_earlier_cue(sent: Sentence, clause: int, cc: int, verb: Word, subject: int) -> Moves:
    """ "The union said it would strike, and its general secretary, Mark Doyle, told the BBC ..."
    with the secretary a conjunct inside the union's report: when the clause before the
    coordinator ``cc`` (its verb ``clause``, however deep: "said it would bid to host the race")
    is the report of the cue the verb hangs on, the verb is coordinated with that cue, not with
    the report, and ``subject`` is its subject (fronted_subject._conjunct_of_clause_subject)."""
    top = clause
    while 0 <= sent.words[top].head < cc and sent.words[top].head != verb.head:
        top = sent.words[top].head
    cue = sent.words[top].head
    if sent.words[top].rel != "ccomp" or not 0 <= cue < top or verb.head != cue:
        return {}
    return {verb.index: (cue, "conj"), subject: (verb.index, "nsubj"), cc: (verb.index, "cc")}
