"""The openai and anthropic SDKs raise errors of the same shapes (RateLimitError, APITimeoutError,
APIConnectionError, APIStatusError); both are translated here, once, into ours."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from summarizer.errors import BadOutput, Fatal, RateLimited, Transient
from summarizer.providers.retry_after import retry_after_seconds


@contextmanager
def translated_errors(
    name: str,
    sdk: ModuleType,
    transient: tuple[int, ...] = (408, 409),
) -> Iterator[None]:
    """Run an SDK call; its errors come out as ours. `transient`: 4xx codes worth retrying."""
    try:
        yield
    except sdk.RateLimitError as exc:
        raise RateLimited(
            f"{name}: rate limited (HTTP 429)", retry_after_seconds(exc.response.headers)
        ) from exc
    except sdk.APITimeoutError as exc:
        raise Transient(f"{name}: timed out") from exc
    except sdk.APIConnectionError as exc:
        raise Transient(f"{name}: connection failed ({exc.__class__.__name__})") from exc
    except sdk.APIStatusError as exc:
        if exc.status_code >= 500 or exc.status_code in transient:
            raise Transient(f"{name}: server error HTTP {exc.status_code}") from exc
        raise Fatal(f"{name}: HTTP {exc.status_code}: {_message(exc)}") from exc
    except ValueError as exc:  # a body that is not the JSON the SDK expects
        raise BadOutput(f"{name}: unreadable response ({exc})") from exc


def _message(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    return str(message or getattr(exc, "message", "") or exc)[:300]
