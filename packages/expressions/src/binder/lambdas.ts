import type { AnonymousMethodExpression, LambdaExpression } from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import { displayType, errorType, type Type, voidType } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundBlock, BoundExpression, BoundLambda } from './bound-tree.js';
import { implicitConversion } from './conversions.js';
import { implicitConversionOf } from './convert.js';
import { bindExpression, bindValue } from './expressions.js';
import { reportFeature } from './features.js';
import { delegateSignature } from './inference.js';
import { declareLocal } from './locals.js';
import { type LambdaSource, lambdaFor } from './method-groups.js';
import { bindBlock } from './statements.js';
import { bindType } from './type-syntax.js';

export type LambdaNode = LambdaExpression | AnonymousMethodExpression;

export function isLambdaNode(node: Node): node is LambdaNode {
  return node.type === 'LambdaExpression' || node.type === 'AnonymousMethodExpression';
}

const speculativeResults = new WeakMap<Node, Map<string, { returnType: Type | null; failed: boolean }>>();

/** Binds a lambda as a value of a delegate type, reporting what does not fit. */
export function bindLambda(cx: BinderContext, source: LambdaSource, target: Type): BoundExpression {
  const signature = delegateSignature(target);
  const node = lambdaFor(source, signature?.parameters.length ?? 0);
  if (target.kind === 'error') return { kind: 'error', node, type: target };
  if (signature === null) {
    cx.report('lambda-not-delegate', node, { type: displayType(target) });
    return { kind: 'error', node, type: errorType };
  }
  const parameters = node.parameters ?? [];
  if (node.parameters !== null && parameters.length !== signature.parameters.length) {
    cx.report('lambda-parameter-count', node, { type: displayType(target), count: parameters.length });
    return { kind: 'error', node, type: errorType };
  }
  const bound = bindLambdaBody(cx, node, signature.parameters, signature.returnType);
  return { ...bound, type: target };
}

/** Does a lambda convert to a delegate type? Binds it quietly. */
export function isLambdaCompatible(cx: BinderContext, source: LambdaSource, target: Type): boolean {
  const signature = delegateSignature(target);
  if (signature === null) return false;
  const node = lambdaFor(source, signature.parameters.length);
  if (node.parameters !== null && node.parameters.length !== signature.parameters.length) return false;
  if (!explicitParametersMatch(cx, node, signature.parameters)) return false;
  return !speculate(cx, node, signature.parameters, signature.returnType).failed;
}

/**
 * The return type a lambda's body gives with these parameter types: the expression's type, or
 * the best common type of the block's return statements (`void` when none returns a value).
 * Null when the body does not bind.
 */
export function inferLambdaReturnType(
  cx: BinderContext,
  source: LambdaSource,
  parameterTypes: readonly Type[],
): Type | null {
  const node = lambdaFor(source, parameterTypes.length);
  if (node.parameters !== null && node.parameters.length !== parameterTypes.length) return null;
  if (!explicitParametersMatch(cx, node, parameterTypes)) return null;
  const result = speculate(cx, node, parameterTypes, null);
  return result.failed ? null : result.returnType;
}

function explicitParametersMatch(
  cx: BinderContext,
  node: LambdaNode,
  parameterTypes: readonly Type[],
): boolean {
  const parameters = node.parameters ?? [];
  return parameters.every((parameter, index) => {
    if (parameter.parameterType === null) return true;
    const declared = cx.speculate(() => bindType(cx, parameter.parameterType!)).result;
    return declared === parameterTypes[index] || declared.kind === 'error';
  });
}

function speculate(
  cx: BinderContext,
  node: LambdaNode,
  parameterTypes: readonly Type[],
  returnType: Type | null,
): { returnType: Type | null; failed: boolean } {
  const key = `${parameterTypes.map((t) => t.id).join(',')}=>${returnType?.id ?? '?'}`;
  let cache = speculativeResults.get(node);
  if (cache === undefined) {
    cache = new Map();
    speculativeResults.set(node, cache);
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const { result, failed } = cx.speculate(() => bindLambdaBody(cx, node, parameterTypes, returnType));
  const entry = { returnType: failed ? null : result.returnType, failed };
  cache.set(key, entry);
  return entry;
}

/**
 * Binds a lambda's parameters and body. With a null `returnType` the return type is inferred
 * from the body.
 */
function bindLambdaBody(
  cx: BinderContext,
  node: LambdaNode,
  parameterTypes: readonly Type[],
  returnType: Type | null,
): BoundLambda {
  if (node.type === 'LambdaExpression') {
    if (node.modifiers.includes('static')) reportFeature(cx, node, 'static-lambda');
    if (node.modifiers.includes('async')) reportFeature(cx, node, 'async-lambda');
  }
  const frame = { kind: 'lambda' as const, returnType, returns: [] as BoundExpression[] };
  cx.functions.push(frame);
  const savedJumps = cx.jumps.splice(0);
  try {
    return cx.inScope(() => {
      const parameters = (node.parameters ?? []).map((parameter, index) =>
        declareLocal(cx, parameter.name, parameterTypes[index] ?? errorType, parameter, {
          isParameter: true,
        }),
      );
      if (node.body.type === 'BlockStatement') {
        const body: BoundBlock = bindBlock(cx, node.body);
        const inferred =
          returnType ?? bestCommonType(frame.returns) ?? (frame.returns.length === 0 ? voidType : errorType);
        if (returnType === null && inferred.kind === 'error') cx.report('lambda-needs-target', node);
        return { kind: 'lambda', node, type: errorType, parameters, body, returnType: inferred };
      }
      if (returnType === null) {
        const body = bindExpression(cx, node.body);
        return { kind: 'lambda', node, type: errorType, parameters, body, returnType: body.type };
      }
      if (returnType.kind === 'void') {
        const body = bindExpression(cx, node.body);
        return { kind: 'lambda', node, type: errorType, parameters, body, returnType };
      }
      const body = bindValue(cx, node.body, returnType);
      return { kind: 'lambda', node, type: errorType, parameters, body, returnType };
    }, true);
  } finally {
    cx.functions.pop();
    cx.jumps.push(...savedJumps);
  }
}

/**
 * The best common type of a set of expressions (§12.6.3.15): the one type among theirs that
 * every expression converts to implicitly; null when there is none.
 */
export function bestCommonType(expressions: readonly BoundExpression[]): Type | null {
  const candidates = [...new Set(expressions.map((e) => e.type).filter((t) => t.kind !== 'null'))];
  if (candidates.some((t) => t.kind === 'error')) return errorType;
  const valid = candidates.filter((candidate) =>
    expressions.every(
      (expression) => expression.type === candidate || implicitConversionOf(expression, candidate) !== null,
    ),
  );
  const best = valid.filter((candidate) =>
    valid.every((other) => other === candidate || implicitConversion(other, candidate) !== null),
  );
  return best.length === 1 ? best[0]! : null;
}
