import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpus of policy documents: `$APIM_POLICY_CORPUS`, or `../shared/corpus/policies`
 * beside the repository. Null when it is not there (a clone without `../shared`).
 */
export function locateCorpus(): string | null {
  const fromEnvironment = process.env.APIM_POLICY_CORPUS;
  if (fromEnvironment !== undefined && fromEnvironment !== '')
    return existsSync(fromEnvironment) ? fromEnvironment : null;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  const corpus = resolve(directory, '..', 'shared', 'corpus', 'policies');
  return existsSync(corpus) ? corpus : null;
}
