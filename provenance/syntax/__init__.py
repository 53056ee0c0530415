"""Syntax: text in, dependency trees out (tree.py types, parser.py Stanza, cache.py, nameheads.py),
and the pattern matcher that reads them (matcher.py)."""
