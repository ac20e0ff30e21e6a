"""`senim population import`: the population by region from one official release, checked like
the figures — and more: every one of the 20 regions once, a `total` row, and regions that add up
to that total, so a figure copied wrong or taken from another release cannot slip in."""

from __future__ import annotations

import csv
from collections.abc import Collection
from datetime import date
from typing import TextIO

from pydantic import ValidationError

from db.models import RegionPopulation
from db.seed import FigureFileError

COLUMNS = (
    "region",
    "population",
    "reference_date",
    "source",
    "publication",
    "published_on",
    "url",
)
TOTAL = "total"
RELEASE = ("reference_date", "publication", "published_on")
"""Columns every row must share: one release, not a mix."""


class PopulationFileError(FigureFileError):
    """A population file is malformed or does not add up; the message says where."""


def read_population(stream: TextIO, regions: Collection[str]) -> list[RegionPopulation]:
    """The rows of a release; `regions` are the keys every release must cover exactly."""
    reader = csv.DictReader(stream)
    missing = set(COLUMNS) - set(reader.fieldnames or ())
    if missing:
        raise PopulationFileError(f"missing columns: {', '.join(sorted(missing))}")
    rows: dict[str, RegionPopulation] = {}
    for row in reader:
        parsed = _parse_row(reader.line_num, row, regions)
        if parsed.region in rows:
            raise PopulationFileError(f"line {reader.line_num}: {parsed.region} appears twice")
        rows[parsed.region] = parsed
    _check_release(rows, regions)
    return list(rows.values())


def _parse_row(line: int, row: dict[str, str], regions: Collection[str]) -> RegionPopulation:
    try:
        region = row["region"].strip()
        if region != TOTAL and region not in regions:
            raise ValueError(f"unknown region {region!r}")
        population = int(row["population"].strip())
        if population <= 0:
            raise ValueError("population must be a positive whole number")
        for name in ("source", "publication", "url"):
            if not row[name].strip():
                raise ValueError(f"{name} is empty")
        return RegionPopulation.model_validate(
            {
                "region": region,
                "population": population,
                "reference_date": date.fromisoformat(row["reference_date"].strip()),
                "source": row["source"].strip(),
                "publication": row["publication"].strip(),
                "published_on": date.fromisoformat(row["published_on"].strip()),
                "url": row["url"].strip(),
            }
        )
    except (ValueError, ValidationError) as exc:
        raise PopulationFileError(f"line {line}: {exc}") from None


def _check_release(rows: dict[str, RegionPopulation], regions: Collection[str]) -> None:
    absent = sorted(set(regions) - set(rows))
    if absent:
        raise PopulationFileError(f"regions missing: {', '.join(absent)}")
    total = rows.get(TOTAL)
    if total is None:
        raise PopulationFileError(f"no {TOTAL!r} row with the release's national total")
    for column in RELEASE:
        values = {str(getattr(row, column)) for row in rows.values()}
        if len(values) > 1:
            raise PopulationFileError(f"rows come from different releases ({column} differs)")
    summed = sum(row.population for key, row in rows.items() if key != TOTAL)
    if summed != total.population:
        raise PopulationFileError(
            f"regions add up to {summed}, but the national total is {total.population}"
        )
