import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<send-request>`. Attributes and elements derived from `send-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const sendRequest: PolicySpec = {
  name: 'send-request',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'send-request.xsd' },
  attributes: [
    { name: 'mode', type: { kind: 'enum', values: ['new', 'copy'] }, expressions: true },
    { name: 'response-variable-name', type: { kind: 'string' }, expressions: false },
    { name: 'timeout', type: { kind: 'int' }, expressions: true },
    { name: 'timeout-ms', type: { kind: 'int' }, expressions: true },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
    { name: 'buffer-response', type: { kind: 'bool' }, expressions: false, default: 'true' },
    { name: 'fail-on-error-status-code', type: { kind: 'bool' }, expressions: false, default: 'false' },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'set-url',
        attributes: [],
        text: true,
      },
      {
        name: 'set-method',
        policy: true,
      },
      {
        name: 'set-header',
        policy: true,
        multiple: true,
      },
      {
        name: 'set-body',
        policy: true,
      },
      {
        name: 'authentication-certificate',
        policy: true,
      },
      {
        name: 'authentication-token',
        policy: true,
      },
      {
        name: 'authentication-token-store',
        policy: true,
      },
      {
        name: 'authentication-managed-identity',
        policy: true,
      },
      {
        name: 'proxy',
        policy: true,
      },
    ],
  },
};
