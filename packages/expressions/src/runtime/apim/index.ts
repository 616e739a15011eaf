// API Management's `context` object model: construction from plain data (`createContext`), the
// runtime classes compiled expressions read, and the changes the policy engine makes between
// expressions.

export { Authorization } from './authorization.js';
export type {
  ApiInit,
  BackendInit,
  ContextInit,
  DeploymentInit,
  GraphQLInit,
  LastErrorInit,
  NamedInit,
  OperationInit,
  ProductInit,
  RequestInit,
  ResponseInit,
  SubscriptionInit,
  UserInit,
  ValuesInit,
} from './context-init.js';
export {
  type ContextEntities,
  createApi,
  createContext,
  createContextEntities,
  createLastError,
  createResponse,
  utcDateTime,
} from './create-context.js';
export { objectOrDefault, typedOrDefault, valueOrDefault, valuesOrDefault } from './dictionary-extensions.js';
export {
  Api,
  AzureVnetInfo,
  Backend,
  BackendType,
  CarbonIntensityCategory,
  Deployment,
  Gateway,
  GraphQLContext,
  GraphQLDataObject,
  Group,
  LastError,
  Operation,
  PrivateEndpointConnection,
  Product,
  ProductState,
  Subscription,
  SubscriptionKeyParameterNames,
  SustainabilityInfo,
  User,
  UserIdentity,
  Workspace,
} from './entities.js';
export { formUrlEncoded, parseFormContent, queryStringOf } from './form-content.js';
export { FrozenDictionary } from './frozen-dictionary.js';
export { MessageBody } from './message-body.js';
export { ProxyRequest, ProxyResponse } from './messages.js';
export { EXPRESSIONS_NAMESPACE } from './names.js';
export { ProxyRequestContext } from './proxy-request-context.js';
export { ProxyUrl, parseQuery } from './proxy-url.js';
export { reasonPhrase } from './reason-phrases.js';
export { StringValuesDictionary } from './string-values-dictionary.js';
export { VariablesDictionary } from './variables-dictionary.js';
