import * as agg from '../../../runtime/linq/aggregates.js';
import * as conv from '../../../runtime/linq/conversions.js';
import * as el from '../../../runtime/linq/elements.js';
import * as grp from '../../../runtime/linq/grouping.js';
import * as ord from '../../../runtime/linq/ordering.js';
import * as part from '../../../runtime/linq/partition.js';
import * as proj from '../../../runtime/linq/projection.js';
import { Query } from '../../../runtime/linq/query.js';
import * as seq from '../../../runtime/linq/sequences.js';
import * as set from '../../../runtime/linq/set-operations.js';
import { jsMethod, jsProperty, withTypeArguments as types } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { numericMembers } from './enumerable-numeric.js';

/**
 * `System.Linq.Enumerable` (runtime: `runtime/linq/`). Every method is generic and receives the
 * runtime types of its type arguments first: `([TSource, TResult], source, selector)`.
 * Lambdas arrive as JavaScript functions taking and returning typed forms.
 */

const S = 'this IEnumerable<TSource> source';

declareType({
  name: 'System.Linq.IOrderedEnumerable<TElement>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IEnumerable<TElement>'],
});

declareType({
  name: 'System.Linq.IGrouping<out TKey, out TElement>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IEnumerable<TElement>'],
  members: { 'TKey Key { get; }': jsProperty('Key') },
});

declareType({
  name: 'System.Linq.ILookup<TKey, TElement>',
  kind: 'interface',
  apim: 'all',
  interfaces: ['IEnumerable<IGrouping<TKey, TElement>>'],
  members: {
    'int Count { get; }': jsProperty('Count'),
    'IEnumerable<TElement> this[TKey key] { get; }': jsMethod('getItem'),
    'bool Contains(TKey key)': jsMethod('Contains'),
  },
});

/**
 * The lazy results of LINQ operators: .NET's private iterator classes, known to the model as
 * one class (see `runtime/linq/query.ts`).
 */
declareType({
  name: 'System.Linq.Enumerable+Iterator<TSource>',
  kind: 'class',
  apim: 'all',
  interfaces: ['IEnumerable<TSource>'],
  test: (value) => value instanceof Query,
  members: { 'string ToString()': jsMethod('ToString') },
});

declareType({
  name: 'System.Linq.Enumerable',
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    // Filtering and projection.
    [`static IEnumerable<TSource> Where<TSource>(${S}, Func<TSource, bool> predicate)`]: types(proj.where),
    [`static IEnumerable<TSource> Where<TSource>(${S}, Func<TSource, int, bool> predicate)`]: types(
      proj.whereIndexed,
    ),
    [`static IEnumerable<TResult> Select<TSource, TResult>(${S}, Func<TSource, TResult> selector)`]: types(
      proj.select,
    ),
    [`static IEnumerable<TResult> Select<TSource, TResult>(${S}, Func<TSource, int, TResult> selector)`]:
      types(proj.selectIndexed),
    [`static IEnumerable<TResult> SelectMany<TSource, TResult>(${S}, Func<TSource, IEnumerable<TResult>> selector)`]:
      types(proj.selectMany),
    [`static IEnumerable<TResult> SelectMany<TSource, TResult>(${S}, Func<TSource, int, IEnumerable<TResult>> selector)`]:
      types(proj.selectManyIndexed),
    [`static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(${S}, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)`]:
      types(proj.selectManyWithResult),
    [`static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(${S}, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)`]:
      types(proj.selectManyIndexedWithResult),

    // Partitioning.
    [`static IEnumerable<TSource> Take<TSource>(${S}, int count)`]: types(part.take),
    [`static IEnumerable<TSource> Skip<TSource>(${S}, int count)`]: types(part.skip),
    [`static IEnumerable<TSource> TakeWhile<TSource>(${S}, Func<TSource, bool> predicate)`]: types(
      part.takeWhile,
    ),
    [`static IEnumerable<TSource> TakeWhile<TSource>(${S}, Func<TSource, int, bool> predicate)`]: types(
      part.takeWhileIndexed,
    ),
    [`static IEnumerable<TSource> SkipWhile<TSource>(${S}, Func<TSource, bool> predicate)`]: types(
      part.skipWhile,
    ),
    [`static IEnumerable<TSource> SkipWhile<TSource>(${S}, Func<TSource, int, bool> predicate)`]: types(
      part.skipWhileIndexed,
    ),

    // Ordering.
    [`static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(${S}, Func<TSource, TKey> keySelector)`]:
      types(ord.orderByAscending),
    [`static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(${S}, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)`]:
      types(ord.orderByAscending),
    [`static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(${S}, Func<TSource, TKey> keySelector)`]:
      types(ord.orderByDescending),
    [`static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(${S}, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)`]:
      types(ord.orderByDescending),
    'static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)':
      types(ord.thenByAscending),
    'static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)':
      types(ord.thenByAscending),
    'static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)':
      types(ord.thenByDescending),
    'static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)':
      types(ord.thenByDescending),
    [`static IEnumerable<TSource> Reverse<TSource>(${S})`]: types(seq.reverse),

    // Grouping and joining.
    [`static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(${S}, Func<TSource, TKey> keySelector)`]:
      types(grp.groupBy),
    [`static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(${S}, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)`]:
      types(grp.groupBy),
    [`static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)`]:
      types(grp.groupByElement),
    [`static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)`]:
      types(grp.groupByElement),
    [`static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(${S}, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)`]:
      types(grp.groupByResult),
    [`static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)`]:
      types(grp.groupByElementResult),
    [`static ILookup<TKey, TSource> ToLookup<TSource, TKey>(${S}, Func<TSource, TKey> keySelector)`]: types(
      grp.toLookup,
    ),
    [`static ILookup<TKey, TSource> ToLookup<TSource, TKey>(${S}, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)`]:
      types(grp.toLookup),
    [`static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)`]:
      types(grp.toLookupElement),
    'static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)':
      types(grp.join),
    'static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)':
      types(grp.groupJoin),

    // Set operations.
    [`static IEnumerable<TSource> Distinct<TSource>(${S})`]: types(set.distinct),
    [`static IEnumerable<TSource> Distinct<TSource>(${S}, IEqualityComparer<TSource> comparer)`]: types(
      set.distinct,
    ),
    'static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)':
      types(set.union),
    'static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)':
      types(set.union),
    'static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)':
      types(set.intersect),
    'static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)':
      types(set.intersect),
    'static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)':
      types(set.except),
    'static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)':
      types(set.except),

    // Building sequences.
    'static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)':
      types(seq.concat),
    'static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)':
      types(seq.zip),
    [`static IEnumerable<TSource> Append<TSource>(${S}, TSource element)`]: types(seq.append),
    [`static IEnumerable<TSource> Prepend<TSource>(${S}, TSource element)`]: types(seq.prepend),
    [`static IEnumerable<TSource> DefaultIfEmpty<TSource>(${S})`]: types(seq.defaultIfEmpty),
    [`static IEnumerable<TSource> DefaultIfEmpty<TSource>(${S}, TSource defaultValue)`]: types(
      seq.defaultIfEmpty,
    ),
    [`static IEnumerable<TSource> AsEnumerable<TSource>(${S})`]: types(seq.asEnumerable),
    'static IEnumerable<TResult> Cast<TResult>(this System.Collections.IEnumerable source)': types(seq.cast),
    'static IEnumerable<TResult> OfType<TResult>(this System.Collections.IEnumerable source)': types(
      seq.ofType,
    ),
    'static IEnumerable<int> Range(int start, int count)': seq.range,
    'static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)': types(seq.repeat),
    'static IEnumerable<TResult> Empty<TResult>()': types(seq.empty),

    // Elements.
    [`static TSource First<TSource>(${S})`]: types(el.first),
    [`static TSource First<TSource>(${S}, Func<TSource, bool> predicate)`]: types(el.firstWhere),
    [`static TSource FirstOrDefault<TSource>(${S})`]: types(el.firstOrDefault),
    [`static TSource FirstOrDefault<TSource>(${S}, Func<TSource, bool> predicate)`]: types(
      el.firstOrDefaultWhere,
    ),
    [`static TSource Last<TSource>(${S})`]: types(el.last),
    [`static TSource Last<TSource>(${S}, Func<TSource, bool> predicate)`]: types(el.lastWhere),
    [`static TSource LastOrDefault<TSource>(${S})`]: types(el.lastOrDefault),
    [`static TSource LastOrDefault<TSource>(${S}, Func<TSource, bool> predicate)`]: types(
      el.lastOrDefaultWhere,
    ),
    [`static TSource Single<TSource>(${S})`]: types(el.single),
    [`static TSource Single<TSource>(${S}, Func<TSource, bool> predicate)`]: types(el.singleWhere),
    [`static TSource SingleOrDefault<TSource>(${S})`]: types(el.singleOrDefault),
    [`static TSource SingleOrDefault<TSource>(${S}, Func<TSource, bool> predicate)`]: types(
      el.singleOrDefaultWhere,
    ),
    [`static TSource ElementAt<TSource>(${S}, int index)`]: types(el.elementAt),
    [`static TSource ElementAtOrDefault<TSource>(${S}, int index)`]: types(el.elementAtOrDefault),

    // Quantifiers and aggregates.
    [`static int Count<TSource>(${S})`]: types(agg.count),
    [`static int Count<TSource>(${S}, Func<TSource, bool> predicate)`]: types(agg.countWhere),
    [`static long LongCount<TSource>(${S})`]: types(agg.longCount),
    [`static long LongCount<TSource>(${S}, Func<TSource, bool> predicate)`]: types(agg.longCountWhere),
    [`static bool Any<TSource>(${S})`]: types(agg.any),
    [`static bool Any<TSource>(${S}, Func<TSource, bool> predicate)`]: types(agg.anyWhere),
    [`static bool All<TSource>(${S}, Func<TSource, bool> predicate)`]: types(agg.all),
    [`static bool Contains<TSource>(${S}, TSource value)`]: types(agg.contains),
    [`static bool Contains<TSource>(${S}, TSource value, IEqualityComparer<TSource> comparer)`]: types(
      agg.containsWith,
    ),
    'static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)': types(
      agg.sequenceEqual,
    ),
    'static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)':
      types(agg.sequenceEqual),
    [`static TSource Aggregate<TSource>(${S}, Func<TSource, TSource, TSource> func)`]: types(agg.aggregate),
    [`static TAccumulate Aggregate<TSource, TAccumulate>(${S}, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)`]:
      types(agg.aggregateSeed),
    [`static TResult Aggregate<TSource, TAccumulate, TResult>(${S}, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)`]:
      types(agg.aggregateSeedResult),
    ...numericMembers,

    // Conversions.
    [`static TSource[] ToArray<TSource>(${S})`]: types(conv.toArray),
    [`static List<TSource> ToList<TSource>(${S})`]: types(conv.toList),
    [`static HashSet<TSource> ToHashSet<TSource>(${S})`]: types(conv.toHashSet),
    [`static HashSet<TSource> ToHashSet<TSource>(${S}, IEqualityComparer<TSource> comparer)`]: types(
      conv.toHashSet,
    ),
    [`static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(${S}, Func<TSource, TKey> keySelector)`]:
      types(conv.toDictionary),
    [`static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(${S}, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)`]:
      types(conv.toDictionary),
    [`static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)`]:
      types(conv.toDictionaryElement),
    [`static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(${S}, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)`]:
      types(conv.toDictionaryElement),
  },
});
