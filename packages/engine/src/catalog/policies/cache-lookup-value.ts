import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<cache-lookup-value>`. Attributes and elements derived from `cache-lookup-value.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cacheLookupValue: PolicySpec = {
  name: 'cache-lookup-value',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'cache-lookup-value.xsd' },
  attributes: [
    { name: 'key', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'default-value', type: { kind: 'string' }, expressions: true },
    { name: 'variable-name', type: { kind: 'string' }, expressions: false, required: true },
    {
      name: 'caching-type',
      type: { kind: 'enum', values: ['prefer-external', 'internal', 'external'] },
      expressions: false,
      default: 'prefer-external',
    },
  ],
};
