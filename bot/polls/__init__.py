"""Surveys and native polls: the standard survey as data, the poll lifecycle, votes and tallies.

Nothing here imports `telegram`: handlers turn updates into the plain values these modules take.
"""
