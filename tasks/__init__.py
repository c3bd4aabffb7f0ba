"""Pipeline stages: each module holds one idea, a pure core plus a thin Prefect task over a batch."""
