import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<send-service-bus-message>`, written from the policy's documentation page (`send-service-bus-message-policy.md`): no schema ships for
 * it.
 */
export const sendServiceBusMessage: PolicySpec = {
  name: 'send-service-bus-message',
  sections: ['inbound', 'outbound', 'on-error'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { documentation: 'send-service-bus-message-policy.md' },
  attributes: [
    { name: 'queue-name', type: { kind: 'string' }, expressions: true },
    { name: 'topic-name', type: { kind: 'string' }, expressions: true },
    { name: 'namespace', type: { kind: 'string' }, expressions: true, required: true },
    { name: 'client-id', type: { kind: 'string' }, expressions: true },
  ],
  children: {
    kind: 'elements',
    elements: [
      {
        name: 'message-properties',
        attributes: [],
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'message-property',
              attributes: [{ name: 'name', type: { kind: 'string' }, expressions: false, required: true }],
              text: true,
              multiple: true,
            },
          ],
        },
      },
      {
        name: 'payload',
        attributes: [],
        text: true,
        required: true,
      },
    ],
  },
};
