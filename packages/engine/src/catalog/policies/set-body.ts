import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<set-body>`. Attributes and elements derived from `set-body.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 *
 * Sections: on-error is not on the set-body page but the policies overview recommends set-body
 * there (apim-semantics 9.1), so every section is accepted.
 */
export const setBody: PolicySpec = {
  name: 'set-body',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-body.xsd' },
  attributes: [
    { name: 'template', type: { kind: 'enum', values: ['none', 'liquid'] }, expressions: false },
    { name: 'xsi-nil', type: { kind: 'enum', values: ['blank', 'null'] }, expressions: false },
    { name: 'parse-date', type: { kind: 'bool' }, expressions: false },
    { name: 'html-decode-expression', type: { kind: 'bool' }, expressions: false },
  ],
  text: true,
  children: { kind: 'any' },
};
