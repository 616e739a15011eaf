import type { EvaluateOptions } from '../compiler/evaluate-options.js';
import { environmentFor } from '../compiler/evaluate-options.js';
import type { Evaluate } from '../compiler/evaluation.js';
import { dynamicTypeOf } from '../model/runtime-types.js';
import { runtimeTypeName } from '../model/types.js';
import { createContext } from '../runtime/apim/create-context.js';
import { enterEnvironment, leaveEnvironment } from '../runtime/environment.js';
import { DotnetException } from '../runtime/exceptions.js';
import { toDotnetString } from '../runtime/text/to-string.js';
import type { ConformanceCase } from './case.js';

/** The instant `DateTime.UtcNow` gives in a case that does not set one. */
export const DEFAULT_NOW = '2024-01-15T10:30:00Z';

/** The policy expression text of a case: `@(...)` around an expression, a block as written. */
export function sourceOf(testCase: ConformanceCase): string {
  const text = testCase.expression.trim();
  return text.startsWith('@{') || text.startsWith('@(') ? text : `@(${text})`;
}

export function optionsOf(testCase: ConformanceCase): EvaluateOptions {
  const environment = testCase.environment ?? {};
  // Deterministic, and different on every call, as `Guid.NewGuid()` is.
  let guids = 0;
  return {
    now: Date.parse(environment.now ?? DEFAULT_NOW),
    timeZone: environment.timeZone ?? 'UTC',
    culture: environment.culture ?? 'en-US',
    dotnet: environment.dotnet ?? 'framework',
    newGuid: () => {
      guids++;
      return Uint8Array.from({ length: 16 }, (_, index) => (index * 17 + guids) & 0xff);
    },
    random: () => 0.5,
  };
}

/** What an evaluation gave, in the terms cases state expectations in. */
export type Outcome =
  | { readonly kind: 'value'; readonly text: string | null; readonly type: string | null }
  | { readonly kind: 'throws'; readonly type: string; readonly message: string };

/** Runs a compiled case and describes the result. Errors that are not .NET exceptions propagate. */
export function runCase(evaluate: Evaluate, testCase: ConformanceCase): Outcome {
  const options = optionsOf(testCase);
  // The context is built inside the case's environment: its clock stamps the request.
  const context =
    testCase.context === undefined ? {} : withOptions(options, () => createContext(testCase.context));
  try {
    const value = evaluate(context, options);
    if (value === null) return { kind: 'value', text: null, type: null };
    // `ToString()` of the result runs outside the evaluation, so in the case's environment here.
    const text = withOptions(options, () => toDotnetString(value));
    return { kind: 'value', text, type: runtimeTypeName(dynamicTypeOf(value)) };
  } catch (error) {
    if (error instanceof DotnetException) return { kind: 'throws', type: error.type, message: error.message };
    throw error;
  }
}

function withOptions<T>(options: EvaluateOptions, body: () => T): T {
  const previous = enterEnvironment(environmentFor(options));
  try {
    return body();
  } finally {
    leaveEnvironment(previous);
  }
}

/** Compares an outcome with the case's expectation: null when they agree, else what differs. */
export function mismatch(testCase: ConformanceCase, outcome: Outcome): string | null {
  if (testCase.throws !== undefined) {
    if (outcome.kind !== 'throws')
      return `expected ${testCase.throws}, got value ${JSON.stringify(outcome.text)}`;
    if (outcome.type !== testCase.throws)
      return `expected ${testCase.throws}, got ${outcome.type}: ${outcome.message}`;
    if (testCase.message !== undefined && normalise(outcome.message) !== normalise(testCase.message))
      return `expected message ${JSON.stringify(testCase.message)}, got ${JSON.stringify(outcome.message)}`;
    return null;
  }
  if (outcome.kind === 'throws')
    return `expected ${JSON.stringify(testCase.expect)}, got ${outcome.type}: ${outcome.message}`;
  if (outcome.text !== (testCase.expect ?? null))
    return `expected ${JSON.stringify(testCase.expect)}, got ${JSON.stringify(outcome.text)}`;
  if (testCase.type !== undefined && outcome.type !== testCase.type)
    return `expected type ${testCase.type}, got ${outcome.type}`;
  return null;
}

/** .NET Framework on Windows ends message lines with CRLF; cases may be written either way. */
function normalise(message: string): string {
  return message.replaceAll('\r\n', '\n');
}
