"""Speech complements the parser hung in the wrong place, put back under their speech verb.

Misparses of "X said CLAUSE" that the compact parser makes on news text, where no pattern can see
a reported clause because the tree has none (each reproduced with the shipped parser):

* **a "that" clause under the verb's time, occasion or listener** - "Roe said in an email
  Wednesday that he never heard any remarks" comes out as ``acl(Wednesday, heard)`` with
  ``mark(heard, that)``; "told the committee that ..." as ``acl(committee, ...)``. A clause with
  its own subject and the complementiser "that" (the parser's ``mark``, not a relative pronoun)
  under the verb's ``obl``/``nmod`` noun, or under the object of a listener verb (tell, inform),
  is the verb's complement. Not under a noun with a content of its own (``content_nouns``:
  "responding to accusations that he lied" - the accusers' claim), and not under the object of
  a say-verb ("denied the report that he lied": the report is what was denied). When the "that"
  comes *before* the noun ("told Trump that without the Latino vote he is ..."), the noun's phrase moves too.
* **a "that" clause read as an adverbial clause** - "wrote in an op-ed that he penned the
  remarks" as ``advcl(wrote, penned)``: adverbial clauses open with "because", "if", never a lone "that".
* **a noun with a content read as a verb** - "denied reports that the firm would close" with
  "reports" the verb's complement: the verb's object (``noun_clauses.content_noun_read_as_verb``).
* **a noun's "that" clause read as the verb's** - "pushed back against claims by agencies that
  ..." as ``advcl(pushed, ...)``: it goes under the noun (``noun_clauses.content_noun_clause``).
* **an indirect question hung elsewhere** - "asked X whether ..." (``question_clauses``); **a cue
  before a colon read as a noun** - 'The ministry warns: "..."' (``colon_cues``).
* **a complement read as a conjunct** - "The council stated in July it opposed the pipeline" as
  ``conj(stated, opposed)``: a "conjunct" with its own subject and no coordinator, punctuation,
  preposition or subordinator before it, of a verb with no object, is no coordination.
* **a bare clause read as a relative clause of the occasion, an adverbial clause read as the
  complement, the time of saying read into the clause** - "said in an interview she had no
  regrets", '"...," Roe told the Journal, after Doe stated ...', "said in an email Tuesday the vote
  was delayed" (``occasion_clauses``).
* **a preposition hung on a compound modifier** - "According to a recent Washington Post-ABC
  News poll, ..." as ``case(Post, According)`` with ``compound(poll, Post)``: a modifier inside a
  noun phrase takes no preposition of its own, so one before it belongs to the phrase's head.
* **a source noun's modifier read as its head** - "according to aides close to him" as
  ``obl(close, aides)``: the noun a prepositional cue marks heads its phrase
  (modifiers.py); and "People close to Clinton say", '"...," people familiar
  with the plan said' with ``nsubj(close, People)``: the noun is the speech verb's subject
  (modifiers.py).
* **names joined by a slash read as a coordination** - "A new Reuters/Ipsos poll shows" with
  ``conj(Reuters, poll)``: the names modify the noun, which heads (``modifiers.slash_compound``).
* **a plural's possessive apostrophe read as punctuation** - "The Canadian Home Builders'
  Association said" with "Builders" a second subject (``modifiers.plural_possessive``); a fronted
  time made the subject with the speaker its conjunct ("Wednesday at the debate, Jane Roe said":
  ``modifiers.time_subject``).
* **a closing cue the tagger broke** - "..., a new analysis shows." / "..., researchers report."
  with the verb tagged a noun and its subject the noun's compound
  (``tag_repairs.closing_verb_read_as_noun``), and "..., Federal Election Commission records
  show." with "records" tagged a second verb (``tag_repairs.document_noun_read_as_verb``).
* **a speech participle read as a modifier** - "..., saying conservatives need to band
  together" as ``amod(conservatives, saying)``: the participle clause of the sentence's verb,
  reporting the clause (``modifiers.speech_participle_as_modifier``).
* **a speech participle read as a conjunct of the clause its sibling reports** - "acknowledging
  that Doe had tapped into a vein but warning that ..." with ``conj(tapped, warning)``: it is
  the first participle's conjunct (``modifiers.participle_in_sibling_report``); a clause right
  after a bare "saying" is its complement (``modifiers.clause_after_participle``).
* **a postponed infinitive hung on an interrupting cue** - "It is important, she said, to keep the
  doors open" with ``advcl(said, keep)``: it goes back to "important", and both halves are what
  was said (``modifiers.extraposed_after_cue``).
* **a speech verb before "that" read as a participle** - "But Williams, who's running ..., added
  that he is on a mission" with "added" a modifier of "mission" and "Williams" its second subject
  (``tag_repairs.cue_before_that_read_as_modifier``); and a subject read as a vocative ("But
  Jones, who is running ..., added that ...": ``modifiers.vocative_subject``).
* **an adjective of stance read as a conjunct of the topic before it** - "are confident in the
  plan and skeptical about the timeline" with ``conj(plan, skeptical)``: the adjectives are the
  conjuncts (``modifiers.stance_conjunct``).
* **a reduced relative clause read as the main verb** - '"Help us help our coach," team members
  dressed for a game say in unison' with "dressed" the root and "say" its oblique: the participle
  modifies the noun, which is the subject of "say" (``tag_repairs.say_after_reduced_relative``).
* **a speech verb's subject read as the subject of its reduced relative** - '"...," said an
  official involved in the talks' with ``nsubj(involved, official)`` and ``ccomp(said,
  involved)``: the noun is the verb's subject (``participle_subjects``).
* **a closing cue's subject described by a relation** - "..., people close to him insist" with
  "close to him" a prepositional phrase and "insist" a noun: the cue is the main verb, the noun
  phrase before "close" its subject and the content before the comma what was said
  (``relational_subjects``).
* **a sequencing word read as a second subject** - "Harris further alleges" with
  ``nsubj(alleges, further)``: an adverb (``double_subject.adverb_read_as_subject``).
* **a title or a list of names read apart from the name** - '"...," tweeted Rubio spokesman Alex
  Conant' with two objects, "said Coun. Amy Ho" with two subjects: the title is the name's
  (``double_subject.title_read_as_second_argument``); "Sens. Tom Carper, Dianne Feinstein ...
  and Ben Cardin said" read flat: a coordination (``name_lists``); "Trump himself said" with
  "Trump" an imperative verb: the subject (``double_subject.name_as_subject``); "Nova Scotia Health
  spokesperson Brendan Elliott said" with the name hung across the title, titles joined by "and",
  a name inside an office's "of" phrase or a place's conjunct: the name heads (``titled_names``).
* **the main verb read into the subject's relative clause** - "The Treasury Board, which wrote
  the rules, disagreed." with the noun the root and ``conj(wrote, disagreed)``: the verb is the
  root and the noun its subject (``relative_roots``); a name set off after the subject's phrase,
  hung on a noun inside it ("The top Republican on the committee, Sen. Roger Wicker, said"), is
  the subject's apposition (``double_subject.name_hung_inside_subject``).
* **the writer's aside read into the reported clause** - "said the deficit was $40 billion, a
  figure disputed by economists": the apposition hangs on the speech verb (``dep``), outside what
  was said (``noun_clauses.writer_aside``).
* **an expletive read as a subject** - "It is understood the talks will resume" with
  ``nsubj:pass(understood, It)``: ``expl``, as the parse gives "It is believed that ..."
  (``passives.expletive_it``).
* **a business named in its possessive form read as an owner** - "Penfold's said it had not asked
  ..." as ``nmod:poss(said, Penfold)``: the name is the subject (``body_names``); **the main
  clause read into a subordinate report** - "Though officials said the bridge was safe, engineers
  disagreed" with ``conj(safe, disagreed)``; **an occasion's noun read as a verb** - "told
  analysts on an earnings call that ..." (``occasion_clauses``).
* **the reported clause's verb read as the root** - "Some workers who voted no said they feared
  the union would bring strikes" with "bring" the root, two subjects, and "said" a relative
  clause of "workers" (``reported_roots``); and, last of all, **a clause no repair placed**,
  recovered from the words ("said keepers arrived ...", "said on a call with analysts that ...":
  ``uncovered_clauses``).
* **a name opening a sentence read as a common noun** - "Ledgerline at the time called the
  report ..." after "payments startup Ledgerline": the article's own lone names, retagged for the
  whole article before the sentence repairs (``opening_names.opening_names``); and **a body's name
  the parse read apart** that an acronym of the same article spells - "Transport for London said"
  with "TfL" later (``acronym_names.acronym_names``).

A second "that" clause coordinated with the first ("conceded that he was trailing - and that
Pennsylvania may be slipping") moves with it. The repair changes only those arcs, and only where the
verb has no complement clause yet. ``Attributor.repair`` runs it once per article before attribution,
and the sources stage reads the same repaired tree (``provenance.pipeline.analyse_document``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from provenance.syntax.tree import Sentence, Word

from .acronym_names import acronym_names
from .colon_cues import colon_verb_read_as_noun
from .contact_relatives import contact_relative
from .cue_modifiers import (
    cue_in_contact_relative,
    cue_read_as_listeners_modifier,
    cue_read_as_noun_before_that,
    cue_read_as_object_of_plural,
    cue_read_as_subjects_modifier,
    plural_subject_of,
    say_read_as_noun_after_share,
    saying_read_as_modifier_after_with,
)
from .document_cues import document_verb_read_as_noun
from .intention_verbs import intention_read_as_noun
from .late_repairs import late_repairs
from .model import ParsedParagraph
from .modifier_moves import modifier_moves
from .noun_clauses import (
    compound_read_as_relative,
    content_noun_clause,
    gerund_read_as_relative,
    plural_before_auxiliary,
    plural_before_past,
    plural_before_relative,
    plural_subject_read_as_verb,
)
from .occasion_clauses import (
    clause_on_occasion,
    quote_read_as_adverbial,
    reads_adverbial,
    subordinate_complement,
)
from .opening_names import opening_names
from .participle_subjects import speaker_read_into_participle, speech_read_under_participle
from .phrase_repairs import phrase_repairs
from .retags import retag_nouns_and_verbs
from .stranded_names import participle_subjects
from .subject_repairs import subject_moves
from .tag_repairs import (
    closing_cue_read_as_modifier,
    cue_before_that_read_as_modifier,
    plural_noun_read_as_cue,
    say_after_reduced_relative,
    say_read_as_noun,
    verb_lemma,
)
from .that_clauses import coordinated_that, has_subject, is_clause, joined_after, said_that, that_as_object, that_clause
from .tree_edits import is_tree, moved, retagged
from .uncovered_clauses import clause_left_under_cue, cue_read_as_noun, verb_read_as_object_of_say

IsSpeech = Callable[[Word, Sentence], bool]
InLexicon = Callable[[str, str], bool]

_CIRCUMSTANCE = ("obl", "nmod")  # obl, obl:tmod, obl:npmod, nmod:tmod: when, where, how
_LISTENER_OBJECTS = ("obj", "iobj")
_COMPLEMENTS = ("ccomp", "xcomp")


def _under_noun(
    sent: Sentence, x: Word, is_speech: IsSpeech, is_listener: Callable[[Word], bool], in_lex: InLexicon
) -> int:
    """The speech verb whose time, occasion or listener noun took the clause ``x`` (-1 if none)."""
    that = that_clause(sent, x) if x.rel == "acl" else -1
    if that < 0:
        return -1
    noun = sent.words[x.head]
    if noun.head < 0 or noun.index > x.index:
        return -1
    verb = sent.words[noun.head]
    # (or an adjective of stance: "were hopeful Tuesday that the problems would be forgotten")
    stance = verb.upos == "ADJ" and in_lex("stance_adjectives", verb.lemma.lower())
    if not (is_speech(verb, sent) or stance) or verb.index > noun.index:
        return -1
    if that < noun.index:
        return verb.index  # "told Trump that without the Latino vote he is ...": the noun is the clause's
    if in_lex("content_nouns", noun.lemma.lower()):
        return -1  # "responding to accusations that he ...": the accusers' claim
    when = in_lex("time_nouns", noun.lemma.lower())  # ("announced Tuesday that" with the day an object)
    if noun.rel in _CIRCUMSTANCE or when or (noun.rel in _LISTENER_OBJECTS and is_listener(verb)):
        return verb.index
    return -1


def _that_adverbial(sent: Sentence, x: Word, is_speech: IsSpeech) -> int:
    """The speech verb whose "that" clause the parser read as an adverbial clause (-1 if none).

    "wrote in an op-ed that he penned the remarks" as ``advcl(wrote, penned)``: an adverbial clause
    is introduced by "because", "if", "so that" - never by a lone "that". Nor does a verb take a
    relative clause ("cautioned that nothing had been finalized" as ``acl:relcl``)."""
    verbal = x.rel == "advcl" or (x.rel == "acl" and x.head >= 0 and sent.words[x.head].upos == "VERB")
    if not verbal or x.head < 0 or x.head > x.index or that_clause(sent, x) < 0:
        return -1
    if sum(1 for c in sent.children[x.index] if sent.words[c].rel == "mark") > 1:
        return -1  # "so that", "now that"
    if any(sent.words[c].text.lower() in ("so", "such", "now") for c in sent.children[x.head] if c < x.index):
        return -1  # "worded it so that ...": a result clause of the verb
    return x.head if is_speech(sent.words[x.head], sent) else -1


def _asyndetic_conjunct(sent: Sentence, x: Word, is_speech: IsSpeech) -> int:
    """The speech verb whose "conjunct" ``x`` is really its complement clause (-1 if none)."""
    if x.deprel != "conj" or x.head < 0 or x.head > x.index or not has_subject(sent, x.index):
        return -1
    verb = sent.words[x.head]
    if not is_speech(verb, sent):
        return -1
    if any(sent.words[c].rel in ("cc", "obj") for c in sent.children[x.index] if c < x.index):
        return -1
    if any(sent.words[c].rel == "obj" for c in sent.children[verb.index]):
        return -1  # "won't reveal the terms of the deal he reached": the object is what is said
    if any(sent.words[j].upos in ("ADP", "SCONJ") for j in sent.subtree(x.index) if j < x.index):
        return -1  # "was disclosed after a document was found": a subordinate clause
    if any(sent.words[j].upos == "PUNCT" or sent.words[j].rel == "cc" for j in range(verb.index + 1, x.index)):
        return -1
    return verb.index


def _words_and_subjects(
    sent: Sentence, is_speech: IsSpeech, is_listener: Callable[[Word], bool], in_lex: InLexicon
) -> Sentence:
    """The repairs before the complements': prepositions, modifiers, tags, clause subjects."""
    sent = participle_subjects(phrase_repairs(sent, in_lex), lambda x: in_lex("document_nouns", x))
    sent = contact_relative(sent)
    for modifiers in modifier_moves(sent, is_speech, in_lex):
        if modifiers and is_tree(sent, modifiers):
            sent = moved(sent, modifiers)
    for say, moves_say in (
        say_read_as_noun(sent),
        closing_cue_read_as_modifier(sent, in_lex),
        cue_before_that_read_as_modifier(sent, in_lex),
        say_after_reduced_relative(sent),
        colon_verb_read_as_noun(sent, in_lex),
        cue_read_as_subjects_modifier(sent, in_lex),
        cue_read_as_listeners_modifier(sent, in_lex),
        cue_read_as_object_of_plural(sent, in_lex),
        cue_read_as_noun_before_that(sent, in_lex),
        cue_in_contact_relative(sent, in_lex),
        say_read_as_noun_after_share(sent),
        saying_read_as_modifier_after_with(sent, in_lex),
    ):
        if say >= 0 and is_tree(sent, moves_say):
            sent = moved(sent, moves_say)
            sent = retagged(sent, say, "VERB", lemma=verb_lemma(sent.words[say], in_lex))
            if (plural := plural_subject_of(sent, say)) >= 0:  # ("Industry analysts caution that")
                sent = retagged(sent, plural, "NOUN", feats="Number=Plur")
    sent = intention_read_as_noun(retag_nouns_and_verbs(sent, in_lex), is_speech)
    person = lambda lemma: in_lex("person_roles", lemma) or in_lex("generic_persons", lemma)  # noqa: E731
    speaker, moves_speaker = speaker_read_into_participle(sent, is_speech, person)
    if speaker >= 0 and is_tree(sent, moves_speaker):
        sent = moved(sent, moves_speaker)
        if sent.words[speaker].upos == "ADJ":  # ("one official involved in the planning said")
            sent = retagged(sent, speaker, "NOUN", feats="Number=Sing")
    elif (under := speech_read_under_participle(sent, is_speech, person, in_lex)) and is_tree(sent, under):
        sent = moved(sent, under)  # ("A person briefed on the review, who ..., said")
    sent = _plural_subjects(sent, is_speech, in_lex)
    # (twice: one repair can uncover another, "The company's chief executive, Maria Gomez, said
    # sales fell" needs its subject back before "sales" can be the clause's)
    for _ in range(2):
        subjects = subject_moves(
            sent,
            is_speech,
            is_listener,
            lambda w: is_listener(w) or in_lex("directive_verbs", w.lemma.lower()),
            lambda lemma: in_lex("person_roles", lemma) or in_lex("generic_persons", lemma),
            lambda lemma: in_lex("content_nouns", lemma),
        )
        if not subjects or not is_tree(sent, subjects):
            break
        sent = moved(sent, subjects)
    return sent


def _plural_subjects(sent: Sentence, is_speech: IsSpeech, in_lex: InLexicon) -> Sentence:
    """A report's plural subject the tagger read as a verb, retagged and put back: the first
    reading that finds one ("that sales fell" with "fell" the open complement of "sales"; "told the
    court that firearms teams had been given"; "told The Gleaner that arrests had been made")."""
    readings = (
        plural_subject_read_as_verb,
        lambda s: plural_noun_read_as_cue(s, in_lex),
        plural_before_past,
        plural_before_auxiliary,
        plural_before_relative,
        lambda s: compound_read_as_relative(s, is_speech),
    )
    plural, moves_plural = next((found for read in readings if (found := read(sent))[0] >= 0), (-1, {}))
    if plural < 0 and (gerund := gerund_read_as_relative(sent, is_speech)) and is_tree(sent, gerund):
        sent = moved(sent, gerund)  # ("told The Irish Times that declaring an emergency would have")
    if plural >= 0 and is_tree(sent, moves_plural):
        text = sent.words[plural].text.lower()
        number = "Number=Plur" if text.endswith("s") and not text.endswith("ss") else "Number=Sing"
        sent = retagged(moved(sent, moves_plural), plural, "NOUN", feats=number)
        relative = sent.words[plural - 1].upos == "PRON"  # (the relative pronoun: the conjunction)
        sent = retagged(sent, plural - 1, "SCONJ", feats="") if relative else sent
    return sent


def _misplaced_complement(
    sent: Sentence, x: Word, is_speech: IsSpeech, is_listener: Callable[[Word], bool], in_lex: InLexicon
) -> int:
    """The speech verb whose complement the clause ``x`` is, however the parse hung it (-1 if none)."""
    for found in (
        lambda: _under_noun(sent, x, is_speech, is_listener, in_lex),
        lambda: _that_adverbial(sent, x, is_speech),
        lambda: _asyndetic_conjunct(sent, x, is_speech),
        lambda: clause_on_occasion(sent, x, is_speech, in_lex),
        lambda: quote_read_as_adverbial(sent, x, is_speech),
        lambda: said_that(sent, x, is_speech),
    ):
        if (verb := found()) >= 0:
            return verb
    return -1


def repair_sentence(
    sent: Sentence, is_speech: IsSpeech, is_listener: Callable[[Word], bool], in_lex: InLexicon
) -> Sentence:
    """``sent`` with each misplaced speech complement re-attached as ``ccomp`` of its verb."""
    sent = _words_and_subjects(sent, is_speech, is_listener, in_lex)
    moves: dict[int, tuple[int, str]] = {}
    for x in sent.words:
        if (opener := subordinate_complement(sent, x, is_speech)) >= 0:
            moves[x.index] = (x.head, "advcl")
            moves[opener] = (x.index, "mark")  # (the parse had it as a preposition of the subject)
            continue
        if noun_moves := content_noun_clause(sent, x, that_clause(sent, x), in_lex):
            moves.update(noun_moves)
            continue
        if not is_clause(x) and said_that(sent, x, is_speech) < 0:  # (or copular: "was unsafe")
            continue
        verb = _misplaced_complement(sent, x, is_speech, is_listener, in_lex)
        if verb < 0 or any(v == verb for v, _ in moves.values()):
            continue
        held = [
            c
            for c in sent.children[verb]
            if sent.words[c].rel in _COMPLEMENTS and c not in moves and not reads_adverbial(sent, c)
        ]
        # ("said in a statement that it had shut off power ... but that the circuit was not part": the parse's
        # complement is the second of two coordinated "that" clauses, or of one and a clause joined to it by "and")
        second = [c for c in held if c > x.index and (coordinated_that(sent, c) or joined_after(sent, x, c))]
        if len(second) < len(held):
            continue
        moves.update({c: (x.index, "conj") for c in second})
        moves[x.index] = (verb, "ccomp")
        if (that := that_as_object(sent, x)) >= 0:
            moves[that] = (x.index, "mark")
        for c in sent.children[verb]:
            # "conceded that he was trailing - and that Pennsylvania may be slipping": the second
            # "that" clause is coordinated with the first, not with the verb
            if c > x.index and sent.words[c].rel == "conj" and that_clause(sent, sent.words[c]) >= 0:
                moves[c] = (x.index, "conj")
        if x.rel == "acl" and 0 <= that_clause(sent, x) < x.head:
            moves[x.head] = (x.index, "obl")  # the fronted phrase the parser took for the noun
    if moves and is_tree(sent, moves):
        sent = moved(sent, moves)
    # (last: a cue the tagger read as a noun, and a clause that every repair above left without
    # its verb, found from the words)
    for read_as_noun in (cue_read_as_noun, document_verb_read_as_noun, verb_read_as_object_of_say):
        noun, as_noun = read_as_noun(sent, in_lex)
        if noun >= 0 and is_tree(sent, as_noun):
            sent = retagged(moved(sent, as_noun), noun, "VERB", feats="Mood=Ind|Tense=Pres|VerbForm=Fin")
    if (left := clause_left_under_cue(sent, is_speech, is_listener, in_lex)) and is_tree(sent, left):
        sent = moved(sent, left)
    return late_repairs(sent, is_speech, in_lex)


def repair_paragraphs(
    paras: list[ParsedParagraph], is_speech: IsSpeech, is_listener: Callable[[Word], bool], in_lex: InLexicon
) -> list[ParsedParagraph]:
    """The paragraphs with their speech complements repaired (new objects; the input is unchanged)."""
    out = []
    for p in opening_names(acronym_names(paras, in_lex), in_lex):
        sents = [repair_sentence(s, is_speech, is_listener, in_lex) for s in p.sentences]
        out.append(p if all(a is b for a, b in zip(sents, p.sentences)) else replace(p, sentences=sents))
    return out
