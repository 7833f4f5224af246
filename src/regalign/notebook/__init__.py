"""The notebook front end: the public functions of ``regalign`` and the views of their results.

``functions.py`` goes through the application service (``regalign.api``) like the CLI does;
``views.py`` adds records, dicts, DataFrames, reprs and HTML on top of the plain results.
"""
