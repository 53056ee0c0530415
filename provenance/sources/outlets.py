"""The one outlet identity: the gazetteer in rules/lexicons/outlets.yaml, compiled once.

"AP", "The Associated Press" and "Associated Press" are one outlet, named by the entry's
``name``. Sources (via, credits) find outlets in text with it.
"""

from __future__ import annotations

import regex

from provenance.vocab import Lexicon

# Acronyms must match case ("AP", not "ap"); names may vary in case.
ACRONYM = regex.compile(r"^[A-Z][A-Z&.-]{1,7}s?$")


class OutletGazetteer:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        forms = []
        for e in lexicon.entries:
            for f in e.forms:
                esc = regex.escape(f)
                forms.append((len(f), esc if ACRONYM.match(f) else f"(?i:{esc})"))
        forms.sort(reverse=True)  # longest first: "Associated Press" before "AP"
        self.rx = regex.compile(r"(?<![\w-])(?:" + "|".join(f for _, f in forms) + r")(?![\w-])") if forms else None

    def canonical(self, form: str) -> str:
        """The gazetteer name of a form the regex matched (the form itself if unknown)."""
        entry = self.lexicon.get(form) or self.lexicon.get(form.lower())
        if entry is None:
            entry = next((e for e in self.lexicon.entries if any(f.lower() == form.lower() for f in e.forms)), None)
        return entry.name if entry else form

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
