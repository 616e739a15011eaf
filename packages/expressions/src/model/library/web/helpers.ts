import { DotnetException } from '../../../runtime/exceptions.js';
import { Boxed } from '../../../runtime/values.js';
import { declareType } from '../../registry.js';
import type { Allowance } from '../../type-definition.js';

/** Declares an enum, whose values are numbers (`Boxed` in an `object` slot). */
export function declareEnum(name: string, members: Readonly<Record<string, number>>, apim: Allowance): void {
  declareType({
    name,
    kind: 'enum',
    apim,
    enum: members,
    boxing: 'boxed',
    test: (value) => value instanceof Boxed && value.type.name === name,
  });
}

/** Declares exception types the runtime throws (known so that their names and bases are right). */
export function declareExceptions(types: readonly (readonly [string, string])[]): void {
  for (const [name, base] of types) {
    declareType({
      name,
      kind: 'class',
      base,
      apim: 'none',
      test: (value) => value instanceof DotnetException,
    });
  }
}

/** A test for instances of a runtime class. */
export function instanceOf(
  runtimeClass: abstract new (...args: never[]) => unknown,
): (value: unknown) => boolean {
  return (value) => value instanceof runtimeClass;
}
