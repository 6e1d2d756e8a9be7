"""Per-model score bars. Embedding models differ in how high unrelated texts score
(e5 rarely goes below 0.8 between two duty clauses), so thresholds belong to the model.

* relevance floor: raw query-to-clause cosine below which a clause sharing no word with the
  query is no answer (default model: related clauses 0.87–0.95, unrelated 0.83–0.86).
* duplicate bar: cosine between *centered* clause vectors (ClauseIndex.centered) above which
  two clauses say the same thing. Measured on the sample county + corpus (242 clauses):
  e5 pairs' 99th percentile 0.48, true duplicates 0.72–0.84; hash 99.9th percentile 0.67.
"""

from __future__ import annotations

# model-name prefix -> (relevance floor for search, duplicate bar for overlaps)
_BARS = {
    "hash-": (0.30, 0.60),
}
_DEFAULT = (0.87, 0.72)


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
