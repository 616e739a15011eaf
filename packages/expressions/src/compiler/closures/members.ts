import type { Implementation } from '../../model/implementation.js';
import type {
  ConstructorSymbol,
  FieldSymbol,
  IndexerSymbol,
  MethodSymbol,
  OperatorSymbol,
  PropertySymbol,
} from '../../model/type-definition.js';
import type { Type } from '../../model/types.js';
import type { RuntimeFunction, SlotCache } from './slot-cache.js';

/**
 * Member access for the closure backend, following the calling conventions of
 * `model/implementation.ts` exactly as `codegen/emit-members.ts` does. Each function here is
 * called at compile time and returns what evaluation calls.
 */

type Invocable = MethodSymbol | OperatorSymbol | ConstructorSymbol;

/** A receiver seen as a bag of JavaScript properties and methods named by the model. */
type JsObject = Record<string, unknown>;
type JsMethods = Record<string, RuntimeFunction>;

/** Calls a member: `receiver` is ignored for static members and extension methods. */
export type Invoke = (receiver: unknown, args: unknown[]) => unknown;
export type Read = (receiver: unknown) => unknown;
export type Write = (receiver: unknown, value: unknown) => void;
export type IndexerRead = (receiver: unknown, indices: unknown[]) => unknown;
export type IndexerWrite = (receiver: unknown, indices: unknown[], value: unknown) => void;

function readPart(implementation: Implementation): Implementation {
  return implementation.kind === 'accessors' ? implementation.get : implementation;
}

/** How a setter runs: the `set` of `accessors`, or the same JavaScript property (`jsProperty`). */
function writePart(implementation: Implementation, id: string): Implementation {
  if (implementation.kind === 'accessors') return implementation.set;
  if (implementation.kind === 'property') return implementation;
  throw new Error(`${id} has no setter implementation`);
}

/** A method, operator or constructor call (`hasReceiver` false for static members and extensions). */
export function invoker(
  slots: SlotCache,
  symbol: Invocable,
  hasReceiver: boolean,
  typeArguments: readonly Type[],
): Invoke {
  const implementation = symbol.implementation;
  switch (implementation.kind) {
    case 'function': {
      const fn = slots.fn({ kind: 'member', id: symbol.id, access: 'call' });
      if (implementation.typeArguments) {
        const types = slots.get({ kind: 'types', types: typeArguments });
        return hasReceiver
          ? (receiver, args) => fn(receiver, types, ...args)
          : (_, args) => fn(types, ...args);
      }
      return hasReceiver ? (receiver, args) => fn(receiver, ...args) : (_, args) => fn(...args);
    }
    case 'method': {
      if (!hasReceiver) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      const name = implementation.name;
      return (receiver, args) => (receiver as JsMethods)[name]!(...args);
    }
    default:
      throw new Error(`${symbol.id} cannot be called (implementation ${implementation.kind})`);
  }
}

/** A constant field's value, when the member is a constant. */
export function constantOf(
  symbol: PropertySymbol | FieldSymbol,
  slots: SlotCache,
): { value: unknown } | null {
  const implementation = readPart(symbol.implementation);
  if (implementation.kind !== 'constant') return null;
  if (symbol.kind !== 'field') throw new Error(`${symbol.id} is a property without a value`);
  const value = symbol.constantValue;
  if (value === null || ['string', 'number', 'bigint', 'boolean'].includes(typeof value)) return { value };
  return { value: slots.get({ kind: 'constant', id: symbol.id }) };
}

/** Reads a property or field (not a constant: see `constantOf`). */
export function reader(slots: SlotCache, symbol: PropertySymbol | FieldSymbol, hasReceiver: boolean): Read {
  const implementation = readPart(symbol.implementation);
  switch (implementation.kind) {
    case 'function': {
      const fn = slots.fn({ kind: 'member', id: symbol.id, access: 'get' });
      return hasReceiver ? (receiver) => fn(receiver) : () => fn();
    }
    case 'property': {
      if (!hasReceiver) throw new Error(`${symbol.id} is a JavaScript property without a receiver`);
      const name = implementation.name;
      return (receiver) => (receiver as JsObject)[name];
    }
    case 'method': {
      if (!hasReceiver) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      const name = implementation.name;
      return (receiver) => (receiver as JsMethods)[name]!();
    }
    default:
      throw new Error(`${symbol.id} cannot be read`);
  }
}

/** Writes a property or field. */
export function writer(slots: SlotCache, symbol: PropertySymbol | FieldSymbol, hasReceiver: boolean): Write {
  const implementation = writePart(symbol.implementation, symbol.id);
  switch (implementation.kind) {
    case 'function': {
      const fn = slots.fn({ kind: 'member', id: symbol.id, access: 'set' });
      return hasReceiver ? (receiver, value) => void fn(receiver, value) : (_, value) => void fn(value);
    }
    case 'property': {
      if (!hasReceiver) throw new Error(`${symbol.id} is a JavaScript property without a receiver`);
      const name = implementation.name;
      return (receiver, value) => {
        (receiver as JsObject)[name] = value;
      };
    }
    case 'method': {
      if (!hasReceiver) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      const name = implementation.name;
      return (receiver, value) => void (receiver as JsMethods)[name]!(value);
    }
    default:
      throw new Error(`${symbol.id} cannot be written`);
  }
}

/** Reads an indexer: `(self, ...indices)`. */
export function indexerReader(slots: SlotCache, indexer: IndexerSymbol): IndexerRead {
  const implementation = readPart(indexer.implementation);
  switch (implementation.kind) {
    case 'function': {
      const fn = slots.fn({ kind: 'member', id: indexer.id, access: 'get' });
      return (receiver, indices) => fn(receiver, ...indices);
    }
    case 'method': {
      const name = implementation.name;
      return (receiver, indices) => (receiver as JsMethods)[name]!(...indices);
    }
    default:
      throw new Error(`${indexer.id} cannot be read`);
  }
}

/** Writes an indexer: `(self, value, ...indices)`. */
export function indexerWriter(slots: SlotCache, indexer: IndexerSymbol): IndexerWrite {
  const implementation = writePart(indexer.implementation, indexer.id);
  switch (implementation.kind) {
    case 'function': {
      const fn = slots.fn({ kind: 'member', id: indexer.id, access: 'set' });
      return (receiver, indices, value) => void fn(receiver, value, ...indices);
    }
    case 'method': {
      const name = implementation.name;
      return (receiver, indices, value) => void (receiver as JsMethods)[name]!(value, ...indices);
    }
    default:
      throw new Error(`${indexer.id} cannot be written`);
  }
}
