import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<rewrite-uri>`. Attributes and elements derived from `rewrite-uri.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const rewriteUri: PolicySpec = {
  name: 'rewrite-uri',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'rewrite-uri.xsd' },
  attributes: [
    { name: 'template', type: { kind: 'string' }, expressions: true, required: true },
    // The documentation allows expressions and defaults to true; the schema says neither.
    { name: 'copy-unmatched-params', type: { kind: 'bool' }, expressions: true, default: 'true' },
  ],
};
