"""The checker behind `provenance check`: results, reading with limits, and the run itself.

``results`` (ArticleCheck, CheckRun) is what every report renders; ``reading`` turns a path into
a Document or a file issue (unreadable, too large); ``run`` analyses and evaluates the rules.
The command-line layer is provenance.check.
"""
