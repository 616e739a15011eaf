import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-status-code>`. Attributes and elements derived from `validate-status-code.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateStatusCode: PolicySpec = {
  name: 'validate-status-code',
  sections: ['outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-status-code.xsd' },
  attributes: [
    {
      name: 'unspecified-status-code-action',
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
        name: 'status-code',
        attributes: [
          { name: 'code', type: { kind: 'int', min: 0 }, expressions: false, required: true },
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
