import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<azure-openai-semantic-cache-lookup>`. Attributes and elements derived from `azure-openai-semantic-cache-lookup.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const azureOpenaiSemanticCacheLookup: PolicySpec = {
  name: 'azure-openai-semantic-cache-lookup',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'azure-openai-semantic-cache-lookup.xsd' },
  attributes: [
    { name: 'score-threshold', type: { kind: 'number' }, expressions: false, required: true },
    { name: 'embeddings-backend-id', type: { kind: 'string' }, expressions: true, required: true },
    {
      name: 'embeddings-backend-auth',
      type: { kind: 'enum', values: ['system-assigned', 'header'] },
      expressions: false,
      default: 'system-assigned',
    },
    { name: 'ignore-system-messages', type: { kind: 'string' }, expressions: true, default: 'false' },
    { name: 'cache-id', type: { kind: 'string' }, expressions: true },
    { name: 'max-message-count', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'vary-by',
        attributes: [],
        text: true,
        multiple: true,
      },
    ],
  },
};
