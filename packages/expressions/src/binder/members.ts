import { allDefinitions } from '../model/registry.js';
import { allInterfaces, argumentMap, baseOf, isInterface, known, supertypes } from '../model/relations.js';
import type {
  ConstructorSymbol,
  IndexerSymbol,
  MemberSymbol,
  MethodSymbol,
  OperatorSymbol,
  TypeDefinition,
} from '../model/type-definition.js';
import { substitute, type Type } from '../model/types.js';

/** A member found on a type, with the substitution of its declaring type's parameters. */
export interface FoundMember<S extends MemberSymbol = MemberSymbol> {
  readonly symbol: S;
  /** Type parameters of the declaring type → type arguments as seen from the receiver. */
  readonly map: ReadonlyMap<string, Type>;
}

/**
 * The types whose members a member lookup on `type` sees, in order: the type and its base
 * classes, then (for interfaces, or as a fallback for members a class implements implicitly)
 * its interfaces, then `object`.
 */
function lookupChain(type: Type): { primary: Type[]; secondary: Type[] } {
  const primary: Type[] = [];
  for (let current: Type | null = type; current !== null; current = baseOf(current)) primary.push(current);
  // Arrays implement their collection interfaces explicitly (`array.Count` does not exist;
  // `array.Count()` is LINQ's): their members are System.Array's only.
  const secondary = type.kind === 'array' ? [] : [...allInterfaces(type)];
  if (isInterface(type) || type.kind === 'parameter') secondary.push(known('System.Object'));
  return { primary, secondary };
}

/** The substitution for members of `definition` as seen from `receiver`. */
export function mapFor(receiver: Type, definition: TypeDefinition): ReadonlyMap<string, Type> {
  for (const candidate of supertypes(receiver)) {
    if (candidate.kind === 'named' && candidate.definition === definition) return argumentMap(candidate);
  }
  return new Map();
}

function membersNamed(type: Type, name: string): FoundMember[] {
  if (type.kind !== 'named') return [];
  const symbols = type.definition.members.byName.get(name) ?? [];
  const map = argumentMap(type);
  return symbols.map((symbol) => ({ symbol, map }));
}

/**
 * Members named `name` on `type`: the most derived property or field, or every method along
 * the chain (overload resolution prefers the most derived applicable ones).
 */
export function lookupMembers(type: Type, name: string): FoundMember[] {
  const { primary, secondary } = lookupChain(type);
  const found: FoundMember[] = [];
  for (const group of [primary, secondary]) {
    for (const current of group) {
      const members = membersNamed(current, name);
      if (members.length === 0) continue;
      if (members.some((m) => m.symbol.kind !== 'method')) {
        // A property or field hides everything of the same name further up.
        if (found.length === 0) return members.filter((m) => m.symbol.kind !== 'method');
        continue;
      }
      found.push(...members);
    }
    if (found.length > 0) return found;
  }
  return found;
}

/** The indexers of a type (most derived first). */
export function lookupIndexers(type: Type): FoundMember<IndexerSymbol>[] {
  const { primary, secondary } = lookupChain(type);
  for (const group of [primary, secondary]) {
    const found: FoundMember<IndexerSymbol>[] = [];
    for (const current of group) {
      if (current.kind !== 'named') continue;
      const map = argumentMap(current);
      for (const symbol of current.definition.members.indexers) found.push({ symbol, map });
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** The constructors of a named type. */
export function lookupConstructors(type: Type): FoundMember<ConstructorSymbol>[] {
  if (type.kind !== 'named') return [];
  const map = argumentMap(type);
  return type.definition.members.constructors.map((symbol) => ({ symbol, map }));
}

/** User-defined operators (`operator -`) declared by a type or its bases. */
export function lookupOperators(type: Type, operator: string): FoundMember<OperatorSymbol>[] {
  const found: FoundMember<OperatorSymbol>[] = [];
  for (let current: Type | null = type; current !== null; current = baseOf(current)) {
    if (current.kind !== 'named') continue;
    const map = argumentMap(current);
    for (const symbol of current.definition.members.operators) {
      if (symbol.operator === operator) found.push({ symbol, map });
    }
  }
  return found;
}

const extensionsByName = new Map<string, readonly MethodSymbol[]>();
let extensionTypes: readonly TypeDefinition[] | undefined;

/** Every extension method of the model named `name` (only those of that name are parsed). */
export function extensionMethods(name: string): readonly MethodSymbol[] {
  let found = extensionsByName.get(name);
  if (found === undefined) {
    extensionTypes ??= allDefinitions().filter((definition) => definition.declaresExtensions);
    found = extensionTypes.flatMap((definition) => definition.members.extensions.get(name) ?? []);
    extensionsByName.set(name, found);
  }
  return found;
}

/** A member's type with its declaring type's parameters substituted. */
export function memberType(type: Type, map: ReadonlyMap<string, Type>): Type {
  return substitute(type, map);
}

/** Is `derived` a class derived (directly or not) from `base`, or an interface extending it? */
export function isSubclassDefinition(derived: TypeDefinition, base: TypeDefinition): boolean {
  for (
    let current = derived.base;
    current !== null;
    current = current.kind === 'named' ? current.definition.base : null
  ) {
    if (current.kind === 'named' && current.definition === base) return true;
  }
  return derived.interfaces.some(
    (i) => i.kind === 'named' && (i.definition === base || isSubclassDefinition(i.definition, base)),
  );
}
