import type { PolicySpec } from '../types.js';

/**
 * `<rate-limit>`. Attributes and elements derived from `rate-limit.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const rateLimit: PolicySpec = {
  name: 'rate-limit',
  sections: ['inbound'],
  scopes: ['product', 'api', 'operation'],
  executable: true,
  source: { schema: 'rate-limit.xsd' },
  attributes: [
    { name: 'calls', type: { kind: 'int' }, expressions: false, required: true },
    { name: 'renewal-period', type: { kind: 'int' }, expressions: false, required: true },
    { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
    { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
    { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
    { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
    { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'api',
        attributes: [
          { name: 'calls', type: { kind: 'int' }, expressions: false },
          { name: 'renewal-period', type: { kind: 'int' }, expressions: false },
          { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
          { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
          { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
          { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
          { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
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
                { name: 'renewal-period', type: { kind: 'int' }, expressions: false },
                { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
                { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
                { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
                { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
                { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
                { name: 'id', type: { kind: 'string' }, expressions: false },
                { name: 'name', type: { kind: 'string' }, expressions: false },
              ],
              multiple: true,
            },
          ],
        },
        multiple: true,
      },
      {
        name: 'operation',
        attributes: [
          { name: 'calls', type: { kind: 'int' }, expressions: false },
          { name: 'renewal-period', type: { kind: 'int' }, expressions: false },
          { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
          { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
          { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
          { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
          { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
          { name: 'id', type: { kind: 'string' }, expressions: false },
          { name: 'name', type: { kind: 'string' }, expressions: false },
        ],
        multiple: true,
      },
    ],
  },
};
