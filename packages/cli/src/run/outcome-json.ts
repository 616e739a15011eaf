import type { Outcome } from '@apim-policy/engine';
import { dotnetTypeNameOf, toDotnetString } from '@apim-policy/expressions';
import { valueAsJson } from '../eval/evaluate.js';

/** A runtime value as JSON data: `{ value, type }`, as `eval --format json` prints it. */
function typed(value: unknown): { value: unknown; type: string | null } {
  if (value === null || value === undefined) return { value: null, type: null };
  const type = dotnetTypeNameOf(value);
  return { value: valueAsJson(value, type, toDotnetString(value)), type };
}

/** JSON-safe data: runtime objects (variables, trace values) become `{ value, type }`. */
function plain(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (typeof value === 'bigint') return typed(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return typed(value);
}

/** An outcome as JSON: the engine's data with variables as `{ value, type }`. */
export function outcomeAsJson(outcome: Outcome): unknown {
  return {
    ...(plain(outcome) as object),
    variables: Object.fromEntries(
      Object.entries(outcome.variables).map(([name, value]) => [name, typed(value)]),
    ),
  };
}
