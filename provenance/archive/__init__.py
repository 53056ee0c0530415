"""The quote index of an archive: every quote of every article, stored once, updated incrementally."""
