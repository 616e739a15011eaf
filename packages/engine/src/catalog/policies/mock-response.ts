import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<mock-response>`. Attributes and elements derived from `mock-response.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const mockResponse: PolicySpec = {
  name: 'mock-response',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'mock-response.xsd' },
  attributes: [
    { name: 'enabled', type: { kind: 'bool' }, expressions: false },
    { name: 'status-code', type: { kind: 'int' }, expressions: false },
    { name: 'content-type', type: { kind: 'string' }, expressions: false },
    { name: 'index', type: { kind: 'int' }, expressions: false },
  ],
};
