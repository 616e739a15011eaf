import { argument, argumentNull } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { upperString } from './char-case.js';
import type { CultureInfo } from './culture-info.js';
import { compareNullable, equalsWith, StringComparison } from './string-comparison.js';

/**
 * How a collection compares, orders and hashes its keys: the shape of the collections
 * runtime's `EqualityComparer` and `OrderComparer` together. `StringComparer` instances
 * implement it, so `new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)` can use the
 * comparer directly.
 */
export interface TextComparer {
  equals(a: unknown, b: unknown): boolean;
  hash(a: unknown): number;
  compare(a: unknown, b: unknown): number;
  /** A primitive stand-in equal exactly when the keys are (ordinal comparers only). */
  primitiveKey?(a: unknown): string | undefined;
}

function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * `System.StringComparer`: `Ordinal`, `OrdinalIgnoreCase`, and the culture comparers (en-US
 * and invariant, which compare alike here; see `cultureCompare`). Hash codes are stable within
 * a run but are not .NET's (which randomises string hashes per process anyway).
 */
export class StringComparer implements TextComparer {
  static readonly [DOTNET_TYPE] = 'System.StringComparer';

  constructor(
    /** The `StringComparison` this comparer applies. */
    readonly comparison: number,
  ) {}

  equals(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    const x = asText(a);
    const y = asText(b);
    if (x === null || y === null) return false;
    return equalsWith(x, y, this.comparison);
  }

  compare(a: unknown, b: unknown): number {
    return compareNullable(asText(a), asText(b), this.comparison);
  }

  hash(a: unknown): number {
    const text = asText(a);
    if (text === null) return 0;
    switch (this.comparison) {
      case StringComparison.Ordinal:
        return fnv(text);
      case StringComparison.OrdinalIgnoreCase:
        return fnv(upperString(text));
      default:
        // Strings the culture finds equal share their letters and digits once decomposed:
        // a coarse key keeps equal strings in one bucket.
        return fnv(upperString(text.normalize('NFKD')).replace(/[^\p{L}\p{N}]/gu, ''));
    }
  }

  primitiveKey(a: unknown): string | undefined {
    const text = asText(a);
    if (text === null) return undefined;
    if (this.comparison === StringComparison.Ordinal) return text;
    if (this.comparison === StringComparison.OrdinalIgnoreCase) return upperString(text);
    return undefined;
  }

  /** `Compare(string x, string y)`. */
  Compare(x: unknown, y: unknown): number {
    return this.compare(x, y);
  }

  /** `Equals(string x, string y)`. */
  EqualsStrings(x: unknown, y: unknown): boolean {
    return this.equals(x, y);
  }

  /** `GetHashCode(string obj)`. */
  HashOf(value: unknown): number {
    if (value === null) throw argumentNull('obj');
    return this.hash(value);
  }

  ToString(): string {
    switch (this.comparison) {
      case StringComparison.Ordinal:
      case StringComparison.OrdinalIgnoreCase:
        return 'System.OrdinalComparer';
      default:
        return 'System.CultureAwareComparer';
    }
  }
}

const comparers = Array.from({ length: 6 }, (_, comparison) => new StringComparer(comparison));

/** The comparer for a `StringComparison` (`StringComparer.FromComparison`). */
export function comparerFor(comparison: number): StringComparer {
  const comparer = comparers[comparison];
  if (comparer === undefined) {
    throw argument('The string comparison type passed in is currently not supported.', 'comparisonType');
  }
  return comparer;
}

/** `StringComparer.Create(CultureInfo culture, bool ignoreCase)`. */
export function comparerForCulture(culture: CultureInfo | null, ignoreCase: boolean): StringComparer {
  if (culture === null) throw argumentNull('culture');
  return comparerFor(culture.culture === 'invariant' ? 2 + Number(ignoreCase) : Number(ignoreCase));
}
