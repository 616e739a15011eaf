import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<ip-filter>`. Attributes and elements derived from `ip-filter.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const ipFilter: PolicySpec = {
  name: 'ip-filter',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'ip-filter.xsd' },
  attributes: [
    {
      name: 'action',
      type: { kind: 'enum', values: ['allow', 'forbid'] },
      expressions: true,
      default: 'allow',
    },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'address',
        attributes: [],
        text: true,
        multiple: true,
      },
      {
        name: 'address-range',
        attributes: [
          { name: 'from', type: { kind: 'string' }, expressions: true, required: true },
          { name: 'to', type: { kind: 'string' }, expressions: true, required: true },
        ],
        multiple: true,
      },
    ],
  },
};
