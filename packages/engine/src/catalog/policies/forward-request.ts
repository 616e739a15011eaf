import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<forward-request>`. Attributes and elements derived from `forward-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const forwardRequest: PolicySpec = {
  name: 'forward-request',
  sections: ['backend'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'forward-request.xsd' },
  attributes: [
    { name: 'timeout', type: { kind: 'int' }, expressions: true },
    { name: 'timeout-ms', type: { kind: 'int' }, expressions: true },
    { name: 'continue-timeout', type: { kind: 'int' }, expressions: true },
    { name: 'follow-redirects', type: { kind: 'bool' }, expressions: true },
    { name: 'buffer-request-body', type: { kind: 'bool' }, expressions: false, default: 'false' },
    { name: 'buffer-response', type: { kind: 'bool' }, expressions: false, default: 'true' },
    { name: 'fail-on-error-status-code', type: { kind: 'bool' }, expressions: false, default: 'false' },
    { name: 'http-version', type: { kind: 'string' }, expressions: false },
  ],
};
