import { type ContentNode, hasPlaceholder, type PolicyDocument } from '@apim-policy/engine';
import type { LineMap } from '@apim-policy/expressions';
import { lintDiagnostic } from './lint-diagnostic.js';
import type { LintDiagnostic } from './types.js';

/** The fragments a policy may include: their ids, or a map from id to the fragment's text. */
export type KnownFragments = ReadonlySet<string> | ReadonlyMap<string, string>;

/**
 * `unknown-fragment` for every `<include-fragment fragment-id="x"/>` whose id is not among the
 * known fragments, at the attribute's value. Ids holding a named value (or, with
 * `templatePlaceholders`, a deployment-tool placeholder) are filled in later and not checked.
 */
export function checkFragmentIds(
  document: PolicyDocument,
  fragments: KnownFragments,
  lines: LineMap,
  templatePlaceholders: boolean,
): LintDiagnostic[] {
  const found: LintDiagnostic[] = [];
  const visit = (nodes: readonly ContentNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'Element') continue;
      if (node.name === 'include-fragment') {
        const attribute = node.attributes.find((candidate) => candidate.name === 'fragment-id');
        if (
          attribute !== undefined &&
          !hasPlaceholder(attribute.value, templatePlaceholders) &&
          !fragments.has(attribute.value)
        )
          found.push(
            lintDiagnostic('unknown-fragment', attribute.valueRange, lines, { id: attribute.value }),
          );
      }
      visit(node.children);
    }
  };
  visit(document.children);
  return found;
}
