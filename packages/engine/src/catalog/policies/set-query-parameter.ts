import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<set-query-parameter>`. Attributes and elements derived from `set-query-parameter.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setQueryParameter: PolicySpec = {
  name: 'set-query-parameter',
  sections: ['inbound', 'backend'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-query-parameter.xsd' },
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
