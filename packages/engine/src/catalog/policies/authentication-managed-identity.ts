import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<authentication-managed-identity>`. Attributes and elements derived from `authentication-managed-identity.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 *
 * Sections: the documentation lists inbound only, but deployed samples call it in outbound
 * (AI-Gateway labs/mcp-client-authorization/src/apim-oauth/token.policy.xml), so every section is accepted.
 */
export const authenticationManagedIdentity: PolicySpec = {
  name: 'authentication-managed-identity',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'authentication-managed-identity.xsd' },
  attributes: [
    { name: 'resource', type: { kind: 'string' }, expressions: true },
    { name: 'client-id', type: { kind: 'string' }, expressions: true },
    { name: 'output-token-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
  ],
};
