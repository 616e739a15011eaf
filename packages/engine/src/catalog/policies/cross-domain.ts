import type { PolicySpec } from '../types.js';

/**
 * `<cross-domain>`. Attributes and elements derived from `cross-domain.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const crossDomain: PolicySpec = {
  name: 'cross-domain',
  sections: ['inbound'],
  scopes: ['global'],
  executable: false,
  source: { schema: 'cross-domain.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'cross-domain-policy',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'site-control',
              attributes: [
                {
                  name: 'permitted-cross-domain-policies',
                  type: { kind: 'enum', values: ['all', 'by-content-type', 'master-only', 'none'] },
                  expressions: false,
                  required: true,
                },
              ],
            },
            {
              name: 'allow-access-from',
              attributes: [
                { name: 'domain', type: { kind: 'string' }, expressions: true, required: true },
                {
                  name: 'secure',
                  type: { kind: 'enum', values: ['true', 'false'] },
                  expressions: false,
                  default: 'true',
                },
              ],
              multiple: true,
            },
            {
              name: 'allow-http-request-headers-from',
              attributes: [
                { name: 'domain', type: { kind: 'string' }, expressions: true, required: true },
                { name: 'headers', type: { kind: 'string' }, expressions: true, required: true },
                {
                  name: 'secure',
                  type: { kind: 'enum', values: ['true', 'false'] },
                  expressions: false,
                  default: 'true',
                },
              ],
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
