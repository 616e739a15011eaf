/**
 * Chaining for services that may answer synchronously or with a promise: the synchronous path
 * stays synchronous, so a run whose stores answer at once never waits.
 */
export type Maybe<T> = T | Promise<T>;

/** `next(value)`, at once when `value` is not a promise. */
export function after<T, R>(value: Maybe<T>, next: (value: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** All the values, as an array at once when none is a promise. */
export function all<T>(values: readonly Maybe<T>[]): Maybe<T[]> {
  return values.some((value) => value instanceof Promise) ? Promise.all(values) : (values as T[]);
}
