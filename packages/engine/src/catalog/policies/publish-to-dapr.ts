import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<publish-to-dapr>`. Attributes and elements derived from `publish-to-dapr.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const publishToDapr: PolicySpec = {
  name: 'publish-to-dapr',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'publish-to-dapr.xsd' },
  attributes: [
    { name: 'pubsub-name', type: { kind: 'string' }, expressions: true },
    { name: 'topic', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'template', type: { kind: 'enum', values: ['liquid'] }, expressions: false },
    { name: 'response-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'timeout', type: { kind: 'int' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
    { name: 'content-type', type: { kind: 'enum', values: ['application/json'] }, expressions: false },
  ],
  text: true,
  children: { kind: 'any' },
};
