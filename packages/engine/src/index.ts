// @apim-policy/engine: policy documents as teams deploy them. This release reads them (tolerant
// XML front end with positions and named values) and validates them against the catalog of
// API Management's policies; composition and execution follow.
export * from './catalog/index.js';
export {
  type CheckDocumentOptions,
  type CheckDocumentResult,
  checkPolicyDocument,
} from './check/check-policy-document.js';
export * from './document/index.js';
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
