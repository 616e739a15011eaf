import type { PolicySpec } from '../types.js';
import { ALL_SCOPES, ALL_SECTIONS } from './shared.js';

/**
 * `<publish-event>`. Attributes and elements derived from `publish-event.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const publishEvent: PolicySpec = {
  name: 'publish-event',
  sections: ALL_SECTIONS,
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'publish-event.xsd' },
  attributes: [],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'targets',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'graphql-subscription',
              attributes: [{ name: 'id', type: { kind: 'string' }, expressions: true, required: true }],
              required: true,
              multiple: true,
            },
          ],
        },
        required: true,
      },
    ],
  },
};
