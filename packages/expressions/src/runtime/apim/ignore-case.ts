import { upperString } from '../text/char-case.js';
import { comparerFor, type StringComparer } from '../text/string-comparer.js';
import { StringComparison } from '../text/string-comparison.js';

/** The case-folded form of a name under `OrdinalIgnoreCase`: its invariant upper case. */
export function foldCase(name: string): string {
  return upperString(name);
}

/** `StringComparer.OrdinalIgnoreCase`, the comparer of header, query and template-parameter names. */
export const ordinalIgnoreCase: StringComparer = comparerFor(StringComparison.OrdinalIgnoreCase);
