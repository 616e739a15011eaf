import { environment } from '../environment.js';
import { argument } from '../exceptions.js';
import { upperChar } from './char-case.js';

/** `System.StringComparison`. */
export const StringComparison = {
  CurrentCulture: 0,
  CurrentCultureIgnoreCase: 1,
  InvariantCulture: 2,
  InvariantCultureIgnoreCase: 3,
  Ordinal: 4,
  OrdinalIgnoreCase: 5,
} as const;

/** .NET's `ArgumentException` for a `StringComparison` value outside the enum. */
export function checkComparison(comparison: number): void {
  if (!Number.isInteger(comparison) || comparison < 0 || comparison > 5) {
    throw argument('The string comparison type passed in is currently not supported.', 'comparisonType');
  }
}

export const ignoresCase = (comparison: number) => comparison % 2 === 1;
export const isOrdinal = (comparison: number) => comparison >= 4;

/**
 * Culture-aware comparison. .NET compares with the culture's collation (NLS on .NET Framework,
 * ICU on modern .NET); this runtime uses ICU's collation through `Intl.Collator` for en-US and
 * the invariant culture alike: lower case sorts before upper case (`"a" < "A" < "b"`), letters
 * compare before case. Known deviation: NLS's word sort, which gives hyphens and apostrophes
 * almost no weight (`"co-op"` against `"coop"`), is not reproduced.
 */
export function cultureCompare(a: string, b: string, ignoreCase: boolean): number {
  return Math.sign((ignoreCase ? ignoreCaseCollator() : caseSensitiveCollator()).compare(a, b));
}

// Made on first use: building a collator costs milliseconds that a process comparing no strings
// by culture (a lint run) need not pay.
let caseSensitive: Intl.Collator | undefined;
let ignoreCase: Intl.Collator | undefined;
const caseSensitiveCollator = () =>
  (caseSensitive ??= new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' }));
const ignoreCaseCollator = () => (ignoreCase ??= new Intl.Collator('en-US', { sensitivity: 'accent' }));

/**
 * `string.CompareOrdinal`: the difference of the first differing UTF-16 units, or of the
 * lengths (.NET returns these differences, not -1/1, on both .NET Framework and modern .NET).
 */
export function ordinalCompare(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** Ordinal comparison of the upper-cased units (`OrdinalIgnoreCase`). */
export function ordinalIgnoreCaseCompare(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = upperChar(a.charCodeAt(i)) - upperChar(b.charCodeAt(i));
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** Compares two non-null strings under a `StringComparison`. */
export function compareWith(a: string, b: string, comparison: number): number {
  checkComparison(comparison);
  if (comparison === StringComparison.Ordinal) return ordinalCompare(a, b);
  if (comparison === StringComparison.OrdinalIgnoreCase) return ordinalIgnoreCaseCompare(a, b);
  return cultureCompare(a, b, ignoresCase(comparison));
}

/** `string.Compare(a, b, comparison)` with .NET's null ordering (null first). */
export function compareNullable(a: string | null, b: string | null, comparison: number): number {
  checkComparison(comparison);
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareWith(a, b, comparison);
}

/** Equality under a `StringComparison`. */
export function equalsWith(a: string | null, b: string | null, comparison: number): boolean {
  checkComparison(comparison);
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (comparison === StringComparison.Ordinal) return false;
  if (comparison === StringComparison.OrdinalIgnoreCase) {
    return a.length === b.length && ordinalIgnoreCaseCompare(a, b) === 0;
  }
  return cultureCompare(a, b, ignoresCase(comparison)) === 0;
}

/** Whether .NET Framework's messages apply. */
export const framework = () => environment().dotnet === 'framework';
