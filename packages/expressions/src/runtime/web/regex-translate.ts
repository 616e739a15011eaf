import { environment } from '../environment.js';
import { type GroupTable, type RegexNode, RegexOptions } from './regex/ast.js';
import { scanCaptures } from './regex/capture-scan.js';
import type { CharSet } from './regex/char-set.js';
import { Emitter, REF_CLOSE, REF_OPEN } from './regex/emit.js';
import { parsePattern } from './regex/parser.js';
import { RegexSyntaxError } from './regex/syntax-error.js';

/**
 * Translates a .NET regular expression into a JavaScript `RegExp` source and flags, or says why
 * it cannot: `kind: 'invalid'` for a pattern .NET itself rejects (the run time throws
 * `ArgumentException` with `message`), `kind: 'unsupported'` for valid .NET that JavaScript
 * cannot express (balancing groups, conditionals, `RightToLeft`, `\G` past the start, a
 * case-insensitive back reference in a partly case-sensitive pattern; the run time throws
 * `NotSupportedException`).
 *
 * What is translated: named and numbered groups (renumbered as .NET numbers them), back
 * references, `\A \z \Z \G`, `^`/`$` with and without `Multiline` (.NET's `$` also matches before
 * a final `\n`), `.` with and without `Singleline`, inline and scoped options, `IgnoreCase`
 * (expanded into the pattern, with .NET's lower-casing rules), `ExplicitCapture`,
 * `IgnorePatternWhitespace`, `ECMAScript`, Unicode categories and blocks, class subtraction,
 * atomic groups (as a look-ahead and a back reference), and .NET's Unicode meaning of
 * `\d \w \s \b`.
 */
export type RegexTranslation =
  | {
      readonly source: string;
      readonly flags: string;
      readonly groups: GroupTable;
      /** For each JavaScript group (index 1 up), the .NET group number it captures, or -1. */
      readonly groupOfJs: readonly number[];
    }
  | {
      readonly error: string;
      readonly index: number;
      readonly kind: 'invalid' | 'unsupported';
    };

/** The options `Regex` accepts: the defined flags, and only some of them with ECMAScript. */
export function validOptions(options: number): boolean {
  if (options < 0 || options >> 10 !== 0) return false;
  if ((options & RegexOptions.ECMAScript) !== 0) {
    const allowed =
      RegexOptions.ECMAScript |
      RegexOptions.IgnoreCase |
      RegexOptions.Multiline |
      RegexOptions.Compiled |
      RegexOptions.CultureInvariant;
    return (options & ~allowed) === 0;
  }
  return true;
}

/** Removes a leading `\G`, which JavaScript expresses with the sticky flag. */
function withoutLeadingStart(root: RegexNode): RegexNode | null {
  if (root.kind === 'anchor' && root.anchor === 'start') return { kind: 'concat', items: [] };
  if (root.kind === 'concat' && root.items[0]?.kind === 'anchor' && root.items[0].anchor === 'start')
    return { kind: 'concat', items: root.items.slice(1) };
  return null;
}

function visit(node: RegexNode, action: (node: RegexNode) => void): void {
  action(node);
  switch (node.kind) {
    case 'capture':
    case 'group':
    case 'look':
    case 'atomic':
    case 'loop':
      visit(node.body, action);
      break;
    case 'concat':
    case 'alternate':
      for (const item of node.items) visit(item, action);
      break;
    default:
      break;
  }
}

let canonical: Uint16Array | undefined;

/** JavaScript's case-insensitive canonical form of a code unit (without the `u` flag). */
function canonicalOf(unit: number): number {
  if (canonical === undefined) {
    canonical = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) {
      const upper = String.fromCharCode(i).toUpperCase();
      const code = upper.length === 1 ? upper.charCodeAt(0) : i;
      canonical[i] = i >= 128 && code < 128 ? i : code;
    }
  }
  return canonical[unit]!;
}

/** Whether JavaScript's `i` flag leaves a set as it is. */
function stableUnderIgnoreCase(set: CharSet): boolean {
  const marks = new Uint8Array(65536);
  for (let i = 0; i < 65536; i++) if (set.bits[i] === 1) marks[canonicalOf(i)] = 1;
  for (let i = 0; i < 65536; i++) if (set.bits[i] !== 1 && marks[canonicalOf(i)] === 1) return false;
  return true;
}

function translate(pattern: string, options: number): RegexTranslation {
  if ((options & RegexOptions.RightToLeft) !== 0)
    return { error: 'RegexOptions.RightToLeft is not supported.', index: 0, kind: 'unsupported' };
  const slots = scanCaptures(pattern, options);
  let root = parsePattern(pattern, options, slots);
  const stripped = withoutLeadingStart(root);
  if (stripped !== null) root = stripped;
  let caseInsensitiveRefs = false;
  const sets: CharSet[] = [];
  visit(root, (node) => {
    if (node.kind === 'ref' && node.ignoreCase) caseInsensitiveRefs = true;
    if (node.kind === 'set') sets.push(node.set);
  });
  if (caseInsensitiveRefs && !sets.every(stableUnderIgnoreCase)) {
    return {
      error: 'A case-insensitive back reference in a pattern that is partly case-sensitive is not supported.',
      index: 0,
      kind: 'unsupported',
    };
  }
  const emitter = new Emitter(stripped !== null);
  const emitted = emitter.emit(root, caseInsensitiveRefs);
  const refPattern = new RegExp(`${REF_OPEN}(\\d+)${REF_CLOSE}`, 'g');
  let unsupportedRef: number | null = null;
  const source = emitted.source.replace(refPattern, (_, group: string) => {
    const targets = emitter.jsOfGroup.get(Number(group)) ?? [];
    if (targets.length !== 1) {
      unsupportedRef = Number(group);
      return '';
    }
    return `\\${targets[0]}`;
  });
  if (unsupportedRef !== null) {
    return {
      error: `A back reference to group ${unsupportedRef}, which several groups capture, is not supported.`,
      index: 0,
      kind: 'unsupported',
    };
  }
  return { source, flags: emitted.flags, groups: slots.table, groupOfJs: emitted.groupOfJs };
}

const cache = new Map<string, RegexTranslation>();
const CACHE_LIMIT = 500;

/** Translates (and caches) a pattern with its `RegexOptions`. */
export function translateRegex(pattern: string, options: number): RegexTranslation {
  const key = `${options}:${pattern}`;
  let result = cache.get(key);
  if (result !== undefined) return result;
  try {
    result = translate(pattern, options);
  } catch (error) {
    if (!(error instanceof RegexSyntaxError)) throw error;
    result = { error: error.reason, index: error.index, kind: error.kind };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** The message of the exception .NET throws for an invalid pattern. */
export function invalidPatternMessage(pattern: string, reason: string, index: number): string {
  return environment().dotnet === 'framework'
    ? `parsing "${pattern}" - ${reason}`
    : `Invalid pattern '${pattern}' at offset ${index}. ${reason}`;
}
