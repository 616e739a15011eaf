import { definitionNamed } from '../../model/registry.js';
import { anonymousType, arrayType, displayType, namedType, type Type } from '../../model/types.js';

/**
 * A type as plain data, for modules compiled ahead of time: named types by their full metadata
 * name (`System.Collections.Generic.List`1`) with their arguments, arrays, and anonymous types
 * by their members (which have no name to write).
 */
export type TypeJson =
  | { readonly named: string; readonly arguments?: readonly TypeJson[] }
  | { readonly array: TypeJson; readonly rank: number }
  | { readonly anonymous: readonly { readonly name: string; readonly type: TypeJson }[] };

export function typeToJson(type: Type): TypeJson {
  switch (type.kind) {
    case 'named':
      return type.arguments.length === 0
        ? { named: type.definition.fullName }
        : { named: type.definition.fullName, arguments: type.arguments.map(typeToJson) };
    case 'array':
      return { array: typeToJson(type.element), rank: type.rank };
    case 'anonymous':
      return {
        anonymous: type.members.map((member) => ({ name: member.name, type: typeToJson(member.type) })),
      };
    default:
      throw new Error(`The type ${displayType(type)} cannot be written into a module`);
  }
}

export function typeFromJson(json: TypeJson): Type {
  if ('named' in json) {
    const definition = definitionNamed(json.named);
    if (definition === undefined) throw new Error(`The runtime has no type '${json.named}'`);
    return namedType(definition, (json.arguments ?? []).map(typeFromJson));
  }
  if ('array' in json) return arrayType(typeFromJson(json.array), json.rank);
  return anonymousType(
    json.anonymous.map((member) => ({ name: member.name, type: typeFromJson(member.type) })),
  );
}
