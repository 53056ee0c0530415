"""What the article itself teaches about its names, before any mention is resolved: the gender
of a person from the pronouns the article uses for the name, and which lone names are
organisations' ("Zentrix said ... But the company seemed confident", "Benfica, on its website,",
"Pillowtree, which says ...", "Castell said that it expected ..."). A mixin of
``entities.EntityTable`` (through ``pronouns.PronounResolver``)."""

from __future__ import annotations

from collections import Counter

import regex

from provenance.syntax.tree import Sentence, Word

from .delayed import self_named_roles
from .head_names import business_named_before, traded_names
from .name_context import in_what_they_said, possessive_aside, reported_subject
from .names import PRONOUN_GENDER, Gender, which_follows
from .org_subjects import lone_name
from .statement_cues import cue_inside_report, it_speaks_of_itself, post_after
from .table import NameMention
from .together import TogetherResolver

_LISTED = regex.compile(r"\w-(?:listed|registered|incorporated|headquartered|traded)\s+$")
# Small words inside a company's name ("Carbones del Altiplano", "Banco de la Nación")
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "y", "e", "von", "van", "&"}
)
# What only a business has ("Lumenly's CEO", "Brightwell's shareholders"; not "Trump's adviser")
_BUSINESS_POSSESSIONS = frozenset(
    {"ceo", "cfo", "coo", "cto", "shareholder", "shareholders", "share", "shares", "stock", "employee", "employees",
     "workforce", "headquarters", "subsidiary", "subsidiaries", "revenue", "revenues", "profit", "profits", "app"}
)  # fmt: skip
# Bodies news names by their field ("The energy regulator said" after "Ofgem said"; not "The
# governing body said", which may follow anybody's name)
_FIELD_BODIES = frozenset({"regulator", "watchdog"})
# Posts only a body has, which a name's possessive owning one makes a body's ("Unite's regional
# officer", "Ryder Cup Europe's tournament director"; not "Trump's adviser", "Mr Roe's lawyer")
_BODY_POSTS = frozenset({"officer", "director", "chairman", "chairwoman", "board", "member", "treasurer", "trustee"})
# "its"/"itself" for a name: an organisation ("it" alone is too often a dummy subject).
_ORG_PRONOUNS = {"its": "organization", "itself": "organization"}


# A name with the kind of outlet it is, after it or before it ("Lusa news agency", "the
# Kathimerini newspaper", "broadcaster TVN24", "the newspaper Helsingin Sanomat")
_OUTLET_KINDS = (
    r"(?:news agency|news service|news site|news website|newspaper|broadcaster|daily|tabloid|magazine|weekly)"
)
_NAME = r"(\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,3})"
_NAMED_OUTLET = regex.compile(rf"\b{_NAME} {_OUTLET_KINDS}\b|\b{_OUTLET_KINDS} {_NAME}(?![\p{{L}}\d])(?! \p{{Lu}})")


def named_outlets(text: str) -> set[str]:
    """The names the text calls outlets by their kind (``_NAMED_OUTLET``)."""
    names = {(m.group(1) or m.group(2)).removeprefix("The ") for m in _NAMED_OUTLET.finditer(text)}
    return names - {"The", "A", "An"}


class ArticleEvidence(TogetherResolver):
    def gender_of_name(self, name: str) -> Gender | None:
        """The gender known for a name, or for the one full name a surname stands for."""
        key = self.key(name)
        if key in self.genders:
            return self.genders[key]
        toks = key.split()
        found = {g for k, g in self.genders.items() if k.split()[-len(toks) :] == toks}
        return found.pop() if len(found) == 1 else None

    def learn(self, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> None:
        """All the article teaches: genders, then lone names and short names that are bodies'."""
        self.learn_genders(sentences, quoted)
        # (a name whose shares trade or that is registered somewhere: "London-listed Meridian Offshore")
        self.org_keys |= {
            self.key(n.name) for n in self.person_names if _LISTED.search(self.doc.text, max(0, n.start - 40), n.start)
        }
        # (a name the article calls an outlet: "told Lusa news agency ... According to Lusa")
        self.org_keys |= {
            self.key(name)
            for name in named_outlets(self.doc.text)
            if self.tokens(name)[0] not in self.m.names.given_names
        }
        self.org_keys |= {self.key(name) for name in traded_names(self.doc.text)}
        self.learn_institutions(sentences)
        self.learn_owned_posts(sentences)
        self.learn_short_names(sentences)
        self.roles += self_named_roles(self)  # ("A Syrian teacher who gave her first name only, Rana,")

    def learn_genders(self, sentences: list[Sentence], quoted: list[tuple[int, int]]) -> None:
        """Gender from the article's own pronouns: in a sentence whose only person named outside
        quotes is its subject, the third-person pronouns after the name (outside quotes) are that
        person's ("Roe said she ...", "Roe has proven herself"). (Not the next sentence's "She":
        that is the very link being decided.) Evidence with the name itself (a courtesy title,
        a gendered role noun) is kept over these votes."""
        votes: dict[str, Counter[str]] = {}
        by_sentence: dict[int, list[NameMention]] = {}
        starts = [s.start for s in sentences]
        for n in self.person_names:
            k = max((i for i, s in enumerate(starts) if s <= n.start), default=0)
            by_sentence.setdefault(k, []).append(n)
        for k, names in by_sentence.items():
            people = {self.key(n.name) for n in names}
            if len(people) != 1 or not any(n.subject or n.clause_subject for n in names):
                continue
            who, after = self._full_key(names[0]), names[0].end
            nouns = 0  # subjects between the name and the pronoun ("May said the country ... its")
            # (or the report's before a cue set off inside it: "The winters bought the lake time,
            # Holmgren said, but did little to change its trajectory": the winters' "its")
            nouns += cue_inside_report(sentences[k], names[0].start, names[0].end)
            for w in (w for w in sentences[k].words if w.start >= after):
                # (not the statement it speaks in: "said in a statement that its rates ...")
                body = w.upos == "NOUN" and self.vocab.in_lexicon("organization_words", w.lemma.lower())
                body = body and not self.vocab.in_lexicon("noun_cues", w.lemma.lower())
                # (or a thing a "which" stands for: "Roe, editor of Kontextus, which receives part of its funding")
                body = body or w.upos == "PRON" and w.text.lower() == "which"
                if (w.rel == "nsubj" and w.upos in ("NOUN", "PROPN")) or body:
                    nouns += 1  # (or a body's noun, whatever the parse made of it: "Roe said the fund ... its")
                if nouns and w.text.lower() in _ORG_PRONOUNS:
                    continue
                if self._anothers_pronoun(sentences[k], w):
                    continue
                g = _ORG_PRONOUNS.get(w.text.lower()) or PRONOUN_GENDER.get(w.text.lower())
                if g is not None and w.upos in ("PRON", "DET") and not any(qs <= w.start < qe for qs, qe in quoted):
                    votes.setdefault(who, Counter())[g] += 1
        for who, c in votes.items():
            (g, top), *rest = c.most_common()
            if rest and top <= 2 * rest[0][1]:
                continue
            given = self.m.names.given_name_gender(who.split())
            if given is not None and g != given:
                continue  # ("Trump was waving, and she was switching off the TV": someone else; "its" too)
            if g == "organization":
                self.org_keys.add(who)  # "Twitter said its ...": a company, not a person
            elif g == "female":
                self.genders.setdefault(who, "female")
            elif g == "male":
                self.genders.setdefault(who, "male")

    def _anothers_pronoun(self, sent: Sentence, w: Word) -> bool:
        """A pronoun that is not the name's whatever the name: "the poll itself" (the noun's own,
        however the parse hangs it), "Htay Oo, its acting chairman," (the body whose post it is)."""
        if w.index > 0 and sent.words[w.index - 1].upos == "NOUN" and w.text.lower().endswith("self"):
            return True
        owner_of = sent.words[w.head] if w.deprel == "nmod:poss" and w.head >= 0 else None
        # (the post set beside the name; not one the name's statement speaks of: "said his wife ...")
        beside = owner_of.lemma.lower() if owner_of is not None and owner_of.deprel in ("appos", "conj") else ""
        return bool(beside) and self.m.is_role(beside)

    def learn_institutions(self, sentences: list[Sentence]) -> None:
        """ "Zentrix said Thursday that ... ¶ But the company seemed confident": a bare "the
        company" (an institution's noun) as a subject takes as antecedent the latest name that
        was the subject of its clause in that sentence, else the first in the one before; when that is a lone
        name (one word, no given name, no "he"/"she" for it), the name is an organisation's."""
        starts = [s.start for s in sentences]
        for k, sent in enumerate(sentences):
            for w in sent.words:
                if not self._bare_institution_subject(sent, w.index):
                    continue
                here = [n for n in self.person_names if sent.start <= n.start < w.start and n.clause_subject]
                lo = starts[k - 1] if k > 0 else sent.start
                # (the sentence before only for the main clause's subject: "But the company seemed
                # confident", not "a spokesperson told CP the agency was aware")
                main = sent.words[w.head].head < 0
                # (nor a name someone else spoke of: 'She said Rubio "has failed ..." ¶ The group')
                before = here or [n for n in self.person_names if main and lo <= n.start < sent.start
                                  and n.clause_subject and not reported_subject(sentences[k - 1], n)]  # fmt: skip
                # (not a name whose statement the noun is inside: "Jones said the province had failed")
                before = [n for n in before if not (n in here and in_what_they_said(sent, n, w.index))]
                # (the first: the main clause's subject, "Zentrix said ... that Apple revoked ...")
                # (a longer name only by a singular noun outside quote marks: not '"The courts have
                # been very clear," the minister said' after "said Gerrit Mulder.")
                plain = "Number=Plur" not in w.feats and not any(a <= w.start < b for a, b in self.quoted)
                if before and (lone_name(self, before[0].name) or plain and self._body_like(before[0])):
                    self.org_keys.add(self.key(before[0].name))
            for n in (n for n in self.person_names if sent.start <= n.start < sent.end):
                # ("Benfica, on its website,"; "Pillowtree, which says ...": a relative for a thing)
                # (any name no given name opens: "Prairie Crest, which employs ...", a subject or
                # not: "according to Genius Sports, which supplies the technology")
                which = which_follows(self.doc.text, n.end) and (lone_name(self, n.name) or self._impersonal(n))
                if which:
                    self.org_keys.add(self.key(n.name))
                if not n.clause_subject:
                    continue
                if lone_name(self, n.name) and possessive_aside(sent, n.start) or self._reporting(sent, n):
                    self.org_keys.add(self.key(n.name))
                elif (
                    self._impersonal(n)
                    and not self._titled(sent, n)
                    and it_speaks_of_itself(sent, n.start, self.quoted)
                ):
                    # ("rival Castell Microdevices ... Castell said that it expected ...": the
                    # first word of a longer name, not its last, speaking of "it" is a body's, and
                    # so is the fuller name; so is a name of two words or more, "Halvorsen Marine
                    # Recovery says it found"; "McFadden said it would vote" may be anyone's)
                    fuller = self._org_full_keys(n)
                    if fuller or len(self.tokens(n.name)) > 1 and not post_after(self, sent, n.end):
                        self.org_keys |= {self.key(n.name), *fuller}
                    elif lone_name(self, n.name) and it_speaks_of_itself(sent, n.start, self.quoted, attitude=True):
                        self.org_keys.add(self.key(n.name))  # ("Kookaburra said that it was proud to ...")

    def learn_owned_posts(self, sentences: list[Sentence]) -> None:
        """ "Lumenly's CEO", "Brightwell's shareholders": a lone name (one word, no given name, no
        "he"/"she") whose possessive owns what only a business has is a business's; so is one right
        before a post and a person's full name ("Phivolcs Director Marlon Dizon", "Basarnas
        spokesman Yusuf Latif", "Komeito chief Tetsuya Hamada"): the body the post is of."""
        for sent in sentences:
            for w in sent.words[:-3]:
                post, given = sent.words[w.index + 1], sent.words[w.index + 2]
                if w.upos != "PROPN" or (w.index > 0 and sent.words[w.index - 1].upos == "PROPN"):
                    continue
                if not (
                    self.m.is_role(post.text.lower()) or self.vocab.in_lexicon("spokesperson_nouns", post.text.lower())
                ):
                    continue
                if given.upos != "PROPN" or not given.text[:1].isupper() or self.m.is_role(given.text.lower()):
                    continue  # (nor a title's words: "Chief Executive Officer Martin Pryce")
                if self.m.is_role(w.text.lower()) or self.m.is_title(w.text):
                    continue
                if any(self.vocab.in_lexicon(x, w.text.lower()) for x in ("demonyms", "party_members", "place_words")):
                    continue  # (a nation's, a party member's or a place's: "Republican candidate Jane Roe")
                if lone_name(self, w.text) and sent.words[w.index + 3].upos == "PROPN":
                    self.org_keys.add(self.key(w.text))
            for w in sent.words[:-1]:
                if w.text not in ("'s", "’s") or w.index < 1:
                    continue
                if lone_name(self, sent.words[w.index - 1].text):
                    if sent.words[w.index + 1].lemma.lower() in _BUSINESS_POSSESSIONS:
                        self.org_keys.add(self.key(sent.words[w.index - 1].text))
                if (owner := self._post_owner(sent, w.index)) is not None:
                    self.org_keys.add(self.key(owner))

    def _post_owner(self, sent: Sentence, mark: int) -> str | None:
        """ "Unite's regional officer for the offshore sector, Graeme Forsyth,", "Ryder Cup Europe's
        tournament director Mark Ellison": a name, no person's (no given name, no "he"/"she"),
        whose possessive owns a body's post (``_BODY_POSTS``, its modifiers before it) is a body's."""
        run: list[int] = []
        k = mark - 1
        while k >= 0 and sent.words[k].upos == "PROPN" and sent.words[k].text[:1].isupper():
            run.insert(0, k)
            k -= 1
        if not run:
            return None
        name = self.doc.text[sent.words[run[0]].start : sent.words[run[-1]].end]
        tokens = self.tokens(name)
        if len(tokens) == 1 and not lone_name(self, name):
            return None
        if tokens[0] in self.m.names.given_names or self.gender_of_name(name) is not None or self.m.is_title(tokens[0]):
            return None
        k = mark + 1
        while (
            k + 1 < len(sent.words)
            and sent.words[k].upos in ("ADJ", "NOUN")
            and sent.words[k + 1].upos in ("ADJ", "NOUN")
        ):
            k += 1  # (the post's own modifiers: "regional officer", "tournament director")
        return name if sent.words[k].upos == "NOUN" and sent.words[k].lemma.lower() in _BODY_POSTS else None

    def learn_short_names(self, sentences: list[Sentence]) -> None:
        """ "operated by Carbones del Altiplano SA ... ¶ Carbones del Altiplano said": the
        capitalised words before a company's legal form (``legal_forms``) or a club's traditional
        last word ("Hollingworth Athletic ... Hollingworth insisted"; ``club_words``), and any
        particles between them, are the body's short name; so are the words after a club's
        first word ("Sporting Vilamoura ... Vilamoura said")."""
        for sent in sentences:
            for w in sent.words:
                word = w.text.rstrip(".")
                if w.index < 1 or not w.text[:1].isupper():
                    continue
                if self.vocab.in_lexicon("legal_forms", word) or self._club_word(word, "last"):
                    k = w.index
                    while k > 0 and (sent.words[k - 1].text[:1].isupper() or sent.words[k - 1].text in _PARTICLES):
                        k -= 1
                    while k < w.index and sent.words[k].text in _PARTICLES:
                        k += 1
                    club = self._club_word(word, "last") and k < w.index
                    self._learn_short(sent, k, w.index - 1, self.doc.text[sent.words[k].start : w.end] if club else "")
                    if k < w.index and self.vocab.in_lexicon("legal_forms", word):
                        # (a business by its legal form: "The company said" after "run by
                        # state-owned Eastern Coalfields Development Ltd."; head_names)
                        full = self.doc.text[sent.words[k].start : w.start + len(word)]
                        self.org_kinds.setdefault(self.key(full), "company")
                        # (and the full name is a body's, as written: "Kadan Power Co.")
                        self.org_keys.update({self.key(full), self.key(full + w.text[len(word) :])})
            for w in sent.words[:-1]:
                if (
                    w.text[:1].isupper()
                    and self._club_word(w.text, "first")
                    and sent.words[w.index + 1].text[:1].isupper()
                ):
                    k = w.index + 1
                    while k + 1 < len(sent.words) and sent.words[k + 1].text[:1].isupper():
                        k += 1
                    self._learn_short(sent, w.index + 1, k, self.doc.text[w.start : sent.words[k].end])

    def _club_word(self, word: str, place: str) -> bool:
        entry = self.vocab.lexicon("club_words").get(word.lower()) if "club_words" in self.vocab.lexicons else None
        return entry is not None and entry.attrs.get("place") == place

    def _learn_short(self, sent: Sentence, k: int, last: int, full: str = "") -> None:
        short = self.doc.text[sent.words[k].start : sent.words[last].end] if k <= last else ""
        # (not a name that says it is a body's already, "Podesta Group Inc.", whose first words
        # may be a person's: John Podesta; nor any person's surname)
        if not short or sent.words[k].upos != "PROPN" or self.is_org_name(short):
            return
        if not any(n.name.endswith(" " + short) for n in self.person_names):
            self.org_keys.add(self.key(short))
            if full:  # (a club goes by its full name, the first the article gives)
                self.full_names.setdefault(self.key(short), full)

    def _org_full_keys(self, n: NameMention) -> set[str]:
        """The keys of the fuller names a one-word organisation name stands for, named before it
        ("Castell" after "Castell Microdevices": an organisation's short name is its first word)."""
        toks = self.tokens(n.name)
        if len(toks) != 1:
            return set()
        return {self.key(m.name) for m in self.person_names if m.start < n.start and self.tokens(m.name)[:1] == toks}

    def _reporting(self, sent: Sentence, n: NameMention) -> bool:
        """ "Premium Times reported last week that ...": a name of two words or more that ends in an
        outlet's word (``outlet_words``), with nothing to make it a person's, reporting, is an outlet;
        so is a lone name ("Variety reported that ...": one word, no given name, no "he" or "she",
        no person's surname)."""
        tokens = self.tokens(n.name)
        worded = len(tokens) >= 2 and self.vocab.in_lexicon("outlet_words", tokens[-1])
        if not (worded or lone_name(self, n.name)) or not self._impersonal(n):
            return False
        inside = [w for w in sent.words if n.start <= w.start < n.end]
        verb = next((sent.words[w.head] for w in inside if w.head >= 0 and sent.words[w.head] not in inside), None)
        return verb is not None and verb.lemma.lower() in ("report", "publish", "reveal")

    def _impersonal(self, n: NameMention) -> bool:
        """Nothing makes the name a person's: no given name first, no "he"/"she" for it."""
        tokens = self.tokens(n.name)
        if not tokens or tokens[0] in self.m.names.given_names or self.gender_of_name(n.name) is not None:
            return False
        # (nor a person's surname: "Tarek" after "Kenza Tarek"; the name itself is none)
        return not any(
            len(t := self.tokens(m.name)) > 1 and t[-1] == tokens[-1] and t != tokens for m in self.person_names
        )

    def _body_like(self, n: NameMention) -> bool:
        """A name of two words or more with nothing of a person's anywhere in the article ("Skeena
        Coastal said work would resume. The company said ..."): no given name first, no "he" or
        "she" for it, no person's surname, no courtesy title or role before any of its mentions and
        no post set off after one (not "Tafadzwa Mhlanga, the bank's governor, said ... The company
        said", nor "Governor Tafadzwa Mhlanga"), and no business named before it that "the
        company" may be ("Zimbabwe Gold, a state miner, ... Tafadzwa Mhlanga said ...")."""
        if len(self.tokens(n.name)) < 2 or not self._impersonal(n):
            return False
        if business_named_before(self, n.start, kinded=True) is not None:
            return False  # ("the company" may be the business the article named before)
        key = self.key(n.name)
        for m in (m for m in self.person_names if self.key(m.name) == key):
            sent = next((s for s in self.sentences if s.start <= m.start < s.end), None)
            if sent is None or post_after(self, sent, m.end):
                return False
            if self._titled(sent, m):
                return False  # ("Culiacán Mayor Ernesto Villalobos ... said the city would")
        last = regex.escape(n.name.split()[-1])
        return not any(
            self.m.names.is_honorific(t) for t in regex.findall(rf"(\p{{Lu}}\p{{Ll}}*\.?)\s+{last}\b", self.doc.text)
        )

    def _titled(self, sent: Sentence, m: NameMention) -> bool:
        """A title or courtesy title before the name or in it ("Lawmaker Nurbek Asanov said it would")."""
        before = [w.text for w in sent.words if w.end <= m.start][-1:]
        words = before + self.doc.text[m.start : m.end].split()
        return any(self.m.is_title(t) or self.m.names.is_honorific(t) for t in words)

    def _bare_institution_subject(self, sent: Sentence, i: int) -> bool:
        w = sent.words[i]
        lemma = w.lemma.lower()
        if w.upos != "NOUN" or w.rel not in ("nsubj", "nsubj:pass") or not w.text.islower():
            return False
        if not self.institution_noun(lemma):
            return False
        # (bare: "the" right before it and nothing else of its own)
        kids = [sent.words[c] for c in sent.children[i] if sent.words[c].upos != "PUNCT"]
        # (or with its field before it: "The energy regulator said" after "Ofgem said")
        field = (
            lemma in _FIELD_BODIES
            and len(kids) == 2
            and kids[1].index == i - 1
            and kids[1].deprel in ("compound", "amod")
            and kids[1].text.islower()
        )
        the = kids[0].lemma.lower() == "the" and kids[0].index == i - 1 - field if kids else False
        return the and len(kids) == 1 + field

    def _full_key(self, n: NameMention) -> str:
        """The key of the fullest name a short mention stands for ("Roe" after "Jane Roe")."""
        toks = self.tokens(n.name)
        for m in reversed([m for m in self.person_names if m.start <= n.start]):
            mt = self.tokens(m.name)
            if (
                len(mt) > len(toks)
                and mt[-len(toks) :] == toks
                and not self.genders_differ(self.doc.text[n.start : n.end], toks, m.name, mt)
            ):
                return " ".join(mt)  # (not "Bill Clinton" for "Mrs. Clinton")
        return " ".join(toks)
