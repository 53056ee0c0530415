"""Finding gazetteer outlets (rules/lexicons/outlets.yaml) in text, compiled once per run.

Which spellings are one outlet is decided in one place, ``provenance.outlets.outlet_key``: the
gazetteer names a found form by that identity, as the policy rules compare outlets by it.
"""

from __future__ import annotations

import regex

from provenance.outlets import OutletIndex, outlet_key
from provenance.vocab import Lexicon

# Acronyms must match case ("AP", not "ap"); names may vary in case.
# A hyphen after an outlet's name makes another word ("Times-Picayune", "CNN-owned"), except
# before a polling partner: "an Associated Press-GfK poll", "an NBC News-Marist survey".
_POLL_PARTNER = r"\p{Lu}[\w.&]*(?:[ /-]\p{Lu}[\w.&]*)*\s+(?i:poll|polls|survey|surveys)\b"
ACRONYM = regex.compile(r"^[A-Z][A-Z&.-]{1,7}s?$")


class OutletGazetteer:
    def __init__(self, lexicon: Lexicon) -> None:
        self.index = OutletIndex.from_entries((e.name, e.forms) for e in lexicon.entries)
        self.names = {outlet_key(e.name, self.index): e.name for e in lexicon.entries}
        forms = []
        for e in lexicon.entries:
            for f in e.forms:
                esc = regex.escape(f)
                forms.append((len(f), esc if ACRONYM.match(f) else f"(?i:{esc})"))
        forms.sort(reverse=True)  # longest first: "Associated Press" before "AP"
        alts = "|".join(f for _, f in forms)
        self.rx = regex.compile(rf"(?<![\w-])(?:{alts})(?!\w|-(?!{_POLL_PARTNER}))") if forms else None

    def canonical(self, form: str) -> str:
        """The gazetteer name of a form the regex matched (the form itself if unknown)."""
        return self.names.get(outlet_key(form, self.index), form)

    def first_in(self, text: str) -> tuple[str, int, int] | None:
        """The canonical name of the first gazetteer outlet in ``text``, with its span."""
        if self.rx is None:
            return None
        m = self.rx.search(text)
        if not m:
            return None
        return self.canonical(m.group()), m.start(), m.end()

    def all_in(self, text: str) -> list[str]:
        """Every distinct outlet named in ``text``, in order."""
        names: list[str] = []
        pos = 0
        while (found := self.first_in(text[pos:])) is not None:
            name, _, end = found
            if name not in names:
                names.append(name)
            pos += end
        return names
