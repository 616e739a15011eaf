import type { CheckedExpression } from '@apim-policy/engine';
import { findTokens } from '@apim-policy/engine';
import { type Node, walk, walkBound } from '@apim-policy/expressions';
import type { Rule } from '../../types.js';

/**
 * `deployment-placeholder`: a deployment-tool placeholder (`${name}` of Terraform, `#{name}#` of
 * Azure DevOps token replacement, `__NAME__` of pipelines) inside a policy expression. The
 * expression is only C# once the tool has filled it in, so what is checked here is not what runs;
 * and a file deployed without the substitution fails to save or runs with the placeholder text.
 */
export const rule: Rule = {
  id: 'deployment-placeholder',
  defaultSeverity: 'info',
  description: 'A Terraform / Azure DevOps / pipeline placeholder inside a policy expression.',
  messages: {
    placeholder:
      "The deployment placeholder '{token}' stands inside a policy expression: the expression is checked as written, not as deployed{hint}",
  },
  check(context) {
    const text = context.document.text;
    // Placeholders are rare: the trees are walked only for an expression that has one.
    let replaced: ReadonlySet<string> | undefined;
    for (const { site, result } of context.expressions) {
      const [start, end] = site.expression.range;
      const placeholders = findTokens(text.slice(start, end), true).filter(
        (token) => token.kind === 'placeholder',
      );
      if (placeholders.length === 0) continue;
      const holes = interpolationHoles(result.ast);
      replaced ??= replacedMarkers(context.expressions);
      for (const token of placeholders) {
        const range: [number, number] = [start + token.start, start + token.end];
        // `$"{a}${b}"`: a `$` before an interpolated string's hole is C#, not Terraform.
        if (token.token.startsWith('${') && holes.has(range[0] + 1)) continue;
        // `template.Replace("__STATE__", state)`: the expressions fill in their own marker.
        if (replaced.has(token.token)) continue;
        context.report({
          range,
          message: 'placeholder',
          data: {
            token: token.token,
            hint: context.templatePlaceholders
              ? ''
              : '; lint with --template-placeholders to check the file around such placeholders',
          },
        });
      }
    }
  },
};

/** The string literals the document's expressions replace themselves: `text.Replace("__X__", value)`. */
function replacedMarkers(expressions: readonly CheckedExpression[]): ReadonlySet<string> {
  const markers = new Set<string>();
  for (const { result } of expressions) {
    if (result.bound === null) continue;
    walkBound(result.bound.body, (node) => {
      if (node.kind !== 'call' || node.method.name !== 'Replace') return;
      const first = node.arguments[0];
      if (first?.kind === 'value' && first.value.kind === 'literal' && typeof first.value.value === 'string')
        markers.add(first.value.value);
    });
  }
  return markers;
}

/** The file offsets where the holes of interpolated strings start (`{`). */
function interpolationHoles(root: Node): ReadonlySet<number> {
  const holes = new Set<number>();
  walk(root, {
    enter(node) {
      if (node.type === 'Interpolation') holes.add(node.range[0]);
    },
  });
  return holes;
}
