/**
 * Reading one header from whatever a server hands out: a fetch `Headers` (or anything with
 * `get`), or a plain record such as Node's `IncomingHttpHeaders`. Names match
 * case-insensitively. The size limit is applied here, to the raw header text, before any
 * decoding.
 */
import { CertificateLoadError } from './errors.js';
import { checkSize } from './limits.js';

/** Request headers in either common shape. */
export type HeaderSource =
  | { get(name: string): string | null | undefined }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The values of a header: none when absent, one per occurrence otherwise. */
export function readHeader(headers: HeaderSource, name: string, maxLength: number): readonly string[] {
  if (typeof headers !== 'object' || headers === null) {
    throw new CertificateLoadError(
      'invalid-input',
      `expected request headers, got ${headers === null ? 'null' : typeof headers}`,
    );
  }
  const values = collect(headers, name);
  let total = 0;
  for (const value of values) {
    if (typeof value !== 'string') {
      throw new CertificateLoadError(
        'invalid-input',
        `header ${name} has a ${typeof value} value, not a string`,
      );
    }
    total += value.length;
  }
  checkSize(total, maxLength, `header ${name}`, 'characters');
  return values;
}

function collect(headers: HeaderSource, name: string): readonly string[] {
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const read = (key: string): unknown => (getter as (key: string) => unknown).call(headers, key);
    const value = read(name) ?? read(name.toLowerCase());
    return value === null || value === undefined ? [] : [value as string];
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== wanted) continue;
    const value = record[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) values.push(...(value as readonly string[]));
    else values.push(value as string);
  }
  return values;
}

/** The single value of a header that must not repeat; null when absent. */
export function singleValue(values: readonly string[], name: string): string | null {
  if (values.length > 1) {
    throw new CertificateLoadError(
      'duplicate-header',
      `header ${name} appears ${values.length} times; a certificate header must appear once`,
    );
  }
  return values[0] ?? null;
}
