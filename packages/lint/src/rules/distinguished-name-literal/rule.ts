import { formatMessage } from '@apim-policy/expressions';
import type { Rule } from '../../types.js';
import { literalComparisons } from '../certificate/comparisons.js';
import { literalFix } from '../certificate/literal-fix.js';
import { isDistinguishedName } from '../certificate/recognise.js';
import { nameProblem } from './name-problem.js';

const messages = {
  stateKey:
    "No {member} .NET prints matches '{literal}': .NET prints the state as '{printed}=', not '{written}='. It prints '{expected}'.",
  emailKey:
    "No {member} .NET prints matches '{literal}': .NET prints the e-mail address as '{printed}=', not '{written}='. It prints '{expected}'.",
  keyName:
    "No {member} .NET prints matches '{literal}': .NET prints '{written}=' as '{printed}='. It prints '{expected}'.",
  keyCase:
    "No {member} .NET prints matches '{literal}' in a case-sensitive comparison: .NET prints the key '{written}' as '{printed}'. It prints '{expected}'.",
  separator:
    "No {member} .NET prints matches '{literal}': .NET separates the parts of a name with ', ' (a comma and one space), never '{written}'. It prints '{expected}'.",
  escape:
    "No {member} .NET prints matches '{literal}': .NET does not escape with backslashes, it puts values with special characters in double quotes. It prints '{expected}'.",
  quotes:
    "No {member} .NET prints matches '{literal}': .NET puts a value in double quotes exactly when it holds , + = \" < > # ; or starts or ends with a space. It prints '{expected}'.",
  spacing:
    "No {member} .NET prints matches '{literal}': .NET prints no spaces around '=' or before a separator. It prints '{expected}'.",
  order:
    "No {member} .NET prints equals '{literal}': .NET prints the most specific part first (CN first, C last), the reverse of this order. It prints '{expected}'.",
  fix: "Replace with '{expected}'",
} as const;

/**
 * `Subject`, `Issuer`, `SubjectName.Name` and `IssuerName.Name` are printed by .NET in one
 * format (reversed RDNs, `, `, `S=`, `E=`, double quotes); a literal written another way (RFC
 * 4514 or OpenSSL style) never matches, so the check rejects every certificate.
 */
export const rule: Rule = {
  id: 'distinguished-name-literal',
  defaultSeverity: 'warning',
  description:
    'A subject or issuer literal that .NET never prints (no space after the comma, ST=, backslash escapes, reversed order).',
  messages,
  check(context) {
    for (const expression of context.expressions) {
      for (const comparison of literalComparisons(expression)) {
        if (!isDistinguishedName(comparison.member.member)) continue;
        const problem = nameProblem(comparison.value, {
          casing: comparison.memberCasing,
          caseSensitive: comparison.caseSensitive,
          match: comparison.match,
        });
        if (problem === null) continue;
        const fix = comparison.asWritten
          ? literalFix(
              context.document,
              comparison.literal,
              problem.expected,
              formatMessage(messages.fix, { expected: problem.expected }),
            )
          : undefined;
        context.report({
          range: comparison.literal.node.range,
          message: problem.kind,
          data: {
            member: comparison.member.member,
            literal: comparison.value,
            written: problem.written,
            printed: problem.printed,
            expected: problem.expected,
          },
          ...(fix === undefined ? {} : { fix }),
        });
      }
    }
  },
};
