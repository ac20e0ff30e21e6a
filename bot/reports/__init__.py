"""The read side: what /results, /stats, /export and `senim report` show, read from the database.

Each function here opens a session, reads rows through `db.queries` and hands plain values to the
maths in `bot.stats`. Nothing here imports `telegram` or writes.
"""
