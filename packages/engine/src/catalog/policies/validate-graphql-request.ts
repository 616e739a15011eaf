import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-graphql-request>`. Attributes and elements derived from `validate-graphql-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateGraphqlRequest: PolicySpec = {
  name: 'validate-graphql-request',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-graphql-request.xsd' },
  attributes: [
    { name: 'error-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'max-depth', type: { kind: 'string' }, expressions: true },
    { name: 'max-size', type: { kind: 'string' }, expressions: true },
    { name: 'max-total-depth', type: { kind: 'string' }, expressions: true },
    { name: 'max-complexity', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'authorize',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'rule',
              attributes: [
                { name: 'path', type: { kind: 'string' }, expressions: true, required: true },
                {
                  name: 'action',
                  type: { kind: 'enum', values: ['allow', 'reject', 'remove'] },
                  expressions: true,
                  default: 'allow',
                },
              ],
              required: true,
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
