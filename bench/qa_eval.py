"""Q&A accuracy on every question set: per-language and per-kind figures, false figures,
confusion, failures, and the leave-one-out threshold sweep.

    .venv/bin/python bench/qa_eval.py

Prints tables; it is not a test (tests/qa/test_eval.py and test_holdout.py assert the targets).
The held-out set (tests/data/qa_holdout.jsonl) is never used to tune the examples: it shows how
the engine does on phrasings nobody wrote the training data against.
"""

from collections import Counter
from pathlib import Path

from bot.qa import QAEngine
from bot.qa.blind import BlindOutcome, by, describe, load_blind, run_blind
from bot.qa.evaluation import (
    LeaveOneOut,
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
from bot.qa.lexicon import LANGUAGES

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


def loo_rates(results: list[LeaveOneOut], threshold: float) -> tuple[str, str]:
    """Leave-one-out in-scope accuracy and out-of-scope rejection at one threshold."""
    inside = [r for r in results if r.intent != OUT_OF_SCOPE]
    outside = [r for r in results if r.intent == OUT_OF_SCOPE]
    accuracy = sum(r.predicted == r.intent and r.similarity >= threshold for r in inside)
    rejected = sum(r.predicted == OUT_OF_SCOPE or r.similarity < threshold for r in outside)
    return f"{accuracy / len(inside):.3f}", f"{rejected / len(outside):.3f}"


def threshold_sweep(engine: QAEngine, results: list[LeaveOneOut]) -> str:
    """Leave-one-out over the example phrasings, at several out-of-scope thresholds."""
    rows = [
        (t, *loo_rates(results, t), "<- in use" if t == engine.catalog.threshold else "")
        for t in THRESHOLDS
    ]
    return table(("threshold", "LOO in-scope acc", "LOO oos rejection", ""), rows)


def loo_per_language(engine: QAEngine, results: list[LeaveOneOut]) -> str:
    """Leave-one-out at the threshold in use, per language of the example phrasing."""
    languages = [  # the order of QAEngine.training_examples
        lang
        for intent in engine.catalog.intents.values()
        for lang, phrasings in intent.examples.items()
        for _ in phrasings
    ]
    rows = [
        (
            lang,
            *loo_rates(
                [r for r, r_lang in zip(results, languages, strict=True) if r_lang == lang],
                engine.catalog.threshold,
            ),
        )
        for lang in LANGUAGES
    ]
    return table(("lang", "LOO in-scope acc", "LOO oos rejection"), rows)


SETS = (("Evaluation set", "qa_eval.jsonl"), ("Held-out set", "qa_holdout.jsonl"))
BLIND_SETS = (
    ("Blind set A (tuned on after its first score)", "qa_blind.jsonl"),
    ("Blind set B (scored once blind, then tuned on)", "qa_blind_final.jsonl"),
    ("Blind set C (scored once blind, then tuned on)", "qa_blind_c.jsonl"),
    ("Blind set D (scored once blind, then tuned on)", "qa_blind_d.jsonl"),
    ("Blind set E (scored once blind, then tuned on)", "qa_blind_e.jsonl"),
    ("Blind set F (scored once blind, then tuned on)", "qa_blind_f.jsonl"),
    ("Blind set G (scored once blind, then tuned on)", "qa_blind_g.jsonl"),
    ("Blind set H (scored once blind, then tuned on)", "qa_blind_h.jsonl"),
    ("Blind set I (scored once blind, then tuned on)", "qa_blind_i.jsonl"),
    ("Blind set J (scored once blind, then tuned on)", "qa_blind_j.jsonl"),
    ("Blind set K (scored once blind, then tuned on)", "qa_blind_k.jsonl"),
    ("Blind set L (scored once blind, then tuned on)", "qa_blind_l.jsonl"),
    ("Blind set M (scored once blind, then tuned on)", "qa_blind_m.jsonl"),
    ("Blind set N (scored once blind, then tuned on)", "qa_blind_n.jsonl"),
    ("Blind set O (scored once blind, then tuned on)", "qa_blind_o.jsonl"),
    ("Blind set P (scored once blind, then tuned on)", "qa_blind_p.jsonl"),
    ("Blind set Q (scored once blind, then tuned on)", "qa_blind_q.jsonl"),
    ("Blind set R (scored once blind, then tuned on)", "qa_blind_r.jsonl"),
    ("Blind set S (scored once blind, then tuned on)", "qa_blind_s.jsonl"),
    ("Blind set T (scored once blind, then tuned on)", "qa_blind_t.jsonl"),
    ("Blind set U (scored once blind, then tuned on)", "qa_blind_u.jsonl"),
    ("Blind set V (scored once blind, then tuned on)", "qa_blind_v.jsonl"),
    ("Blind set W (scored once blind, then tuned on)", "qa_blind_w.jsonl"),
    ("Blind set X (scored once blind, then tuned on)", "qa_blind_x.jsonl"),
    ("Blind set Y (scored once blind, then tuned on)", "qa_blind_y.jsonl"),
    ("Blind set Z (scored once blind, then tuned on)", "qa_blind_z.jsonl"),
    ("Blind set AA (scored once blind, then tuned on)", "qa_blind_aa.jsonl"),
    ("Blind set AB (scored once blind, then tuned on)", "qa_blind_ab.jsonl"),
    ("Blind set AC (scored once blind, then tuned on)", "qa_blind_ac.jsonl"),
    ("Blind set AD (scored once blind, then tuned on)", "qa_blind_ad.jsonl"),
    ("Blind set AE (scored once blind, then tuned on)", "qa_blind_ae.jsonl"),
    ("Blind set AF (scored once blind, then tuned on)", "qa_blind_af.jsonl"),
    ("Blind set AG (scored once blind, then tuned on)", "qa_blind_ag.jsonl"),
    ("Blind set AH (scored once blind, then tuned on)", "qa_blind_ah.jsonl"),
    ("Blind set AI (scored once blind, then tuned on)", "qa_blind_ai.jsonl"),
    ("Blind set AJ (scored once blind, then tuned on)", "qa_blind_aj.jsonl"),
    ("Blind set AK (scored once blind, then tuned on)", "qa_blind_ak.jsonl"),
    ("Blind set AL (scored once blind, then tuned on)", "qa_blind_al.jsonl"),
    ("Blind set AM (scored once blind, then tuned on)", "qa_blind_am.jsonl"),
    ("Blind set AN (scored once blind, then tuned on)", "qa_blind_an.jsonl"),
    ("Blind set AQ (scored once blind, then tuned on)", "qa_blind_aq.jsonl"),
    ("Blind set AR (scored once blind, then tuned on)", "qa_blind_ar.jsonl"),
    ("Blind set AO (scored once blind, then tuned on)", "qa_blind_ao.jsonl"),
    ("Blind set AP (scored once blind, then tuned on)", "qa_blind_ap.jsonl"),
    ("Blind set AS (scored once blind: the honest figure)", "qa_blind_as.jsonl"),
    ("Blind set AT (scored once blind: the honest figure)", "qa_blind_at.jsonl"),
    ("Blind set AU (scored once blind: the honest figure)", "qa_blind_au.jsonl"),
    ("Blind set AV (scored once blind: the honest figure)", "qa_blind_av.jsonl"),
    ("Blind set AW (scored once blind: the honest figure)", "qa_blind_aw.jsonl"),
    ("Blind set AX (scored once blind: the honest figure)", "qa_blind_ax.jsonl"),
    ("Blind set AY (scored once blind: the honest figure)", "qa_blind_ay.jsonl"),
    ("Blind set AZ (scored once blind: the honest figure)", "qa_blind_az.jsonl"),
    ("Blind set BA (scored once blind, then tuned on)", "qa_blind_ba.jsonl"),
    ("Blind set BB (scored once blind, then tuned on)", "qa_blind_bb.jsonl"),
    ("Blind set BC (scored once blind, then tuned on)", "qa_blind_bc.jsonl"),
    ("Blind set BD (scored once blind, then tuned on)", "qa_blind_bd.jsonl"),
    ("Blind set BE (scored once blind, then tuned on)", "qa_blind_be.jsonl"),
    ("Blind set BF (scored once blind, then tuned on)", "qa_blind_bf.jsonl"),
    ("Blind set BG (scored once blind, then tuned on)", "qa_blind_bg.jsonl"),
    ("Blind set BH (scored once blind, then tuned on)", "qa_blind_bh.jsonl"),
    ("Blind set BI (scored once blind, then tuned on)", "qa_blind_bi.jsonl"),
    ("Blind set BJ (scored once blind, then tuned on)", "qa_blind_bj.jsonl"),
    ("Blind set BK (scored once blind, then tuned on)", "qa_blind_bk.jsonl"),
    ("Blind set BL (scored once blind, then tuned on)", "qa_blind_bl.jsonl"),
    ("Blind set BM (scored once blind, then tuned on)", "qa_blind_bm.jsonl"),
    ("Blind set BN (scored once blind, then tuned on)", "qa_blind_bn.jsonl"),
    ("Blind set BO (scored once blind: the honest figure)", "qa_blind_bo.jsonl"),
    ("Blind set BP (scored once blind: the honest figure)", "qa_blind_bp.jsonl"),
    ("Blind set BQ (scored once blind, then tuned on)", "qa_blind_bq.jsonl"),
    ("Blind set BR (scored once blind, then tuned on)", "qa_blind_br.jsonl"),
    ("Blind set BS (scored once blind, then tuned on)", "qa_blind_bs.jsonl"),
    ("Blind set BT (scored once blind, then tuned on)", "qa_blind_bt.jsonl"),
    ("Blind set BU (scored once blind: the honest figure)", "qa_blind_bu.jsonl"),
    ("Blind set BV (scored once blind: the honest figure)", "qa_blind_bv.jsonl"),
    ("Blind set BW (scored once blind, then tuned on)", "qa_blind_bw.jsonl"),
    ("Blind set BX (scored once blind, then tuned on)", "qa_blind_bx.jsonl"),
    ("Blind set BY (scored once blind, then tuned on)", "qa_blind_by.jsonl"),
    ("Blind set BZ (scored once blind, then tuned on)", "qa_blind_bz.jsonl"),
    ("Blind set CA (scored once blind, then tuned on)", "qa_blind_ca.jsonl"),
    ("Blind set CB (scored once blind, then tuned on)", "qa_blind_cb.jsonl"),
    ("Blind set CC (scored once blind, then tuned on)", "qa_blind_cc.jsonl"),
    ("Blind set CD (scored once blind, then tuned on)", "qa_blind_cd.jsonl"),
    ("Blind set CE (scored once blind, then tuned on)", "qa_blind_ce.jsonl"),
    ("Blind set CF (scored once blind, then tuned on)", "qa_blind_cf.jsonl"),
    ("Blind set CG (scored once blind, then tuned on)", "qa_blind_cg.jsonl"),
    ("Blind set CH (scored once blind, then tuned on)", "qa_blind_ch.jsonl"),
    ("Blind set CI (scored once blind, then tuned on)", "qa_blind_ci.jsonl"),
    ("Blind set CJ (scored once blind, then tuned on)", "qa_blind_cj.jsonl"),
    ("Blind set CK (scored once blind, then tuned on)", "qa_blind_ck.jsonl"),
    ("Blind set CL (scored once blind, then tuned on)", "qa_blind_cl.jsonl"),
    ("Blind set CM (scored once blind, then tuned on)", "qa_blind_cm.jsonl"),
    ("Blind set CN (scored once blind, then tuned on)", "qa_blind_cn.jsonl"),
    ("Blind set CO (scored once blind, then its false figures fixed)", "qa_blind_co.jsonl"),
    ("Blind set CP (scored once blind, then its false figures fixed)", "qa_blind_cp.jsonl"),
    ("Blind set CQ (scored once blind, then its false figures fixed)", "qa_blind_cq.jsonl"),
    ("Blind set CR (scored once blind, then its false figures fixed)", "qa_blind_cr.jsonl"),
    ("Blind set CS (scored once blind, then tuned on)", "qa_blind_cs.jsonl"),
    ("Blind set CT (scored once blind, then tuned on)", "qa_blind_ct.jsonl"),
    ("Blind set CU (scored once blind, then tuned on)", "qa_blind_cu.jsonl"),
    ("Blind set CV (scored once blind, then tuned on)", "qa_blind_cv.jsonl"),
    ("Blind set CW (scored once blind, then tuned on)", "qa_blind_cw.jsonl"),
    ("Blind set CX (scored once blind, then its false figures fixed)", "qa_blind_cx.jsonl"),
    ("Blind set CY (scored once blind, then tuned on)", "qa_blind_cy.jsonl"),
    ("Blind set CZ (scored once blind, then its false figures fixed)", "qa_blind_cz.jsonl"),
    ("Blind set DA (scored once blind, then tuned on)", "qa_blind_da.jsonl"),
    ("Blind set DB (scored once blind, then tuned on)", "qa_blind_db.jsonl"),
    ("Blind set DC (scored once blind, then tuned on)", "qa_blind_dc.jsonl"),
    ("Blind set DD (scored once blind, then tuned on)", "qa_blind_dd.jsonl"),
    ("Blind set DE (scored once blind, then tuned on)", "qa_blind_de.jsonl"),
    ("Blind set DF (scored once blind, then tuned on)", "qa_blind_df.jsonl"),
    ("Blind set DG (scored once blind, then tuned on)", "qa_blind_dg.jsonl"),
    ("Blind set DH (scored once blind, then tuned on)", "qa_blind_dh.jsonl"),
    ("Blind set DI (the figure to report)", "qa_blind_di.jsonl"),
    ("Blind set DJ (the figure to report)", "qa_blind_dj.jsonl"),
    (
        "Blind set DK (held out: scored on the engine before DI and DJ were tuned on and after)",
        "qa_blind_dk.jsonl",
    ),
    ("Blind set DL (the figure to report, then tuned on)", "qa_blind_dl.jsonl"),
    ("Blind set DM (held out while DL was tuned on, then tuned on)", "qa_blind_dm.jsonl"),
    ("Blind set DN (the figure to report with DO, then tuned on)", "qa_blind_dn.jsonl"),
    ("Blind set DO (the figure to report with DN; held out, then tuned on)", "qa_blind_do.jsonl"),
    ("Blind set DP (the figure to report with DQ and DR, then tuned on)", "qa_blind_dp.jsonl"),
    ("Blind set DQ (the figure to report with DP and DR; held out)", "qa_blind_dq.jsonl"),
    ("Blind set DR (the figure to report with DP and DQ; held out)", "qa_blind_dr.jsonl"),
)


def blind_tables(outcomes: list[BlindOutcome]) -> str:
    """Accuracy and false figures per language, then per kind."""
    parts = []
    for key in ("lang", "kind"):
        rows = [
            (value, f"{t.passed}/{t.total}", f"{t.accuracy:.3f}", t.false_figures)
            for value, t in by(outcomes, key).items()
        ]
        parts.append(table((key, "ok", "accuracy", "false figures"), rows))
    return "\n\n".join(parts)


def blind_report(engine: QAEngine, title: str, path: Path) -> None:
    outcomes = run_blind(engine, load_blind(path))
    print(f"{title}: {len(outcomes)} questions ({path.name})\n")
    print(blind_tables(outcomes), end="\n\n")
    false = [f"{describe(o)} FALSE {o.false_figures}" for o in outcomes if o.false_figures]
    print(f"False figures ({len(false)}):", *false, sep="\n  ", end="\n\n")
    failures = [describe(o) for o in outcomes if not o.passed and not o.false_figures]
    print(f"Other failures ({len(failures)}):", *failures, sep="\n  ", end="\n\n")


def report(engine: QAEngine, title: str, filename: str) -> None:
    """Per-language figures, confusion table and failures for one question set."""
    cases = load_cases(ROOT / "tests" / "data" / filename)
    outcomes = run(engine, cases, Outcome)
    print(f"{title}: {len(cases)} questions\n")
    print(per_language(outcomes), end="\n\n")
    print(confusion(outcomes), end="\n\n")
    failures = [describe_failure(o) for o in outcomes if not o.passed]
    print(f"Failures ({len(failures)}):", *failures, sep="\n  ", end="\n\n")


def main() -> None:
    engine = QAEngine.from_facts(read_facts(ROOT / "db" / "seed" / "figures.csv"))
    for title, filename in SETS:
        report(engine, title, filename)
    for title, filename in BLIND_SETS:
        path = ROOT / "tests" / "data" / filename
        if path.exists():
            blind_report(engine, title, path)
    results = leave_one_out(engine)
    print(threshold_sweep(engine, results), end="\n\n")
    print(loo_per_language(engine, results))


if __name__ == "__main__":
    main()
