"""The adviser workspace: organisations (leerwerkloketten), advisers, client cases and the audit log.

Sits beside `webapp`, above `eligibility`: it stores which checks an adviser did for a
pseudonymous client and never calls the engine itself.
"""
