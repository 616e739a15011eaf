import { format, overflow } from '../../exceptions.js';
import { JValue } from '../j-value.js';
import { jsonException } from '../json-exceptions.js';
import { boxDouble } from '../json-values.js';
import type { PathFilter } from './filters.js';
import {
  BooleanQueryExpression,
  CompositeExpression,
  type QueryExpression,
  type QueryOperator,
  type QuerySide,
} from './query.js';

const isDigit = (c: string) => /\p{Nd}/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);

/** `Convert.ToInt32(text, CultureInfo.InvariantCulture)` for an index. */
function toInt32(text: string): number {
  const trimmed = text.trim();
  if (!/^[-+]?[0-9]+$/.test(trimmed)) throw format('Input string was not in a correct format.');
  const value = Number(trimmed);
  if (value > 2147483647 || value < -2147483648)
    throw overflow('Value was either too large or too small for an Int32.');
  return value;
}

/**
 * `Newtonsoft.Json.Linq.JsonPath.JPath`: parses a JSONPath as Newtonsoft does (its syntax and
 * its error messages), into the filters `evaluate` runs.
 */
export class JPathParser {
  readonly #expression: string;
  #index = 0;
  readonly filters: PathFilter[] = [];

  constructor(expression: string) {
    this.#expression = expression;
    this.#parseMain();
  }

  #at(i = this.#index): string {
    return this.#expression[i] ?? '';
  }

  #parseMain(): void {
    let partStart = this.#index;
    this.#eatWhitespace();
    if (this.#expression.length === this.#index) return;
    if (this.#at() === '$') {
      if (this.#expression.length === 1) return;
      const c = this.#at(this.#index + 1);
      if (c === '.' || c === '[') {
        this.#index++;
        partStart = this.#index;
      }
    }
    if (!this.#parsePath(this.filters, partStart, false)) {
      const last = this.#index;
      this.#eatWhitespace();
      if (this.#index < this.#expression.length) {
        throw jsonException(`Unexpected character while parsing path: ${this.#at(last)}`);
      }
    }
  }

  #member(start: number, end: number): string | null {
    const member = this.#expression.slice(start, end);
    return member === '*' ? null : member;
  }

  #parsePath(filters: PathFilter[], partStartIndex: number, query: boolean): boolean {
    let partStart = partStartIndex;
    let scan = false;
    let followingIndexer = false;
    let followingDot = false;
    let ended = false;
    while (this.#index < this.#expression.length && !ended) {
      const c = this.#at();
      switch (c) {
        case '[':
        case '(':
          if (this.#index > partStart) {
            filters.push(pathFilter(this.#member(partStart, this.#index), scan));
            scan = false;
          }
          filters.push(this.#parseIndexer(c, scan));
          scan = false;
          this.#index++;
          partStart = this.#index;
          followingIndexer = true;
          followingDot = false;
          break;
        case ']':
        case ')':
          ended = true;
          break;
        case ' ':
          ended = true;
          break;
        case '.':
          if (this.#index > partStart) {
            filters.push(pathFilter(this.#member(partStart, this.#index), scan));
            scan = false;
          }
          if (this.#index + 1 < this.#expression.length && this.#at(this.#index + 1) === '.') {
            scan = true;
            this.#index++;
          }
          this.#index++;
          partStart = this.#index;
          followingIndexer = false;
          followingDot = true;
          break;
        default:
          if (query && '=<!>|&'.includes(c)) ended = true;
          else {
            if (followingIndexer) throw jsonException(`Unexpected character following indexer: ${c}`);
            this.#index++;
          }
          break;
      }
    }
    const atPathEnd = this.#index === this.#expression.length;
    if (this.#index > partStart) {
      const member = this.#expression.slice(partStart, this.#index).trimEnd();
      filters.push(pathFilter(member === '*' ? null : member, scan));
    } else if (followingDot && (atPathEnd || query)) {
      throw jsonException('Unexpected end while parsing path.');
    }
    return atPathEnd;
  }

  #parseIndexer(open: string, scan: boolean): PathFilter {
    this.#index++;
    const close = open === '[' ? ']' : ')';
    this.#ensureLength('Path ended with open indexer.');
    this.#eatWhitespace();
    if (this.#at() === "'") return this.#parseQuotedField(close, scan);
    if (this.#at() === '?') return this.#parseQuery(close, scan);
    return this.#parseArrayIndexer(close);
  }

  #parseArrayIndexer(close: string): PathFilter {
    let start = this.#index;
    let end: number | null = null;
    let indexes: number[] | null = null;
    let colonCount = 0;
    let startIndex: number | null = null;
    let endIndex: number | null = null;
    let step: number | null = null;
    while (this.#index < this.#expression.length) {
      const c = this.#at();
      if (c === ' ') {
        end = this.#index;
        this.#eatWhitespace();
        continue;
      }
      const length = (end ?? this.#index) - start;
      const text = () => this.#expression.slice(start, start + length);
      if (c === close) {
        if (indexes !== null) {
          if (length === 0) throw jsonException('Array index expected.');
          indexes.push(toInt32(text()));
          return { kind: 'indexes', indexes };
        }
        if (colonCount > 0) {
          if (length > 0) {
            const index = toInt32(text());
            if (colonCount === 1) endIndex = index;
            else step = index;
          }
          return { kind: 'slice', start: startIndex, end: endIndex, step };
        }
        if (length === 0) throw jsonException('Array index expected.');
        return { kind: 'index', index: toInt32(text()) };
      }
      if (c === ',') {
        if (length === 0) throw jsonException('Array index expected.');
        indexes ??= [];
        indexes.push(toInt32(text()));
        this.#index++;
        this.#eatWhitespace();
        start = this.#index;
        end = null;
      } else if (c === '*') {
        this.#index++;
        this.#ensureLength('Path ended with open indexer.');
        this.#eatWhitespace();
        if (this.#at() !== close)
          throw jsonException(`Unexpected character while parsing path indexer: ${c}`);
        return { kind: 'index', index: null };
      } else if (c === ':') {
        if (length > 0) {
          const index = toInt32(text());
          if (colonCount === 0) startIndex = index;
          else if (colonCount === 1) endIndex = index;
          else step = index;
        }
        colonCount++;
        this.#index++;
        this.#eatWhitespace();
        start = this.#index;
        end = null;
      } else if (!isDigit(c) && c !== '-') {
        throw jsonException(`Unexpected character while parsing path indexer: ${c}`);
      } else {
        if (end !== null) throw jsonException(`Unexpected character while parsing path indexer: ${c}`);
        this.#index++;
      }
    }
    throw jsonException('Path ended with open indexer.');
  }

  #eatWhitespace(): void {
    while (this.#index < this.#expression.length && this.#at() === ' ') this.#index++;
  }

  #parseQuery(close: string, scan: boolean): PathFilter {
    this.#index++;
    this.#ensureLength('Path ended with open indexer.');
    if (this.#at() !== '(')
      throw jsonException(`Unexpected character while parsing path indexer: ${this.#at()}`);
    this.#index++;
    const expression = this.#parseExpression();
    this.#index++;
    this.#ensureLength('Path ended with open indexer.');
    this.#eatWhitespace();
    if (this.#at() !== close)
      throw jsonException(`Unexpected character while parsing path indexer: ${this.#at()}`);
    return { kind: 'query', expression, scan };
  }

  #tryParseExpression(): PathFilter[] | null {
    let path: PathFilter[];
    if (this.#at() === '$') path = [{ kind: 'root' }];
    else if (this.#at() === '@') path = [];
    else return null;
    this.#index++;
    if (this.#parsePath(path, this.#index, true)) throw jsonException('Path ended with open query.');
    return path;
  }

  #unexpectedCharacter(): Error {
    return jsonException(`Unexpected character while parsing path query: ${this.#at()}`);
  }

  #parseSide(): QuerySide {
    this.#eatWhitespace();
    const path = this.#tryParseExpression();
    if (path !== null) {
      this.#eatWhitespace();
      this.#ensureLength('Path ended with open query.');
      return path;
    }
    const value = this.#tryParseValue();
    if (value.ok) {
      this.#eatWhitespace();
      this.#ensureLength('Path ended with open query.');
      return JValue.fromObject(value.value);
    }
    throw this.#unexpectedCharacter();
  }

  #parseExpression(): QueryExpression {
    let root: QueryExpression | null = null;
    let parent: CompositeExpression | null = null;
    while (this.#index < this.#expression.length) {
      const left = this.#parseSide();
      let right: QuerySide | null = null;
      let operator: QueryOperator;
      const c = this.#at();
      if (c === ')' || c === '|' || c === '&') operator = 'exists';
      else {
        operator = this.#parseOperator();
        right = this.#parseSide();
      }
      const expression = new BooleanQueryExpression(operator, left, right);
      if (this.#at() === ')') {
        if (parent !== null) {
          parent.expressions.push(expression);
          return root as QueryExpression;
        }
        return expression;
      }
      for (const [symbol, kind] of [
        ['&', 'and'],
        ['|', 'or'],
      ] as const) {
        if (this.#at() !== symbol) continue;
        if (!this.#match(symbol + symbol)) throw this.#unexpectedCharacter();
        let target: CompositeExpression | null = parent;
        if (target === null || target.operator !== kind) {
          const composite: CompositeExpression = new CompositeExpression(kind);
          target?.expressions.push(composite);
          target = composite;
          root ??= composite;
        }
        target.expressions.push(expression);
        parent = target;
      }
    }
    throw jsonException('Path ended with open query.');
  }

  #tryParseValue(): { ok: true; value: unknown } | { ok: false } {
    const c = this.#at();
    if (c === "'") return { ok: true, value: this.#readQuotedString() };
    if (isDigit(c) || c === '-') {
      let text = c;
      this.#index++;
      while (this.#index < this.#expression.length) {
        const next = this.#at();
        if (next === ' ' || next === ')') {
          if (/[.Ee]/.test(text)) {
            const d = Number(text.replaceAll(',', ''));
            return /^[-+]?[0-9,]*\.?[0-9]*([eE][-+]?[0-9]+)?$/.test(text) && !Number.isNaN(d)
              ? { ok: true, value: boxDouble(d) }
              : { ok: false };
          }
          if (!/^[-+]?[0-9]+$/.test(text)) return { ok: false };
          const l = BigInt(text);
          return l < -9223372036854775808n || l > 9223372036854775807n
            ? { ok: false }
            : { ok: true, value: l };
        }
        text += next;
        this.#index++;
      }
    } else if (c === 't') {
      if (this.#match('true')) return { ok: true, value: true };
    } else if (c === 'f') {
      if (this.#match('false')) return { ok: true, value: false };
    } else if (c === 'n') {
      if (this.#match('null')) return { ok: true, value: null };
    } else if (c === '/') {
      return { ok: true, value: this.#readRegexString() };
    }
    return { ok: false };
  }

  #readQuotedString(): string {
    let text = '';
    this.#index++;
    while (this.#index < this.#expression.length) {
      let c = this.#at();
      if (c === '\\' && this.#index + 1 < this.#expression.length) {
        this.#index++;
        c = this.#at();
        const escapes: Record<string, string> = {
          b: '\b',
          t: '\t',
          n: '\n',
          f: '\f',
          r: '\r',
          '\\': '\\',
          '"': '"',
          "'": "'",
          '/': '/',
        };
        const resolved = escapes[c];
        if (resolved === undefined) throw jsonException(`Unknown escape character: \\${c}`);
        text += resolved;
        this.#index++;
      } else if (c === "'") {
        this.#index++;
        return text;
      } else {
        this.#index++;
        text += c;
      }
    }
    throw jsonException('Path ended with an open string.');
  }

  #readRegexString(): string {
    const start = this.#index;
    this.#index++;
    while (this.#index < this.#expression.length) {
      const c = this.#at();
      if (c === '\\' && this.#index + 1 < this.#expression.length) this.#index += 2;
      else if (c === '/') {
        this.#index++;
        while (this.#index < this.#expression.length && isLetter(this.#at())) this.#index++;
        return this.#expression.slice(start, this.#index);
      } else this.#index++;
    }
    throw jsonException('Path ended with an open regex.');
  }

  #match(s: string): boolean {
    if (this.#expression.startsWith(s, this.#index)) {
      this.#index += s.length;
      return true;
    }
    return false;
  }

  #parseOperator(): QueryOperator {
    if (this.#index + 1 >= this.#expression.length) throw jsonException('Path ended with open query.');
    for (const operator of ['===', '==', '=~', '!==', '!=', '<=', '<', '>=', '>'] as const) {
      if (this.#match(operator)) return operator;
    }
    throw jsonException('Could not read query operator.');
  }

  #parseQuotedField(close: string, scan: boolean): PathFilter {
    let names: string[] | null = null;
    while (this.#index < this.#expression.length) {
      const name = this.#readQuotedString();
      this.#eatWhitespace();
      this.#ensureLength('Path ended with open indexer.');
      if (this.#at() === close) {
        if (names !== null) {
          names.push(name);
          return scan ? { kind: 'scan', names } : { kind: 'fields', names };
        }
        return pathFilter(name, scan);
      }
      if (this.#at() === ',') {
        this.#index++;
        this.#eatWhitespace();
        names ??= [];
        names.push(name);
      } else {
        throw jsonException(`Unexpected character while parsing path indexer: ${this.#at()}`);
      }
    }
    throw jsonException('Path ended with open indexer.');
  }

  #ensureLength(message: string): void {
    if (this.#index >= this.#expression.length) throw jsonException(message);
  }
}

/** `CreatePathFilter`: a field, or a scan (`..name`). */
function pathFilter(member: string | null, scan: boolean): PathFilter {
  return scan ? { kind: 'scan', names: member === null ? null : [member] } : { kind: 'field', name: member };
}
