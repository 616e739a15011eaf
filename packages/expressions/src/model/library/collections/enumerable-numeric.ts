import * as n from '../../../runtime/linq/numeric.js';
import type { MemberDeclaration } from '../../declaration.js';
import { withTypeArguments } from '../../implementation.js';

/**
 * `Enumerable.Sum`, `Min`, `Max` and `Average` over the numeric types, with and without a
 * selector: one overload per type and nullable form, as .NET declares them (40 of each).
 */

const kinds: readonly n.NumericKind[] = ['int', 'long', 'float', 'double', 'decimal'];

/** The result type of `Average` over a kind: `int` and `long` average to `double`. */
const averageType = (kind: n.NumericKind): string => (kind === 'int' || kind === 'long' ? 'double' : kind);

function overloads(): Record<string, MemberDeclaration> {
  const members: Record<string, MemberDeclaration> = {};
  for (const kind of kinds) {
    for (const nullable of [false, true]) {
      const t = nullable ? `${kind}?` : kind;
      const average = `${averageType(kind)}${nullable ? '?' : ''}`;
      const source = `this IEnumerable<${t}> source`;
      const selector = `this IEnumerable<TSource> source, Func<TSource, ${t}> selector`;
      members[`static ${t} Sum(${source})`] = n.sum(kind);
      members[`static ${t} Sum<TSource>(${selector})`] = withTypeArguments(n.sumBy(kind));
      members[`static ${average} Average(${source})`] = n.average(kind, nullable);
      members[`static ${average} Average<TSource>(${selector})`] = withTypeArguments(
        n.averageBy(kind, nullable),
      );
      members[`static ${t} Min(${source})`] = n.min(kind, nullable);
      members[`static ${t} Min<TSource>(${selector})`] = withTypeArguments(n.minBy(kind, nullable));
      members[`static ${t} Max(${source})`] = n.max(kind, nullable);
      members[`static ${t} Max<TSource>(${selector})`] = withTypeArguments(n.maxBy(kind, nullable));
    }
  }
  members['static TSource Min<TSource>(this IEnumerable<TSource> source)'] = withTypeArguments(n.minGeneric);
  members['static TSource Max<TSource>(this IEnumerable<TSource> source)'] = withTypeArguments(n.maxGeneric);
  members[
    'static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)'
  ] = withTypeArguments(n.minGenericBy);
  members[
    'static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)'
  ] = withTypeArguments(n.maxGenericBy);
  return members;
}

export const numericMembers: Readonly<Record<string, MemberDeclaration>> = overloads();
