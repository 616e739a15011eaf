import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<include-fragment>`. Attributes and elements derived from `include-fragment.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const includeFragment: PolicySpec = {
  name: 'include-fragment',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'include-fragment.xsd' },
  attributes: [{ name: 'fragment-id', type: { kind: 'string' }, expressions: false, required: true }],
};
