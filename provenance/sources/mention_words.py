"""The words of a speaker mention: the noun phrase around its head word, appositive role included,
relative clauses, prepositions before it and asides left out, as one contiguous stretch of text
(``mentions.describe`` splits it into name and role); and the name a description set off as the subject
describes (``apposed_name``)."""

from __future__ import annotations

from collections.abc import Callable, Container

from provenance.attribution.content import NAMING_PARTICIPLES
from provenance.syntax.tree import Sentence, WordRef

from .name_runs import interjected_name, name_runs, styled
from .relatives import channel_phrase, discourse_phrase

_CUT_RELS = {"acl:relcl", "acl", "punct", "parataxis", "dep", "advcl", "cc", "conj"}
_CUT_AT_HEAD = {"case", "mark"}  # "according to X": the preposition is not part of X (nor "When" of "When Roe ...")


def appositive_conj(sent: Sentence, head: int, c: int) -> bool:
    """ "Jane Roe, CEO of Civic Works, said" parsed with "CEO" as a conjunct of the name: a
    conjunct after a comma with no coordinating conjunction is an apposition."""
    w = sent.words[c]
    if w.deprel != "conj" or c <= head or w.upos not in ("NOUN", "PROPN"):
        return False
    # (the comma before a name's phrase: "..., the pension fund CalPERS,"; or a description's: "Jane Roe, CEO of ...")
    first = min(k for k in sent.subtree(c) if sent.words[k].upos != "PUNCT") if w.upos == "PROPN" else c
    if sent.words[first - 1].text != "," or any(sent.words[k].deprel == "cc" for k in sent.children[c]):
        return False
    # (not a list's middle item: "Jane Roe, Tom Doe and Ann Smith said"; nor with the list's last
    # item hung on it: "the Department of Environment, Great Lakes, and Energy")
    later = [k for k in (*sent.children[head], *sent.children[c]) if k > c and sent.words[k].deprel == "conj"]
    return not any(sent.words[j].deprel == "cc" for k in later for j in sent.children[k])


def _joins_modifiers(sent: Sentence, head: int, modifier: int, c: int) -> bool:
    """ "the work and pensions spokesman", "the Canada Mortgage and Housing Corporation": an "and"
    between two modifiers of the head joins them inside the phrase; it cuts no second person off."""
    m = sent.words[modifier]
    if sent.words[c].deprel == "cc" and modifier == head and 0 < c < head - 1:
        # (the "and" hung on the head itself: "The Independent Electoral and Boundaries Commission")
        return all(sent.words[k].head == head and sent.words[k].deprel in ("compound", "amod") for k in (c - 1, c + 1))
    if sent.words[c].deprel != "cc" or modifier == head or m.deprel not in ("compound", "amod"):
        return False
    # (of the head, of a title before the name: "Health and Human Services Secretary Xavier Becerra",
    # or of its apposition: "Rachel Hopkins, the Luton South and South Bedfordshire MP,")
    before = sent.words[c - 1] if c > 0 else None
    apposed = sent.words[m.head].deprel == "appos"  # (on the name's first word too: "Rachel")
    return (
        c < modifier < m.head
        and (m.head <= head or apposed)
        and before is not None
        and before.head == m.head
        and before.deprel in ("compound", "amod")
    )


_FIELD_CASES = frozenset({"of", "for", "on"})


def _joins_inside(sent: Sentence, head: int, i: int, c: int) -> bool:
    """An "and" (or its conjunct) inside the mention's phrase: modifiers, an office's fields, or
    one person's two posts."""
    return _joins_modifiers(sent, head, i, c) or _field_of_office(sent, head, i, c) or _second_post(sent, head, i, c)


def _second_post(sent: Sentence, head: int, i: int, c: int) -> bool:
    """ "The chairman and chief executive, Mary Pouono, said": a post joined to the head's by "and",
    with no article or owner of its own, before the name the whole title is set off with, is the
    same person's second post (not "The mayor and her deputy, Tom Hale": two people)."""
    if sent.words[c].deprel == "cc" and i != head and sent.words[i].head == head:
        return _second_post(sent, head, head, i)  # (the post's own "and")
    conj = sent.words[c]
    if i != head or conj.deprel != "conj" or c < head or conj.upos not in ("NOUN", "ADJ", "PROPN"):
        return False
    own = {sent.words[k].deprel for k in sent.children[c]}
    # (or the post's second word the parse made a conjunct of its own: "The Controller and Chief | Auditor")
    split = c - 1 > head and sent.words[c - 1].head == head and sent.words[c - 1].deprel == "conj" and not own
    if split:
        return _second_post(sent, head, head, c - 1)
    if "cc" not in own or own & {"det", "nmod:poss", "nummod"}:
        return False
    return any(sent.words[k].deprel == "appos" and sent.words[k].upos == "PROPN" and k > c for k in sent.children[head])


def _field_of_office(sent: Sentence, head: int, i: int, c: int) -> bool:
    """ "The Minister of Information and National Orientation", "the Special Adviser to the
    President on Media and Publicity": fields joined by "and" inside the head's prepositional
    phrase are the office's, no second person (a second speaker is the head's own conjunct)."""
    w = sent.words[i]
    if i == head:
        return False
    if sent.words[c].deprel == "conj" and w.deprel == "nmod":
        k, phrase = c, i  # (the field)
    elif sent.words[c].deprel == "cc" and w.deprel == "conj" and sent.words[w.head].deprel == "nmod":
        k, phrase = i, w.head  # (the field's "and")
    else:
        return False
    # (an office's "of", "for" or "on" phrase: not a place's, "in Everett, Mass.")
    if not any(
        sent.words[d].deprel == "case" and sent.words[d].lemma.lower() in _FIELD_CASES for d in sent.children[phrase]
    ):
        return False
    # (a capitalised field with no article of its own: not "the agency's head and the deputy";
    # nor a person's name with a phrase of its own: "of the University of Ghana and Ilse Brandt of
    # the Potsdam Institute")
    x = sent.words[k]
    own = [sent.words[d] for d in sent.children[k]]
    named = any(d.deprel == "compound" and d.upos == "PROPN" for d in own) and any(d.deprel == "nmod" for d in own)
    # (or split into two conjuncts by the parse: "Ghana and Ilse Brandt" with both on "Ghana")
    named = named or sum(sent.words[d].deprel == "conj" for d in sent.children[phrase]) > 1
    # (or lower-case fields, bare on both sides: "minister of forestry and parks"; not "a spokesman
    # for the ministry and police")
    # (an adjective of its own too: "minister of ports and marine transport")
    bare = x.upos == "NOUN" and not any(sent.words[d].deprel == "det" for d in sent.children[phrase])
    bare = bare and all(d.deprel in ("cc", "punct") or d.deprel == "amod" and d.upos == "ADJ" for d in own)
    return (x.text[:1].isupper() or bare) and not named and not any(d.deprel == "det" for d in own)


def mention_words(
    sent: Sentence, head: int, cue: int = -1, is_setting: Callable[[str], bool] | None = None
) -> list[int]:
    keep: list[int] = []
    stack = [head]
    while stack:
        i = stack.pop()
        keep.append(i)
        for c in sent.children[i]:
            if c == cue and c > head:
                continue  # '"...," a message on the website reads.' with "reads" read as a noun
            cut = i == head and (sent.words[c].deprel in _CUT_AT_HEAD or "PronType=Int" in sent.words[c].feats)
            if cut or sent.words[c].upos == "PRON" and "Reflex=Yes" in sent.words[c].feats:
                continue  # (nor an emphatic pronoun: "Jane Roe herself said" gives no role)
            if i == head and (discourse_phrase(sent, c) or channel_phrase(sent, head, c, is_setting)):
                continue  # "Gates, in contrast, told AP": the phrase links sentences, not a role
            # (on the head's last word too: "The Vice-Chancellor, Professor Hauwa Abubakar-Lawal,")
            if (i == head or sent.words[i].deprel == "flat" and sent.words[i].head == head) and appositive_conj(
                sent, i, c
            ):
                stack.append(c)
                continue
            if sent.words[c].deprel in _CUT_RELS and not (
                sent.words[c].deprel == "punct"
                and _inside(sent, c, keep)
                or sent.words[c].deprel == "acl"
                and sent.words[c].upos == "ADJ"  # ("people close to the campaign")
                or _joins_inside(sent, head, i, c)
            ):
                continue
            stack.append(c)
    keep += _commas(sent, keep)
    keep.extend(_split_siblings(sent, head, keep))
    keep.sort()
    # A mention is contiguous text: stop at a gap (and at a colon after it: "Roe: Budget ...").
    out = [head]
    for direction in (-1, 1):
        j = head + direction
        while j in keep and not (_closes_statement(sent, j) if direction < 0 else sent.words[j].text == ":"):
            out.append(j)
            j += direction
    out.sort()
    # "Sen. Jane Roe (D-Ohio" without its closing bracket opens an aside; "BC Hydro (@bchydro) Dec 22", a handle.
    opened = [k for k, i in enumerate(out) if sent.words[i].text == "("]
    handle = [k for k in opened if k + 1 < len(out) and sent.words[out[k + 1]].text.startswith("@")]
    if handle or opened and not any(sent.words[i].text == ")" for i in out[opened[-1] :]):
        out = out[: (handle or opened[-1:])[0]] or out
    # "... any campaign except his own, federal records show" with "own" read as a modifier of
    # "records": a prepositional phrase before a comma belongs to the clause before it.
    # (not a comma inside a name: "Ministry of Economy, Trade and Industry", body_names.py)
    commas = [k for k, i in enumerate(out) if i < head and sent.words[i].text == "," and sent.words[i].deprel != "flat"]
    if commas and any(sent.words[i].upos == "ADP" for i in out[: commas[-1]]):
        out = out[commas[-1] + 1 :]
    while out and sent.words[out[-1]].upos == "PUNCT":
        out.pop()
    while out and sent.words[out[0]].upos == "PUNCT":
        out.pop(0)
    # (never nothing: a parse may make a punctuation mark a mention's head, "Culture-Business")
    return out or [head]


def _closes_statement(sent: Sentence, i: int) -> bool:
    """A closing double quote mark after a comma or a stop ('"Cruz," Beck said': what lies before
    it was said, unlike 'the "Never Trump" camp'), or a dash ("OTTAWA — Finance Minister ...")."""
    dash = sent.words[i].text in ("—", "–", "--")
    return dash or sent.words[i].text in ("”", '"', "»") and i > 0 and sent.words[i - 1].text in (",", ".", "?", "!")


def _split_siblings(sent: Sentence, head: int, keep: list[int]) -> list[int]:
    """A noun phrase split into two subjects of one verb ("A city | official told"): the
    sibling that ends right where the mention starts; and a name tagged an interjection right
    after it ("Canadian actor | Oh said")."""
    h = sent.words[head]
    if h.head < 0:
        return []
    out: list[int] = []
    for sib in sent.children[h.head]:
        if sib < head and sent.words[sib].deprel == h.deprel:
            sub = sent.subtree(sib)
            if max(sub) == min(keep) - 1:
                out.extend(sub)
        if sib == max(keep) + 1 and interjected_name(sent, sib):
            out.append(sib)
    return out


def _opens(sent: Sentence, c: int, keep: list[int]) -> bool:
    return sent.words[c].text == "," and c not in keep and _inside(sent, c, keep)


def _commas(sent: Sentence, keep: list[int]) -> list[int]:
    """The commas a mention's kept words hold: one between two kept words, whichever was reached first
    ("Climate, Energy and Utilities Minister"), and the one opening an appositive, which hangs on the
    name ("The minister of finance, Ann Moss,")."""
    between = [c for i in keep for c in sent.children[i] if c not in keep and _between(sent, c, keep)]
    keep = keep + between
    opening = [c for i in keep if sent.words[i].deprel == "appos" for c in sent.children[i] if _opens(sent, c, keep)]
    # (or on the name it describes: "The Dean of Canterbury, the Very Rev Dr Martin Ashby,")
    # (only a styled name apposed to the mention's own head: not "A spokeswoman for the developer,
    # Harbor Point Partners", whose name is the developer's)
    named = [
        i
        for i in keep
        if sent.words[i].deprel == "appos" and sent.words[i].head == keep[0] and styled(sent, min(sent.subtree(i)))
    ]
    before = [min(sent.subtree(i)) - 1 for i in named]
    hung = [c for c in before if c > 0 and sent.words[c].text == "," and sent.words[c].head == keep[0]]
    # (and one right after the head that the parse hung outside it: "On arriving, the minister, Jean Roux, said")
    h = keep[0]
    apposed = {min(sent.subtree(i)) - 1 for i in keep if sent.words[i].deprel == "appos" and sent.words[i].head == h}
    hung += [h + 1] if h + 1 in apposed and sent.words[h + 1].text == "," and sent.words[h + 1].head not in keep else []
    return between + opening + [c for c in hung if c not in keep and c not in opening]


def _between(sent: Sentence, c: int, keep: list[int]) -> bool:
    # (not the comma that opens an apposition: the description ends before it)
    opens = any(sent.words[k].deprel == "appos" and min(sent.subtree(k)) == c + 1 for k in keep)
    return (
        sent.words[c].text == "," and sent.words[c].deprel == "punct" and c - 1 in keep and c + 1 in keep and not opens
    )


def _inside(sent: Sentence, c: int, keep: list[int]) -> bool:
    # Commas inside an appositive ("Head of ..., Hadi Al-Amiri") are kept when both sides are.
    return (c - 1) in keep or (c + 1) in keep and sent.words[c].text in ",’'"


def reported_span(sent: Sentence, i: int) -> tuple[int, int] | None:
    """The characters of the reported clause word ``i`` sits in (a ``ccomp`` above it), or None."""
    for _ in range(len(sent.words)):
        if i < 0:
            return None
        if sent.words[i].rel == "ccomp":
            sub = sent.subtree(i)
            return sent.words[min(sub)].start, sent.words[max(sub)].end
        i = sent.words[i].head
    return None


def _name_given(sent: Sentence, i: int) -> int:
    """The name a naming participle right after the noun ``i`` gives it ("a man surnamed Choi":
    "surnamed" the name's modifier; "a nurse named Ana Lopez": the participle's complement), else
    -1 (not a name further on: "The lawsuit filed by a former staffer named Bradley Podliska")."""
    for c in sent.children[i]:
        w = sent.words[c]
        if w.upos == "PROPN" and w.deprel in ("appos", "flat", "compound") and c > i:
            if any(sent.words[m].text.lower() in NAMING_PARTICIPLES and m == i + 1 for m in sent.children[c]):
                return c
        if w.text.lower() in NAMING_PARTICIPLES and w.deprel in ("acl", "amod") and c == i + 1:
            return next((n for n in sent.children[c] if n > c and sent.words[n].upos == "PROPN"), -1)
    return -1


def named_description(ref: WordRef, source: str, is_role: Callable[[str], bool] | None) -> tuple[WordRef, str | None]:
    """``apposed_name``, and for a description that a naming participle gives a name ("said a
    52-year-old man surnamed Choi", "a nurse named Ana Lopez said"), that name with the
    description as its role ("52-year-old man")."""
    sent, i = ref.sentence, ref.index
    if sent.words[i].upos == "PROPN" and sent.words[i].deprel == "appos":
        i = sent.words[i].head  # (the name itself may be the subject found: "A man surnamed Wang said")
    if sent.words[i].upos != "NOUN" or (name := _name_given(sent, i)) < 0:
        return apposed_name(ref, is_role), None
    own = [k for k in sorted(sent.subtree(i)) if k <= i and sent.words[k].upos not in ("DET", "PUNCT", "ADP")]
    role = source[sent.words[own[0]].start : sent.words[i].end] if own else None
    return WordRef(sent, name), role


def apposed_name(ref: WordRef, is_role: Callable[[str], bool] | None) -> WordRef:
    """ "Corey Lewandowski, Trump's campaign manager, said" with the description taken for the
    subject: the speaker is the name it describes (its head in the parse, or the name right
    before the comma that opens it; not a place: "In Ohio, the governor said")."""
    sent, i = ref.sentence, ref.index
    w = sent.words[i]
    # (or a name set off after the description's relative clause or participle, which the mention
    # leaves out: "The student who described it, 13-year-old Mateo Cruz, said", "Counsel assisting
    # the inquiry, Michael Doherty SC, said")
    named = [c for c in sent.children[i] if sent.words[c].deprel == "appos" and sent.words[c].upos == "PROPN"]
    between = {sent.words[c].deprel for c in sent.children[i] if named and i < c < named[0]}
    if w.upos == "NOUN" and named and between & {"acl:relcl", "acl"}:
        return WordRef(sent, named[0])
    # (a role's acronym is one too, "the Labour MP for Ashworth North", not a body's name, "the
    # Communications Workers of America"; and one the tagger made an adjective, "chief executive")
    nominal = w.upos == "NOUN" or w.upos == "PROPN" and w.text.isupper() or w.upos == "ADJ" and w.rel == "nsubj"
    # (and a capitalised title with its article: "Tunde Bakare, the Chief ... Officer of ... (NNPC
    # Ltd), said"; a subject, singular: not "according to the Communications Workers of America")
    titled = w.rel == "nsubj" and "Number=Plur" not in w.feats and not w.text.endswith("s")
    nominal = (
        nominal or titled and w.upos == "PROPN" and any(sent.words[c].lemma.lower() == "the" for c in sent.children[i])
    )
    if not nominal or is_role is None or not is_role(w.lemma.lower()):
        return ref  # only a description of a person ("campaign manager"), not "Clinton's campaign"
    # (a title with commas of its own: "The Ranking Member on ... Food, Agriculture and ..., Kofi Roe,")
    if (
        named
        and "nmod" in between
        and any(sent.words[k].text == "," for k in range(i, min(sent.subtree(named[0])) - 1))
    ):
        return WordRef(sent, named[0])
    if w.deprel == "appos" and w.head >= 0 and sent.words[w.head].upos == "PROPN":
        return WordRef(sent, w.head)
    j = min(k for k in sent.subtree(i) if sent.words[k].upos != "PUNCT") - 1
    if j < 1 or sent.words[j].text != "," or sent.words[j - 1].upos != "PROPN":
        return ref
    if sent.words[j + 1].upos == "CCONJ":
        return ref  # (a second person: "Sam Doe, and its treasurer, Ann Wu, said")
    name = j - 1
    first = _name_start(sent, name)
    before = sent.words[first - 1] if first > 0 else None
    placed = _placed_apposition(sent, i, first, name)
    # (a quote mark of either kind may open the name's stretch: '"...," Pierre Roe, the firm's
    # then-chief risk officer, said')
    if (
        before is not None
        and not placed
        and (before.upos == "ADP" or before.text not in ",“”\"'‘’" and before.upos != "VERB")
    ):
        return ref  # "In Ohio, the governor said"; a name inside a longer phrase
    if not placed and (any(sent.words[k].rel == "case" for k in sent.children[name]) or sent.words[name].rel == "obj"):
        return ref  # (a preposition's noun; "Speaking Tuesday, the mayor said": a verb's object)
    if sent.words[name].rel in ("nsubj", "nsubj:pass") and sent.words[name].head != w.head:
        return ref  # 'Clinton, a top aide said, "is confident"': the name is what was said of
    if not any(name in run for run in name_runs(sent, first, name)):
        return ref  # (not a connective the tagger capitalised: "Meanwhile, Congress MLA from ..., C. Roe, claimed")
    return WordRef(sent, name)


def _name_start(sent: Sentence, name: int) -> int:
    """The first word of the name ending at ``name`` (across a hyphen inside it: "Marcus
    Ellery-Shaw, chief executive of ..., said")."""
    first = name
    while first > 0 and (
        sent.words[first - 1].upos == "PROPN"
        or first > 1
        and sent.words[first - 1].text == "-"
        and sent.words[first - 2].upos == "PROPN"
    ):
        first -= 1
    return first


def _placed_apposition(sent: Sentence, i: int, first: int, name: int) -> bool:
    """A preposition's name (from ``first``) with the description ``i`` after it, which is no
    subject, describes that name: "The protests were called by Ana Roe, an independent candidate
    who says ..." (or a second "subject" of a verb that has its own before the name); not a
    phrase with its own preposition (", according to a spokesman"), nor a list's next item."""
    w = sent.words[i]
    before = sent.words[first - 1] if first > 0 else None
    siblings = sent.children[w.head] if w.head >= 0 else []
    subject = w.rel in ("nsubj", "nsubj:pass") and not any(
        sent.words[c].rel in ("nsubj", "nsubj:pass") and c < first for c in siblings
    )
    own_case = any(sent.words[c].rel == "case" for c in sent.children[i])
    listed = w.rel == "conj"  # (a list after the name: "takeover of U.S. Steel, workers and local officials say")
    top = name
    while sent.words[top].rel in ("flat", "compound") and first <= sent.words[top].head <= name:
        top = sent.words[top].head  # (the name's own head: "Mark" of "Melissa Mark-Viverito")
    listed = listed or w.rel == sent.words[top].rel  # (two phrases of one kind: no apposition, a broken parse)
    return not subject and not own_case and not listed and before is not None and before.upos == "ADP"


def name_cases(sent: Sentence, head: int) -> list[str]:
    """The prepositions of a name's phrase; none for "according to" (a source, not a place)."""
    cases = [sent.words[k].lemma.lower() for k in sent.children[head] if sent.words[k].rel == "case"]
    return [] if cases[:1] in (["according"], ["accord"]) else cases


def opening_for(sent: Sentence, i: int) -> bool:
    """The word ``i`` is inside the sentence's opening "For" phrase, before its comma: "For
    Drummond, that timeline is cold comfort", "For residents like Sato, ..." - the article turning
    to someone."""
    return sent.words[0].text.lower() == "for" and all(w.text != "," for w in sent.words[:i])


def described_by_adjective(
    sent: Sentence, run: list[int], given_names: Container[str], is_title: Callable[[str], bool]
) -> bool:
    """A capitalised adjective opening a name's run before a given name ("Senior Emily Novak, 17,
    spent ..."): it describes the person, it is no part of the name (a title the tagger called an
    adjective is one: "Representative James E. Rogan")."""
    first, nxt = sent.words[run[0]], sent.words[run[1]].text.lower() if len(run) > 2 else ""
    return first.upos == "ADJ" and nxt in given_names and not is_title(first.text.lower())
