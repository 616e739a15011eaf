import { dirname, resolve } from 'node:path';
import type { RequestDescription } from '@apim-policy/engine';
import { readCertificate } from '../context/certificates.js';
import { readDataFile } from '../context/files.js';
import { message } from '../context/messages.js';
import type { RequestInputs } from '../context/request-options.js';
import { UsageError } from '../lint/usage-error.js';

/**
 * A `--request` file (JSON or YAML): `method`, `url`, `headers` (a value or a list of values per
 * name), `body` (text, or any other JSON value, written as JSON), `ip`, `certificate` (a path
 * relative to the request file; `certificatePassword` for a PFX) and `negotiated`.
 */
export async function readRequestFile(cwd: string, file: string): Promise<Partial<RequestDescription>> {
  const data = await readDataFile(cwd, file);
  const fail = (reason: string): never => {
    throw new UsageError(message('bad-request-file', { file, reason }));
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('a request is a map of fields');
  const fields = data as Record<string, unknown>;
  const text = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : fail(`'${name}' must be text`);
  };
  const known = [
    'method',
    'url',
    'headers',
    'body',
    'ip',
    'certificate',
    'certificatePassword',
    'negotiated',
  ];
  for (const name of Object.keys(fields))
    if (!known.includes(name)) fail(`unknown field '${name}' (expected ${known.join(', ')})`);
  const headers: Record<string, string[]> = {};
  const given = fields.headers ?? {};
  if (given === null || typeof given !== 'object' || Array.isArray(given)) fail("'headers' must be a map");
  for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    headers[name] = values.map((one) =>
      typeof one === 'string' || typeof one === 'number'
        ? String(one)
        : fail(`header '${name}' must be text`),
    );
  }
  const body =
    fields.body === undefined || fields.body === null || typeof fields.body === 'string'
      ? fields.body
      : JSON.stringify(fields.body);
  const negotiated = fields.negotiated;
  if (negotiated !== undefined && typeof negotiated !== 'boolean') fail("'negotiated' must be true or false");
  const method = text('method');
  const url = text('url');
  const ip = text('ip');
  const certificate = text('certificate');
  return {
    ...(method === undefined ? {} : { method: method.toUpperCase() }),
    ...(url === undefined ? {} : { url }),
    headers,
    ...(body === undefined ? {} : { body: body as string | null }),
    ...(ip === undefined ? {} : { clientIp: ip }),
    ...(certificate === undefined
      ? {}
      : {
          certificate: await readCertificate(
            dirname(resolve(cwd, file)),
            certificate,
            text('certificatePassword'),
          ),
        }),
    ...(negotiated === undefined ? {} : { negotiated: negotiated as boolean }),
  };
}

/** The request of a run: the file's fields, overridden by the options (headers merged by name). */
export function mergeRequest(
  file: Partial<RequestDescription>,
  options: RequestInputs,
  defaultUrl: string,
): RequestDescription {
  const headers: Record<string, string | readonly string[]> = { ...(file.headers ?? {}) };
  for (const [name, values] of Object.entries(options.headers)) {
    for (const known of Object.keys(headers))
      if (known.toLowerCase() === name.toLowerCase()) delete headers[known];
    headers[name] = values;
  }
  return {
    ...file,
    url: options.url ?? file.url ?? defaultUrl,
    headers,
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(options.clientIp === undefined ? {} : { clientIp: options.clientIp }),
    ...(options.certificate === undefined ? {} : { certificate: options.certificate }),
  };
}
