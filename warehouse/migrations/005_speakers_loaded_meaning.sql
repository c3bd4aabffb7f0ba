-- runs.speakers_loaded counts each speaker once per run (it used to sum per batch, so a speaker
-- quoted in two batches counted twice). Only the documentation changes; old rows keep old sums.
COMMENT ON COLUMN runs.speakers_loaded IS 'Distinct speakers this run loaded or refreshed (each once, however many batches quote them; runs before migration 005 summed per batch).';
