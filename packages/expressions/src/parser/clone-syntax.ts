/**
 * A deep copy of a syntax tree before placement: plain objects, arrays and primitives. A syntax
 * tree is a tree (no node is reached twice; the shared `UNPLACED` location is replaced when the
 * copy is placed). Anything else (a class instance, a function) is a defect of the tree and
 * throws, rather than being shared between copies.
 */
export function cloneSyntax<T>(tree: T): T {
  return copy(tree) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError(`A syntax tree holds a ${typeof value}`);
    return value;
  }
  if (Array.isArray(value)) {
    const array = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) array[index] = copy(value[index]);
    return array;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    throw new TypeError(`A syntax tree holds an instance of ${(value as object).constructor.name}`);
  const object: Record<string, unknown> = {};
  for (const key in value) object[key] = copy((value as Record<string, unknown>)[key]);
  return object;
}
