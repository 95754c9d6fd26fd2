"""Graph-level passes, the declarative pass-authoring API, and named pipelines."""
