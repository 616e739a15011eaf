import { closestName, findTokens } from '@apim-policy/engine';
import type { Rule } from '../../types.js';
import { variableUses } from './variable-uses.js';
import { variableWrites } from './variable-writes.js';

/**
 * `variable-never-set`: an expression reads a variable by a literal name that no policy of the
 * document sets. At run time `context.Variables["x"]` then throws (a 500), and
 * `GetValueOrDefault` always gives its default: usually a misspelt name.
 */
export const rule: Rule = {
  id: 'variable-never-set',
  defaultSeverity: 'warning',
  description:
    'A variable read by name that no policy of the document sets (a typo, or a set that was removed).',
  messages: {
    neverSet:
      "The variable '{name}' is read but never set in this document{suggestion}. If a broader scope or a fragment sets it, disable this finding on this line",
  },
  check(context) {
    // A fragment reads the variables of the policies that include it: nothing to tell from here.
    if (context.document.kind === 'fragment') return;
    const writes = variableWrites(context.document);
    if (writes.dynamic) return;
    const { reads, tested } = variableUses(context.expressions);
    for (const read of reads) {
      if (writes.names.has(read.name) || tested.has(read.name) || findTokens(read.name, true).length > 0)
        continue;
      const close = closestName(read.name, writes.names);
      context.report({
        range: read.range,
        message: 'neverSet',
        data: { name: read.name, suggestion: close === undefined ? '' : ` (did you mean '${close}'?)` },
      });
    }
  },
};
