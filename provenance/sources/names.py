"""Names of people as the article writes them: courtesy titles, gender evidence, matching tokens."""

from __future__ import annotations

from typing import Literal

# Courtesy titles are not part of who someone is: "Ms. Conway" is the "Kellyanne Conway" named
# earlier. (Roles such as "Sen." are, and stay in person_roles.)
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "mx.", "mx", "madam", "sir"})

Gender = Literal["female", "male"]
PRONOUN_GENDER: dict[str, Gender] = {"she": "female", "her": "female", "he": "male", "him": "male"}
GENDER_WORDS: dict[str, Gender] = {
    **dict.fromkeys(("mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady", "dame"), "female"),
    **dict.fromkeys(("mr.", "mr", "sir", "lord"), "male"),
    **dict.fromkeys(
        ("spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "actress", "mother",
         "wife", "daughter", "sister", "queen", "princess", "grandmother", "aunt", "widow", "girl", "woman"),
        "female",
    ),
    **dict.fromkeys(
        ("spokesman", "chairman", "businessman", "congressman", "councilman", "actor", "father", "husband",
         "son", "brother", "king", "prince", "grandfather", "uncle", "widower", "boy", "man"),
        "male",
    ),
}  # fmt: skip


def gender_of(text: str) -> Gender | None:
    """Gender a mention shows by its own words ("Mrs. Roe", "spokeswoman Jane Roe")."""
    found = {GENDER_WORDS[w] for w in text.lower().replace(",", " ").split() if w in GENDER_WORDS}
    return found.pop() if len(found) == 1 else None


def name_tokens(name: str) -> list[str]:
    """A person's name as lower-case tokens without courtesy titles, for matching mentions."""
    tokens = name.lower().split()
    return [t for t in tokens if t not in HONORIFICS] or tokens
