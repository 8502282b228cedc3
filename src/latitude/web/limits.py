"""How much work a dashboard server takes on (`ServerLimits`), and how `latitude serve
--processes N` hands its settings to each worker process (`SERVE_ENV`). Kept apart from the app
so that the process supervising the workers imports no web framework."""
from __future__ import annotations

import os
from dataclasses import dataclass

SERVE_ENV = "LATITUDE_SERVE"   # JSON settings for `latitude.web.app.app_from_environment`


@dataclass(frozen=True)
class ServerLimits:
    """How much work the server takes on: `workers` threads compute views, at most `queue`
    computations are admitted at once (running + waiting), each request gets `timeout` seconds,
    computed views are kept within `cache_mb` megabytes; a refused request is told to retry
    after `retry_after` seconds. With `resident`, the tables profiles read by key are held in
    memory once the app has started (`latitude.resident`: a few hundred MB per process, loaded in
    the background in a few seconds; until then reads go to the store)."""

    workers: int = min(4, (os.cpu_count() or 2) + 1)
    queue: int = 64
    timeout: float = 60.0
    cache_mb: int = 256
    retry_after: int = 5
    resident: bool = False
