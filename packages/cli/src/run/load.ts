import { resolve } from 'node:path';
import {
  type CompiledPolicy,
  checkPolicyDocument,
  type LoadPolicyOptions,
  loadPolicy,
  type NamedValues,
  SCOPES,
  type Scope,
} from '@apim-policy/engine';
import { message } from '../context/messages.js';
import type { DiagnosticsOfText } from '../context/print-diagnostics.js';
import { readText } from '../lint/read-text.js';
import { UsageError } from '../lint/usage-error.js';

/** The scopes of `--scope` files given without a name, in order. */
const IMPLICIT_SCOPES: readonly Scope[] = ['global', 'product', 'api'];

/** One document of a run: its file, text and scope. */
export interface ScopedFile {
  readonly file: string;
  readonly text: string;
  readonly scope: Scope;
}

/** What `run` and `compile` load: the policy and its parents, read. */
export interface PolicyFiles {
  readonly main: ScopedFile;
  readonly parents: readonly ScopedFile[];
}

/**
 * Reads the policy and its `--scope` documents. A scope document is `SCOPE=FILE`
 * (`product=product.xml`) or a file alone: files alone are global, product and api in order, and
 * the policy is an api policy, or an operation policy when an api document is above it.
 */
export async function readPolicyFiles(
  cwd: string,
  policy: string,
  scopes: readonly string[],
): Promise<PolicyFiles> {
  const parents: ScopedFile[] = [];
  let implicit = 0;
  for (const given of scopes) {
    const named = /^([a-z]+)=(.+)$/.exec(given);
    let scope: Scope;
    let file = given;
    if (named !== null && (SCOPES as readonly string[]).includes(named[1] as string)) {
      scope = named[1] as Scope;
      file = named[2] as string;
    } else {
      const next = IMPLICIT_SCOPES[implicit++];
      if (next === undefined) throw new UsageError(message('bad-scope-name', { value: given }));
      scope = next;
    }
    parents.push({ file, text: await readText(resolve(cwd, file), file), scope });
  }
  const mainScope: Scope = parents.some((parent) => parent.scope === 'api') ? 'operation' : 'api';
  return {
    main: { file: policy, text: await readText(resolve(cwd, policy), policy), scope: mainScope },
    parents,
  };
}

/** Loads the policy with its parents; when it has errors, its diagnostics grouped by file. */
export async function loadPolicyFiles(
  files: PolicyFiles,
  options: Omit<LoadPolicyOptions, 'file' | 'scope' | 'parents'>,
): Promise<{ policy: CompiledPolicy; problems: DiagnosticsOfText[] }> {
  const policy = await loadPolicy(
    { text: files.main.text, file: files.main.file },
    {
      ...options,
      scope: files.main.scope,
      parents: files.parents.map((parent) => ({
        scope: parent.scope,
        source: { text: parent.text, file: parent.file },
      })),
    },
  );
  if (policy.ok) return { policy, problems: [] };
  return { policy, problems: placeByFile(files, policy, options.namedValues) };
}

/**
 * Diagnostics carry no file: each document is checked on its own to find its own, and what only
 * composition finds (a `<base/>` with nothing above it) is shown in the policy's file.
 */
function placeByFile(
  files: PolicyFiles,
  policy: CompiledPolicy,
  namedValues: NamedValues | undefined,
): DiagnosticsOfText[] {
  const key = (d: { code: string; range: readonly [number, number] }) =>
    `${d.code}@${d.range[0]}:${d.range[1]}`;
  const groups: DiagnosticsOfText[] = [];
  const placed = new Set<string>();
  for (const document of [...files.parents, files.main]) {
    const { diagnostics } = checkPolicyDocument(document.text, {
      scope: document.scope,
      file: document.file,
      ...(namedValues === undefined ? {} : { namedValues }),
    });
    const own = diagnostics.filter((d) =>
      policy.diagnostics.some((found) => key(found) === key(d) && found.message === d.message),
    );
    for (const d of own) placed.add(`${document.file}|${key(d)}`);
    if (own.length > 0) groups.push({ file: document.file, text: document.text, diagnostics: own });
  }
  const rest = policy.diagnostics.filter(
    (d) => ![...files.parents, files.main].some((document) => placed.has(`${document.file}|${key(d)}`)),
  );
  if (rest.length > 0) groups.push({ file: files.main.file, text: files.main.text, diagnostics: rest });
  return groups;
}
