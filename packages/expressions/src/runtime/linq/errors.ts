import { argumentNull, type DotnetException, invalidOperation } from '../exceptions.js';

/** LINQ's exceptions, with .NET's messages (the same on .NET Framework and modern .NET). */

export function noElements(): DotnetException {
  return invalidOperation('Sequence contains no elements');
}

export function noMatch(): DotnetException {
  return invalidOperation('Sequence contains no matching element');
}

export function moreThanOneElement(): DotnetException {
  return invalidOperation('Sequence contains more than one element');
}

export function moreThanOneMatch(): DotnetException {
  return invalidOperation('Sequence contains more than one matching element');
}

/** `ArgumentNullException` for a null sequence argument (`source`, `first`, `second`, `outer`, ...). */
export function requireSequence(value: unknown, name = 'source'): unknown {
  if (value === null) throw argumentNull(name);
  return value;
}

/** `ArgumentNullException` for a null delegate argument (`predicate`, `selector`, ...). */
export function requireFunction<F>(fn: F | null, name: string): F {
  if (fn === null) throw argumentNull(name);
  return fn;
}
