import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-parameters>`. Attributes and elements derived from `validate-parameters.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateParameters: PolicySpec = {
  name: 'validate-parameters',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-parameters.xsd' },
  attributes: [
    {
      name: 'specified-parameter-action',
      type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
      expressions: true,
      required: true,
    },
    {
      name: 'unspecified-parameter-action',
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
        name: 'headers',
        attributes: [
          {
            name: 'specified-parameter-action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
          {
            name: 'unspecified-parameter-action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'parameter',
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
      },
      {
        name: 'query',
        attributes: [
          {
            name: 'specified-parameter-action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
          {
            name: 'unspecified-parameter-action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'parameter',
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
      },
      {
        name: 'path',
        attributes: [
          {
            name: 'specified-parameter-action',
            type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
            expressions: true,
            required: true,
          },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'parameter',
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
      },
    ],
  },
};
