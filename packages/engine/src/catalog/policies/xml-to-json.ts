import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<xml-to-json>`. Attributes and elements derived from `xml-to-json.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const xmlToJson: PolicySpec = {
  name: 'xml-to-json',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'xml-to-json.xsd' },
  attributes: [
    {
      name: 'kind',
      type: { kind: 'enum', values: ['javascript-friendly', 'direct'] },
      expressions: true,
      required: true,
    },
    {
      name: 'apply',
      type: { kind: 'enum', values: ['always', 'content-type-xml'] },
      expressions: true,
      required: true,
    },
    { name: 'consider-accept-header', type: { kind: 'bool' }, expressions: true },
    { name: 'preserve-whitespace-nodes', type: { kind: 'bool' }, expressions: true },
    { name: 'empty-values', type: { kind: 'enum', values: ['preserve', 'as-null'] }, expressions: true },
    { name: 'trim-values', type: { kind: 'bool' }, expressions: true },
    { name: 'always-array-child-elements', type: { kind: 'bool' }, expressions: true, default: 'false' },
  ],
};
