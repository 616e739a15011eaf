import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-client-certificate>`. Attributes and elements derived from `validate-client-certificate.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateClientCertificate: PolicySpec = {
  name: 'validate-client-certificate',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'validate-client-certificate.xsd' },
  attributes: [
    { name: 'validate-revocation', type: { kind: 'bool' }, expressions: false },
    { name: 'validate-trust', type: { kind: 'bool' }, expressions: false },
    { name: 'validate-not-before', type: { kind: 'bool' }, expressions: false },
    { name: 'validate-not-after', type: { kind: 'bool' }, expressions: false },
    { name: 'ignore-error', type: { kind: 'bool' }, expressions: false },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'identities',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'identity',
              attributes: [
                { name: 'thumbprint', type: { kind: 'string' }, expressions: false },
                { name: 'serial-number', type: { kind: 'string' }, expressions: false },
                { name: 'common-name', type: { kind: 'string' }, expressions: false },
                { name: 'subject', type: { kind: 'string' }, expressions: false },
                { name: 'dns-name', type: { kind: 'string' }, expressions: false },
                { name: 'issuer-subject', type: { kind: 'string' }, expressions: false },
                { name: 'issuer-thumbprint', type: { kind: 'string' }, expressions: false },
                { name: 'issuer-certificate-id', type: { kind: 'string' }, expressions: false },
              ],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
