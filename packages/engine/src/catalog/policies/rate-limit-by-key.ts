import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<rate-limit-by-key>`. Attributes and elements derived from `rate-limit-by-key.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const rateLimitByKey: PolicySpec = {
  name: 'rate-limit-by-key',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'rate-limit-by-key.xsd' },
  attributes: [
    { name: 'calls', type: { kind: 'int' }, expressions: true, required: true },
    { name: 'renewal-period', type: { kind: 'int' }, expressions: true, required: true },
    { name: 'counter-key', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'increment-condition', type: { kind: 'string' }, expressions: true },
    { name: 'increment-count', type: { kind: 'string' }, expressions: true },
    { name: 'increment-after-response', type: { kind: 'bool' }, expressions: false },
    { name: 'flexible-retry-window', type: { kind: 'bool' }, expressions: false },
    { name: 'retry-after-header-name', type: { kind: 'string' }, expressions: false },
    { name: 'retry-after-variable-name', type: { kind: 'string' }, expressions: false },
    { name: 'remaining-calls-header-name', type: { kind: 'string' }, expressions: false },
    { name: 'remaining-calls-variable-name', type: { kind: 'string' }, expressions: false },
    { name: 'total-calls-header-name', type: { kind: 'string' }, expressions: false },
  ],
};
