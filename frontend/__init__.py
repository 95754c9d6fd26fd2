"""Frontends: model formats that enter ember as the graph dialect."""
