import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-headers>`. Attributes and elements derived from `validate-headers.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateHeaders: PolicySpec = {
  name: 'validate-headers',
  sections: ['outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-headers.xsd' },
  attributes: [
    {
      name: 'specified-header-action',
      type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
      expressions: true,
      required: true,
    },
    {
      name: 'unspecified-header-action',
      type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
      expressions: true,
      required: true,
    },
    { name: 'errors-variable-name', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'header',
        attributes: [
          { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
          {
            name: 'action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
        ],
        multiple: true,
      },
    ],
  },
};
