import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-request-metric-dimension-value>`. Attributes and elements derived from `set-request-metric-dimension-value.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setRequestMetricDimensionValue: PolicySpec = {
  name: 'set-request-metric-dimension-value',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'set-request-metric-dimension-value.xsd' },
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'value', type: { kind: 'string' }, expressions: true, required: true },
  ],
};
