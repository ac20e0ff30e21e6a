"""Numbers from poll answers: shares, 95 % intervals, comparison with the official series.

Plain Python on plain values: no Telegram, no SQL. The /stats dashboard and the CSV export read
their rows through db.queries; charts draw PNGs with matplotlib.
"""
