"""Text for /results, shared by the commands and the bot's own messages that show poll results:
/results, /stats, a closed poll's announcement and the results message to respondents.

Plain strings in the reader's language (HTML parse mode); no Telegram, no database."""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.polls.regions import region_by_key
from bot.reports.tallies import NationalPicture, OwnAnswer
from bot.stats.comparison import MIN_COMPARABLE, Comparison, Verdict, judge
from bot.stats.estimate import REGION_COUNT, Estimate
from bot.stats.intervals import Interval
from bot.stats.official import OfficialFigure
from bot.stats.results import (
    MIN_SHOWN,
    BreakdownRow,
    MainShare,
    OptionResult,
    PollResult,
    compared,
)
from bot.util import formatting
from bot.util.i18n import N_, Translator

VERDICTS = {
    Verdict.TOO_SMALL: N_(
        "Fewer than {min} answers: too few to compare with the national {official}."
    ),
    Verdict.BELOW: N_(
        "Below the national {official}, and the gap is larger than chance would explain."
    ),
    Verdict.ABOVE: N_(
        "Above the national {official}, and the gap is larger than chance would explain."
    ),
    Verdict.INDISTINGUISHABLE: N_(
        "Not distinguishable from the national {official} at this sample size."
    ),
}


def percent(share: float, _: Translator) -> str:
    """Whole percent: chat samples are far too small for decimals to mean anything."""
    return formatting.percent(share * 100, _.language, digits=0)


def interval_text(interval: Interval, n: int, _: Translator) -> str:
    return _("95% interval {low}–{high}%, n = {n}").format(
        low=formatting.number(interval.low * 100, _.language, digits=0),
        high=formatting.number(interval.high * 100, _.language, digits=0),
        n=n,
    )


def plain(text: str) -> str:
    """User and data text inside an HTML message (apostrophes need no escaping)."""
    return html.escape(text, quote=False)


def self_selected(_: Translator) -> str:
    return _("<i>Chat polls are self-selected samples, not the method of the official survey.</i>")


def not_random(_: Translator) -> str:
    return _(
        "<i>Chat polls are not a random sample: the interval shows sampling noise only, "
        "not who chose to answer.</i>"
    )


def verdict_text(comparison: Comparison, official: OfficialFigure, _: Translator) -> str:
    return verdict_words(comparison.verdict, official, _)


def verdict_words(verdict: Verdict, official: OfficialFigure, _: Translator) -> str:
    return _(VERDICTS[verdict]).format(min=MIN_COMPARABLE, official=percent(official.share, _))


def main_share_lines(main: MainShare, _: Translator) -> list[str]:
    """Under MIN_SHOWN answers no percentage; then a poll with nothing to compare says nothing."""
    if main.n < MIN_SHOWN and main.official is None:
        return []
    if main.n < MIN_SHOWN:
        lines = [f"{plain(main.label)}: {too_few(main.n, _)}"]
    else:
        share, interval = percent(main.share, _), interval_text(main.interval, main.n, _)
        lines = [f"{plain(main.label)}: <b>{share}</b> ({interval})"]
    if main.set_aside and main.set_aside_labels:
        lines.append(
            _("Not counted in the share: {options} — {n}").format(
                options=plain(", ".join(main.set_aside_labels)), n=main.set_aside
            )
        )
    if main.comparison is not None and main.official is not None:
        official = percent(main.official.share, _)
        lines.append(
            _("Official figure: {official} ({period}, {publication})").format(
                official=main.statement.format(value=official) if main.statement else official,
                period=main.official.period,
                publication=plain(main.official.publication),
            )
        )
        lines.append("→ " + verdict_text(main.comparison, main.official, _))
    return lines


def too_few(n: int, _: Translator) -> str:
    return _("too few answers for a percentage (n = {n})").format(n=n)


def option_line(option: OptionResult, _: Translator) -> str:
    """A count always; a percentage only when the poll has MIN_SHOWN answers (`share` set)."""
    shown = str(option.count)
    if option.share is not None:
        shown += f" ({percent(option.share, _)})"
    return f"• {plain(option.label)} — {shown}"


def render_result(result: PollResult, _: Translator) -> list[str]:
    lines = [f"📊 <b>{plain(result.question)}</b>"]
    if result.hidden:
        return [*lines, *hidden_lines(result, _)]
    if not result.voters:
        closed = _("<i>The poll closed without answers.</i>")
        return [*lines, closed if result.closed else _("No answers yet.")]
    if result.closed:
        lines.append(_("<i>The poll is closed; these are its final counts.</i>"))
    lines += [option_line(option, _) for option in result.options]
    lines.append(_("Answers: {n}").format(n=result.voters))
    if result.main is not None:
        lines += main_share_lines(result.main, _)
    return lines


def hidden_lines(result: PollResult, _: Translator) -> list[str]:
    return [
        _("Answers so far: {n}").format(n=result.voters),
        _(
            "<i>The results stay hidden until the poll closes, so that everyone answers "
            "before seeing how the others did.</i>"
        ),
    ]


def render_chat_results(
    results: Sequence[PollResult], _: Translator, picture: NationalPicture | None = None
) -> str:
    """A comparison with the national figure comes with the national picture (`picture`), as in
    private: its n, effective n, coverage and why chat polls are not a random sample. It comes
    last, so it is what gets shortened if the message is too long."""
    if not results:
        return _("There are no polls in this chat yet. Admins can start one with /poll.")
    lines: list[str] = []
    for result in results:
        lines += [*render_result(result, _), ""]
    if compared(results):
        lines.append(self_selected(_))
        if picture is not None:
            national = render_national(picture, _)
            if any(result.hidden for result in results):  # see tallies.picture_for_chat
                national.insert(1, _("This chat's poll is left out until it closes."))
            lines += ["", *national]
    return formatting.fit_message(lines, more=_("…the list is longer than one message."))


def render_own_answers(answers: Sequence[OwnAnswer], _: Translator) -> list[str]:
    if not answers:
        return [_("You haven't answered the survey yet. Start it with /poll.")]
    lines = [_("<b>Your answers</b>")]
    for answer in answers:
        chosen = ", ".join(answer.answers)
        lines.append(f"• {plain(answer.question)} — <i>{plain(chosen)}</i>")
    return lines


def region_line(row: BreakdownRow, _: Translator) -> str:
    shown = _("too few answers")
    if row.share is not None:
        shown = f"{percent(row.share, _)} (n = {row.n})"
    return f"• {plain(row.name)} — {shown}"


def render_national(picture: NationalPicture, _: Translator) -> list[str]:
    lines = [_("<b>The national picture</b>")]
    if picture.official is not None:
        official = percent(picture.official.share, _)
        lines.append(
            _("Official figure: {official} ({period}, {publication})").format(
                official=picture.statement.format(value=official)
                if picture.statement
                else official,
                period=picture.official.period,
                publication=plain(picture.official.publication),
            )
        )
    if picture.senim is None:
        lines.append(_("No answers in Senim's polls yet."))
        return lines
    if picture.senim.n < MIN_SHOWN:
        lines.append(
            _("All Senim polls: too few answers so far (n = {n}).").format(n=picture.senim.n)
        )
        lines.append(not_random(_))
        return lines
    lines += estimate_lines(picture.estimate, _)
    lines += estimate_verdict(picture.estimate, picture.official, _)
    if picture.regions:
        lines.append(_("By region (fewer than {min} answers are not shown):").format(min=MIN_SHOWN))
        lines += [region_line(row, _) for row in picture.regions]
    lines.append(not_random(_))
    return lines


def estimate_lines(estimate: Estimate, _: Translator) -> list[str]:
    """The national estimate with what it rests on: n, effective n, coverage; no percentage
    under MIN_SHOWN answers."""
    if estimate.share is None or estimate.interval is None or estimate.n < MIN_SHOWN:
        return [_("All Senim polls: too few answers so far (n = {n}).").format(n=estimate.n)]
    low = formatting.number(estimate.interval.low * 100, _.language, digits=0)
    high = formatting.number(estimate.interval.high * 100, _.language, digits=0)
    raw = percent(estimate.raw_share or 0.0, _)
    if estimate.weighted_share is None:
        headline = _(
            "All Senim polls: <b>{share}</b> (95% interval {low}–{high}%), not weighted: "
            "no population data for their regions yet"
        ).format(share=raw, low=low, high=high)
    else:
        headline = _(
            "All Senim polls, weighted to the regions' population: <b>{share}</b> "
            "(95% interval {low}–{high}%; unweighted {raw})"
        ).format(share=percent(estimate.weighted_share, _), low=low, high=high, raw=raw)
    lines = [
        headline,
        _("Answers: {n}; effective sample size: {effective}").format(
            n=estimate.n, effective=effective_size(estimate.effective_n, _)
        ),
        coverage_line(estimate, _),
    ]
    if estimate.pooled_regions:
        lines.append(
            _("Pooled, too few answers each: {regions}").format(
                regions=plain(region_names(estimate.pooled_regions, _))
            )
        )
    return lines


def loop_lines(
    estimate: Estimate, official: OfficialFigure | None, region_key: str | None, _: Translator
) -> list[str]:
    """After a round: the region's share (10 answers or more), the weighted national estimate
    and the official figure."""
    lines = []
    region = region_by_key(region_key)
    won, n = estimate.by_region.get(region_key or "", (0, 0))
    if region is not None and n >= MIN_SHOWN:
        lines.append(
            _("Region {region}: {share} (n = {n})").format(
                region=plain(region.name(_.language)), share=percent(won / n, _), n=n
            )
        )
    lines += estimate_lines(estimate, _)
    if official is not None:
        lines.append(
            _("Official figure: {official} ({period}, {publication})").format(
                official=percent(official.share, _),
                period=official.period,
                publication=plain(official.publication),
            )
        )
        lines += estimate_verdict(estimate, official, _)
    return [*lines, not_random(_)]


def estimate_verdict(
    estimate: Estimate, official: OfficialFigure | None, _: Translator
) -> list[str]:
    """The national estimate against the official figure, judged on its honest interval."""
    if official is None or estimate.interval is None:
        return []
    verdict = judge(estimate.interval, estimate.n, official.share)
    return ["→ " + verdict_words(verdict, official, _)]


def effective_size(effective_n: float, _: Translator) -> str:
    return formatting.number(max(1.0, effective_n), _.language, digits=0)


def coverage_line(estimate: Estimate, _: Translator) -> str:
    parts = {
        "chats": estimate.chats,
        "private": estimate.private_answers,
        "regions": len(estimate.regions_covered),
        "all": REGION_COUNT,
    }
    if estimate.population_covered is None:
        return _(
            "Coverage — chats: {chats}, private answers: {private}, regions: {regions} of {all}"
        ).format(**parts)
    return _(
        "Coverage — chats: {chats}, private answers: {private}, regions: {regions} of {all}, "
        "home to {population} of the population"
    ).format(**parts, population=percent(estimate.population_covered, _))


def region_names(keys: Sequence[str], _: Translator) -> str:
    regions = [region_by_key(key) for key in keys]
    return ", ".join(region.name(_.language) for region in regions if region is not None)


def render_private_results(
    answers: Sequence[OwnAnswer], picture: NationalPicture, _: Translator
) -> str:
    lines = [*render_own_answers(answers, _), "", *render_national(picture, _)]
    return formatting.fit_message(lines, more=_("…the list is longer than one message."))
