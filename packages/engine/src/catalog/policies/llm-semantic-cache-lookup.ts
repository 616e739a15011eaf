import type { PolicySpec } from '../types.js';
import { azureOpenaiSemanticCacheLookup } from './azure-openai-semantic-cache-lookup.js';

/**
 * `<llm-semantic-cache-lookup>`: `azure-openai-semantic-cache-lookup` under the name API
 * Management gives it for any language model API. Its schema is the same (`azure-openai-semantic-
 * cache-lookup.xsd`), and so is every attribute, element, section and scope.
 */
export const llmSemanticCacheLookup: PolicySpec = {
  ...azureOpenaiSemanticCacheLookup,
  name: 'llm-semantic-cache-lookup',
};
