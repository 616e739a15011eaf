import type { PolicySpec } from '../types.js';

/**
 * `<quota>`. Attributes and elements derived from `quota.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const quota: PolicySpec = {
  name: 'quota',
  sections: ['inbound'],
  scopes: ['product'],
  executable: true,
  source: { schema: 'quota.xsd' },
  attributes: [
    { name: 'calls', type: { kind: 'int' }, expressions: false },
    { name: 'bandwidth', type: { kind: 'int' }, expressions: false },
    { name: 'renewal-period', type: { kind: 'int' }, expressions: false, required: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'api',
        attributes: [
          { name: 'calls', type: { kind: 'int' }, expressions: false },
          { name: 'bandwidth', type: { kind: 'int' }, expressions: false },
          { name: 'id', type: { kind: 'string' }, expressions: false },
          { name: 'name', type: { kind: 'string' }, expressions: false },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'operation',
              attributes: [
                { name: 'calls', type: { kind: 'int' }, expressions: false },
                { name: 'bandwidth', type: { kind: 'int' }, expressions: false },
                { name: 'id', type: { kind: 'string' }, expressions: false },
                { name: 'name', type: { kind: 'string' }, expressions: false },
              ],
              multiple: true,
            },
          ],
        },
        multiple: true,
      },
    ],
  },
};
