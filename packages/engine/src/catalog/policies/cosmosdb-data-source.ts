import type { PolicySpec } from '../types.js';
import { ALL_SCOPES } from './shared.js';

/**
 * `<cosmosdb-data-source>`. Attributes and elements derived from `cosmosdb-data-source.xsd` of the API Management policy
 * schemas (Copyright (c) Microsoft Corporation, MIT licence; see `ATTRIBUTION.md`); sections,
 * scopes and expression rules from the policy's documentation.
 */
export const cosmosdbDataSource: PolicySpec = {
  name: 'cosmosdb-data-source',
  sections: ['backend'],
  scopes: ALL_SCOPES,
  executable: false,
  source: { schema: 'cosmosdb-data-source.xsd' },
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
              name: 'connection-string',
              attributes: [
                { name: 'use-managed-identity', type: { kind: 'string' }, expressions: true },
                { name: 'client-id', type: { kind: 'string' }, expressions: true },
              ],
              text: true,
              required: true,
            },
            {
              name: 'database-name',
              attributes: [],
              required: true,
            },
            {
              name: 'container-name',
              attributes: [],
              required: true,
            },
          ],
        },
        required: true,
      },
      {
        name: 'query-request',
        attributes: [{ name: 'enable-low-precision-order-by', type: { kind: 'bool' }, expressions: false }],
        text: true,
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'sql-statement',
              attributes: [],
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
                      { name: 'type', type: { kind: 'string' }, expressions: true },
                    ],
                    text: true,
                    multiple: true,
                  },
                ],
              },
            },
            {
              name: 'partition-key',
              attributes: [{ name: 'data-type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
            {
              name: 'paging',
              attributes: [],
              children: {
                kind: 'elements',
                elements: [
                  {
                    name: 'max-item-count',
                    attributes: [],
                    text: true,
                    required: true,
                  },
                  {
                    name: 'continuation-token',
                    attributes: [],
                    text: true,
                    required: true,
                  },
                ],
              },
            },
          ],
        },
      },
      {
        name: 'read-request',
        attributes: [],
        text: true,
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'id',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'partition-key',
              attributes: [{ name: 'data-type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
          ],
        },
      },
      {
        name: 'delete-request',
        attributes: [
          { name: 'consistency-level', type: { kind: 'string' }, expressions: true },
          { name: 'pre-trigger', type: { kind: 'string' }, expressions: true },
          { name: 'post-trigger', type: { kind: 'string' }, expressions: true },
        ],
        text: true,
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'id',
              attributes: [],
              text: true,
              required: true,
            },
            {
              name: 'partition-key',
              attributes: [{ name: 'data-type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
            {
              name: 'etag',
              attributes: [{ name: 'type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
          ],
        },
      },
      {
        name: 'write-request',
        attributes: [
          { name: 'type', type: { kind: 'string' }, expressions: true },
          { name: 'consistency-level', type: { kind: 'string' }, expressions: true },
          { name: 'enable-content-response-on-write', type: { kind: 'string' }, expressions: true },
          { name: 'indexing-directive', type: { kind: 'string' }, expressions: true },
          { name: 'pre-trigger', type: { kind: 'string' }, expressions: true },
          { name: 'post-trigger', type: { kind: 'string' }, expressions: true },
        ],
        text: true,
        children: {
          kind: 'elements',
          elements: [
            {
              name: 'partition-key',
              attributes: [{ name: 'data-type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
            {
              name: 'etag',
              attributes: [{ name: 'type', type: { kind: 'string' }, expressions: true }],
              text: true,
            },
            {
              name: 'set-body',
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
