"""Measurement on a Ray cluster: ``ember-tune --executor ray [--ray-address ADDR] [--parallel N]``.

Sits beside :mod:`ember.tuning.workers` (the local executor) and is imported only when the
Ray executor is asked for; Ray itself is an optional extra (``pip install 'ember[ray]'``),
imported by :func:`import_ray` when an executor is made, never at ``import ember``.

Design. A *measuring actor* is a Ray actor that owns one :class:`~ember.tuning.workers.Worker`
(the local executor's isolated child process) and runs each job it is sent through it. So a
candidate that crashes or hangs is contained exactly as in a local run, on whichever node the
actor lives: its child process dies or is killed, the actor answers ``crash`` / ``timeout``
and starts a new child for the next job; Ray sees no failure. Ray-level failures (the actor's
process or its node dies, the actor does not answer) are the driver's to catch:
:meth:`RayExecutor.run` waits for an answer with ``ray.wait`` up to the job's limit plus the
start-up allowances plus :data:`MARGIN_SECONDS`; past that the actor is killed
(``ray.kill``) and the job is a ``timeout``, and an actor that died is a ``crash``; either way
a new actor takes its slot, so again only that job is lost.

Timings. Candidates of one task are timed against the default in alternating rounds, and two
measurements running at once on one machine would distort each other's times (they share
caches, memory bandwidth and, on a small machine, the cores). So by default there is **one
measuring actor per node** of the cluster (``--parallel N`` asks for N, placed round-robin over
the nodes: more than one per node trades timing quality for throughput, the user's choice).
Each actor reserves one CPU, so other Ray work of the same cluster does not land beside it
unnoticed. Compiling a candidate is part of its job (``measure`` compiles, then times), so jobs
are not split into a parallel compile phase and a serial timing phase.

With more than one actor the tuner runs that many tasks at once (each task's candidates stay
one after the other: the search proposes from what was measured).

A local instance (no ``--ray-address``, no ``RAY_ADDRESS``, no ``ray start`` instance on this
machine) is started quietly (errors only, no dashboard, no usage statistics) and
bound to the loopback address; it is shut down when the executor closes. Joining a cluster
needs ember (the same version) installed on every node.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import queue
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ember.diagnostics import EmberError
from ember.tuning.workers import STARTUP_SECONDS, Outcome, Worker

INSTALL_HINT = "--executor ray needs Ray, which is not installed: pip install 'ember[ray]'"

ACTOR_STARTUP_SECONDS = 60.0
"""Extra seconds the driver waits for the first job of a new actor (Ray starts a worker
process for it, which imports ember, and the actor's Worker starts its own child)."""
MARGIN_SECONDS = 15.0
"""Seconds the driver waits beyond what the actor's own Worker allows a job: the actor answers
``timeout`` itself when a candidate hangs; only an actor that is stuck runs into this margin."""


def ray_installed() -> bool:
    """Whether ``ray`` can be imported (without importing it)."""
    if "ray" in sys.modules:
        return sys.modules["ray"] is not None
    return importlib.util.find_spec("ray") is not None


def import_ray() -> ModuleType:
    """The ``ray`` module, or one :class:`EmberError` line saying how to install it."""
    try:
        import ray
    except ImportError:
        raise EmberError(INSTALL_HINT) from None
    return ray


class MeasuringActor:
    """The body of a measuring actor (made a Ray actor class by :func:`_actor_class`)."""

    def __init__(self, measure: Callable[[dict[str, Any]], Any], timeout: float, startup: float) -> None:
        self.worker = Worker(measure, timeout, startup)

    def run(self, job: dict[str, Any], timeout: float | None) -> Outcome:
        return self.worker.run(job, timeout)

    def close(self) -> None:
        self.worker.close()


def _actor_class(ray: ModuleType) -> Any:
    return ray.remote(num_cpus=1, max_restarts=0, max_task_retries=0)(MeasuringActor)


@dataclass
class _Slot:
    """One measuring actor and the node it is meant for."""

    node: str
    actor: Any = None
    fresh: bool = True


def _alive_nodes(ray: ModuleType) -> list[tuple[str, float]]:
    """(node id, CPUs) of every alive node."""
    return [(n["NodeID"], float(n.get("Resources", {}).get("CPU", 0))) for n in ray.nodes() if n.get("Alive")]


def _placement(nodes: list[tuple[str, float]], parallel: int | None) -> list[str]:
    """The node of each measuring actor: one per node by default, else ``parallel`` of them
    round-robin over the nodes; an error when a node has fewer CPUs than actors."""
    if not nodes:
        raise EmberError("the Ray cluster has no alive node")
    count = parallel if parallel is not None else len(nodes)
    if count < 1:
        raise EmberError(f"--parallel {count}: at least one measuring actor is needed")
    chosen = [nodes[i % len(nodes)] for i in range(count)]
    for node, cpus in nodes:
        wanted = sum(n == node for n, _ in chosen)
        if wanted > cpus:
            room = int(sum(c for _, c in nodes))
            raise EmberError(f"--parallel {count}: the Ray cluster has room for {room} measuring actors (one CPU each)")
    return [node for node, _ in chosen]


def _check_reachable(address: str) -> None:
    """An error line when nothing listens at a ``HOST:PORT`` address (Ray itself would retry
    for minutes); other forms (``auto``, ``ray://...``) are left to Ray."""
    host, colon, port = address.rpartition(":")
    if "://" in address or not colon or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=10).close()
    except OSError as error:
        raise EmberError(f"cannot reach a Ray cluster at {address}: {error.strerror or error}") from None


def connect(address: str | None) -> bool:
    """Join the Ray instance at ``address`` (None: Ray's rule: ``RAY_ADDRESS``, else a
    ``ray start`` instance of this machine, else a new local one); True when this call
    connected (and so should shut down), False when the process was connected already.
    The settings for a local instance take effect only if ``ray`` was not imported before."""
    if address is None and not os.environ.get("RAY_ADDRESS"):
        # A local instance is this process's alone: no usage report, no listening on the
        # network (on Linux this setting makes Ray use the loopback address for its node).
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    if address is not None:
        _check_reachable(address)
    ray = import_ray()
    if ray.is_initialized():
        return False
    try:
        ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
    except (ConnectionError, ValueError, RuntimeError) as error:
        where = address or "a local Ray instance"
        raise EmberError(f"cannot start or join {where}: {str(error).splitlines()[0]}") from None
    return True


class RayExecutor:
    """Runs jobs on measuring actors (see the module docstring); one job per actor at a time,
    ``slots`` jobs at once. ``run`` may be called from several threads."""

    def __init__(
        self, measure: Callable[[dict[str, Any]], Any], timeout: float, *, address: str | None = None,
        parallel: int | None = None, startup: float = STARTUP_SECONDS,
    ) -> None:  # fmt: skip
        self.owned = connect(address)  # before anything imports ray (see connect)
        self.ray = import_ray()
        self.measure, self.timeout, self.startup = measure, timeout, startup
        self.restarts = 0
        self._class = _actor_class(self.ray)
        try:
            self._slots = [_Slot(node) for node in _placement(_alive_nodes(self.ray), parallel)]
        except EmberError:
            if self.owned:
                self.ray.shutdown()
            raise
        self._free: queue.Queue[_Slot] = queue.Queue()
        for slot in self._slots:
            self._start(slot)
            self._free.put(slot)

    @property
    def slots(self) -> int:
        return len(self._slots)

    def _start(self, slot: _Slot) -> None:
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        strategy = NodeAffinitySchedulingStrategy(slot.node, soft=True)  # elsewhere if the node is gone
        slot.actor = self._class.options(scheduling_strategy=strategy).remote(self.measure, self.timeout, self.startup)
        slot.fresh = True

    def _replace(self, slot: _Slot) -> None:
        self.ray.kill(slot.actor, no_restart=True)
        self.restarts += 1
        self._start(slot)

    def run(self, job: dict[str, Any], timeout: float | None = None) -> Outcome:
        """Run one job on a free actor; never raises for what the job (or its actor) does."""
        slot = self._free.get()
        try:
            return self._run(slot, job, self.timeout if timeout is None else timeout)
        finally:
            self._free.put(slot)

    def _run(self, slot: _Slot, job: dict[str, Any], limit: float) -> Outcome:
        allowance = ACTOR_STARTUP_SECONDS + self.startup if slot.fresh else self.startup
        slot.fresh = False
        ref = slot.actor.run.remote(job, limit)
        ready, _ = self.ray.wait([ref], timeout=limit + allowance + MARGIN_SECONDS)
        if not ready:
            self._replace(slot)
            return Outcome("timeout", error=f"no answer within {limit:g} s (measuring actor stuck)")
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayError as error:
            self._replace(slot)
            return Outcome("crash", error=f"measuring actor died ({type(error).__name__})")

    def close(self) -> None:
        """End the actors (and the local Ray instance when this executor started it)."""
        closing = [slot.actor.close.remote() for slot in self._slots if slot.actor is not None]
        self.ray.wait(closing, num_returns=len(closing), timeout=10)
        for slot in self._slots:
            self.ray.kill(slot.actor, no_restart=True)
            slot.actor = None
        if self.owned:
            self.ray.shutdown()

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
