"""The people an article names: every capitalised run that reads as a person's name, outside quotes, in text order,
with the roles the article gives it and the evidence that a name is an organisation's instead ("Corvalis, a Montreal
engineering firm,": apposed_bodies). The candidates pronouns and short names are resolved to; a mixin of EntityTable."""

from __future__ import annotations

from functools import partial

import regex

from provenance.attribution.retags import demonym_noun
from provenance.syntax.ner import NOT_SPEAKERS, mention_type
from provenance.syntax.tree import Sentence, WordRef

from .apposed_bodies import institution_apposition, prefixed_kind, trade_of_person
from .credits import is_byline
from .mention_words import described_by_adjective, name_cases, opening_for
from .mentions import describe, the_title
from .name_context import clause_subject, is_subject, opening_surname, person_context, situated
from .name_runs import POST_NOMINALS, after_title_of, before_conjunct, interjected_name, name_runs, title_length
from .names import Gender, clean_name, which_follows
from .role_words import split_name, who_clause_on
from .roles import RoleReader, RoleSpan
from .shared_roles import shared_role
from .table import NameMention, TableBase

# The roles whose head noun is a word for the person ("his daughter", "a grandmother")
_GENDERED_ROLES = frozenset({"title", "premodifier", "apposition", "predicate"})
# Where a role's own head noun ends: a relative clause or a phrase after it
_ROLE_HEAD_ENDS = frozenset({",", "who", "whose", "which", "that", "of", "at", "for", "with", "in", "to", "from", "on"})


class NameCandidates(TableBase):
    role_reader: RoleReader

    def _body_kind(self, sent: Sentence, run: list[int], surname: bool = False) -> str | None:
        """The kind of body an apposition says the name is ("Pacific Cascade Power, the utility,"),
        never for a name with a courtesy title ("According to Mr Njoroge, the committee will ...")."""
        if {sent.words[k].text.lower() for k in (max(0, run[0] - 1), run[0])} & self.m.names.honorifics:
            return None
        # (a trade bodies have too, beside one word that is no given name nor a named person's surname, is a
        # body's: "Energocom, the state energy trader,", "Race organizer Unipublic"; people have two names)
        lone = len(run) == 1 and sent.words[run[0]].text.lower() not in self.m.names.given_names and not surname
        trade = partial(self.vocab.in_lexicon, "person_trades")
        body = lambda w: self.vocab.in_lexicon("body_nouns", w) or lone and trade(w)  # noqa: E731
        role = lambda w: self.m.is_role(w) and not (lone and trade(w))  # noqa: E731
        kind = institution_apposition(sent, run, self.institution_noun, role, body)
        kind = kind or prefixed_kind(self, sent, run)  # ("chipmaker Nvidia", "developer Bay Tidal Power")
        before = sent.words[run[0] - 1] if run[0] > 0 else None
        if kind is None and lone and before is not None and before.text.islower() and trade(before.lemma.lower()):
            kind = before.lemma.lower()
        # (a trade and the place one works at are a person's: "Shirin Akter, a sewing operator at a knitwear factory")
        at = kind and regex.match(rf",\s+an?\s[^,]*?\b{kind}\s+at\s", self.doc.text[sent.words[run[-1]].end : sent.end])
        return None if kind and at and self.vocab.in_lexicon("person_trades", kind) else kind

    def _person_names(self, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> list[NameMention]:
        """Every mention in the article that looks like a person's name, in text order: the
        antecedents a pronoun can take even if that person has not been quoted yet. Names
        inside quotation marks are people the speaker talks about, not candidates."""
        names: list[NameMention] = []
        # (a byline's writer is no one the article refers to: "By Danny Pratt, Chief Football Writer")
        for k, sent in ((k, s) for k, s in enumerate(sentences) if not is_byline(self.doc.text[s.start : s.end])):
            text = self.doc.text[sent.start : sent.end]
            outlets = [(sent.start + s, sent.start + e) for s, e in self.m.outlets.spans_in(text)]
            runs = name_runs(sent, 0, len(sent.words) - 1)
            if (opening := self._opening_surname(sent, names)) is not None and not any(0 in r for r in runs):
                runs.insert(0, [opening])
            for run in runs:
                if (complement := after_title_of(sent, run, self.m.is_title)) > 0:
                    self._title_of_role(sent, run, complement)
                    run = run[complement:]  # "Secretary of State | John Kerry"
                written = " ".join(sent.words[i].text for i in run)
                described = described_by_adjective(sent, run, self.m.names.given_names, self.m.is_title)
                if len(run) > 2 and self.m.without_nation(written) != written or described:
                    run = run[1:]  # ("the Italian Paolo Ferraresi", "Senior Emily Novak": a description)
                first = sent.words[run[0]]
                if any(qs <= first.start < qe for qs, qe in quoted + outlets):
                    continue  # (nor is a word of an outlet's name: "The Globe and Mail")
                name = self._person_name(sent, run, names)
                if name is not None and self._headline_only(sent, name):
                    continue
                # (plain words: "Pacific Cascade Power, the utility,", "service FlightGrid"; no surname: "agency, Fenton,")
                lone = any(n.name.endswith(" " + sent.words[run[0]].text) for n in names) and len(run) == 1
                plain = name is not None or all(sent.words[i].text.isalpha() for i in run) and not lone
                kind = self._body_kind(sent, run, lone) if plain else None
                # (a subject "which" follows: "Southern Cross Terminals, which handles ...", no person's name)
                which = name is None and plain and which_follows(self.doc.text, sent.words[run[-1]].end)
                which = which and is_subject(sent, run, self._speaks)
                if (
                    which
                    or kind is not None
                    and not (name is not None and trade_of_person(self, name, kind, sent, run[-1]))
                ):
                    key = self.key(name or clean_name(self.doc.text[first.start : sent.words[run[-1]].end]))
                    self.org_keys.add(key)  # (set before any entity is made of the name)
                    self.org_kinds.update({key: kind} if kind else {})
                    continue
                if name is not None:
                    para = self.doc.paragraph_at(first.start)
                    # (with the letters after the name the parse may have made its head: "Richard Penrose KC")
                    after = run[-1] + 1
                    whole = (
                        run + [after] if after < len(sent.words) and sent.words[after].text in POST_NOMINALS else run
                    )
                    names.append(
                        NameMention(
                            first.start, sent.words[run[-1]].end, name, is_subject(sent, whole, self._speaks),
                            para.index if para is not None else -1, clause_subject(sent, whole),
                            situated(sent, run, self._says_or_thinks),
                        )
                    )  # fmt: skip
                    self._note_role(sent, run, name)
                    if run[0] == 0 and k > 0:
                        self._title_split_off(sentences[k - 1], sent, name)
        return names

    def _opening_surname(self, sent: Sentence, earlier: list[NameMention]) -> int | None:
        return opening_surname(sent, earlier, self.tokens, self._first_surname)

    def _surname(self, word: str, earlier: list[NameMention]) -> bool:
        """'"...," says Acs' after "Stephanie Acs": the surname of a full name written before."""
        token = self.tokens(word)
        return len(token) == 1 and any(
            len(t := self.tokens(n.name)) > 1 and token[0] in (t[-1], self._first_surname(t)) for n in earlier
        )

    def _lone_word_name(self, sent: Sentence, head: int, text: str, earlier: list[NameMention]) -> bool:
        """A lone capitalised word is a name as a subject (or a name's conjunct in one), or in apposition to a role
        ("Santos's sister, Ana,"); as the object the parse made of an inverted cue's speaker
        ('"...," says Acs') or in an opening "For" phrase ("For residents like Sato,") when it is the
        surname of a name before; never a noun for people ("People are at risk" after a colon)."""
        w = sent.words[head]
        if self.vocab.in_lexicon("anonymous_descriptors", text.lower()) or demonym_noun(text, self.vocab.in_lexicon):
            return False  # (nor a person of a nation: "the 21-year-old Ukrainian")
        rest = sent.words[head + 1 : head + 3]
        if len(rest) == 2 and rest[0].text == "-" and rest[0].start == w.end and rest[1].text[:1].islower():
            return False  # (the first part of a hyphenated word: "Ramp-up would take two years")
        if w.rel in ("nsubj", "nsubj:pass"):
            return True
        if w.rel == "advmod" and self._opening_surname(sent, earlier) == head:
            return True  # (a surname the tagger made an adverb before a copula: "Tapsell is the first woman to ...")
        if w.deprel == "conj" and w.head >= 0 and sent.words[w.head].rel in ("nsubj", "nsubj:pass"):
            return sent.words[w.head].upos == "PROPN"  # ("Liebowitz and Deluca agree": both are names)
        if w.deprel == "appos" and w.head >= 0 and sent.words[w.head].upos == "NOUN":
            return self.m.is_role(sent.words[w.head].lemma.lower())  # ("Santos's sister, Ana,")
        verb = sent.words[w.head] if w.head >= 0 else None
        spoke = verb is not None and w.rel == "obj" and self._speaks(verb.lemma.lower())
        return (spoke or opening_for(sent, head)) and self._surname(text, earlier)

    def _title_of_role(self, sent: Sentence, run: list[int], complement: int) -> None:
        """ "Secretary of State John Kerry", "Minister for Health Mark Butler": title and complement are the role."""
        j = run[0] - 1
        while j > 0 and sent.words[j].text.lower() not in ("of", "for"):
            j -= 1
        if j < 1:
            return  # (no title's "of" or "for" before the name: nothing to read)
        start, end = sent.words[j - 1].start, sent.words[run[complement - 1]].end
        name = clean_name(self.doc.text[sent.words[run[complement]].start : sent.words[run[-1]].end])
        self.roles.append((name, RoleSpan(self.doc.text[start:end], start, end, "title")))

    def _body_complement(self, sent: Sentence, run: list[int]) -> bool:
        """ "Department of Public Health", "University of Valencia": the words after a capitalised
        body's "of" or "for" complete its name; they name no person; nor do a post's seat or
        portfolio ("MP for Ashworth North")."""
        j = run[0] - 1
        body = sent.words[j - 1] if j >= 1 else None
        if body is None or sent.words[j].text not in ("of", "for"):
            return False
        # (nor after a post's "for": a seat or a portfolio, "the Labour MP for Ashworth North";
        # a principal has a given name, "a spokesman for John Smith")
        # (nor one with a title: "a spokesperson for Transportation Minister Prabmeet Sarkaria")
        titled = any(self.m.is_title(sent.words[i].text.lower()) for i in run)
        first = sent.words[run[0]].text.lower()
        if self.m.is_role(body.lemma.lower()) and first not in self.m.names.given_names and sent.words[j].text == "for":
            return not titled
        return body.text[:1].isupper() and self.vocab.in_lexicon("organization_words", body.lemma.lower())

    def _speaks(self, lemma: str) -> bool:
        return self.vocab.in_lexicon("speech_verbs", lemma)

    def _says_or_thinks(self, lemma: str) -> bool:
        return self._speaks(lemma) or self.vocab.in_lexicon("cognition_verbs", lemma)

    def _title_split_off(self, prev: Sentence, sent: Sentence, name: str) -> None:
        """ "Texas Sen. | Ted Cruz says ...": the sentence splitter took the title's full stop for
        a sentence end. A short "sentence" ending on a title right before the name is its role."""
        gap = self.doc.text[prev.end : sent.start]
        last = prev.words[-1]
        if last.text == "." and len(prev.words) > 1 and prev.words[-2].end == last.start:
            # (the tokenizer may split an abbreviated title's full stop off: "Sen" ".")
            short = prev.words[-2]
            last = short if short.text[:1].isupper() and len(short.text) <= 4 else last
        if len(prev.words) <= 5 and not gap.strip() and "\n" not in gap and self.m.is_role(last.text):
            text = prev.text or self.doc.text[prev.start : prev.end]
            self.roles.append((name, RoleSpan(text, prev.start, prev.end, "title")))

    def _note_role(self, sent: Sentence, run: list[int], name: str) -> None:
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        mention = describe(WordRef(sent, head), self.doc.text, self.m.is_role, self.m.is_title)
        title = title_length([sent.words[i].text for i in run], self.m.is_title, before_conjunct(sent, run))
        headline = self.headline(sent)
        for role in self.role_reader.roles(sent, run, title, self.doc.text):
            if headline and role.how in ("situation", "apposition"):
                # ("Trump quietly builds a data juggernaut": the story's news, not who he is;
                # "Carson, Huckabee, Fiorina earned ...": a headline lists names without "and")
                continue
            self.roles.append((name, role))
            gender = self._head_gender(role.text) if role.how in _GENDERED_ROLES else None
            if gender is not None:
                self.genders.setdefault(self.key(name), gender)  # ("Ada Okafor, his daughter")
        if (shared := shared_role(self, sent, run)) is not None:
            self.roles.append((name, shared))
        listed = headline and "," in (mention.role or "")  # ("Carson, Huckabee, Fiorina earned ...")
        if mention.role and not listed and not split_name(sent, run) and not any(n == name for n, _ in self.roles):
            # the parse's own reading, when the word order gave nothing
            self.roles.append((name, RoleSpan(mention.role, mention.start, mention.end, "apposition")))
        # Only the words up to the name: "Jane Roe, whose son ..." says nothing of Roe.
        last = self.tokens(name)[-1]
        upto = mention.text[: max(mention.text.lower().find(last), 0)]  # (as written: "an MR MP" is no "Mr")
        gender = self.m.names.gender_of(upto)
        if gender is not None:
            # keyed by the full name: "her husband Michael Greenspan" says nothing of Dorie Greenspan
            self.genders.setdefault(self.key(name), gender)

    def _headline_only(self, sent: Sentence, name: str) -> bool:
        """A capitalised run of a Title Case headline that the body never writes ("Mayor Quits as
        Budget Talks Collapse"): every word of such a headline is capitalised, so a run there is
        a person's name only when the body names that person too ("Trump Quietly Builds ..." with
        "Trump" in the body)."""
        words = [w.text for w in sent.words if w.upos not in ("PUNCT", "ADP", "DET", "CCONJ", "PART")]
        title_case = len(words) >= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        if not title_case or not self.headline(sent):
            return False
        last = regex.escape(name.split()[-1]) if name.split() else ""
        body = self.doc.text[sent.end :]
        return not last or regex.search(rf"(?<![\w-]){last}(?![\w-])", body) is None

    def _head_gender(self, role: str) -> Gender | None:
        """The gender of a role's own head noun ("his daughter", "a mother of three"), not of a
        relative clause or a phrase after it ("whose son ...", "a friend of her sister")."""
        head = []
        for word, low in ((w, w.lower()) for w in role.replace(",", " , ").split()):  # (as written: "MR")
            if low in _ROLE_HEAD_ENDS:
                break
            # ("chairman", "spokesman": said of women too)
            if not (low.endswith("man") and low != "man" and not low.endswith("woman")):
                head.append(word)
        return self.m.names.gender_of(" ".join(head)) if head else None

    def _place_time_or_thing(self, sent: Sentence, run: list[int]) -> bool:
        lemmas = [sent.words[i].text.lower() for i in run]
        # ("Sen. John Park", "Mr. Park": a courtesy or abbreviated title makes it a person's)
        titled = lemmas[0] in self.m.names.honorifics or (lemmas[0].endswith(".") and self.m.is_title(lemmas[0]))
        the = run[0] > 0 and sent.words[run[0] - 1].lemma.lower() == "the"
        # ("Tom Park", "Lauryn Hill": a given name and a surname that is also a place word)
        given = len(lemmas) == 2 and lemmas[0] in self.m.names.given_names
        titled = titled or (given and self.vocab.in_lexicon("surname_place_words", lemmas[1]))
        several = len(lemmas) > 1 and not given  # ("Channels Television", "Calle Mirador": no "the" needed)
        inside = any(self.m.is_title(w) or w in self.m.names.honorifics for w in lemmas[1:])  # ("S.C. Rep. Roe")
        return not titled and (
            (self.vocab.in_lexicon("outlet_words" if the else "media_nouns", lemmas[-1]) and (the or several))
            or self.vocab.in_lexicon("place_words", lemmas[-1])
            or (several and self.vocab.in_lexicon("place_prefixes", lemmas[0]) and not inside)
            or self.vocab.in_lexicon("event_words", lemmas[-1])
            or (len(lemmas) > 1 and self.vocab.in_lexicon("storm_words", lemmas[0]))
            or self.vocab.in_lexicon("thing_words", lemmas[-1])
            # (a letter or number set apart closing it names a thing: "Gate C", "Unit 2"; an initial
            # takes a stop; "Wealth-X" is a name)
            or len(lemmas) > 1
            and (len(lemmas[-1]) == 1 and lemmas[-1].isalpha() or lemmas[-1].isdigit())
            and sent.words[run[-1]].start > sent.words[run[-2]].end
            # (a month in a person's name is a name: "Theresa May", "April Ryan")
            or all(self.vocab.in_lexicon("time_nouns", w) or w.isdigit() or not w.isalpha() for w in lemmas)
            and any(self.vocab.in_lexicon("time_nouns", w) for w in lemmas)
        )

    def _given_name_opens(self, sent: Sentence, run: list[int], text: str) -> bool:
        """ "Jane Roe": a known given name opens it and no organisation word closes it ("Phil
        Waldrep Ministries")."""
        last = sent.words[run[-1]]
        if any(self.vocab.in_lexicon("organization_words", w) for w in (last.lemma.lower(), last.text.lower())):
            return False
        return self.m.names.given_name_gender(self.tokens(text)) is not None

    def _class_word(self, sent: Sentence, run: list[int], head: int, text: str, earlier: list[NameMention]) -> bool:
        """A lone capitalised word that is no name (``_lone_word_name``), a plural class, or a class
        after the indefinite article: "Joan Hale, also a Republican, voted" (``_indefinite_noun``)."""
        if len(text.split()) < 2 and not self._lone_word_name(sent, head, text, earlier):
            return True
        # ("Republicans wanted", "Virginia Democrats", "Conservative MPs": a party's members, a title's holders)
        one = text.split()[-1][:-1] if text.endswith("s") else ""
        if self.vocab.in_lexicon("party_members", one.lower()) or (one.isupper() and self.m.is_role(one.lower())):
            return True
        # ("The Republican, who is running fourth, spent ...": the candidate named before, by party)
        definite = run[0] > 0 and sent.words[run[0] - 1].lemma.lower() == "the" and len(run) == 1
        if definite and self.vocab.in_lexicon("party_members", text.lower()):
            return True
        return self._indefinite_noun(sent, run, head, text)

    def _indefinite_noun(self, sent: Sentence, run: list[int], head: int, text: str) -> bool:
        """ "also a Republican", "a Democrat", "a Harlow Democrat" (a place and a party member): a
        capitalised word right after the indefinite article is a class, not a name; a name may follow
        "a" and an adjective ("a defensive Obama", "a young John Ellis Bush"), and a given name may
        open it ("a John Smith")."""
        before = sent.words[run[0] - 1] if run[0] > 0 else None
        if before is None or before.lemma.lower() != "a" or before.head != head:
            return False
        member = self.vocab.in_lexicon("party_members", sent.words[run[-1]].text.lower())
        return (len(run) == 1 or sent.words[head].upos == "NOUN" or member) and not self._given_name_opens(sent, run, text)  # fmt: skip

    def _person_name(self, sent: Sentence, run: list[int], earlier: list[NameMention]) -> str | None:
        """The person's name the capitalised ``run`` is, or None (``earlier``: the names before it)."""
        text = clean_name(self.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end])
        head = next((i for i in run if sent.words[i].head not in run), run[-1])
        if self._in_place_phrase(sent, run, head, text) or self._body_complement(sent, run):
            return None
        if mention_type(sent, head) in NOT_SPEAKERS or mention_type(sent, head) == "organization":
            return None  # the model folder's NER tagger (when it has one) says what the name is
        place = any(self.vocab.in_lexicon(x, text) for x in ("countries", "capital_cities"))
        if place and not self._surname(text, earlier):
            return None  # ("China said", "Brussels said", "Jordan" unless the surname of "Jim Jordan" before)
        following = self.doc.text[sent.words[run[-1]].end : sent.words[run[-1]].end + 3].lstrip()
        if text.isupper() and len(text) > 3 and following[:1] in ("—", "–", "―", "-", ",", "("):
            return None  # a dateline in capitals ("PHILADELPHIA ― If ...", "OTTAWA, Ont. —")
        the = run[0] > 0 and sent.words[run[0] - 1].lemma.lower() == "the"
        # ("the Boston Bruins", "the Lakeshore Dining Guide": no one person's name takes "the"; "the
        # Rev. Al Roe" opens with a title, and one capitalised word may stand for one: "the Petitioner")
        plural = "Number=Plur" in sent.words[run[-1]].feats
        if the and (plural or len(run) > 1 and not self.m.is_title(sent.words[run[0]].text)):
            return None
        if the_title(sent, run, self.m.is_role) or self._place_time_or_thing(sent, run):
            return None  # "The Premier" (a post), "Sherbrook Street", "Friday", "Erikson Prize"
        if self._class_word(sent, run, head, text, earlier):
            return None  # (a noun for people capitalised: "...: People are at risk", "a Republican", "Democrats")
        after = run[-1] + 1
        # (by its last word too after a possessive: "BBC Radio Ulster's Good Morning Ulster programme")
        opened = (head, run[-1]) if run[0] > 0 and sent.words[run[0] - 1].text in ("'s", "’s") else (head,)
        modifies = after < len(sent.words) and sent.words[after].upos == "NOUN"
        if modifies and any(sent.words[i].deprel == "compound" and sent.words[i].head == after for i in opened):
            return None  # "the Kinder Morgan pipeline": a name modifying a thing, not a person
        # A title the tagger took for an adjective ("Representative Adam B. Schiff") is checked as
        # a title; a capitalised first name taken for a verb or adjective ("Hope Hicks") is still
        # part of the name when a proper noun ends the run and it does not open the sentence,
        title = title_length([sent.words[i].text for i in run], self.m.is_title, before_conjunct(sent, run))
        core = run[title:]
        # (or opens it with a known given name: "Rasheed Ajadi, who ..." with "Rasheed" a past participle)
        known = sent.words[core[0]].text.lower() in self.m.names.given_names or who_clause_on(sent, core[-1])
        loose = len(core) > 1 and (core[0] > 0 or title > 0 or known) and sent.words[core[-1]].upos == "PROPN"
        allowed = ("PROPN", "PUNCT", "ADP", "NOUN", "X") + (("VERB", "ADJ") if loose else ())
        # (inside a run the sentence opens, between proper nouns: "Mateo Quintanilla Ortega, 16,")
        inner = len(core) > 2 and all(sent.words[i].upos == "PROPN" for i in (core[0], core[-1]))
        inner_ok = {i for i in core[1:-1] if inner and sent.words[i].upos in ("VERB", "ADJ")}
        inner_ok |= {0} if core == [0] and self._opening_surname(sent, earlier) == 0 else set()  # ("Tapsell is")
        # "Liberal MP Marco Mendicino": the title's acronym is no organisation's; "artistic
        # director Christopher House", "Dianne Feinstein (D-Calif.)": a post before the name or a
        # party tag after it make it a person's, whatever words it holds
        core_text = self.doc.text[sent.words[core[0]].start : sent.words[core[-1]].end]
        if (self.is_org_name(core_text) and not person_context(sent, run, self.m.is_role)) or any(
            sent.words[i].upos not in allowed and not interjected_name(sent, i) and i not in inner_ok for i in core
        ):  # ("Sandra Oh" with "Oh" tagged an interjection: name_runs.interjected_name)
            return None
        words = text.split()
        if len(words) == 1 and self.m.is_role(words[0].lower()):  # "The Head of ...": a title, named next
            return None
        # ("Energy Minister Dana Ortiz", "Senators Hollings and Okafor")
        words = words[title_length(words, self.m.is_title, before_conjunct(sent, run)) :]
        while len(words) > 1 and words[0].lower() in self.m.names.honorifics:
            words = words[1:]  # "Mr. John Doe" is John Doe
        return " ".join(words + self._shared_surname(sent, run, words, earlier))

    def _in_place_phrase(self, sent: Sentence, run: list[int], head: int, text: str) -> bool:
        """ "in New York", "from Ottawa": a place; not "from Labour Leader Jeremy Corbyn", nor "gave
        it to Jane Roe" (a given name opens a person's name), nor a name right after its role
        ("passes from quarterback Dylan Kessling")."""
        cases = name_cases(sent, head)
        return (
            any(self.vocab.in_lexicon("locative_prepositions", c) for c in cases)
            and not any(self.m.is_role(sent.words[i].text.lower()) for i in run[:-1])
            and not (set(cases) <= {"to", "from"} and self._given_name_opens(sent, run, text))
            and not (run[0] > 0 and self.m.is_role(sent.words[run[0] - 1].text.lower()))
        )

    def _shared_surname(
        self, sent: Sentence, run: list[int], words: list[str], earlier: list[NameMention]
    ) -> list[str]:
        """ "Marcus and Linda Whitford": a lone first name coordinated with a given name and a
        surname shares the surname (the couple's "Marcus" is Marcus Whitford); not a surname of
        someone named before ("Sanders and Hillary Clinton")."""
        nxt = run[-1] + 1
        if len(words) != 1 or self._surname(words[0], earlier) or nxt + 2 >= len(sent.words):
            return []
        if sent.words[nxt].text.lower() not in ("and", "&"):
            return []
        after = next((r for r in name_runs(sent, nxt + 1, nxt + 1)), [])
        tail = [sent.words[i].text for i in after]
        known = self.m.names.given_names
        # (either given name known: "Gemma and Lee Harrow", Lee a name of both sexes)
        if len(tail) == 2 and known.keys() & {tail[0].lower(), words[0].lower()} and tail[1].lower() not in known:
            return [tail[1]]
        return []
