import { toDotnetString } from '@apim-policy/expressions';

const LIMIT = 200;

/** A value as the trace shows it: .NET's ToString(), quoted for text, shortened when long. */
export function display(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? JSON.stringify(value) : toDotnetString(value);
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}… (${text.length} characters)` : text;
}
