"""The summarize stage: plan (tokens, chunks, cost), prompts, the runner (fan-out, retries,
cache) and merging chunk answers."""
