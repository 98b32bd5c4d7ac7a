"""Shared prompts: files with `## system` / `## user` sections, loaded as langchain-core
ChatPromptTemplates and versioned by the hash of their content.

The packaged defaults live in summarizer/data/prompts/; a file of the same name in ./prompts/
overrides one. Every response records the version of the prompt that produced it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import ConfigError

if TYPE_CHECKING:  # imported where a prompt is loaded: a compare that asks no model skips it
    from langchain_core.prompts import ChatPromptTemplate

USER_PROMPTS = Path("prompts")


@dataclass(frozen=True)
class Prompt:
    name: str
    template: ChatPromptTemplate
    version: str  # first 12 hex digits of the file's SHA-256
    source: str  # where it was read from

    def render(self, **values: str) -> tuple[dict[str, str], ...]:
        """The messages, as {"role", "content"} dicts; a missing variable is a clear error."""
        missing = set(self.template.input_variables) - set(values)
        if missing:
            raise ConfigError(
                f"prompt {self.source} needs {', '.join(sorted(missing))}, "
                "which summarizer does not provide; remove it from the prompt"
            )
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        return tuple(
            {"role": roles[m.type], "content": str(m.content)}
            for m in self.template.format_messages(**values)
        )


def load_prompt(name: str = "summarize") -> Prompt:
    user = USER_PROMPTS / f"{name}.md"
    if user.is_file():
        text, source = user.read_text(encoding="utf-8"), str(user)
    else:
        text = (resources.files("summarizer") / "data" / "prompts" / f"{name}.md").read_text(
            encoding="utf-8"
        )
        source = f"summarizer/data/prompts/{name}.md"
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    sections = dict(
        (m.group(1).lower(), m.group(2).strip())
        for m in re.finditer(r"^## (system|user)\s*$(.*?)(?=^## |\Z)", text, re.M | re.S | re.I)
    )
    if "user" not in sections:
        raise ConfigError(f"prompt {source} has no '## user' section")
    messages = [
        (role, sections[key])
        for key, role in (("system", "system"), ("user", "human"))
        if key in sections
    ]
    from langchain_core.prompts import ChatPromptTemplate  # ~1 s to import

    try:
        template = ChatPromptTemplate.from_messages(messages)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"prompt {source} is not a valid template: {exc}") from exc
    version = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Prompt(name, template, version, source)


def fence(report: str) -> str:
    """The report as data: nothing inside it can close the fence the prompt puts around it."""
    return re.sub(
        r"</?\s*report\b[^>]*>",
        lambda m: m.group(0).replace("<", "&lt;"),
        report,
        flags=re.IGNORECASE,
    )


def json_data(items: list[dict[str, str]]) -> str:
    """Claims or pairs as JSON for a prompt, with every `<` escaped: no text inside can open or
    close a tag the prompt fences its data with."""
    return json.dumps(items, ensure_ascii=False, indent=0).replace("<", "\\u003c")
