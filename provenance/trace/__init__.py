"""Quote provenance across articles: link each quote to its other appearances and say how they differ."""
