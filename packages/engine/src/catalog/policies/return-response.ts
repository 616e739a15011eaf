import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<return-response>`. Attributes and elements derived from `return-response.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const returnResponse: PolicySpec = {
  name: 'return-response',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'return-response.xsd' },
  attributes: [{ name: 'response-variable-name', type: { kind: 'string' }, expressions: false }],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'set-status',
        policy: true,
      },
      {
        name: 'set-header',
        policy: true,
        multiple: true,
      },
      {
        name: 'set-body',
        policy: true,
      },
    ],
  },
};
