import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<quota-by-key>`. Attributes and elements derived from `quota-by-key.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const quotaByKey: PolicySpec = {
  name: 'quota-by-key',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'quota-by-key.xsd' },
  attributes: [
    { name: 'calls', type: { kind: 'int' }, expressions: false },
    { name: 'bandwidth', type: { kind: 'int' }, expressions: false },
    { name: 'renewal-period', type: { kind: 'string' }, expressions: true },
    { name: 'first-period-start', type: { kind: 'datetime' }, expressions: false },
    { name: 'counter-key', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'increment-condition', type: { kind: 'string' }, expressions: true },
    { name: 'increment-count', type: { kind: 'string' }, expressions: true },
  ],
};
