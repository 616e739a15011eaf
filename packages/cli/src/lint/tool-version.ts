import { readFileSync } from 'node:fs';

/** The CLI package's version (from its package.json, beside `src` and `dist`). */
export function toolVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('The package.json of @apim-policy/cli has no version');
  return version;
}
