/**
 * The policy catalog: every API Management policy as data, and validation of policy elements and
 * documents against it.
 */
export { closestName, getPolicySpec, isExecutable, policyNames } from './catalog.js';
export type { CatalogAttribute, CatalogElement, CatalogText } from './element.js';
export { type CatalogDiagnosticCode, catalogMessages } from './messages.js';
export { policySpecs } from './policies/index.js';
export * from './types.js';
export { validateDocument } from './validate-document.js';
export { type ValidationOptions, validateElement } from './validate-element.js';
export { hasPlaceholder } from './values.js';
