import { declareType } from '../../registry.js';

/** The collection interfaces. Members are declared with the runtime collections (`extendType`). */
declareType({ name: 'System.Collections.IEnumerable', kind: 'interface', apim: 'all' });
declareType({
  name: 'System.Collections.Generic.IEnumerable<out T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['System.Collections.IEnumerable'],
});
declareType({
  name: 'System.Collections.Generic.IEnumerator<out T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['System.IDisposable'],
});
declareType({
  name: 'System.Collections.Generic.IReadOnlyCollection<out T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IEnumerable<T>'],
});
declareType({
  name: 'System.Collections.Generic.IReadOnlyList<out T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IReadOnlyCollection<T>'],
});
declareType({
  name: 'System.Collections.Generic.ICollection<T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IEnumerable<T>'],
});
declareType({
  name: 'System.Collections.Generic.IList<T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['ICollection<T>'],
});
declareType({
  name: 'System.Collections.Generic.ISet<T>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['ICollection<T>'],
});
declareType({
  name: 'System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IReadOnlyCollection<KeyValuePair<TKey, TValue>>'],
});
declareType({
  name: 'System.Collections.Generic.IDictionary<TKey, TValue>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['ICollection<KeyValuePair<TKey, TValue>>'],
});
declareType({ name: 'System.Collections.Generic.IEqualityComparer<in T>', kind: 'interface', apim: 'all' });
declareType({ name: 'System.Collections.Generic.IComparer<in T>', kind: 'interface', apim: 'all' });
