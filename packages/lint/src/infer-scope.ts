import type { Scope } from '@apim-policy/engine';

/** Folder names that hold the documents of one scope in the APIOps layout. */
const FOLDERS: Readonly<Record<string, Scope>> = {
  apis: 'api',
  products: 'product',
  workspaces: 'workspace',
};

/** Folder names that hold policy fragments (no scope of their own). */
const FRAGMENT_FOLDERS: ReadonlySet<string> = new Set(['policy fragments', 'policyfragments', 'fragments']);

/** Words a file name ends with (before `policy`) that say its scope: `cft-api-policy.xml`, `get.operation.xml`. */
const NAME_WORDS: Readonly<Record<string, Scope>> = {
  operation: 'operation',
  api: 'api',
  apis: 'api',
  product: 'product',
  products: 'product',
  workspace: 'workspace',
  global: 'global',
};

/** Folders APIOps extracts a whole service into; `policy.xml` directly in one is the global policy. */
const SERVICE_FOLDERS: ReadonlySet<string> = new Set(['artifacts', 'apimartifacts', 'apim-artifacts']);

/**
 * The scope a policy file is deployed at, from its path, or undefined when the path does not say.
 * In order:
 * 1. the APIOps layout: `apis/<a>/operations/<o>/…` is an operation, `apis/<a>/…` an API,
 *    `products/<p>/…` a product, `workspaces/<w>/…` a workspace (or the API or operation inside
 *    it); a file under `policy fragments/` is a fragment, which has no scope;
 * 2. `policy.xml` directly in an APIOps service folder (`artifacts/policy.xml`) is global;
 * 3. the file name's last word before `policy`/`policies` (words split at `.`, `-`, `_`):
 *    `operation`, `api`/`apis`, `product`/`products`, `workspace`, `global` or `all-apis` (the
 *    portal's name for the global policy; not `service`: it
 *    ends the names of services as often as it means the service-wide policy)
 *    (`get-user.operation.xml`, `cft-api-policy.xml`, `products-policy.xml`, `policy.global.xml`,
 *    `global.xml`).
 */
export function inferScope(path: string): Scope | undefined {
  const segments = path
    .replaceAll('\\', '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => segment.toLowerCase());
  const file = segments.at(-1);
  if (file === undefined) return undefined;
  const folders = segments.slice(0, -1);
  const fromFolders = scopeFromFolders(folders);
  if (fromFolders !== null) return fromFolders ?? undefined;
  if (file === 'policy.xml' && folders.length > 0 && SERVICE_FOLDERS.has(folders.at(-1)!)) return 'global';
  return scopeFromName(file);
}

/** The scope the APIOps folders give (undefined for a fragment), or null when they say nothing. */
function scopeFromFolders(folders: readonly string[]): Scope | undefined | null {
  for (let index = folders.length - 1; index >= 0; index--) {
    const folder = folders[index]!;
    if (FRAGMENT_FOLDERS.has(folder)) return undefined;
    // `operations/<o>/` inside `apis/<a>/`: the folder two levels up is the API's.
    if (folder === 'operations' && index + 1 < folders.length && folders[index - 2] === 'apis')
      return 'operation';
    const scope = FOLDERS[folder];
    // The scope's folder must name one item (`apis/<a>/`), not be the file's own folder.
    if (scope !== undefined && index + 1 < folders.length) return scope;
  }
  return null;
}

function scopeFromName(file: string): Scope | undefined {
  const base = file.replace(/\.xml$/, '');
  const words = base.split(/[.\-_]+/).filter((word) => word !== '');
  while (words.length > 1 && (words.at(-1) === 'policy' || words.at(-1) === 'policies')) words.pop();
  const last = words.at(-1);
  if (last === undefined) return undefined;
  // "All APIs" is what the portal calls the global policy: `all-apis.xml`, `all-apis-policy.xml`.
  if ((last === 'apis' || last === 'api') && words.at(-2) === 'all') return 'global';
  return NAME_WORDS[last];
}
