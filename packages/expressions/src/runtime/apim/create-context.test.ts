import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { defaultEnvironment, withEnvironment } from '../environment.js';
import { DotnetException } from '../exceptions.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { testCertificates } from '../x509/test-certificate.js';
import { createContext, createContextEntities, createLastError, createResponse } from './create-context.js';
import { typedOrDefault, valuesOrDefault } from './dictionary-extensions.js';
import { ProxyResponse } from './messages.js';

const at = (iso: string) => ({ ...defaultEnvironment(), now: () => Date.parse(iso) });

describe('createContext', () => {
  it('gives an anonymous GET of the echo API by default', () => {
    const context = createContext();
    expect(context.Request.Method).toBe('GET');
    expect(context.Request.Url.ToString()).toBe('https://contoso.azure-api.net/echo/resource');
    expect(context.Request.OriginalUrl.Host).toBe('contoso.azure-api.net');
    expect(context.Request.Body).toBeNull();
    expect(context.Request.Certificate).toBeNull();
    expect(context.Request.IpAddress).toBe('127.0.0.1');
    expect(context.Api!.Name).toBe('Echo API');
    expect(context.Api!.Version).toBeNull();
    expect(context.Operation!.UrlTemplate).toBe('/resource');
    expect(context.Product).toBeNull();
    expect(context.Subscription).toBeNull();
    expect(context.User).toBeNull();
    expect(context.LastError).toBeNull();
    expect(context.Response.StatusCode).toBe(200);
    expect(context.Response.StatusReason).toBe('OK');
    expect(context.Deployment.Region).toBe('West US');
    expect(context.Deployment.ServiceName).toBe('contoso');
    expect(context.Deployment.Certificates.Count).toBe(0);
    expect(context.Tracing).toBe(false);
  });

  it('keeps null for entities given as null', () => {
    const context = createContext({ api: null, operation: null });
    expect(context.Api).toBeNull();
    expect(context.Operation).toBeNull();
  });

  it('takes the timestamp and request id from the environment', () => {
    const context = withEnvironment(at('2024-01-15T10:30:00Z'), () =>
      createContext({ requestId: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
    );
    expect(context.Timestamp.ToString()).toBe('1/15/2024 10:30:00 AM');
    expect(context.RequestId.ToString()).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(withEnvironment(at('2024-01-15T10:30:01.5Z'), () => context.Elapsed.ToString())).toBe(
      '00:00:01.5000000',
    );
  });

  it('reads headers in any case and joins several values with commas', () => {
    const context = createContext({ request: { headers: { Accept: ['a', 'b'], 'X-One': 'x' } } });
    expect(valuesOrDefault(context.Request.Headers, 'accept')).toBe('a,b');
    expect(valuesOrDefault(context.Request.Headers, 'x-missing', 'none')).toBe('none');
    expect(valuesOrDefault(context.Request.Headers, 'x-missing')).toBeNull();
    expect([...context.Request.Headers.getItem('X-ONE')]).toEqual(['x']);
    expect(() => context.Request.Headers.getItem('nope')).toThrow(DotnetException);
  });

  it('parses the query of the URL', () => {
    const context = createContext({ request: { url: 'http://backend:8080/a/b?x=1&y=a+b&x=2' } });
    const url = context.Request.Url;
    expect([url.Scheme, url.Host, url.Port, url.Path, url.QueryString]).toEqual([
      'http',
      'backend',
      8080,
      '/a/b',
      '?x=1&y=a+b&x=2',
    ]);
    expect(valuesOrDefault(url.Query, 'X')).toBe('1,2');
    expect(valuesOrDefault(url.Query, 'y')).toBe('a b');
    expect(url.ToString()).toBe('http://backend:8080/a/b?x=1&y=a+b&x=2');
    url.Query.set('y', ['c d']);
    expect(url.QueryString).toBe('?x=1&x=2&y=c%20d');
    expect(context.Request.OriginalUrl.ToString()).toBe('https://contoso.azure-api.net/echo/resource');
  });

  it('keeps the query dictionary it handed out when the whole query is replaced', () => {
    const url = createContext({ request: { url: 'https://backend/a?x=1' } }).Request.Url;
    const query = url.Query;
    url.setQueryString('y=2');
    expect(url.Query).toBe(query);
    expect(valuesOrDefault(query, 'y')).toBe('2');
    expect(valuesOrDefault(query, 'x')).toBeNull();
    expect(url.QueryString).toBe('?y=2');
  });

  it('gives the query string as written until the query dictionary changes', () => {
    const url = createContext({ request: { url: 'https://backend/a?b=%41&a=1' } }).Request.Url;
    url.setQueryString('?z=%7e');
    expect(url.QueryString).toBe('?z=%7e');
    expect(valuesOrDefault(url.Query, 'z')).toBe('~');
    expect(url.QueryString).toBe('?z=%7e');
    url.Query.delete('z');
    expect(url.QueryString).toBe('');
  });

  it('makes a new request id on first read and keeps it', () => {
    let draws = 0;
    const environment = {
      ...defaultEnvironment(),
      newGuid: () => {
        draws++;
        return new Uint8Array(16).fill(draws);
      },
    };
    const context = createContext();
    const first = withEnvironment(environment, () => context.RequestId.ToString());
    expect(first).toBe('01010101-0101-4101-8101-010101010101');
    expect(withEnvironment(environment, () => context.RequestId.ToString())).toBe(first);
    expect(draws).toBe(1);
  });

  it('rejects request id text that is not a GUID when the context is made', () => {
    expect(() => createContext({ requestId: 'not-a-guid' })).toThrow(DotnetException);
    expect(createContext({ requestId: '{0f8fad5b-d9cb-469f-a165-70867728950e}' }).RequestId.ToString()).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });

  it('shares entities given to it between contexts, and builds the request of each', () => {
    const entities = createContextEntities({ api: { name: 'Orders' }, user: { email: 'a@b.c' } });
    const first = createContext({ request: { method: 'POST' } }, entities);
    const second = createContext({ request: { method: 'PUT' } }, entities);
    expect(first.Api).toBe(second.Api);
    expect(first.Deployment).toBe(second.Deployment);
    expect(first.User!.Email).toBe('a@b.c');
    expect([first.Request.Method, second.Request.Method]).toEqual(['POST', 'PUT']);
    expect(first.Request).not.toBe(second.Request);
  });

  it('merges header names given in several cases, as the gateway does', () => {
    const request = createContext({ request: { headers: { Accept: 'a', accept: 'b' } } }).Request;
    expect(request.hasNoHeaders).toBe(false);
    expect(request.Headers.Count).toBe(1);
    expect(valuesOrDefault(request.Headers, 'ACCEPT')).toBe('a,b');
    expect(createContext().Request.hasNoHeaders).toBe(true);
  });

  it('keeps variables, with null for a missing name', () => {
    const context = createContext({ variables: { name: 'value', count: 3 } });
    expect(context.Variables.getItem('name')).toBe('value');
    expect(context.Variables.getItem('missing')).toBeNull();
    expect(context.Variables.ContainsKey('Name')).toBe(false);
    context.Variables.set('added', true);
    expect(context.Variables.Count).toBe(3);
  });

  it('holds responses in variables, as send-request leaves them', () => {
    const context = createContext({ variables: { a: 1 }, responseVariables: { token: { statusCode: 401 } } });
    const response = context.Variables.getItem('token') as ProxyResponse;
    expect(response).toBeInstanceOf(ProxyResponse);
    expect(response.StatusReason).toBe('Unauthorized');
    expect([...context.Variables.Keys]).toEqual(['a', 'token']);
  });

  it('passes the type argument of GetValueOrDefault<T> first', () => {
    const context = createContext({ variables: { count: 5, name: 'x' } });
    expect(typedOrDefault([runtimeTypeNamed('int')], context.Variables, 'count')).toBe(5);
    expect(typedOrDefault([runtimeTypeNamed('int')], context.Variables, 'missing')).toBe(0);
    expect(typedOrDefault([runtimeTypeNamed('int')], context.Variables, 'missing', 7)).toBe(7);
    expect(() => typedOrDefault([runtimeTypeNamed('int')], context.Variables, 'name')).toThrow(
      'Specified cast is not valid.',
    );
  });

  it('keys deployment certificates by upper-case thumbprint, wrapping each once', () => {
    const source = { ...testCertificates.client01(), thumbprint: 'b6f6b425eb54400fac8f9f6e26e8d6d3bc6c4376' };
    const context = createContext({ deployment: { certificates: [source] } });
    const certificate = context.Deployment.Certificates.getItem('B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376');
    expect(certificate).toBe(
      context.Deployment.Certificates.getItem('B6F6B425EB54400FAC8F9F6E26E8D6D3BC6C4376'),
    );
    expect(() => context.Deployment.Certificates.Clear()).toThrow(DotnetException);
  });

  it('traces, changes status and replaces the response', () => {
    const seen: string[] = [];
    const context = createContext({ trace: (message) => seen.push(message) });
    context.Trace('one');
    context.Trace(null);
    expect(context.traces).toEqual(['one', '']);
    expect(seen).toEqual(['one', '']);
    context.Response.setStatus(404);
    expect(context.Response.StatusReason).toBe('Not Found');
    context.replaceResponse(createResponse({ statusCode: 429 }));
    expect(context.Response.StatusReason).toBe('Too Many Requests');
    context.LastError = createLastError({ source: 'rate-limit', message: 'Rate limit is exceeded.' });
    expect(context.LastError.Reason).toBe('');
  });
});
