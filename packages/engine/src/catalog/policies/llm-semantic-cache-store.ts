import type { PolicySpec } from '../types.js';
import { azureOpenaiSemanticCacheStore } from './azure-openai-semantic-cache-store.js';

/**
 * `<llm-semantic-cache-store>`: `azure-openai-semantic-cache-store` under the name API Management
 * gives it for any language model API. Its schema is the same (`azure-openai-semantic-cache-
 * store.xsd`), and so is every attribute, element, section and scope.
 */
export const llmSemanticCacheStore: PolicySpec = {
  ...azureOpenaiSemanticCacheStore,
  name: 'llm-semantic-cache-store',
};
