"""The guided questionnaire: server-rendered pages that walk a person to a result.

The engine decides what to ask next and what the answers mean (through
`eligibility.services`); this package only turns fact definitions into form fields,
keeps the answers of a journey, and shows the results.
"""
