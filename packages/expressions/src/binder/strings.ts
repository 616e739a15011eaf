import type { InterpolatedString } from '../ast/expressions.js';
import { known } from '../model/relations.js';
import { errorType } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression, BoundInterpolation } from './bound-tree.js';
import { constantOf } from './constants.js';
import { convertImplicit } from './convert.js';
import { bindExpression, bindValue } from './expressions.js';
import { reportFeature } from './features.js';

/**
 * `$"..."` (§12.8.3): C# compiles it to `string.Format` in the current culture, so every hole
 * is formatted from its object form, with its alignment and format string.
 */
export function bindInterpolatedString(cx: BinderContext, node: InterpolatedString): BoundExpression {
  if (node.kind === 'raw') reportFeature(cx, node, 'raw-string');
  else if (node.prefix === '@$') reportFeature(cx, node, 'interpolated-verbatim-at-dollar');
  const parts: BoundInterpolation['parts'][number][] = [];
  for (const part of node.parts) {
    if (part.type === 'InterpolatedText') {
      parts.push(part.value);
      continue;
    }
    let value = bindExpression(cx, part.expression);
    if (value.type.kind === 'void') {
      cx.report('no-implicit-conversion', part.expression, { from: 'void', to: 'object' });
      value = { kind: 'error', node: part.expression, type: errorType };
    }
    const boxed = value.type.kind === 'null' ? value : convertImplicit(cx, value, known('System.Object'));
    let alignment: BoundExpression | null = null;
    if (part.alignment !== null) {
      alignment = bindValue(cx, part.alignment, known('System.Int32'));
      if (alignment.type.kind !== 'error' && constantOf(alignment) === undefined)
        cx.report('constant-expected', part.alignment);
    }
    parts.push({ value: boxed, alignment, format: part.format?.value ?? null });
  }
  if (parts.every((part) => typeof part === 'string')) {
    return { kind: 'literal', node, type: known('System.String'), value: parts.join('') };
  }
  return { kind: 'interpolation', node, type: known('System.String'), parts };
}
