"""Running the pipeline over many inputs: in this process, in worker processes, or on a Dask cluster."""

from rasad.run.batch import IngestReport
from rasad.run.local import ingest

__all__ = ["IngestReport", "ingest"]
