"""Console entry points (ember-opt, ...). Each tool reports errors through ``ember.tools.cli``."""
