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
import { type Code, js, literal, property } from '../js-template.js';
import type { Emitter } from './emitter.js';

type Invocable = MethodSymbol | OperatorSymbol | ConstructorSymbol;

function leadingArguments(
  e: Emitter,
  implementation: Implementation,
  receiver: Code | null,
  typeArguments: readonly Type[],
): Code[] {
  const leading: Code[] = receiver === null ? [] : [receiver];
  if (implementation.kind === 'function' && implementation.typeArguments) {
    leading.push(e.slot({ kind: 'types', types: typeArguments }));
  }
  return leading;
}

/**
 * Calls a method, operator or constructor by its implementation (see the calling conventions
 * in `model/implementation.ts`). `receiver` is null for static members and extension methods
 * (whose receiver is the first argument).
 */
export function emitInvocation(
  e: Emitter,
  symbol: Invocable,
  receiver: Code | null,
  typeArguments: readonly Type[],
  args: readonly Code[],
): Code {
  const implementation = symbol.implementation;
  switch (implementation.kind) {
    case 'function': {
      const fn = e.slot({ kind: 'member', id: symbol.id, access: 'call' });
      return js`${fn}(${[...leadingArguments(e, implementation, receiver, typeArguments), ...args]})`;
    }
    case 'method':
      if (receiver === null) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      return js`${receiver}${property(implementation.name)}(${[...args]})`;
    default:
      throw new Error(`${symbol.id} cannot be called (implementation ${implementation.kind})`);
  }
}

function readPart(implementation: Implementation): Implementation {
  return implementation.kind === 'accessors' ? implementation.get : implementation;
}

/** How a setter runs: the `set` of `accessors`, or the same JavaScript property (`jsProperty`). */
function writePart(implementation: Implementation, id: string): Implementation {
  if (implementation.kind === 'accessors') return implementation.set;
  if (implementation.kind === 'property') return implementation;
  throw new Error(`${id} has no setter implementation`);
}

/** Reads a property or field (`receiver` null for static members). */
export function emitRead(
  e: Emitter,
  symbol: PropertySymbol | FieldSymbol,
  receiver: Code | null,
  typeArguments: readonly Type[] = [],
): Code {
  const implementation = readPart(symbol.implementation);
  switch (implementation.kind) {
    case 'constant': {
      if (symbol.kind !== 'field') throw new Error(`${symbol.id} is a property without a value`);
      const value = symbol.constantValue;
      if (value === null || ['string', 'number', 'bigint', 'boolean'].includes(typeof value)) {
        return literal(value as string | number | bigint | boolean | null);
      }
      return e.slot({ kind: 'constant', id: symbol.id });
    }
    case 'function': {
      const fn = e.slot({ kind: 'member', id: symbol.id, access: 'get' });
      return js`${fn}(${leadingArguments(e, implementation, receiver, typeArguments)})`;
    }
    case 'property':
      if (receiver === null) throw new Error(`${symbol.id} is a JavaScript property without a receiver`);
      return js`${receiver}${property(implementation.name)}`;
    case 'method':
      if (receiver === null) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      return js`${receiver}${property(implementation.name)}()`;
    default:
      throw new Error(`${symbol.id} cannot be read`);
  }
}

/** Writes a property (`receiver` null for static members); the code's value is unspecified. */
export function emitWrite(
  e: Emitter,
  symbol: PropertySymbol | FieldSymbol,
  receiver: Code | null,
  value: Code,
): Code {
  const implementation = writePart(symbol.implementation, symbol.id);
  switch (implementation.kind) {
    case 'function': {
      const fn = e.slot({ kind: 'member', id: symbol.id, access: 'set' });
      return js`${fn}(${receiver === null ? [value] : [receiver, value]})`;
    }
    case 'property':
      if (receiver === null) throw new Error(`${symbol.id} is a JavaScript property without a receiver`);
      return js`(${receiver}${property(implementation.name)} = ${value})`;
    case 'method':
      if (receiver === null) throw new Error(`${symbol.id} is a JavaScript method without a receiver`);
      return js`${receiver}${property(implementation.name)}(${value})`;
    default:
      throw new Error(`${symbol.id} cannot be written`);
  }
}

/** Reads an indexer: `(self, ...indices)`. */
export function emitIndexerRead(
  e: Emitter,
  indexer: IndexerSymbol,
  receiver: Code,
  indices: readonly Code[],
): Code {
  const implementation = readPart(indexer.implementation);
  switch (implementation.kind) {
    case 'function':
      return js`${e.slot({ kind: 'member', id: indexer.id, access: 'get' })}(${[receiver, ...indices]})`;
    case 'method':
      return js`${receiver}${property(implementation.name)}(${[...indices]})`;
    default:
      throw new Error(`${indexer.id} cannot be read`);
  }
}

/** Writes an indexer: `(self, value, ...indices)`. */
export function emitIndexerWrite(
  e: Emitter,
  indexer: IndexerSymbol,
  receiver: Code,
  indices: readonly Code[],
  value: Code,
): Code {
  const implementation = writePart(indexer.implementation, indexer.id);
  switch (implementation.kind) {
    case 'function':
      return js`${e.slot({ kind: 'member', id: indexer.id, access: 'set' })}(${[receiver, value, ...indices]})`;
    case 'method':
      return js`${receiver}${property(implementation.name)}(${[value, ...indices]})`;
    default:
      throw new Error(`${indexer.id} cannot be written`);
  }
}
