import { describe, expect, it } from 'vitest';
import { bodyModel } from './body-model.js';
import { parseLiquid } from './parser.js';
import { renderLiquid } from './render.js';

/** Parses and renders as `set-body template="liquid"` would, with a body of the given type. */
function setBody(
  template: string,
  body: string,
  contentType: string,
  context: Record<string, unknown> = {},
): string {
  const { template: parsed, diagnostics } = parseLiquid(template);
  expect(diagnostics).toEqual([]);
  const model = bodyModel(body, contentType);
  if ('error' in model) throw new Error(model.error);
  return renderLiquid(parsed!, { body: model.value, context }, { now: Date.UTC(2024, 2, 5, 14, 30, 15) });
}

const context = {
  Request: {
    Method: 'POST',
    OriginalMethod: 'POST',
    IpAddress: '203.0.113.7',
    HasBody: true,
    Url: {
      Scheme: 'https',
      Host: 'api.contoso.com',
      Port: 443,
      Path: '/orders/42',
      QueryString: '?debug=true',
      Query: { debug: ['true'] },
    },
    MatchedParameters: { id: '42' },
    Headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Forwarded-For': ['198.51.100.1', '203.0.113.7'],
    },
  },
  Response: { StatusCode: 200, Headers: {} },
};

describe('set-body with a Liquid template', () => {
  it('turns a JSON body into XML, as in the set-body documentation', () => {
    const template = `<Result>
    {% if body.items.size > 0 %}
    <Count>{{ body.items.size }}</Count>
    <Items>
    {%- for item in body.items %}
        <Item sku="{{ item.sku }}">{{ item.name | Escape }} x{{ item.quantity | Default: 1 }}</Item>
    {%- endfor %}
    </Items>
    {% else %}
    <Empty/>
    {% endif %}
    <Customer>{{ body.customer.name | Upcase }}</Customer>
</Result>`;
    const body = JSON.stringify({
      customer: { name: 'Contoso Ltd' },
      items: [
        { sku: 'A-1', name: 'Widget', quantity: 3 },
        { sku: 'B-2', name: 'Nuts & bolts' },
      ],
    });
    const output = setBody(template, body, 'application/json; charset=utf-8');
    expect(output.replace(/\n\s*\n/g, '\n')).toBe(`<Result>
    <Count>2</Count>
    <Items>
        <Item sku="A-1">Widget x3</Item>
        <Item sku="B-2">Nuts &amp; bolts x1</Item>
    </Items>
    <Customer>CONTOSO LTD</Customer>
</Result>`);
    expect(setBody(template, '{"items":[],"customer":{"name":"x"}}', 'application/json')).toContain(
      '<Empty/>',
    );
  });

  it('reshapes JSON into JSON', () => {
    const template = `{
  "order": {
    "id": "{{ body.customer.purchase.identifier }}",
    "summary": "{{ body.customer.purchase.orderShortDesc }}"
  }
}`;
    const body = '{"customer":{"purchase":{"identifier":"4711","orderShortDesc":"Two widgets"}}}';
    expect(JSON.parse(setBody(template, body, 'application/json'))).toEqual({
      order: { id: '4711', summary: 'Two widgets' },
    });
  });

  it('turns JSON into a SOAP envelope', () => {
    const template = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOpenOrders><cust>{{ body.getOpenOrders.cust }}</cust></GetOpenOrders></soap:Body></soap:Envelope>`;
    expect(setBody(template, '{"getOpenOrders":{"cust":"1234"}}', 'application/json')).toContain(
      '<cust>1234</cust>',
    );
  });

  it('turns an XML body into JSON', () => {
    const template = `{"id": {{ body.order["@id"] }}, "skus": [{% for item in body.order.item %}"{{ item.sku }}"{% unless forloop.last %},{% endunless %}{% endfor %}]}`;
    const body = '<order id="7"><item><sku>A1</sku></item><item><sku>B2</sku></item></order>';
    expect(JSON.parse(setBody(template, body, 'text/xml'))).toEqual({ id: 7, skus: ['A1', 'B2'] });
  });

  it('reads the request from context: headers, URL, method, matched parameters', () => {
    const template =
      '{{ context.Request.Method }} {{ context.Request.Url.Scheme }}://{{ context.Request.Url.Host }}' +
      '{{ context.Request.Url.Path }}{{ context.Request.Url.QueryString }}\n' +
      'Accept: {{ context.Request.Headers.Accept }}\n' +
      'Content-Type: {{ context.Request.Headers["Content-Type"] }}\n' +
      'Forwarded: {{ context.Request.Headers["X-Forwarded-For"] | Join: ", " }} ({{ context.Request.Headers["X-Forwarded-For"].size }})\n' +
      'Id: {{ context.Request.MatchedParameters.id }} from {{ context.Request.IpAddress }}\n' +
      'Missing: [{{ context.Request.Headers.Authorization }}]\n' +
      '{% if context.Request.Headers.Accept contains "json" %}json{% endif %}';
    expect(setBody(template, 'ignored', 'text/plain', context)).toBe(
      'POST https://api.contoso.com/orders/42?debug=true\n' +
        'Accept: application/json\n' +
        'Content-Type: application/json\n' +
        'Forwarded: 198.51.100.1, 203.0.113.7 (2)\n' +
        'Id: 42 from 203.0.113.7\n' +
        'Missing: []\n' +
        'json',
    );
  });

  it('sees a text body as a string', () => {
    expect(setBody('{{ body | Upcase }} ({{ body.size }})', 'plain text', 'text/plain')).toBe(
      'PLAIN TEXT (10)',
    );
  });

  it('stamps dates with .NET formats', () => {
    expect(setBody('<Stamp>{{ "now" | Date: "yyyyMMddHHmmss" }}</Stamp>', '{}', 'application/json')).toBe(
      '<Stamp>20240305143015</Stamp>',
    );
  });
});

describe('README', () => {
  it('gives what its example says', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('./README.md', import.meta.url), 'utf8');
    const { template } = parseLiquid('<Name>{{ body.customer.name | Upcase }}</Name>');
    const body = bodyModel('{"customer":{"name":"Ada"}}', 'application/json');
    const output = renderLiquid(template!, { body: 'value' in body ? body.value : null, context: {} });
    expect(readme).toContain(`// '${output}'`);
  });
});
