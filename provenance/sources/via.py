"""Secondary sourcing: the outlet a statement came through ("told Reuters", "AP reported")."""

from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

import regex

from provenance.document import Document
from provenance.records import Via
from provenance.syntax.tree import WordRef

from .document_channels import document_channel, handled_by, is_carrier, known_outlet_at, outlet_modifier, short_form
from .mentions import Mention, describe
from .model import Entity, SourceModel
from .outlet_mentions import (
    BROADCAST_HEADS,
    OUTLET_KINDS,
    last_unknown_outlet,
    modifies,
    network_of_other_body,
    unknown_outlet_name,
    unknown_outlets,
)


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
    known = known_outlet_at(model, doc, vm.start, min(ref.sentence.end, vm.start + 60))
    if known is not None:
        return known
    head = ref.word
    named = _name_after_medium(model, ref, vm.end)
    if named is not None:  # ("radio station KTRX", "the weekly Nedeljni Pregled": the name beside the noun)
        vm = replace(vm, text=doc.text[vm.start : named], end=named)
    words = regex.findall(r"[\p{L}]+", vm.text)
    if _CALL_SIGN.fullmatch(vm.text):  # ("told WBUR", "speaking to KCUR-TV")
        return Via(name=vm.text, text=vm.text, start=vm.start, end=vm.end, known=False)
    if len(words) == 2 and words[0].lower() == "the" and vocab.in_lexicon("media_nouns", head.lemma.lower()):
        # ("In an interview with Vogue, ... she told the magazine": the outlet of that kind named before)
        if (before := model.outlets.last_of_kind(doc.text[: vm.start], head.lemma.lower())) is not None:
            return Via(name=before, text=vm.text, start=vm.start, end=vm.end, known=True)
        # (or one no gazetteer knows: "told the Kisumu Evening Star ... she told the newspaper";
        # not a set: '"I would," Melanie said to the TV')
        unknown = last_unknown_outlet(vocab, doc.text, vm.start) if head.lemma.lower() in OUTLET_KINDS else None
        if unknown is not None:
            return Via(name=doc.text[unknown[0] : unknown[1]], text=vm.text, start=vm.start, end=vm.end, known=False)
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


def _name_after_medium(model: SourceModel, ref: WordRef, end: int) -> int | None:
    """Where a capitalised name right after a medium's noun phrase ends, when the parse hung it
    elsewhere ("an interview with radio station KTRX", "told broadcaster TVN24")."""
    sent, head = ref.sentence, ref.word
    if not (model.vocab.in_lexicon("media_nouns", head.lemma.lower()) or head.lemma.lower() in BROADCAST_HEADS):
        return None
    after = [w for w in sent.words if w.start >= end]
    run = list(
        takewhile(
            # (not a day or a month: "told a local newspaper Tuesday that ...")
            lambda w: (
                w.upos in ("PROPN", "NOUN")
                and w.text[:1].isupper()
                and not model.vocab.in_lexicon("time_nouns", w.lemma.lower())
            ),
            after,
        )
    )
    if not run or run[0].start - end > 1:
        return None
    return run[-1].end


def _named_medium(model: SourceModel, doc: Document, ref: WordRef) -> Via | None:
    """ "said on local station Dala FM", "on public broadcaster RTS": the capitalised name a
    medium's noun introduces (not "said on the Senate floor", "on a local station")."""
    sent, head = ref.sentence, ref.word
    if head.upos != "PROPN" or not head.text[:1].isupper() or model.vocab.in_lexicon("time_nouns", head.lemma.lower()):
        return None
    before = [sent.words[k] for k in sent.subtree(ref.index) if k < ref.index]
    media = [
        k
        for k, w in enumerate(before)
        if w.text.islower() and (model.vocab.in_lexicon("media_nouns", w.lemma.lower()) or w.lemma in BROADCAST_HEADS)
    ]
    name = before[media[-1] + 1 :] if media else []
    if not media or not all(w.text[:1].isupper() for w in name):
        return None
    start = name[0].start if name else head.start
    return Via(name=doc.text[start : head.end], text=doc.text[start : head.end], start=start, end=head.end, known=False)


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
        preps = {sent.words[k].lemma.lower() for k in sent.children[c] if sent.words[k].rel == "case"}
        # (or a programme's title the parse read as a clause: 'On NBC's "Meet the Press," Roe said')
        if sent.words[c].rel not in ("obl", "nmod") and not (sent.words[c].rel == "advcl" and preps):
            continue
        sub = sent.subtree(c)
        first = next((k for k in sub if sent.words[k].rel != "case"), c)
        start, end = sent.words[first].start, sent.words[sub[-1]].end
        found = None
        if preps & {"on", "to"}:  # "said on CNN", "told to the AP", "to the Globe" after "The Globe and Mail"
            found = known_outlet_at(model, doc, start, end) or short_form(model, doc, sent.words[c])
            found = found or _named_medium(model, doc, WordRef(sent, c))
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
        if any(sent.words[k].text.lower() == "according" for k in sent.children[w.index]) and is_carrier(
            model, WordRef(sent, w.index)
        ):
            return handled_by(model, doc, w.start, sent.end) or outlet_modifier(model, doc, WordRef(sent, w.index))
    if cue.word.lemma.lower() == "tell" and i + 1 < len(sent.words):
        window = sent.words[i + 1 : i + 4]
        return known_outlet_at(model, doc, window[0].start, window[-1].end)
    return None


_QUOTING = frozenset({"quote", "cite"})


def _quoting_outlet(model: SourceModel, doc: Document, cue: WordRef) -> Via | None:
    """ "PAP quoted the presiding judge as saying ...", "Nedeljni Pregled also quoted a senior
    official as saying ...": the outlet that quoted the speaker is the channel (a known outlet, or a
    name the article gave an outlet before)."""
    sent, head = cue.sentence, cue.word.head
    if cue.word.rel not in ("advcl", "xcomp") or head < 0 or sent.words[head].lemma.lower() not in _QUOTING:
        return None
    for c in sent.children[head]:
        if sent.words[c].rel != "nsubj":
            continue
        phrase = describe(WordRef(sent, c), doc.text)
        if (known := known_outlet_at(model, doc, phrase.start, phrase.end)) is not None:
            return known
        bare = regex.sub(r"^(?i:the)\s+", "", phrase.text)
        for s, e in unknown_outlets(model.vocab, doc.text, phrase.end):
            # (named so here, "The weekly Nedeljni Pregled also quoted", or before: "PAP quoted")
            if phrase.start <= s and e <= phrase.end or doc.text[s:e] == bare:
                name = doc.text[s:e]
                return Via(name=name, text=phrase.text, start=phrase.start, end=phrase.end, known=False)
    return None


def _told_outlet(model: SourceModel, doc: Document, cue: WordRef, via: WordRef | None) -> Via | None:
    """The listener of "tell" when the pattern bound another phrase as the channel ("Speaking outside
    the courtroom, Roe told broadcaster TVN24 that ...")."""
    if cue.word.lemma.lower() != "tell":
        return None
    sent = cue.sentence
    for c in sent.children[cue.index]:
        if sent.words[c].rel in ("iobj", "obj") and (via is None or via.sentence is not sent or via.index != c):
            if (found := _listener_outlet(model, doc, WordRef(sent, c))) is not None:
                return found
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
        found = _outlet_near_cue(model, doc, cue) or _told_outlet(model, doc, cue, via)
        found = found or _quoting_outlet(model, doc, cue)
        if found is not None:
            return found
    if mention is not None and (found := _channel_in_relative(model, doc, mention)) is not None:
        return found
    if mention is not None and is_carrier(model, mention.ref):
        found = document_channel(model, doc, mention.ref, cue)
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
