import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<limit-concurrency>`. Attributes and elements derived from `limit-concurrency.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const limitConcurrency: PolicySpec = {
  name: 'limit-concurrency',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'limit-concurrency.xsd' },
  attributes: [
    { name: 'key', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'max-count', type: { kind: 'int' }, expressions: false, required: true },
  ],
  children: { kind: 'policies' },
};
