import type { AttributeSpec, ChildSpec, PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/** What to do with a parameter: `ignore`, `prevent` or `detect`. */
const action = (name: string): AttributeSpec => ({
  name,
  type: { kind: 'enum', values: ['ignore', 'prevent', 'detect'] },
  expressions: true,
  required: true,
});

/** `<parameter name action>`: the action for one named parameter. */
const parameter: ChildSpec = {
  name: 'parameter',
  attributes: [
    { name: 'name', type: { kind: 'string' }, expressions: true, required: true },
    action('action'),
  ],
  multiple: true,
};

/** `<headers>`, `<query>`, `<path>`: a group of parameters with its default actions. */
const group = (name: string, attributes: readonly AttributeSpec[]): ChildSpec => ({
  name,
  attributes,
  children: { kind: 'elements', elements: [parameter] },
});

/**
 * `<validate-parameters>`. Attributes and elements derived from `validate-parameters.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const validateParameters: PolicySpec = {
  name: 'validate-parameters',
  sections: ['inbound'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'validate-parameters.xsd' },
  attributes: [
    action('specified-parameter-action'),
    action('unspecified-parameter-action'),
    { name: 'errors-variable-name', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      group('headers', [action('specified-parameter-action'), action('unspecified-parameter-action')]),
      group('query', [action('specified-parameter-action'), action('unspecified-parameter-action')]),
      // Path parameters are all specified by the URL template.
      group('path', [action('specified-parameter-action')]),
    ],
  },
};
