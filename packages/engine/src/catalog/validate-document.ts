import type { Diagnostic } from '@apim-policy/expressions';
import type { CatalogElement } from './element.js';
import { report } from './report.js';
import type { Section } from './types.js';
import { type ValidationOptions, validateStatements, type WalkContext } from './validate-element.js';

const SECTIONS: ReadonlySet<string> = new Set<Section>(['inbound', 'backend', 'outbound', 'on-error']);

function isSection(name: string): name is Section {
  return SECTIONS.has(name);
}

/**
 * Validates a whole document against the catalog, by its root:
 * - `<policies>`: each child must be a section, once; each section's policies are checked for that
 *   section and `options.scope`; `<base/>` may stand once directly in a section (at the global scope
 *   it has no effect, a warning);
 * - `<fragment>`: policies only, no sections, no `<base/>`, no `<include-fragment>` (fragments do not
 *   nest); `options.section` checks them for the section they will be included in;
 * - a section element (`<inbound>`) or a bare policy: validated as a snippet of that section.
 */
export function validateDocument(root: CatalogElement, options: ValidationOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (root.name === 'policies') validatePolicies(root, options, diagnostics);
  else if (root.name === 'fragment') {
    validateLooseText(root, diagnostics);
    validateStatements(root.children, { ...options, inFragment: true }, { kind: 'fragment' }, diagnostics);
  } else if (isSection(root.name)) validateSection(root, root.name, options, diagnostics);
  else validateStatements([root], { ...options, inFragment: false }, { kind: 'fragment' }, diagnostics);
  return diagnostics;
}

function validatePolicies(root: CatalogElement, options: ValidationOptions, diagnostics: Diagnostic[]): void {
  validateLooseText(root, diagnostics);
  const seen = new Set<string>();
  for (const child of root.children) {
    if (!isSection(child.name)) {
      diagnostics.push(report('unknown-section', child, { name: child.name }));
      continue;
    }
    if (seen.has(child.name)) diagnostics.push(report('duplicate-section', child, { name: child.name }));
    seen.add(child.name);
    validateSection(child, child.name, options, diagnostics);
  }
}

function validateSection(
  element: CatalogElement,
  section: Section,
  options: ValidationOptions,
  diagnostics: Diagnostic[],
): void {
  validateLooseText(element, diagnostics);
  let bases = 0;
  for (const child of element.children) {
    if (child.name !== 'base') continue;
    bases++;
    if (bases === 2) diagnostics.push(report('duplicate-base', child, { section }));
    if (options.scope === 'global' && bases === 1)
      diagnostics.push(report('base-at-global-scope', child, {}));
  }
  const context: WalkContext = { ...options, section, inFragment: false };
  validateStatements(element.children, context, { kind: 'section', section }, diagnostics);
}

/** Structural elements (`<policies>`, sections, `<fragment>`) hold elements, not text. */
function validateLooseText(element: CatalogElement, diagnostics: Diagnostic[]): void {
  for (const text of element.text ?? [])
    if (text.value.trim() !== '')
      diagnostics.push(report('text-not-allowed', text, { element: element.name }));
}
