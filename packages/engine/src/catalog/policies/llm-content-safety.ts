import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<llm-content-safety>`. Attributes and elements derived from `llm-content-safety.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const llmContentSafety: PolicySpec = {
  name: 'llm-content-safety',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'llm-content-safety.xsd' },
  attributes: [
    { name: 'backend-id', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'shield-prompt', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'categories',
        attributes: [
          {
            name: 'output-type',
            type: { kind: 'enum', values: ['FourSeverityLevels', 'EightSeverityLevels'] },
            expressions: true,
          },
        ],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'category',
              attributes: [
                {
                  name: 'name',
                  type: { kind: 'enum', values: ['Hate', 'SelfHarm', 'Sexual', 'Violence'] },
                  expressions: true,
                  required: true,
                },
                { name: 'threshold', type: { kind: 'int' }, expressions: true, required: true },
              ],
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'blocklists',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'id',
              attributes: [],
              text: true,
              required: true,
            },
          ],
        },
      },
    ],
  },
};
