/**
 * The clock range over which a verdict stays the same. Every comparison of the evaluation clock
 * with a boundary (a validity date, a CRL's thisUpdate/nextUpdate) narrows it, so a cached verdict
 * can be reused exactly until a certificate expires or becomes valid, and no longer.
 */
export class TimeWindow {
  /** First instant (inclusive) the verdict is known to hold. */
  from = Number.NEGATIVE_INFINITY;
  /** First instant (exclusive) it may no longer hold. */
  until = Number.POSITIVE_INFINITY;

  constructor(readonly at: number) {}

  /** Records that the outcome changes at `boundary` (true from `boundary` on, or the reverse). */
  observe(boundary: number): void {
    if (boundary <= this.at) {
      if (boundary > this.from) this.from = boundary;
    } else if (boundary < this.until) {
      this.until = boundary;
    }
  }

  /** Checks `notBefore <= at <= notAfter` and records both boundaries. */
  within(notBefore: number, notAfter: number): boolean {
    this.observe(notBefore);
    this.observe(notAfter + 1);
    return notBefore <= this.at && this.at <= notAfter;
  }
}
