"""The project's one error hierarchy.

    SummarizerError                 base; carries the exit code the CLI uses
    ├── InputError (2)              the user's input cannot be used as given
    │   ├── SourceError             a report could not be fetched or read
    │   │   └── ExtractionError     it was read, but holds no usable text
    │   ├── ConfigError             summarizer.toml or the environment is wrong
    │   └── OutputExistsError       refusing to overwrite the author's work
    ├── ProviderError               a model call failed (translated at the adapter boundary)
    │   ├── RateLimited             429; carries retry_after seconds when the API said
    │   ├── Transient               5xx, timeouts, dropped connections: worth retrying
    │   ├── Fatal                   auth, bad request, unknown model: retrying will not help
    │   └── BadOutput               the answer came but cannot be used
    └── NothingUsable (3)           no model produced anything a post can be made from

Every message is one line that names the problem and, where there is one, the fix.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """Bad input from the user: a path, URL, option or file that cannot be used."""

    exit_code = 2


class SourceError(InputError):
    """The report could not be fetched or opened."""


class ExtractionError(SourceError):
    """The report was read but no usable text came out of it."""


class ConfigError(InputError):
    """The configuration file or environment is invalid."""


class OutputExistsError(InputError):
    """An output the author may have edited already exists; --force overwrites it."""


class ProviderError(SummarizerError):
    """A model call failed."""


class RateLimited(ProviderError):
    """The API answered 429; `retry_after` is the wait it asked for, if any."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Transient(ProviderError):
    """A failure that may pass: 5xx, timeout, dropped connection."""


class Fatal(ProviderError):
    """A failure that retrying cannot fix: missing key, auth, bad request."""


class BadOutput(ProviderError):
    """The model answered, but the answer cannot be used."""


class NothingUsable(SummarizerError):
    """No model produced a usable summary."""

    exit_code = 3
