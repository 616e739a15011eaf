import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<emit-metric>`. Attributes and elements derived from `emit-metric.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const emitMetric: PolicySpec = {
  name: 'emit-metric',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'emit-metric.xsd' },
  attributes: [
    { name: 'default-dimensions', type: { kind: 'bool' }, expressions: false },
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'namespace', type: { kind: 'string' }, expressions: true },
    { name: 'value', type: { kind: 'number' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'dimension',
        attributes: [
          { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
          { name: 'value', type: { kind: 'string' }, expressions: true },
        ],
        multiple: true,
      },
    ],
  },
};
