import { describe, expect, it } from 'vitest';
import { inferScope } from './infer-scope.js';

describe('inferScope', () => {
  it.each([
    ['artifacts/apis/echo/policy.xml', 'api'],
    ['artifacts/apis/echo/operations/get-user/policy.xml', 'operation'],
    ['artifacts/products/starter/policy.xml', 'product'],
    ['artifacts/workspaces/team-a/policy.xml', 'workspace'],
    ['artifacts/workspaces/team-a/apis/echo/policy.xml', 'api'],
    ['artifacts/workspaces/team-a/apis/echo/operations/get/policy.xml', 'operation'],
    ['C:\\repo\\artifacts\\apis\\echo\\policy.xml', 'api'],
    ['artifacts/policy.xml', 'global'],
    ['policies/global.xml', 'global'],
    ['policy.global.xml', 'global'],
    ['validate-using-policy.operation.xml', 'operation'],
    ['samples/aoai-gateway-operation.xml', 'operation'],
    ['infrastructure/template/cft-api-policy.xml', 'api'],
    ['mcp-api.policy.xml', 'api'],
    ['labs/finops/products-policy.xml', 'product'],
    ['apim-policies/hr_product.xml', 'product'],
    ['shared/apim-policies/all-apis.xml', 'global'],
    ['all-apis-policy.xml', 'global'],
  ] as const)('%s is at the %s scope', (path, scope) => {
    expect(inferScope(path)).toBe(scope);
  });

  it.each([
    ['labs/access-controlling/policy.xml'],
    ['artifacts/policy fragments/auth/policy.xml'],
    ['labs/ai-agent-service/product-catalog-mock-policy.xml'],
    ['labs_ai-agent-service_policy.xml'],
    ['named-value-backend-service.xml'],
    ['weather-forecast.xml'],
    ['apis/policy.xml'],
    [''],
  ])('%s says nothing about its scope', (path) => {
    expect(inferScope(path)).toBeUndefined();
  });
});
