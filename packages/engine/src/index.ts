// @apim-policy/engine: policy documents as teams deploy them: read (tolerant XML front end with
// positions and named values), validated against the catalog of API Management's policies,
// composed across scopes and fragments, and run against requests to an outcome.
export * from './catalog/index.js';
export type { CertificateInput } from './certificates/certificate-input.js';
export {
  type CheckDocumentOptions,
  type CheckDocumentResult,
  type CheckedExpression,
  checkPolicyDocument,
} from './check/check-policy-document.js';
export type { ComposeOptions, MissingSection } from './compose/compose.js';
export { compositionMessages } from './compose/messages.js';
export { printEffectivePolicy } from './compose/print-effective.js';
export type { Origin, PlacedElement, ScopedDocument } from './compose/types.js';
export * from './document/index.js';
export type { PrecompiledExpression } from './load/expression-cache.js';
export { compilePolicy, type LoadPolicyOptions, loadPolicy, type ScopeSource } from './load/load-policy.js';
export type { FragmentSource, PolicySource } from './load/sources.js';
export {
  type FoundToken,
  findTokens,
  lookUp,
  type MappedText,
  type NamedValues,
  type SubstitutionOptions,
  type SubstitutionResult,
  sliceMapped,
  substitute,
  type TokenKind,
  type UnresolvedToken,
  verbatimText,
} from './named-values/index.js';
export { type PrintOptions, printOutcome, printTraceEntry } from './outcome/print-outcome.js';
export type * from './outcome/types.js';
export type { PolicyHandler } from './plan/handler.js';
export { planMessages } from './plan/messages.js';
export type { CompiledPolicy } from './run/compiled-policy.js';
export type { DeploymentDescription, IdentityDescription, RequestDescription } from './run/description.js';
export type { DotnetExceptionInfo } from './run/policy-error.js';
export { PolicyLoadError } from './run/policy-load-error.js';
export type { RunOptions, RunServicesInit } from './run/run-options.js';
export type { BackendCallback, HttpResponse, OutgoingRequest, Transport } from './run/services.js';
export { type CacheStore, MemoryCacheStore } from './services/cache-store.js';
export type { CounterState, CounterStore, CounterWindow } from './services/counter-store.js';
export { MemoryCounterStore } from './services/memory-counter-store.js';
