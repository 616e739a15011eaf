import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<cors>`. Attributes and elements derived from `cors.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cors: PolicySpec = {
  name: 'cors',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'cors.xsd' },
  attributes: [
    { name: 'allow-credentials', type: { kind: 'bool' }, expressions: true },
    { name: 'terminate-unmatched-request', type: { kind: 'bool' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'allowed-origins',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'origin',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
        required: true,
      },
      {
        name: 'allowed-methods',
        attributes: [{ name: 'preflight-result-max-age', type: { kind: 'int', min: 0 }, expressions: true }],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'method',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'allowed-headers',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'header',
              attributes: [],
              text: true,
              required: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'expose-headers',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'header',
              attributes: [],
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
