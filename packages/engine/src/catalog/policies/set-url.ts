import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-url>`. Attributes and elements derived from `set-url.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setUrl: PolicySpec = {
  name: 'set-url',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'set-url.xsd' },
  attributes: [],
  text: true,
};
