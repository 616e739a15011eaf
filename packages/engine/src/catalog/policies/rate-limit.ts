import type { AttributeSpec, PolicySpec } from '../types.js';

/** The attributes of an `<api>` or `<operation>` limit inside `<rate-limit>`: all optional. */
const SCOPED_LIMIT_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'calls', type: { kind: 'int' }, expressions: false },
  { name: 'renewal-period', type: { kind: 'int' }, expressions: false },
  { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
  { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
  { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
  { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
  { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
  { name: 'id', type: { kind: 'string' }, expressions: false },
  { name: 'name', type: { kind: 'string' }, expressions: false },
];

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
        attributes: SCOPED_LIMIT_ATTRIBUTES,
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'operation',
              attributes: SCOPED_LIMIT_ATTRIBUTES,
              multiple: true,
            },
          ],
        },
        multiple: true,
      },
      {
        name: 'operation',
        attributes: SCOPED_LIMIT_ATTRIBUTES,
        multiple: true,
      },
    ],
  },
};
