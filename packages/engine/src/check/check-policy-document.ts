import { type CheckResult, checkExpression, type Diagnostic } from '@apim-policy/expressions';
import type { Scope } from '../catalog/types.js';
import { validateDocument } from '../catalog/validate-document.js';
import { validateElement } from '../catalog/validate-element.js';
import type { ExpressionSite, PolicyDocument } from '../document/model.js';
import { type ReadOptions, readPolicyDocument } from '../document/read.js';
import { toCatalogElement } from './to-catalog-element.js';

export interface CheckDocumentOptions extends ReadOptions {
  /** The scope the document is deployed at, when known (global, workspace, product, api, operation). */
  readonly scope?: Scope;
  /** Skip values holding deployment-tool placeholders (see `ValidationOptions`). */
  readonly templatePlaceholders?: boolean;
}

/** One expression of a checked document: where it stands, and what checking it gave. */
export interface CheckedExpression {
  readonly site: ExpressionSite;
  /** Its syntax tree, diagnostics and (when it has no errors) bound tree, positions in the file. */
  readonly result: CheckResult;
}

export interface CheckDocumentResult {
  readonly document: PolicyDocument;
  /** Every problem of the file, in file order: XML, catalog, and each expression's. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every expression of the document, in file order, as checked (for tools that look further). */
  readonly expressions: readonly CheckedExpression[];
}

/**
 * Everything API Management would reject when the policy is saved, and the classic mistakes
 * its expressions warn about: reads the document, validates it against the policy catalog, and
 * parses and binds every expression, each diagnostic at its place in the file.
 */
export function checkPolicyDocument(text: string, options: CheckDocumentOptions = {}): CheckDocumentResult {
  const { document, diagnostics: read } = readPolicyDocument(text, options);
  const validation = { scope: options.scope, templatePlaceholders: options.templatePlaceholders };
  const catalog =
    document.root !== null
      ? validateDocument(toCatalogElement(document.root), validation)
      : document.policies.flatMap((policy) => validateElement(toCatalogElement(policy), validation));
  const expressions = document.expressions.map((site) => ({
    site,
    result: checkExpression(site.expression.text, { mapper: site.expression.mapper }),
  }));
  const expressionDiagnostics = expressions.flatMap(({ result }) =>
    // The front end reports unresolved named values once, for the whole document.
    result.diagnostics.filter((diagnostic) => diagnostic.code !== 'unresolved-named-value'),
  );
  const diagnostics = [...read, ...catalog, ...expressionDiagnostics].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1],
  );
  return { document, diagnostics, expressions };
}
