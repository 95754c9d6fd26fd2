"""Which candidate schedule to measure next: random sampling, then evolution of the best.

The space is a finite list of candidates (entry dicts; the default first). A
:class:`Search` proposes one unmeasured candidate at a time:

- the default first (the tuner always measures it);
- then ``explore`` random candidates (a sample of the whole space);
- then, most of the time, a *mutation* of a good one: a parent drawn by tournament among the
  fastest measured candidates, and an unmeasured candidate that differs from it in one entry
  (two when no one-entry neighbour is left); with probability ``epsilon``, or when no measured
  candidate has unmeasured neighbours, a random one again.

Failed candidates (no time) never become parents. The search is deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from typing import Any

TOURNAMENT = 3
"""Candidates drawn per tournament (the fastest of them is the parent)."""


def _text(candidate: Mapping[str, Any]) -> str:
    return json.dumps(candidate, sort_keys=True, separators=(",", ":"))


def _distance(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return sum(a.get(k) != b.get(k) for k in set(a) | set(b))


class Search:
    """Proposals over ``candidates`` (see the module docstring)."""

    def __init__(
        self, candidates: list[dict[str, Any]], *, seed: int = 0, explore: int = 4, epsilon: float = 0.2, elite: int = 4,
    ) -> None:  # fmt: skip
        self.candidates = candidates
        self.rng = random.Random(seed)
        self.explore = explore
        self.epsilon = epsilon
        self.elite = elite
        self.times: dict[str, float | None] = {}
        """Canonical candidate -> its time (None: it failed), for every measured candidate."""

    def record(self, candidate: Mapping[str, Any], seconds: float | None) -> None:
        """Tell the search a candidate's time (None: it failed)."""
        self.times[_text(candidate)] = seconds

    def remaining(self) -> list[dict[str, Any]]:
        return [c for c in self.candidates if _text(c) not in self.times]

    def propose(self) -> dict[str, Any] | None:
        """The next candidate to measure (None: all are measured)."""
        left = self.remaining()
        if not left:
            return None
        if _text(self.candidates[0]) not in self.times:
            return self.candidates[0]
        measured = len(self.times)
        if measured <= self.explore or self.rng.random() < self.epsilon:
            return self.rng.choice(left)
        return self._mutation(left) or self.rng.choice(left)

    def _mutation(self, left: list[dict[str, Any]]) -> dict[str, Any] | None:
        ranked = sorted(
            (t, text) for text, t in self.times.items() if t is not None
        )[: self.elite]  # fmt: skip
        parents = [json.loads(text) for _, text in ranked]
        while parents:
            drawn = self.rng.sample(range(len(parents)), min(TOURNAMENT, len(parents)))
            parent = parents[min(drawn)]
            for distance in (1, 2):
                near = [c for c in left if _distance(c, parent) == distance]
                if near:
                    return self.rng.choice(near)
            parents.remove(parent)
        return None
