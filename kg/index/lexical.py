"""Lexical search: jieba word segmentation and BM25 over a sparse term matrix.

BM25 weights are precomputed per (clause, term), so a query costs one sparse column sum
per query term, which keeps search fast at a million clauses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from scipy import sparse

# Words every duty clause has: they carry no signal about what the duty is.
STOPWORDS = frozenset(
    ["的", "和", "与", "及", "等", "并", "对", "在", "为", "了", "是", "有", "或", "其", "之", "以", "按", "于", "由", "将", "把", "从", "向", "各", "各类", "相关", "有关", "工作", "职责", "负责", "承担", "组织", "指导", "协调", "参与", "配合", "牵头", "会同", "拟订", "制定", "实施", "监督", "管理", "监督管理", "贯彻", "执行", "落实", "开展", "推进", "建立", "健全", "完善", "谁", "哪个", "哪些", "部门", "单位", "机构", "什么", "怎么", "如何", "吗", "呢", "？", "?", "，", "。", "、", "；", "：", "“", "”", "（", "）", "《", "》"]
)
_DOMAIN_WORDS = (
    "主体功能区", "国土空间", "出入境检验检疫", "草原防火", "森林防火", "防汛抗旱", "反垄断", "价格监督检查",
    "不动产登记", "确权登记", "自然资源", "生态环境", "应急管理", "市场监督", "食品安全", "机构编制", "编制池",
    "周转编制", "行政编制", "事业编制", "领导职数", "内设机构", "三定", "信访", "测绘地理信息", "海洋",
)
_PUNCT = re.compile(r"^[\W_]+$")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in _DOMAIN_WORDS:
        jieba.add_word(word, freq=2000)
    return jieba


def tokenize(text: str) -> list[str]:
    """Words for BM25: jieba's search-mode cut (long words and their parts), without
    stopwords and punctuation."""
    return list(_tokens(text))


@lru_cache(maxsize=200_000)
def _tokens(text: str) -> tuple[str, ...]:
    # the same clause text recurs across thousands of places: segment it once
    words = _jieba().lcut_for_search(text)
    return tuple(w for w in words if w.strip() and w not in STOPWORDS and not _PUNCT.match(w))


class BM25Index:
    def __init__(self, texts: Sequence[str], *, k1: float = 1.5, b: float = 0.75):
        self.vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for i, text in enumerate(texts):
            tokens = tokenize(text)
            lengths[i] = len(tokens)
            for tok in tokens:
                rows.append(i)
                cols.append(self.vocab.setdefault(tok, len(self.vocab)))
        n = len(texts)
        tf = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
            shape=(n, max(len(self.vocab), 1)),
        )
        tf.sum_duplicates()
        df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float32)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(lengths.mean()) if n else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-6))
        row_of = np.repeat(np.arange(n), np.diff(tf.indptr))
        data = tf.data * (k1 + 1) / (tf.data + norm[row_of]) * idf[tf.indices]
        self.matrix = sparse.csr_matrix((data.astype(np.float32), tf.indices, tf.indptr), shape=tf.shape).tocsc()
        self.size = n

    def scores(self, query: str) -> np.ndarray:
        cols = sorted({self.vocab[t] for t in tokenize(query) if t in self.vocab})
        if not cols or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        scores = self.scores(query)
        nonzero = np.flatnonzero(scores)
        if nonzero.size == 0:
            return []
        if nonzero.size > k:
            part = nonzero[np.argpartition(-scores[nonzero], k - 1)[:k]]
        else:
            part = nonzero
        order = part[np.argsort(-scores[part], kind="stable")]
        return [(int(i), float(scores[i])) for i in order]
