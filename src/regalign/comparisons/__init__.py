"""Pure comparison logic: sides, stances, topic scores, index, matrices, sensitivity, provenance.

Nothing in this package reads files or prints; it takes a Corpus and a Method and returns values.
"""
