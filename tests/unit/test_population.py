"""`senim population import` and `senim report`: a release must cover the 20 regions once and add
up to its own national total. The numbers here are made up for the tests, not a real release."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.polls.regions import all_regions
from db.seed.population import PopulationFileError, read_population

HEADER = "region,population,reference_date,source,publication,published_on,url"
KEYS = [region.key for region in all_regions()]


def release(people: dict[str, int] | None = None, **changes: str) -> str:
    people = people or {key: 1000 + index for index, key in enumerate(KEYS)}
    people = {**people, "total": sum(people.values())} if "total" not in people else people
    row = {
        "reference_date": "2025-01-01",
        "source": "Test bureau",
        "publication": "Test release",
        "published_on": "2025-02-03",
        "url": "https://example.org/release",
    }
    lines = [HEADER]
    for key, count in people.items():
        fields = {**row, **(changes if key == KEYS[0] else {})}
        lines.append(
            f"{key},{count},{fields['reference_date']},{fields['source']},"
            f"{fields['publication']},{fields['published_on']},{fields['url']}"
        )
    return "\n".join(lines) + "\n"


def test_a_full_release_that_adds_up_is_read() -> None:
    rows = read_population(io.StringIO(release()), KEYS)
    assert len(rows) == 21
    total = next(row for row in rows if row.region == "total")
    assert total.population == sum(row.population for row in rows if row.region != "total")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (release({**{key: 1000 for key in KEYS}, "total": 20_001}), "add up to 20000"),
        (release({key: 1000 for key in KEYS[1:]}), f"regions missing: {KEYS[0]}"),
        (release({**{key: 1000 for key in KEYS}, "atlantis": 5}), "line 22: unknown region"),
        (release({**{key: 1000 for key in KEYS}, KEYS[1]: 0}), "line 3: population"),
        (release(published_on="2024-02-03"), "different releases"),
        (release(url=""), "line 2: url is empty"),
        (release({key: 1000 for key in KEYS}, reference_date="1.1.2025"), "line 2"),
        (HEADER.replace(",url", "") + "\n", "missing columns: url"),
    ],
)
def test_a_release_that_does_not_add_up_is_refused(text: str, problem: str) -> None:
    with pytest.raises(PopulationFileError, match=problem):
        read_population(io.StringIO(text), KEYS)


def test_a_region_given_twice_is_refused() -> None:
    text = release() + f"{KEYS[0]},1,2025-01-01,S,Test release,2025-02-03,https://example.org\n"
    with pytest.raises(PopulationFileError, match="appears twice"):
        read_population(io.StringIO(text), KEYS)


@pytest.fixture
def database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")


@pytest.mark.usefixtures("database")
def test_import_then_report_names_the_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(release({**{key: 1000 for key in KEYS}, "total": 1}), encoding="utf-8")
    assert main(["population", "import", str(bad)]) == 1
    assert "national total is 1" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text(release(), encoding="utf-8")
    assert main(["population", "import", str(good)]) == 0
    assert "21 rows imported" in capsys.readouterr().out
    assert main(["report", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["population_release"]["url"] == "https://example.org/release"
    assert (data["n"], data["weighted_share"], data["interval"]) == (0, None, None)
    assert data["official"] == {"value": 0.63, "year": 2025}
    assert main(["report"]) == 0
    assert "no answers" in capsys.readouterr().out
