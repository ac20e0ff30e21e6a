"""Q&A accuracy on the evaluation set: per-language figures, confusion table, threshold sweep.

    .venv/bin/python bench/qa_eval.py

Prints tables; it is not a test (tests/qa/test_eval.py asserts the targets).
"""

from collections import Counter
from pathlib import Path

from bot.qa import QAEngine
from bot.qa.evaluation import (
    Outcome,
    describe_failure,
    leave_one_out,
    load_cases,
    read_facts,
    run,
    scores,
    table,
)
from bot.qa.intents import OUT_OF_SCOPE

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45)


def per_language(outcomes: list[Outcome]) -> str:
    rows = []
    for lang, score in scores(outcomes).items():
        mine = [o for o in outcomes if o.case.lang == lang]
        language_agreement = sum(o.answer.language == lang for o in mine) / len(mine)
        rows.append(
            (
                lang,
                f"{score.in_scope_passed}/{score.in_scope}",
                f"{score.accuracy:.3f}",
                f"{score.rejected}/{score.out_of_scope}",
                f"{score.rejection:.3f}",
                sum(bool(o.case.context) for o in mine),
                f"{language_agreement:.3f}",
            )
        )
    return table(
        ("lang", "in-scope ok", "accuracy", "oos rejected", "rejection", "follow-ups", "lang ok"),
        rows,
    )


def confusion(outcomes: list[Outcome]) -> str:
    """Expected intent (rows) x answered intent (columns); columns are numbered to stay narrow."""
    intents = sorted({o.case.intent for o in outcomes} | {o.answer.intent for o in outcomes})
    counts = Counter((o.case.intent, o.answer.intent) for o in outcomes)
    rows = [
        (f"{i + 1:>2} {expected}", *(counts[expected, got] or "." for got in intents))
        for i, expected in enumerate(intents)
    ]
    return table(("expected \\ answered", *(str(i + 1) for i in range(len(intents)))), rows)


def threshold_sweep(engine: QAEngine) -> str:
    """Leave-one-out over the example phrasings, at several out-of-scope thresholds."""
    results = leave_one_out(engine)
    inside = [r for r in results if r.intent != OUT_OF_SCOPE]
    outside = [r for r in results if r.intent == OUT_OF_SCOPE]
    rows = []
    for threshold in THRESHOLDS:
        accuracy = sum(r.predicted == r.intent and r.similarity >= threshold for r in inside)
        rejected = sum(r.predicted == OUT_OF_SCOPE or r.similarity < threshold for r in outside)
        marker = "<- in use" if threshold == engine.catalog.threshold else ""
        rows.append(
            (threshold, f"{accuracy / len(inside):.3f}", f"{rejected / len(outside):.3f}", marker)
        )
    return table(("threshold", "LOO in-scope acc", "LOO oos rejection", ""), rows)


def main() -> None:
    engine = QAEngine.from_facts(read_facts(ROOT / "db" / "seed" / "figures.csv"))
    cases = load_cases(ROOT / "tests" / "data" / "qa_eval.jsonl")
    outcomes = run(engine, cases)
    print(f"Evaluation set: {len(cases)} questions\n")
    print(per_language(outcomes), end="\n\n")
    print(confusion(outcomes), end="\n\n")
    print(threshold_sweep(engine), end="\n\n")
    failures = [describe_failure(o) for o in outcomes if not o.passed]
    print(f"Failures ({len(failures)}):", *failures, sep="\n  ")


if __name__ == "__main__":
    main()
