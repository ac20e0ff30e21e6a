"""The `senim` command line: its contract from DESIGN.md."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

HEADER = "metric,period,value,unit,source,publication,published_on,quote"


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("BOT_TOKEN", "ADMIN_IDS", "DEFAULT_LANGUAGE", "WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")


def test_run_without_a_token_explains_how_to_get_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    error = capsys.readouterr().err
    assert "BOT_TOKEN" in error and "@BotFather" in error and "senim chat" in error
    assert error.count("\n") == 1


def test_a_malformed_setting_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADMIN_IDS", "me")
    assert main(["run"]) == 2
    error = capsys.readouterr().err
    assert "ADMIN_IDS" in error and error.count("\n") == 1


def test_upgrade_then_list_shows_the_seeded_series(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["figures", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()[1:]
    assert len(lines) == 11
    assert any(
        line.startswith("trust_share\t2025\t63\tpercent\tКурсив, 2025-10-13") for line in lines
    )


def test_upgrade_says_it_created_and_seeded_a_new_database(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.strip() == "created the database and seeded 11 official figures"
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.strip() == "database is up to date"


def test_import_adds_and_updates_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "new.csv"
    data.write_text(
        f"{HEADER}\ntrust_share,2026,66,percent,Test survey,Test,2026-05-01,Quote\n"
        "trust_share,2025,63,percent,Same source,Курсив,2025-10-13,Same quote\n",
        encoding="utf-8",
    )
    assert main(["figures", "import", str(data)]) == 0
    assert "1 added, 1 updated" in capsys.readouterr().out
    main(["figures", "list"])
    assert "trust_share\t2026\t66\tpercent" in capsys.readouterr().out


def test_a_bad_import_changes_nothing_and_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "bad.csv"
    data.write_text(f"{HEADER}\ntrust_share,2026,lots,percent,S,P,2026-05-01,Q\n", encoding="utf-8")
    assert main(["figures", "import", str(data)]) == 1
    assert "line 2" in capsys.readouterr().err
    main(["figures", "list"])
    assert "2026" not in capsys.readouterr().out


def test_ask_answers_a_conversation_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "Сколько казахстанцев доверяют полиции?", "а в 2019?"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["question"] for row in rows] == [
        "Сколько казахстанцев доверяют полиции?",
        "а в 2019?",
    ]
    assert all({"question", "answer", "intent"} <= row.keys() for row in rows)
    assert "63" in rows[0]["answer"] and "38" in rows[1]["answer"]


def test_ask_speaks_the_requested_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--lang", "en", "--json", "help"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["language"] == "en"


def test_export_writes_the_csv_to_stdout_or_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("poll_id,chat_id,chat_title,region,")
    out = tmp_path / "results.csv"
    assert main(["export", "--out", str(out)]) == 0
    assert out.read_bytes().decode() == printed


def test_export_to_a_missing_folder_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--out", str(tmp_path / "missing" / "results.csv")]) == 1
    assert "missing" in capsys.readouterr().err


def test_chat_practises_in_a_temporary_database_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real database (DATABASE_URL) is never touched; --db chooses one to keep."""
    monkeypatch.setattr("sys.stdin", io.StringIO("/figures\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "-- using a temporary database" in out and "senim chat --db URL" in out
    assert "bot:" in out
    assert not (tmp_path / "cli.db").exists()
    kept = tmp_path / "kept.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("/figures\n"))
    assert main(["chat", "--db", f"sqlite:///{kept}"]) == 0
    assert kept.exists() and "-- using the database you chose" in capsys.readouterr().out
    # through the inbox, as `senim run`: the message was stored, handled, and its content cleared
    with sqlite3.connect(kept) as stored:
        assert stored.execute("SELECT state, payload FROM inbox").fetchall() == [("handled", None)]
    assert main(["chat", "--db", "mysql://x"]) == 2


def test_a_closed_pipe_ends_a_command_quietly(tmp_path: Path) -> None:
    senim = Path(sys.executable).with_name("senim")
    environment = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'pipe.db'}")
    subprocess.run([senim, "db", "upgrade"], env=environment, check=True, capture_output=True)
    questions = " ".join(["'Сколько доверяют полиции?'"] * 2000)  # far more than a pipe holds
    piped = subprocess.run(
        f"'{senim}' ask {questions} | head -c 1",
        shell=True, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert len(piped.stdout) == 1 and piped.stderr == ""


def test_ctrl_c_ends_a_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async def interrupted(*_args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("bot.offline.figures_table", interrupted)
    assert main(["figures", "list"]) == 130
    assert capsys.readouterr().err == ""


def test_ask_prints_plain_text_and_json_keeps_html_and_the_frame(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "Сколько казахстанцев доверяют полиции?", "откуда данные?"]) == 0
    printed = capsys.readouterr().out
    assert "63%" in printed and "Порядка 63%" in printed
    assert "<" not in printed and "&" not in printed
    assert main(["ask", "--json", "доверие к полиции в Алматы"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert "<" not in row["answer"] and row["html"].startswith(row["answer"][:10])
    assert row["frame"]["group"] and row["frame"]["missing"] == "group"
