import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lintMessages } from './messages.js';
import { readText } from './read-text.js';
import { UsageError } from './usage-error.js';

/**
 * Reads a named-values file: JSON (`.json`) or YAML (any other name). Accepted shapes:
 * - a mapping `{ "name": "value" }` (numbers and booleans are written as text);
 * - Azure's lists: `az apim nv list` output (`[{ displayName, value }]`), the REST API's list
 *   (`{ value: [{ name, properties: { displayName, value } }] }`), or its array alone. A named
 *   value is referenced by its display name; entries without a value (secrets, Key Vault
 *   references) are left out, so their `{{name}}` stay unresolved warnings.
 */
export async function loadNamedValues(path: string, shown: string = path): Promise<Record<string, string>> {
  const text = await readText(path, shown);
  return parseNamedValues(text, shown, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
}

/** `loadNamedValues` on text already read. */
export function parseNamedValues(
  text: string,
  source: string,
  syntax: 'json' | 'yaml',
): Record<string, string> {
  let data: unknown;
  try {
    data = syntax === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(
      syntax === 'json'
        ? lintMessages.badJson(source, reason ?? '')
        : lintMessages.badYaml(source, reason ?? ''),
    );
  }
  if (Array.isArray(data)) return fromList(data, source);
  if (typeof data !== 'object' || data === null) throw new UsageError(lintMessages.namedValuesShape(source));
  const record = data as Record<string, unknown>;
  if (
    Array.isArray(record.value) &&
    Object.keys(record).every((key) => key === 'value' || key === 'nextLink')
  ) {
    return fromList(record.value, source);
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) values[name] = scalar(value, name, source);
  return values;
}

function fromList(entries: readonly unknown[], source: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null)
      throw new UsageError(lintMessages.namedValuesShape(source));
    const item = entry as Record<string, unknown>;
    const properties =
      typeof item.properties === 'object' && item.properties !== null
        ? (item.properties as Record<string, unknown>)
        : item;
    const name = properties.displayName ?? item.name;
    if (typeof name !== 'string') throw new UsageError(lintMessages.namedValuesShape(source));
    const value = properties.value;
    if (value === undefined || value === null) continue;
    values[name] = scalar(value, name, source);
  }
  return values;
}

function scalar(value: unknown, name: string, source: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new UsageError(lintMessages.namedValueType(source, name));
}
