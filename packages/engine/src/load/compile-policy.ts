import {
  type Backend,
  type CertificateNeed,
  type CompiledExpression,
  type Diagnostic,
  ExpressionCompileError,
} from '@apim-policy/expressions';
import type { Scope, Section } from '../catalog/types.js';
import { SCOPES, SECTIONS } from '../catalog/types.js';
import { validateDocument } from '../catalog/validate-document.js';
import { validateElement } from '../catalog/validate-element.js';
import { toCatalogElement } from '../check/to-catalog-element.js';
import { type ComposeOptions, composeSection, type MissingSection } from '../compose/compose.js';
import { compositionDiagnostic } from '../compose/messages.js';
import type { ScopedDocument } from '../compose/types.js';
import type { ExpressionSource, PolicyDocument } from '../document/model.js';
import { readPolicyDocument } from '../document/read.js';
import type { NamedValues } from '../named-values/index.js';
import type { PolicyHandler } from '../plan/handler.js';
import { Planner, type Preparer } from '../plan/planner.js';
import type { Step } from '../plan/step.js';
import type { SectionSteps } from '../run/pipeline.js';
import { compileCached, type PrecompiledExpression } from './expression-cache.js';
import type { SourceText } from './sources.js';

/** API Management's default global policy: forwards every request to the backend. */
export const DEFAULT_GLOBAL_POLICY =
  '<policies>\n  <inbound />\n  <backend>\n    <forward-request />\n  </backend>\n  <outbound />\n  <on-error />\n</policies>\n';

export interface CompileSettings {
  /** The scope of the main document (default `api`). */
  readonly scope: Scope | undefined;
  readonly namedValues: NamedValues | undefined;
  readonly placeholders: boolean;
  readonly unresolvedNamedValues: 'error' | 'warning';
  readonly unknownFragments: 'error' | 'warning';
  readonly templatePlaceholders: boolean;
  readonly mode: 'strict' | 'lenient';
  readonly missingSection: MissingSection;
  readonly compiler: Backend;
  /** Expressions compiled ahead of time, by text: used instead of compiling (see `LoadPolicyOptions`). */
  readonly precompiled: ReadonlyMap<string, PrecompiledExpression> | undefined;
  /** Add API Management's default global policy when no global document is given (default true). */
  readonly defaultGlobal: boolean;
  readonly handlers: ReadonlyMap<string, PolicyHandler>;
}

export interface CompiledDocuments {
  readonly documents: readonly ScopedDocument[];
  readonly fragments: ReadonlyMap<string, PolicyDocument>;
  /** How sections are composed (fragment lookup, missing sections), for printing the effective policy. */
  readonly compose: ComposeOptions;
  readonly steps: SectionSteps;
  readonly needs: readonly CertificateNeed[];
  readonly preparers: readonly Preparer[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The default global policy read once: it has no expressions and never changes. */
let defaultGlobal: PolicyDocument | undefined;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

/**
 * Reads, validates and compiles a policy with its parent scopes and fragments: every document
 * against the catalog at its scope, every expression, then the effective policy of each section
 * into steps. Diagnostics come per file, in file order.
 */
export function compileDocuments(
  main: SourceText,
  parents: readonly (SourceText & { readonly scope: Scope })[],
  fragmentTexts: ReadonlyMap<string, SourceText>,
  settings: CompileSettings,
): CompiledDocuments {
  const diagnostics: Diagnostic[] = [];
  const compiled = new Map<ExpressionSource, CompiledExpression | null>();

  const read = (source: SourceText, scope: Scope | undefined, fragment: boolean): PolicyDocument => {
    const result = readPolicyDocument(source.text, {
      file: source.file,
      namedValues: settings.namedValues,
      placeholders: settings.placeholders,
      mode: settings.unresolvedNamedValues === 'error' ? 'run' : 'check',
    });
    const own: Diagnostic[] = [...result.diagnostics];
    const { document } = result;
    const validation = {
      ...(fragment ? {} : { scope }),
      templatePlaceholders: settings.templatePlaceholders,
    };
    if (document.root !== null) own.push(...validateDocument(toCatalogElement(document.root), validation));
    else
      for (const policy of document.policies)
        own.push(
          ...((SECTIONS as readonly string[]).includes(policy.name)
            ? validateDocument(toCatalogElement(policy), validation)
            : validateElement(toCatalogElement(policy), { ...validation, section: 'inbound' })),
        );
    for (const site of document.expressions) {
      const ahead = settings.precompiled?.get(site.expression.text);
      if (ahead !== undefined) {
        compiled.set(site.expression, { ...ahead, diagnostics: [], backend: settings.compiler });
        continue;
      }
      try {
        const expression = compileCached(site.expression.text, site.expression.mapper, settings.compiler);
        compiled.set(site.expression, expression);
        own.push(...expression.diagnostics);
      } catch (error) {
        if (!(error instanceof ExpressionCompileError)) throw error;
        compiled.set(site.expression, null);
        own.push(...error.diagnostics.filter((diagnostic) => diagnostic.code !== 'unresolved-named-value'));
      }
    }
    diagnostics.push(...own.sort(byPosition));
    return document;
  };

  const documents: ScopedDocument[] = [];
  const hasGlobal = parents.some((parent) => parent.scope === 'global') || settings.scope === 'global';
  if (!hasGlobal && settings.defaultGlobal) {
    defaultGlobal ??= read({ text: DEFAULT_GLOBAL_POLICY, file: '(default global policy)' }, 'global', false);
    documents.push({ scope: 'global', document: defaultGlobal });
  }
  for (const parent of parents)
    documents.push({ scope: parent.scope, document: read(parent, parent.scope, false) });
  const mainScope = settings.scope ?? 'api';
  const mainDocument = read(main, settings.scope, false);
  documents.push({ scope: mainScope, document: mainDocument });
  checkScopeOrder(documents, diagnostics);

  const fragments = new Map<string, PolicyDocument>();
  const fragmentLookup = (id: string): PolicyDocument | undefined => {
    const known = fragments.get(id);
    if (known !== undefined) return known;
    const text = fragmentTexts.get(id);
    if (text === undefined) return undefined;
    const document = read(text, undefined, true);
    fragments.set(id, document);
    return document;
  };

  const planner = new Planner({
    mode: settings.mode,
    handlers: settings.handlers,
    compose: {
      fragments: fragmentLookup,
      missingSection: settings.missingSection,
      unknownFragment: settings.unknownFragments,
    },
    compiled: (expression) => compiled.get(expression) ?? null,
  });
  const steps = {} as Record<Section, readonly Step[]>;
  for (const section of SECTIONS) {
    const composed = composeSection(documents, section, planner.composeOptions, planner.diagnostics);
    steps[section] = planner.steps(composed.policies);
  }
  diagnostics.push(...planner.diagnostics);
  return {
    documents,
    fragments,
    compose: planner.composeOptions,
    steps,
    needs: planner.needs,
    preparers: planner.preparers,
    diagnostics: dedupe(diagnostics),
  };
}

/** A fragment included twice reports its problems once. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.code}@${diagnostic.range[0]}:${diagnostic.range[1]}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkScopeOrder(documents: readonly ScopedDocument[], diagnostics: Diagnostic[]): void {
  const seen = new Set<Scope>();
  let broadest = -1;
  for (const { scope, document } of documents) {
    const at = document.root ?? {
      range: [0, 0] as const,
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    };
    if (seen.has(scope)) diagnostics.push(compositionDiagnostic('duplicate-scope', at, { scope }));
    const rank = SCOPES.indexOf(scope);
    if (rank < broadest)
      diagnostics.push(
        compositionDiagnostic('scope-order', at, { scope, narrower: SCOPES[broadest] as Scope }),
      );
    broadest = Math.max(broadest, rank);
    seen.add(scope);
  }
}
