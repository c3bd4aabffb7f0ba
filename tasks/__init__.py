"""Pipeline stages: each module holds one idea, a pure core plus a thin Prefect task over a batch."""

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect or GX load)
