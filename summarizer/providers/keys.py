"""API keys never leave the process: any text about to be written or shown passes `redact`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def key_variables(extra: Iterable[str] = ()) -> set[str]:
    from summarizer.providers.registry import families

    names = {f.get("api_key_env", "") for f in families().values()} | set(extra)
    return {n for n in names if n}


def redact(text: str, extra_variables: Iterable[str] = ()) -> str:
    """`text` with the value of every API-key variable replaced by [redacted]."""
    for name in key_variables(extra_variables):
        value = os.environ.get(name)
        if value and len(value) >= 8 and value in text:
            text = text.replace(value, "[redacted]")
    return text


def load_env_file(path: Path) -> list[str]:
    """Read KEY=VALUE lines of a .env file the user named into the environment (variables already
    set win). Returns the names it set — never the values."""
    from summarizer.errors import ConfigError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read the env file {path}: {exc.strerror}") from exc
    loaded = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.removeprefix("export ").partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise ConfigError(f"{path}:{number}: expected NAME=VALUE")
        value = value.strip().strip("'\"")
        if name not in os.environ:
            os.environ[name] = value
            loaded.append(name)
    return loaded
