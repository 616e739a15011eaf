/** What kind of token stands for a value to fill in. */
export type TokenKind = 'named-value' | 'placeholder';

/** A token found in text: `{{name}}`, or a deployment-tool placeholder. */
export interface FoundToken {
  readonly kind: TokenKind;
  /** The key looked up in the values map. */
  readonly name: string;
  /** The token as written, e.g. `{{backend-url}}` or `#{Backend}#`. */
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

/** API Management named values: letters, digits, `.`, `-`, `_` between double braces. */
const NAMED_VALUE = /\{\{([\p{L}\p{N}._-]+)\}\}/gu;

/**
 * Deployment-tool placeholders: Terraform and shell `${name}`, Azure DevOps token replacement
 * `#{name}#`, and `__NAME__` tokens in capitals.
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /\$\{([^{}\s]+)\}/g,
  /#\{([^{}\s]+)\}#/g,
  /(?<![A-Za-z0-9_])__([A-Z0-9](?:[A-Z0-9_]*[A-Z0-9])?)__(?![A-Za-z0-9_])/g,
];

/** Every token of `text` in order; placeholders only when asked for. Overlaps keep the first. */
export function findTokens(text: string, placeholders: boolean): FoundToken[] {
  const found: FoundToken[] = [];
  const collect = (pattern: RegExp, kind: TokenKind) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push({
        kind,
        name: match[1]!,
        token: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  };
  if (text.includes('{{')) collect(NAMED_VALUE, 'named-value');
  if (placeholders) for (const pattern of PLACEHOLDERS) collect(pattern, 'placeholder');
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundToken[] = [];
  let reached = 0;
  for (const token of found) {
    if (token.start < reached) continue;
    kept.push(token);
    reached = token.end;
  }
  return kept;
}
