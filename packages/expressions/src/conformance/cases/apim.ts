import type { ContextInit } from '../../runtime/apim/context-init.js';
import { testCertificates } from '../../runtime/x509/test-certificate.js';
import type { ConformanceCase } from '../case.js';

// Conformance cases of the 'apim' and 'x509' areas: API Management's `context` and the
// certificates it holds. Expected values come from Mono running the same expressions against
// a mock of the context with the same data (the certificates are the real DER of
// `testCertificates`), with the clock at 2024-01-15T10:30:00Z; API Management's own rules
// (header joining, variables, body consumption) are those of apim-semantics.md. Where Mono's
// exception messages differ from .NET Framework's, the case has .NET Framework's and says so.
// Generated, then reviewed; keep one case a line.

/**
 * A POST with headers, query, a JSON body and a client certificate, by a subscribed user, in an
 * on-error section after validate-client-certificate failed. `Elapsed` is 1.5 s at the default
 * clock.
 */
const standard: ContextInit = {
  timestamp: '2024-01-15T10:29:58.5Z',
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  tracing: true,
  request: {
    method: 'POST',
    originalUrl: 'https://contoso.azure-api.net/echo/resource?version=2&tag=a&tag=b',
    url: 'https://backend.contoso.com:8443/api/resource?version=2&tag=a&tag=b',
    headers: {
      Authorization: 'Bearer abc.def',
      Accept: ['application/json', 'text/plain'],
      'X-Forwarded-For': '10.0.0.1',
    },
    body: '{"name":"x","items":[1,2]}',
    ipAddress: '203.0.113.7',
    matchedParameters: { id: '42' },
    certificate: testCertificates.client01({ chain: false, chainNoRevocation: true }),
  },
  response: { statusCode: 201, headers: { 'Content-Type': 'application/json' } },
  variables: { userId: 'u1', count: 5, flag: true, big: 5n },
  api: {
    id: 'echo-api',
    name: 'Echo API',
    path: 'echo',
    serviceUrl: 'https://backend.contoso.com:8443/api',
    revision: '3',
    version: 'v2',
    isCurrentRevision: true,
  },
  operation: { id: 'create-resource', method: 'POST', name: 'Create resource', urlTemplate: '/resource' },
  product: { id: 'starter', name: 'Starter', groups: [{ id: 'developers', name: 'Developers' }] },
  subscription: {
    id: 'sub-1',
    name: 'Subscription 1',
    createdDate: '2024-01-01T00:00:00Z',
    primaryKey: 'primary-key',
    secondaryKey: 'secondary-key',
    key: 'secondary-key',
  },
  user: {
    id: 'user-1',
    email: 'ada@contoso.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    note: '',
    registrationDate: '2023-06-30T12:00:00Z',
    groups: [{ id: 'developers', name: 'Developers' }],
    identities: [{ id: 'ada', provider: 'Basic' }],
  },
  deployment: {
    region: 'West Europe',
    serviceName: 'contoso-apim',
    certificates: [testCertificates.client01(), testCertificates.selfSigned()],
  },
  lastError: {
    source: 'validate-client-certificate',
    reason: 'ClientCertificateNotTrusted',
    message: 'A certificate chain could not be built to a trusted root authority.',
    scope: 'api',
    section: 'inbound',
    path: 'validate-client-certificate[1]',
    policyId: '',
  },
};

/** `createContext`'s defaults: an anonymous GET of the echo API, received at the clock's now. */
const anonymous: ContextInit = {};

/** A form post. */
const form: ContextInit = {
  request: {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'a=1&b=x+y&a=2&c=%C3%A9',
  },
};

/** A PUT of an XML document, with an empty header and a header whose one value holds a comma. */
const xml: ContextInit = {
  request: {
    method: 'PUT',
    headers: { 'Content-Type': 'application/xml', 'X-Empty': '', 'X-List': 'a, b' },
    body: '<order id="7"><item sku="a">2</item><item sku="b">5</item></order>',
  },
};

/** After the backend answered 404 with a JSON array; the request had an empty body. */
const backend: ContextInit = {
  request: { body: '' },
  response: {
    statusCode: 404,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: '[{"error":"missing","code":44}]',
  },
};

/** A send-request's response held in a variable, next to a string variable. */
const sent: ContextInit = {
  variables: { scope: 'api://x/.default' },
  responseVariables: {
    tokenResponse: {
      statusCode: 200,
      headers: { 'Cache-Control': 'no-store' },
      body: '{"access_token":"abc","expires_in":3599}',
    },
  },
};

/** Cases that use only what API Management allows. */
export const cases: readonly ConformanceCase[] = [
  {
    expression: 'context.RequestId',
    expect: '0f8fad5b-d9cb-469f-a165-70867728950e',
    type: 'System.Guid',
    context: standard,
  },
  {
    expression: 'context.RequestId.ToString("N")',
    expect: '0f8fad5bd9cb469fa16570867728950e',
    context: standard,
  },
  {
    expression: 'context.Timestamp',
    expect: '1/15/2024 10:29:58 AM',
    type: 'System.DateTime',
    context: standard,
  },
  {
    expression: 'context.Timestamp.ToString("o")',
    expect: '2024-01-15T10:29:58.5000000Z',
    context: standard,
  },
  { expression: 'context.Elapsed', expect: '00:00:01.5000000', type: 'System.TimeSpan', context: standard },
  { expression: 'context.Elapsed.TotalMilliseconds', expect: '1500', context: standard },
  { expression: 'context.Elapsed.TotalSeconds > 1', expect: 'True', context: standard },
  { expression: 'context.Tracing', expect: 'True', context: standard },
  { expression: 'context.Tracing', expect: 'False', context: anonymous },
  { expression: '@{ context.Trace("step 1"); return "traced"; }', expect: 'traced', context: standard },
  { expression: 'context.Variables["userId"]', expect: 'u1', context: standard },
  { expression: '(string)context.Variables["userId"]', expect: 'u1', context: standard },
  {
    expression: 'context.Variables["missing"]',
    expect: null,
    context: standard,
    note: 'API Management returns null for a missing variable (Microsoft\'s policy toolkit: "matches APIM runtime behavior"), where a .NET dictionary would throw KeyNotFoundException.',
  },
  { expression: 'context.Variables.ContainsKey("userId")', expect: 'True', context: standard },
  {
    expression: 'context.Variables.ContainsKey("UserId")',
    expect: 'False',
    context: standard,
    note: 'Variable names are case-sensitive (ordinal).',
  },
  { expression: 'context.Variables.Count', expect: '4', context: standard },
  { expression: 'context.Variables.GetValueOrDefault("userId")', expect: 'u1', context: standard },
  { expression: 'context.Variables.GetValueOrDefault("missing")', expect: null, context: standard },
  {
    expression: '(string)context.Variables.GetValueOrDefault("missing") ?? "none"',
    expect: 'none',
    context: standard,
  },
  { expression: 'context.Variables.GetValueOrDefault<string>("userId")', expect: 'u1', context: standard },
  {
    expression: 'context.Variables.GetValueOrDefault<string>("missing", "none")',
    expect: 'none',
    context: standard,
  },
  { expression: 'context.Variables.GetValueOrDefault<string>("missing")', expect: null, context: standard },
  { expression: 'context.Variables.GetValueOrDefault<int>("count")', expect: '5', context: standard },
  { expression: 'context.Variables.GetValueOrDefault<int>("count") + 1', expect: '6', context: standard },
  { expression: 'context.Variables.GetValueOrDefault<int>("missing")', expect: '0', context: standard },
  { expression: 'context.Variables.GetValueOrDefault<int>("missing", -1)', expect: '-1', context: standard },
  { expression: 'context.Variables.GetValueOrDefault<bool>("flag")', expect: 'True', context: standard },
  { expression: 'context.Variables.GetValueOrDefault<long>("big")', expect: '5', context: standard },
  {
    expression: 'context.Variables.GetValueOrDefault<int?>("missing") == null',
    expect: 'True',
    context: standard,
  },
  {
    expression: 'context.Variables.GetValueOrDefault<int>("userId")',
    throws: 'System.InvalidCastException',
    message: 'Specified cast is not valid.',
    context: standard,
    note: "Documented: GetValueOrDefault<T> throws when the value is of another type. .NET Framework's message for an invalid unboxing.",
  },
  {
    expression: 'context.Variables.GetValueOrDefault<string>("count")',
    throws: 'System.InvalidCastException',
    message: "Unable to cast object of type 'System.Int32' to type 'System.String'.",
    context: standard,
    note: '.NET Framework\'s message for a failed reference cast (Mono says "Specified cast is not valid.").',
  },
  { expression: '(int)context.Variables["count"] * 2', expect: '10', context: standard },
  {
    expression: 'string.Join(",", context.Variables.Keys)',
    expect: 'userId,count,flag,big',
    context: standard,
  },
  { expression: 'context.Variables.Any(v => v.Key == "flag")', expect: 'True', context: standard },
  { expression: 'context.Request.Method', expect: 'POST', context: standard },
  { expression: 'context.Request.Method', expect: 'GET', context: anonymous },
  { expression: 'context.Request.IpAddress', expect: '203.0.113.7', context: standard },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("Authorization")',
    expect: 'Bearer abc.def',
    context: standard,
  },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("authorization", "")',
    expect: 'Bearer abc.def',
    context: standard,
    note: 'Header names are case-insensitive.',
  },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("Accept", "")',
    expect: 'application/json,text/plain',
    context: standard,
    note: 'Several values are joined with commas.',
  },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("X-Missing", "none")',
    expect: 'none',
    context: standard,
  },
  { expression: 'context.Request.Headers.GetValueOrDefault("X-Missing")', expect: null, context: standard },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("Authorization", "").Split(\' \')[1]',
    expect: 'abc.def',
    context: standard,
  },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("Authorization")?.Split(\' \').Last()',
    expect: null,
    context: anonymous,
  },
  { expression: 'context.Request.Headers["Accept"].Length', expect: '2', context: standard },
  { expression: 'context.Request.Headers["accept"][1]', expect: 'text/plain', context: standard },
  {
    expression: 'context.Request.Headers["X-Missing"]',
    throws: 'System.Collections.Generic.KeyNotFoundException',
    message: 'The given key was not present in the dictionary.',
    context: standard,
    note: ".NET Framework's message (Mono and modern .NET name the key).",
  },
  { expression: 'context.Request.Headers.ContainsKey("x-forwarded-for")', expect: 'True', context: standard },
  { expression: 'context.Request.Headers.Count', expect: '3', context: standard },
  { expression: 'context.Request.Headers.Count', expect: '0', context: anonymous },
  {
    expression: 'string.Join(";", context.Request.Headers.Keys)',
    expect: 'Authorization;Accept;X-Forwarded-For',
    context: standard,
  },
  {
    expression:
      'string.Join(";", context.Request.Headers.Select(h => h.Key + "=" + string.Join("|", h.Value)))',
    expect: 'Authorization=Bearer abc.def;Accept=application/json|text/plain;X-Forwarded-For=10.0.0.1',
    context: standard,
  },
  {
    expression:
      '@{ string[] values; return context.Request.Headers.TryGetValue("ACCEPT", out values) ? values[0] : "none"; }',
    expect: 'application/json',
    context: standard,
  },
  { expression: 'context.Request.MatchedParameters["id"]', expect: '42', context: standard },
  {
    expression: 'context.Request.MatchedParameters.GetValueOrDefault("id", "0")',
    expect: '42',
    context: standard,
  },
  {
    expression: 'context.Request.MatchedParameters.GetValueOrDefault("missing", "none")',
    expect: 'none',
    context: standard,
  },
  {
    expression: 'context.Request.MatchedParameters.GetValueOrDefault("missing")',
    expect: null,
    context: standard,
  },
  { expression: 'context.Request.MatchedParameters.Count', expect: '0', context: anonymous },
  { expression: 'context.Request.PrivateEndpointConnection == null', expect: 'True', context: standard },
  { expression: 'context.Request.Url.Scheme', expect: 'https', context: standard },
  { expression: 'context.Request.Url.Host', expect: 'backend.contoso.com', context: standard },
  { expression: 'context.Request.Url.Port', expect: '8443', type: 'System.Int32', context: standard },
  { expression: 'context.Request.Url.Path', expect: '/api/resource', context: standard },
  { expression: 'context.Request.Url.QueryString', expect: '?version=2&tag=a&tag=b', context: standard },
  { expression: 'context.Request.Url.QueryString', expect: '', context: anonymous },
  {
    expression: 'context.Request.Url.ToString()',
    expect: 'https://backend.contoso.com:8443/api/resource?version=2&tag=a&tag=b',
    context: standard,
  },
  {
    expression: 'context.Request.Url.ToString()',
    expect: 'https://contoso.azure-api.net/echo/resource',
    context: anonymous,
  },
  {
    expression: 'context.Request.Url',
    expect: 'https://backend.contoso.com:8443/api/resource?version=2&tag=a&tag=b',
    context: standard,
  },
  { expression: 'context.Request.Url.Query.GetValueOrDefault("tag")', expect: 'a,b', context: standard },
  { expression: 'context.Request.Url.Query.GetValueOrDefault("TAG", "")', expect: 'a,b', context: standard },
  {
    expression: 'context.Request.Url.Query.GetValueOrDefault("version", "1")',
    expect: '2',
    context: standard,
  },
  { expression: 'context.Request.Url.Query.GetValueOrDefault("missing")', expect: null, context: standard },
  { expression: 'context.Request.Url.Query["version"][0]', expect: '2', context: standard },
  { expression: 'context.Request.Url.Query.Count', expect: '2', context: standard },
  {
    expression: 'context.Request.Url.ToUri().AbsoluteUri',
    expect: 'https://backend.contoso.com:8443/api/resource?version=2&tag=a&tag=b',
    context: standard,
  },
  {
    expression: 'context.Request.Url.ToUri().Authority',
    expect: 'backend.contoso.com:8443',
    context: standard,
  },
  {
    expression: 'context.Request.OriginalUrl.ToString()',
    expect: 'https://contoso.azure-api.net/echo/resource?version=2&tag=a&tag=b',
    context: standard,
  },
  { expression: 'context.Request.OriginalUrl.Port', expect: '443', context: standard },
  { expression: 'context.Request.OriginalUrl.Host', expect: 'contoso.azure-api.net', context: standard },
  {
    expression: 'context.Request.OriginalUrl.Path + context.Request.OriginalUrl.QueryString',
    expect: '/echo/resource?version=2&tag=a&tag=b',
    context: standard,
  },
  {
    expression: 'context.Request.OriginalUrl.Scheme + "://" + context.Request.OriginalUrl.Host',
    expect: 'https://contoso.azure-api.net',
    context: standard,
  },
  {
    expression: 'context.Request.Body.As<string>()',
    expect: '{"name":"x","items":[1,2]}',
    context: standard,
  },
  {
    expression: 'context.Request.Body.As<string>(preserveContent: true).Length',
    expect: '26',
    context: standard,
  },
  {
    expression: 'context.Request.Body.As<byte[]>(true).Length',
    expect: '26',
    type: 'System.Int32',
    context: standard,
  },
  {
    expression:
      '@{ var first = context.Request.Body.As<string>(true); var second = context.Request.Body.As<string>(); return first == second; }',
    expect: 'True',
    context: standard,
  },
  {
    expression: '@{ context.Request.Body.As<string>(); return context.Request.Body.As<string>(); }',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
    context: standard,
    note: 'Documented: a body read without preserveContent cannot be read again ("an exception"); the exception type is the one reading a released stream gives (also Microsoft\'s policy toolkit\'s).',
  },
  { expression: 'context.Request.Body == null', expect: 'True', context: anonymous },
  { expression: 'context.Request.Body?.As<string>() ?? "empty"', expect: 'empty', context: anonymous },
  {
    expression: 'context.Request.Body.As<string>()',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
    context: anonymous,
  },
  {
    expression: 'context.Request.Body.As<JObject>()["name"]',
    expect: 'x',
    context: standard,
    note: 'Needs the JSON body parser (setBodyParsers).',
  },
  {
    expression: 'context.Request.Body.As<JObject>(preserveContent: true)["items"].Count()',
    expect: '2',
    context: standard,
    note: 'Needs the JSON body parser (setBodyParsers).',
  },
  {
    expression: 'context.Request.Body.As<JToken>().Type',
    expect: 'Object',
    context: standard,
    note: 'Needs the JSON body parser (setBodyParsers).',
  },
  {
    expression: 'context.Request.Body.As<JArray>()',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: StartObject. Path '', line 1, position 1.",
    context: standard,
    note: 'Needs the JSON body parser (setBodyParsers).',
  },
  { expression: 'context.Request.Body.AsFormUrlEncodedContent()["a"].Count', expect: '2', context: form },
  {
    expression: 'string.Join("|", context.Request.Body.AsFormUrlEncodedContent()["a"])',
    expect: '1|2',
    context: form,
  },
  { expression: 'context.Request.Body.AsFormUrlEncodedContent()["b"][0]', expect: 'x y', context: form },
  { expression: 'context.Request.Body.AsFormUrlEncodedContent()["c"][0]', expect: 'é', context: form },
  {
    expression: 'string.Join(",", context.Request.Body.AsFormUrlEncodedContent().Keys)',
    expect: 'a,b,c',
    context: form,
  },
  {
    expression: 'context.Request.Body.AsFormUrlEncodedContent().ToQueryString()',
    expect: '?a=1&a=2&b=x+y&c=%C3%A9',
    context: form,
  },
  {
    expression: 'context.Request.Body.AsFormUrlEncodedContent(true).ToFormUrlEncodedContent()',
    expect: 'a=1&a=2&b=x+y&c=%C3%A9',
    context: form,
  },
  {
    expression:
      '@{ var form = context.Request.Body.AsFormUrlEncodedContent(); form.Remove("a"); form["d"] = new List<string> { "1 2", "&" }; return form.ToFormUrlEncodedContent(); }',
    expect: 'd=1+2&d=%26&b=x+y&c=%C3%A9',
    context: form,
  },
  { expression: 'new Dictionary<string, IList<string>>().ToQueryString()', expect: null, context: form },
  { expression: 'context.Response.StatusCode', expect: '201', type: 'System.Int32', context: standard },
  { expression: 'context.Response.StatusReason', expect: 'Created', context: standard },
  { expression: 'context.Response.StatusCode', expect: '200', context: anonymous },
  { expression: 'context.Response.StatusReason', expect: 'OK', context: anonymous },
  {
    expression: 'context.Response.Headers.GetValueOrDefault("content-type", "")',
    expect: 'application/json',
    context: standard,
  },
  { expression: 'context.Response.Body == null', expect: 'True', context: standard },
  { expression: '((IResponse)context.Response).StatusCode >= 200', expect: 'True', context: standard },
  { expression: 'context.Api.Id', expect: 'echo-api', context: standard },
  { expression: 'context.Api.Name', expect: 'Echo API', context: standard },
  { expression: 'context.Api.Path', expect: 'echo', context: standard },
  { expression: 'context.Api.Revision', expect: '3', context: standard },
  { expression: 'context.Api.Version', expect: 'v2', context: standard },
  { expression: 'context.Api.Version', expect: null, context: anonymous },
  { expression: 'context.Api.Version ?? "unversioned"', expect: 'unversioned', context: anonymous },
  { expression: 'context.Api.IsCurrentRevision', expect: 'True', context: standard },
  {
    expression: 'context.Api.ServiceUrl.ToString()',
    expect: 'https://backend.contoso.com:8443/api',
    context: standard,
  },
  { expression: 'context.Api.ServiceUrl.Host', expect: 'echoapi.cloudapp.net', context: anonymous },
  {
    expression: 'context.Api.SubscriptionKeyParameterNames.Header',
    expect: 'Ocp-Apim-Subscription-Key',
    context: standard,
  },
  {
    expression: 'context.Api.SubscriptionKeyParameterNames.Query',
    expect: 'subscription-key',
    context: standard,
  },
  { expression: 'string.Join(",", context.Api.Protocols)', expect: 'https', context: standard },
  { expression: 'context.Operation.Id', expect: 'create-resource', context: standard },
  { expression: 'context.Operation.Method', expect: 'POST', context: standard },
  { expression: 'context.Operation.Name', expect: 'Create resource', context: standard },
  { expression: 'context.Operation.UrlTemplate', expect: '/resource', context: standard },
  { expression: 'context.Operation.Id', expect: 'get-resource', context: anonymous },
  { expression: 'context.Product.Id', expect: 'starter', context: standard },
  { expression: 'context.Product.Name', expect: 'Starter', context: standard },
  { expression: 'context.Product.State', expect: 'Published', context: standard },
  { expression: 'context.Product.State == ProductState.Published', expect: 'True', context: standard },
  { expression: 'context.Product.ApprovalRequired', expect: 'False', context: standard },
  { expression: 'context.Product.SubscriptionRequired', expect: 'True', context: standard },
  { expression: 'context.Product.SubscriptionsLimit', expect: null, context: standard },
  { expression: 'context.Product.SubscriptionsLimit.HasValue', expect: 'False', context: standard },
  { expression: 'context.Product.Groups.First().Name', expect: 'Developers', context: standard },
  { expression: 'context.Product.Apis.Count()', expect: '0', context: standard },
  { expression: 'context.Product == null', expect: 'True', context: anonymous },
  {
    expression: 'context.Product.Name',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
    context: anonymous,
  },
  { expression: 'context.Product?.Name ?? "none"', expect: 'none', context: anonymous },
  { expression: 'context.Subscription.Id', expect: 'sub-1', context: standard },
  { expression: 'context.Subscription.Name', expect: 'Subscription 1', context: standard },
  { expression: 'context.Subscription.Key', expect: 'secondary-key', context: standard },
  { expression: 'context.Subscription.PrimaryKey', expect: 'primary-key', context: standard },
  { expression: 'context.Subscription.SecondaryKey', expect: 'secondary-key', context: standard },
  {
    expression: 'context.Subscription.Key == context.Subscription.SecondaryKey',
    expect: 'True',
    context: standard,
  },
  { expression: 'context.Subscription.CreatedDate', expect: '1/1/2024 12:00:00 AM', context: standard },
  {
    expression: 'context.Subscription.CreatedDate.ToString("yyyy-MM-dd")',
    expect: '2024-01-01',
    context: standard,
  },
  { expression: 'context.Subscription.EndDate', expect: null, context: standard },
  { expression: 'context.Subscription.StartDate.HasValue', expect: 'False', context: standard },
  { expression: 'context.Subscription?.Id ?? "anonymous"', expect: 'anonymous', context: anonymous },
  {
    expression: 'context.Subscription.Id',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
    context: anonymous,
  },
  { expression: 'context.User.Id', expect: 'user-1', context: standard },
  { expression: 'context.User.Email', expect: 'ada@contoso.com', context: standard },
  {
    expression: 'context.User.FirstName + " " + context.User.LastName',
    expect: 'Ada Lovelace',
    context: standard,
  },
  { expression: 'context.User.Note', expect: '', context: standard },
  { expression: 'context.User.RegistrationDate', expect: '6/30/2023 12:00:00 PM', context: standard },
  { expression: 'context.User.Groups.Any(g => g.Id == "developers")', expect: 'True', context: standard },
  {
    expression: 'context.User.Groups.Select(g => g.Name).FirstOrDefault()',
    expect: 'Developers',
    context: standard,
  },
  { expression: 'context.User.Identities.First().Provider', expect: 'Basic', context: standard },
  { expression: 'context.User.Identities.First().Id', expect: 'ada', context: standard },
  { expression: 'context.User?.Email', expect: null, context: anonymous },
  { expression: 'context.Deployment.Region', expect: 'West Europe', context: standard },
  { expression: 'context.Deployment.Region', expect: 'West US', context: anonymous },
  { expression: 'context.Deployment.ServiceName', expect: 'contoso-apim', context: standard },
  { expression: 'context.Deployment.GatewayId', expect: 'managed', context: standard },
  { expression: 'context.Deployment.Gateway.Id', expect: 'managed', context: standard },
  { expression: 'context.Deployment.Gateway.InstanceId', expect: 'managed', context: standard },
  { expression: 'context.Deployment.Gateway.IsManaged', expect: 'True', context: standard },
  {
    expression: 'context.Deployment.SustainabilityInfo.CurrentCarbonIntensity',
    expect: 'NotAvailable',
    context: standard,
  },
  { expression: 'context.Deployment.Certificates.Count', expect: '2', context: standard },
  { expression: 'context.Deployment.Certificates.Count', expect: '0', context: anonymous },
  {
    expression: 'string.Join(",", context.Deployment.Certificates.Keys.OrderBy(k => k))',
    expect: '0B925D5F9E22D9DF6E9EF2C0271A579BF142B353,B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates.ContainsKey("0B925D5F9E22D9DF6E9EF2C0271A579BF142B353")',
    expect: 'True',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"].Subject',
    expect: 'CN=Client 01',
    context: standard,
  },
  {
    expression:
      'context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint)',
    expect: 'True',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0000"]',
    throws: 'System.Collections.Generic.KeyNotFoundException',
    message: 'The given key was not present in the dictionary.',
    context: standard,
    note: ".NET Framework's message (Mono and modern .NET name the key).",
  },
  {
    expression:
      '@{ X509Certificate2 cert; return context.Deployment.Certificates.TryGetValue("missing", out cert) ? cert.Subject : "none"; }',
    expect: 'none',
    context: standard,
  },
  // Extensions and PublicKey of client01: order and values as `openssl x509 -text` lists them.
  { expression: 'context.Request.Certificate.Extensions.Count', expect: '6', context: standard },
  {
    expression: 'context.Request.Certificate.Extensions[0].Oid.FriendlyName',
    expect: 'Basic Constraints',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Extensions["2.5.29.17"].Critical',
    expect: 'False',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Extensions["2.5.29.99"] == null',
    expect: 'True',
    context: standard,
  },
  {
    expression:
      'string.Join(",", context.Request.Certificate.Extensions.Cast<X509Extension>().Select(x => x.Oid.Value))',
    expect: '2.5.29.19,2.5.29.15,2.5.29.37,2.5.29.17,2.5.29.14,2.5.29.35',
    context: standard,
  },
  { expression: 'context.Request.Certificate.PublicKey.Oid.FriendlyName', expect: 'RSA', context: standard },
  {
    expression: 'context.Request.Certificate.PublicKey.EncodedParameters.RawData.Length',
    expect: '2',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Extensions[6]',
    throws: 'System.ArgumentOutOfRangeException',
    context: standard,
  },
  { expression: 'context.Request.Certificate == null', expect: 'True', context: anonymous },
  { expression: 'context.Request.Certificate?.Thumbprint ?? "none"', expect: 'none', context: anonymous },
  {
    expression: 'context.Request.Certificate.Thumbprint',
    expect: 'B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Thumbprint != "B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376"',
    expect: 'False',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Subject',
    expect: 'CN=client01.contoso.com, OU=API, O="Contoso, Inc.", L=Redmond, S=Washington, C=US',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.SubjectName.Name',
    expect: 'CN=client01.contoso.com, OU=API, O="Contoso, Inc.", L=Redmond, S=Washington, C=US',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Issuer',
    expect: 'CN=Contoso Test Root CA, O=Contoso Test, C=US',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.IssuerName.Name',
    expect: 'CN=Contoso Test Root CA, O=Contoso Test, C=US',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.SerialNumber',
    expect: '00D01E40900000465200000001',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetSerialNumberString()',
    expect: '00D01E40900000465200000001',
    context: standard,
  },
  {
    expression: 'BitConverter.ToString(context.Request.Certificate.GetSerialNumber())',
    expect: '01-00-00-00-52-46-00-00-90-40-1E-D0-00',
    context: standard,
  },
  { expression: 'context.Request.Certificate.NotBefore', expect: '3/15/2024 8:30:00 AM', context: standard },
  {
    expression: 'context.Request.Certificate.NotAfter',
    expect: '3/15/2025 8:30:00 AM',
    type: 'System.DateTime',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.NotBefore',
    expect: '3/15/2024 9:30:00 AM',
    environment: { timeZone: 'Europe/Berlin' },
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.NotAfter.ToString("o")',
    expect: '2025-03-15T09:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.NotAfter < context.Timestamp',
    expect: 'False',
    context: standard,
    note: 'A Local and a Utc DateTime compare by ticks; the gateway runs in UTC.',
  },
  {
    expression: 'context.Request.Certificate.NotBefore > context.Timestamp',
    expect: 'True',
    context: standard,
  },
  { expression: 'context.Request.Certificate.Version', expect: '3', context: standard },
  { expression: 'context.Request.Certificate.HasPrivateKey', expect: 'False', context: standard },
  { expression: 'context.Request.Certificate.FriendlyName', expect: '', context: standard },
  {
    expression: 'context.Request.Certificate.RawData.Length',
    expect: '1024',
    type: 'System.Int32',
    context: standard,
  },
  {
    expression: 'Convert.ToBase64String(context.Request.Certificate.RawData).Substring(0, 16)',
    expect: 'MIID/DCCAuSgAwIB',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetCertHashString()',
    expect: 'B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376',
    context: standard,
  },
  {
    expression: 'BitConverter.ToString(context.Request.Certificate.GetCertHash(), 0, 4)',
    expect: 'B6-F6-B4-25',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.SignatureAlgorithm.FriendlyName',
    expect: 'sha256RSA',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.SignatureAlgorithm.Value',
    expect: '1.2.840.113549.1.1.11',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetKeyAlgorithm()',
    expect: '1.2.840.113549.1.1.1',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetKeyAlgorithmParametersString()',
    expect: '0500',
    context: standard,
  },
  { expression: 'context.Request.Certificate.GetPublicKey().Length', expect: '270', context: standard },
  { expression: 'context.Request.Certificate.GetFormat()', expect: 'X509', context: standard },
  {
    expression: 'context.Request.Certificate.GetNameInfo(X509NameType.SimpleName, false)',
    expect: 'client01.contoso.com',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetNameInfo(X509NameType.SimpleName, true)',
    expect: 'Contoso Test Root CA',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetNameInfo(X509NameType.EmailName, false)',
    expect: 'client01@contoso.com',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetNameInfo(X509NameType.DnsName, false)',
    expect: 'client01.contoso.com',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.GetNameInfo(X509NameType.UpnName, false)',
    expect: '',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Export(X509ContentType.Cert).Length',
    expect: '1024',
    context: standard,
  },
  {
    expression:
      'context.Request.Certificate.Equals(context.Deployment.Certificates["B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376"])',
    expect: 'True',
    context: standard,
  },
  {
    expression:
      'context.Request.Certificate.Equals(context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"])',
    expect: 'False',
    context: standard,
  },
  {
    expression: 'context.Request.Certificate.Subject.Contains("O=\\"Contoso, Inc.\\"")',
    expect: 'True',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"].Version',
    expect: '1',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"].SerialNumber',
    expect: '00AB12',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"].NotAfter',
    expect: '1/1/2026 12:00:00 PM',
    context: standard,
  },
  {
    expression: 'context.Deployment.Certificates["0B925D5F9E22D9DF6E9EF2C0271A579BF142B353"].ToString()',
    expect:
      '[Subject]\n  CN=Client 01\n\n[Issuer]\n  CN=Client 01\n\n[Serial Number]\n  00AB12\n\n[Not Before]\n  1/1/2024 12:00:00 AM\n\n[Not After]\n  1/1/2026 12:00:00 PM\n\n[Thumbprint]\n  0B925D5F9E22D9DF6E9EF2C0271A579BF142B353\n',
    environment: { dotnet: 'core' },
    context: standard,
    note: 'ToString() lists the certificate; line ends are Environment.NewLine (\\n on modern .NET).',
  },
  {
    expression: 'context.Request.Certificate.Verify()',
    expect: 'False',
    context: standard,
    note: 'Verify() answers the chain verdict prepared in the certificate source (facts.chain); not established with Mono.',
  },
  {
    expression: 'context.Request.Certificate.VerifyNoRevocation()',
    expect: 'True',
    context: standard,
    note: 'VerifyNoRevocation() answers the prepared verdict (facts.chainNoRevocation); not established with Mono.',
  },
  { expression: 'context.LastError.Source', expect: 'validate-client-certificate', context: standard },
  { expression: 'context.LastError.Reason', expect: 'ClientCertificateNotTrusted', context: standard },
  {
    expression: 'context.LastError.Message',
    expect: 'A certificate chain could not be built to a trusted root authority.',
    context: standard,
  },
  { expression: 'context.LastError.Scope', expect: 'api', context: standard },
  { expression: 'context.LastError.Section', expect: 'inbound', context: standard },
  { expression: 'context.LastError.Path', expect: 'validate-client-certificate[1]', context: standard },
  { expression: 'context.LastError.PolicyId', expect: '', context: standard },
  { expression: 'context.LastError == null', expect: 'True', context: anonymous },
  { expression: 'context.LastError?.Message ?? "no error"', expect: 'no error', context: anonymous },
  { expression: 'context.Backend == null', expect: 'True', context: standard },
  { expression: 'context.Workspace == null', expect: 'True', context: standard },
  { expression: 'context.GraphQL == null', expect: 'True', context: standard },
  {
    expression: 'context.RequestId.GetHashCode()',
    expect: '-1505432630',
    context: standard,
    note: ".NET Framework's Guid.GetHashCode (reference source: _a ^ ((_b << 16) | (ushort)_c) ^ ((_f << 24) | _k)); Mono uses modern .NET's, which gives -1040893626.",
  },
  { expression: 'context.Response.StatusCode.ToString()', expect: '201', context: standard },
  { expression: 'context.Response.StatusReason.Contains("Creat")', expect: 'True', context: standard },
  {
    expression: 'string.Join(",", context.Response.Headers.Keys)',
    expect: 'Content-Type',
    context: standard,
  },
  { expression: 'context.Response.Headers.ContainsKey("Content-Type")', expect: 'True', context: standard },
  { expression: 'context.Request.IpAddress.StartsWith("203.")', expect: 'True', context: standard },
  { expression: 'context.Request.MatchedParameters.ContainsKey("id")', expect: 'True', context: standard },
  {
    expression: '@{ object response = context.Response; return ((IResponse)response).StatusCode; }',
    expect: '201',
    context: standard,
  },
  {
    expression: '(string)(object)context.Request.Body',
    throws: 'System.InvalidCastException',
    message:
      "Unable to cast object of type 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.MessageBody' to type 'System.String'.",
    context: standard,
    note: "A body is not a string; the gateway's message names its body class (seen in a question about a real gateway).",
  },
  {
    expression: 'context.Variables.GetValueOrDefault<JObject>("missing") == null',
    expect: 'True',
    context: standard,
  },
  {
    expression: 'context.Variables.GetValueOrDefault<byte[]>("missing") == null',
    expect: 'True',
    context: standard,
  },
  { expression: 'context.Variables.GetValueOrDefault<bool>("missing")', expect: 'False', context: standard },
  {
    expression: 'context.Request.Certificate.ToString()',
    expect:
      '[Subject]\r\n  CN=client01.contoso.com, OU=API, O="Contoso, Inc.", L=Redmond, S=Washington, C=US\r\n\r\n[Issuer]\r\n  CN=Contoso Test Root CA, O=Contoso Test, C=US\r\n\r\n[Serial Number]\r\n  00D01E40900000465200000001\r\n\r\n[Not Before]\r\n  3/15/2024 8:30:00 AM\r\n\r\n[Not After]\r\n  3/15/2025 8:30:00 AM\r\n\r\n[Thumbprint]\r\n  B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376\r\n',
    context: standard,
    note: 'ToString() lists the certificate; line ends are Environment.NewLine (\\r\\n on .NET Framework, which the managed gateway runs on; Mono on Linux printed \\n).',
  },
  { expression: 'context.Request.Body.As<XElement>().Name', expect: 'order', context: xml },
  { expression: 'context.Request.Body.As<XElement>().Attribute("id").Value', expect: '7', context: xml },
  {
    expression: 'context.Request.Body.As<XElement>(true).Elements("item").Count()',
    expect: '2',
    context: xml,
  },
  {
    expression: 'context.Request.Body.As<XDocument>().Root.Elements("item").Sum(i => (int)i)',
    expect: '7',
    context: xml,
  },
  {
    expression:
      'context.Request.Body.As<XDocument>(preserveContent: true).Root.Element("item").Attribute("sku").Value',
    expect: 'a',
    context: xml,
  },
  {
    expression: 'context.Request.Body.As<XNode>() is XElement',
    expect: 'True',
    context: xml,
    note: "As<XNode> reads the root element (Microsoft's policy toolkit; not documented).",
  },
  { expression: 'context.Request.Body.As<string>(true).Length', expect: '66', context: xml },
  {
    expression: 'context.Request.Headers.GetValueOrDefault("X-Empty", "default")',
    expect: '',
    context: xml,
    note: 'A header that is present with an empty value is not absent.',
  },
  { expression: 'context.Request.Headers.GetValueOrDefault("X-List", "")', expect: 'a, b', context: xml },
  { expression: 'context.Request.Headers["X-List"].Length', expect: '1', context: xml },
  { expression: 'context.Request.Method', expect: 'PUT', context: xml },
  { expression: 'context.Response.StatusCode', expect: '404', context: backend },
  { expression: 'context.Response.StatusReason', expect: 'Not Found', context: backend },
  { expression: 'context.Response.Body.As<JArray>().Count', expect: '1', context: backend },
  { expression: 'context.Response.Body.As<JArray>()[0]["error"]', expect: 'missing', context: backend },
  { expression: '(int)context.Response.Body.As<JArray>(true)[0]["code"]', expect: '44', context: backend },
  { expression: 'context.Response.Body.As<JToken>(true).Type', expect: 'Array', context: backend },
  {
    expression: 'context.Response.Body.As<JObject>()',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: StartArray. Path '', line 1, position 1.",
    context: backend,
  },
  { expression: 'context.Response.Body.As<string>(true).Length', expect: '31', context: backend },
  {
    expression: 'context.Response.Headers.GetValueOrDefault("Content-Type", "").Split(\';\')[0]',
    expect: 'application/json',
    context: backend,
  },
  { expression: 'context.Response.StatusCode >= 400 ? "error" : "ok"', expect: 'error', context: backend },
  {
    expression: 'context.Request.Body.As<JObject>()',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Error reading JObject from JsonReader. Path '', line 0, position 0.",
    context: backend,
    note: 'An empty body holds no JSON token.',
  },
  { expression: 'context.Request.Body.As<string>()', expect: '', context: backend },
  { expression: 'context.Request.Body.As<byte[]>().Length', expect: '0', context: backend },
  { expression: '((IResponse)context.Variables["tokenResponse"]).StatusCode', expect: '200', context: sent },
  { expression: '((IResponse)context.Variables["tokenResponse"]).StatusReason', expect: 'OK', context: sent },
  {
    expression:
      '((IResponse)context.Variables["tokenResponse"]).Body.As<JObject>()["access_token"].ToString()',
    expect: 'abc',
    context: sent,
  },
  {
    expression: '(string)((IResponse)context.Variables["tokenResponse"]).Body.As<JObject>()["access_token"]',
    expect: 'abc',
    context: sent,
  },
  {
    expression: '(int)((IResponse)context.Variables["tokenResponse"]).Body.As<JObject>()["expires_in"]',
    expect: '3599',
    context: sent,
  },
  {
    expression:
      '((IResponse)context.Variables["tokenResponse"]).Headers.GetValueOrDefault("cache-control", "")',
    expect: 'no-store',
    context: sent,
  },
  {
    expression: 'context.Variables.GetValueOrDefault<IResponse>("tokenResponse").StatusCode',
    expect: '200',
    context: sent,
  },
  {
    expression: 'context.Variables.GetValueOrDefault<IResponse>("missing") == null',
    expect: 'True',
    context: sent,
  },
  {
    expression: '(context.Variables["tokenResponse"] as IResponse)?.StatusCode ?? 0',
    expect: '200',
    context: sent,
  },
  { expression: '(context.Variables["scope"] as IResponse)?.StatusCode ?? 0', expect: '0', context: sent },
  { expression: 'context.Variables["tokenResponse"] is IResponse', expect: 'True', context: sent },
  {
    expression:
      '@{ var response = (IResponse)context.Variables["tokenResponse"]; var body = response.Body.As<string>(preserveContent: true); return body.Length + response.Body.As<string>().Length; }',
    expect: '80',
    context: sent,
  },
  {
    expression: '(IResponse)context.Variables["scope"]',
    throws: 'System.InvalidCastException',
    message:
      "Unable to cast object of type 'System.String' to type 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.Policies.Expressions.IResponse'.",
    context: sent,
    note: ".NET Framework's message for a failed cast to the interface (established with the mock in Mono, whose interface has no namespace).",
  },
];
