"""Pipeline stages: each module holds one idea, a pure core plus a thin Prefect task over a batch.

The extractor's rule modules load from their compiled build when it matches these sources
(`sitrep.compiled`): its folder goes first on this package's path, so `import tasks.figures`
finds the extension module there and every other module here.
"""

import sitrep  # noqa: F401  (offline-hygiene environment before Prefect or GX load)
from sitrep.compiled import compiled_tasks_path

_compiled = compiled_tasks_path()
if _compiled is not None:
    __path__.insert(0, _compiled)
