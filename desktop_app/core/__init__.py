"""The domain: plain data and rules, standard library only.

Nothing here knows about SQL, HTTP, PDFs or Qt, so every rule can be tested
and reused by the CLI, the GUI and the sync alike.
"""
