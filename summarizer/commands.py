"""What each command does, one library function per command: the command line parses its
arguments, calls one of these, and prints what it returns. Messages a long step shows while it
works go to `say` (and model events to `progress`); nothing here prints by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from summarizer import pipeline
from summarizer.compare.judge_setup import judge_spec, make_judge, plan_judge
from summarizer.compare.model import Comparison, load_comparison
from summarizer.config import Settings
from summarizer.document import Document
from summarizer.errors import InputError
from summarizer.fetch import fetch
from summarizer.fetch.example import load_example
from summarizer.providers.base import Provider, Response
from summarizer.providers.registry import (
    BASELINES,
    DEFAULT_OFFLINE,
    families,
    missing_keys,
    presets_models,
    resolve,
    specs_for,
)
from summarizer.render.view import write_view
from summarizer.summarize.pasted import read_summaries
from summarizer.summarize.plan import (
    ModelPlan,
    build_requests,
    check_budget,
    plan_run,
    uncached_cost,
)
from summarizer.summarize.runner import load_responses, save_response

Say = Callable[[str], None]
Progress = Callable[[str, str], None]


def model_names(asked: Sequence[str] | None, settings: Settings) -> list[str]:
    """--model, else the models of summarizer.toml, else the offline baselines."""
    return (
        list(asked or ())
        or [m.get("name") or m["model"] for m in settings.models]
        or list(DEFAULT_OFFLINE)
    )


# ── run ───────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class RunAsk:
    """What `run` was asked to do."""

    source: str | None = None
    models: Sequence[str] = ()
    summaries: Sequence[str] = ()  # NAME=FILE
    dry_run: bool = False
    refresh: bool = False
    force: bool = False
    max_cost: float | None = None


@dataclass(frozen=True)
class DryRun:
    """The plan a --dry-run shows: per language model, its calls, tokens and cost; `to_pay`, what
    the cache cannot answer. No plans: nothing in the run costs anything."""

    plans: dict[str, ModelPlan]
    to_pay: dict[str, float]
    missing_keys: list[str] = field(default_factory=list)  # what a real run will need


def run_report(
    ask: RunAsk, settings: Settings, say: Say, progress: Progress
) -> pipeline.RunResult | DryRun:
    """The whole run: the report (or the bundled example), the models or the pasted summaries,
    the plan and its budget, then fetch → summarize → compare → render. With `dry_run`, stops
    at the plan."""
    summaries = read_summaries(ask.summaries)
    if ask.summaries and ask.models:
        raise InputError("use either --model or --summary, not both")
    if ask.summaries and not ask.source:  # never check them against, or file them under, the demo
        raise InputError(
            "--summary needs the report the summaries are of: summarizer run REPORT --summary "
            "NAME=FILE …; to compare summaries without a report, use summarizer compare "
            "--summary NAME=FILE …"
        )
    names = model_names(ask.models, settings)
    providers = [] if summaries else resolve(names, settings.models, need_keys=not ask.dry_run)
    if settings.verify_model and not ask.dry_run:  # the judge's key, before anything is spent
        judge_spec(settings.verify_model, settings.models)
    if ask.source:
        say(f"Reading {ask.source} …")
        doc: Document = fetch(ask.source, cache_dir=settings.cache_dir / "fetch")
    else:
        doc = load_example()
    if not summaries and all(name in DEFAULT_OFFLINE for name in names):
        what = "the bundled example report" if not ask.source else ask.source
        say(
            f"Offline demo: {what} through the extractive baselines "
            f"({', '.join(names)}), no keys, no network. To compare LLMs, set a key and "
            "pass e.g. --model openai/gpt-4.1-mini (`summarizer models` lists them), or bring "
            "summaries you have with --summary NAME=FILE."
        )
    say(
        f"Report: {doc.title} — {doc.tokens:,} tokens, "
        f"{sum(1 for _ in doc.sentences())} sentences ({doc.kind}, {doc.lang})"
    )
    plans = plan_run(doc, providers, settings)
    costed = _costed_plan(ask, settings, doc, providers, summaries, plans)
    if ask.dry_run:
        return costed
    return pipeline.run(
        doc,
        providers,
        settings,
        force=ask.force,
        progress=progress,
        responses=summaries or None,
        refresh=ask.refresh,
        plans=plans,
    )


def _costed_plan(
    ask: RunAsk,
    settings: Settings,
    doc: Document,
    providers: Sequence[Provider],
    summaries: Sequence[Response],
    plans: dict[str, ModelPlan],
) -> DryRun:
    """The run's plan with what the cache cannot answer priced (the judge's calls too); refused
    before any call when it is over the budget."""
    judge_plans, judge_pay = plan_judge(settings, doc, len(providers), summaries, ask.refresh)
    if not plans and not judge_plans:
        return DryRun({}, {})
    to_pay: dict[str, float] = {}
    if plans:
        requests = build_requests(doc, providers, settings, plans)
        to_pay = uncached_cost(providers, requests, plans, settings)
        if ask.refresh:
            to_pay = {name: plan.cost_usd for name, plan in plans.items()}
    to_pay.update(judge_pay)
    everything = {**plans, **judge_plans}
    check_budget(
        everything, to_pay, ask.max_cost if ask.max_cost is not None else settings.max_cost_usd
    )
    judge = [settings.verify_model] if judge_plans and settings.verify_model else []
    needed = list(plans) + judge
    return DryRun(everything, to_pay, missing_keys(specs_for(needed, settings.models)))


# ── one stage each ────────────────────────────────────────────────────────────────────────────
def fetch_report(source: str, settings: Settings) -> tuple[pipeline.RunDir, Document]:
    """A new run folder holding the report as source.md and source.json."""
    doc = fetch(source, cache_dir=settings.cache_dir / "fetch")
    run = pipeline.new_run_dir(settings.outputs, doc.title)
    pipeline.save_document(run, doc)
    return run, doc


def summarize_run(
    run_dir: Path,
    models: Sequence[str] | None,
    settings: Settings,
    refresh: bool,
    progress: Progress,
) -> tuple[pipeline.RunDir, list[Response]]:
    """The models' answers for a fetched report, saved in the run folder's responses/."""
    run = pipeline.RunDir(run_dir)
    doc = pipeline.load_document(run)
    providers = resolve(model_names(models, settings), settings.models)
    return run, pipeline.summarize(run, doc, providers, progress, settings, refresh)


def compare_summaries(
    run_dir: Path | None,
    summaries: Sequence[str],
    source: str | None,
    settings: Settings,
    say: Say,
    progress: Progress = lambda model, event: None,
) -> tuple[Comparison, Path]:
    """Compare a run folder's responses again, or summaries the user brings (NAME=FILE) in a
    new run folder, against `source` when given. → (the comparison, the folder it is in)."""
    if run_dir and summaries:
        if run_dir.suffix.lower() in (".md", ".txt", ".json") or run_dir.is_file():
            # "--summary doubao doubao.md": a space where the = goes
            name = next((x for x in summaries if "=" not in x), "NAME")
            raise InputError(
                f"{run_dir} is a file, not a run folder: did you mean --summary {name}={run_dir}? "
                "Each summary is one NAME=FILE, with no space around the ="
            )
        raise InputError("give a run folder or --summary files, not both")
    judge = make_judge(settings, progress)
    if run_dir:
        return pipeline.rerun_compare(pipeline.RunDir(run_dir), settings.langs, judge), run_dir
    if not summaries:
        raise InputError(
            "nothing to compare: give a run folder, or --summary NAME=FILE (once per summary; "
            "two or more to compare them)"
        )
    responses = read_summaries(summaries)
    doc = fetch(source, cache_dir=settings.cache_dir / "fetch") if source else None
    if doc is None:
        say(
            "No --source: claims are aligned and conflicts found, but not checked "
            "against the report."
        )
    run = pipeline.new_run_dir(settings.outputs, doc.title if doc else "comparison")
    if doc:
        pipeline.save_document(run, doc)
    for r in responses:
        save_response(run.responses, r)
    return pipeline.compare_stage(run, doc, responses, settings.langs, judge), run.path


def render_run(
    run_dir: Path, settings: Settings, force: bool, langs_given: bool
) -> tuple[list[tuple[Path, str]], str | None]:
    """The post from a run folder's comparison, written and published: [(path, what happened)],
    and a line for the user when the post leaves out a language no model translated into. The
    post keeps the languages compare was given unless `langs_given` (--lang)."""
    from summarizer.render.translate import post_languages

    run = pipeline.RunDir(run_dir)
    comparison = load_comparison(run.require(run.comparison, "compare"))
    if not langs_given and comparison.langs:
        settings = replace(settings, langs=comparison.langs)
    doc = pipeline.load_document(run) if run.source_json.exists() else None
    responses = load_responses(run.responses) if run.responses.exists() else []
    langs, note = post_languages(comparison, settings.langs)
    posts = pipeline.render_stage(
        run, doc, responses, comparison, replace(settings, langs=langs), force
    )
    return posts, note


def view_run(run_dir: Path) -> Path:
    """compare.html, the side-by-side page, written in the run folder."""
    run = pipeline.RunDir(run_dir)
    comparison = load_comparison(run.require(run.comparison, "compare"))
    doc = pipeline.load_document(run) if run.source_json.exists() else None
    return write_view(run.path, comparison, doc)


# ── models ────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class ModelRow:
    name: str
    key: str  # "not needed" | "<VARIABLE> set" | "<VARIABLE> missing" — never the key
    context: str
    price: str  # $/Mtok in/out


def model_rows(settings: Settings) -> tuple[list[ModelRow], str]:
    """The models summarizer.toml configures (or, without one, every preset), with whether each
    one's key is set, and a line on the families any model name may use."""
    rows = [ModelRow(name, "not needed", "-", "0/0") for name in BASELINES]
    entries = list(settings.models) or [{"model": m} for m in presets_models()]
    for spec in specs_for([e.get("name") or e["model"] for e in entries], entries):
        key = (
            "not needed"
            if not spec.api_key_env
            else (f"{spec.api_key_env} {'missing' if missing_keys([spec]) else 'set'}")
        )
        price = (
            f"{spec.price_in_per_mtok:g}/{spec.price_out_per_mtok:g}" if spec.priced else "unknown"
        )
        rows.append(ModelRow(spec.name, key, f"{spec.context_window:,}", price))
    fams = ", ".join(f"{f}/… ({d['api_key_env'] or 'no key'})" for f, d in families().items())
    return rows, f"Any model of a family works too: {fams}."
