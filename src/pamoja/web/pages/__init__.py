"""One module per page or group of pages; each exposes an `APIRouter` named `router`."""
