"""The bundled example report: realistic, bilingual, and sentence-aligned."""

from __future__ import annotations

import re
from importlib import resources

from summarizer.fetch.example import load_example


def test_example_is_a_real_sized_report_with_many_figures() -> None:
    text = (resources.files("summarizer") / "data/example/report.en.md").read_text("utf-8")
    words = len(re.findall(r"\S+", text))
    assert 2000 <= words <= 4000
    assert len(re.findall(r"\d+(?:\.\d+)?%", text)) >= 60


def test_every_sentence_has_its_translation() -> None:
    doc = load_example()
    sentences = [s for _, s in doc.sentences()]
    assert len(sentences) > 100
    for s in sentences:
        assert set(s.translations) == {"en", "zh"}
    # Figures survive translation: the percentages of each English sentence appear in its twin.
    for s in sentences:
        en = set(re.findall(r"\d+(?:\.\d+)?%", s.translations["en"]))
        zh = set(re.findall(r"\d+(?:\.\d+)?%", s.translations["zh"]))
        assert en == zh, (s.id, en, zh)
    assert doc.meta["title_translations"]["zh"].startswith("与机器一起交付")
