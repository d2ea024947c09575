"""Work spread over a Dask cluster, in order, with a bounded number of tasks in flight.

The `--jobs` pool (workers.py) covers one machine; an archive of millions of articles wants many.
Dask's distributed scheduler is the engine: it places tasks on workers, moves the work of a
worker that dies to another (so a killed worker loses nothing), and tells the client when a task
has killed workers too often. Only the pure stages travel; the caller stores what comes back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from quotetrack.errors import ClusterError

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")
R = TypeVar("R")

LOCAL_PREFIX = "local:"


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:  # pragma: no cover - the test extra installs it
        raise ClusterError("--dask needs the dask extra: pip install 'quotetrack[dask]'") from None
    return distributed


def local_workers(address: str) -> int | None:
    """N for a `local:N` address (a LocalCluster of N worker processes), None for a scheduler address."""
    if not address.startswith(LOCAL_PREFIX):
        return None
    count = address.removeprefix(LOCAL_PREFIX)
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--dask expects local:N with N >= 1 worker processes, not {address}")
    return int(count)


@contextmanager
def connect(address: str, *, timeout: float = 30.0) -> Iterator[Client]:
    """A client of the scheduler at `address` (tcp://HOST:8786), or of a LocalCluster for `local:N`.

    A LocalCluster's workers are processes of one thread each: the stages are pure Python and
    hold the GIL, so threads in one worker would only take turns.
    """
    distributed = _import_distributed()
    workers = local_workers(address)
    if workers is not None:
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: a fixed one clashes with other clusters on the host
        )
        try:
            with distributed.Client(cluster, timeout=timeout) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = distributed.Client(address, timeout=timeout)
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def dask_map(
    fn: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    client: Client,
    on_crash: Callable[[T], R],
    partition: int,
    extra: tuple[object, ...] = (),
    on_wait: Callable[[], None] | None = None,
    per_worker: int = 3,
) -> Iterator[R]:
    """fn over partitions of `partition` items, on the cluster's workers; the results in order.

    Items are read from `items` only as tasks finish: at most `per_worker` partitions per worker
    thread are in flight, so an archive of millions of articles never sits in memory at once.
    `extra` goes to each worker once and is passed to fn after the partition. `on_wait` runs
    when the next result is not ready yet. A partition whose task killed workers too often
    (Dask's `allowed-failures`) or was cancelled is run again item by item; an item that kills
    workers on its own is given up as `on_crash(item)`, and the rest goes on.
    """
    distributed = _import_distributed()
    lost = (distributed.KilledWorker, CancelledError)
    # Each shared value is a task of its own, not scattered data: the scheduler keeps the task, so
    # when the worker holding the value dies another makes it again; scattered data dies with the
    # worker, and every task that needs it is cancelled.
    shared = [client.submit(_shared, value, pure=False) for value in extra]
    pending = iter(items)
    window: deque[tuple[list[T], Future]] = deque()
    in_flight = max(2, per_worker * sum(client.nthreads().values()))

    def submit(batch: list[T]) -> Future:
        # pure=False: two partitions with equal items are still two tasks (their results differ by time read).
        return client.submit(fn, batch, *shared, pure=False)

    def alone(batch: list[T]) -> list[R]:
        results: list[R] = []
        for item in batch:
            try:
                results.extend(submit([item]).result())
            except lost:
                results.append(on_crash(item))
        return results

    try:
        while True:
            while len(window) < in_flight and (batch := list(islice(pending, partition))):
                window.append((batch, submit(batch)))
            if not window:
                return
            batch, future = window.popleft()
            if on_wait is not None and not future.done():
                on_wait()
            try:
                results = future.result()
            except lost:
                results = alone(batch)
            future.release()
            yield from results
    finally:
        client.cancel([f for _, f in window] + shared)


def _shared(value: T) -> T:
    return value
