import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The CLI package's version, from its package.json: the nearest one above this module, which is
 * `src/lint`, `dist/lint` or, in the binary's one-file bundle, `dist`.
 */
export function toolVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(findManifest(dirname(fileURLToPath(import.meta.url))), 'utf8'),
  );
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('The package.json of @apim-policy/cli has no version');
  return version;
}

function findManifest(directory: string): string {
  const candidate = join(directory, 'package.json');
  if (existsSync(candidate)) return candidate;
  const parent = dirname(directory);
  if (parent === directory) throw new Error('The package.json of @apim-policy/cli was not found');
  return findManifest(parent);
}
