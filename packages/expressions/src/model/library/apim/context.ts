import { GraphQLContext, GraphQLDataObject } from '../../../runtime/apim/entities.js';
import { ProxyRequestContext } from '../../../runtime/apim/proxy-request-context.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { apimName, field, instanceOf, nonNullField } from './helpers.js';

/**
 * `IProxyRequestContext`: the type of `context`, with the members of API Management's current
 * documentation. `Trace` is a method there (Microsoft's policy toolkit models it as an
 * `Action<string>` property); the documentation is followed.
 */
declareType({
  name: apimName('IProxyRequestContext'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(ProxyRequestContext),
  members: {
    'IContextApi Api { get; }': field('Api'),
    'IBackend Backend { get; }': field('Backend'),
    'IDeployment Deployment { get; }': nonNullField('Deployment'),
    'TimeSpan Elapsed { get; }': jsProperty('Elapsed'),
    'IGraphQLContext GraphQL { get; }': field('GraphQL'),
    'ILastError LastError { get; }': field('LastError'),
    'IOperation Operation { get; }': field('Operation'),
    'IProduct Product { get; }': field('Product'),
    'IRequest Request { get; }': nonNullField('Request'),
    'Guid RequestId { get; }': field('RequestId'),
    'IResponse Response { get; }': nonNullField('Response'),
    'ISubscription Subscription { get; }': field('Subscription'),
    'DateTime Timestamp { get; }': field('Timestamp'),
    'bool Tracing { get; }': field('Tracing'),
    'IUser User { get; }': field('User'),
    'IReadOnlyDictionary<string, object> Variables { get; }': nonNullField('Variables'),
    'IWorkspace Workspace { get; }': field('Workspace'),
    'void Trace(string message)': jsMethod('Trace'),
  },
});

/**
 * `context.GraphQL` in GraphQL resolvers: the field's arguments and parent object. API
 * Management documents only the member names; the interface names here are this model's.
 */
declareType({
  name: apimName('IGraphQLContext'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(GraphQLContext),
  members: {
    'IGraphQLDataObject GraphQLArguments { get; }': nonNullField('GraphQLArguments'),
    'IGraphQLDataObject Parent { get; }': nonNullField('Parent'),
  },
});

/** A GraphQL value, opaque to expressions (printable only). */
declareType({
  name: apimName('IGraphQLDataObject'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(GraphQLDataObject),
});
