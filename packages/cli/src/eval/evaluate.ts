import { compilePolicy, type DotnetExceptionInfo } from '@apim-policy/engine';
import { type Diagnostic, dotnetTypeNameOf, toDotnetString } from '@apim-policy/expressions';
import type { RequestInputs } from '../context/request-options.js';
import { EVAL_VARIABLE, wrapExpression } from './wrap-expression.js';

/** The URL an evaluation's request has when none is given. */
export const DEFAULT_URL = 'https://contoso.azure-api.net/';

/** What evaluating an expression gave. */
export type EvaluationResult =
  | { readonly kind: 'value'; readonly value: unknown; readonly type: string | null; readonly text: string }
  | { readonly kind: 'exception'; readonly exception: DotnetExceptionInfo }
  /** Diagnostics of the expression, at lines and columns of its text. */
  | { readonly kind: 'invalid'; readonly diagnostics: readonly Diagnostic[] };

/**
 * Evaluates one `@(...)` or `@{...}` as a policy would: the expression is the value of a
 * `set-variable` in a one-policy document that the engine loads (named values substituted,
 * validated, compiled) and runs on the request the inputs describe, so the context, the
 * certificate checks (`Verify()` prepared against `--ca` and `--crl`) and the conversions are the
 * engine's own. A compile error, or an exception the expression throws, is the result.
 */
export async function evaluateExpression(
  expression: string,
  inputs: RequestInputs,
): Promise<EvaluationResult> {
  const wrapped = wrapExpression(expression);
  const policy = compilePolicy(wrapped.policy, {
    file: 'expression',
    defaultGlobal: false,
    deployment: inputs.deployment,
    ...(inputs.namedValues === undefined ? {} : { namedValues: inputs.namedValues }),
  });
  if (!policy.ok) {
    return {
      kind: 'invalid',
      diagnostics: policy.diagnostics.map(wrapped.place),
    };
  }
  const outcome = await policy.run(
    {
      url: inputs.url ?? DEFAULT_URL,
      ...(inputs.method === undefined ? {} : { method: inputs.method }),
      ...(inputs.clientIp === undefined ? {} : { clientIp: inputs.clientIp }),
      headers: inputs.headers,
      certificate: inputs.certificate ?? null,
    },
    { variables: inputs.variables, ...(inputs.now === undefined ? {} : { now: inputs.now }) },
  );
  if (outcome.lastError !== null) {
    const failure = outcome.trace.find((entry) => entry.kind === 'error');
    const exception = failure?.data?.exception as DotnetExceptionInfo | undefined;
    return {
      kind: 'exception',
      exception: exception ?? { type: outcome.lastError.reason, message: outcome.lastError.message },
    };
  }
  const value = outcome.variables[EVAL_VARIABLE] ?? null;
  return {
    kind: 'value',
    value,
    type: value === null ? null : dotnetTypeNameOf(value),
    text: value === null ? '' : toDotnetString(value),
  };
}

/** A value as JSON: strings, booleans and numbers as they are, JSON objects as JSON, others as .NET prints them. */
export function valueAsJson(value: unknown, type: string | null, text: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : text;
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : text;
  if (type?.startsWith('Newtonsoft.Json.Linq.')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      return text;
    }
  }
  return text;
}
