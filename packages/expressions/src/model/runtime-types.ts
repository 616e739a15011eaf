import { DotnetException } from '../runtime/exceptions.js';
import type { RuntimeType } from '../runtime/runtime-type.js';
import { setRuntimeTypeResolver } from '../runtime/type-resolver.js';
import { Boxed, DOTNET_TYPE, ELEMENT_TYPE, TYPE_ARGUMENTS } from '../runtime/values.js';
import { definitionNamed, typeFromText } from './registry.js';
import { isBoxingConvertible, isNullable, isReferenceConvertible, isValueType, known } from './relations.js';
import { arrayType, displayType, namedType, runtimeTypeName, type Type } from './types.js';

/** The model's implementation of a runtime type: it knows its binder type. */
class ModelRuntimeType implements RuntimeType {
  readonly name: string;
  readonly displayName: string;
  readonly isValueType: boolean;
  readonly nullableOf: RuntimeType | null;
  readonly enumMembers: ReadonlyMap<number, string> | null;
  readonly #boxed: boolean;
  /** For string, int, bool, long and object: the JavaScript type that decides `isInstance`. */
  readonly #primitive: 'string' | 'number' | 'boolean' | 'bigint' | 'object' | null;
  #default: unknown;
  #defaultComputed = false;

  constructor(readonly type: Type) {
    this.name = runtimeTypeName(type);
    this.displayName = displayType(type);
    this.isValueType = isValueType(type);
    this.nullableOf = isNullable(type) ? runtimeType(type.arguments[0]!) : null;
    this.#boxed = type.kind === 'named' && type.definition.boxing === 'boxed';
    this.#primitive = primitiveOf(type);
    const members = type.kind === 'named' ? type.definition.enumMembers : null;
    this.enumMembers =
      members === null
        ? null
        : new Map([...members].reverse().map(([name, value]) => [value, name] as const));
  }

  get defaultValue(): unknown {
    if (!this.#defaultComputed) {
      this.#default = defaultOf(this.type);
      this.#defaultComputed = true;
    }
    return this.#default;
  }

  isInstance(value: unknown): boolean {
    if (value === null || value === undefined) return false;
    // The common casts of policies, `(string)`, `(int)`, `(bool)`, `(long)` and `(object)`, are
    // decided by the value's JavaScript type alone.
    switch (this.#primitive) {
      case 'object':
        return true;
      case 'string':
      case 'number':
      case 'boolean':
      case 'bigint':
        return typeof value === this.#primitive;
      default:
        break;
    }
    const target = this.nullableOf === null ? this.type : (this.nullableOf as ModelRuntimeType).type;
    const actual = dynamicTypeOf(value);
    return actual === target || isReferenceConvertible(actual, target) || isBoxingConvertible(actual, target);
  }

  box(value: unknown): unknown {
    if (value === null) return null;
    if (this.nullableOf !== null) return this.nullableOf.box(value);
    return this.#boxed ? new Boxed(this, value) : value;
  }

  unbox(value: unknown): unknown {
    if (value instanceof Boxed) return value.value;
    return value;
  }
}

/** The JavaScript type that alone decides whether a value (object form) is of this type. */
function primitiveOf(type: Type): 'string' | 'number' | 'boolean' | 'bigint' | 'object' | null {
  if (type.kind !== 'named') return null;
  switch (type.definition.fullName) {
    case 'System.String':
      return 'string';
    case 'System.Int32':
      return 'number';
    case 'System.Boolean':
      return 'boolean';
    case 'System.Int64':
      return 'bigint';
    case 'System.Object':
      return 'object';
    default:
      return null;
  }
}

const cache = new Map<Type, ModelRuntimeType>();

/** The runtime type of a binder type (interned). */
export function runtimeType(type: Type): RuntimeType {
  let found = cache.get(type);
  if (found === undefined) {
    found = new ModelRuntimeType(type);
    cache.set(type, found);
  }
  return found;
}

/** The binder type behind a runtime type created by the model. */
export function typeOfRuntimeType(runtime: RuntimeType): Type {
  if (!(runtime instanceof ModelRuntimeType))
    throw new Error(`${runtime.name} is not a runtime type of the model`);
  return runtime.type;
}

function defaultOf(type: Type): unknown {
  if (type.kind !== 'named') return null;
  const definition = type.definition;
  if (definition.kind === 'enum') return 0;
  if (definition.kind !== 'struct' || isNullable(type)) return null;
  if (definition.defaultValue !== null) return definition.defaultValue();
  switch (definition.fullName) {
    case 'System.Boolean':
      return false;
    case 'System.Int64':
    case 'System.UInt64':
      return 0n;
    default:
      return 0;
  }
}

/** The .NET type of a value in its object form. */
export function dynamicTypeOf(value: unknown): Type {
  switch (typeof value) {
    case 'string':
      return known('System.String');
    case 'boolean':
      return known('System.Boolean');
    case 'number':
      return known('System.Int32');
    case 'bigint':
      return known('System.Int64');
    case 'function':
      return known('System.Delegate');
    default:
      break;
  }
  if (value instanceof Boxed) return typeOfRuntimeType(value.type);
  if (value instanceof DotnetException) {
    const definition = definitionNamed(value.type);
    return definition === undefined ? known('System.Exception') : namedType(definition);
  }
  if (value instanceof Uint8Array) return arrayType(known('System.Byte'));
  if (Array.isArray(value)) {
    const element = (value as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE];
    return arrayType(element === undefined ? known('System.Object') : typeOfRuntimeType(element));
  }
  if (typeof value === 'object' && value !== null) {
    const runtimeClass = (value as { constructor?: Record<symbol, unknown> }).constructor;
    const name = runtimeClass?.[DOTNET_TYPE];
    if (typeof name === 'string') {
      const definition = definitionNamed(name);
      if (definition !== undefined) {
        const typeArguments = (value as Record<symbol, readonly RuntimeType[] | undefined>)[TYPE_ARGUMENTS];
        return namedType(definition, typeArguments?.map(typeOfRuntimeType) ?? []);
      }
    }
  }
  return known('System.Object');
}

setRuntimeTypeResolver((name) => runtimeType(typeFromText(name)));
