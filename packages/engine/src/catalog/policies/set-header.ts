import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-header>`. Attributes and elements derived from `set-header.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setHeader: PolicySpec = {
  name: 'set-header',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-header.xsd' },
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    {
      name: 'exists-action',
      type: { kind: 'enum', values: ['override', 'append', 'skip', 'delete'] },
      expressions: true,
      default: 'override',
    },
  ],
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
