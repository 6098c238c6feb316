"""The ledger: claims reconciled across articles, canonical sources, timelines.

Read bottom-up: :mod:`.sources` gives each claimant one identity; :mod:`.figures`
says what a count allows; :mod:`.reconcile` merges restatements into figures with
provenance; :mod:`.timeline` lays a subject's figures out by claimant and day, flags
contradictions and summarises low / best / high.
"""
