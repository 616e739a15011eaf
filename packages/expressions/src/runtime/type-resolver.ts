import type { RuntimeType } from './runtime-type.js';

let resolver: ((name: string) => RuntimeType) | null = null;

/** The model installs how type names resolve, so the runtime need not import the model. */
export function setRuntimeTypeResolver(resolve: (name: string) => RuntimeType): void {
  resolver = resolve;
}

const cache = new Map<string, RuntimeType>();

/**
 * The runtime type of a type written as in C# in the imported namespaces: `double`, `char`,
 * `List<string>`, `Newtonsoft.Json.Linq.JTokenType`. For runtime functions that box values or
 * test types (`new Boxed(runtimeTypeNamed('double'), 1.5)`).
 */
export function runtimeTypeNamed(name: string): RuntimeType {
  let found = cache.get(name);
  if (found === undefined) {
    if (resolver === null) throw new Error('The type model is not loaded');
    found = resolver(name);
    cache.set(name, found);
  }
  return found;
}
