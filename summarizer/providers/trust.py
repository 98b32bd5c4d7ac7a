"""A summarizer.toml that merely lies in the working folder (a cloned repository, a download) is
not the user's own: it may not send a known provider's key to another host, nor import code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.config import TRUST_VARIABLE, Settings
from summarizer.errors import ConfigError
from summarizer.providers.registry import families


def check_settings(settings: Settings) -> None:
    """Refuse an untrusted config's dangerous entries (see check_untrusted)."""
    if not settings.trusted and settings.config_path is not None:
        check_untrusted(settings.config_path, settings.models)


_TRUST_HOW = f"pass --trust-config (or set {TRUST_VARIABLE}=1) if you trust this file"


def check_untrusted(path: Path, models: Sequence[Mapping[str, Any]]) -> None:
    """Refuse what a summarizer.toml that merely lies in the working folder (a cloned repository,
    a download) must not do: send a known provider's key variable to another host, or make us
    import Python code (provider = "langchain")."""
    from urllib.parse import urlsplit

    fams = families()
    owners = {f["api_key_env"]: (name, f) for name, f in fams.items() if f.get("api_key_env")}
    for i, m in enumerate(models, 1):
        model = str(m["model"])
        fam = fams.get(model.partition("/")[0], {}) if "/" in model else {}
        api = m.get("provider") or fam.get("api", "")
        if api == "langchain":
            raise ConfigError(
                f"{path}: [[models]] entry {i} would import Python code ({model}) with provider "
                f'= "langchain"; a config found in the working folder may not; {_TRUST_HOW}'
            )
        variable = str(m.get("api_key_env", fam.get("api_key_env", "")))
        if variable not in owners:
            continue
        owner, owner_fam = owners[variable]
        url = str(m.get("base_url") or fam.get("base_url") or fams.get(api, {}).get("base_url"))
        host, own_host = urlsplit(url).hostname, urlsplit(owner_fam["base_url"]).hostname
        if host != own_host:
            raise ConfigError(
                f"{path}: [[models]] entry {i} would send {variable} ({owner}'s key) to {host}, "
                f"not to {own_host}; name a variable of its own in api_key_env, or {_TRUST_HOW}"
            )
