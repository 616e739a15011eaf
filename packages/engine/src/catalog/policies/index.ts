import type { PolicySpec } from '../types.js';
import { authenticationBasic } from './authentication-basic.js';
import { authenticationCertificate } from './authentication-certificate.js';
import { authenticationManagedIdentity } from './authentication-managed-identity.js';
import { authenticationToken } from './authentication-token.js';
import { authenticationTokenStore } from './authentication-token-store.js';
import { azureOpenaiEmitTokenMetric } from './azure-openai-emit-token-metric.js';
import { azureOpenaiSemanticCacheLookup } from './azure-openai-semantic-cache-lookup.js';
import { azureOpenaiSemanticCacheStore } from './azure-openai-semantic-cache-store.js';
import { azureOpenaiTokenLimit } from './azure-openai-token-limit.js';
import { block } from './block.js';
import { cacheLookup } from './cache-lookup.js';
import { cacheLookupValue } from './cache-lookup-value.js';
import { cacheRemoveValue } from './cache-remove-value.js';
import { cacheStore } from './cache-store.js';
import { cacheStoreValue } from './cache-store-value.js';
import { checkHeader } from './check-header.js';
import { choose } from './choose.js';
import { cors } from './cors.js';
import { cosmosdbDataSource } from './cosmosdb-data-source.js';
import { crossDomain } from './cross-domain.js';
import { emitMetric } from './emit-metric.js';
import { findAndReplace } from './find-and-replace.js';
import { forwardRequest } from './forward-request.js';
import { getAuthorizationContext } from './get-authorization-context.js';
import { graphqlDataSource } from './graphql-data-source.js';
import { httpDataSource } from './http-data-source.js';
import { includeFragment } from './include-fragment.js';
import { invokeDaprBinding } from './invoke-dapr-binding.js';
import { invokeRequest } from './invoke-request.js';
import { ipFilter } from './ip-filter.js';
import { jsonToXml } from './json-to-xml.js';
import { jsonp } from './jsonp.js';
import { limitConcurrency } from './limit-concurrency.js';
import { llmContentSafety } from './llm-content-safety.js';
import { llmEmitTokenMetric } from './llm-emit-token-metric.js';
import { llmSemanticCacheLookup } from './llm-semantic-cache-lookup.js';
import { llmSemanticCacheStore } from './llm-semantic-cache-store.js';
import { llmTokenLimit } from './llm-token-limit.js';
import { logToEventhub } from './log-to-eventhub.js';
import { mockResponse } from './mock-response.js';
import { proxy } from './proxy.js';
import { publishEvent } from './publish-event.js';
import { publishToDapr } from './publish-to-dapr.js';
import { quota } from './quota.js';
import { quotaByKey } from './quota-by-key.js';
import { rateLimit } from './rate-limit.js';
import { rateLimitByKey } from './rate-limit-by-key.js';
import { redirectContentUrls } from './redirect-content-urls.js';
import { retry } from './retry.js';
import { returnResponse } from './return-response.js';
import { rewriteUri } from './rewrite-uri.js';
import { sendOneWayRequest } from './send-one-way-request.js';
import { sendRequest } from './send-request.js';
import { sendServiceBusMessage } from './send-service-bus-message.js';
import { setBackendService } from './set-backend-service.js';
import { setBody } from './set-body.js';
import { setHeader } from './set-header.js';
import { setMethod } from './set-method.js';
import { setQueryParameter } from './set-query-parameter.js';
import { setRequestMetricDimensionValue } from './set-request-metric-dimension-value.js';
import { setStatus } from './set-status.js';
import { setUrl } from './set-url.js';
import { setVariable } from './set-variable.js';
import { sqlDataSource } from './sql-data-source.js';
import { trace } from './trace.js';
import { validateAzureAdToken } from './validate-azure-ad-token.js';
import { validateClientCertificate } from './validate-client-certificate.js';
import { validateContent } from './validate-content.js';
import { validateGraphqlRequest } from './validate-graphql-request.js';
import { validateHeaders } from './validate-headers.js';
import { validateJwt } from './validate-jwt.js';
import { validateOdataRequest } from './validate-odata-request.js';
import { validateParameters } from './validate-parameters.js';
import { validateStatusCode } from './validate-status-code.js';
import { wait } from './wait.js';
import { xmlToJson } from './xml-to-json.js';
import { xslTransform } from './xsl-transform.js';

/** Every API Management policy, by element name. */
export const policySpecs: readonly PolicySpec[] = [
  authenticationBasic,
  authenticationCertificate,
  authenticationManagedIdentity,
  authenticationToken,
  authenticationTokenStore,
  azureOpenaiEmitTokenMetric,
  azureOpenaiSemanticCacheLookup,
  azureOpenaiSemanticCacheStore,
  azureOpenaiTokenLimit,
  block,
  cacheLookup,
  cacheLookupValue,
  cacheRemoveValue,
  cacheStore,
  cacheStoreValue,
  checkHeader,
  choose,
  cors,
  cosmosdbDataSource,
  crossDomain,
  emitMetric,
  findAndReplace,
  forwardRequest,
  getAuthorizationContext,
  graphqlDataSource,
  httpDataSource,
  includeFragment,
  invokeDaprBinding,
  invokeRequest,
  ipFilter,
  jsonToXml,
  jsonp,
  limitConcurrency,
  llmContentSafety,
  llmEmitTokenMetric,
  llmSemanticCacheLookup,
  llmSemanticCacheStore,
  llmTokenLimit,
  logToEventhub,
  mockResponse,
  proxy,
  publishEvent,
  publishToDapr,
  quota,
  quotaByKey,
  rateLimit,
  rateLimitByKey,
  redirectContentUrls,
  retry,
  returnResponse,
  rewriteUri,
  sendOneWayRequest,
  sendRequest,
  sendServiceBusMessage,
  setBackendService,
  setBody,
  setHeader,
  setMethod,
  setQueryParameter,
  setRequestMetricDimensionValue,
  setStatus,
  setUrl,
  setVariable,
  sqlDataSource,
  trace,
  validateAzureAdToken,
  validateClientCertificate,
  validateContent,
  validateGraphqlRequest,
  validateHeaders,
  validateJwt,
  validateOdataRequest,
  validateParameters,
  validateStatusCode,
  wait,
  xmlToJson,
  xslTransform,
];
