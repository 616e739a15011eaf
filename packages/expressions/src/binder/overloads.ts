import type {
  DeclarationExpression,
  DiscardDesignation,
  Expression,
  SingleVariableDesignation,
} from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import type { ParameterSymbol, TypeDefinition } from '../model/type-definition.js';
import { displayType, errorType, substitute, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundArgument, BoundExpression } from './bound-tree.js';
import { isBetterTarget } from './conversions.js';
import { convertImplicit, implicitConversionOf } from './convert.js';
import { delegateSignature, type InferenceArgument, inferTypeArguments } from './inference.js';
import { bindLambda, inferLambdaReturnType, isLambdaCompatible } from './lambdas.js';
import { declareLocal, hiddenLocal } from './locals.js';
import { isSubclassDefinition } from './members.js';
import type { LambdaSource } from './method-groups.js';

/** An argument before overload resolution: bound, or a lambda or `out var` waiting for its type. */
export interface PendingArgument {
  /** The argument's syntax, for diagnostics. */
  readonly node: Node;
  readonly name: string | null;
  readonly refKind: 'ref' | 'out' | 'in' | null;
  /** The bound value (also of `ref`/`out` arguments naming a variable). */
  readonly value: BoundExpression | null;
  /** A lambda, or a method group, waiting for its delegate type. */
  readonly lambda: LambdaSource | null;
  /** `out var x`, `out int x`, `out _`: the declared type, or null for `var`. */
  readonly outVariable: {
    readonly type: Type | null;
    readonly designation: SingleVariableDesignation | DiscardDesignation;
    readonly node: DeclarationExpression;
  } | null;
  readonly expression: Expression;
}

/** A method, constructor, indexer, delegate invocation or local function to call. */
export interface Candidate<S = unknown> {
  readonly symbol: S;
  readonly name: string;
  readonly parameters: readonly ParameterSymbol[];
  readonly typeParameters: readonly string[];
  /** The declaring type's type parameters → arguments. */
  readonly map: ReadonlyMap<string, Type>;
  /** An extension method: the receiver is argument 0. */
  readonly extension: boolean;
  readonly declaringType: TypeDefinition | null;
}

/** The chosen candidate, how arguments map to its parameters, and its instantiated types. */
export interface Resolution<S = unknown> {
  readonly candidate: Candidate<S>;
  readonly typeArguments: readonly Type[];
  /** The type of each parameter, fully substituted (for `params` in expanded form, the array). */
  readonly parameterTypes: readonly Type[];
  /** `params` in expanded form. */
  readonly expanded: boolean;
  /** For each parameter, the indices of the arguments it receives. */
  readonly slots: readonly (readonly number[])[];
  readonly defaultsUsed: number;
}

type Failure =
  | { kind: 'count' }
  | { kind: 'named'; argument: number }
  | { kind: 'ref'; argument: number; keyword: string }
  | { kind: 'infer' }
  | { kind: 'type-arguments' }
  | { kind: 'convert'; argument: number; to: Type };

type Attempt<S> =
  | { ok: true; resolution: Resolution<S> }
  | { ok: false; failure: Failure; candidate: Candidate<S> };

/** The element type of the `params` parameter's array type. */
function elementOf(type: Type): Type {
  return type.kind === 'array' ? type.element : errorType;
}

function tryCandidate<S>(
  cx: BinderContext,
  candidate: Candidate<S>,
  args: readonly PendingArgument[],
  explicitTypeArguments: readonly Type[] | null,
  expanded: boolean,
): Attempt<S> {
  const fail = (failure: Failure): Attempt<S> => ({ ok: false, failure, candidate });
  const parameters = candidate.parameters;
  const slots: number[][] = parameters.map(() => []);
  const last = parameters.length - 1;
  let named = false;
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (argument.name !== null) {
      named = true;
      const target = parameters.findIndex((p) => p.name === argument.name);
      if (target < 0) return fail({ kind: 'named', argument: index });
      if (slots[target]!.length > 0 || (expanded && target === last)) return fail({ kind: 'count' });
      slots[target]!.push(index);
      continue;
    }
    if (named) return fail({ kind: 'count' });
    if (expanded && index >= last) slots[last]!.push(index);
    else if (index < parameters.length) slots[index]!.push(index);
    else return fail({ kind: 'count' });
  }
  let defaultsUsed = 0;
  for (let p = 0; p < parameters.length; p++) {
    if (slots[p]!.length > 0 || (expanded && p === last)) continue;
    if (!parameters[p]!.hasDefault) return fail({ kind: 'count' });
    defaultsUsed++;
  }
  // Reference kinds must match.
  for (let p = 0; p < parameters.length; p++) {
    const modifier = parameters[p]!.modifier;
    for (const index of slots[p]!) {
      const refKind = args[index]!.refKind;
      if (modifier === 'out' || modifier === 'ref') {
        if (refKind !== modifier) return fail({ kind: 'ref', argument: index, keyword: modifier });
      } else if (refKind === 'out' || refKind === 'ref')
        return fail({ kind: 'ref', argument: index, keyword: 'none' });
    }
  }
  const declared = parameters.map((p, index) => {
    const type = substitute(p.type, candidate.map);
    return expanded && index === last ? elementOf(type) : type;
  });
  let typeArguments: readonly Type[] = [];
  let methodMap = new Map<string, Type>();
  if (candidate.typeParameters.length > 0) {
    if (explicitTypeArguments !== null) {
      if (explicitTypeArguments.length !== candidate.typeParameters.length)
        return fail({ kind: 'type-arguments' });
      typeArguments = explicitTypeArguments;
    } else {
      const inferenceParameters: Type[] = [];
      const inferenceArguments: InferenceArgument[] = [];
      slots.forEach((indices, p) => {
        for (const index of indices) {
          const argument = args[index]!;
          inferenceParameters.push(declared[p]!);
          inferenceArguments.push({
            type: argument.value?.type ?? argument.outVariable?.type ?? null,
            lambda: argument.lambda,
            exact: argument.refKind !== null && argument.refKind !== 'in',
          });
        }
      });
      const inferred = inferTypeArguments(
        cx,
        candidate.typeParameters,
        inferenceParameters,
        inferenceArguments,
      );
      if (inferred === null) return fail({ kind: 'infer' });
      typeArguments = inferred;
    }
    methodMap = new Map(candidate.typeParameters.map((name, index) => [name, typeArguments[index]!]));
  } else if (explicitTypeArguments !== null && explicitTypeArguments.length > 0) {
    return fail({ kind: 'type-arguments' });
  }
  const parameterTypes = declared.map((type) => substitute(type, methodMap));
  for (let p = 0; p < parameters.length; p++) {
    const target = parameterTypes[p]!;
    for (const index of slots[p]!) {
      const argument = args[index]!;
      if (!argumentConverts(cx, argument, target))
        return fail({ kind: 'convert', argument: index, to: target });
    }
  }
  const finalTypes = parameterTypes.map((type, index) =>
    expanded && index === last
      ? substitute(substitute(parameters[last]!.type, candidate.map), methodMap)
      : type,
  );
  return {
    ok: true,
    resolution: { candidate, typeArguments, parameterTypes: finalTypes, expanded, slots, defaultsUsed },
  };
}

function argumentConverts(cx: BinderContext, argument: PendingArgument, target: Type): boolean {
  if (target.kind === 'error') return true;
  if (argument.lambda !== null) return isLambdaCompatible(cx, argument.lambda, target);
  if (argument.outVariable !== null)
    return argument.outVariable.type === null || argument.outVariable.type === target;
  const value = argument.value!;
  if (value.type.kind === 'error') return true;
  if (argument.refKind === 'out' || argument.refKind === 'ref') return value.type === target;
  return implicitConversionOf(value, target) !== null;
}

/** The parameter type an argument meets in a resolution. */
function parameterTypeOf(resolution: Resolution, argument: number): Type {
  const p = resolution.slots.findIndex((indices) => indices.includes(argument));
  const type = resolution.parameterTypes[p]!;
  return resolution.expanded && p === resolution.slots.length - 1 ? elementOf(type) : type;
}

/** Is the conversion of an argument to `a` better than to `b` (§12.6.4.5)? 1, -1 or 0. */
function betterConversion(cx: BinderContext, argument: PendingArgument, a: Type, b: Type): number {
  if (a === b) return 0;
  if (argument.lambda !== null) {
    const da = delegateSignature(a);
    const db = delegateSignature(b);
    if (da === null || db === null) return 0;
    if (da.parameters.some((t, i) => t !== db.parameters[i])) return 0;
    if (da.returnType.kind !== 'void' && db.returnType.kind === 'void') return 1;
    if (db.returnType.kind !== 'void' && da.returnType.kind === 'void') return -1;
    const returned = inferLambdaReturnType(cx, argument.lambda, da.parameters);
    if (returned === null) return 0;
    if (returned === da.returnType && returned !== db.returnType) return 1;
    if (returned === db.returnType && returned !== da.returnType) return -1;
    if (isBetterTarget(da.returnType, db.returnType)) return 1;
    if (isBetterTarget(db.returnType, da.returnType)) return -1;
    return 0;
  }
  const source = argument.value?.type;
  if (source !== undefined) {
    if (source === a) return 1;
    if (source === b) return -1;
  }
  if (isBetterTarget(a, b)) return 1;
  if (isBetterTarget(b, a)) return -1;
  return 0;
}

/** How specific a declared parameter type is: type parameters are the least specific. */
function moreSpecific(a: Type, b: Type): number {
  if (a === b) return 0;
  if (a.kind === 'parameter' && b.kind !== 'parameter') return -1;
  if (b.kind === 'parameter' && a.kind !== 'parameter') return 1;
  if (a.kind === 'array' && b.kind === 'array') return moreSpecific(a.element, b.element);
  if (a.kind === 'named' && b.kind === 'named' && a.definition === b.definition) {
    let result = 0;
    for (let i = 0; i < a.arguments.length; i++) {
      const r = moreSpecific(a.arguments[i]!, b.arguments[i]!);
      if (r !== 0 && result !== 0 && r !== result) return 0;
      if (r !== 0) result = r;
    }
    return result;
  }
  return 0;
}

/** Is resolution `a` better than `b` for these arguments (§12.6.4.3)? 1, -1 or 0. */
function compare(cx: BinderContext, a: Resolution, b: Resolution, args: readonly PendingArgument[]): number {
  let aBetter = false;
  let bBetter = false;
  for (let index = 0; index < args.length; index++) {
    const r = betterConversion(cx, args[index]!, parameterTypeOf(a, index), parameterTypeOf(b, index));
    if (r > 0) aBetter = true;
    if (r < 0) bBetter = true;
  }
  if (aBetter !== bBetter) return aBetter ? 1 : -1;
  if (aBetter && bBetter) return 0;
  const aGeneric = a.candidate.typeParameters.length > 0;
  const bGeneric = b.candidate.typeParameters.length > 0;
  if (aGeneric !== bGeneric) return aGeneric ? -1 : 1;
  if (a.expanded !== b.expanded) return a.expanded ? -1 : 1;
  if ((a.defaultsUsed === 0) !== (b.defaultsUsed === 0)) return a.defaultsUsed === 0 ? 1 : -1;
  let specific = 0;
  for (let index = 0; index < args.length; index++) {
    const pa = a.candidate.parameters[a.slots.findIndex((s) => s.includes(index))]?.type;
    const pb = b.candidate.parameters[b.slots.findIndex((s) => s.includes(index))]?.type;
    if (pa === undefined || pb === undefined) continue;
    const r = moreSpecific(pa, pb);
    if (r !== 0 && specific !== 0 && r !== specific) return 0;
    if (r !== 0) specific = r;
  }
  return specific;
}

/** Display of a candidate for messages: `string.Split(char[])`. */
export function describeCandidate(candidate: Candidate, types: readonly Type[]): string {
  const owner =
    candidate.declaringType === null
      ? ''
      : `${candidate.declaringType.keyword ?? candidate.declaringType.name}.`;
  return `${owner}${candidate.name}(${types.map(displayType).join(', ')})`;
}

/**
 * Chooses the best candidate for the arguments (§12.6.4), or reports why none applies and
 * returns null. `what` names the callee in messages; `constructorOf` marks constructor calls.
 */
export function resolveOverload<S>(
  cx: BinderContext,
  candidates: readonly Candidate<S>[],
  args: readonly PendingArgument[],
  explicitTypeArguments: readonly Type[] | null,
  node: Node,
  what: { readonly name: string; readonly constructorOf?: string; readonly receiverCount?: number },
): Resolution<S> | null {
  const attempts: Attempt<S>[] = [];
  for (const candidate of candidates) {
    const normal = tryCandidate(cx, candidate, args, explicitTypeArguments, false);
    attempts.push(normal);
    const last = candidate.parameters[candidate.parameters.length - 1];
    if (!normal.ok && last?.modifier === 'params')
      attempts.push(tryCandidate(cx, candidate, args, explicitTypeArguments, true));
  }
  let applicable = attempts.flatMap((attempt) => (attempt.ok ? [attempt.resolution] : []));
  if (applicable.length === 0) {
    reportFailure(cx, attempts, args, node, what);
    return null;
  }
  // Methods of a derived type hide applicable methods of its bases.
  applicable = applicable.filter(
    (candidate) =>
      !applicable.some(
        (other) =>
          other !== candidate &&
          !other.candidate.extension &&
          !candidate.candidate.extension &&
          other.candidate.declaringType !== null &&
          candidate.candidate.declaringType !== null &&
          other.candidate.declaringType !== candidate.candidate.declaringType &&
          isSubclassDefinition(other.candidate.declaringType, candidate.candidate.declaringType),
      ),
  );
  const best = applicable.filter((candidate) =>
    applicable.every((other) => other === candidate || compare(cx, candidate, other, args) > 0),
  );
  if (best.length === 1) return best[0]!;
  const [first, second] = applicable;
  cx.report('ambiguous-call', node, {
    first: describeCandidate(first!.candidate, first!.parameterTypes),
    second: describeCandidate(second!.candidate, second!.parameterTypes),
  });
  return null;
}

function reportFailure<S>(
  cx: BinderContext,
  attempts: readonly Attempt<S>[],
  args: readonly PendingArgument[],
  node: Node,
  what: { readonly name: string; readonly constructorOf?: string; readonly receiverCount?: number },
): void {
  const failures = attempts.flatMap((attempt) => (attempt.ok ? [] : [attempt]));
  const shown = args.length - (what.receiverCount ?? 0);
  const countOnly = failures.every((f) => f.failure.kind === 'count');
  if (countOnly || failures.length === 0) {
    if (what.constructorOf !== undefined)
      cx.report('no-constructor', node, { type: what.constructorOf, count: shown });
    else cx.report('no-overload', node, { name: what.name, count: shown });
    return;
  }
  const order: Failure['kind'][] = ['convert', 'ref', 'named', 'infer', 'type-arguments', 'count'];
  const chosen = [...failures].sort(
    (a, b) => order.indexOf(a.failure.kind) - order.indexOf(b.failure.kind),
  )[0]!;
  const failure = chosen.failure;
  switch (failure.kind) {
    case 'convert': {
      const argument = args[failure.argument]!;
      if (argument.lambda !== null) {
        // Bind the lambda for real against this parameter: its own errors explain the mismatch.
        const before = cx.diagnostics.length;
        bindLambda(cx, argument.lambda, failure.to);
        if (cx.diagnostics.length > before) return;
      }
      const from = argument.value?.type ?? argument.outVariable?.type;
      cx.report('argument-mismatch', argument.node, {
        index: failure.argument + 1 - (what.receiverCount ?? 0),
        from:
          from === undefined || from === null
            ? argument.lambda?.type === 'MethodGroupArgument'
              ? 'method group'
              : 'lambda expression'
            : displayType(from),
        to: displayType(failure.to),
      });
      return;
    }
    case 'ref':
      cx.report('argument-ref-mismatch', args[failure.argument]!.node, {
        index: failure.argument + 1 - (what.receiverCount ?? 0),
        keyword: failure.keyword,
      });
      return;
    case 'named':
      cx.report('named-argument-not-found', args[failure.argument]!.node, {
        name: what.name,
        parameter: args[failure.argument]!.name ?? '',
      });
      return;
    case 'infer':
      cx.report('cannot-infer-type-arguments', node, { name: what.name });
      return;
    case 'type-arguments':
      if (chosen.candidate.typeParameters.length === 0)
        cx.report('not-generic-method', node, { name: what.name });
      else
        cx.report('wrong-type-argument-count', node, {
          type: what.name,
          count: chosen.candidate.typeParameters.length,
        });
      return;
    case 'count':
      cx.report('no-overload', node, { name: what.name, count: shown });
      return;
  }
}

/**
 * The arguments of a resolved call in parameter order: converted, lambdas bound, `out var`
 * variables declared, defaults filled in and `params` packed.
 */
export function finishArguments(
  cx: BinderContext,
  resolution: Resolution,
  args: readonly PendingArgument[],
  node: Node,
): BoundArgument[] {
  const { candidate, parameterTypes, slots, expanded } = resolution;
  const last = candidate.parameters.length - 1;
  return candidate.parameters.map((parameter, p): BoundArgument => {
    const type = parameterTypes[p]!;
    const indices = slots[p]!;
    if (expanded && p === last) {
      const element = elementOf(type);
      const elements = indices.map((index) => finishValue(cx, args[index]!, element));
      return {
        kind: 'value',
        value: { kind: 'new-array', node, type, elementType: element, size: null, elements },
      };
    }
    if (indices.length === 0) return { kind: 'value', value: defaultArgument(parameter, type, node) };
    const argument = args[indices[0]!]!;
    if (argument.refKind === 'out' || argument.refKind === 'ref') return finishReference(cx, argument, type);
    return { kind: 'value', value: finishValue(cx, argument, type) };
  });
}

function finishValue(cx: BinderContext, argument: PendingArgument, type: Type): BoundExpression {
  if (argument.lambda !== null) return bindLambda(cx, argument.lambda, type);
  return convertImplicit(cx, argument.value!, type, argument.node);
}

function finishReference(cx: BinderContext, argument: PendingArgument, type: Type): BoundArgument {
  const out = argument.refKind === 'out';
  const declared = argument.outVariable;
  if (declared !== null) {
    const variable =
      declared.designation.type === 'SingleVariableDesignation'
        ? declareLocal(cx, declared.designation.name, declared.type ?? type, declared.node)
        : hiddenLocal(cx, type, declared.node);
    return {
      kind: 'reference',
      out,
      variable: { kind: 'local', node: declared.node, type: variable.type, symbol: variable },
    };
  }
  const value = argument.value!;
  if (value.kind !== 'local') {
    if (value.kind !== 'error')
      cx.report('unsupported-construct', argument.node, {
        construct: 'Passing anything but a local variable by reference',
      });
    const hidden = hiddenLocal(cx, type, argument.node);
    return { kind: 'reference', out, variable: { kind: 'local', node: argument.node, type, symbol: hidden } };
  }
  if (value.symbol.readOnly || value.symbol.constantValue !== undefined)
    cx.report('read-only-local', argument.node, { name: value.symbol.name, kind: 'read-only variable' });
  return { kind: 'reference', out, variable: value };
}

/** The value of an omitted optional parameter. */
function defaultArgument(parameter: ParameterSymbol, type: Type, node: Node): BoundExpression {
  const value = parameter.defaultValue;
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean'
  ) {
    if (
      value === null &&
      type.kind === 'named' &&
      type.definition.kind === 'struct' &&
      type.definition.fullName !== 'System.Nullable`1'
    )
      return { kind: 'default', node, type };
    return { kind: 'literal', node, type, value };
  }
  return { kind: 'default', node, type };
}
