import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<set-backend-service>`. Attributes and elements derived from `set-backend-service.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const setBackendService: PolicySpec = {
  name: 'set-backend-service',
  sections: ['inbound', 'backend'],
  scopes: ALL_SCOPES,
  executable: true,
  source: { schema: 'set-backend-service.xsd' },
  attributes: [
    { name: 'backend-id', type: { kind: 'string' }, expressions: true },
    { name: 'base-url', type: { kind: 'string' }, expressions: true },
    { name: 'sf-partition-key', type: { kind: 'string' }, expressions: true },
    { name: 'dapr-app-id', type: { kind: 'string' }, expressions: true },
    { name: 'dapr-method', type: { kind: 'string' }, expressions: true },
    { name: 'dapr-namespace', type: { kind: 'string' }, expressions: true },
    { name: 'sf-replica-type', type: { kind: 'enum', values: ['primary', 'secondary'] }, expressions: true },
    { name: 'sf-resolve-condition', type: { kind: 'bool' }, expressions: true },
    { name: 'sf-service-instance-name', type: { kind: 'string' }, expressions: true },
    { name: 'sf-listener-name', type: { kind: 'string' }, expressions: true },
  ],
};
