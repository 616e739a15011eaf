import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<llm-emit-token-metric>`. Attributes and elements derived from `azure-openai-emit-token-metric.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const llmEmitTokenMetric: PolicySpec = {
  name: 'llm-emit-token-metric',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'azure-openai-emit-token-metric.xsd' },
  attributes: [
    { name: 'namespace', type: { kind: 'string' }, expressions: true },
    { name: 'name', type: { kind: 'string' }, expressions: true },
    {
      name: 'value-type',
      type: { kind: 'enum', values: ['all', 'total-tokens', 'prompt-tokens', 'completion-tokens'] },
      expressions: false,
      default: 'all',
    },
    { name: 'ignore-prompt', type: { kind: 'bool' }, expressions: false, default: 'false' },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'dimension',
        attributes: [
          { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
          { name: 'value', type: { kind: 'string' }, expressions: true },
        ],
        multiple: true,
      },
    ],
  },
};
