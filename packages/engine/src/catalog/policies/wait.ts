import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<wait>`. Attributes and elements derived from `wait.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const wait: PolicySpec = {
  name: 'wait',
  sections: ['inbound', 'backend', 'outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'wait.xsd' },
  attributes: [
    { name: 'for', type: { kind: 'enum', values: ['all', 'any'] }, expressions: true, required: true },
  ],
  children: {
    kind: 'policies',
    only: [
      'choose',
      'forward-request',
      'send-request',
      'cache-lookup-value',
      'cache-store-value',
      'authentication-managed-identity',
      'authentication-token',
    ],
  },
};
