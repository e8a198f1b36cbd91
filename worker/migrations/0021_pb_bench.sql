-- Benchmark baseline (local mode only, tests/bench/ballot-bench.mjs): a bare one-row insert to
-- compare ballot submission with. Holds nothing else.
CREATE TABLE bench_rows (
  id INTEGER PRIMARY KEY,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
