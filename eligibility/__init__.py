"""The Django side of eligibility: services over the engine, the API, and (later) models.

`eligibility.services` is the only module that calls the `rules` engine.
"""
