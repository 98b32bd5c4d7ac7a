"""Filling the gaps of a bilingual post: a claim that exists in one language only is translated
by a configured model (cached like every call). Without one, the post keeps to the languages the
summaries are written in, and says how to get the others (`post_languages`)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.compare.model import Comparison
from summarizer.config import Settings
from summarizer.providers.base import Provider, Request
from summarizer.providers.registry import build, missing_keys, specs_for
from summarizer.providers.spec import ModelSpec
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.prompts import load_prompt
from summarizer.summarize.runner import Runner, RunnerOptions

LANG_NAMES = {"zh": "Simplified Chinese", "en": "English"}


def missing_translations(comparison: Comparison, langs: Sequence[str]) -> dict[str, list]:
    """target language → [(claim id, text)] for every claim the post lacks in that language."""
    todo: dict[str, list[tuple[str, str]]] = {}
    for c in comparison.claims:
        for lang in langs:
            if not c.translations.get(lang):
                todo.setdefault(lang, []).append((c.id, c.text))
    return todo


def translate_missing(
    comparison: Comparison,
    langs: Sequence[str],
    translator: Provider,
    cache_dir: Path,
    progress: Callable[[str, str], None],
    options: RunnerOptions | None = None,
) -> Comparison:
    """The comparison with the translations the translator gave (the same one when it gave
    none); each translated claim records who translated it."""
    todo = missing_translations(comparison, langs)
    if not todo:
        return comparison
    prompt = load_prompt("translate")
    known = {c.id for c in comparison.claims}
    added: dict[str, dict[str, str]] = {}  # claim id → language → translation

    async def go() -> None:
        runner = Runner(options or RunnerOptions(), ResponseCache(cache_dir), progress)
        try:
            for lang, items in todo.items():
                messages = prompt.render(
                    target=LANG_NAMES[lang],
                    items=json.dumps(dict(items), ensure_ascii=False, indent=1),
                )
                request = Request(translator.name, None, messages, prompt.version)
                response = await runner.one(translator, request)
                found = _translations(response.text) if response.status == "ok" else {}
                for cid, text in found.items():
                    if cid in known and isinstance(text, str) and text.strip():
                        added.setdefault(cid, {})[lang] = text.strip()
        finally:
            close = getattr(translator, "aclose", None)
            if close is not None:
                await close()

    asyncio.run(go())
    if not added:
        return comparison
    translated_by = {cid: dict(by) for cid, by in comparison.translated_by.items()}
    for cid, texts in added.items():
        translated_by.setdefault(cid, {}).update(dict.fromkeys(texts, translator.name))
    claims = tuple(
        replace(c, translations={**c.translations, **added[c.id]}) if c.id in added else c
        for c in comparison.claims
    )
    return replace(comparison, claims=claims, translated_by=translated_by)


def _translations(text: str) -> dict[str, Any]:
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start : end + 1])
    except ValueError:
        return {}
    found = data.get("translations") if isinstance(data, dict) else None
    return found if isinstance(found, dict) else {}


def translate_stage(
    comparison: Comparison,
    providers: Sequence[Provider],
    settings: Settings,
    progress: Callable[[str, str], None],
) -> Comparison:
    """The comparison with the claims the post lacks in one of its languages translated, by the
    first language model at hand (one of the run's, else one configured whose key is set).
    Offline: the same comparison."""
    if not missing_translations(comparison, settings.langs):
        return comparison
    # A fresh provider, never one of the run's: the summarize stage closed theirs, and this
    # stage runs in an event loop of its own.
    specs = (getattr(p, "spec", None) for p in providers)
    spec: ModelSpec | None = next((s for s in specs if s), None)
    if spec is None:
        usable = [
            s
            for s in specs_for(
                [m.get("name") or m["model"] for m in settings.models], settings.models
            )
            if not missing_keys([s])
        ]
        if not usable:
            return comparison
        spec = usable[0]
    return translate_missing(
        comparison, settings.langs, build(spec), settings.cache_dir / "responses", progress
    )


HOW_TO_TRANSLATE = (
    "set a model's API key (e.g. OPENAI_API_KEY) and name the model in summarizer.toml "
    '([[models]] model = "openai/gpt-4.1-mini"), then render again; `summarizer run` also '
    "takes it as --model. It translates the missing lines (cached)"
)


def post_languages(
    comparison: Comparison, langs: Sequence[str]
) -> tuple[tuple[str, ...], str | None]:
    """The languages the post can be written in without placeholders — those every claim has
    (their own or a translation) — and one line for the user when that is fewer than asked.
    When every language lacks some claim, all are kept and the line says so."""
    missing = missing_translations(comparison, langs)
    if not missing:
        return tuple(langs), None
    complete = tuple(lang for lang in langs if lang not in missing)
    names = ", ".join(LANG_NAMES[lang] for lang in missing)
    if complete:
        return complete, (
            f"No model translated the summaries, so the post is in "
            f"{', '.join(LANG_NAMES[lang] for lang in complete)} only, their own language. "
            f"For {names} too, {HOW_TO_TRANSLATE}."
        )
    lacking = [
        g
        for g in comparison.groups
        if any(
            not any(comparison.claim(cid).translations.get(lang) for cid in g.claim_ids)
            for lang in langs
        )
    ]
    return tuple(langs), (
        f"No model translated the summaries, so {len(lacking)} of the post's "
        f"{len(comparison.groups)} findings stand only in the language they were written in "
        f"(no model stated them in {names.replace(', ', ' or ')} too). "
        f"To fill them, {HOW_TO_TRANSLATE}."
    )
