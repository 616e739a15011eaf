import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<cache-remove-value>`. Attributes and elements derived from `cache-remove-value.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cacheRemoveValue: PolicySpec = {
  name: 'cache-remove-value',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'cache-remove-value.xsd' },
  attributes: [
    { name: 'key', type: { kind: 'string' }, expressions: true, required: true },
    {
      name: 'caching-type',
      type: { kind: 'enum', values: ['prefer-external', 'internal', 'external'] },
      expressions: false,
      default: 'prefer-external',
    },
  ],
};
