"""The dashboard: a read-only FastAPI app over the store (`latitude serve`)."""
from __future__ import annotations

from latitude.lazy import lazy_exports

# imported on first use, so that `latitude.web.limits` alone (the process supervising the
# workers of `latitude serve --processes`) does not import the web framework
_EXPORTS = {"create_app": "latitude.web.app"}
__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
