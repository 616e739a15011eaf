import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<choose>`. Attributes and elements derived from `choose.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const choose: PolicySpec = {
  name: 'choose',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'choose.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'when',
        attributes: [{ name: 'condition', type: { kind: 'bool' }, expressions: true, required: true }],
        children: { kind: 'policies' },
        required: true,
        multiple: true,
      },
      {
        name: 'otherwise',
        attributes: [],
        children: { kind: 'policies' },
      },
    ],
  },
};
