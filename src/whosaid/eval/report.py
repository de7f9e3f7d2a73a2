"""The human-readable evaluation report (``whosaid eval --format table``)."""

from __future__ import annotations

from whosaid.eval.score import KINDS

_ROWS = (
    ("content_lenient", "content, lenient (Jaccard >= 0.5)"),
    ("content_exact", "content, exact tokens"),
    ("token_overlap", "content tokens"),
    ("end_to_end", "end-to-end (content + speaker)"),
)


def render(summary: dict, by_kind: bool = True) -> str:
    """A plain-text report: P/R/F1 with 95% bootstrap intervals, accuracies, timing."""
    m, ci, c = summary["metrics"], summary["ci95"], summary["counts"]
    lines = [
        f"PolNeAR evaluation: {summary['path']}" + (
            f" (model: {summary['model']})" if summary.get("model") else ""),
        (f"{summary['documents']} documents, {c['gold']} gold statements, {c['pred']} predicted, "
        f"{c['matched']} matched; stages: {summary['stage']}; "
        f"95% CI: bootstrap over documents ({summary['bootstrap']['resamples']} resamples)"),
        "",
        f"{'metric':<40} {'P':>17} {'R':>17} {'F1':>17}",
    ]
    for key, label in _ROWS:
        lines.append(_prf_line(label, m[key], ci.get(key, {})))
    for key, label in (("speaker_accuracy", "speaker accuracy (matched)"),
                       ("cue_accuracy", "cue accuracy (matched)")):
        lines.append(f"{label:<40} {_cell(m[key]['acc'], ci.get(key, {}).get('acc')):>17}")
    if by_kind:
        lines += ["", "by kind (recall over gold kind, precision over predicted kind)",
                  f"{'kind':<40} {'P':>17} {'R':>17} {'F1':>17}"]
        for k in KINDS:
            n = f"{k} (gold {c[f'gold_{k}']}, pred {c[f'pred_{k}']})"
            lines.append(_prf_line(f"{n} lenient", m[f"content_lenient_{k}"],
                                   ci.get(f"content_lenient_{k}", {})))
            lines.append(_prf_line(f"{k} end-to-end", m[f"end_to_end_{k}"],
                                   ci.get(f"end_to_end_{k}", {})))
    h = summary["human_agreement"]
    lines += [
        "",
        (f"for scale, human agreement: content lenient F1 {h['content_lenient_f1']:.2f}, "
        f"exact F1 {h['content_exact_f1']:.2f}, end-to-end F1 {h['end_to_end_f1']:.2f}, "
        f"speaker accuracy {h['speaker_accuracy']:.2f}"),
    ]
    cal = summary.get("calibration") or {}
    if cal.get("ece") is not None:
        lines.append(f"confidence: expected calibration error {cal['ece']:.3f} "
                     f"({len(cal['bins'])} bins of 0.1; --plot draws them)")
    t = summary["timing"]
    lines.append(
        f"time: parse {t['parse_s']:.1f} s, extract {t['extract_s']:.1f} s, "
        f"{t['words']} words ({t['words_per_s'] or 0:.0f} words/s)"
    )
    if summary["failures"]:
        lines.append(f"{len(summary['failures'])} article(s) failed (scored as empty):")
        lines += [f"  {f}" for f in summary["failures"]]
    return "\n".join(lines)


def _prf_line(label: str, vals: dict, ci: dict) -> str:
    cells = [_cell(vals[k], ci.get(k)) for k in ("p", "r", "f1")]
    return f"{label:<40} " + " ".join(f"{x:>17}" for x in cells)


def _cell(value: float | None, ci: tuple[float, float] | None) -> str:
    if value is None:
        return "-"
    if not ci:
        return f"{value:.3f}"
    return f"{value:.3f} [{ci[0]:.2f},{ci[1]:.2f}]"


def render_side_by_side(summaries: dict[str, dict]) -> str:
    """The models' main scores in one table, each F1 with its 95% interval."""
    names = list(summaries)
    first = summaries[names[0]]
    lines = [(f"PolNeAR evaluation: {first['path']} ({first['documents']} documents, "
             f"{first['counts']['gold']} gold statements); 95% CI: bootstrap over documents"),
             "", f"{'metric':<40} " + " ".join(f"{n:>22}" for n in names)]
    rows = [(f"{label} F1", key, "f1") for key, label in _ROWS]
    rows += [(f"{key.replace('_', ' ')}", key, "acc")
             for key in ("speaker_accuracy", "cue_accuracy")]
    rows += [(f"{k} end-to-end F1", f"end_to_end_{k}", "f1") for k in KINDS]
    for label, key, field in rows:
        cells = [_cell(s["metrics"][key][field], s["ci95"].get(key, {}).get(field))
                 for s in summaries.values()]
        lines.append(f"{label:<40} " + " ".join(f"{c:>22}" for c in cells))
    eces = [s.get("calibration", {}).get("ece") for s in summaries.values()]
    lines.append(f"{'expected calibration error':<40} " + " ".join(
        f"{'-' if e is None else f'{e:.3f}':>22}" for e in eces))
    speeds = [s["timing"]["words_per_s"] or 0 for s in summaries.values()]
    lines.append(f"{'words per second (parse + extract)':<40} " + " ".join(
        f"{v:>22.0f}" for v in speeds))
    return "\n".join(lines)


def plot_reliability(summaries: dict[str, dict], path: str) -> None:
    """The reliability diagram: share right against mean confidence per bin, per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], color="#999", linestyle="--", linewidth=1, label="perfect")
    for name, s in summaries.items():
        cal = s.get("calibration") or {}
        bins = cal.get("bins") or []
        if bins:
            ax.plot([b[3] for b in bins], [b[4] for b in bins], marker="o",
                    label=f"{name} (ECE {cal['ece']:.3f})")
    ax.set_xlabel("confidence (mean in bin)")
    ax.set_ylabel("share right end to end")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title("Reliability of statement confidence")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
