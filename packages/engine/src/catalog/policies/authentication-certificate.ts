import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<authentication-certificate>`. Attributes and elements derived from `authentication-certificate.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const authenticationCertificate: PolicySpec = {
  name: 'authentication-certificate',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'authentication-certificate.xsd' },
  attributes: [
    { name: 'thumbprint', type: { kind: 'string' }, expressions: true },
    { name: 'certificate-id', type: { kind: 'string' }, expressions: true },
    { name: 'body', type: { kind: 'string' }, expressions: true },
    { name: 'password', type: { kind: 'string' }, expressions: true },
  ],
};
