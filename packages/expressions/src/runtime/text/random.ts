import { environment } from '../environment.js';
import { argumentNull, argumentOutOfRange } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';

const MBIG = 0x7fffffff;
const MSEED = 161803398;

/**
 * `System.Random`: Knuth's subtractive generator as .NET Framework implements it (and modern
 * .NET keeps for seeded instances), so `new Random(42)` yields .NET's sequence. Unseeded
 * instances take their seed from the environment's random source.
 */
export class Random {
  static readonly [DOTNET_TYPE] = 'System.Random';

  readonly #seeds = new Array<number>(56).fill(0);
  #next = 0;
  #nextP = 21;

  constructor(seed: number = Math.floor(environment().random() * MBIG)) {
    const seeds = this.#seeds;
    const subtraction = seed === -2147483648 ? MBIG : Math.abs(seed);
    let mj = MSEED - subtraction;
    seeds[55] = mj;
    let mk = 1;
    for (let i = 1; i < 55; i++) {
      const ii = (21 * i) % 55;
      seeds[ii] = mk;
      mk = mj - mk;
      if (mk < 0) mk += MBIG;
      mj = seeds[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        seeds[i]! -= seeds[1 + ((i + 30) % 55)]!;
        // The subtraction wraps as a 32-bit integer in .NET before the correction.
        seeds[i] = seeds[i]! | 0;
        if (seeds[i]! < 0) seeds[i]! += MBIG;
      }
    }
  }

  #sample(): number {
    let next = this.#next;
    let nextP = this.#nextP;
    if (++next >= 56) next = 1;
    if (++nextP >= 56) nextP = 1;
    let value = this.#seeds[next]! - this.#seeds[nextP]!;
    if (value === MBIG) value--;
    if (value < 0) value += MBIG;
    this.#seeds[next] = value;
    this.#next = next;
    this.#nextP = nextP;
    return value;
  }

  #double(): number {
    return this.#sample() * (1.0 / MBIG);
  }

  #largeRangeSample(): number {
    let result = this.#sample();
    if (this.#sample() % 2 === 0) result = -result;
    return (result + (MBIG - 1)) / (2 * MBIG - 1);
  }

  /** `Next()`: in [0, int.MaxValue). */
  Next(): number {
    return this.#sample();
  }

  /** `Next(int maxValue)`. */
  NextBelow(maxValue: number): number {
    if (maxValue < 0) throw argumentOutOfRange('maxValue', "'maxValue' must be greater than zero.");
    return Math.trunc(this.#double() * maxValue);
  }

  /** `Next(int minValue, int maxValue)`. */
  NextBetween(minValue: number, maxValue: number): number {
    if (minValue > maxValue)
      throw argumentOutOfRange('minValue', "'minValue' cannot be greater than maxValue.");
    const range = maxValue - minValue;
    if (range <= MBIG) return (Math.trunc(this.#double() * range) + minValue) | 0;
    return Number(BigInt(Math.trunc(this.#largeRangeSample() * range)) + BigInt(minValue)) | 0;
  }

  NextDouble(): number {
    return this.#double();
  }

  NextBytes(buffer: Uint8Array | null): void {
    if (buffer === null) throw argumentNull('buffer');
    for (let i = 0; i < buffer.length; i++) buffer[i] = this.#sample() % 256;
  }
}
