import { escapeJsonString } from './escape.js';

/** A step of a JSON path: a property of an object, or an index into an array or constructor. */
export type PathStep =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number };

/** Characters that make a property name print as `['name']` rather than `.name`. */
const SPECIAL = new Set([
  '.',
  ' ',
  "'",
  '/',
  '"',
  '[',
  ']',
  '(',
  ')',
  '\t',
  '\n',
  '\r',
  '\f',
  '\b',
  '\\',
  '\u0085',
  '\u2028',
  '\u2029',
]);

function isSpecial(name: string): boolean {
  for (const ch of name) if (SPECIAL.has(ch)) return true;
  return false;
}

/**
 * `JsonPosition.BuildPath`: `a.b[0]`, with names holding special characters quoted as
 * `['a b']` (Newtonsoft 12+; version 6 also put a dot before the bracket).
 */
export function buildPath(steps: readonly PathStep[]): string {
  let path = '';
  for (const step of steps) {
    if (step.kind === 'index') path += `[${step.index}]`;
    else if (isSpecial(step.name)) path += `['${escapeJsonString(step.name, "'", false)}']`;
    else path += path.length > 0 ? `.${step.name}` : step.name;
  }
  return path;
}
