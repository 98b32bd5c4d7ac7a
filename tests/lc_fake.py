"""A langchain-core chat model for tests, named in summarizer.toml as tests.lc_fake:model."""

import json

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from tests.fake_llm import SUMMARY

model = FakeListChatModel(responses=[json.dumps(SUMMARY, ensure_ascii=False)])
