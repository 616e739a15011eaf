import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<set-method>`. Attributes and elements derived from `set-method.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setMethod: PolicySpec = {
  name: 'set-method',
  sections: ['inbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-method.xsd' },
  attributes: [],
  text: true,
};
