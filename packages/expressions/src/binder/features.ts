import type { Node } from '../ast/nodes.js';
import type { BinderContext } from './binder-context.js';

/**
 * C# features newer than the C# 7 that API Management compiles expressions with. The parser
 * accepts them so that the message can say exactly this instead of "syntax error".
 */
const features = {
  'default-literal': { description: "The 'default' literal", version: '7.1' },
  'switch-expression': { description: 'A switch expression', version: '8.0' },
  'not-pattern': { description: "A 'not' pattern", version: '9.0' },
  'relational-pattern': { description: 'A relational pattern', version: '9.0' },
  'logical-pattern': { description: "An 'and'/'or' pattern", version: '9.0' },
  'parenthesized-pattern': { description: 'A parenthesized pattern', version: '9.0' },
  'recursive-pattern': { description: 'A property or positional pattern', version: '8.0' },
  'list-pattern': { description: 'A list pattern', version: '11.0' },
  'discard-pattern': { description: "The discard pattern '_'", version: '8.0' },
  'type-pattern': { description: 'A type pattern without a designation in a switch case', version: '9.0' },
  range: { description: 'A range or index-from-end expression', version: '8.0' },
  'null-coalescing-assignment': { description: "The '??=' operator", version: '8.0' },
  'target-typed-new': { description: "A target-typed 'new()'", version: '9.0' },
  'with-expression': { description: "A 'with' expression", version: '9.0' },
  'raw-string': { description: 'A raw string literal', version: '11.0' },
  'utf8-string': { description: "A 'u8' string literal", version: '11.0' },
  'interpolated-verbatim-at-dollar': { description: "An '@$' interpolated string", version: '8.0' },
  'static-lambda': { description: 'A static lambda', version: '9.0' },
  'async-lambda': { description: 'An async lambda', version: '5.0 (await is not available)' },
  'using-declaration': { description: "A 'using' declaration", version: '8.0' },
  'static-local-function': { description: 'A static local function', version: '8.0' },
  'null-forgiving': { description: "The null-forgiving operator '!'", version: '8.0' },
  'nullable-reference-types': { description: 'A nullable reference type', version: '8.0' },
  'unsigned-right-shift': { description: "The '>>>' operator", version: '11.0' },
  'extended-property-pattern': { description: 'An extended property pattern', version: '10.0' },
  'lambda-discard-parameters': { description: 'Discard lambda parameters', version: '9.0' },
} as const;

export type Feature = keyof typeof features;

/** Reports that API Management does not accept a C# feature. */
export function reportFeature(cx: BinderContext, node: Node, feature: Feature): void {
  const { description, version } = features[feature];
  cx.report('csharp-feature-not-supported', node, { feature: description, version });
}
