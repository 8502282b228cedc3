"""Bounded work off the event loop, and a bounded cache of computed views.

`WorkPool` runs CPU and DuckDB work on a fixed number of worker threads and admits at most
`queue` jobs at a time (running plus waiting); beyond that it refuses at once (`Overloaded`,
answered 503 with Retry-After) instead of letting requests pile up. A job that nobody waits for
any more (the client left, or its deadline passed) is cancelled: dropped if it has not started,
otherwise its DuckDB queries are interrupted. A job stuck in pure Python keeps its worker until
it ends, and keeps counting against the admission cap meanwhile, so the pool stays bounded.

`ViewCache` keeps computed views in memory up to a byte budget and an entry cap (LRU), and runs
concurrent misses for one key as one job that every asker awaits.
"""
from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, TypeVar

import duckdb

T = TypeVar("T")


class Overloaded(Exception):
    """The pool has admitted as many jobs as it may hold; try again after `retry_after` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the server is busy: try again in {retry_after} s")
        self.retry_after = retry_after


class Cancelled(Exception):
    """The job was cancelled because no request waits for it any more."""


class Job:
    """One unit of work in the pool. Work that queries the store takes its cursors from `cursor`,
    so that `interrupt` can stop those queries."""

    def __init__(self) -> None:
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        self.cancelled = threading.Event()
        self.finished = threading.Event()

    def cursor(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """A new cursor on `con`, closed when the job ends and interrupted if it is cancelled."""
        with self._lock:
            if self.cancelled.is_set():
                raise Cancelled("cancelled before it queried the store")
            cur = con.cursor()
            self._cursors.append(cur)
            return cur

    def _interrupt_all(self) -> None:
        with self._lock:
            for cur in self._cursors:
                cur.interrupt()

    def interrupt(self) -> None:
        """Cancel: stop the job's running query, and keep stopping its queries (a query that starts
        just after an interrupt would not see it) until the job ends."""
        if self.cancelled.is_set():
            return
        self.cancelled.set()

        def keep_interrupting() -> None:
            while not self.finished.wait(0.1):
                self._interrupt_all()

        self._interrupt_all()
        threading.Thread(target=keep_interrupting, name="latitude-interrupt", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self.finished.set()
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()


class WorkPool:
    """A fixed set of worker threads that admits at most `queue` jobs (running + waiting)."""

    def __init__(self, workers: int, queue: int, retry_after: int = 5) -> None:
        if workers < 1 or queue < workers:
            raise ValueError("need at least one worker and a queue at least as large as the pool")
        self.workers, self.queue, self.retry_after = workers, queue, retry_after
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="latitude-work")
        self._admitted = 0
        self._lock = threading.Lock()

    @property
    def admitted(self) -> int:
        """Jobs admitted and not yet finished (running, waiting, or cancelled but still running)."""
        with self._lock:
            return self._admitted

    def _release(self, _: Future) -> None:
        with self._lock:
            self._admitted -= 1

    def submit(self, work: Callable[[Job], T]) -> tuple[Future, Job]:
        """Start `work(job)` on a worker thread, or raise Overloaded when the pool is full."""
        with self._lock:
            if self._admitted >= self.queue:
                raise Overloaded(self.retry_after)
            self._admitted += 1
        job = Job()

        def run() -> T:
            try:
                if job.cancelled.is_set():
                    raise Cancelled("cancelled while waiting for a worker")
                return work(job)
            finally:
                job.close()

        future = self._executor.submit(run)
        future.add_done_callback(self._release)
        future.add_done_callback(lambda _: job.finished.set())     # also when dropped before it ran
        return future, job

    async def run(self, work: Callable[[Job], T]) -> T:
        """Run uncached work in the pool and await it; cancelling the await cancels the job."""
        future, job = self.submit(work)
        try:
            return await asyncio.shield(asyncio.wrap_future(future))
        except asyncio.CancelledError:
            future.cancel()
            job.interrupt()
            raise

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


@dataclass
class _Flight:
    """A computation in progress and how many requests wait for it."""

    future: asyncio.Future
    job: Job
    source: Future
    waiters: int = 0
    done: bool = field(default=False)


class ViewCache:
    """Computed views, least recently used first out, within `max_bytes` and `max_items`; a miss
    is computed once in the pool however many requests ask for it at the same time. Failures are
    not cached. Used from the event loop only."""

    def __init__(self, pool: WorkPool, max_bytes: int, max_items: int = 256) -> None:
        self.pool, self.max_bytes, self.max_items = pool, max_bytes, max_items
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def peek(self, key: Hashable) -> Any:
        """The cached value (marked as recently used), or None."""
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key][0]
        return None

    def put(self, key: Hashable, value: Any, size: int) -> None:
        """Keep a value computed elsewhere (evicting the least recently used beyond the budget)."""
        if size > self.max_bytes:
            return                                   # larger than the whole budget: serve, do not keep
        self._items[key] = (value, size)
        self.bytes += size
        while self.bytes > self.max_bytes or len(self._items) > self.max_items:
            _, (_, old) = self._items.popitem(last=False)
            self.bytes -= old

    async def get(self, key: Hashable, work: Callable[[Job], T], size: Callable[[T], int]) -> T:
        """The view for `key`, computing `work(job)` in the pool on a miss (Overloaded if full)."""
        hit = self.peek(key)
        if hit is not None:
            return hit
        flight = self._flights.get(key)
        if flight is None:
            source, job = self.pool.submit(work)
            flight = _Flight(asyncio.wrap_future(source), job, source)
            self._flights[key] = flight

            def settle(fut: asyncio.Future, flight: _Flight = flight) -> None:
                flight.done = True
                if self._flights.get(key) is flight:
                    del self._flights[key]
                if not fut.cancelled() and fut.exception() is None:
                    value = fut.result()
                    self.put(key, value, size(value))

            flight.future.add_done_callback(settle)
        flight.waiters += 1
        try:
            return await asyncio.shield(flight.future)
        finally:
            flight.waiters -= 1
            if flight.waiters == 0 and not flight.done:
                # nobody waits any more: drop it if it has not started, else interrupt its queries
                if self._flights.get(key) is flight:
                    del self._flights[key]
                flight.source.cancel()
                flight.job.interrupt()
