import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-status>`. Attributes and elements derived from `set-status.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setStatus: PolicySpec = {
  name: 'set-status',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-status.xsd' },
  attributes: [
    { name: 'code', type: { kind: 'int', min: 1 }, expressions: true },
    { name: 'reason', type: { kind: 'string' }, expressions: true },
  ],
};
