"""The official series as a CSV file: the seed built from FACTS.md, and `senim figures import`."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from db.models import Figure

SEED_FILE = Path(__file__).with_name("figures.csv")
COLUMNS = ("metric", "period", "value", "unit", "source", "publication", "published_on", "quote")
UNITS = ("percent", "count", "one_in", "statement")


class FigureFileError(ValueError):
    """A row of a figures file is malformed; the message names the line."""


def read_figures(stream: TextIO) -> list[Figure]:
    reader = csv.DictReader(stream)
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise FigureFileError(f"missing columns: {', '.join(sorted(missing))}")
    return [_parse_row(line, row) for line, row in _numbered(reader)]


def seed_figures() -> list[Figure]:
    with SEED_FILE.open(encoding="utf-8") as stream:
        return read_figures(stream)


def _numbered(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, str]]]:
    for row in reader:
        yield reader.line_num, row


def _parse_row(line: int, row: dict[str, str]) -> Figure:
    try:
        unit = row["unit"].strip()
        if unit not in UNITS:
            raise ValueError(f"unit must be one of {', '.join(UNITS)}")
        value = row["value"].strip()
        if (unit == "statement") != (value == ""):
            raise ValueError("statements have no value; every other unit needs one")
        for name in ("metric", "source", "publication", "quote"):
            if not row[name].strip():
                raise ValueError(f"{name} is empty")
        return Figure.model_validate(
            {
                "metric": row["metric"].strip(),
                "period": int(row["period"]),
                "value": float(value) if value else None,
                "unit": unit,
                "source": row["source"].strip(),
                "publication": row["publication"].strip(),
                "published_on": date.fromisoformat(row["published_on"].strip()),
                "quote": row["quote"].strip(),
            }
        )
    except (ValueError, ValidationError) as exc:
        raise FigureFileError(f"line {line}: {exc}") from None
