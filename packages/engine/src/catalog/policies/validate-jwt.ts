import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<validate-jwt>`. Attributes and elements derived from `validate-jwt.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateJwt: PolicySpec = {
  name: 'validate-jwt',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-jwt.xsd' },
  attributes: [
    { name: 'failed-validation-httpcode', type: { kind: 'int' }, expressions: true },
    { name: 'failed-validation-error-message', type: { kind: 'string' }, expressions: true },
    { name: 'header-name', type: { kind: 'string' }, expressions: true },
    { name: 'require-scheme', type: { kind: 'string' }, expressions: true },
    { name: 'query-parameter-name', type: { kind: 'string' }, expressions: true },
    { name: 'token-value', type: { kind: 'string' }, expressions: true },
    { name: 'clock-skew', type: { kind: 'int' }, expressions: true },
    { name: 'require-expiration-time', type: { kind: 'bool' }, expressions: true },
    { name: 'require-signed-tokens', type: { kind: 'bool' }, expressions: true },
    { name: 'output-token-variable-name', type: { kind: 'string' }, expressions: false },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'openid-config',
        attributes: [
          { name: 'url', type: { kind: 'string' }, expressions: true, required: true },
          { name: 'host', type: { kind: 'string' }, expressions: true },
        ],
        multiple: true,
      },
      {
        name: 'issuer-signing-tokens',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'token',
              attributes: [],
              text: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'issuer-signing-keys',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'key',
              attributes: [
                { name: 'id', type: { kind: 'string' }, expressions: true },
                { name: 'certificate-id', type: { kind: 'string' }, expressions: true },
                { name: 'n', type: { kind: 'string' }, expressions: true },
                { name: 'e', type: { kind: 'string' }, expressions: true },
              ],
              text: true,
              multiple: true,
            },
            {
              name: 'zumo-master-key',
              attributes: [{ name: 'id', type: { kind: 'string' }, expressions: true }],
              text: true,
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
                { name: 'certificate-id', type: { kind: 'string' }, expressions: true },
              ],
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
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'issuers',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'issuer',
              attributes: [],
              text: true,
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
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
