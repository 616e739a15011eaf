import type { Backend } from '@apim-policy/expressions';
import type { Scope } from '../catalog/types.js';
import type { MissingSection } from '../compose/compose.js';
import type { NamedValues } from '../named-values/index.js';
import type { PolicyHandler } from '../plan/handler.js';
import { defaultHandlers } from '../policies/registry.js';
import { CompiledPolicy } from '../run/compiled-policy.js';
import type { DeploymentDescription } from '../run/description.js';
import type { RunServicesInit } from '../run/run-options.js';
import { compileDocuments } from './compile-policy.js';
import type { PrecompiledExpression } from './expression-cache.js';
import {
  type FragmentSource,
  type PolicySource,
  readFragmentDirectory,
  readSource,
  type SourceText,
  sourceTextSync,
} from './sources.js';

/** A parent scope's document. */
export interface ScopeSource {
  readonly scope: Scope;
  readonly source: PolicySource;
}

export interface LoadPolicyOptions {
  /** The file name diagnostics and traces show for text given directly. */
  readonly file?: string;
  /** The scope of the document (default `api`); set it to validate scope rules (quota: product only). */
  readonly scope?: Scope;
  /** Broader scopes' documents, broadest first; `<base/>` inlines them. */
  readonly parents?: readonly ScopeSource[];
  /**
   * API Management's default global policy (`<forward-request/>` in backend) stands in for a
   * global document when none is given. Default true.
   */
  readonly defaultGlobal?: boolean;
  /** Fragments for `include-fragment`: text by id, or a directory. */
  readonly fragments?: FragmentSource;
  /** Named values for `{{name}}`; one left unresolved is an error. */
  readonly namedValues?: NamedValues;
  /**
   * How a `{{name}}` without a value is reported: `error` (default: the policy cannot run, as API
   * Management cannot save it) or `warning` (checking policies without their named values, in CI).
   */
  readonly unresolvedNamedValues?: 'error' | 'warning';
  /** How an `include-fragment` whose fragment is not given is reported: `error` (default) or `warning`. */
  readonly unknownFragments?: 'error' | 'warning';
  /**
   * Treat deployment-tool placeholders (`${name}`, `#{name}#`, `__NAME__`) as text a pipeline fills
   * in later: values holding one are not validated (see `ValidationOptions.templatePlaceholders`).
   */
  readonly templatePlaceholders?: boolean;
  /** Also fill in deployment-tool placeholders (`${name}`, `#{name}#`, `__NAME__`) from `namedValues`. */
  readonly placeholders?: boolean;
  /**
   * `strict` (default): a policy this engine does not execute is an error. `lenient`: it is
   * skipped, with a warning and an entry in each run's trace.
   */
  readonly mode?: 'strict' | 'lenient';
  /** A document without a section inherits the parent's (`inherit`, default) or has none (`empty`). */
  readonly missingSection?: MissingSection;
  /** How expressions run: generated JavaScript (`codegen`, default) or closures (no `eval`). */
  readonly compiler?: Backend;
  /**
   * Expressions compiled ahead of time, by their text as the document reads it (references
   * decoded, named values substituted): the engine uses them instead of compiling, so loading
   * needs no code generation. Expressions not in the map are compiled as usual.
   */
  readonly precompiled?: ReadonlyMap<string, PrecompiledExpression>;
  /** The instance: uploaded certificates, CA certificates, revocation lists, region... */
  readonly deployment?: DeploymentDescription;
  /** Services shared by every run (each run may override them). */
  readonly services?: RunServicesInit;
  /** Handlers to use instead of (or besides) the built-in ones, by policy name. */
  readonly handlers?: ReadonlyMap<string, PolicyHandler>;
}

function includedFragmentIds(texts: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/<include-fragment\b[^>]*?\bfragment-id\s*=\s*(["'])(.*?)\1/g))
      ids.add(match[2] as string);
  return [...ids];
}

function compile(
  main: SourceText,
  parents: readonly (SourceText & { scope: Scope })[],
  fragments: ReadonlyMap<string, SourceText>,
  options: LoadPolicyOptions,
): CompiledPolicy {
  const handlers = new Map(defaultHandlers);
  for (const [name, handler] of options.handlers ?? []) handlers.set(name, handler);
  const compiled = compileDocuments(main, parents, fragments, {
    scope: options.scope,
    namedValues: options.namedValues,
    placeholders: options.placeholders ?? false,
    unresolvedNamedValues: options.unresolvedNamedValues ?? 'error',
    unknownFragments: options.unknownFragments ?? 'error',
    templatePlaceholders: options.templatePlaceholders ?? false,
    mode: options.mode ?? 'strict',
    missingSection: options.missingSection ?? 'inherit',
    compiler: options.compiler ?? 'codegen',
    precompiled: options.precompiled,
    defaultGlobal: options.defaultGlobal ?? true,
    handlers,
  });
  return new CompiledPolicy(compiled, options.deployment ?? {}, options.services ?? {});
}

/**
 * Loads a policy as API Management would when it is saved: reads the document (text or file) and
 * its parent scopes and fragments, validates them, compiles every expression and the effective
 * policy. The result carries every diagnostic; `policy.run(request)` runs it when it has no errors.
 */
export async function loadPolicy(
  source: PolicySource,
  options: LoadPolicyOptions = {},
): Promise<CompiledPolicy> {
  const main = await readSource(source, options.file);
  const parents = await Promise.all(
    (options.parents ?? []).map(async (parent) => ({
      ...(await readSource(parent.source)),
      scope: parent.scope,
    })),
  );
  const fragments = new Map<string, SourceText>();
  const given = options.fragments;
  if (typeof given === 'string') {
    // Fragments cannot include fragments, so the documents name every id needed.
    const ids = includedFragmentIds([main.text, ...parents.map((parent) => parent.text)]);
    for (const [id, text] of Object.entries(await readFragmentDirectory(given, ids))) fragments.set(id, text);
  } else if (given !== undefined) {
    for (const [id, text] of Object.entries(given)) fragments.set(id, { text, file: `fragment:${id}` });
  }
  return compile(main, parents, fragments, options);
}

/**
 * `loadPolicy` for documents given as text, synchronously: for hosts that build policies in
 * memory. Parents must be text too, and fragments a map.
 */
export function compilePolicy(source: PolicySource, options: LoadPolicyOptions = {}): CompiledPolicy {
  const main = sourceTextSync(source, options.file);
  const parents = (options.parents ?? []).map((parent) => ({
    ...sourceTextSync(parent.source),
    scope: parent.scope,
  }));
  if (typeof options.fragments === 'string')
    throw new TypeError('compilePolicy takes fragments as a map of text; use loadPolicy to read a directory');
  const fragments = new Map<string, SourceText>();
  for (const [id, text] of Object.entries(options.fragments ?? {}))
    fragments.set(id, { text, file: `fragment:${id}` });
  return compile(main, parents, fragments, options);
}
