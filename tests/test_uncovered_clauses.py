"""A reported clause the parse left without its verb, recovered from the words
(attribution/uncovered_clauses.py), on the trees the shipped parser gave for sentences written
for it (shapes first seen on the fresh articles of sessions 43 and 44). Each positive test failed
before the module existed; each guard failed with its guard taken out (checked by hand when the
test was added). "##word" follows the word before with no space."""

from __future__ import annotations

from parse_helpers import FeatRow
from test_clause_repairs import _quotes

# Zoo director Dana Whitfield said keepers arrived within 20 minutes and coaxed the cat into a crate.
KEEPERS: list[FeatRow] = [
    ("Zoo", "Zoo", "PROPN", 1, "compound", "Number=Sing"),
    ("director", "director", "NOUN", 3, "compound", "Number=Sing"),
    ("Dana", "Dana", "PROPN", 3, "compound", "Number=Sing"),
    ("Whitfield", "Whitfield", "PROPN", 4, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("keepers", "keeper", "NOUN", 4, "iobj", "Number=Plur"),
    ("arrived", "arrive", "VERB", 4, "xcomp", "Person=3|Tense=Past|VerbForm=Part|Voice=Pass"),
    ("within", "within", "ADP", 9, "case", ""),
    ("20", "20", "NUM", 9, "nummod", "NumForm=Digit|NumType=Card"),
    ("minutes", "minute", "NOUN", 6, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 11, "cc", ""),
    ("coaxed", "coax", "VERB", 4, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("cat", "cat", "NOUN", 11, "obj", "Number=Sing"),
    ("into", "into", "ADP", 16, "case", ""),
    ("a", "a", "DET", 16, "det", "Definite=Ind|PronType=Art"),
    ("crate", "crate", "NOUN", 11, "obl", "Number=Sing"),
    ("##.", ".", "PUNCT", 4, "punct", ""),
]

# Labour health spokeswoman Aoife Brennan said the findings raised questions about whether similar exercises had been used elsewhere.
FINDINGS: list[FeatRow] = [
    ("Labour", "Labour", "PROPN", 2, "compound", "Number=Sing"),
    ("health", "health", "NOUN", 2, "compound", "Number=Sing"),
    ("spokeswoman", "spokeswoman", "NOUN", 4, "compound", "Number=Sing"),
    ("Aoife", "Aoife", "PROPN", 4, "compound", "Number=Sing"),
    ("Brennan", "Brennan", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("findings", "finding", "NOUN", 5, "iobj", "Number=Plur"),
    ("raised", "raise", "VERB", 9, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("questions", "question", "NOUN", 7, "nmod", "Number=Plur"),
    ("about", "about", "SCONJ", 16, "mark", ""),
    ("whether", "whether", "SCONJ", 16, "mark", ""),
    ("similar", "similar", "ADJ", 13, "amod", "Degree=Pos"),
    ("exercises", "exercise", "NOUN", 16, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 16, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 16, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("used", "use", "VERB", 5, "advcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("elsewhere", "elsewhere", "ADV", 16, "advmod", ""),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Marta Kowalczyk said on a call with analysts that Halvorsen had overhauled its compliance programme.
ON_A_CALL: list[FeatRow] = [
    ("Marta", "Marta", "PROPN", 1, "compound", "Number=Sing"),
    ("Kowalczyk", "Kowalczyk", "PROPN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("on", "on", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("call", "call", "NOUN", 2, "obl", "Number=Sing"),
    ("with", "with", "ADP", 7, "case", ""),
    ("analysts", "analyst", "NOUN", 5, "nmod", "Number=Plur"),
    ("that", "that", "PRON", 11, "obj", "PronType=Rel"),
    ("Halvorsen", "Halvorsen", "PROPN", 11, "nsubj", "Number=Sing"),
    ("had", "have", "AUX", 11, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("overhauled", "overhaul", "VERB", 7, "acl:relcl", "Tense=Past|VerbForm=Part"),
    ("its", "its", "PRON", 14, "nmod:poss", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ("compliance", "compliance", "NOUN", 14, "compound", "Number=Sing"),
    ("programme", "programme", "NOUN", 11, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Social Affairs Minister Jeroen Kampman said in a letter to parliament that the government would study the ruling.
TO_PARLIAMENT: list[FeatRow] = [
    ("Social", "Social", "ADJ", 4, "amod", "Degree=Pos"),
    ("Affairs", "affair", "PROPN", 4, "compound", "Number=Plur"),
    ("Minister", "Minister", "PROPN", 4, "compound", "Number=Sing"),
    ("Jeroen", "Jeroen", "PROPN", 4, "compound", "Number=Sing"),
    ("Kampman", "Kampman", "PROPN", 5, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 8, "case", ""),
    ("a", "a", "DET", 8, "det", "Definite=Ind|PronType=Art"),
    ("letter", "letter", "NOUN", 5, "obl", "Number=Sing"),
    ("to", "to", "PART", 10, "mark", ""),
    ("parliament", "parliament", "VERB", 5, "advcl", "VerbForm=Inf"),
    ("that", "that", "SCONJ", 15, "mark", ""),
    ("the", "the", "DET", 13, "det", "Definite=Def|PronType=Art"),
    ("government", "government", "NOUN", 15, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 15, "aux", "VerbForm=Fin"),
    ("study", "study", "VERB", 10, "ccomp", "VerbForm=Inf"),
    ("the", "the", "DET", 17, "det", "Definite=Def|PronType=Art"),
    ("ruling", "ruling", "NOUN", 15, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# As an example, Moore pointed to the theory that the waves are moving slower.
THEORY: list[FeatRow] = [
    ("As", "as", "ADP", 2, "case", ""),
    ("an", "a", "DET", 2, "det", "Definite=Ind|PronType=Art"),
    ("example", "example", "NOUN", 5, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 2, "punct", ""),
    ("Moore", "Moore", "PROPN", 5, "nsubj", "Number=Sing"),
    ("pointed", "point", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 8, "case", ""),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("theory", "theory", "NOUN", 5, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("waves", "wave", "NOUN", 13, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 13, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("moving", "move", "VERB", 5, "advcl", "Tense=Pres|VerbForm=Part"),
    ("slower", "slow", "ADJ", 13, "xcomp", "Degree=Cmp"),
    ("##.", ".", "PUNCT", 5, "punct", ""),
]

# Trump responded to that tweet by calling the prince a disgrace.
THAT_TWEET: list[FeatRow] = [
    ("Trump", "Trump", "PROPN", 1, "nsubj", "Number=Sing"),
    ("responded", "respond", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("to", "to", "ADP", 4, "case", ""),
    ("that", "that", "DET", 4, "det", "Number=Sing|PronType=Dem"),
    ("tweet", "tweet", "NOUN", 1, "obl", "Number=Sing"),
    ("by", "by", "SCONJ", 6, "mark", ""),
    ("calling", "call", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("prince", "prince", "NOUN", 6, "obj", "Number=Sing"),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("disgrace", "disgrace", "NOUN", 6, "obj", "Number=Sing"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# The mayor said a few words and left the room quietly.
FEW_WORDS: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("mayor", "mayor", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("few", "few", "ADJ", 5, "amod", "Degree=Pos"),
    ("words", "word", "NOUN", 2, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 7, "cc", ""),
    ("left", "leave", "VERB", 2, "conj", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("room", "room", "NOUN", 7, "obj", "Number=Sing"),
    ("quietly", "quietly", "ADV", 7, "advmod", ""),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# The minister said nothing about the plan that was leaked last week.
SAID_NOTHING: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("minister", "minister", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("nothing", "nothing", "PRON", 2, "obj", "Number=Sing|PronType=Ind"),
    ("about", "about", "ADP", 6, "case", ""),
    ("the", "the", "DET", 6, "det", "Definite=Def|PronType=Art"),
    ("plan", "plan", "NOUN", 3, "nmod", "Number=Sing"),
    ("that", "that", "PRON", 9, "nsubj:pass", "PronType=Rel"),
    ("was", "be", "AUX", 9, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("leaked", "leak", "VERB", 6, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("last", "last", "ADJ", 11, "amod", "Degree=Pos"),
    ("week", "week", "NOUN", 9, "obl:unmarked", "Number=Sing"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# Calloway said 14 counties remained under evacuation orders and that about 3,000 National Guard members had been activated.
COUNTIES_AND_THAT: list[FeatRow] = [
    ("Calloway", "Calloway", "PROPN", 1, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("14", "14", "NUM", 3, "nummod", "NumForm=Digit|NumType=Card"),
    ("counties", "county", "NOUN", 1, "obj", "Number=Plur"),
    ("remained", "remain", "VERB", 3, "acl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("under", "under", "ADP", 7, "case", ""),
    ("evacuation", "evacuation", "NOUN", 7, "compound", "Number=Sing"),
    ("orders", "order", "NOUN", 4, "obl", "Number=Plur"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("that", "that", "SCONJ", 17, "mark", ""),
    ("about", "about", "ADP", 14, "case", ""),
    ("3,000", "3000", "NUM", 14, "nummod", "NumForm=Digit|NumType=Card"),
    ("National", "National", "ADJ", 14, "amod", "Degree=Pos"),
    ("Guard", "Guard", "PROPN", 14, "compound", "Number=Sing"),
    ("members", "member", "NOUN", 17, "nsubj:pass", "Number=Plur"),
    ("had", "have", "AUX", 17, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("been", "be", "AUX", 17, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("activated", "activate", "VERB", 1, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]
# She said the tribunal rarely overturned merger decisions on the substance, and that any appeal would most likely focus on procedural issues.
TRIBUNAL_AND_THAT: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("tribunal", "tribunal", "ADJ", 7, "amod", "Degree=Pos"),
    ("rarely", "rarely", "ADV", 5, "advmod", ""),
    ("overturned", "overturn", "VERB", 7, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("merger", "merger", "NOUN", 7, "compound", "Number=Sing"),
    ("decisions", "decision", "NOUN", 1, "obj", "Number=Plur"),
    ("on", "on", "ADP", 10, "case", ""),
    ("the", "the", "DET", 10, "det", "Definite=Def|PronType=Art"),
    ("substance", "substance", "NOUN", 7, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 19, "punct", ""),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("any", "any", "DET", 15, "det", "PronType=Ind"),
    ("appeal", "appeal", "NOUN", 19, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 19, "aux", "VerbForm=Fin"),
    ("most", "most", "ADV", 18, "advmod", "Degree=Sup"),
    ("likely", "likely", "ADJ", 19, "amod", "Degree=Pos"),
    ("focus", "focus", "NOUN", 1, "conj", "Number=Sing"),
    ("on", "on", "ADP", 22, "case", ""),
    ("procedural", "procedural", "ADJ", 22, "amod", "Degree=Pos"),
    ("issues", "issue", "NOUN", 19, "nmod", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]

# Some workers who voted no said they feared the union would bring strikes and job cuts to the plant.
VOTED_NO: list[FeatRow] = [
    ("Some", "some", "DET", 1, "det", "PronType=Ind"),
    ("workers", "worker", "NOUN", 11, "nsubj", "Number=Plur"),
    ("who", "who", "PRON", 3, "nsubj", "PronType=Rel"),
    ("voted", "vote", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("no", "no", "DET", 5, "det", "PronType=Neg"),
    ("said", "say", "VERB", 1, "acl:relcl", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("they", "they", "PRON", 7, "nsubj", "Case=Nom|Number=Plur|Person=3|PronType=Prs"),
    ("feared", "fear", "VERB", 5, "ccomp", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("union", "union", "NOUN", 11, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 11, "aux", "VerbForm=Fin"),
    ("bring", "bring", "VERB", -1, "root", "VerbForm=Inf"),
    ("strikes", "strike", "NOUN", 11, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 15, "cc", ""),
    ("job", "job", "NOUN", 15, "compound", "Number=Sing"),
    ("cuts", "cut", "NOUN", 12, "conj", "Number=Plur"),
    ("to", "to", "ADP", 18, "case", ""),
    ("the", "the", "DET", 18, "det", "Definite=Def|PronType=Art"),
    ("plant", "plant", "NOUN", 15, "nmod", "Number=Sing"),
    ("##.", ".", "PUNCT", 7, "punct", ""),
]

# Critics of the university’s handling say the damage to trust on campus will take far longer to repair.
CRITICS_SAY: list[FeatRow] = [
    ("Critics", "critic", "NOUN", 14, "nsubj", "Number=Plur"),
    ("of", "of", "ADP", 3, "case", ""),
    ("the", "the", "DET", 3, "det", "Definite=Def|PronType=Art"),
    ("university", "university", "NOUN", 5, "nmod:poss", "Number=Sing"),
    ("##\u2019s", "'s", "PART", 3, "case", ""),
    ("handling", "handle", "VERB", 0, "nmod", "VerbForm=Ger"),
    ("say", "say", "VERB", -1, "root", "VerbForm=Inf"),
    ("the", "the", "DET", 8, "det", "Definite=Def|PronType=Art"),
    ("damage", "damage", "NOUN", 6, "obj", "Number=Sing"),
    ("to", "to", "PART", 10, "mark", ""),
    ("trust", "trust", "VERB", 8, "acl", "VerbForm=Inf"),
    ("on", "on", "ADP", 12, "case", ""),
    ("campus", "campus", "NOUN", 10, "obl", "Number=Sing"),
    ("will", "will", "AUX", 14, "aux", "VerbForm=Fin"),
    ("take", "take", "VERB", 6, "ccomp", "VerbForm=Inf"),
    ("far", "far", "ADV", 16, "advmod", "Degree=Pos"),
    ("longer", "long", "ADV", 14, "advmod", "Degree=Cmp"),
    ("to", "to", "PART", 18, "mark", ""),
    ("repair", "repair", "VERB", 14, "advcl", "VerbForm=Inf"),
    ("##.", ".", "PUNCT", 6, "punct", ""),
]

# Some experts caution that proving a causal link in individual cases will be difficult.
EXPERTS_CAUTION: list[FeatRow] = [
    ("Some", "some", "DET", 2, "det", "PronType=Ind"),
    ("experts", "expert", "NOUN", 2, "compound", "Number=Plur"),
    ("caution", "caution", "NOUN", 13, "nsubj", "Number=Sing"),
    ("that", "that", "SCONJ", 4, "mark", ""),
    ("proving", "prove", "VERB", 2, "acl", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 7, "det", "Definite=Ind|PronType=Art"),
    ("causal", "causal", "ADJ", 7, "amod", "Degree=Pos"),
    ("link", "link", "NOUN", 4, "obj", "Number=Sing"),
    ("in", "in", "ADP", 10, "case", ""),
    ("individual", "individual", "ADJ", 10, "amod", "Degree=Pos"),
    ("cases", "case", "NOUN", 7, "nmod", "Number=Plur"),
    ("will", "will", "AUX", 13, "aux", "VerbForm=Fin"),
    ("be", "be", "AUX", 13, "cop", "VerbForm=Inf"),
    ("difficult", "difficult", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 13, "punct", ""),
]
# The claims that the vote was rigged were false.
CLAIMS_THAT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("claims", "claim", "NOUN", 8, "nsubj", "Number=Plur"),
    ("that", "that", "SCONJ", 8, "mark", ""),
    ("the", "the", "DET", 4, "det", "Definite=Def|PronType=Art"),
    ("vote", "vote", "NOUN", 6, "nsubj:pass", "Number=Sing"),
    ("was", "be", "AUX", 6, "aux:pass", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("rigged", "rig", "VERB", 1, "acl:relcl", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("were", "be", "AUX", 8, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
    ("false", "false", "ADJ", -1, "root", "Degree=Pos"),
    ("##.", ".", "PUNCT", 8, "punct", ""),
]


# Four persons, including a clerk at a printing press in Ajmer, have been arrested in connection with the leak, police said.
PERSONS: list[FeatRow] = [
    ("Four", "four", "NUM", 1, "nummod", "NumForm=Word|NumType=Card"),
    ("persons", "person", "NOUN", 23, "ccomp", "Number=Plur"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("including", "include", "VERB", 5, "case", "Tense=Pres|VerbForm=Part"),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("clerk", "clerk", "NOUN", 1, "nmod", "Number=Sing"),
    ("at", "at", "ADP", 9, "case", ""),
    ("a", "a", "DET", 9, "det", "Definite=Ind|PronType=Art"),
    ("printing", "printing", "NOUN", 9, "compound", "Number=Sing"),
    ("press", "press", "NOUN", 5, "nmod", "Number=Sing"),
    ("in", "in", "ADP", 11, "case", ""),
    ("Ajmer", "Ajmer", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("have", "have", "AUX", 15, "aux", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("been", "be", "AUX", 15, "aux:pass", "Tense=Past|VerbForm=Part"),
    ("arrested", "arrest", "VERB", 23, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("in", "in", "ADP", 17, "case", ""),
    ("connection", "connection", "NOUN", 15, "obl", "Number=Sing"),
    ("with", "with", "ADP", 20, "case", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("leak", "leak", "NOUN", 17, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 1, "punct", ""),
    ("police", "police", "NOUN", 23, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 23, "punct", ""),
]


# The company said in a statement that 11 of the derailed cars held hazardous materials and that it was working with first responders.
STATEMENT: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("company", "company", "NOUN", 2, "nsubj", "Number=Sing"),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("in", "in", "ADP", 5, "case", ""),
    ("a", "a", "DET", 5, "det", "Definite=Ind|PronType=Art"),
    ("statement", "statement", "NOUN", 2, "obl", "Number=Sing"),
    ("that", "that", "SCONJ", 12, "mark", ""),
    ("11", "11", "NUM", 5, "appos", "NumForm=Digit|NumType=Card"),
    ("of", "of", "ADP", 11, "case", ""),
    ("the", "the", "DET", 11, "det", "Definite=Def|PronType=Art"),
    ("derailed", "derail", "VERB", 11, "amod", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("cars", "car", "NOUN", 7, "nmod", "Number=Plur"),
    ("held", "hold", "VERB", 11, "acl", "Mood=Ind|Person=3|Tense=Past|VerbForm=Part"),
    ("hazardous", "hazardous", "ADJ", 14, "amod", "Degree=Pos"),
    ("materials", "material", "NOUN", 12, "obj", "Number=Plur"),
    ("and", "and", "CCONJ", 19, "cc", ""),
    ("that", "that", "SCONJ", 19, "mark", ""),
    ("it", "it", "PRON", 19, "nsubj", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"),
    ("was", "be", "AUX", 19, "aux", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("working", "work", "VERB", 2, "conj", "Tense=Pres|VerbForm=Part"),
    ("with", "with", "ADP", 22, "case", ""),
    ("first", "first", "ADJ", 22, "amod", "Degree=Pos|NumForm=Word|NumType=Ord"),
    ("responders", "responder", "NOUN", 19, "obl", "Number=Plur"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]

# She went further, telling The News Tribune that a lawsuit was "all but certain" and that the group would also look at gathering signatures.
TRIBUNE: list[FeatRow] = [
    ("She", "she", "PRON", 1, "nsubj", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
    ("went", "go", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("further", "far", "ADV", 1, "advmod", "Degree=Cmp"),
    ("##,", ",", "PUNCT", 4, "punct", ""),
    ("telling", "tell", "VERB", 1, "advcl", "Tense=Pres|VerbForm=Part"),
    ("The", "the", "DET", 7, "det", "Definite=Def|PronType=Art"),
    ("News", "News", "PROPN", 7, "compound", "Number=Sing"),
    ("Tribune", "Tribune", "PROPN", 4, "obj", "Number=Sing"),
    ("that", "that", "SCONJ", 13, "mark", ""),
    ("a", "a", "DET", 10, "det", "Definite=Ind|PronType=Art"),
    ("lawsuit", "lawsuit", "NOUN", 13, "nsubj", "Number=Sing"),
    ("was", "be", "AUX", 13, "cop", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ('"', '"', "PUNCT", 13, "punct", ""),
    ("##all", "all", "DET", 4, "ccomp", "PronType=Tot"),
    ("but", "but", "CCONJ", 15, "cc", ""),
    ("certain", "certain", "ADJ", 13, "conj", "Degree=Pos"),
    ('##"', '"', "PUNCT", 13, "punct", ""),
    ("and", "and", "CCONJ", 23, "cc", ""),
    ("that", "that", "SCONJ", 23, "mark", ""),
    ("the", "the", "DET", 20, "det", "Definite=Def|PronType=Art"),
    ("group", "group", "NOUN", 23, "nsubj", "Number=Sing"),
    ("would", "would", "AUX", 23, "aux", "VerbForm=Fin"),
    ("also", "also", "ADV", 23, "advmod", ""),
    ("look", "look", "VERB", 1, "conj", "VerbForm=Inf"),
    ("at", "at", "SCONJ", 25, "mark", ""),
    ("gathering", "gather", "VERB", 23, "advcl", "Tense=Pres|VerbForm=Part"),
    ("signatures", "signature", "NOUN", 25, "obj", "Number=Plur"),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


# The earthquake struck at 3:14 a.m. Tuesday near the town of Puturge, Turkey's Disaster and Emergency Management Authority, known as AFAD, said.
AFAD: list[FeatRow] = [
    ("The", "the", "DET", 1, "det", "Definite=Def|PronType=Art"),
    ("earthquake", "earthquake", "NOUN", 2, "nsubj", "Number=Sing"),
    ("struck", "strike", "VERB", 25, "ccomp", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("at", "at", "ADP", 4, "case", ""),
    ("3:14", "3:14", "NUM", 2, "obl", "NumForm=Digit|NumType=Card"),
    ("a.m.", "a.m.", "PROPN", 4, "nmod:unmarked", "Number=Sing"),
    ("Tuesday", "Tuesday", "PROPN", 4, "nmod:unmarked", "Number=Sing"),
    ("near", "near", "ADP", 9, "case", ""),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("town", "town", "NOUN", 2, "obl", "Number=Sing"),
    ("of", "of", "ADP", 11, "case", ""),
    ("Puturge", "Puturge", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 15, "punct", ""),
    ("Turkey", "Turkey", "PROPN", 15, "nmod:poss", "Number=Sing"),
    ("##'s", "'s", "PART", 13, "case", ""),
    ("Disaster", "Disaster", "PROPN", 19, "compound", "Number=Sing"),
    ("and", "and", "CCONJ", 17, "cc", ""),
    ("Emergency", "emergency", "PROPN", 15, "conj", "Number=Sing"),
    ("Management", "Management", "PROPN", 19, "compound", "Number=Sing"),
    ("Authority", "Authority", "PROPN", 9, "nmod", "Number=Sing"),
    ("##,", ",", "PUNCT", 21, "punct", ""),
    ("known", "know", "VERB", 25, "ccomp", "Tense=Past|VerbForm=Part|Voice=Pass"),
    ("as", "as", "ADP", 23, "case", ""),
    ("AFAD", "AFAD", "PROPN", 21, "obl", "Number=Sing"),
    ("##,", ",", "PUNCT", 25, "punct", ""),
    ("said", "say", "VERB", -1, "root", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
    ("##.", ".", "PUNCT", 2, "punct", ""),
]


# Analysts caution that imports are unlikely to fill the gap quickly.
CAUTION_ROOT: list[FeatRow] = [
    ("Analysts", "analyst", "NOUN", 1, "compound", "Number=Plur"),
    ("caution", "caution", "NOUN", -1, "root", "Number=Sing"),
    ("that", "that", "PRON", 5, "mark", "PronType=Rel"),
    ("imports", "import", "NOUN", 5, "nsubj", "Number=Plur"),
    ("are", "be", "AUX", 5, "cop", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("unlikely", "unlikely", "ADJ", 1, "acl:relcl", "Degree=Pos"),
    ("to", "to", "PART", 7, "mark", ""),
    ("fill", "fill", "VERB", 5, "xcomp", "VerbForm=Inf"),
    ("the", "the", "DET", 9, "det", "Definite=Def|PronType=Art"),
    ("gap", "gap", "NOUN", 7, "obj", "Number=Sing"),
    ("quickly", "quickly", "ADV", 7, "advmod", ""),
    ("##.", ".", "PUNCT", 1, "punct", ""),
]


def test_a_clause_read_as_the_objects_open_complement_is_what_was_said():
    # iobj(said, keepers) + xcomp(said, arrived): no reported clause at all before
    assert _quotes(KEEPERS) == [
        ("keepers arrived within 20 minutes and coaxed the cat into a crate", "Zoo director Dana Whitfield")
    ]


def test_a_past_verb_read_as_a_modifier_after_the_object_opens_the_clause():
    # "raised" read as amod of "questions" and "findings" an iobj of "said"
    assert _quotes(FINDINGS) == [
        (
            "the findings raised questions about whether similar exercises had been used elsewhere",
            "Labour health spokeswoman Aoife Brennan",
        )
    ]


def test_that_after_the_occasion_opens_the_clause_the_parse_read_as_relative():
    # "that" the object of a relative clause on "analysts"
    assert _quotes(ON_A_CALL) == [("that Halvorsen had overhauled its compliance programme", "Marta Kowalczyk")]


def test_that_after_an_occasion_whose_noun_was_read_as_a_verb_opens_the_clause():
    # "parliament" tagged a verb, the clause its complement
    assert _quotes(TO_PARLIAMENT) == [
        ("that the government would study the ruling", "Social Affairs Minister Jeroen Kampman")
    ]


def test_guard_that_after_a_noun_with_a_content_is_the_nouns():
    # the quote stays the whole "theory that ..." (the content noun guard)
    assert _quotes(THEORY) == [("the theory that the waves are moving slower", "Moore")]


def test_guard_that_as_a_determiner_opens_no_clause():
    assert [q for q, _ in _quotes(THAT_TWEET)] == ["the prince a disgrace"]


def test_guard_what_is_said_without_a_clause_opens_none():
    # "said a few words and left": the words said (said_objects) and the verb's own second predicate
    assert _quotes(FEW_WORDS) == []
    assert _quotes(SAID_NOTHING) == []


def test_a_first_clause_is_found_when_a_second_and_that_clause_was_the_verbs():
    # the "and that" clause was the cue's complement (or a conjunct of it) and the first clause
    # hung on the object: both are what was said, as one report
    assert _quotes(COUNTIES_AND_THAT) == [
        (
            "14 counties remained under evacuation orders and that about 3,000 National Guard members had been"
            " activated",
            "Calloway",
        )
    ]
    assert [q for q, _ in _quotes(TRIBUNAL_AND_THAT)] == [
        "the tribunal rarely overturned merger decisions on the substance, and that any appeal would most likely"
        " focus on procedural issues"
    ]


def test_a_reported_verb_read_as_the_root_with_the_speaker_its_second_subject():
    # "bring" the root with "workers" and "union" its subjects, "said" a relative clause of
    # "workers" (reported_roots.report_read_as_root)
    assert _quotes(VOTED_NO) == [
        ("they feared the union would bring strikes and job cuts to the plant", "Some workers"),
        ("the union would bring strikes and job cuts to the plant", "they"),
    ]


def test_a_speaker_hung_as_the_subject_of_the_clause_across_the_cue_is_the_cues():
    # nsubj(take, Critics), "say" with no subject and "damage" its object
    # (reported_roots.speaker_read_as_reported_subject)
    assert _quotes(CRITICS_SAY) == [
        ("the damage to trust on campus will take far longer to repair", "Critics of the university\u2019s handling")
    ]


def test_a_cue_the_tagger_read_as_a_noun_after_its_plural_subject_reports_the_that_clause():
    # "caution" a noun, "difficult" the root (uncovered_clauses.cue_read_as_noun)
    assert _quotes(EXPERTS_CAUTION) == [
        ("that proving a causal link in individual cases will be difficult", "Some experts")
    ]
    # (guard: after an article the noun has a content and says nothing)
    assert _quotes(CLAIMS_THAT) == []
    # (session 47: the noun the root itself, the clause its relative clause)
    assert _quotes(CAUTION_ROOT) == [("that imports are unlikely to fill the gap quickly", "Analysts")]


def test_a_subject_read_as_the_cues_second_complement_is_the_verbs():
    # "Four persons, including a clerk ..., have been arrested ..., police said": the parse gave
    # "said" two complements and "arrested" no subject (reported_roots.subject_read_as_second_complement)
    [(text, speaker)] = _quotes(PERSONS)
    assert text.startswith("Four persons, including a clerk") and text.endswith("with the leak") and speaker == "police"


def test_a_first_that_clause_hidden_under_the_cues_modifier_is_coordinated_with_the_second():
    # "said in a statement that 11 of the cars held ... and that it was working": the first clause
    # hung under "statement" (reported_roots.that_clauses_apart)
    [(text, speaker)] = _quotes(STATEMENT)
    assert text.startswith("11 of the derailed cars held") and text.endswith("with first responders")
    assert speaker == "The company"


def test_a_second_that_clause_hung_on_the_root_goes_with_the_first():
    [(text, _)] = _quotes(TRIBUNE)
    assert text.startswith("that a lawsuit was") and text.endswith("gathering signatures")


def test_the_noun_before_a_naming_aside_is_the_trailing_cues_subject():
    # "..., Turkey's Disaster and Emergency Management Authority, known as AFAD, said": the parse
    # made "known" the cue's complement and the body a modifier of "town"
    # (reported_roots.speaker_before_naming_aside)
    [(text, speaker)] = _quotes(AFAD)
    assert text.endswith("near the town of Puturge") and "Authority" in speaker
