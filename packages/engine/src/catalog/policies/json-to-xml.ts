import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<json-to-xml>`. Attributes and elements derived from `json-to-xml.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const jsonToXml: PolicySpec = {
  name: 'json-to-xml',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'json-to-xml.xsd' },
  attributes: [
    {
      name: 'apply',
      type: { kind: 'enum', values: ['always', 'content-type-json'] },
      expressions: true,
      required: true,
    },
    { name: 'consider-accept-header', type: { kind: 'bool' }, expressions: true },
    { name: 'parse-date', type: { kind: 'bool' }, expressions: false },
    { name: 'attribute-block-name', type: { kind: 'string' }, expressions: true },
    { name: 'attribute-prefix', type: { kind: 'string' }, expressions: true },
    { name: 'namespace-block-name', type: { kind: 'string' }, expressions: true },
    { name: 'namespace-separator', type: { kind: 'string' }, expressions: true },
    { name: 'namespace-prefix', type: { kind: 'string' }, expressions: true },
    { name: 'invalid-character-replacement', type: { kind: 'string' }, expressions: true },
    { name: 'null-values', type: { kind: 'string' }, expressions: true },
    { name: 'trim-values', type: { kind: 'bool' }, expressions: false },
    { name: 'empty-values', type: { kind: 'enum', values: ['preserve', 'as-null'] }, expressions: true },
  ],
};
