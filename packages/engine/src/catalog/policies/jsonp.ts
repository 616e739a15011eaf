import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<jsonp>`. Attributes and elements derived from `jsonp.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const jsonp: PolicySpec = {
  name: 'jsonp',
  sections: ['outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'jsonp.xsd' },
  attributes: [
    { name: 'callback-parameter-name', type: { kind: 'string' }, expressions: true, required: true },
  ],
};
