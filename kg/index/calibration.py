"""Per-model score bars. Embedding models differ in how high unrelated texts score
(e5 rarely goes below 0.7), so thresholds on cosine belong to the model, not the query.
Values for the default model were measured on the development corpus (see BENCHMARKS.md)."""

from __future__ import annotations

# model-name prefix -> (relevance floor for search, duplicate bar for overlaps)
_BARS = {
    "hash-": (0.30, 0.80),
}
_DEFAULT = (0.82, 0.92)


def relevance_floor(model_name: str) -> float:
    """Cosine below which a clause that shares no word with the query is not an answer."""
    return _lookup(model_name)[0]


def duplicate_bar(model_name: str) -> float:
    """Cosine above which two clauses say the same thing."""
    return _lookup(model_name)[1]


def _lookup(model_name: str) -> tuple[float, float]:
    for prefix, bars in _BARS.items():
        if model_name.startswith(prefix):
            return bars
    return _DEFAULT
