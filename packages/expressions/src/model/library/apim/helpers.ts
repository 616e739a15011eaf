import { EXPRESSIONS_NAMESPACE } from '../../../runtime/apim/names.js';
import { Boxed } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** Full name of a type of API Management's expression namespace. */
export const apimName = (name: string): string => `${EXPRESSIONS_NAMESPACE}.${name}`;

/** A property read from the runtime object's field of the same (.NET) name. */
export const field = (name: string): MemberDeclaration => jsProperty(name);

/** A property read from the field of the same name, which the runtime never leaves null. */
export const nonNullField = (name: string): MemberDeclaration => ({
  implementation: jsProperty(name),
  nonNull: true,
});

/** A test for instances of a runtime class. */
export function instanceOf(
  runtimeClass: abstract new (...args: never[]) => unknown,
): (value: unknown) => boolean {
  return (value) => value instanceof runtimeClass;
}

/** Declares an enum of API Management's namespace (numbers, `Boxed` in an `object` slot). */
export function declareApimEnum(name: string, members: Readonly<Record<string, number>>): void {
  const fullName = apimName(name);
  declareType({
    name: fullName,
    kind: 'enum',
    apim: 'all',
    enum: members,
    boxing: 'boxed',
    test: (value) => value instanceof Boxed && value.type.name === fullName,
  });
}
