"""The stages and the run that chains them. Each stage reads the artifacts of the one before from
the run folder and writes its own atomically, so any stage can be re-run alone:

    outputs/<run>/source.md, source.json          fetch
    outputs/<run>/responses/<model>.json          summarize
    outputs/<run>/comparison.json, scorecard.md   compare
    outputs/<run>/post.md → <blog>/_posts/…       render
    outputs/<run>/run.json                        run (config, versions, timings, statuses)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import platform
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from summarizer import __version__
from summarizer.compare import compare
from summarizer.compare.judge import Judge
from summarizer.compare.judge_setup import judge_view, make_judge
from summarizer.compare.model import Comparison, save_comparison
from summarizer.compare.score import scorecard_markdown
from summarizer.config import Settings
from summarizer.document import Document
from summarizer.errors import InputError, NothingUsable
from summarizer.files import write_atomic
from summarizer.lang.text import detect_lang, slugify
from summarizer.providers.base import Provider, Response
from summarizer.render.jekyll import PostOptions, render_post
from summarizer.render.merge import title_from_models
from summarizer.render.publish import free_path, other_layouts, post_path, publish
from summarizer.render.translate import post_languages, translate_stage
from summarizer.render.view import write_view
from summarizer.summarize.cache import ResponseCache
from summarizer.summarize.plan import ModelPlan, build_requests, plan_run
from summarizer.summarize.runner import (
    RunnerOptions,
    load_responses,
    run_models,
    save_response,
)

T = TypeVar("T")


@dataclass(frozen=True)
class RunDir:
    path: Path

    @property
    def source_json(self) -> Path:
        return self.path / "source.json"

    @property
    def responses(self) -> Path:
        return self.path / "responses"

    @property
    def comparison(self) -> Path:
        return self.path / "comparison.json"

    def require(self, artifact: Path, stage: str) -> Path:
        if not artifact.exists():
            raise InputError(
                f"{self.path} has no {artifact.name}; run the {stage} stage first "
                f"(or `summarizer run`)"
            )
        return artifact


def new_run_dir(outputs: Path, title: str) -> RunDir:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = outputs / f"{stamp}-{slugify(title, max_len=40)}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return RunDir(path)


# ── stages ────────────────────────────────────────────────────────────────────────────────────
def save_document(run: RunDir, doc: Document) -> None:
    write_atomic(run.path / "source.md", doc.to_markdown())
    write_atomic(run.source_json, doc.to_json())


def load_document(run: RunDir) -> Document:
    data = json.loads(run.require(run.source_json, "fetch").read_text(encoding="utf-8"))
    return Document.from_dict(data)


def summarize(
    run: RunDir,
    doc: Document,
    providers: Sequence[Provider],
    progress: Callable[[str, str], None],
    settings: Settings,
    refresh: bool = False,
    plans: Mapping[str, ModelPlan] | None = None,
) -> list[Response]:
    """Every model at once, with the shared prompt; a report too long for a model's context goes
    to it in chunks, whose answers are merged. Each answer is saved as it arrives. `plans`:
    the run's plan, when the caller has made it already."""
    if plans is None:
        plans = plan_run(doc, providers, settings)
    requests = build_requests(doc, providers, settings, plans)
    options = RunnerOptions(
        concurrency=settings.concurrency, timeout_s=settings.timeout_s, refresh=refresh
    )
    cache = ResponseCache(settings.cache_dir / "responses")
    return asyncio.run(
        run_models(providers, lambda p: requests[p.name], run.responses, progress, cache, options)
    )


def compare_stage(
    run: RunDir,
    doc: Document | None,
    responses: Sequence[Response],
    langs: Sequence[str],
    judge: Judge | None = None,
) -> Comparison:
    if not any(r.status == "ok" for r in responses):
        errors = "; ".join(f"{r.model}: {r.error}" for r in responses)
        raise NothingUsable(f"no model produced a usable summary ({errors})")
    # the post's languages are kept with it, for `render RUN_DIR`
    result = replace(compare(responses, doc, primary=langs[0], judge=judge), langs=tuple(langs))
    if judge is not None:
        result = judge_view(result, judge.usage)
    save_comparison(run.comparison, result)
    write_atomic(run.path / "scorecard.md", scorecard_markdown(result))
    return result


def titles_and_abstracts(
    doc: Document | None, responses: Sequence[Response], comparison: Comparison
) -> tuple[dict[str, str], dict[str, str]]:
    """The post's title per language (the report's), and an abstract per language: the first
    model's own abstract in that language."""
    title: dict[str, str] = {}
    if doc:
        title = dict(doc.meta.get("title_translations") or {doc.lang: doc.title})
    elif comparison.source.title:
        title = {"en": comparison.source.title}
    abstracts: dict[str, str] = {}
    for r in responses:
        raw = (r.structured or {}).get("abstract") if r.status == "ok" else None
        if isinstance(raw, Mapping):
            for lang, text in raw.items():
                if isinstance(text, str) and text.strip():
                    abstracts.setdefault(lang, text)
        elif isinstance(raw, str) and raw.strip():
            abstracts.setdefault(detect_lang(raw), raw)
    return title, abstracts


def render_stage(
    run: RunDir,
    doc: Document | None,
    responses: Sequence[Response],
    comparison: Comparison,
    settings: Settings,
    force: bool,
    today: date | None = None,
) -> list[tuple[Path, str]]:
    """The post (or, with `split`, one post per language sharing a page_id): written to the
    run folder, then published to the blog. [(path, what happened), …]"""
    title, abstracts = titles_and_abstracts(doc, responses, comparison)
    primary = settings.langs[0]
    if primary not in title:  # no report, or none in the post's language: the models' titles
        texts = [r.text for r in responses if r.status == "ok" and r.text and not r.structured]
        found = title_from_models(texts, primary)
        if found and (not title or detect_lang(found) == primary):
            title = {**title, detect_lang(found): found}
        for lang in settings.langs:  # an English one too, where a model gave one: the slug's
            other = title_from_models(texts, lang) if lang not in title else None
            if other and detect_lang(other) == lang:
                title = {**title, lang: other}
    variants = [(lang,) for lang in settings.langs] if settings.split else [settings.langs]
    posts = []
    for langs in variants:
        opts = PostOptions(
            langs=langs, blog_dir=settings.blog, today=today, skeleton=settings.skeleton
        )
        suffix = f"-{langs[0]}" if settings.split else ""
        text = render_post(comparison, doc, abstracts, title, opts)
        target, text = free_path(post_path(settings.blog, title, langs[0], today, suffix), text)
        write_atomic(run.path / f"post{suffix.replace('-', '.')}.md", text)
        posts.append((target, text))
    stale = other_layouts(posts, ("zh", "en"), settings.split)  # --split after one post, or back
    published = [publish(text, target, force) for target, text in posts]
    for path in stale:
        path.unlink()
    return published + [(path, "removed") for path in stale]


# ── the whole run ─────────────────────────────────────────────────────────────────────────────
@dataclass
class RunResult:
    run_dir: Path
    posts: list[tuple[Path, str]]  # (path, written|unchanged|updated|overwritten|beside|removed)
    comparison: Comparison
    failed: list[str] = field(default_factory=list)
    responses: Sequence[Response] = ()
    notes: list[str] = field(default_factory=list)  # lines for the user (a language left out)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def run(
    doc: Document,
    providers: Sequence[Provider],
    settings: Settings,
    *,
    force: bool,
    progress: Callable[[str, str], None],
    responses: Sequence[Response] | None = None,
    refresh: bool = False,
    plans: Mapping[str, ModelPlan] | None = None,
) -> RunResult:
    """fetch (already done: `doc`) → summarize → compare → render, writing run.json as it goes.
    `responses` given (bring-your-own summaries) replaces the model calls; `plans`, when the
    caller made the plan already (to show or cap its cost), is not made again."""
    run_dir = new_run_dir(
        settings.outputs, doc.meta.get("title_translations", {}).get("en") or doc.title
    )
    record = _run_record(doc, providers, settings, {})
    stage = _Stages(run_dir, record)
    stage("fetch", lambda: save_document(run_dir, doc))
    if plans is None:
        plans = plan_run(doc, providers, settings)
    record["estimate"] = [plan.to_dict() for plan in plans.values()]
    if responses is None:
        responses = stage(
            "summarize",
            lambda: summarize(run_dir, doc, providers, progress, settings, refresh, plans),
        )
    else:
        for r in responses:
            save_response(run_dir.responses, r)
    record["models"] = [_model_record(r) for r in responses]
    comparison = stage(
        "compare",
        lambda: _compare_with_judge(run_dir, doc, responses, settings, progress, refresh, record),
    )
    comparison = stage(
        "translate", lambda: translate_and_save(run_dir, comparison, providers, settings, progress)
    )
    langs, note = post_languages(comparison, settings.langs)
    record["post_langs"] = list(langs)
    posts = stage(
        "render",
        lambda: render_stage(
            run_dir, doc, responses, comparison, replace(settings, langs=langs), force
        ),
    )
    record["posts"] = [{"path": str(path), "status": status} for path, status in posts]
    stage("view", lambda: write_view(run_dir.path, comparison, doc))
    write_atomic(run_dir.path / "run.json", json.dumps(record, ensure_ascii=False, indent=1))
    failed = [r.model for r in responses if r.status != "ok"]
    return RunResult(run_dir.path, posts, comparison, failed, responses, [note] if note else [])


class _Stages:
    """Runs a stage, timing it into run.json's record, which is saved after every stage (so a
    run that stops half way says how far it got)."""

    def __init__(self, run_dir: RunDir, record: dict[str, Any]) -> None:
        self.path, self.record = run_dir.path / "run.json", record

    def __call__(self, name: str, fn: Callable[[], T]) -> T:
        t = time.perf_counter()
        try:
            return fn()
        finally:
            self.record["timings_s"][name] = round(time.perf_counter() - t, 3)
            write_atomic(self.path, json.dumps(self.record, ensure_ascii=False, indent=1))


def _compare_with_judge(
    run_dir: RunDir,
    doc: Document,
    responses: Sequence[Response],
    settings: Settings,
    progress: Callable[[str, str], None],
    refresh: bool,
    record: dict[str, Any],
) -> Comparison:
    """The compare stage, with the configured judge (if any); its usage goes into run.json."""
    judge = make_judge(settings, progress, refresh)
    try:
        return compare_stage(run_dir, doc, responses, settings.langs, judge)
    finally:
        if judge is not None:
            record["judge"] = judge.usage.to_dict()


def translate_and_save(
    run: RunDir,
    comparison: Comparison,
    providers: Sequence[Provider],
    settings: Settings,
    progress: Callable[[str, str], None],
) -> Comparison:
    """The comparison with the post's missing languages filled in, saved when anything was."""
    translated = translate_stage(comparison, providers, settings, progress)
    if translated is not comparison:
        save_comparison(run.comparison, translated)
    return translated


def _run_record(
    doc: Document, providers: Sequence[Provider], settings: Settings, timings: dict[str, float]
) -> dict[str, Any]:
    """run.json as a run starts: versions, the report, the config; `timings` fills in later."""
    return {
        "summarizer": __version__,
        "python": platform.python_version(),
        "packages": _versions(),
        "started": datetime.now().isoformat(timespec="seconds"),
        "source": {
            "title": doc.title,
            "source": doc.source,
            "kind": doc.kind,
            "tokens": doc.tokens,
            "lang": doc.lang,
        },
        "config": {
            "langs": list(settings.langs),
            "models": [p.name for p in providers],
            "config_file": str(settings.config_path) if settings.config_path else None,
        },
        "timings_s": timings,
    }


def _model_record(r: Response) -> dict[str, Any]:
    """A model's line in run.json: how its call went and what it cost."""
    return {
        "name": r.model,
        "status": r.status,
        "error": r.error,
        "tokens_in": r.tokens_in,
        "tokens_out": r.tokens_out,
        "cost_usd": r.cost_usd,
        "latency_s": round(r.latency_s, 3),
        "tokens_cached": r.tokens_cached,
        "cached": r.cached,
        "attempts": r.attempts,
        "finish_reason": r.finish_reason,
        "prompt_version": r.prompt_version,
    }


def _versions() -> dict[str, str]:
    out = {}
    for name in (
        "httpx",
        "trafilatura",
        "pypdf",
        "tiktoken",
        "rapidfuzz",
        "markdown-it-py",
        "Jinja2",
        "numpy",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[name] = metadata.version(name)
    return out


def rerun_compare(run: RunDir, langs: Sequence[str], judge: Judge | None = None) -> Comparison:
    doc = load_document(run) if run.source_json.exists() else None
    responses = load_responses(run.require(run.responses, "summarize"))
    return compare_stage(run, doc, responses, langs, judge)
