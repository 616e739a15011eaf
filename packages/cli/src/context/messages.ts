/** The messages of the eval, run, compile and format commands, by code. */
export const contextMessages = {
  'bad-certificate': 'Cannot read the certificate {file}: {reason}',
  'bad-crl': 'Cannot read the revocation list {file}: {reason}',
  'bad-data-file': 'Cannot read {file}: {reason}',
  'bad-header': "The header '{value}' is not NAME:VALUE",
  'bad-variable': "The variable '{value}' is not NAME=VALUE",
  'bad-variable-json': "The variable '{name}' does not hold JSON: {reason}",
  'bad-now': "'{value}' is not an ISO-8601 instant (for example 2026-01-15T10:30:00Z)",
  'bad-request-file': '{file}: {reason}',
  'bad-fragment': "The fragment '{value}' is not ID=FILE",
  'bad-scope-name': 'Name the scope of --scope {value} (global=, workspace=, product=, api=)',
  'bad-status': "'{value}' is not an HTTP status code",
  'bad-format': "'{value}' is not a format: expected {expected}",
  'not-an-expression': "'{value}' is not a policy expression: write @(...) or @{...}",
} as const;

export type ContextMessage = keyof typeof contextMessages;

/** The text of a message with its `{placeholders}` filled. */
export function message(code: ContextMessage, data: Readonly<Record<string, string | number>> = {}): string {
  return contextMessages[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
