import { skipNested } from '../lexer/interpolated-scanner.js';

/**
 * Finds where a policy expression that starts at `start` (on `@(` or `@{`) ends: the offset just
 * after its matching bracket, or -1 when the brackets never balance. Brackets inside C# strings,
 * characters, interpolated strings and comments do not count, so text such as
 * `@(x == ")")` is measured correctly even where a policy file holds it unescaped.
 */
export function findExpressionEnd(text: string, start: number): number {
  if (text[start] !== '@' || (text[start + 1] !== '(' && text[start + 1] !== '{')) return -1;
  let depth = 1;
  let i = start + 2;
  while (i < text.length) {
    const skipped = skipNested(text, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const c = text.charCodeAt(i);
    // ( [ {  and  ) ] }
    if (c === 0x28 || c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}
