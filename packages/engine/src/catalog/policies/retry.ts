import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<retry>`. Attributes and elements derived from `retry.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const retry: PolicySpec = {
  name: 'retry',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'retry.xsd' },
  attributes: [
    { name: 'condition', type: { kind: 'bool' }, expressions: true, required: true },
    { name: 'count', type: { kind: 'int', min: 1 }, expressions: true, required: true },
    { name: 'interval', type: { kind: 'int', min: 0 }, expressions: true, required: true },
    { name: 'delta', type: { kind: 'int', min: 1 }, expressions: true },
    { name: 'max-interval', type: { kind: 'int', min: 1 }, expressions: true },
    { name: 'first-fast-retry', type: { kind: 'bool' }, expressions: true, default: 'false' },
  ],
  children: { kind: 'policies' },
};
