import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<graphql-data-source>`. Attributes and elements derived from `graphql-data-source.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const graphqlDataSource: PolicySpec = {
  name: 'graphql-data-source',
  sections: ['backend'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'graphql-data-source.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'request',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'authentication-basic',
              policy: true,
            },
            {
              name: 'authentication-certificate',
              policy: true,
            },
            {
              name: 'authentication-managed-identity',
              policy: true,
            },
            {
              name: 'get-authorization-context',
              policy: true,
            },
            {
              name: 'set-backend-service',
              policy: true,
            },
            {
              name: 'set-url',
              policy: true,
            },
            {
              name: 'set-header',
              policy: true,
            },
            {
              name: 'include-fragment',
              policy: true,
              multiple: true,
            },
            {
              name: 'document',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'operationName',
              attributes: [],
              text: true,
            },
            {
              name: 'variables',
              attributes: [],
              children: {
                kind: 'elements',
                elements: [
                  {
                    name: 'variable',
                    attributes: [
                      { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
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
              name: 'set-body',
              policy: true,
            },
            {
              name: 'include-fragment',
              policy: true,
              multiple: true,
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
