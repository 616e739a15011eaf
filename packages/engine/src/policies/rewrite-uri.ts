import { CONTINUE } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';
import { backendBase, relativePath } from './set-backend-service.js';

/** `{name}` or `{*name}` (a wildcard parameter, whose `/`s stay). */
const PLACEHOLDER = /\{(\*?)([^{}]*)\}/g;

/** `Uri.EscapeDataString`: everything but the unreserved characters of RFC 3986 is escaped. */
function escapeData(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function parameterNotFound(name: string, template: string): PolicyError {
  return new PolicyError({
    reason: 'TemplateParameterNotFound',
    message: `The rewrite-uri template '${template}' uses the parameter '{${name}}', which the operation's URL template did not match`,
    status: 500,
    responseMessage: 'Internal server error',
  });
}

/** The template with its placeholders replaced by the matched parameters, escaped. */
function fill(text: string, template: string, state: RunState): string {
  const matched = state.context.Request.MatchedParameters;
  return text.replace(PLACEHOLDER, (_whole, wildcard: string, name: string) => {
    const value = matched.find(name);
    if (value === undefined || value === null) throw parameterNotFound(name, template);
    return wildcard === '*' ? value.split('/').map(escapeData).join('/') : escapeData(value);
  });
}

/** The names of the query parameters the operation's URL template matches (`/get?a={b}` → `a`). */
function templateQueryNames(urlTemplate: string | null | undefined): Set<string> {
  const names = new Set<string>();
  if (urlTemplate === null || urlTemplate === undefined) return names;
  const question = urlTemplate.indexOf('?');
  if (question < 0) return names;
  for (const segment of urlTemplate.slice(question + 1).split('&')) {
    const name = segment.split('=')[0]?.trim() ?? '';
    if (name !== '') names.add(name.toLowerCase());
  }
  return names;
}

/**
 * `<rewrite-uri template copy-unmatched-params>`: the template replaces the operation-relative
 * part of the backend URL (path and query); the backend base (the service URL, or what
 * set-backend-service set) stays. A template without a leading `/` gets one.
 *
 * - `{name}` placeholders take `context.Request.MatchedParameters[name]`, escaped as
 *   `Uri.EscapeDataString` does; `{*name}` keeps the value's `/`. A placeholder the operation did
 *   not match fails the request (reason `TemplateParameterNotFound`, 500): API Management refuses
 *   such a template when it is saved, and leaving `{name}` in the URL would send the backend a
 *   request nobody wrote. The reason is this engine's.
 * - `copy-unmatched-params` (default true, as documented; the schema's `false` is not what the
 *   gateway does): the parameters of the request URL's query (the client's, with the changes of
 *   earlier policies) that the operation's URL template (`context.Operation.UrlTemplate`) does
 *   not name are added after the template's own; a parameter the template sets is not copied
 *   (the template's value wins).
 */
export const rewriteUri = defineHandler('rewrite-uri', (element, _origin, planner) => {
  const template = planner.value(element, 'template', 'string', '');
  const copyUnmatched = planner.value(element, 'copy-unmatched-params', 'bool', 'true');
  return (state, step) => {
    const text = template.get(state);
    const copy = copyUnmatched.get(state);
    const question = text.indexOf('?');
    const pathTemplate = question < 0 ? text : text.slice(0, question);
    const queryTemplate = question < 0 ? '' : text.slice(question + 1);
    const path = fill(pathTemplate.startsWith('/') ? pathTemplate : `/${pathTemplate}`, text, state);
    const query = fill(queryTemplate, text, state);

    const url = state.context.Request.Url;
    const base = backendBase(state);
    const previous = relativePath(state, base);
    const incoming = url.Query.entries();
    url.assign(`${base.origin}${base.path}${path}`);
    url.setQueryString(query);
    const copied: string[] = [];
    if (copy) {
      const matched = templateQueryNames(state.context.Operation?.UrlTemplate);
      for (const [name, values] of incoming) {
        if (matched.has(name.toLowerCase()) || url.Query.lookup(name) !== undefined) continue;
        url.Query.append(name, values);
        copied.push(name);
      }
    }
    if (state.trace !== null)
      state.record(step, 'policy', `rewrites ${previous || '/'} to ${url.Path}${url.QueryString}`, {
        template: text,
        url: url.ToString(),
        copied,
      });
    return CONTINUE;
  };
});
