"""summarizer: many summaries of one report, compared claim by claim, merged into a Jekyll post."""

from summarizer.errors import SummarizerError

__version__ = "0.1.0"
__all__ = ["SummarizerError", "__version__"]
