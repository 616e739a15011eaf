import { describe, expect, it } from 'vitest';
import './library/index.js';
import { type DeclaredMember, LazyMemberTable } from './member-table.js';
import { allDefinitions } from './registry.js';
import { parseSignature } from './signature-syntax.js';
import type { FieldSymbol, MemberSymbol } from './type-definition.js';

/** Stand-in symbols: what the table reads of a symbol is its kind, name and whether it extends. */
function symbolOf({ signature }: DeclaredMember): MemberSymbol {
  const syntax = parseSignature(signature);
  const name =
    syntax.kind === 'constructor'
      ? '.ctor'
      : syntax.kind === 'indexer'
        ? 'this[]'
        : syntax.kind === 'operator' || syntax.kind === 'conversion'
          ? 'operator'
          : syntax.name;
  const kind = syntax.kind === 'conversion' ? 'operator' : syntax.kind;
  const isExtension = syntax.kind === 'method' && syntax.parameters[0]?.modifier === 'this';
  return { kind, name, isExtension, id: signature } as unknown as MemberSymbol;
}

// Names that occur inside other signatures (as types, parameters, parts of longer names) as well
// as members of their own.
const signatures = [
  'Uri Uri { get; }',
  'string ToString()',
  'string ToString(string format)',
  'bool Equals(object Uri)',
  'int UriLength { get; }',
  'static Uri Create(string uri)',
  'T Get<T>(string name)',
  'new(string value)',
  'new()',
  'string this[int index] { get; }',
  'static bool operator ==(Sample a, Sample b)',
  'static implicit operator string(Sample value)',
  'static IEnumerable<T> Where<T>(this IEnumerable<T> source, Func<T, bool> predicate)',
  'static int Count<T>(this IEnumerable<T> source)',
  'static int Count(int Count)',
  'const int MaxValue = 10',
];
const declared = signatures.map((signature) => ({ signature, declaration: () => null }));
const enumFields = [
  { kind: 'field', name: 'Red' } as FieldSymbol,
  { kind: 'field', name: 'Uri' } as FieldSymbol,
];

/** The groups of a completely built table, by name. */
function groups(symbols: readonly MemberSymbol[], keep: (symbol: MemberSymbol) => boolean) {
  const byName = new Map<string, MemberSymbol[]>();
  for (const symbol of symbols.filter(keep))
    byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), symbol]);
  return byName;
}
const isNamed = (s: MemberSymbol) =>
  s.kind === 'property' || s.kind === 'field' || (s.kind === 'method' && !s.isExtension);
const isExtension = (s: MemberSymbol) => s.kind === 'method' && s.isExtension;

describe('LazyMemberTable', () => {
  it('finds by name, before anything else is built, exactly what the whole table holds', () => {
    const lazy = new LazyMemberTable(declared, symbolOf, enumFields);
    const parsed: string[] = [];
    const counting = new LazyMemberTable(
      declared,
      (member) => {
        parsed.push(member.signature);
        return symbolOf(member);
      },
      enumFields,
    );
    expect(counting.byName.get('MaxValue')?.map((s) => s.id)).toEqual(['const int MaxValue = 10']);
    // Only the signature holding the word was parsed.
    expect(parsed).toEqual(['const int MaxValue = 10']);

    const whole = new LazyMemberTable(declared, symbolOf, enumFields).all();
    const named = groups(whole, isNamed);
    for (const name of [
      'Uri',
      'ToString',
      'Equals',
      'UriLength',
      'Create',
      'Get',
      'Count',
      'Red',
      'Length',
    ]) {
      expect(
        lazy.byName.get(name)?.map((s) => s.id),
        name,
      ).toEqual(named.get(name)?.map((s) => s.id));
    }
    expect(lazy.byName.get('Uri')?.map((s) => s.kind)).toEqual(['property', 'field']);
    expect(lazy.extensions.get('Count')?.map((s) => s.id)).toEqual([
      'static int Count<T>(this IEnumerable<T> source)',
    ]);
    expect(lazy.byName.get('Count')?.map((s) => s.id)).toEqual(['static int Count(int Count)']);
    expect(lazy.constructors.map((s) => s.id)).toEqual(['new(string value)', 'new()']);
    expect(lazy.indexers.map((s) => s.id)).toEqual(['string this[int index] { get; }']);
    expect(lazy.operators).toHaveLength(2);
    expect(lazy.byName.has('Where')).toBe(false);
    expect(lazy.byName.get('Missing')).toBeUndefined();
    // Iteration after lookups: every group, in the order of each name's first member.
    expect([...lazy.byName.keys()]).toEqual([...named.keys()]);
    expect([...lazy.extensions.keys()]).toEqual(['Where', 'Count']);
  });

  it('gives the model every member by name, by kind and by id, as the whole table holds them', () => {
    let checked = 0;
    for (const definition of allDefinitions()) {
      const table = definition.members;
      const all = (definition as unknown as { allMembers(): readonly MemberSymbol[] }).allMembers();
      const named = groups(all, isNamed);
      const extensions = groups(all, isExtension);
      for (const [name, group] of named)
        expect(table.byName.get(name), `${definition.fullName}.${name}`).toEqual(group);
      for (const [name, group] of extensions) expect(table.extensions.get(name)).toEqual(group);
      expect([...table.byName.keys()]).toEqual([...named.keys()]);
      expect([...table.extensions.keys()]).toEqual([...extensions.keys()]);
      expect(table.constructors).toEqual(all.filter((s) => s.kind === 'constructor'));
      expect(table.indexers).toEqual(all.filter((s) => s.kind === 'indexer'));
      expect(table.operators).toEqual(all.filter((s) => s.kind === 'operator'));
      checked += all.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
