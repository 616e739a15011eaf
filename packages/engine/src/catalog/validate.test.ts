import { describe, expect, it } from 'vitest';
import type { CatalogDiagnosticCode } from './messages.js';
import { catalogMessages } from './messages.js';
import { readElement } from './test-support/read-element.js';
import { validateDocument } from './validate-document.js';
import type { ValidationOptions } from './validate-element.js';
import { validateElement } from './validate-element.js';

interface Case {
  readonly code: CatalogDiagnosticCode;
  readonly xml: string;
  readonly options?: ValidationOptions;
  /** The text the diagnostic's range must cover. */
  readonly at: string;
  /** Whether `at` is the last occurrence rather than the first. */
  readonly last?: boolean;
  /** Text the message must contain. */
  readonly message?: string;
}

/** One document per diagnostic code that must report it, at the right place. */
const cases: readonly Case[] = [
  {
    code: 'unknown-policy',
    xml: '<policies><inbound><invoke-darp-binding name="b" operation="create" /></inbound></policies>',
    at: '<invoke-darp-binding name="b" operation="create" />',
    message: "did you mean '<invoke-dapr-binding>'?",
  },
  {
    code: 'policy-not-allowed-in-section',
    xml: '<policies><outbound><rewrite-uri template="/x" /></outbound></policies>',
    at: '<rewrite-uri template="/x" />',
    message: 'outbound section (allowed in: inbound)',
  },
  {
    code: 'policy-not-allowed-in-section',
    xml: '<policies><on-error><choose><when condition="true"><forward-request /></when></choose></on-error></policies>',
    at: '<forward-request />',
  },
  {
    code: 'policy-not-allowed-in-scope',
    xml: '<policies><inbound><quota calls="10" renewal-period="60" /></inbound></policies>',
    options: { scope: 'api' },
    at: '<quota calls="10" renewal-period="60" />',
    message: 'api scope (allowed at: product)',
  },
  {
    code: 'missing-required-attribute',
    xml: '<policies><inbound><set-variable value="x" /></inbound></policies>',
    at: '<set-variable value="x" />',
    message: "requires the attribute 'name'",
  },
  {
    code: 'unknown-attribute',
    xml: '<policies><inbound><set-header name="a" exist-action="skip" /></inbound></policies>',
    at: 'exist-action="skip"',
    message: "did you mean 'exists-action'?",
  },
  {
    code: 'invalid-attribute-value',
    xml: '<policies><inbound><set-header name="a" exists-action="replace" /></inbound></policies>',
    at: 'exists-action="replace"',
    message: "expected one of 'override', 'append', 'skip', 'delete'",
  },
  {
    code: 'invalid-attribute-value',
    xml: '<policies><inbound><retry condition="true" count="0" interval="1" /></inbound></policies>',
    at: 'count="0"',
    message: 'at least 1',
  },
  {
    code: 'invalid-attribute-value',
    xml: '<policies><inbound><choose><when condition="yes" /></choose></inbound></policies>',
    at: 'condition="yes"',
  },
  {
    code: 'expression-not-allowed-in-attribute',
    xml: '<policies><inbound><set-variable name="@(&quot;x&quot;)" value="1" /></inbound></policies>',
    at: 'name="@(&quot;x&quot;)"',
  },
  {
    code: 'expression-not-allowed-in-attribute',
    xml: '<policies><inbound><rate-limit calls="@(5)" renewal-period="60" /></inbound></policies>',
    at: 'calls="@(5)"',
  },
  {
    code: 'duplicate-attribute',
    xml: '<policies><inbound><set-header name="a" name="b" /></inbound></policies>',
    at: 'name="b"',
  },
  {
    code: 'unknown-child-element',
    xml: '<policies><inbound><set-header name="a"><values>x</values></set-header></inbound></policies>',
    at: '<values>x</values>',
    message: '(allowed: <value>)',
  },
  {
    code: 'unknown-child-element',
    xml: '<policies><inbound><wait for="all"><set-header name="a" /></wait></inbound></policies>',
    at: '<set-header name="a" />',
  },
  {
    code: 'missing-required-child-element',
    xml: '<policies><inbound><choose><otherwise /></choose></inbound></policies>',
    at: '<choose><otherwise /></choose>',
    message: "requires a '<when>' element",
  },
  {
    code: 'duplicate-child-element',
    xml: '<policies><inbound><choose><when condition="true" /><otherwise /><otherwise /></choose></inbound></policies>',
    at: '<otherwise />',
    last: true,
  },
  {
    code: 'text-not-allowed',
    xml: '<policies><inbound><rewrite-uri template="/">oops</rewrite-uri></inbound></policies>',
    at: 'oops',
  },
  {
    code: 'unknown-section',
    xml: '<policies><inbund /></policies>',
    at: '<inbund />',
  },
  {
    code: 'duplicate-section',
    xml: '<policies><inbound /><inbound></inbound></policies>',
    at: '<inbound></inbound>',
  },
  {
    code: 'duplicate-base',
    xml: '<policies><inbound><base /><base/></inbound></policies>',
    at: '<base/>',
  },
  {
    code: 'base-outside-section',
    xml: '<policies><inbound><choose><when condition="true"><base /></when></choose></inbound></policies>',
    at: '<base />',
    message: "inside '<when>'",
  },
  {
    code: 'base-at-global-scope',
    xml: '<policies><inbound><base /></inbound></policies>',
    options: { scope: 'global' },
    at: '<base />',
  },
  { code: 'base-in-fragment', xml: '<fragment><base /></fragment>', at: '<base />' },
  { code: 'section-in-fragment', xml: '<fragment><inbound /></fragment>', at: '<inbound />' },
  {
    code: 'fragment-in-fragment',
    xml: '<fragment><choose><when condition="true"><include-fragment fragment-id="x" /></when></choose></fragment>',
    at: '<include-fragment fragment-id="x" />',
  },
];

describe('each diagnostic code', () => {
  it('has at least one case', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(
      Object.keys(catalogMessages).filter((code) => !covered.has(code as CatalogDiagnosticCode)),
    ).toEqual([]);
  });

  it.each(cases)('$code: $xml', ({ code, xml, options, at, last, message }) => {
    const diagnostics = validateDocument(readElement(xml), options);
    const found = diagnostics.filter((d) => d.code === code);
    expect(
      found.map((d) => d.code),
      JSON.stringify(diagnostics.map((d) => d.message)),
    ).toEqual([code]);
    const diagnostic = found[0]!;
    const start = last ? xml.lastIndexOf(at) : xml.indexOf(at);
    expect(diagnostic.range).toEqual([start, start + at.length]);
    expect(diagnostic.loc.start).toEqual({ line: 1, column: start });
    expect(diagnostic.severity).toBe(catalogMessages[code].severity);
    if (message !== undefined) expect(diagnostic.message).toContain(message);
  });
});

describe('valid documents', () => {
  const valid: readonly [string, string, ValidationOptions?][] = [
    [
      'raw expressions, id, several values',
      '<policies><inbound><base /><set-header id="h" name="X" exists-action="append"><value>@(context.Request.Headers.GetValueOrDefault("a", ""))</value><value>b</value></set-header></inbound></policies>',
    ],
    [
      'enum case and bool case',
      '<choose><when condition="True"><set-header name="a" exists-action="Override" /></when></choose>',
    ],
    [
      'named values are not type-checked',
      '<retry condition="{{retry}}" count="{{count}}" interval="1"><forward-request /></retry>',
    ],
    [
      'expressions where allowed',
      '<retry condition="@(true)" count="@(3)" interval="1"><forward-request /></retry>',
    ],
    [
      'set-body payload is not validated',
      '<set-body><soap:Envelope xmlns:soap="x"><a b="c" /></soap:Envelope></set-body>',
    ],
    [
      'a fragment of policies',
      '<fragment><set-variable name="a" value="b" /><choose><when condition="true" /></choose></fragment>',
    ],
    [
      'base in a non-global scope',
      '<policies><inbound><base /></inbound><backend><base /></backend></policies>',
      { scope: 'api' },
    ],
    ['a section snippet', '<outbound><base /><set-status code="200" reason="OK" /></outbound>'],
    [
      'templates when asked',
      '<rate-limit calls="#{calls}#" renewal-period="__PERIOD__" />',
      { templatePlaceholders: true },
    ],
    [
      'a resolver with policies as configuration',
      '<http-data-source><http-request><set-method>GET</set-method><set-url>https://x</set-url><set-header name="a"><value>b</value></set-header></http-request></http-data-source>',
    ],
  ];
  it.each(valid)('%s', (_, xml, options) => {
    expect(validateDocument(readElement(xml), options).map((d) => d.message)).toEqual([]);
  });

  it('reports template placeholders unless asked to skip them', () => {
    const element = readElement('<rate-limit calls="#{calls}#" renewal-period="60" />');
    expect(validateElement(element).map((d) => d.code)).toEqual(['invalid-attribute-value']);
    expect(validateElement(element, { templatePlaceholders: true })).toEqual([]);
  });
});

describe('validateElement', () => {
  it('checks the section and scope it is given', () => {
    const element = readElement('<rate-limit calls="5" renewal-period="60" />');
    expect(validateElement(element, { section: 'inbound', scope: 'product' })).toEqual([]);
    expect(validateElement(element, { section: 'outbound', scope: 'global' }).map((d) => d.code)).toEqual([
      'policy-not-allowed-in-section',
      'policy-not-allowed-in-scope',
    ]);
  });

  it('does not descend into an unknown policy', () => {
    const element = readElement('<no-such-policy><set-header /></no-such-policy>');
    expect(validateElement(element).map((d) => d.code)).toEqual(['unknown-policy']);
  });
});
