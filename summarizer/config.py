"""Settings: summarizer.toml in the working directory (or --config), plus the environment.

API keys are never read from the file: only from the environment, by the variable each model
names. Every key of the file is optional; unknown keys are reported, not silently ignored.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError

CONFIG_NAME = "summarizer.toml"
_RUN_KEYS = {"lang", "outputs", "blog", "max_cost_usd", "concurrency", "timeout_s", "split"}
_MODEL_KEYS = {
    "model",
    "name",
    "provider",
    "base_url",
    "api_key_env",
    "context_window",
    "price_in_per_mtok",
    "price_out_per_mtok",
    "price_cached_in_per_mtok",
    "max_output_tokens",
    "concurrency",
}
_VERIFY_KEYS = {"model", "all"}
SUPPORTED_LANGS = ("zh", "en")


@dataclass(frozen=True)
class Settings:
    langs: tuple[str, ...] = ("zh", "en")
    split: bool = False  # one post per language instead of one bilingual post
    skeleton: str | None = None  # lay the post out on this model's headings (--skeleton)
    outputs: Path = Path("outputs")
    blog: Path = Path("blog")
    max_cost_usd: float | None = None
    concurrency: int = 8
    timeout_s: float = 300.0  # one model call
    models: tuple[dict[str, Any], ...] = ()
    cache_dir: Path = field(default_factory=lambda: default_cache_dir())
    config_path: Path | None = None
    verify_model: str | None = None  # [verify] model: the LLM judge (--verify-with)
    verify_all: bool = False  # [verify] all: the judge checks every claim (--verify-all)
    # a config named with --config (or trusted with --trust-config): may send a known key to
    # another host or import code; one that merely lies in the working folder may not
    # (providers/trust.py)
    trusted: bool = True


def default_cache_dir() -> Path:
    """SUMMARIZER_CACHE_DIR, else $XDG_CACHE_HOME/summarizer, else ~/.cache/summarizer."""
    if os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(os.environ["SUMMARIZER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def parse_langs(value: str | list[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    langs = tuple(dict.fromkeys(str(x).strip().lower() for x in items if str(x).strip()))
    bad = [x for x in langs if x not in SUPPORTED_LANGS]
    if not langs or bad:
        raise ConfigError(
            f"unsupported language {', '.join(bad) or '(none)'}; "
            f"use zh, en or zh,en (the first is the post's main language)"
        )
    return langs


TRUST_VARIABLE = "SUMMARIZER_TRUST_CONFIG"


def _tables(
    path: Path, data: dict[str, Any]
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """The file's [run], [[models]] and [verify] tables, checked: unknown keys and API keys
    written into the file are refused with the fix."""
    unknown = set(data) - {"run", "models", "verify"}
    verify = data.get("verify", {})
    if not isinstance(verify, dict):
        raise ConfigError(f"{path}: [verify] must be a table")
    unknown |= {f"verify.{k}" for k in set(verify) - _VERIFY_KEYS}
    run = data.get("run", {})
    if not isinstance(run, dict):
        raise ConfigError(f"{path}: [run] must be a table")
    unknown |= {f"run.{k}" for k in set(run) - _RUN_KEYS}
    models = data.get("models", [])
    if not isinstance(models, list) or not all(isinstance(m, dict) for m in models):
        raise ConfigError(f"{path}: models must be [[models]] tables")
    for i, m in enumerate(models, 1):
        unknown |= {f"models[{i}].{k}" for k in set(m) - _MODEL_KEYS}
        if "model" not in m:
            raise ConfigError(
                f"{path}: [[models]] entry {i} has no 'model' key; "
                'add e.g. model = "openai/gpt-4.1-mini"'
            )
        if any("key" in k and k != "api_key_env" for k in m):
            raise ConfigError(
                f"{path}: do not put API keys in the config file; set the "
                "environment variable instead (api_key_env names it)"
            )
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) {', '.join(sorted(unknown))}; "
            "see the README's configuration section"
        )
    return run, models, verify


def load_settings(
    path: Path | None = None, cwd: Path | None = None, trust: bool = False
) -> Settings:
    """Read the config file (if any) into Settings; paths in it are relative to the file.
    A file found in the working folder (not named with --config) is not trusted to send a known
    provider's key elsewhere or to import code, unless `trust` (--trust-config) or the
    environment's SUMMARIZER_TRUST_CONFIG=1 says so."""
    explicit = path is not None
    path = path or (cwd or Path.cwd()) / CONFIG_NAME
    if not path.exists():
        if explicit:
            raise ConfigError(f"config file {path} not found; check the --config path")
        return Settings(outputs=(cwd or Path(".")) / "outputs", blog=(cwd or Path(".")) / "blog")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    run, models, verify = _tables(path, data)
    base = path.parent
    try:
        return Settings(
            langs=parse_langs(run.get("lang", ["zh", "en"])),
            split=bool(run.get("split", False)),
            outputs=base / run.get("outputs", "outputs"),
            blog=base / run.get("blog", "blog"),
            max_cost_usd=float(run["max_cost_usd"]) if "max_cost_usd" in run else None,
            concurrency=int(run.get("concurrency", 8)),
            timeout_s=float(run.get("timeout_s", 300.0)),
            models=tuple(models),
            config_path=path,
            verify_model=str(verify["model"]) if verify.get("model") else None,
            verify_all=bool(verify.get("all", False)),
            trusted=explicit or trust or os.environ.get(TRUST_VARIABLE) == "1",
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: bad value in [run]: {exc}") from exc
