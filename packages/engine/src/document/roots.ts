import type { Diagnostic, LineMap } from '@apim-policy/expressions';
import { documentDiagnostic } from './messages.js';
import type { ContentNode, ElementNode, PolicyDocument, SectionName } from './model.js';
import { SECTION_NAMES } from './model.js';

/** What the top-level nodes of a file make: a `<policies>` document, a fragment, or a snippet. */
export type DocumentShape = Pick<PolicyDocument, 'kind' | 'root' | 'sections' | 'policies'>;

const elements = (nodes: readonly ContentNode[]): ElementNode[] =>
  nodes.filter((node): node is ElementNode => node.type === 'Element');

/**
 * Classifies the top level: a single `<policies>` root (with its sections), a single
 * `<fragment>` root (with its policy elements), or else a bare snippet whose top-level elements
 * are the policies.
 */
export function shapeOf(
  children: readonly ContentNode[],
  lines: LineMap,
  diagnostics: Diagnostic[],
): DocumentShape {
  const top = elements(children);
  const only = top.length === 1 ? top[0]! : null;
  if (only !== null && only.name === 'policies') {
    const sections: Partial<Record<SectionName, ElementNode>> = {};
    for (const child of elements(only.children)) {
      const name = SECTION_NAMES.find((section) => section === child.name);
      if (name === undefined) continue;
      if (sections[name] !== undefined) {
        diagnostics.push(documentDiagnostic('xml-duplicate-section', child.nameRange, lines, { name }));
        continue;
      }
      sections[name] = child;
    }
    return { kind: 'policies', root: only, sections, policies: [] };
  }
  if (only !== null && only.name === 'fragment')
    return { kind: 'fragment', root: only, sections: {}, policies: elements(only.children) };
  if (top.length === 0 && diagnostics.every((diagnostic) => diagnostic.severity !== 'error'))
    diagnostics.push(documentDiagnostic('xml-no-content', [0, 0], lines));
  return { kind: 'snippet', root: null, sections: {}, policies: top };
}
