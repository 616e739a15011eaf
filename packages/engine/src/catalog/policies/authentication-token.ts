import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<authentication-token>`. Attributes and elements derived from `authentication-token.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const authenticationToken: PolicySpec = {
  name: 'authentication-token',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'authentication-token.xsd' },
  attributes: [
    {
      name: 'token-type',
      type: { kind: 'enum', values: ['managed-service-identity', 'token-service'] },
      expressions: false,
      default: 'managed-service-identity',
    },
    { name: 'token-service-url', type: { kind: 'string' }, expressions: true },
    { name: 'resource-url', type: { kind: 'string' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
  ],
};
