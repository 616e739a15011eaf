import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-content>`. Attributes and elements derived from `validate-content.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateContent: PolicySpec = {
  name: 'validate-content',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-content.xsd' },
  attributes: [
    {
      name: 'unspecified-content-type-action',
      type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
      expressions: true,
      required: true,
    },
    { name: 'max-size', type: { kind: 'int', min: 0 }, expressions: true, required: true },
    {
      name: 'size-exceeded-action',
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
        name: 'content-type-map',
        attributes: [
          { name: 'any-content-type-value', type: { kind: 'string' }, expressions: true },
          { name: 'missing-content-type-value', type: { kind: 'string' }, expressions: true },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'type',
              attributes: [
                { name: 'from', type: { kind: 'string' }, expressions: true },
                { name: 'when', type: { kind: 'bool' }, expressions: true },
                { name: 'to', type: { kind: 'string' }, expressions: true, required: true },
              ],
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'content',
        attributes: [
          {
            name: 'validate-as',
            type: { kind: 'enum', values: ['json', 'xml', 'soap'] },
            expressions: false,
            required: true,
          },
          { name: 'type', type: { kind: 'string' }, expressions: true },
          {
            name: 'action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
          { name: 'schema-id', type: { kind: 'string' }, expressions: true },
          { name: 'schema-ref', type: { kind: 'string' }, expressions: true },
          { name: 'allow-additional-properties', type: { kind: 'bool' }, expressions: false },
          { name: 'case-insensitive-property-names', type: { kind: 'bool' }, expressions: false },
        ],
        multiple: true,
      },
    ],
  },
};
