import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<azure-openai-token-limit>`. Attributes and elements derived from `azure-openai-token-limit.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const azureOpenaiTokenLimit: PolicySpec = {
  name: 'azure-openai-token-limit',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'azure-openai-token-limit.xsd' },
  attributes: [
    { name: 'tokens-per-minute', type: { kind: 'int' }, expressions: true },
    { name: 'token-quota', type: { kind: 'int' }, expressions: true },
    {
      name: 'token-quota-period',
      type: { kind: 'enum', values: ['Indefinite', 'Hourly', 'Daily', 'Weekly', 'Monthly', 'Yearly'] },
      expressions: false,
      default: 'Indefinite',
    },
    { name: 'counter-key', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'estimate-prompt-tokens', type: { kind: 'bool' }, expressions: false, required: true },
    {
      name: 'prompt-type',
      type: { kind: 'enum', values: ['auto', 'chat-completion', 'completion', 'embeddings'] },
      expressions: false,
      default: 'auto',
    },
    { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: true },
    { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'remaining-tokens-header-name', type: { kind: 'string' }, expressions: true },
    { name: 'remaining-tokens-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'remaining-quota-tokens-header-name', type: { kind: 'string' }, expressions: true },
    { name: 'remaining-quota-tokens-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'tokens-consumed-header-name', type: { kind: 'string' }, expressions: true },
    { name: 'tokens-consumed-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'ignore-prompt', type: { kind: 'bool' }, expressions: false, default: 'false' },
  ],
};
