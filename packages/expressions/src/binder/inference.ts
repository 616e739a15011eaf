import { isNullable, isReferenceType, supertypes } from '../model/relations.js';
import { isOpen, substitute, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import { implicitConversion } from './conversions.js';
import { inferLambdaReturnType } from './lambdas.js';
import type { LambdaSource } from './method-groups.js';

/** An argument as type inference sees it: a typed value, or a lambda still to bind. */
export interface InferenceArgument {
  readonly type: Type | null;
  readonly lambda: LambdaSource | null;
  /** `out`/`ref` arguments infer exactly. */
  readonly exact: boolean;
}

interface Bounds {
  readonly exact: Type[];
  readonly lower: Type[];
  readonly upper: Type[];
}

const sequenceInterfaces = new Set([
  'System.Collections.Generic.IEnumerable`1',
  'System.Collections.Generic.ICollection`1',
  'System.Collections.Generic.IList`1',
  'System.Collections.Generic.IReadOnlyCollection`1',
  'System.Collections.Generic.IReadOnlyList`1',
]);

/**
 * C#'s type inference for a generic method call (§12.6.3), in two phases: bounds from the typed
 * arguments, then, repeatedly, the return types of lambdas whose parameter types are known,
 * fixing type parameters as their bounds settle. Returns the type arguments, or null.
 */
export function inferTypeArguments(
  cx: BinderContext,
  typeParameters: readonly string[],
  parameterTypes: readonly Type[],
  args: readonly InferenceArgument[],
): Type[] | null {
  const inference = new Inference(typeParameters);
  args.forEach((argument, index) => {
    const parameter = parameterTypes[index];
    if (parameter === undefined || argument.type === null || argument.type.kind === 'null') return;
    if (argument.exact) inference.exact(argument.type, parameter);
    else inference.lower(argument.type, parameter);
  });
  const pending = new Set(args.flatMap((argument, index) => (argument.lambda === null ? [] : [index])));
  for (let round = 0; round < typeParameters.length + args.length + 2; round++) {
    let progress = false;
    for (const index of [...pending]) {
      const delegate = inference.current(parameterTypes[index]!);
      const invoke = delegateSignature(delegate);
      if (invoke === null) {
        pending.delete(index);
        continue;
      }
      if (invoke.parameters.some(isOpen)) continue;
      pending.delete(index);
      progress = true;
      const returned = inferLambdaReturnType(cx, args[index]!.lambda!, invoke.parameters);
      if (returned !== null && returned.kind !== 'void' && returned.kind !== 'null')
        inference.lower(returned, invoke.returnType);
    }
    // Fix what no pending lambda can still inform.
    const blocked = new Set<string>();
    for (const index of pending) {
      const invoke = delegateSignature(inference.current(parameterTypes[index]!));
      if (invoke !== null) collectParameters(invoke.returnType, blocked);
    }
    for (const name of typeParameters) {
      if (inference.isFixed(name) || blocked.has(name) || !inference.hasBounds(name)) continue;
      if (!inference.fix(name)) return null;
      progress = true;
    }
    if (!progress) {
      // Nothing moved: fix what can be fixed at all, else give up.
      const fixable = typeParameters.filter((name) => !inference.isFixed(name) && inference.hasBounds(name));
      if (fixable.length === 0) break;
      for (const name of fixable) if (!inference.fix(name)) return null;
    }
    if (typeParameters.every((name) => inference.isFixed(name)) && pending.size === 0) break;
  }
  const result = typeParameters.map((name) => inference.fixedType(name));
  return result.every((type): type is Type => type !== undefined) ? result : null;
}

/** The parameter and return types of a delegate type, or null when it is not one. */
export function delegateSignature(type: Type): { parameters: Type[]; returnType: Type } | null {
  if (type.kind !== 'named' || type.definition.kind !== 'delegate') return null;
  const invoke = type.definition.invoke;
  if (invoke === null) return null;
  const map = new Map<string, Type>();
  type.definition.typeParameters.forEach((name, index) => {
    const argument = type.arguments[index];
    if (argument !== undefined) map.set(name, argument);
  });
  return {
    parameters: invoke.parameters.map((p) => substitute(p.type, map)),
    returnType: substitute(invoke.returnType, map),
  };
}

function collectParameters(type: Type, into: Set<string>): void {
  switch (type.kind) {
    case 'parameter':
      into.add(type.name);
      return;
    case 'array':
      collectParameters(type.element, into);
      return;
    case 'named':
      for (const argument of type.arguments) collectParameters(argument, into);
      return;
    default:
      return;
  }
}

class Inference {
  readonly #bounds = new Map<string, Bounds>();
  readonly #fixed = new Map<string, Type>();

  constructor(typeParameters: readonly string[]) {
    for (const name of typeParameters) this.#bounds.set(name, { exact: [], lower: [], upper: [] });
  }

  isFixed(name: string): boolean {
    return this.#fixed.has(name);
  }

  fixedType(name: string): Type | undefined {
    return this.#fixed.get(name);
  }

  hasBounds(name: string): boolean {
    const bounds = this.#bounds.get(name)!;
    return bounds.exact.length + bounds.lower.length + bounds.upper.length > 0;
  }

  /** A type with the fixed type parameters substituted. */
  current(type: Type): Type {
    return substitute(type, this.#fixed);
  }

  #unfixed(type: Type): Bounds | null {
    if (type.kind !== 'parameter' || this.#fixed.has(type.name)) return null;
    return this.#bounds.get(type.name) ?? null;
  }

  exact(from: Type, to: Type): void {
    const bounds = this.#unfixed(to);
    if (bounds !== null) {
      bounds.exact.push(from);
      return;
    }
    if (to.kind === 'array' && from.kind === 'array' && to.rank === from.rank) {
      this.exact(from.element, to.element);
      return;
    }
    if (to.kind === 'named' && from.kind === 'named' && to.definition === from.definition) {
      for (const [index, argument] of from.arguments.entries()) this.exact(argument, to.arguments[index]!);
    }
  }

  lower(from: Type, to: Type): void {
    const bounds = this.#unfixed(to);
    if (bounds !== null) {
      bounds.lower.push(from);
      return;
    }
    if (!isOpen(to)) return;
    if (to.kind === 'array') {
      if (from.kind === 'array' && from.rank === to.rank) this.#element(from.element, to.element);
      return;
    }
    if (to.kind !== 'named') return;
    if (from.kind === 'array' && sequenceInterfaces.has(to.definition.fullName)) {
      this.#element(from.element, to.arguments[0]!);
      return;
    }
    if (isNullable(to)) {
      if (isNullable(from)) this.exact(from.arguments[0]!, to.arguments[0]!);
      else this.lower(from, to.arguments[0]!);
      return;
    }
    const matches = supertypes(from).filter(
      (candidate) => candidate.kind === 'named' && candidate.definition === to.definition,
    );
    if (matches.length !== 1) return;
    const match = matches[0]!;
    if (match.kind !== 'named') return;
    match.arguments.forEach((argument, index) => {
      const target = to.arguments[index]!;
      const variance = to.definition.variances[index];
      if (isReferenceType(argument) && variance === 'out') this.lower(argument, target);
      else if (isReferenceType(argument) && variance === 'in') this.upper(argument, target);
      else this.exact(argument, target);
    });
  }

  upper(from: Type, to: Type): void {
    const bounds = this.#unfixed(to);
    if (bounds !== null) bounds.upper.push(from);
  }

  #element(from: Type, to: Type): void {
    if (isReferenceType(from)) this.lower(from, to);
    else this.exact(from, to);
  }

  /** Fixes a type parameter to the candidate its bounds agree on (§12.6.3.12). */
  fix(name: string): boolean {
    const bounds = this.#bounds.get(name)!;
    const candidates = [...new Set([...bounds.exact, ...bounds.lower, ...bounds.upper])].map((type) =>
      type.kind === 'parameter' ? substitute(type, this.#fixed) : type,
    );
    const valid = candidates.filter(
      (candidate) =>
        bounds.exact.every((exact) => exact === candidate) &&
        bounds.lower.every((lower) => lower === candidate || implicitConversion(lower, candidate) !== null) &&
        bounds.upper.every((upper) => upper === candidate || implicitConversion(candidate, upper) !== null),
    );
    const best = valid.filter((candidate) =>
      valid.every((other) => other === candidate || implicitConversion(other, candidate) !== null),
    );
    if (best.length !== 1) return false;
    this.#fixed.set(name, best[0]!);
    return true;
  }
}
