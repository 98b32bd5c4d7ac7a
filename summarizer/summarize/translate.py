"""Filling the gaps of a bilingual post: a claim that exists in one language only is translated
by a configured model (cached like every call). Without one, the post keeps to the languages the
summaries are written in, and says how to get the others (`post_languages`)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.files import write_atomic
from summarizer.providers.base import Provider, Request
from summarizer.providers.registry import build, missing_keys, specs_for
from summarizer.providers.spec import ModelSpec
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.prompts import load_prompt
from summarizer.summarize.runner import Runner, RunnerOptions

LANG_NAMES = {"zh": "Simplified Chinese", "en": "English"}


def missing_translations(comparison: Mapping[str, Any], langs: Sequence[str]) -> dict[str, list]:
    """target language → [(claim id, text)] for every claim the post lacks in that language."""
    todo: dict[str, list[tuple[str, str]]] = {}
    for c in comparison["claims"]:
        for lang in langs:
            if not (c.get("translations") or {}).get(lang):
                todo.setdefault(lang, []).append((c["id"], c["text"]))
    return todo


def translate_missing(
    comparison: dict[str, Any],
    langs: Sequence[str],
    translator: Provider,
    cache_dir: Path,
    progress: Callable[[str, str], None],
    options: RunnerOptions | None = None,
) -> int:
    """Translate in place; returns how many claims got a translation."""
    todo = missing_translations(comparison, langs)
    if not todo:
        return 0
    prompt = load_prompt("translate")
    by_id = {c["id"]: c for c in comparison["claims"]}

    async def go() -> int:
        runner = Runner(options or RunnerOptions(), ResponseCache(cache_dir), progress)
        done = 0
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
                    if cid in by_id and isinstance(text, str) and text.strip():
                        by_id[cid].setdefault("translations", {})[lang] = text.strip()
                        by_id[cid].setdefault("translated_by", {})[lang] = translator.name
                        done += 1
        finally:
            close = getattr(translator, "aclose", None)
            if close is not None:
                await close()
        return done

    return asyncio.run(go())


def _translations(text: str) -> dict[str, Any]:
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start : end + 1])
    except ValueError:
        return {}
    found = data.get("translations") if isinstance(data, dict) else None
    return found if isinstance(found, dict) else {}


def translate_stage(
    comparison_path: Path,
    comparison: dict[str, Any],
    providers: Sequence[Provider],
    settings: Settings,
    progress: Callable[[str, str], None],
) -> int:
    """Translate claims the post lacks in one of its languages, with the first language model
    at hand (one of the run's, else one configured whose key is set). Offline: nothing to do."""
    if not missing_translations(comparison, settings.langs):
        return 0
    # A fresh provider, never one of the run's: the summarize stage closed theirs, and this
    # stage runs in an event loop of its own.
    spec: ModelSpec | None = next(
        (getattr(p, "spec") for p in providers if getattr(p, "spec", None)), None  # noqa: B009
    )
    if spec is None:
        usable = [
            s
            for s in specs_for(
                [m.get("name") or m["model"] for m in settings.models], settings.models
            )
            if not missing_keys([s])
        ]
        if not usable:
            return 0
        spec = usable[0]
    translator = build(spec)
    done = translate_missing(
        comparison, settings.langs, translator, settings.cache_dir / "responses", progress
    )
    if done:
        write_atomic(comparison_path, json.dumps(comparison, ensure_ascii=False, indent=1))
    return done


HOW_TO_TRANSLATE = (
    "set a model's API key and pass --model (e.g. -m openai/gpt-4.1-mini), or configure one in "
    "summarizer.toml; it translates the missing lines (cached)"
)


def post_languages(
    comparison: Mapping[str, Any], langs: Sequence[str]
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
    count = sum(len(items) for items in missing.values())
    return tuple(langs), (
        f"No model translated the summaries: {count} lines lack their {names} text and are "
        f"marked untranslated in the post. To fill them, {HOW_TO_TRANSLATE}."
    )
