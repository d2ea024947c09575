"""Work spread over worker processes, in order, surviving a worker that dies."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _each(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def parallel_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    on_crash: Callable[[T], R],
    initializer: Callable[[], object] | None = None,
    chunk: int = 1,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[R]:
    """fn over items in order, in `jobs` worker processes, with a bounded number in flight.

    Items travel to the workers `chunk` at a time: each submit costs the parent a pickle, a pipe
    write and a wake-up of the pool's threads (GIL hand-offs), which small items feel. `on_wait`
    runs when the next result is not ready yet, before this process waits for a worker.
    `initializer` runs once in every worker process before its first item (in this process when
    jobs <= 1). A worker that dies (a crash in a C extension, the OOM killer) breaks the whole
    pool, so the chunk at the head is run again in a fresh pool, and then, if it breaks that one
    too, item by item: only the item that kills a worker on its own is given up, as
    `on_crash(item)`, and the rest of the batch goes on.
    """
    if jobs <= 1:
        if initializer is not None:
            initializer()
        yield from map(fn, items)
        return
    pending = iter(items)
    window: deque[tuple[list[T], Future[list[R]]]] = deque()
    new_pool = partial(ProcessPoolExecutor, max_workers=jobs, initializer=initializer)
    pool = new_pool()
    in_flight = max(2, -(-8 // chunk)) * jobs  # chunks: about 8 items a worker, at least 2 chunks

    def alone(items: list[T]) -> list[R]:
        """The head chunk again in a fresh pool; then, if it breaks that one too, item by item."""
        nonlocal pool
        try:
            return pool.submit(_each, fn, items).result()
        except BrokenProcessPool:
            pool.shutdown(cancel_futures=True)
            pool = new_pool()
        if len(items) == 1:
            return [on_crash(items[0])]
        return [result for item in items for result in alone([item])]

    try:
        while True:
            while len(window) < in_flight and (batch := list(islice(pending, chunk))):
                window.append((batch, pool.submit(_each, fn, batch)))
            if not window:
                return
            batch, future = window.popleft()
            if on_wait is not None and not future.done():
                on_wait()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                pool = new_pool()
                results = alone(batch)
                window = deque((b, pool.submit(_each, fn, b)) for b, _ in window)
            yield from results
    finally:
        pool.shutdown(cancel_futures=True)
