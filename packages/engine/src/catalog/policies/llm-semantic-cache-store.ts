import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<llm-semantic-cache-store>`. Attributes and elements derived from `azure-openai-semantic-cache-store.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const llmSemanticCacheStore: PolicySpec = {
  name: 'llm-semantic-cache-store',
  sections: ['outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'azure-openai-semantic-cache-store.xsd' },
  attributes: [{ name: 'duration', type: { kind: 'int' }, expressions: true, required: true }],
};
