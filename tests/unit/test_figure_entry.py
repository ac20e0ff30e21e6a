"""`/addfigure` input: what a bot admin types becomes a figure with provenance, or a problem."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.figure_entry import FigureInputError, Problem, editable_metrics, parse_entry

TODAY = date(2026, 11, 25)
UNITS = {"trust_share": "percent", "offence_reports": "count", "concealment": "statement"}


def test_a_known_metric_keeps_its_unit_and_the_source_is_read_apart() -> None:
    args = "trust_share 2026 66 Курсив, 2026-05-01, депутат «Доверяют 66% граждан»".split()
    figure = parse_entry(args, UNITS, TODAY)
    assert (figure.metric, figure.period, figure.value, figure.unit) == (
        "trust_share",
        2026,
        66.0,
        "percent",
    )
    assert figure.publication == "Курсив"
    assert figure.published_on == date(2026, 5, 1)
    assert figure.quote == "Доверяют 66% граждан"
    assert figure.source.startswith("Курсив, 2026-05-01")


def test_a_dotted_date_and_a_percent_sign_are_understood() -> None:
    share = parse_entry(["trust_share", "2025", "55,5%", "МВД,", "01.02.2026"], UNITS, TODAY)
    assert (share.unit, share.value, share.published_on) == ("percent", 55.5, date(2026, 2, 1))
    assert share.publication == "МВД" and share.quote == "МВД, 01.02.2026"
    count = parse_entry("offence_reports 2025 120000 МВД, 01.02.2026".split(), UNITS, TODAY)
    assert (count.unit, count.value) == ("count", 120000)


def test_editable_metrics_leave_out_statements() -> None:
    assert editable_metrics(UNITS) == ["offence_reports", "trust_share"]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        ("trust_share 2026 66", Problem.USAGE),
        ("", Problem.USAGE),
        ("Trust-Share 2026 66 src", Problem.METRIC),
        ("foo_bar 2025 50 Курсив, 2025-10-13", Problem.UNKNOWN_METRIC),
        ("trust_share 1990 66 src", Problem.YEAR),
        ("trust_share 2031 66 src", Problem.YEAR),
        ("trust_share двадцать 66 src", Problem.YEAR),
        ("trust_share 2026 много src", Problem.VALUE),
        ("trust_share 2026 166 src", Problem.VALUE),
        ("trust_share 2026 -5 src", Problem.VALUE),
        ("trust_share 2026 66 " + "x" * 201, Problem.SOURCE_LENGTH),
        ("trust_share 2026 66 " + "y" * 129 + ", 2025", Problem.SOURCE_LENGTH),
        ("concealment 2026 5 src", Problem.VALUE),
        ("trust_share 2024 50 test", Problem.SOURCE),
        ("trust_share 2024 50 Курсив", Problem.SOURCE),
        ("trust_share 2024 50 Курсив «63%»", Problem.SOURCE),
        ("trust_share 2024 50 2025-10-13, Курсив", Problem.SOURCE),
        ("trust_share 2024 50 Курсив, 2027-01-01", Problem.SOURCE),
        ("trust_share 2024 50 , 2025-10-13", Problem.SOURCE),
    ],
)
def test_bad_input_names_its_problem(args: str, problem: Problem) -> None:
    with pytest.raises(FigureInputError) as raised:
        parse_entry(args.split(), UNITS, TODAY)
    assert raised.value.problem is problem
