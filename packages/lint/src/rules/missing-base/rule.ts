import { type Scope, SECTION_NAMES } from '@apim-policy/engine';
import type { Rule } from '../../types.js';

/** Scopes with a broader scope above them whose policies `<base/>` brings in. */
const INHERITING: ReadonlySet<Scope> = new Set(['workspace', 'product', 'api', 'operation']);

/**
 * `missing-base`: a section of a document below the global scope without `<base/>`. API
 * Management then runs only this document's policies in that section: whatever the broader
 * scopes put there (authentication, rate limits, CORS, logging) silently stops applying.
 */
export const rule: Rule = {
  id: 'missing-base',
  defaultSeverity: 'warning',
  description:
    'A section at workspace, product, API or operation scope without <base/>: the broader scopes’ policies do not run.',
  messages: {
    missingBase:
      'The <{section}> section has no <base/>: the {section} policies of the scopes above this {scope} do not run. Add <base/> where they should run, or disable this finding if leaving them out is intended',
  },
  check(context) {
    const { document, scope } = context;
    if (scope === undefined || !INHERITING.has(scope) || document.kind !== 'policies') return;
    for (const name of SECTION_NAMES) {
      const section = document.sections[name];
      if (section === undefined) continue;
      const hasBase = section.children.some((child) => child.type === 'Element' && child.name === 'base');
      if (!hasBase)
        context.report({
          range: section.startTagRange,
          message: 'missingBase',
          data: { section: name, scope },
        });
    }
  },
};
