import type { Implementation } from '../../implementation.js';

/**
 * The check every area of the runtime library makes of its model: each declared type resolves
 * its base and interfaces, and each of its members has an implementation that can run.
 *
 * The types below are the parts of `TypeDefinition` and `MemberSymbol` the check reads, so that
 * a test can hand it a definition that is not in the registry.
 */

/** What the check reads of a member symbol. */
export interface CheckedMember {
  /** The member's id, which names it in the problems found. */
  readonly id: string;
  readonly isStatic: boolean;
  /** The type that declares the member (inherited members keep their declaring type). */
  readonly declaringType: object;
  readonly implementation: Implementation;
}

/** What the check reads of a member table. */
export interface CheckedMemberTable {
  readonly byName: ReadonlyMap<string, readonly CheckedMember[]>;
  readonly constructors: readonly CheckedMember[];
  readonly indexers: readonly CheckedMember[];
  readonly operators: readonly CheckedMember[];
  readonly extensions: ReadonlyMap<string, readonly CheckedMember[]>;
}

/** What the check reads of a type definition; its getters resolve the declaration lazily. */
export interface CheckedDefinition {
  readonly fullName: string;
  readonly base: unknown;
  readonly interfaces: unknown;
  readonly members: CheckedMemberTable;
}

/** How to check one type. */
export interface DeclarationCheck {
  /**
   * A runtime object with the JavaScript properties and methods that `jsProperty` / `jsMethod`
   * implementations name: an instance, or the prototype of the runtime class. Without one, such
   * implementations are problems.
   */
  readonly sample?: object | null;
  /** Check only the members the type declares itself, not those it inherits. */
  readonly ownMembersOnly?: boolean;
}

/** Every member symbol of a definition: constructors, indexers, operators, named members, extensions. */
export function membersOf(definition: CheckedDefinition): CheckedMember[] {
  const table = definition.members;
  return [
    ...table.constructors,
    ...table.indexers,
    ...table.operators,
    ...[...table.byName.values()].flat(),
    ...[...table.extensions.values()].flat(),
  ];
}

/** The property descriptor of `name` on the object or its prototypes (getters are not run: some throw). */
function descriptorOf(target: object, name: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

/** What is wrong with an implementation: a missing function, or a JavaScript member the sample lacks. */
function implementationProblems(
  implementation: Implementation,
  sample: object | null,
  isStatic: boolean,
): string[] {
  switch (implementation.kind) {
    case 'function':
      return typeof implementation.fn === 'function' ? [] : ['not a function'];
    case 'constant':
      return [];
    case 'accessors':
      return [
        ...implementationProblems(implementation.get, sample, isStatic),
        ...implementationProblems(implementation.set, sample, isStatic),
      ];
    case 'property':
    case 'method': {
      if (isStatic) return [`${implementation.kind} '${implementation.name}' has no receiver`];
      if (sample === null) return [`no sample for ${implementation.kind} '${implementation.name}'`];
      const descriptor = descriptorOf(sample, implementation.name);
      if (descriptor === undefined) return [`no '${implementation.name}' on the runtime class`];
      return implementation.kind === 'method' && typeof descriptor.value !== 'function'
        ? [`'${implementation.name}' is not a method`]
        : [];
    }
  }
}

/**
 * The problems of a declared type, each as `member id: problem` (empty when every member can
 * run): its base or interfaces failing to resolve, a member implemented by something other than
 * a function, or a `jsProperty` / `jsMethod` the sample lacks (or a static member naming one).
 */
export function declarationProblems(definition: CheckedDefinition, check: DeclarationCheck = {}): string[] {
  const found: string[] = [];
  try {
    void [definition.base, definition.interfaces];
  } catch (error) {
    found.push(`${definition.fullName}: base or interfaces do not resolve: ${String(error)}`);
  }
  for (const member of membersOf(definition)) {
    if (check.ownMembersOnly === true && member.declaringType !== definition) continue;
    for (const problem of implementationProblems(
      member.implementation,
      check.sample ?? null,
      member.isStatic,
    ))
      found.push(`${member.id}: ${problem}`);
  }
  return found;
}
