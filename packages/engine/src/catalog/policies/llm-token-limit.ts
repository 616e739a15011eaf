import type { PolicySpec } from '../types.js';
import { azureOpenaiTokenLimit } from './azure-openai-token-limit.js';

/**
 * `<llm-token-limit>`: `azure-openai-token-limit` under the name API Management gives it for any
 * language model API. Its schema is the same (`azure-openai-token-limit.xsd`), and so is every
 * attribute, element, section and scope.
 */
export const llmTokenLimit: PolicySpec = { ...azureOpenaiTokenLimit, name: 'llm-token-limit' };
