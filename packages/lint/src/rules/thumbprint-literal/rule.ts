import { formatMessage } from '@apim-policy/expressions';
import type { Rule } from '../../types.js';
import { literalComparisons } from '../certificate/comparisons.js';
import { literalFix } from '../certificate/literal-fix.js';
import { thumbprintProblem } from './thumbprint-text.js';

/**
 * `Thumbprint` is 40 upper-case hex digits without separators; a literal written otherwise and
 * compared case-sensitively never equals it, so the check rejects every certificate (or lets
 * none through an allow-list).
 */
const messages = {
  nonHex:
    "Thumbprint never equals '{literal}': '{character}' is not a hex digit (Thumbprint is 40 upper-case hex digits).",
  length:
    "Thumbprint never equals '{literal}': it has {count} hex digits, and Thumbprint (SHA-1) always has 40.",
  invisible:
    "Thumbprint never equals '{literal}': it holds the invisible character U+{code} (copied from the Windows certificate dialog); use '{fixed}'.",
  separators:
    "Thumbprint never equals '{literal}': .NET prints it without spaces, colons or dashes; use '{fixed}'.",
  lowercase:
    "Thumbprint never equals '{literal}': .NET prints it in upper case and this comparison is case-sensitive; use '{fixed}' (or compare with StringComparison.OrdinalIgnoreCase).",
  uppercase:
    "The lower-cased Thumbprint never equals '{literal}', which has upper-case letters; use '{fixed}'.",
  fix: "Replace with '{fixed}'",
};

export const rule: Rule = {
  id: 'thumbprint-literal',
  defaultSeverity: 'error',
  description:
    'A certificate Thumbprint compared with a literal it can never equal (lower case, spaces, colons, wrong length).',
  messages,
  check(context) {
    for (const expression of context.expressions) {
      for (const comparison of literalComparisons(expression)) {
        if (comparison.member.member !== 'Thumbprint') continue;
        const problem = thumbprintProblem(comparison.value, {
          casing: comparison.memberCasing,
          caseSensitive: comparison.caseSensitive,
          match: comparison.match,
        });
        if (problem === null) continue;
        const data = { ...problem, literal: comparison.value };
        const fix =
          'fixed' in problem && comparison.asWritten
            ? literalFix(
                context.document,
                comparison.literal,
                problem.fixed,
                formatMessage(messages.fix, { fixed: problem.fixed }),
              )
            : undefined;
        context.report({
          range: comparison.literal.node.range,
          message: problem.kind,
          data,
          ...(fix === undefined ? {} : { fix }),
        });
      }
    }
  },
};
