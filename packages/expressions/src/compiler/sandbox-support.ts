import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { runtimeType } from '../model/runtime-types.js';
import { createContext } from '../runtime/apim/create-context.js';
import { BudgetExceeded, DotnetException } from '../runtime/exceptions.js';
import { compileWithCodegen } from './codegen/codegen-backend.js';
import { checkExpression } from './compile.js';
import { wrapEvaluator } from './evaluation.js';

/** What the sandbox tests learn from one expression. */
export interface SandboxResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly compiled: boolean;
  /** The value, or the .NET exception's type, of an evaluation against an empty context. */
  readonly value: unknown;
  /** Identifiers of the generated code that are none of the names it may use. */
  readonly strayIdentifiers: readonly string[];
}

/** Names generated code may use besides its numbered variables (`l3`, `t0`, `s1`, `f2`, `g4`, `L5`, `p6`). */
const allowed = new Set([
  'use',
  'strict',
  'const',
  'let',
  'return',
  'function',
  'evaluate',
  'context',
  'h',
  'm',
  'if',
  'else',
  'for',
  'of',
  'while',
  'do',
  'break',
  'continue',
  'switch',
  'case',
  'default',
  'try',
  'catch',
  'finally',
  'throw',
  'true',
  'false',
  'null',
  'NaN',
  'Infinity',
  'caught',
  'Math',
  'imul',
  'fround',
  'BigInt',
  'asIntN',
  'asUintN',
  'value',
  'length',
  'charCodeAt',
  'defaultValue',
  'isInstance',
  'unbox',
  'values',
]);
const numbered = /^[ltsfgLp]\d+$/;

/** Identifiers of generated source outside string literals and not after a `.`. */
export function strayIdentifiers(source: string): string[] {
  const code = source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const stray: string[] = [];
  for (const match of code.matchAll(/(\.?)\b([A-Za-z_$][\w$]*)/g)) {
    const [, dot, name] = match;
    if (dot === '.' || allowed.has(name!) || numbered.test(name!)) continue;
    if (/^\d/.test(name!)) continue;
    stray.push(name!);
  }
  return stray;
}

/** Checks an expression; when it compiles, runs it against an empty context. */
export function checkWithCodegen(source: string): SandboxResult {
  const checked = checkExpression(source);
  if (checked.bound === null) {
    return { diagnostics: checked.diagnostics, compiled: false, value: undefined, strayIdentifiers: [] };
  }
  const generated = compileWithCodegen(checked.bound);
  const evaluate = wrapEvaluator(generated.evaluate, runtimeType(checked.bound.resultType));
  let value: unknown;
  try {
    value = evaluate(createContext(), { budget: 1000 });
  } catch (error) {
    // .NET exceptions and the budget are normal outcomes of fuzzed code; anything else is a defect.
    if (error instanceof DotnetException) value = error.type;
    else if (error instanceof BudgetExceeded) value = 'BudgetExceeded';
    else throw error;
  }
  return {
    diagnostics: checked.diagnostics,
    compiled: true,
    value,
    strayIdentifiers: strayIdentifiers(generated.source),
  };
}
