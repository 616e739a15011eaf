import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<authentication-token-store>`. Attributes and elements derived from `authentication-token-store.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const authenticationTokenStore: PolicySpec = {
  name: 'authentication-token-store',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'authentication-token-store.xsd' },
  attributes: [
    { name: 'token-id', type: { kind: 'string' }, expressions: true },
    { name: 'client-id', type: { kind: 'string' }, expressions: true },
    { name: 'output-token-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
  ],
};
