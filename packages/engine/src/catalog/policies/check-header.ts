import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<check-header>`. Attributes and elements derived from `check-header.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const checkHeader: PolicySpec = {
  name: 'check-header',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'check-header.xsd' },
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'failed-check-httpcode', type: { kind: 'int' }, expressions: true, required: true },
    { name: 'failed-check-error-message', type: { kind: 'string' }, expressions: true },
    { name: 'ignore-case', type: { kind: 'bool' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'value',
        attributes: [],
        text: true,
        multiple: true,
      },
    ],
  },
};
