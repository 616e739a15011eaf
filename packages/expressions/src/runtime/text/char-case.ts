/**
 * .NET's invariant case mapping, which maps each UTF-16 unit to one unit (Unicode's simple
 * case mapping): `"ß".ToUpperInvariant()` stays `ß` where JavaScript's `toUpperCase` gives `SS`,
 * and a final sigma lowers to `σ`, not `ς`. en-US maps as the invariant culture does.
 */

const upperCache = new Map<number, number>();
const lowerCache = new Map<number, number>();

/** `char.ToUpperInvariant(c)` of a UTF-16 unit. */
export function upperChar(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 32 : code;
  let mapped = upperCache.get(code);
  if (mapped === undefined) {
    const text = String.fromCharCode(code).toUpperCase();
    mapped = text.length === 1 ? text.charCodeAt(0) : code;
    upperCache.set(code, mapped);
  }
  return mapped;
}

/** `char.ToLowerInvariant(c)` of a UTF-16 unit. */
export function lowerChar(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  let mapped = lowerCache.get(code);
  if (mapped === undefined) {
    // U+0130 (İ) lowers to "i̇" in full mapping; its simple lower case is 'i'.
    const text = code === 0x130 ? 'i' : String.fromCharCode(code).toLowerCase();
    mapped = text.length === 1 ? text.charCodeAt(0) : code;
    lowerCache.set(code, mapped);
  }
  return mapped;
}

function mapEach(text: string, map: (code: number) => number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(map(text.charCodeAt(i)));
  return out;
}

/** `string.ToUpperInvariant()` (and `ToUpper()` in en-US). */
export function upperString(text: string): string {
  const fast = text.toUpperCase();
  // Full mappings only ever lengthen a string, so an equal length means every unit mapped alone.
  return fast.length === text.length ? fast : mapEach(text, upperChar);
}

/** `string.ToLowerInvariant()` (and `ToLower()` in en-US). */
export function lowerString(text: string): string {
  if (text.includes('\u03a3')) return mapEach(text, lowerChar);
  const fast = text.toLowerCase();
  return fast.length === text.length ? fast : mapEach(text, lowerChar);
}
