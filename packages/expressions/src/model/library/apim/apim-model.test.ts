import { describe, expect, it } from 'vitest';
import '../index.js';
import '../../runtime-types.js';
import { createContext } from '../../../runtime/apim/create-context.js';
import { MessageBody } from '../../../runtime/apim/message-body.js';
import { EXPRESSIONS_NAMESPACE } from '../../../runtime/apim/names.js';
import { testCertificates } from '../../../runtime/x509/test-certificate.js';
import { X509Certificate2 } from '../../../runtime/x509/x509-certificate2.js';
import { allDefinitions, definitionNamed } from '../../registry.js';
import type { TypeDefinition } from '../../type-definition.js';
import { declarationProblems } from '../test-support/check-declarations.js';
import { X509_NAMESPACE } from '../x509/names.js';

/** The types the apim area declares in API Management's namespace (other areas declare more there). */
const apimTypes = [
  'BackendType',
  'CarbonIntensityCategory',
  'DictionaryExtensions',
  'IApi',
  'IAzureVnetInfo',
  'IBackend',
  'IContextApi',
  'IDeployment',
  'IGateway',
  'IGraphQLContext',
  'IGraphQLDataObject',
  'IGroup',
  'ILastError',
  'IMessageBody',
  'IOperation',
  'IPrivateEndpointConnection',
  'IProduct',
  'IProxyRequestContext',
  'IRequest',
  'IResponse',
  'ISubscription',
  'ISubscriptionKeyParameterNames',
  'ISustainabilityInfo',
  'IUrl',
  'IUser',
  'IUserIdentity',
  'IWorkspace',
  'ProductState',
  'X509Certificate2Extensions',
].map((name) => `${EXPRESSIONS_NAMESPACE}.${name}`);

/** The types of the apim and x509 areas: the list above, the gateway's body class, and the certificate namespace. */
function areaTypes(): TypeDefinition[] {
  const names = [...apimTypes, 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.MessageBody'];
  return [
    ...names.map((name) => definitionNamed(name)!),
    ...allDefinitions().filter((d) => d.namespace === X509_NAMESPACE),
  ];
}

const client = new X509Certificate2(testCertificates.client01({ chain: true, chainNoRevocation: true }));
const context = createContext({
  request: { method: 'POST', body: '{"a":1}', certificate: testCertificates.client01() },
  product: {},
  subscription: {},
  user: { groups: [{}], identities: [{}] },
  backend: {},
  workspace: {},
  lastError: { source: 'set-variable', message: 'boom' },
  graphQL: { arguments: 'a', parent: 'b' },
});

/** A runtime object of each type whose members are JavaScript properties or methods. */
const samples: Readonly<Record<string, object>> = {
  IProxyRequestContext: context,
  IContextApi: context.Api!,
  IApi: context.Api!,
  ISubscriptionKeyParameterNames: context.Api!.SubscriptionKeyParameterNames,
  IOperation: context.Operation!,
  IProduct: context.Product!,
  ISubscription: context.Subscription!,
  IUser: context.User!,
  IGroup: context.User!.Groups[0]!,
  IUserIdentity: context.User!.Identities[0]!,
  IDeployment: context.Deployment,
  IGateway: context.Deployment.Gateway,
  ISustainabilityInfo: context.Deployment.SustainabilityInfo,
  IBackend: context.Backend!,
  IWorkspace: context.Workspace!,
  ILastError: context.LastError!,
  IGraphQLContext: context.GraphQL!,
  IGraphQLDataObject: context.GraphQL!.Parent,
  IRequest: context.Request,
  IResponse: context.Response,
  IUrl: context.Request.Url,
  IMessageBody: new MessageBody('x'),
  MessageBody: new MessageBody('x'),
  IPrivateEndpointConnection: createContext({ request: { privateEndpointConnection: {} } }).Request
    .PrivateEndpointConnection!,
  IAzureVnetInfo: createContext({ request: { azureVnetInfo: {} } }).Request.AzureVnetInfo!,
  X509Certificate: client,
  X509Certificate2: client,
  X500DistinguishedName: client.SubjectName,
  X509ExtensionCollection: client.Extensions,
  X509Extension: client.Extensions.at(0),
  PublicKey: client.PublicKey,
};

/** The sample of a type, by its simple name. */
function sampleOf(definition: TypeDefinition): object | undefined {
  return samples[definition.fullName.slice(definition.namespace.length + 1)];
}

describe('the apim and x509 areas’ model', () => {
  it('declares their types', () => {
    expect(areaTypes().length).toBeGreaterThan(30);
    expect(definitionNamed(`${EXPRESSIONS_NAMESPACE}.IProxyRequestContext`)).toBeDefined();
  });

  it.each(areaTypes().map((d) => d.fullName))('resolves every member of %s to an implementation', (name) => {
    const definition = definitionNamed(name)!;
    expect(declarationProblems(definition, { sample: sampleOf(definition), ownMembersOnly: true })).toEqual(
      [],
    );
  });

  it('gives each sample object the type it stands for', () => {
    for (const definition of areaTypes()) {
      const sample = sampleOf(definition);
      if (sample !== undefined) expect(definition.test!(sample), definition.fullName).toBe(true);
    }
  });

  it('declares every member of the context that API Management documents', () => {
    const members = definitionNamed(`${EXPRESSIONS_NAMESPACE}.IProxyRequestContext`)!.members.byName;
    for (const name of [
      'Api',
      'Backend',
      'Deployment',
      'Elapsed',
      'GraphQL',
      'LastError',
      'Operation',
      'Product',
      'Request',
      'RequestId',
      'Response',
      'Subscription',
      'Timestamp',
      'Tracing',
      'Trace',
      'User',
      'Variables',
      'Workspace',
    ]) {
      expect(members.has(name), name).toBe(true);
    }
  });

  it('allows only Name of X500DistinguishedName', () => {
    const definition = definitionNamed(`${X509_NAMESPACE}.X500DistinguishedName`)!;
    expect(definition.allowance).toBe('listed');
    expect(definition.members.byName.get('Name')!.every((member) => member.allowed)).toBe(true);
  });
});
