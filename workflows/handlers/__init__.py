"""The service layer: one handler per user action.

Each handler checks the actor's role, runs one unit of work, and records in the outbox what the
change owes.
"""
