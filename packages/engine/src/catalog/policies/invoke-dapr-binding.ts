import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<invoke-dapr-binding>`. Attributes and elements derived from `invoke-dapr-binding.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const invokeDaprBinding: PolicySpec = {
  name: 'invoke-dapr-binding',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'invoke-dapr-binding.xsd' },
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'template', type: { kind: 'enum', values: ['liquid'] }, expressions: false },
    { name: 'response-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'operation', type: { kind: 'string' }, expressions: true, default: 'create' },
    { name: 'timeout', type: { kind: 'int' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
  ],
  text: true,
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'metadata',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'item',
              attributes: [{ name: 'key', type: { kind: 'string' }, expressions: true, required: true }],
              text: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'data',
        attributes: [],
        text: true,
        children: { kind: 'any' },
      },
    ],
  },
};
