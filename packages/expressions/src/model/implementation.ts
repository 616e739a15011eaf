/**
 * How a member of the model runs. Compiled expressions do only these things with a member: call
 * its function, read or write a JavaScript property whose name the model gives, or call a
 * JavaScript method whose name the model gives. Names never come from the policy.
 *
 * Calling conventions of functions (`kind: 'function'`):
 * - instance members receive the instance first: `(self, ...args)`; static members `(...args)`;
 * - a property getter is `(self)` / `()`; a setter `(self, value)` / `(value)` (see `accessors`);
 * - an indexer getter is `(self, ...indices)`, its setter `(self, value, ...indices)`; a JavaScript
 *   method named for an indexer is called the same way, without `self`;
 * - a constructor is `(...args)` and returns the new instance;
 * - a method marked `typeArguments` receives the runtime types of its type arguments as an array
 *   right after `self` (or first, when static): `(self, [T], ...args)`;
 * - every declared parameter is passed: optional ones get their default, `params` arrive as one
 *   array, `out` and `ref` parameters as a `Reference` (`{ value }`) to read and write.
 */
export type Implementation =
  | { readonly kind: 'function'; readonly fn: (...args: never[]) => unknown; readonly typeArguments: boolean }
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'method'; readonly name: string }
  | { readonly kind: 'accessors'; readonly get: Implementation; readonly set: Implementation }
  | { readonly kind: 'constant' };

/** A member implemented by a function (see the calling conventions above). */
export type MemberFunction = (...args: never[]) => unknown;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function checkName(name: string): string {
  if (!identifier.test(name) || name === '__proto__' || name === 'constructor' || name === 'prototype') {
    throw new Error(`'${name}' cannot name a member implementation`);
  }
  return name;
}

/** The member is the JavaScript property `name` of the receiver (`string.Length` is `length`). */
export function jsProperty(name: string): Implementation {
  return { kind: 'property', name: checkName(name) };
}

/** The member is the JavaScript method `name` of the receiver, called with the arguments. */
export function jsMethod(name: string): Implementation {
  return { kind: 'method', name: checkName(name) };
}

/** The function receives the runtime types of the method's type arguments (see above). */
export function withTypeArguments(fn: MemberFunction): Implementation {
  return { kind: 'function', fn, typeArguments: true };
}

/** A property or indexer with a setter: how to read it and how to write it. */
export function accessors(
  get: Implementation | MemberFunction,
  set: Implementation | MemberFunction,
): Implementation {
  return { kind: 'accessors', get: implementationOf(get), set: implementationOf(set) };
}

/** A constant field or enum member: its value comes from the declaration. */
export const constant: Implementation = { kind: 'constant' };

/** Normalises what a declaration gives into an implementation. */
export function implementationOf(value: Implementation | MemberFunction): Implementation {
  return typeof value === 'function' ? { kind: 'function', fn: value, typeArguments: false } : value;
}
