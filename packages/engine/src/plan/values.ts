import { type CompiledExpression, dotnetTypeNameOf, toDotnetString } from '@apim-policy/expressions';
import { expressionFailure } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';

/** How a policy reads a value: as text, a Boolean, a whole number, or the object itself. */
export type ValueKind = 'string' | 'bool' | 'int' | 'object';

type KindType = { string: string; bool: boolean; int: number; object: unknown };

/**
 * An attribute value or element text of a compiled policy: a literal, or an expression evaluated
 * each time the policy runs. `expression` is null for a literal.
 */
export interface Value<T> {
  readonly expression: CompiledExpression | null;
  /** The literal text (null for an expression). */
  readonly literal: string | null;
  get(state: RunState): T;
}

/** A literal converted once, at compile time (the catalog has validated its form). */
export function literalValue<K extends ValueKind>(kind: K, text: string): Value<KindType[K]> {
  const value = convertLiteral(kind, text) as KindType[K];
  return { expression: null, literal: text, get: () => value };
}

function convertLiteral(kind: ValueKind, text: string): unknown {
  switch (kind) {
    case 'bool':
      return text.trim().toLowerCase() === 'true';
    case 'int':
      return Number.parseInt(text.trim(), 10);
    default:
      // A literal value is a System.String (set-variable stores it as one).
      return text;
  }
}

/** An expression evaluated when the policy runs, its value converted as the policy reads it. */
export function expressionValue<K extends ValueKind>(
  kind: K,
  compiled: CompiledExpression,
): Value<KindType[K]> {
  const convert = converters[kind] as (value: unknown) => KindType[K];
  return {
    expression: compiled,
    literal: null,
    get: (state) => convert(state.evaluate(compiled)),
  };
}

function cannotConvert(value: unknown, to: string): never {
  throw expressionFailure(`Unable to cast object of type '${dotnetTypeNameOf(value)}' to type '${to}'.`);
}

const converters: { [K in ValueKind]: (value: unknown) => KindType[K] } = {
  // Text contexts (header values, bodies, reasons) take the value's .NET ToString(); null is empty.
  string: (value) => (typeof value === 'string' ? value : value === null ? '' : toDotnetString(value)),
  bool: (value) => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value))
      return value.trim().toLowerCase() === 'true';
    return cannotConvert(value, 'System.Boolean');
  },
  int: (value) => {
    if (typeof value === 'number') return value;
    if (typeof value === 'bigint' && value >= -2147483648n && value <= 2147483647n) return Number(value);
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) {
      const parsed = Number.parseInt(value, 10);
      if (parsed >= -2147483648 && parsed <= 2147483647) return parsed;
    }
    return cannotConvert(value, 'System.Int32');
  },
  object: (value) => value,
};
