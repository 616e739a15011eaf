import type { Casing, MatchKind } from '../certificate/comparisons.js';

/** What makes a literal a text `Thumbprint` never equals; `fixed` is the literal it should be. */
export type ThumbprintProblem =
  | { readonly kind: 'nonHex'; readonly character: string }
  | { readonly kind: 'length'; readonly count: number }
  | { readonly kind: 'invisible'; readonly code: string; readonly fixed: string }
  | { readonly kind: 'separators'; readonly fixed: string }
  | { readonly kind: 'lowercase'; readonly fixed: string }
  | { readonly kind: 'uppercase'; readonly fixed: string };

/** Characters that come along when a thumbprint is copied from the Windows certificate dialog. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;
const SEPARATORS = /[\s:-]/g;
const SHA1_DIGITS = 40;

/**
 * The problem of a literal compared with `Thumbprint` (40 upper-case hex digits, no separators),
 * or null when it can match. `casing` is applied to `Thumbprint` before the comparison
 * (`Thumbprint.ToLower()`); a part (`Contains`) is not held to the length.
 */
export function thumbprintProblem(
  literal: string,
  options: { readonly casing: Casing; readonly caseSensitive: boolean; readonly match: MatchKind },
): ThumbprintProblem | null {
  if (literal.trim() === '') return null;
  const visible = literal.replace(INVISIBLE, '');
  const digits = visible.replace(SEPARATORS, '');
  const nonHex = /[^0-9a-fA-F]/.exec(digits);
  if (nonHex !== null) return { kind: 'nonHex', character: nonHex[0] };
  if (options.match === 'equals' && digits.length !== SHA1_DIGITS)
    return { kind: 'length', count: digits.length };
  const expected = options.casing === 'lower' ? digits.toLowerCase() : digits.toUpperCase();
  const fixed = options.caseSensitive ? expected : digits;
  const invisible = INVISIBLE.exec(literal);
  INVISIBLE.lastIndex = 0;
  if (invisible !== null) {
    const code = invisible[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { kind: 'invisible', code, fixed };
  }
  if (digits !== visible) return { kind: 'separators', fixed };
  if (options.caseSensitive && digits !== expected) {
    return options.casing === 'lower' ? { kind: 'uppercase', fixed } : { kind: 'lowercase', fixed };
  }
  return null;
}
