import { describe, expect, it } from 'vitest';
import '../index.js';
import '../../runtime-types.js';
import { Dictionary } from '../../../runtime/collections/dictionary.js';
import { HashSet } from '../../../runtime/collections/hash-set.js';
import { KeyValuePair } from '../../../runtime/collections/key-value-pair.js';
import { List } from '../../../runtime/collections/list.js';
import { Queue } from '../../../runtime/collections/queue.js';
import { Stack } from '../../../runtime/collections/stack.js';
import { defaultComparer } from '../../../runtime/core/comparison.js';
import { defaultEqualityComparer } from '../../../runtime/core/equality.js';
import { Grouping, Lookup } from '../../../runtime/linq/grouping.js';
import { where } from '../../../runtime/linq/projection.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { runtimeTypeNamed } from '../../../runtime/type-resolver.js';
import { definitionNamed } from '../../registry.js';
import { declarationProblems } from '../test-support/check-declarations.js';

const int = (): RuntimeType => runtimeTypeNamed('int');
const list = () => new List([int()]);
const dictionary = () => new Dictionary([int(), int()]);
const set = () => new HashSet([int()]);

/**
 * The types the collections area declares or extends, with a sample of the runtime value
 * whose JavaScript members `jsMethod` / `jsProperty` name (null: the members are functions).
 */
const types: readonly (readonly [string, (() => object) | null])[] = [
  ['System.Array', () => []],
  ['System.Collections.IEnumerable', null],
  ['System.Collections.Generic.IEnumerable`1', null],
  ['System.Collections.Generic.IEnumerator`1', null],
  ['System.Collections.Generic.IReadOnlyCollection`1', null],
  ['System.Collections.Generic.IReadOnlyList`1', null],
  ['System.Collections.Generic.ICollection`1', null],
  ['System.Collections.Generic.IList`1', null],
  ['System.Collections.Generic.ISet`1', set],
  ['System.Collections.Generic.IReadOnlyDictionary`2', dictionary],
  ['System.Collections.Generic.IDictionary`2', dictionary],
  ['System.Collections.Generic.IEqualityComparer`1', () => defaultEqualityComparer],
  ['System.Collections.Generic.IComparer`1', () => defaultComparer],
  ['System.Collections.Generic.List`1', list],
  ['System.Collections.Generic.Dictionary`2', dictionary],
  ['System.Collections.Generic.HashSet`1', set],
  ['System.Collections.Generic.Queue`1', () => new Queue([int()])],
  ['System.Collections.Generic.Stack`1', () => new Stack([int()])],
  ['System.Collections.Generic.KeyValuePair`2', () => new KeyValuePair(1, 2, [int(), int()])],
  ['System.Linq.IOrderedEnumerable`1', null],
  ['System.Linq.IGrouping`2', () => new Grouping(1, [int(), int()])],
  ['System.Linq.ILookup`2', () => new Lookup([int(), int()], null)],
  ['System.Linq.Enumerable+Iterator`1', () => where([int()], [], () => true)],
  ['System.Linq.Enumerable', null],
];

describe('the collections area’s model', () => {
  it.each(types)('resolves every member of %s, its base and interfaces', (name, sample) => {
    const definition = definitionNamed(name);
    expect(definition).toBeDefined();
    expect(declarationProblems(definition!, { sample: sample?.() ?? null })).toEqual([]);
  });

  it('declares the LINQ operators as extension methods', () => {
    const extensions = definitionNamed('System.Linq.Enumerable')!.members.extensions;
    for (const name of [
      'Where',
      'Select',
      'First',
      'OrderBy',
      'GroupBy',
      'ToDictionary',
      'Sum',
      'Average',
      'Zip',
    ]) {
      expect(extensions.get(name)?.length ?? 0, name).toBeGreaterThan(0);
    }
    expect(extensions.get('Sum')!.length).toBe(20);
    expect(extensions.get('Min')!.length).toBe(22);
    const range = definitionNamed('System.Linq.Enumerable')!.members.byName.get('Range')!;
    expect(range[0]!.kind).toBe('method');
  });

  it('gives arrays their Length', () => {
    const length = definitionNamed('System.Array')!.members.byName.get('Length')!;
    expect(length[0]!.kind).toBe('property');
  });
});
