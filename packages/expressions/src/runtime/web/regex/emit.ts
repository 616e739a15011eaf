import type { Anchor, RegexNode } from './ast.js';
import { INFINITE } from './ast.js';
import type { CharSet } from './char-set.js';
import { RegexSyntaxError } from './syntax-error.js';
import { boundaryWordSet } from './unicode-categories.js';

/**
 * Writes a .NET regular expression tree as a JavaScript `RegExp` source. No `u`, `m`, `s` or
 * (usually) `i` flag is used: JavaScript then matches UTF-16 code units as .NET does, and the
 * source spells out .NET's meaning of `.`, `^`, `$`, `\b`, `\d`, `\w`, `\s` and of
 * case-insensitivity. JavaScript group numbers differ from .NET's (named groups come last in
 * .NET, atomic groups need a helper group here), so the mapping is returned too.
 */
export interface Emitted {
  readonly source: string;
  readonly flags: string;
  /** For each JavaScript group (index 1 up), the .NET group number it captures, or -1. */
  readonly groupOfJs: readonly number[];
}

/**
 * Back references are written with these markers around the .NET group number and resolved once
 * every group is numbered. Emitted sources never contain them otherwise: non-ASCII characters
 * are always written as `\\u` escapes.
 */
export const REF_OPEN = '\ue000';
export const REF_CLOSE = '\ue001';

const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/', '-']);

function unitSource(unit: number, inClass: boolean): string {
  const ch = String.fromCharCode(unit);
  if (/[A-Za-z0-9_ !"#%&',:;<=>@`~]/.test(ch)) return ch;
  if (ch === '-') return inClass ? '\\-' : '-';
  if (SYNTAX.has(ch)) return `\\${ch}`;
  if (unit === 0x0a) return '\\n';
  if (unit === 0x0d) return '\\r';
  if (unit === 0x09) return '\\t';
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

function rangesSource(ranges: readonly [number, number][]): string {
  return ranges
    .map(([first, last]) => {
      if (first === last) return unitSource(first, true);
      if (last === first + 1) return unitSource(first, true) + unitSource(last, true);
      return `${unitSource(first, true)}-${unitSource(last, true)}`;
    })
    .join('');
}

const setSources = new WeakMap<CharSet, string>();

/** A set as a single character or a class, whichever of the class and its complement is shorter. */
export function setSource(set: CharSet): string {
  const cached = setSources.get(set);
  if (cached !== undefined) return cached;
  const ranges = set.ranges();
  let source: string;
  if (ranges.length === 0) source = '[^\\s\\S]';
  else if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === 0xffff) source = '[\\s\\S]';
  else if (ranges.length === 1 && ranges[0]![0] === ranges[0]![1]) source = unitSource(ranges[0]![0], false);
  else {
    const complement = set.negated().ranges();
    source =
      complement.length < ranges.length ? `[^${rangesSource(complement)}]` : `[${rangesSource(ranges)}]`;
  }
  setSources.set(set, source);
  return source;
}

function anchorSource(anchor: Anchor): string {
  switch (anchor) {
    case 'beginning':
      return '^';
    case 'end':
      return '$';
    case 'endZ':
      return '(?=\\n?$)';
    case 'bol':
      return '(?<![^\\n])';
    case 'eol':
      return '(?![^\\n])';
    case 'ecmaBoundary':
      return '\\b';
    case 'nonEcmaBoundary':
      return '\\B';
    case 'boundary': {
      const w = setSource(boundaryWordSet());
      return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    }
    case 'nonBoundary': {
      const w = setSource(boundaryWordSet());
      return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
    }
    case 'start':
      return '';
  }
}

interface Piece {
  readonly source: string;
  /** Can take a quantifier as it is. */
  readonly atom: boolean;
}

export class Emitter {
  readonly #groupOfJs: number[] = [];
  readonly #jsOfGroup = new Map<number, number[]>();

  constructor(
    /** The pattern starts with `\G`, which the `y` flag expresses. */
    readonly sticky: boolean,
  ) {}

  emit(root: RegexNode, caseInsensitiveRefs: boolean): Emitted {
    const body = this.#emit(root, true).source;
    return {
      source: body,
      flags: `dg${caseInsensitiveRefs ? 'i' : ''}${this.sticky ? 'y' : ''}`,
      groupOfJs: this.#groupOfJs,
    };
  }

  #newGroup(dotnet: number): number {
    this.#groupOfJs.push(dotnet);
    const js = this.#groupOfJs.length;
    if (dotnet >= 0) {
      const list = this.#jsOfGroup.get(dotnet) ?? [];
      list.push(js);
      this.#jsOfGroup.set(dotnet, list);
    }
    return js;
  }

  /** The JavaScript groups of every .NET group, once the whole tree is emitted. */
  get jsOfGroup(): ReadonlyMap<number, readonly number[]> {
    return this.#jsOfGroup;
  }

  #emit(node: RegexNode, top = false): Piece {
    switch (node.kind) {
      case 'set':
        return { source: setSource(node.set), atom: true };
      case 'anchor':
        if (node.anchor === 'start')
          throw new RegexSyntaxError('unsupported', '\\G other than at the start of the pattern', 0);
        return { source: anchorSource(node.anchor), atom: false };
      case 'ref':
        return { source: `(?:${REF_OPEN}${node.group}${REF_CLOSE})`, atom: true };
      case 'capture': {
        this.#newGroup(node.group);
        return { source: `(${this.#emit(node.body).source})`, atom: true };
      }
      case 'group':
        return { source: `(?:${this.#emit(node.body).source})`, atom: true };
      case 'look': {
        const body = this.#emit(node.body).source;
        const open = node.ahead ? (node.negate ? '(?!' : '(?=') : node.negate ? '(?<!' : '(?<=';
        return { source: `${open}${body})`, atom: false };
      }
      case 'atomic': {
        const js = this.#newGroup(-1);
        return { source: `(?:(?=(${this.#emit(node.body).source}))\\${js})`, atom: true };
      }
      case 'loop': {
        const body = this.#emit(node.body);
        const operand = body.atom ? body.source : `(?:${body.source})`;
        return { source: operand + quantifier(node.min, node.max, node.lazy), atom: false };
      }
      case 'concat': {
        const parts = node.items.map((item) => {
          const piece = this.#emit(item);
          return item.kind === 'alternate' ? `(?:${piece.source})` : piece.source;
        });
        return { source: parts.join(''), atom: false };
      }
      case 'alternate': {
        const source = node.items.map((item) => this.#emit(item).source).join('|');
        return { source: top ? source : `(?:${source})`, atom: !top };
      }
      case 'unsupported':
        throw new RegexSyntaxError('unsupported', node.what, node.index);
    }
  }
}

function quantifier(min: number, max: number, lazy: boolean): string {
  let text: string;
  if (min === 0 && max === INFINITE) text = '*';
  else if (min === 1 && max === INFINITE) text = '+';
  else if (min === 0 && max === 1) text = '?';
  else if (max === INFINITE) text = `{${min},}`;
  else if (min === max) text = `{${min}}`;
  else text = `{${min},${max}}`;
  return lazy ? `${text}?` : text;
}
