import { CharSet } from './char-set.js';

/**
 * .NET's case-insensitive matching lowers both the pattern and each input character with the
 * culture's `ToLower` and compares the results. A character matches a case-insensitive set when
 * its lower case is in the set or in the lower case of the set; the sets are expanded here so
 * that JavaScript can match them without the `i` flag.
 */

let lowerTable: Uint16Array | undefined;

/** `char.ToLower` of each code unit (en-US; `İ` lowers to `i`). */
export function lowerOf(unit: number): number {
  if (lowerTable === undefined) {
    lowerTable = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) {
      const lower = String.fromCharCode(i).toLowerCase();
      lowerTable[i] = lower.length === 1 ? lower.charCodeAt(0) : i;
    }
    lowerTable[0x130] = 0x69;
  }
  return lowerTable[unit]!;
}

/** Adds the lower case of each member (what `RegexCharClass.AddLowercase` does). */
export function withLowercase(set: CharSet): CharSet {
  const result = set.clone();
  for (let i = 0; i < 65536; i++) if (set.bits[i] === 1) result.bits[lowerOf(i)] = 1;
  return result;
}

/** The code units whose lower case passes `test`: what a case-insensitive test matches. */
export function matchingIgnoringCase(test: (lowered: number) => boolean): CharSet {
  return CharSet.fromTest((unit) => test(lowerOf(unit)));
}
