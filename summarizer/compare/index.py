"""A small inverted index for candidate retrieval: before rapidfuzz scores a claim against
thousands of source sentences (or other claims), the index picks the few dozen that share its
rarest tokens. Scoring then costs claims × K, not claims × sentences."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np


class TokenIndex:
    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        for i, tokens in enumerate(docs):
            for token in set(tokens):
                postings[token].append(i)
        self.size = len(docs)
        self.postings = {t: np.array(ids, dtype=np.int64) for t, ids in postings.items()}
        self.idf = {t: float(np.log1p(self.size / len(ids))) for t, ids in postings.items()}

    def top(self, tokens: Sequence[str], k: int) -> np.ndarray:
        """Indices of up to k documents sharing the most idf-weighted tokens with the query."""
        scores = np.zeros(self.size, dtype=np.float32)
        for token in set(tokens):
            ids = self.postings.get(token)
            if ids is not None:
                scores[ids] += self.idf[token]
        hits = np.flatnonzero(scores)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k)[:k]]
        return hits
