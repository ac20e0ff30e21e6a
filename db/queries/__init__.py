"""All SQL of the project, one module per table family.

Queries never commit: the service running one user action opens one unit of work around
everything the action changes (`async with services.sessions.begin() as session:`), so the action
is stored whole or not at all. A query that must know a generated id flushes.
"""
