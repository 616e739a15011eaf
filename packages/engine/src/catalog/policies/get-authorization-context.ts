import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<get-authorization-context>`. Attributes and elements derived from `get-authorization-context.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const getAuthorizationContext: PolicySpec = {
  name: 'get-authorization-context',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'get-authorization-context.xsd' },
  attributes: [
    { name: 'provider-id', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'authorization-id', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'identity-type', type: { kind: 'string' }, expressions: true, default: 'managed' },
    { name: 'identity', type: { kind: 'string' }, expressions: true, default: '' },
    { name: 'context-variable-name', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: true, default: 'false' },
  ],
};
