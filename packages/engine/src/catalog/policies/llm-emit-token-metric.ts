import type { PolicySpec } from '../types.js';
import { azureOpenaiEmitTokenMetric } from './azure-openai-emit-token-metric.js';

/**
 * `<llm-emit-token-metric>`: `azure-openai-emit-token-metric` under the name API Management gives
 * it for any language model API. Its schema is the same (`azure-openai-emit-token-metric.xsd`),
 * and so is every attribute, element, section and scope.
 */
export const llmEmitTokenMetric: PolicySpec = {
  ...azureOpenaiEmitTokenMetric,
  name: 'llm-emit-token-metric',
};
