import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<redirect-content-urls>`. Attributes and elements derived from `redirect-content-urls.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const redirectContentUrls: PolicySpec = {
  name: 'redirect-content-urls',
  sections: ['inbound', 'outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'redirect-content-urls.xsd' },
  attributes: [],
};
