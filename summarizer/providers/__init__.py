"""Model providers: one module per API family behind the `Provider` protocol (see base.py)."""
