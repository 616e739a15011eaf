import type { Condition, Expression, FilterCall, FilteredExpression, PathSegment } from './ast.js';
import type { ComparisonOperator } from './compare.js';
import type { DiagnosticSink } from './diagnostics.js';
import { findFilter, similarFilter } from './filters/registry.js';
import { MarkupError } from './markup-lexer.js';
import { type MarkupReader, unexpected } from './markup-reader.js';
import { BLANK, EMPTY } from './values.js';

const KEYWORDS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['true', true],
  ['false', false],
  ['nil', null],
  ['null', null],
  ['empty', EMPTY],
  ['blank', BLANK],
]);

const OPERATORS = new Set<string>(['==', '!=', '<>', '<', '>', '<=', '>=', 'contains']);

/** A value: a literal, a range `(a..b)` or a variable with `.member` and `[index]` parts. */
export function parseExpression(reader: MarkupReader): Expression {
  const token = reader.next('a value');
  if (token.kind === 'string' || token.kind === 'number') return { kind: 'literal', value: token.value };
  if (token.kind === 'identifier' && KEYWORDS.has(token.text)) {
    return { kind: 'literal', value: KEYWORDS.get(token.text) };
  }
  if (token.kind === 'symbol' && token.text === '(') {
    const from = parseExpression(reader);
    reader.expectSymbol('..');
    const to = parseExpression(reader);
    reader.expectSymbol(')');
    return { kind: 'range', from, to };
  }
  let root: string | Expression;
  if (token.kind === 'identifier') root = token.text;
  else if (token.kind === 'symbol' && token.text === '[') {
    root = parseExpression(reader);
    reader.expectSymbol(']');
  } else throw unexpected(token, 'a value');
  const path: PathSegment[] = [];
  for (;;) {
    if (reader.accept('.')) {
      path.push({ kind: 'member', name: reader.expectIdentifier('a member name').text });
    } else if (reader.accept('[')) {
      path.push({ kind: 'index', key: parseExpression(reader) });
      reader.expectSymbol(']');
    } else break;
  }
  return { kind: 'variable', root, path };
}

/**
 * `| Filter: arg, arg | Filter …` up to the end of the markup. Filters that API Management does
 * not have are reported as `liquid-unsupported-filter`, wrong numbers of arguments as syntax
 * errors; reading goes on after both.
 */
export function parseFilters(reader: MarkupReader, sink: DiagnosticSink): FilterCall[] {
  const filters: FilterCall[] = [];
  while (!reader.atEnd()) {
    reader.expectSymbol('|');
    const name = reader.expectIdentifier('a filter name');
    const args: Expression[] = [];
    if (reader.accept(':')) {
      do {
        const token = reader.peek();
        if (token?.kind === 'identifier' && reader.isSymbol(':', 1)) {
          throw new MarkupError(
            `Named filter arguments ('${token.text}:') are not supported.`,
            token.start,
            token.end,
          );
        }
        args.push(parseExpression(reader));
      } while (reader.accept(','));
    }
    const filter = findFilter(name.text);
    if (filter === undefined) {
      const similar = similarFilter(name.text);
      const hint = similar === undefined ? '' : ` Did you mean '${similar.name}'?`;
      sink.report(
        'liquid-unsupported-filter',
        `The filter '${name.text}' is not supported by API Management's Liquid.${hint}`,
        name.start,
        name.end,
      );
      continue;
    }
    if (args.length < filter.minArgs || args.length > filter.maxArgs) {
      const expected =
        filter.minArgs === filter.maxArgs ? `${filter.minArgs}` : `${filter.minArgs} to ${filter.maxArgs}`;
      sink.syntax(
        `The filter '${name.text}' takes ${expected} argument${filter.maxArgs === 1 ? '' : 's'}, not ${args.length}.`,
        name.start,
        reader.position,
      );
      continue;
    }
    filters.push({ filter, args });
  }
  return filters;
}

/** `value | filters`, the markup of `{{ }}` and of `assign`'s right side. */
export function parseFilteredExpression(reader: MarkupReader, sink: DiagnosticSink): FilteredExpression {
  const value = parseExpression(reader);
  return { value, filters: parseFilters(reader, sink) };
}

function parseComparison(reader: MarkupReader): Condition {
  const left = parseExpression(reader);
  const token = reader.peek();
  const isOperator =
    token !== undefined &&
    ((token.kind === 'symbol' && OPERATORS.has(token.text)) ||
      (token.kind === 'identifier' && token.text === 'contains'));
  if (!isOperator) return { kind: 'test', left, operator: null, right: null };
  reader.next('an operator');
  return { kind: 'test', left, operator: token.text as ComparisonOperator, right: parseExpression(reader) };
}

/** A condition: comparisons joined by `and` / `or`, grouped from the right as Liquid does. */
export function parseCondition(reader: MarkupReader): Condition {
  const left = parseComparison(reader);
  if (reader.isWord('and') || reader.isWord('or')) {
    const kind = reader.next('and/or').text as 'and' | 'or';
    return { kind, left, right: parseCondition(reader) };
  }
  return left;
}
