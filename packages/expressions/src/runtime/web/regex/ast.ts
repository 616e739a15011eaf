import type { CharSet } from './char-set.js';

/** `System.Text.RegularExpressions.RegexOptions`. */
export const RegexOptions = {
  None: 0,
  IgnoreCase: 1,
  Multiline: 2,
  ExplicitCapture: 4,
  Compiled: 8,
  Singleline: 16,
  IgnorePatternWhitespace: 32,
  RightToLeft: 64,
  ECMAScript: 256,
  CultureInvariant: 512,
} as const;

/**
 * The tree of a .NET regular expression, close to .NET's own `RegexNode` kinds. Character
 * matches carry the set of code units they accept, with case-insensitivity already applied.
 */
export type RegexNode =
  | { readonly kind: 'set'; readonly set: CharSet; readonly ignoreCase: boolean }
  | { readonly kind: 'anchor'; readonly anchor: Anchor }
  | { readonly kind: 'ref'; readonly group: number; readonly ignoreCase: boolean }
  | { readonly kind: 'capture'; readonly group: number; readonly body: RegexNode }
  | { readonly kind: 'group'; readonly body: RegexNode }
  | { readonly kind: 'look'; readonly ahead: boolean; readonly negate: boolean; readonly body: RegexNode }
  | { readonly kind: 'atomic'; readonly body: RegexNode }
  | {
      readonly kind: 'loop';
      readonly min: number;
      readonly max: number;
      readonly lazy: boolean;
      readonly body: RegexNode;
    }
  | { readonly kind: 'concat'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alternate'; readonly items: readonly RegexNode[] }
  /** A construct .NET has and JavaScript cannot express (balancing group, conditional). */
  | { readonly kind: 'unsupported'; readonly what: string; readonly index: number };

export type Anchor =
  | 'bol' // ^ with Multiline
  | 'eol' // $ with Multiline
  | 'beginning' // \A, ^
  | 'start' // \G
  | 'endZ' // \Z, $
  | 'end' // \z
  | 'boundary' // \b
  | 'nonBoundary' // \B
  | 'ecmaBoundary'
  | 'nonEcmaBoundary';

/** The groups of a pattern: numbers in order, and names (numbers as text for unnamed ones). */
export interface GroupTable {
  /** Group numbers in ascending order, 0 first. */
  readonly numbers: readonly number[];
  /** The name of each group number. */
  readonly names: ReadonlyMap<number, string>;
  /** The number of each named group. */
  readonly byName: ReadonlyMap<string, number>;
}

export const INFINITE = 0x7fffffff;
