import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<cache-store>`. Attributes and elements derived from `cache-store.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cacheStore: PolicySpec = {
  name: 'cache-store',
  sections: ['outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'cache-store.xsd' },
  attributes: [
    { name: 'duration', type: { kind: 'int' }, expressions: true, required: true },
    { name: 'cache-response', type: { kind: 'bool' }, expressions: true },
    { name: 'caching-mode', type: { kind: 'string' }, expressions: true },
  ],
};
