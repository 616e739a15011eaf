import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<cache-lookup>`. Attributes and elements derived from `cache-lookup.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cacheLookup: PolicySpec = {
  name: 'cache-lookup',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'cache-lookup.xsd' },
  attributes: [
    { name: 'vary-by-developer', type: { kind: 'bool' }, expressions: true, required: true },
    { name: 'vary-by-developer-groups', type: { kind: 'bool' }, expressions: true, required: true },
    {
      name: 'downstream-caching-type',
      type: { kind: 'enum', values: ['none', 'private', 'public'] },
      expressions: true,
      default: 'none',
    },
    { name: 'must-revalidate', type: { kind: 'bool' }, expressions: true, default: 'true' },
    {
      name: 'caching-type',
      type: { kind: 'enum', values: ['prefer-external', 'internal', 'external'] },
      expressions: false,
      default: 'prefer-external',
    },
    { name: 'allow-private-response-caching', type: { kind: 'bool' }, expressions: true, default: 'false' },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'vary-by-header',
        attributes: [],
        text: true,
        multiple: true,
      },
      {
        name: 'vary-by-query-parameter',
        attributes: [],
        text: true,
        multiple: true,
      },
    ],
  },
};
