"""`senim report`: the national estimate as JSON (shares as fractions 0–1) or as plain text."""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.stats.estimate import REGION_COUNT, Estimate
from bot.stats.official import OfficialFigure
from db.models import RegionPopulation
from db.seed.population import TOTAL

NOT_RANDOM = (
    "Chat polls are not a random sample: the interval shows sampling noise only, "
    "not who chose to answer."
)


def report_data(
    result: Estimate, official: OfficialFigure | None, release: Sequence[RegionPopulation]
) -> dict[str, object]:
    total = next((row for row in release if row.region == TOTAL), None)
    return {
        "n": result.n,
        "raw_share": _rounded(result.raw_share),
        "weighted_share": _rounded(result.weighted_share),
        "interval": (
            [_rounded(result.interval.low), _rounded(result.interval.high)]
            if result.interval
            else None
        ),
        "interval_of": "weighted_share" if result.weighted_share is not None else "raw_share",
        "effective_n": round(result.effective_n, 1),
        "design_effect": round(result.design_effect, 3),
        "weighting_effect": round(result.weighting_effect, 3),
        "cluster_effect": round(result.cluster_effect, 3),
        "intra_chat_correlation": round(result.icc, 3),
        "chats": result.chats,
        "private_answers": result.private_answers,
        "regions_covered": len(result.regions_covered),
        "regions": list(result.regions_covered),
        "population_covered": _rounded(result.population_covered),
        "pooled_regions": list(result.pooled_regions),
        "left_out_regions": list(result.left_out_regions),
        "unweighted_answers": result.unplaced,
        "official": (
            {"value": _rounded(official.share), "year": official.period} if official else None
        ),
        "population_release": (
            {
                "publication": total.publication,
                "reference_date": total.reference_date.isoformat(),
                "published_on": total.published_on.isoformat(),
                "url": total.url,
            }
            if total
            else None
        ),
        "note": NOT_RANDOM,
    }


def national_report(
    result: Estimate,
    official: OfficialFigure | None,
    release: Sequence[RegionPopulation],
    *,
    as_json: bool,
) -> str:
    data = report_data(result, official, release)
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=2)
    lines = [f"answers: {result.n} from {result.chats} chats and private respondents"]
    if result.share is None or result.interval is None:
        return "\n".join([*lines, "no answers to the survey question yet"])
    if result.weighted_share is not None:
        lines.append(f"weighted share: {_percent(result.weighted_share)}")
    else:
        lines.append("weighted share: none (no population table, or no answers from its regions)")
    lines += [
        f"raw share: {_percent(result.raw_share)}",
        f"95% interval: {_percent(result.interval.low)} – {_percent(result.interval.high)}",
        f"effective n: {result.effective_n:.1f} (design effect {result.design_effect:.2f}: "
        f"weights {result.weighting_effect:.2f} × chats {result.cluster_effect:.2f}, "
        f"intra-chat correlation {result.icc:.3f})",
        f"coverage: {len(result.regions_covered)} of {REGION_COUNT} regions"
        + (
            f", {_percent(result.population_covered)} of the population"
            if result.population_covered is not None
            else ""
        ),
        f"pooled regions: {', '.join(result.pooled_regions) or '-'}",
        f"regions without answers: {', '.join(result.left_out_regions) or '-'}",
    ]
    if official is not None:
        lines.append(f"official figure: {_percent(official.share)} ({official.period})")
    return "\n".join([*lines, NOT_RANDOM])


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"
