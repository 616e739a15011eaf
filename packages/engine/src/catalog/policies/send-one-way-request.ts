import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<send-one-way-request>`. Attributes and elements derived from `send-one-way-request.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const sendOneWayRequest: PolicySpec = {
  name: 'send-one-way-request',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'send-one-way-request.xsd' },
  attributes: [
    { name: 'mode', type: { kind: 'enum', values: ['new', 'copy'] }, expressions: true },
    { name: 'timeout', type: { kind: 'int' }, expressions: false },
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
