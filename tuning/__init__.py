"""Auto-tuning of kernel schedules (ARCHITECTURE §2, level of the lowering and the runtime).

- :mod:`ember.tuning.log`: the tuning log, a JSON Lines file of measured schedules keyed by
  task structure and target, and the table of best entries a compile applies;
- :mod:`ember.tuning.search`: which candidate schedules to measure next (random sampling,
  then evolutionary refinement of the best so far);
- :mod:`ember.tuning.workers`: measurements in an isolated worker process with a timeout (the
  local executor);
- :mod:`ember.tuning.ray_executor`: the same worker processes owned by measuring actors on a
  Ray cluster (``ember-tune --executor ray``; Ray is imported only there);
- :mod:`ember.tuning.tuner`: the loop over a model's tasks (budgets, resume, numerics check,
  progress, report).

The package knows nothing about IR: tasks arrive as plain data (key, default schedule,
candidate schedules, a single-op module's text) and measurements through a function the caller
passes (``ember.driver.measure_kernel``), so it sits beside ``lowering`` without importing it.
"""
