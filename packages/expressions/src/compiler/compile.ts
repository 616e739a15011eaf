import '../model/library/index.js';
import type { PolicyExpression } from '../ast/nodes.js';
import { bindPolicyExpression } from '../binder/binder.js';
import type { BoundPolicyExpression } from '../binder/bound-tree.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { typeFromText } from '../model/registry.js';
import { runtimeType } from '../model/runtime-types.js';
import { displayType, type Type } from '../model/types.js';
import { type ParseOptions, parseExpression } from '../parser/parse.js';
import { compileWithClosures } from './closures/closure-backend.js';
import { compileWithCodegen } from './codegen/codegen-backend.js';
import type { Evaluate } from './evaluation.js';
import { wrapEvaluator } from './evaluation.js';
import { type CertificateNeed, certificateNeeds } from './needs.js';

/** Which backend turns the bound expression into something to run. */
export type Backend = 'codegen' | 'closures';

export interface CheckOptions extends ParseOptions {
  /**
   * The type the policy needs (`bool` for a `condition`, `string` for a header value), written
   * as in C#. The expression is converted to it, as API Management does.
   */
  readonly expectedType?: string;
}

export interface CompileOptions extends CheckOptions {
  /**
   * `codegen` (default) generates JavaScript and compiles it with `new Function`; `closures`
   * builds a tree of closures, for hosts that forbid code generation (a Content Security
   * Policy without `unsafe-eval`). Both give the same results.
   */
  readonly backend?: Backend;
}

/** What checking an expression found: its diagnostics and, when it binds, its result type. */
export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The C# type of the value (`string`, `bool`), or null when the expression has errors. */
  readonly resultType: string | null;
  /** The syntax tree, with `ErrorNode`s where the syntax is invalid (positions as in the file). */
  readonly ast: PolicyExpression;
  /** The bound tree (names and members resolved, types known), when there are no errors. */
  readonly bound: BoundPolicyExpression | null;
}

export interface CompiledExpression {
  /** Warnings (a compiled expression has no errors). */
  readonly diagnostics: readonly Diagnostic[];
  /** The C# type of the value: `string`, `bool`, `int`... */
  readonly resultType: string;
  /** The certificate checks the expression performs, which the host prepares before evaluating. */
  readonly needs: readonly CertificateNeed[];
  /**
   * Runs the expression. Returns the value in its object form; throws a `DotnetException` where
   * .NET throws (the engine's `on-error` path), `BudgetExceeded` when the expression loops too
   * long, and `FactNotPrepared` when a certificate check was not prepared.
   */
  readonly evaluate: Evaluate;
  readonly backend: Backend;
}

/** An expression with errors cannot be compiled; the diagnostics say why and where. */
export class ExpressionCompileError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const first = diagnostics.find((diagnostic) => diagnostic.severity === 'error') ?? diagnostics[0];
    super(
      first === undefined
        ? 'The expression has errors'
        : `${first.message} (${first.code} at ${first.loc.start.line}:${first.loc.start.column + 1})`,
    );
    this.name = 'ExpressionCompileError';
  }
}

function expectedTypeOf(text: string | undefined): Type | null {
  return text === undefined ? null : typeFromText(text);
}

/** Parses and binds an expression: every diagnostic, without compiling. */
export function checkExpression(source: string, options: CheckOptions = {}): CheckResult {
  const parsed = parseExpression(source, options);
  const syntaxErrors = parsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  if (syntaxErrors)
    return { diagnostics: parsed.diagnostics, ast: parsed.ast, resultType: null, bound: null };
  const bound = bindPolicyExpression(parsed.ast, { expectedType: expectedTypeOf(options.expectedType) });
  const diagnostics = [...parsed.diagnostics, ...bound.diagnostics];
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return {
    diagnostics,
    ast: parsed.ast,
    resultType: failed ? null : displayType(bound.bound.resultType),
    bound: failed ? null : bound.bound,
  };
}

/** Compiles a policy expression (`@(...)` or `@{...}`); throws `ExpressionCompileError` on errors. */
export function compileExpression(source: string, options: CompileOptions = {}): CompiledExpression {
  const checked = checkExpression(source, options);
  if (checked.bound === null) throw new ExpressionCompileError(checked.diagnostics);
  const bound = checked.bound;
  const backend = options.backend ?? 'codegen';
  const raw = backend === 'codegen' ? compileWithCodegen(bound).evaluate : compileWithClosures(bound);
  return {
    diagnostics: checked.diagnostics,
    resultType: displayType(bound.resultType),
    needs: certificateNeeds(bound),
    evaluate: wrapEvaluator(raw, runtimeType(bound.resultType)),
    backend,
  };
}
