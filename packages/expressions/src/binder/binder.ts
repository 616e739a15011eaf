import type { PolicyExpression } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import '../model/library/index.js';
import { definitionNamed } from '../model/registry.js';
import { known } from '../model/relations.js';
import { displayType, namedType, type Type } from '../model/types.js';
import { BinderContext, type FunctionFrame } from './binder-context.js';
import type { BoundBlock, BoundExpression, BoundPolicyExpression } from './bound-tree.js';
import { convertImplicit } from './convert.js';
import { bindExpression, bindValue } from './expressions.js';
import { analyzeFlow } from './flow.js';
import { bestCommonType } from './lambdas.js';
import { bindBlock } from './statements.js';

/** The type of the implicit `context` parameter. */
export const CONTEXT_TYPE_NAME =
  'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.IProxyRequestContext';

export interface BindOptions {
  /**
   * The type the policy needs the value as (`bool` for a `condition`, `string` for a header
   * value); the expression's value converts to it implicitly. When absent, the expression's own
   * type is the result type.
   */
  readonly expectedType?: Type | null;
}

export interface BindResult {
  readonly bound: BoundPolicyExpression;
  readonly diagnostics: readonly Diagnostic[];
}

function contextType(): Type {
  const definition = definitionNamed(CONTEXT_TYPE_NAME);
  return definition === undefined ? known('System.Object') : namedType(definition);
}

/** Binds a parsed policy expression: names, types, conversions, flow. */
export function bindPolicyExpression(ast: PolicyExpression, options: BindOptions = {}): BindResult {
  const cx = new BinderContext(contextType());
  const expected = options.expectedType ?? null;
  const bound =
    ast.form === 'expression' ? bindExpressionForm(cx, ast, expected) : bindBlockForm(cx, ast, expected);
  analyzeFlow(cx, bound.body, ast);
  const diagnostics = [...cx.diagnostics].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { bound, diagnostics };
}

function bindExpressionForm(
  cx: BinderContext,
  ast: PolicyExpression,
  expected: Type | null,
): BoundPolicyExpression {
  cx.functions.push({ kind: 'policy', returnType: expected, returns: [] });
  const node = ast.body as Parameters<typeof bindExpression>[1];
  let body: BoundExpression = expected === null ? bindExpression(cx, node) : bindValue(cx, node, expected);
  if (body.type.kind === 'void') {
    cx.report('no-implicit-conversion', node, {
      from: 'void',
      to: displayType(expected ?? known('System.Object')),
    });
    body = { kind: 'error', node, type: known('System.Object') };
  }
  if (body.type.kind === 'null') body = convertImplicit(cx, body, known('System.Object'));
  cx.functions.pop();
  return { form: 'expression', body, resultType: body.type };
}

/**
 * `@{ ... }`: the result type is the expected type, or the one type all return statements share,
 * or their best common type, or `object`. When the returns differ, the block is bound a second
 * time (quietly: the first pass reported everything) with that type as the return type, so
 * every returned value is converted to it.
 */
function bindBlockForm(
  cx: BinderContext,
  ast: PolicyExpression,
  expected: Type | null,
): BoundPolicyExpression {
  const node = ast.body as Parameters<typeof bindBlock>[1];
  const frame: FunctionFrame = { kind: 'policy', returnType: expected, returns: [] };
  cx.functions.push(frame);
  let body: BoundBlock = bindBlock(cx, node);
  cx.functions.pop();
  if (expected !== null) return { form: 'block', body, resultType: expected };
  const types = new Set(frame.returns.map((value) => value.type));
  const [only] = types;
  if (types.size === 1 && only !== undefined && only.kind !== 'null' && only.kind !== 'error') {
    return { form: 'block', body, resultType: only };
  }
  const common = bestCommonType(frame.returns);
  const resultType = common !== null && common.kind !== 'error' ? common : known('System.Object');
  cx.functions.push({ kind: 'policy', returnType: resultType, returns: [] });
  body = cx.speculate(() => bindBlock(cx, node)).result;
  cx.functions.pop();
  return { form: 'block', body, resultType };
}
