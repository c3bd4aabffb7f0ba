"""sitrep: defense news feeds -> who said what, and which numbers they named -> DuckDB.

Importing the package sets the offline-hygiene environment before Prefect or GX load, so no
run of the product (CLI, deployment, test) phones home.
"""

import os

for _key, _value in {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
}.items():
    os.environ.setdefault(_key, _value)

__version__ = "0.1.0"
