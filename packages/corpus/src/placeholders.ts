/**
 * Deployment-tool placeholders that are not C#: Terraform `${name}` and `%{ ... }`, Azure DevOps
 * `#{name}#`, token replacement `__NAME__`, and `{ALLCAPS}`. Expressions holding one are not C#
 * until the tool has run, so the corpus counts them apart. (APIM named values `{{name}}` are not
 * in this list: APIM itself substitutes them.)
 */
const patterns: readonly [string, RegExp][] = [
  ['terraform interpolation', /\$\{[^}]*\}/],
  ['terraform directive', /%\{[^}]*\}/],
  ['azure devops token', /#\{[^}]*\}#/],
  ['double-underscore token', /\b__[A-Z0-9_]+__\b/],
  ['braced capitals', /(?<!\{)\{[A-Z][A-Z0-9_]*\}(?!\})/],
  // The inference-failover sample's notebook replaces these bare tokens (its header comment says so).
  ['notebook token', /\b(?:RETRY_COUNT|BACKEND_POOL_ID)\b/],
];

/** The kind of deployment placeholder in `text`, or null. */
export function findPlaceholder(text: string): string | null {
  for (const [kind, pattern] of patterns) if (pattern.test(text)) return kind;
  return null;
}
