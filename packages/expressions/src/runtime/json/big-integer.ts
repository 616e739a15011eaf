import { argument } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';

/**
 * `System.Numerics.BigInteger`, as far as JSON needs it: Newtonsoft reads an integer too large
 * for `Int64` into one. Immutable; compares and prints as .NET does (invariant digits).
 */
export class BigInteger {
  static readonly [DOTNET_TYPE] = 'System.Numerics.BigInteger';

  constructor(readonly value: bigint) {}

  ToString(): string {
    return this.value.toString();
  }

  Equals(other: unknown): boolean {
    return other instanceof BigInteger && other.value === this.value;
  }

  GetHashCode(): number {
    return Number(BigInt.asIntN(32, this.value ^ (this.value >> 32n)));
  }

  CompareTo(other: unknown): number {
    if (other === null || other === undefined) return 1;
    if (!(other instanceof BigInteger)) throw argument('The parameter must be a BigInteger.');
    return this.value < other.value ? -1 : this.value > other.value ? 1 : 0;
  }
}
