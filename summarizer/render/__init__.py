"""The render stage: Jekyll posts from comparisons."""
