import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<http-data-source>`. Attributes and elements derived from `http-data-source.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const httpDataSource: PolicySpec = {
  name: 'http-data-source',
  sections: ['backend'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'http-data-source.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'http-request',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'get-authorization-context',
              policy: true,
            },
            {
              name: 'set-backend-service',
              policy: true,
            },
            {
              name: 'set-method',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'set-url',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'include-fragment',
              policy: true,
              multiple: true,
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
          ],
        },
        required: true,
      },
      {
        name: 'backend',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'forward-request',
              policy: true,
            },
          ],
        },
      },
      {
        name: 'http-response',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'set-body',
              policy: true,
            },
            {
              name: 'json-to-xml',
              policy: true,
            },
            {
              name: 'xml-to-json',
              policy: true,
            },
            {
              name: 'find-and-replace',
              policy: true,
            },
            {
              name: 'publish-event',
              policy: true,
            },
            {
              name: 'include-fragment',
              policy: true,
              multiple: true,
            },
          ],
        },
      },
    ],
  },
};
