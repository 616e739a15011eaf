import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<proxy>`. Attributes and elements derived from `proxy.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const proxy: PolicySpec = {
  name: 'proxy',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'proxy.xsd' },
  attributes: [
    { name: 'url', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'username', type: { kind: 'string' }, expressions: true },
    { name: 'password', type: { kind: 'string' }, expressions: true },
  ],
};
