import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<log-to-eventhub>`. Attributes and elements derived from `log-to-eventhub.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const logToEventhub: PolicySpec = {
  name: 'log-to-eventhub',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'log-to-eventhub.xsd' },
  attributes: [
    { name: 'logger-id', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'partition-key', type: { kind: 'string' }, expressions: true },
    { name: 'partition-id', type: { kind: 'string' }, expressions: true },
  ],
  text: true,
};
