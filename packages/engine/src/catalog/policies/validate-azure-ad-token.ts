import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-azure-ad-token>`. Attributes and elements derived from `validate-azure-ad-token.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateAzureAdToken: PolicySpec = {
  name: 'validate-azure-ad-token',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-azure-ad-token.xsd' },
  attributes: [
    { name: 'failed-validation-httpcode', type: { kind: 'int' }, expressions: true },
    { name: 'failed-validation-error-message', type: { kind: 'string' }, expressions: true },
    { name: 'tenant-id', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'header-name', type: { kind: 'string' }, expressions: true },
    { name: 'authentication-endpoint', type: { kind: 'string' }, expressions: true },
    { name: 'require-scheme', type: { kind: 'string' }, expressions: true },
    { name: 'query-parameter-name', type: { kind: 'string' }, expressions: true },
    { name: 'token-value', type: { kind: 'string' }, expressions: true },
    { name: 'allow-protected-forwarded-tokens', type: { kind: 'bool' }, expressions: true },
    { name: 'allow-proof-of-possession-tokens', type: { kind: 'bool' }, expressions: true },
    { name: 'output-token-variable-name', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'backend-application-ids',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'application-id',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'client-application-ids',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'application-id',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'audiences',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'audience',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'required-claims',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'claim',
              attributes: [
                { name: 'name', type: { kind: 'string' }, expressions: true },
                {
                  name: 'match',
                  type: { kind: 'enum', values: ['all', 'any'] },
                  expressions: true,
                  default: 'all',
                },
                { name: 'separator', type: { kind: 'string' }, expressions: true },
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
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'decryption-keys',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'key',
              attributes: [
                { name: 'id', type: { kind: 'string' }, expressions: true },
                { name: 'certificate-id', type: { kind: 'string' }, expressions: true, required: true },
              ],
              required: true,
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
