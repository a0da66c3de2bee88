"""long_lived: the cyclic collector leaves the objects of a run alone inside the block, and has
them back after it, also when blocks nest."""
from __future__ import annotations

import gc

from crosscheck.engines import long_lived


def test_objects_are_frozen_inside_and_given_back_after():
    assert gc.get_freeze_count() == 0
    before = [object() for _ in range(10)]  # noqa: F841 - alive while the block runs
    with long_lived():
        outer = gc.get_freeze_count()
        assert outer > 0
        made_inside = [[] for _ in range(1000)]  # noqa: F841 - tracked containers, made in the block
        with long_lived():
            assert gc.get_freeze_count() >= outer + 1000  # the inner block freezes what was made since
        # leaving the inner block hands nothing back: what was made inside is still out of the
        # collector's generations (asked of the objects themselves: the count also falls as
        # frozen temporaries, such as the inner block's own generator, are freed)
        assert not {id(x) for x in made_inside} & {id(o) for o in gc.get_objects()}
    assert {id(x) for x in made_inside} <= {id(o) for o in gc.get_objects()}  # and the outer block's end does
    assert gc.get_freeze_count() == 0


def test_given_back_when_the_block_fails():
    try:
        with long_lived():
            raise ValueError("stop")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
    with long_lived():
        pass
    assert gc.get_freeze_count() == 0
