"""The search: the default first, every candidate at most once, mutations near the best."""

from __future__ import annotations

from ember.tuning.search import Search, _distance


def space() -> list[dict]:
    return [{"mr": mr, "nr": nr, "kc": kc} for mr in range(1, 7) for nr in (8, 16) for kc in (0, 64, 128)]


def test_default_first_and_each_candidate_once():
    candidates = space()
    search = Search(candidates, seed=1)
    seen = []
    while (proposal := search.propose()) is not None:
        seen.append(proposal)
        search.record(proposal, float(proposal["mr"]))
    assert seen[0] == candidates[0]
    assert len(seen) == len(candidates)
    assert sorted(map(str, seen)) == sorted(map(str, candidates))


def test_mutations_stay_near_the_best():
    candidates = space()
    search = Search(candidates, seed=3, explore=3, epsilon=0.0, elite=1)
    best = {"mr": 6, "nr": 16, "kc": 64}
    for c in candidates[:4]:
        search.record(c, 5.0)
    search.record(best, 1.0)
    for _ in range(5):
        proposal = search.propose()
        assert _distance(proposal, best) == 1
        search.record(proposal, 9.0)


def test_failed_candidates_are_not_parents():
    candidates = space()
    search = Search(candidates, seed=0, explore=0, epsilon=0.0)
    failed = {"mr": 1, "nr": 8, "kc": 0}
    search.record(failed, None)
    search.record({"mr": 6, "nr": 16, "kc": 128}, 2.0)
    proposal = search.propose()
    assert _distance(proposal, {"mr": 6, "nr": 16, "kc": 128}) == 1
