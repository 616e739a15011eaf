import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-variable>`. Attributes and elements derived from `set-variable.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setVariable: PolicySpec = {
  name: 'set-variable',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-variable.xsd' },
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: false, required: true },
    { name: 'value', type: { kind: 'string' }, expressions: true, required: true },
  ],
};
