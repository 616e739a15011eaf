/**
 * Time per call of `fn`, in nanoseconds: the median of `samples` batches, each running `fn`
 * until at least `minimumMs` have passed. Callers warm `fn` up first.
 */
export function timePerCall(fn: () => unknown, samples = 7, minimumMs = 2): number {
  const results: number[] = [];
  const minimum = BigInt(Math.round(minimumMs * 1e6));
  for (let sample = 0; sample < samples; sample++) {
    let calls = 0;
    // Calls run in growing batches between clock reads, so that reading the clock (tens of
    // nanoseconds) does not weigh on functions that take about as long.
    let batch = 1;
    const started = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      for (let call = 0; call < batch; call++) sink = fn();
      calls += batch;
      if (batch < 4096) batch *= 2;
      elapsed = process.hrtime.bigint() - started;
    } while (elapsed < minimum);
    results.push(Number(elapsed) / calls);
  }
  return median(results);
}

/** Holds the last result, so that the engine cannot drop calls whose result is unused. */
export let sink: unknown;

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** Formats nanoseconds as µs or ms. */
export function duration(nanoseconds: number): string {
  if (nanoseconds >= 1e6) return `${(nanoseconds / 1e6).toFixed(2)} ms`;
  return `${(nanoseconds / 1e3).toFixed(1)} µs`;
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Times several asynchronous functions against each other: after a warm-up of `warmUpMs` each,
 * batches of each run in turn (a, b, c, a, b, c, ...), so that a noisy neighbour or a slow phase
 * of the machine weighs on all of them alike. Returns the median time per call of each, in
 * nanoseconds.
 */
export async function compareAsync(
  fns: readonly (() => Promise<unknown>)[],
  samples = 15,
  minimumMs = 20,
  warmUpMs = 300,
): Promise<number[]> {
  const batch = async (fn: () => Promise<unknown>, ms: number): Promise<number> => {
    const minimum = BigInt(Math.round(ms * 1e6));
    let calls = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      for (let call = 0; call < 64; call++) sink = await fn();
      calls += 64;
      elapsed = process.hrtime.bigint() - started;
    } while (elapsed < minimum);
    return Number(elapsed) / calls;
  };
  for (const fn of fns) await batch(fn, warmUpMs);
  const results: number[][] = fns.map(() => []);
  for (let sample = 0; sample < samples; sample++) {
    for (const [index, fn] of fns.entries()) results[index]!.push(await batch(fn, minimumMs));
  }
  return results.map(median);
}
