import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<find-and-replace>`. Attributes and elements derived from `find-and-replace.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const findAndReplace: PolicySpec = {
  name: 'find-and-replace',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'find-and-replace.xsd' },
  attributes: [
    { name: 'from', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'to', type: { kind: 'string' }, expressions: true, required: true },
  ],
};
