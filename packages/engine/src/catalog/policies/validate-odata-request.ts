import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-odata-request>`. Attributes and elements derived from `validate-odata-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateOdataRequest: PolicySpec = {
  name: 'validate-odata-request',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-odata-request.xsd' },
  attributes: [
    { name: 'error-variable-name', type: { kind: 'string' }, expressions: true },
    { name: 'default-odata-version', type: { kind: 'string' }, expressions: true },
    { name: 'min-odata-version', type: { kind: 'string' }, expressions: true },
    { name: 'max-odata-version', type: { kind: 'string' }, expressions: true },
    { name: 'max-size', type: { kind: 'string' }, expressions: true },
  ],
};
