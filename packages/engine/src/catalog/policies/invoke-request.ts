import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<invoke-request>`. Attributes and elements derived from `invoke-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const invokeRequest: PolicySpec = {
  name: 'invoke-request',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'invoke-request.xsd' },
  attributes: [{ name: 'url', type: { kind: 'string' }, expressions: true, required: true }],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'value',
        attributes: [],
        text: true,
        multiple: true,
      },
    ],
  },
};
