import type { Condition, Expression, FilteredExpression } from './ast.js';
import { compare } from './compare.js';
import { LiquidRenderError } from './errors.js';
import type { FilterEnvironment } from './filters/definition.js';
import { isNil, isTruthy, LiquidKeyword, lookUpMember, numberOf, parseNumber, toText } from './values.js';

/** Ranges longer than this fail the render rather than exhaust memory. */
const MAX_RANGE = 1_000_000;

/**
 * Variables while rendering: the scopes of `for` loops (innermost last) over the template's own
 * variables (`assign`, `capture`), over the model.
 */
export class RenderScope {
  readonly #model: Readonly<Record<string, unknown>>;
  readonly #scopes: Map<string, unknown>[] = [new Map()];
  readonly env: FilterEnvironment;

  constructor(model: Readonly<Record<string, unknown>>, env: FilterEnvironment) {
    this.#model = model;
    this.env = env;
  }

  lookUp(name: string): unknown {
    for (let i = this.#scopes.length - 1; i >= 0; i--) {
      const scope = this.#scopes[i]!;
      if (scope.has(name)) return scope.get(name);
    }
    return Object.hasOwn(this.#model, name) ? this.#model[name] : undefined;
  }

  /** `assign` and `capture` set the template's variables, visible after any loop they are in. */
  assign(name: string, value: unknown): void {
    this.#scopes[0]!.set(name, value);
  }

  /** Runs `body` with the loop's own variables in scope. */
  withScope<T>(variables: Map<string, unknown>, body: () => T): T {
    this.#scopes.push(variables);
    try {
      return body();
    } finally {
      this.#scopes.pop();
    }
  }
}

/** An integer for a range bound, `limit:` or `offset:`. */
export function integerValue(value: unknown, what: string): number {
  const number = numberOf(value) ?? (typeof value === 'string' ? parseNumber(value) : undefined);
  if (number === undefined || !Number.isFinite(number)) {
    throw new LiquidRenderError(`${what} must be a number, not '${toText(value)}'.`);
  }
  return Math.trunc(number);
}

function range(from: number, to: number): number[] {
  if (to - from + 1 > MAX_RANGE) {
    throw new LiquidRenderError(`The range (${from}..${to}) has more than ${MAX_RANGE} items.`);
  }
  const items: number[] = [];
  for (let i = from; i <= to; i++) items.push(i);
  return items;
}

export function evaluate(expression: Expression, scope: RenderScope): unknown {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'range':
      return range(
        integerValue(evaluate(expression.from, scope), 'A range start'),
        integerValue(evaluate(expression.to, scope), 'A range end'),
      );
    case 'variable': {
      const root = expression.root;
      let value = scope.lookUp(typeof root === 'string' ? root : toText(evaluate(root, scope)));
      for (const segment of expression.path) {
        if (isNil(value)) return undefined;
        value =
          segment.kind === 'member'
            ? lookUpMember(value, segment.name, true)
            : lookUpMember(value, evaluate(segment.key, scope), false);
      }
      return value;
    }
  }
}

/** The keywords `empty` and `blank` reach filters as empty text. */
function filterValue(value: unknown): unknown {
  return value instanceof LiquidKeyword ? '' : value;
}

export function evaluateFiltered(expression: FilteredExpression, scope: RenderScope): unknown {
  let value = evaluate(expression.value, scope);
  for (const { filter, args } of expression.filters) {
    const values = args.map((arg) => filterValue(evaluate(arg, scope)));
    value = filter.apply(filterValue(value), values, scope.env);
  }
  return value;
}

export function evaluateCondition(condition: Condition, scope: RenderScope): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluateCondition(condition.left, scope) && evaluateCondition(condition.right, scope);
    case 'or':
      return evaluateCondition(condition.left, scope) || evaluateCondition(condition.right, scope);
    case 'test': {
      const left = evaluate(condition.left, scope);
      if (condition.operator === null || condition.right === null) return isTruthy(left);
      return compare(left, condition.operator, evaluate(condition.right, scope));
    }
  }
}
