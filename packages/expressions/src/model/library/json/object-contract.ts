import { setObjectContract } from '../../../runtime/json/from-object.js';
import type { Implementation } from '../../implementation.js';
import { dynamicTypeOf, runtimeType } from '../../runtime-types.js';
import type { PropertySymbol, TypeDefinition } from '../../type-definition.js';
import type { Type } from '../../types.js';

/**
 * The serializer's object contract for the runtime's classes (`JsonConvert.SerializeObject(
 * context.LastError)`): the public instance properties the model declares for the object's
 * type, the type's own first and then its base classes', read through their implementations.
 */

/** Reads a property through its implementation (typed form). */
function readProperty(implementation: Implementation, target: object): unknown {
  switch (implementation.kind) {
    case 'property':
      return (target as Record<string, unknown>)[implementation.name];
    case 'function':
      return (implementation.fn as (self: object) => unknown)(target);
    case 'accessors':
      return readProperty(implementation.get, target);
    default:
      return undefined;
  }
}

function propertiesOf(definition: TypeDefinition): PropertySymbol[] {
  const found: PropertySymbol[] = [];
  for (const members of definition.members.byName.values()) {
    for (const member of members) if (member.kind === 'property' && !member.isStatic) found.push(member);
  }
  return found;
}

setObjectContract((value) => {
  const type = dynamicTypeOf(value);
  if (type.kind !== 'named') return null;
  const members: (readonly [string, unknown])[] = [];
  const seen = new Set<string>();
  for (let current: TypeDefinition | null = type.definition; current !== null; ) {
    for (const property of propertiesOf(current)) {
      if (seen.has(property.name)) continue;
      seen.add(property.name);
      const read = readProperty(property.implementation, value);
      members.push([property.name, read === undefined ? null : runtimeType(property.type).box(read)]);
    }
    const base: Type | null = current.base;
    current =
      base !== null && base.kind === 'named' && base.definition.fullName !== 'System.Object'
        ? base.definition
        : null;
  }
  return members.length === 0 ? null : members;
});
