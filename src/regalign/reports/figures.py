"""Figures (the ``plot`` extra): a divergence heatmap of topic x dimension similarities.

matplotlib is imported only inside the function, so the core never needs it.
"""

from __future__ import annotations

import io

from regalign.comparisons.results import Comparison
from regalign.schema.method import DIMENSIONS


class FiguresUnavailable(RuntimeError):
    """matplotlib is not installed (install the 'plot' extra)."""


def heatmap_png(result: Comparison) -> bytes:
    """PNG bytes: one row per topic, one column per dimension plus the score; grey where not applicable.

    Rows where one side is silent show the score column only. The PNG carries no timestamp or
    software tag, so the same comparison gives the same bytes.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt
        from matplotlib.colors import ListedColormap
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise FiguresUnavailable("figures need matplotlib: pip install 'regalign[plot]'") from exc

    topics = list(result.topics)
    columns = [*(d.replace("_", " ") for d in DIMENSIONS), "score"]
    grid = []
    for topic in topics:
        sims = {d.name: d.similarity for d in topic.dimensions}
        row = [sims.get(name) for name in DIMENSIONS] + [topic.score]
        grid.append([float("nan") if v is None else v for v in row])
    height = max(2.5, 0.22 * len(topics) + 1.5)
    with plt.rc_context({"svg.hashsalt": "regalign", "font.size": 7}):
        figure, axes = plt.subplots(figsize=(7.5, height), dpi=110)
        cmap = ListedColormap(plt.get_cmap("RdYlGn")(range(256))).with_extremes(bad="#d9d9d9")
        image = axes.imshow(grid or [[float("nan")] * len(columns)], aspect="auto", cmap=cmap, vmin=0, vmax=1,
                            interpolation="nearest")
        axes.set_xticks(range(len(columns)), columns, rotation=35, ha="right")
        axes.set_yticks(range(len(topics)), [t.topic_id for t in topics])
        axes.set_title(f"{result.side_a.label} vs {result.side_b.label}, as of {result.as_of.isoformat()}: "
                       "similarity by dimension (grey: not applicable or one side silent)", fontsize=7)
        figure.colorbar(image, ax=axes, fraction=0.03, pad=0.02)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
        plt.close(figure)
    return buffer.getvalue()
