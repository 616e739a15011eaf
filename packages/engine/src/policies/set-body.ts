import {
  type Diagnostic,
  LineMap,
  type ProxyUrl,
  type StringValuesDictionary,
  toDotnetString,
} from '@apim-policy/expressions';
import type { ElementNode, Located } from '../document/model.js';
import {
  bodyModel,
  type LiquidDiagnostic,
  LiquidRenderError,
  type LiquidTemplate,
  parseLiquid,
  renderLiquid,
} from '../liquid/index.js';
import { planDiagnostic } from '../plan/messages.js';
import type { Planner } from '../plan/planner.js';
import { CONTINUE, type StepBody } from '../plan/step.js';
import { PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';
import { type MessageTarget, messageOf } from './message-target.js';
import { originalMethod } from './set-method.js';

/**
 * `<set-body>`: the element's content replaces the body of the section's message (the request in
 * inbound and backend, the response in outbound and on-error, the returned response inside
 * return-response).
 *
 * - Without a template: literal text, or an expression whose value becomes the body. A byte
 *   array stays bytes; other values take .NET's `ToString()` (a JObject its indented JSON);
 *   null gives an empty body.
 * - `template="liquid"`: see `planLiquid`.
 */
export function planSetBody(element: ElementNode, planner: Planner, target: MessageTarget): StepBody {
  if (planner.attribute(element, 'template')?.value.trim().toLowerCase() === 'liquid')
    return planLiquid(element, planner, target);
  const content = planner.text(element, 'object');
  return (state, step) => {
    const value = content.get(state);
    const body =
      value === null
        ? ''
        : value instanceof Uint8Array
          ? value
          : typeof value === 'string'
            ? value
            : toDotnetString(value);
    const { kind, message } = messageOf(state, target);
    message.setBody(body);
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        `${kind} body set (${typeof body === 'string' ? `${body.length} characters` : `${body.length} bytes`})`,
        { message: kind },
      );
    return CONTINUE;
  };
}

export const setBody = defineHandler('set-body', (element, _origin, planner) =>
  planSetBody(element, planner, 'section'),
);

// ---- Liquid ----------------------------------------------------------------------------------

/** The reason of a Liquid template that fails while rendering (no source gives API Management's). */
export const LIQUID_FAILURE = 'LiquidRenderFailure';

/** A piece of the template: where its text starts in the template and where its raw text is in the file. */
interface Segment {
  /** Offset of the segment in the template text. */
  readonly start: number;
  readonly value: string;
  /** The text as written, which `value` maps onto one to one when they are equal. */
  readonly raw: string;
  /** File offset, line and column of `raw`'s first character. */
  readonly rawStart: number;
  readonly line: number;
  readonly column: number;
}

/** The element's content as a template: text, CDATA and payload, in order, with where each stands. */
function templateOf(element: ElementNode): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let text = '';
  for (const child of element.children) {
    if (child.type !== 'Text' && child.type !== 'CData' && child.type !== 'Payload') continue;
    // A CDATA node's range starts at `<![CDATA[`, nine characters before its content.
    const skip = child.type === 'CData' ? 9 : 0;
    segments.push({
      start: text.length,
      value: child.value,
      raw: child.raw,
      rawStart: child.range[0] + skip,
      line: child.loc.start.line,
      column: child.loc.start.column + skip,
    });
    text += child.value;
  }
  return { text, segments };
}

/** Where a template offset stands in the file (offset, line, column). */
function filePosition(
  segments: readonly Segment[],
  offset: number,
): { offset: number; line: number; column: number } {
  let segment = segments[0];
  for (const candidate of segments) if (candidate.start <= offset) segment = candidate;
  if (segment === undefined) return { offset: 0, line: 1, column: 0 };
  const inside = offset - segment.start;
  // Decoded text (`&lt;` read as `<`) does not map character by character: point at the segment.
  const rawOffset = segment.value === segment.raw ? Math.min(inside, segment.raw.length) : 0;
  const { line, column } = new LineMap(segment.raw).position(rawOffset);
  return {
    offset: segment.rawStart + rawOffset,
    line: segment.line + line - 1,
    column: line === 1 ? segment.column + column : column,
  };
}

/** A Liquid diagnostic as a load diagnostic, at its place in the file. */
function liquidDiagnostic(
  found: LiquidDiagnostic,
  segments: readonly Segment[],
  fallback: Located,
): Diagnostic {
  const data = { detail: found.message, liquid: found.code };
  if (segments.length === 0) return planDiagnostic('liquid-not-supported', fallback, data);
  const start = filePosition(segments, found.start);
  const end = filePosition(segments, found.end);
  return planDiagnostic(
    'liquid-not-supported',
    {
      range: [start.offset, Math.max(start.offset, end.offset)],
      loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    },
    data,
  );
}

/**
 * `set-body template="liquid"`: the content is a Liquid template (DotLiquid as API Management
 * runs it, see `liquid/`). It is parsed when the policy loads; what the supported subset does not
 * cover is a load error (`liquid-not-supported`) at its place in the file. Each run renders it
 * with:
 *
 * - `body`: the current body of the message the policy changes, read by its Content-Type (JSON,
 *   XML or text, see `bodyModel`). No body, or a body an expression consumed (read without
 *   `preserveContent`), is nil. Inside return-response the fresh response has none, so `body` is
 *   nil there, as documented.
 * - `context`: `Request` {Url, Method, OriginalMethod, OriginalUrl, IpAddress, MatchedParameters,
 *   HasBody, ClientCertificates, Headers} and `Response` {StatusCode, Method, Headers}, as plain
 *   data (see `liquidContext`).
 *
 * A body that does not parse as its Content-Type says, or a render error (a division by zero, a
 * filter given what it cannot use), fails the policy with reason `LiquidRenderFailure` and a 500.
 * `xsi-nil` (default `blank`) turns XML elements marked `xsi:nil="true"` into `""` or, with
 * `null`, into nil. `parse-date` is not implemented: JSON dates stay strings.
 */
function planLiquid(element: ElementNode, planner: Planner, target: MessageTarget): StepBody {
  const { text, segments } = templateOf(element);
  const parsed = parseLiquid(text);
  for (const found of parsed.diagnostics) planner.report(liquidDiagnostic(found, segments, element));
  const template: LiquidTemplate | null = parsed.template;
  const nil = planner.attribute(element, 'xsi-nil')?.value.trim().toLowerCase() === 'null' ? null : '';
  return (state, step) => {
    // Load errors keep a policy with diagnostics from running; a template is there when it runs.
    if (template === null) throw new Error('set-body ran with a Liquid template that did not parse');
    const { kind, message } = messageOf(state, target);
    const contentType = message.Headers.lookup('Content-Type')?.join(',') ?? null;
    let body: unknown = null;
    if (message.Body !== null && !message.Body.consumed) {
      const model = bodyModel(message.Body.text(), contentType);
      if ('error' in model) throw liquidFailure(model.error);
      body = markNil(model.value, nil, []);
    }
    let rendered: string;
    try {
      rendered = renderLiquid(
        template,
        { body, context: liquidContext(state) },
        { timeZone: state.options.timeZone ?? 'UTC', now: state.now() },
      );
    } catch (error) {
      if (error instanceof LiquidRenderError) throw liquidFailure(error.message);
      throw error;
    }
    message.setBody(rendered);
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        `${kind} body set from a Liquid template (${rendered.length} characters)`,
        {
          message: kind,
          template: 'liquid',
        },
      );
    return CONTINUE;
  };
}

function liquidFailure(detail: string): PolicyError {
  return new PolicyError({
    reason: LIQUID_FAILURE,
    message: `The Liquid template of set-body failed: ${detail}`,
    status: 500,
    responseMessage: 'Internal server error',
  });
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * An XML body model with the elements marked `xsi:nil="true"` (any prefix bound to the XML
 * Schema instance namespace) replaced by `nil` (`""` or null). `prefixes` are the prefixes bound
 * to that namespace by the ancestors.
 */
function markNil(value: unknown, nil: '' | null, prefixes: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => markNil(item, nil, prefixes));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const bound = [...prefixes];
  for (const [key, declared] of Object.entries(record))
    if (key.startsWith('@xmlns:') && declared === XSI) bound.push(key.slice('@xmlns:'.length));
  for (const prefix of bound) {
    const marker = record[`@${prefix}:nil`];
    if (typeof marker === 'string' && marker.trim().toLowerCase() === 'true') return nil;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(record))
    Object.defineProperty(copy, key, {
      value: key.startsWith('@') ? child : markNil(child, nil, bound),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/**
 * A record whose keys are found in any case, as API Management's header, query and parameter
 * dictionaries are (`context.Request.Headers["content-type"]`). Its own keys stay as stored.
 */
function ignoringCase(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const folded = new Map<string, string>();
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: true });
    if (!folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), key);
  }
  const resolve = (key: string | symbol): string | symbol =>
    typeof key === 'string' && !Object.hasOwn(record, key) ? (folded.get(key.toLowerCase()) ?? key) : key;
  return new Proxy(record, {
    get: (target, key) => Reflect.get(target, resolve(key)),
    has: (target, key) => Reflect.has(target, resolve(key)),
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, resolve(key));
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
}

/** Header or query values: each name's values joined with `,` (as `GetValueOrDefault` joins them). */
function valuesModel(dictionary: StringValuesDictionary): Record<string, unknown> {
  return ignoringCase(dictionary.entries().map(([name, values]) => [name, values.join(',')] as const));
}

function urlModel(url: ProxyUrl): Record<string, unknown> {
  const text = url.ToString();
  return {
    Scheme: url.Scheme,
    Host: url.Host,
    Port: url.Port,
    Path: url.Path,
    Query: valuesModel(url.Query),
    QueryString: url.QueryString,
    ToUri: text,
    ToString: text,
  };
}

function certificatesModel(state: RunState): Record<string, unknown>[] {
  const certificate = state.certificates.request;
  if (certificate === null) return [];
  return [
    {
      Subject: certificate.subjectName,
      Issuer: certificate.issuerName,
      Thumbprint: certificate.thumbprint,
      SerialNumber: certificate.serialNumber,
      NotBefore: new Date(certificate.notBefore),
      NotAfter: new Date(certificate.notAfter),
    },
  ];
}

/**
 * The `context` a Liquid template sees, as plain data read from the run's context when the
 * policy runs. Header, query and matched-parameter names are found in any case; a name with
 * several values gives them joined with `,`. `Url`/`OriginalUrl` have `ToString` and `ToUri` as
 * the absolute URL (DotLiquid reads a method without arguments as a member). `ClientCertificates`
 * is the client certificate that reached the policy (none or one), with Subject, Issuer,
 * Thumbprint, SerialNumber, NotBefore, NotAfter. `Response.Method` is documented without a
 * meaning: it is the request's method here.
 */
export function liquidContext(state: RunState): Record<string, unknown> {
  const request = state.context.Request;
  const response = state.context.Response;
  const matched: [string, unknown][] = [];
  for (const pair of request.MatchedParameters) matched.push([pair.Key, pair.Value]);
  return {
    Request: {
      Url: urlModel(request.Url),
      Method: request.Method,
      OriginalMethod: originalMethod(state),
      OriginalUrl: urlModel(request.OriginalUrl),
      IpAddress: request.IpAddress,
      MatchedParameters: ignoringCase(matched),
      HasBody: request.Body !== null,
      ClientCertificates: certificatesModel(state),
      Headers: valuesModel(request.Headers),
    },
    Response: {
      StatusCode: response.StatusCode,
      Method: request.Method,
      Headers: valuesModel(response.Headers),
    },
  };
}
