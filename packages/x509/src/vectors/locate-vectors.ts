import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The .NET vectors file: `$APIM_POLICY_X509_VECTORS`, or
 * `../shared/reference/x509-vectors/dotnet-vectors.json` beside the repository. Null when it is
 * not there (a clone without `../shared`).
 */
export function locateDotnetVectors(): string | null {
  const fromEnvironment = process.env.APIM_POLICY_X509_VECTORS;
  if (fromEnvironment !== undefined && fromEnvironment !== '')
    return existsSync(fromEnvironment) ? fromEnvironment : null;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  const file = resolve(directory, '..', 'shared', 'reference', 'x509-vectors', 'dotnet-vectors.json');
  return existsSync(file) ? file : null;
}
