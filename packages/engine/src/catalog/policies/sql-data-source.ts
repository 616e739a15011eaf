import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<sql-data-source>`. Attributes and elements derived from `sql-data-source.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const sqlDataSource: PolicySpec = {
  name: 'sql-data-source',
  sections: ['backend'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'sql-data-source.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'connection-info',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'get-authorization-context',
              policy: true,
            },
            {
              name: 'connection-string',
              attributes: [
                { name: 'use-managed-identity', type: { kind: 'bool' }, expressions: true, default: 'false' },
                { name: 'scope', type: { kind: 'string' }, expressions: true },
                { name: 'client-id', type: { kind: 'string' }, expressions: true },
              ],
              text: true,
              required: true,
            },
            {
              name: 'include-fragment',
              policy: true,
              multiple: true,
            },
            {
              name: 'authentication-certificate',
              policy: true,
            },
          ],
        },
        required: true,
      },
      {
        name: 'include-fragment',
        policy: true,
        multiple: true,
      },
      {
        name: 'request',
        attributes: [{ name: 'single-result', type: { kind: 'bool' }, expressions: true, default: 'false' }],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'include-fragment',
              policy: true,
            },
            {
              name: 'set-body',
              policy: true,
            },
            {
              name: 'sql-statement',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'parameters',
              attributes: [],
              children: {
                kind: 'elements',
                elements: [
                  {
                    name: 'parameter',
                    attributes: [
                      { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
                      { name: 'sql-type', type: { kind: 'string' }, expressions: true },
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
        required: true,
      },
      {
        name: 'response',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'include-fragment',
              policy: true,
            },
            {
              name: 'set-body',
              policy: true,
            },
            {
              name: 'publish-event',
              policy: true,
            },
          ],
        },
      },
    ],
  },
};
