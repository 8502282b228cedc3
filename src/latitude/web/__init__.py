"""The dashboard: a read-only FastAPI app over the store (`latitude serve`)."""
from latitude.web.app import create_app

__all__ = ["create_app"]
