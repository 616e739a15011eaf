import type { PolicyDocument } from '@apim-policy/engine';
import type { BoundLiteral, DiagnosticFix } from '@apim-policy/expressions';

/**
 * A fix that rewrites a C# string literal of the policy file to hold `value`, written the way the
 * file writes it: `"..."` or `&quot;...&quot;` in XML, `@"..."` kept verbatim. Undefined where
 * the file's text of the literal is not plain (a named value inside it, a raw string literal) or
 * the new value would need XML escaping.
 */
export function literalFix(
  document: PolicyDocument,
  literal: BoundLiteral,
  value: string,
  message: string,
): DiagnosticFix | undefined {
  const node = literal.node;
  if (node.type !== 'StringLiteral' || node.kind === 'raw' || node.utf8) return undefined;
  const raw = document.text.slice(node.range[0], node.range[1]);
  const prefix = node.kind === 'verbatim' ? '@' : '';
  const quote = ['&quot;', '"'].find(
    (candidate) => raw.startsWith(prefix + candidate) && raw.endsWith(candidate),
  );
  if (quote === undefined || raw.includes('{{') || /[&<>]/.test(value)) return undefined;
  const escaped =
    node.kind === 'verbatim'
      ? value.replaceAll('"', '""')
      : value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  const body = quote === '"' ? escaped : escaped.replaceAll('"', '&quot;');
  return { message, range: node.range, text: `${prefix}${quote}${body}${quote}` };
}
