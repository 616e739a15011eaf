import { describe, expect, it } from 'vitest';
import '../index.js';
import {
  accessors,
  constant,
  type Implementation,
  implementationOf,
  jsMethod,
  jsProperty,
} from '../../implementation.js';
import { definitionNamed } from '../../registry.js';
import {
  type CheckedDefinition,
  type CheckedMember,
  declarationProblems,
  membersOf,
} from './check-declarations.js';

/** A definition outside the registry, with the given named members. */
function fakeDefinition(
  members: Readonly<Record<string, Implementation>>,
  options: { readonly isStatic?: boolean; readonly base?: () => unknown } = {},
): CheckedDefinition {
  const byName = new Map<string, CheckedMember[]>();
  const definition: CheckedDefinition = {
    fullName: 'Test.Fake',
    get base() {
      return options.base?.() ?? null;
    },
    interfaces: [],
    members: { byName, constructors: [], indexers: [], operators: [], extensions: new Map() },
  };
  for (const [name, implementation] of Object.entries(members)) {
    byName.set(name, [
      {
        id: `Test.Fake.${name}`,
        isStatic: options.isStatic ?? false,
        declaringType: definition,
        implementation,
      },
    ]);
  }
  return definition;
}

class Sample {
  value = 1;
  run(): number {
    return this.value;
  }
}

describe('the declaration checker', () => {
  it('finds no problem when every member has an implementation', () => {
    const definition = fakeDefinition({
      Value: jsProperty('value'),
      Run: jsMethod('run'),
      Twice: implementationOf((self: Sample) => self.value * 2),
      Settable: accessors(jsProperty('value'), jsProperty('value')),
      Zero: constant,
    });
    expect(membersOf(definition)).toHaveLength(5);
    expect(declarationProblems(definition, { sample: new Sample() })).toEqual([]);
  });

  it('reports a member whose implementation the runtime object lacks', () => {
    const definition = fakeDefinition({
      Missing: jsProperty('missing'),
      Call: jsMethod('value'),
      Settable: accessors(jsProperty('value'), jsProperty('absent')),
    });
    expect(declarationProblems(definition, { sample: new Sample() })).toEqual([
      "Test.Fake.Missing: no 'missing' on the runtime class",
      "Test.Fake.Call: 'value' is not a method",
      "Test.Fake.Settable: no 'absent' on the runtime class",
    ]);
  });

  it('reports JavaScript members without a sample, or on static members', () => {
    expect(declarationProblems(fakeDefinition({ Run: jsMethod('run') }))).toEqual([
      "Test.Fake.Run: no sample for method 'run'",
    ]);
    const statics = fakeDefinition({ Run: jsMethod('run') }, { isStatic: true });
    expect(declarationProblems(statics, { sample: new Sample() })).toEqual([
      "Test.Fake.Run: method 'run' has no receiver",
    ]);
  });

  it('reports a base that does not resolve', () => {
    const definition = fakeDefinition(
      {},
      {
        base: () => {
          throw new Error('Unknown type Nowhere');
        },
      },
    );
    expect(declarationProblems(definition)).toEqual([
      'Test.Fake: base or interfaces do not resolve: Error: Unknown type Nowhere',
    ]);
  });

  it('skips inherited members when asked', () => {
    const other = fakeDefinition({});
    const definition = fakeDefinition({});
    (definition.members.byName as Map<string, CheckedMember[]>).set('Inherited', [
      { id: 'Test.Other.Inherited', isStatic: false, declaringType: other, implementation: jsMethod('x') },
    ]);
    expect(declarationProblems(definition)).toHaveLength(1);
    expect(declarationProblems(definition, { ownMembersOnly: true })).toEqual([]);
  });

  it('fails a registered type checked against a runtime object that lacks its members', () => {
    const definition = definitionNamed('System.Text.StringBuilder')!;
    expect(declarationProblems(definition, { sample: {} }).length).toBeGreaterThan(0);
  });
});
