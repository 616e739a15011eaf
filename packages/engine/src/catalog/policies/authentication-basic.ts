import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<authentication-basic>`. Attributes and elements derived from `authentication-basic.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const authenticationBasic: PolicySpec = {
  name: 'authentication-basic',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'authentication-basic.xsd' },
  attributes: [
    { name: 'username', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'password', type: { kind: 'string' }, expressions: true, required: true },
  ],
};
