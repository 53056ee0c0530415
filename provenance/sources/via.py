"""Secondary sourcing: the outlet a statement came through ("told Reuters", "AP reported")."""

from __future__ import annotations

from itertools import takewhile

import regex

from provenance.document import Document
from provenance.records import Via
from provenance.syntax.tree import Word, WordRef

from .mentions import Mention, describe
from .model import Entity, SourceModel
from .outlet_mentions import modifies, network_of_other_body, unknown_outlet_name


def _listener_outlet(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """The via word of a pattern ("told the Planet"): a gazetteer outlet, or a capitalised
    name that reads as one ("the Daily Courier", "Planet newspaper")."""
    vocab = model.vocab
    vm = describe(ref, doc.text)
    found = model.outlets.first_in(vm.text)
    if found:
        name, s, e = found
        return Via(name=name, text=vm.text[s:e], start=vm.start + s, end=vm.start + e, known=True)
    # a programme's name the parse split into conjuncts ("on Fox and Friends Monday")
    known = _known_outlet_at(model, doc, vm.start, min(ref.sentence.end, vm.start + 60))
    if known is not None:
        return known
    words = regex.findall(r"[\p{L}]+", vm.text)
    head = ref.word
    if _CALL_SIGN.fullmatch(vm.text):  # ("told WBUR", "speaking to KCUR-TV")
        return Via(name=vm.text, text=vm.text, start=vm.start, end=vm.end, known=False)
    if len(words) == 2 and words[0].lower() == "the" and vocab.in_lexicon("media_nouns", head.lemma.lower()):
        # ("In an interview with Vogue, ... she told the magazine": the outlet of that kind named before)
        if (before := model.outlets.last_of_kind(doc.text[: vm.start], head.lemma.lower())) is not None:
            return Via(name=before, text=vm.text, start=vm.start, end=vm.end, known=True)
    # (or a media noun with no article before the name: "told broadcaster TVN24", "told public
    # broadcaster RTE")
    lowers = list(takewhile(str.islower, words))
    titled = len(lowers) < len(words) and any(vocab.in_lexicon("media_nouns", w) for w in lowers)
    if (
        (vm.text[:1].isupper() or vm.text.lower().startswith("the ") or titled)
        and not vocab.in_lexicon("not_outlets", head.lemma.lower())
        and head.upos != "PRON"
        and (
            # "told the Observer": the addressee of tell; a place in a prepositional phrase ("said
            # at the White House") needs an outlet word ("on Planet Radio")
            # (a name's head, not "said the people of upstate New York")
            head.rel in ("obj", "iobj")
            and vm.text.lower().startswith("the ")
            and head.text[:1].isupper()
            # (an outlet word in a name, or a media noun heading the phrase: "the agency's report"
            # is no outlet's, nor "the team's media day")
            or any(
                vocab.in_lexicon("outlet_words", w.lower())
                and (w[:1].isupper() or vocab.in_lexicon("media_nouns", w.lower()) and not modifies(words, k, vocab))
                for k, w in enumerate(words)
            )
        )
    ):
        s, e = unknown_outlet_name(vocab, doc.text, ref, vm.start, vm.end)
        return Via(name=doc.text[s:e], text=doc.text[s:e], start=s, end=e, known=False)
    return None


# A North American broadcaster's call sign: K or W and three letters, with its band
_CALL_SIGN = regex.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")


def _speaking_outlet(model: SourceModel, doc: Document, entity: Entity, mention: Mention) -> Via | None:
    """An agency reporting a fact is both the source and the channel ("AP reported")."""
    found = model.outlets.first_in(mention.text)
    if found:
        name, s, e = found
        return Via(name=name, text=mention.text[s:e], start=mention.start + s, end=mention.start + e, known=True)
    named = model.outlets.first_in(entity.name)
    if named:  # "the Post reported" after "The Washington Post"
        return Via(name=named[0], text=mention.text, start=mention.start, end=mention.end, known=True)
    head = mention.ref.sentence.words[mention.head]
    # (in lower case only a media noun: "state television said", not "lobbying records show")
    # (not a body named by the word that no gazetteer knows: "The Sahel Food Security Network")
    body = entity.name.split()[-1:] == [entity.head_lemma.capitalize()] and not model.outlets.first_in(entity.name)
    body = body or network_of_other_body(model.vocab, mention.ref.sentence, head.index)  # ("The hospital network")
    # (the mention's own noun: "Lawyers for the broadcasters argued" speak for no outlet's pages)
    own = head.lemma.lower() == entity.head_lemma or head.text.lower() == entity.head_lemma
    # (a capital of its own, not only the sentence's first word's: "Records show the company paid no tax")
    capital = head.text[:1].isupper() and not (head.index == 0 and head.upos == "NOUN" and mention.text == head.text)
    if (
        model.vocab.in_lexicon("outlet_words", entity.head_lemma)
        and own
        and not mention.name
        and not body
        and (capital or model.vocab.in_lexicon("media_nouns", entity.head_lemma))
    ):
        if regex.match(r"(?i)the\b", mention.description):
            # "the news outlet", "the network": the outlet the article has just named
            before = doc.text[max(0, mention.start - _NEARBY) : mention.start]
            nearby = model.outlets.last_of_kind(before, entity.head_lemma)
            if nearby:
                return Via(name=nearby, text=mention.text, start=mention.start, end=mention.end, known=True)
        # "local media reported", "Iran's state television said": an outlet not in the gazetteer
        return Via(name=mention.description, text=mention.text, start=mention.start, end=mention.end, known=False)
    return None


_NEARBY = 600  # characters back in which "the news outlet" finds the outlet it stands for
_JOINED_OUTLET = regex.compile(r"[^,;]*?\s(?:and|&)\s+((?:the\s+)?\p{Lu})")
_HANDLED_BY = regex.compile(r"\b(?:by|to|for|in|from)\s+(?:the\s+)?(\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*)*)")


def _is_carrier(model: SourceModel, ref: WordRef) -> bool:
    """A document or a statement noun, or a part of one ("a copy of the letter", "a draft of the
    memo"): what an outlet can obtain, review or be given."""
    sent = ref.sentence
    if model.is_statement(ref.word.lemma.lower()):
        return True
    return any(
        sent.words[c].rel == "nmod"
        and model.is_statement(sent.words[c].lemma.lower())
        and any(sent.words[k].lemma.lower() == "of" for k in sent.children[c])
        for c in sent.children[ref.index]
    )


def _document_channel(model: SourceModel, doc: Document, ref: WordRef, cue: WordRef | None = None) -> Via | None:
    """ "a legal opinion ... obtained by AP", "a copy of the letter reviewed by The Post": a
    document an outlet obtained, reviewed or was given came through that outlet. Read over the
    document's phrase, and on to a cue after it: the parse often hangs "..., and obtained by AP,"
    elsewhere."""
    sent = ref.sentence
    sub = sent.subtree(ref.index)
    start, end = sent.words[sub[0]].start, sent.words[sub[-1]].end
    if cue is not None and cue.sentence is sent and cue.index > sub[-1]:
        end = cue.word.start
    return _handled_by(model, doc, start, end) or _outlet_modifier(model, doc, ref) or _outlet_made_it(model, doc, ref)


def _outlet_made_it(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "a list of Romney fundraisers USA TODAY assembled", "a tally the AP compiled": a document
    an outlet made, named as the subject of a relative clause on the document noun (however
    the parse read the outlet's words): the outlet's name ends right before that clause's verb."""
    sent = ref.sentence
    for c in sent.children[ref.index]:
        v = sent.words[c]
        if v.rel != "acl" or v.upos != "VERB" or c < ref.index:
            continue
        between = doc.text[ref.word.end : v.start]
        found = model.outlets.span_in(between)
        if found is not None and not between[found[1] :].strip():
            return _known_outlet_in(model, doc, ref.word.end + found[0], v.start)
    return None


def _outlet_modifier(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "an Associated Press-GfK poll", "the Globe report": an outlet named in the document noun
    itself, in full or by a short form of an outlet named earlier in the article."""
    sent = ref.sentence
    mods = [sent.words[c] for c in sent.children[ref.index] if sent.words[c].rel in ("compound", "nmod:poss")]
    for w in mods:
        if w.upos != "PROPN" or not w.text[:1].isupper():
            continue
        found = _known_outlet_at(model, doc, w.start, ref.word.start) or _short_form(model, doc, w)
        if found is not None:
            return found  # (a short form: "the Globe report" after "The Globe and Mail")
    if not mods:
        return _named_before(model, doc, ref)
    # the parse may break the owner's name up ("an Associated Press-GfK poll" with "Associated"
    # an adjective): the words before the noun, from its first premodifier, begin with the outlet
    first = min(
        (
            sent.subtree(c)[0]
            for c in sent.children[ref.index]
            if c < ref.index and sent.words[c].rel not in ("det", "case")
        ),
        default=ref.index,
    )
    if first < ref.index:  # (with the noun: a polling partner's hyphen needs it)
        return _known_outlet_at(model, doc, sent.words[first].start, ref.word.end)
    return None


# What may stand between an outlet and the document noun it names in one phrase ("The
# Huffington Post-Morning Consult poll of ...", "a Washington Post/ABC News poll"): no clause break.
_PHRASE_BEFORE = regex.compile(r"[^.;:!?\n\"“”]{0,60}$")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_DEFINITE_BEFORE = regex.compile(r"(?i)\b(?:the|this|that)\s+(?:\w+\s+)?$")


def _named_before(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "The poll shows ..." after "The Huffington Post-Morning Consult poll was released": a
    definite document noun stands for the last document of that name the article mentioned,
    and comes through the outlet that one named ("The poll", then "The new poll": back along
    the definite mentions). An earlier indefinite one without an outlet ("a new poll") is
    another document: the search stops there."""
    sent, w = ref.sentence, ref.word
    if not any(
        sent.words[c].lemma.lower() in _DEFINITE for c in sent.children[ref.index] if sent.words[c].rel == "det"
    ):
        return None
    earlier = list(
        regex.finditer(rf"\b{regex.escape(w.text)}\b", doc.text, flags=regex.IGNORECASE, pos=0, endpos=w.start)
    )
    for last in reversed(earlier):
        phrase = _PHRASE_BEFORE.search(doc.text, pos=max(0, last.start() - 60), endpos=last.start())
        if phrase is None:
            return None
        # (with the noun: a polling partner's hyphen needs it, "Huffington Post-Morning Consult poll")
        found = _known_outlet_in(model, doc, phrase.start(), last.end())
        if found is not None or not _DEFINITE_BEFORE.search(phrase.group(0)):
            return found
    return None


def _known_outlet_in(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    found = model.outlets.first_in(doc.text[start:end])
    if found is None:
        return None
    name, s, e = found
    return Via(name=name, text=doc.text[start + s : start + e], start=start + s, end=start + e, known=True)


def _short_form(model: SourceModel, doc: Document, head: Word) -> Via | None:
    """ "the Globe" after "The Globe and Mail", "the Post" after "The Washington Post": a
    capitalised head word that is the first or last word of an outlet the article named before."""
    if head.upos != "PROPN" or not head.text[:1].isupper():
        return None
    for outlet in reversed(model.outlets.all_in(doc.text[: head.start])):
        parts = regex.sub(r"^the\s+", "", outlet.lower()).split()
        if len(parts) > 1 and head.text.lower() in (parts[0], parts[-1]):
            return Via(name=outlet, text=head.text, start=head.start, end=head.end, known=True)
    return None


def _handled_by(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    """The outlet of the first "by/to/for <Outlet>" between ``start`` and ``end``, or one
    coordinated with that agent ("a tally by the Center for Responsive Politics and USA Today")."""
    for m in _HANDLED_BY.finditer(doc.text, start, end):
        # (read on past the capitalised run: "in The Globe and Mail")
        found = model.outlets.first_in(doc.text[m.start(1) : end])
        if found is not None and found[1] == 0:
            return Via(
                name=found[0],
                text=doc.text[m.start(1) : m.start(1) + found[2]],
                start=m.start(1),
                end=m.start(1) + found[2],
                known=True,
            )
        joined = _JOINED_OUTLET.search(doc.text, m.end(1), end)
        coordinated = _known_outlet_at(model, doc, joined.start(1), end) if joined is not None else None
        if coordinated is not None:
            return coordinated
        last = m.group(1).split()[-1].lower()
        for outlet in reversed(model.outlets.all_in(doc.text[:start])):
            if outlet.split()[-1].lower() == last:  # "The Post" after "The Washington Post"
                return Via(name=outlet, text=m.group(1), start=m.start(1), end=m.end(1), known=True)
    return None


def _known_outlet_at(model: SourceModel, doc: Document, start: int, end: int) -> Via | None:
    """A gazetteer outlet that the text between start and end begins with ("the AP", "CNN")."""
    text = doc.text[start:end]
    found = model.outlets.first_in(text)
    if found is None or text[: found[1]].strip().lower() not in ("", "the"):
        return None
    name, s, e = found
    return Via(name=name, text=text[s:e], start=start + s, end=start + e, known=True)


def _outlet_near_cue(model: SourceModel, doc: Document, cue: WordRef) -> Via | None:
    """The outlet the parse did not tie to the cue: "insisted on CNN that ...", "told the AP his
    firm worked ..." (the listener swallowed by the reported clause's subject). Gazetteer outlets
    only: "said at the White House" names no channel."""
    sent, i = cue.sentence, cue.index
    verbs = [i]
    if cue.word.rel in ("advcl", "xcomp") and cue.word.head >= 0 and cue.word.text.lower().endswith("ing"):
        # "spoke to CNN, adding ...", "declined to comment to the Globe, saying ...", "declined
        # comment to the Globe, saying ...": the verb the participle continues (or its complement)
        # names the listener
        head = cue.word.head
        verbs += [head] + [c for c in sent.children[head] if sent.words[c].rel in ("xcomp", "obj") and c < i]
    # ("Asked on ABC Radio Melbourne whether ..., Mr Pallas said": the question's programme)
    asked = [c for c in sent.children[i] if c < i and sent.words[c].rel == "advcl"]
    asked += [cue.word.head] if 0 <= cue.word.head < i else []  # (the parse may root the sentence on "Asked")
    verbs += [c for c in asked if sent.words[c].lemma.lower() == "ask" and sent.words[c].text[:1].isupper()]
    for c in (c for v in verbs for c in sent.children[v]):
        if sent.words[c].rel not in ("obl", "nmod"):
            continue
        preps = {sent.words[k].lemma.lower() for k in sent.children[c] if sent.words[k].rel == "case"}
        sub = sent.subtree(c)
        first = next((k for k in sub if sent.words[k].rel != "case"), c)
        start, end = sent.words[first].start, sent.words[sub[-1]].end
        found = None
        if preps & {"on", "to"}:  # "said on CNN", "told to the AP", "to the Globe" after "The Globe and Mail"
            found = _known_outlet_at(model, doc, start, end) or _short_form(model, doc, sent.words[c])
        elif preps & {"at", "during"}:
            # an outlet's own event: "at a town hall sponsored by CNN", "during a taping of an
            # MSNBC town hall", "at a Washington Post cybersecurity summit"
            hit = model.outlets.first_in(doc.text[start:end])
            if hit is not None:
                name, s, e = hit
                found = Via(name=name, text=doc.text[start + s : start + e], start=start + s, end=start + e, known=True)
        if found is not None:
            return found
    # "said ..., according to audio provided to The Times": the document closes the sentence,
    # wherever the parse hung it
    for w in sent.words[i + 1 :]:
        if any(sent.words[k].text.lower() == "according" for k in sent.children[w.index]) and _is_carrier(
            model, WordRef(sent, w.index)
        ):
            return _handled_by(model, doc, w.start, sent.end) or _outlet_modifier(model, doc, WordRef(sent, w.index))
    if cue.word.lemma.lower() == "tell" and i + 1 < len(sent.words):
        window = sent.words[i + 1 : i + 4]
        return _known_outlet_at(model, doc, window[0].start, window[-1].end)
    return None


def via_for(
    model: SourceModel,
    doc: Document,
    via: WordRef | None,
    entity: Entity | None,
    mention: Mention | None,
    cue: WordRef | None = None,
) -> Via | None:
    if via is not None:
        found = _listener_outlet(model, doc, via)
        if found is not None:
            return found
    if cue is not None and model.vocab.in_lexicon("speech_verbs", cue.word.lemma.lower()):
        found = _outlet_near_cue(model, doc, cue)
        if found is not None:
            return found
    if mention is not None and (found := _channel_in_relative(model, doc, mention)) is not None:
        return found
    if mention is not None and _is_carrier(model, mention.ref):
        found = _document_channel(model, doc, mention.ref, cue)
        if found is not None:
            return found
    if entity is not None and mention is not None and entity.type == "organization" and not _released(cue):
        return _speaking_outlet(model, doc, entity, mention) or _reporting_outlet(model, mention, cue)
    return None


_REPORTING = frozenset({"according", "report", "reveal", "publish"})


def _reporting_outlet(model: SourceModel, mention: Mention, cue: WordRef | None) -> Via | None:
    """ "According to the Kyiv Independent", "Premium Times reported": a name no gazetteer knows that ends
    in an outlet's word, reporting, is the outlet (not a company that said: "Royal Mail said")."""
    words = (mention.name or "").split()
    reporting = cue is not None and (cue.word.text.lower() in _REPORTING or cue.word.lemma.lower() in _REPORTING)
    # (or a title of one word "The" opens, no body's word: "The Information reported", not "The Commission")
    titled = len(words) == 1 and mention.text == f"The {words[0]}"
    titled = titled and not model.vocab.in_lexicon("organization_words", words[0].lower())
    if not reporting or not words or not (titled or model.vocab.in_lexicon("outlet_words", words[-1].lower())):
        return None
    start = mention.start + mention.text.find(mention.name or "")
    return Via(
        name=" ".join(words), text=mention.name or "", start=start, end=start + len(mention.name or ""), known=False
    )


def _channel_in_relative(model: SourceModel, doc: Document, mention: Mention) -> Via | None:
    """ "The officials, who spoke to Reuters on condition of anonymity, said ...": the outlet a
    relative clause of the speaker says the speaker spoke to is the channel."""
    sent = mention.ref.sentence
    for r in sent.children[mention.head]:
        verb = sent.words[r]
        if verb.deprel != "acl:relcl" or verb.lemma.lower() not in ("speak", "talk", "tell"):
            continue
        for c in sent.children[r]:
            w = sent.words[c]
            to = any(sent.words[k].lemma.lower() == "to" for k in sent.children[c])
            if w.rel in ("obj", "iobj") or w.rel == "obl" and to:
                if (found := _listener_outlet(model, doc, WordRef(sent, c))) is not None and found.known:
                    return found
    return None


# What an organisation issues in its own name: an outlet that speaks through one speaks as a
# company, not as a channel ("'...,' ESPN said in a statement" about an employee it fired)
_RELEASES = frozenset(
    {"statement", "release", "email", "e-mail", "letter", "memo", "post", "spokesman", "spokeswoman", "spokesperson"}
)


def _released(cue: WordRef | None) -> bool:
    if cue is None:
        return False
    sent = cue.sentence
    return any(
        sent.words[c].lemma.lower() in _RELEASES and sent.words[c].rel == "obl" for c in sent.children[cue.index]
    )
