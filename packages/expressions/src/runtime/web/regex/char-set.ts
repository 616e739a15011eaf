/**
 * Sets of UTF-16 code units, the unit .NET's regular expressions match (a character outside the
 * Basic Multilingual Plane is two surrogates to them). Sets are bitmaps while they are built and
 * sorted ranges when emitted.
 */
export class CharSet {
  readonly bits: Uint8Array;

  constructor(bits?: Uint8Array) {
    this.bits = bits ?? new Uint8Array(65536);
  }

  static of(...units: number[]): CharSet {
    const set = new CharSet();
    for (const unit of units) set.bits[unit] = 1;
    return set;
  }

  static range(first: number, last: number): CharSet {
    return new CharSet().addRange(first, last);
  }

  static fromTest(test: (unit: number) => boolean): CharSet {
    const set = new CharSet();
    for (let unit = 0; unit < 65536; unit++) if (test(unit)) set.bits[unit] = 1;
    return set;
  }

  has(unit: number): boolean {
    return this.bits[unit] === 1;
  }

  add(unit: number): this {
    this.bits[unit] = 1;
    return this;
  }

  addRange(first: number, last: number): this {
    this.bits.fill(1, first, last + 1);
    return this;
  }

  addSet(other: CharSet): this {
    for (let i = 0; i < 65536; i++) if (other.bits[i] === 1) this.bits[i] = 1;
    return this;
  }

  clone(): CharSet {
    return new CharSet(this.bits.slice());
  }

  negated(): CharSet {
    const bits = new Uint8Array(65536);
    for (let i = 0; i < 65536; i++) bits[i] = this.bits[i] === 1 ? 0 : 1;
    return new CharSet(bits);
  }

  /** Sorted, disjoint, inclusive ranges `[first, last]`. */
  ranges(): [number, number][] {
    const ranges: [number, number][] = [];
    let start = -1;
    for (let i = 0; i <= 65536; i++) {
      const inside = i < 65536 && this.bits[i] === 1;
      if (inside && start < 0) start = i;
      else if (!inside && start >= 0) {
        ranges.push([start, i - 1]);
        start = -1;
      }
    }
    return ranges;
  }

  size(): number {
    let count = 0;
    for (let i = 0; i < 65536; i++) count += this.bits[i]!;
    return count;
  }
}
