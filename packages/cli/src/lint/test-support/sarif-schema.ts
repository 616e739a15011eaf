import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';

/**
 * A validator of SARIF 2.1.0 logs against the schema in `__fixtures__/sarif-schema-2.1.0.json`.
 * The schema declares JSON Schema draft-04, which ajv 8 does not read; it uses no keyword whose
 * meaning changed between draft-04 and draft-07 (no boolean `exclusiveMinimum`), so it is read as
 * draft-07 with `id` spelled `$id`. `ajv-formats` is not installed: the three formats the schema
 * uses are checked here (`uri`, `uri-reference`, `date-time`). Its `language` pattern has a stray
 * `]` that is invalid with the `u` flag, hence `unicodeRegExp: false`.
 */
export function sarifValidator(): (log: unknown) => readonly ErrorObject[] {
  const schema = JSON.parse(
    readFileSync(new URL('../__fixtures__/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const { id, $schema: _draft04, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat(
    'uri-reference',
    (value: string) => URL.canParse(value, 'file:///base/') && !/[\s\\]/.test(value),
  );
  ajv.addFormat('date-time', (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value),
  );
  const validate = ajv.compile({ ...rest, $id: String(id) });
  return (log) => (validate(log) ? [] : (validate.errors ?? []));
}
