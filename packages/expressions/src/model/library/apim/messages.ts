import { AzureVnetInfo, PrivateEndpointConnection } from '../../../runtime/apim/entities.js';
import { MessageBody } from '../../../runtime/apim/message-body.js';
import { ProxyRequest, ProxyResponse } from '../../../runtime/apim/messages.js';
import { ProxyUrl } from '../../../runtime/apim/proxy-url.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { jsMethod, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { apimName, field, instanceOf, nonNullField } from './helpers.js';

/** `IRequest` (`context.Request`). `AzureVnetInfo` is undocumented (toolkit and allowed types only). */
declareType({
  name: apimName('IRequest'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(ProxyRequest),
  members: {
    'IMessageBody Body { get; }': field('Body'),
    'X509Certificate2 Certificate { get; }': field('Certificate'),
    'IReadOnlyDictionary<string, string[]> Headers { get; }': nonNullField('Headers'),
    'string IpAddress { get; }': nonNullField('IpAddress'),
    'IReadOnlyDictionary<string, string> MatchedParameters { get; }': nonNullField('MatchedParameters'),
    'string Method { get; }': nonNullField('Method'),
    'IUrl OriginalUrl { get; }': nonNullField('OriginalUrl'),
    'IUrl Url { get; }': nonNullField('Url'),
    'IPrivateEndpointConnection PrivateEndpointConnection { get; }': field('PrivateEndpointConnection'),
    'IAzureVnetInfo AzureVnetInfo { get; }': field('AzureVnetInfo'),
  },
});

/** `IResponse` (`context.Response`, send-request results). */
declareType({
  name: apimName('IResponse'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(ProxyResponse),
  members: {
    'IMessageBody Body { get; }': field('Body'),
    'IReadOnlyDictionary<string, string[]> Headers { get; }': nonNullField('Headers'),
    'int StatusCode { get; }': field('StatusCode'),
    'string StatusReason { get; }': nonNullField('StatusReason'),
  },
});

/**
 * `IUrl`. `Port` is an `int` as documented (Microsoft's policy toolkit once typed it `string`).
 * `ToUri()` is listed for Liquid templates; it is declared for expressions as well.
 */
declareType({
  name: apimName('IUrl'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(ProxyUrl),
  members: {
    'string Host { get; }': nonNullField('Host'),
    'string Path { get; }': nonNullField('Path'),
    'int Port { get; }': field('Port'),
    'IReadOnlyDictionary<string, string[]> Query { get; }': nonNullField('Query'),
    'string QueryString { get; }': nonNullField('QueryString'),
    'string Scheme { get; }': nonNullField('Scheme'),
    'string ToString()': jsMethod('ToString'),
    'Uri ToUri()': jsMethod('ToUri'),
  },
});

/**
 * `IMessageBody`. `As<T>` reads string, byte[], JToken, JObject, JArray, XNode, XElement and
 * XDocument; any other `T` throws `NotSupportedException` (API Management documents only the
 * list). Reading without `preserveContent: true` consumes the body (see `MessageBody`).
 */
declareType({
  name: apimName('IMessageBody'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(MessageBody),
  members: {
    'T As<T>(bool preserveContent = false)': withTypeArguments(
      (self: MessageBody, [type]: readonly RuntimeType[], preserveContent: boolean) =>
        self.As(type!, preserveContent),
    ),
    'IDictionary<string, IList<string>> AsFormUrlEncodedContent(bool preserveContent = false)':
      jsMethod('AsFormUrlEncodedContent'),
  },
});

/** The gateway's body class: known so that casts of a body fail with its real name. */
declareType({
  name: 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.MessageBody',
  kind: 'class',
  sealed: true,
  apim: 'none',
  interfaces: [apimName('IMessageBody')],
  test: instanceOf(MessageBody),
});

/** `IPrivateEndpointConnection` (`Request.PrivateEndpointConnection`). */
declareType({
  name: apimName('IPrivateEndpointConnection'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(PrivateEndpointConnection),
  members: {
    'string Name { get; }': field('Name'),
    'string GroupId { get; }': field('GroupId'),
    'string MemberName { get; }': field('MemberName'),
  },
});

/** `IAzureVnetInfo` (undocumented; from Microsoft's policy toolkit and API Management's allowed types). */
declareType({
  name: apimName('IAzureVnetInfo'),
  kind: 'interface',
  apim: 'all',
  test: instanceOf(AzureVnetInfo),
  members: {
    'string VnetTrafficTag { get; }': field('VnetTrafficTag'),
    'string SubnetId { get; }': field('SubnetId'),
    'string PrivateLinkId { get; }': field('PrivateLinkId'),
    'string SnatVip { get; }': field('SnatVip'),
  },
});
