import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<trace>`. Attributes and elements derived from `trace.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const trace: PolicySpec = {
  name: 'trace',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'trace.xsd' },
  attributes: [
    { name: 'source', type: { kind: 'string' }, expressions: false, required: true },
    {
      name: 'severity',
      type: { kind: 'enum', values: ['verbose', 'information', 'error'] },
      expressions: false,
    },
  ],
  text: true,
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'metadata',
        attributes: [
          { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
          { name: 'value', type: { kind: 'string' }, expressions: true, required: true },
        ],
        multiple: true,
      },
      {
        name: 'message',
        attributes: [],
        text: true,
      },
    ],
  },
};
