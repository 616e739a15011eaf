import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<xsl-transform>`, written from the policy's documentation page (`xsl-transform-policy.md`): no schema ships for
 * it.
 */
export const xslTransform: PolicySpec = {
  name: 'xsl-transform',
  sections: ['inbound', 'outbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { documentation: 'xsl-transform-policy.md' },
  attributes: [],
  children: { kind: 'any' },
};
