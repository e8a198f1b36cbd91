/**
 * Throughput of an endpoint side by side with a baseline (the benches use the bare one-row D1
 * insert, `POST /v1/_bench/pb/insert-one`), in interleaved rounds: baseline, endpoint, baseline,
 * endpoint… so both see the same machine load on a shared machine; each rate is the median of its
 * rounds. A request function answers `{ status, text }`; 2xx counts, anything else is an error.
 *
 * @example const t = await interleavedThroughput({ seconds: 4, rounds: 3, concurrency: 8 }, insert, submit);
 *          // { baselinePerSecond, perSecond, ratio, errors: { baseline, measured }, firstError }
 */

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const oneDecimal = (x) => Math.round(x * 10) / 10;

/** `concurrency` loops sending `request` until `ms` has passed: successes per second, errors, the first error. */
export async function rate(ms, concurrency, request) {
  let count = 0;
  let errors = 0;
  let firstError = null;
  const deadline = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const r = await request();
        if (r.status >= 200 && r.status < 300) count++;
        else {
          errors++;
          firstError ??= `${r.status} ${String(r.text).slice(0, 200)}`;
        }
      }
    }),
  );
  return { perSecond: count / (ms / 1000), errors, firstError };
}

export async function interleavedThroughput({ seconds = 4, rounds = 3, concurrency = 8 } = {}, baseline, measured) {
  const baselineRounds = [];
  const measuredRounds = [];
  for (let r = 0; r < rounds; r++) {
    baselineRounds.push(await rate(seconds * 1000, concurrency, baseline));
    measuredRounds.push(await rate(seconds * 1000, concurrency, measured));
  }
  const b = median(baselineRounds.map((x) => x.perSecond));
  const m = median(measuredRounds.map((x) => x.perSecond));
  const errors = (xs) => xs.reduce((n, x) => n + x.errors, 0);
  return {
    baselinePerSecond: oneDecimal(b),
    perSecond: oneDecimal(m),
    ratio: Math.round((m / b) * 100) / 100,
    errors: { baseline: errors(baselineRounds), measured: errors(measuredRounds) },
    firstError: [...baselineRounds, ...measuredRounds].find((x) => x.firstError)?.firstError ?? null,
  };
}
