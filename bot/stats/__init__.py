"""Numbers from poll answers: shares, 95 % intervals, comparison with the official series, the
population-weighted estimate, trends and charts.

Plain Python on plain values: no Telegram, no SQL. `bot.reports` reads the rows through db.queries
and hands them here; charts draw PNGs with matplotlib.
"""
