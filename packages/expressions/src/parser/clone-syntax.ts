/**
 * A deep copy of a syntax tree before placement: plain objects, arrays and primitives, with an
 * object reached twice copied once. Anything else (a class instance, a function) is a defect of
 * the tree and throws, rather than being shared between copies.
 */
export function cloneSyntax<T>(tree: T): T {
  return copy(tree, new Map()) as T;
}

function copy(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError(`A syntax tree holds a ${typeof value}`);
    return value;
  }
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const array: unknown[] = [];
    copies.set(value, array);
    for (const item of value) array.push(copy(item, copies));
    return array;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    throw new TypeError(`A syntax tree holds an instance of ${(value as object).constructor.name}`);
  const object: Record<string, unknown> = {};
  copies.set(value, object);
  for (const [key, item] of Object.entries(value)) object[key] = copy(item, copies);
  return object;
}
