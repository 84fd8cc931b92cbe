"""Database models of the eligibility app. None yet: an evaluation is computed, not stored."""
