import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { convertEncoding } from './encoding.js';

describe('convertEncoding', () => {
  const raw = `<policies><inbound>
  <!-- "raw" & <b> stay -->
  <set-header name="x" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("a","") == "b" && 1 < 2 ? "y" : "n")</value></set-header>
  <set-variable name='v' value='@("it&apos;s" + (1 > 0))' />
  <set-body><![CDATA[@("a<b" + "&")]]></set-body>
  <set-variable name="lit" value="a &amp; b" />
</inbound></policies>`;

  it('escapes expressions only, and restores them', () => {
    const xml = convertEncoding(raw, 'xml');
    expect(xml.text).toBe(
      raw
        .replace('("a","") == "b" && 1 < 2', '("a","") == "b" &amp;&amp; 1 &lt; 2')
        .replace(`'@("it&apos;s" + (1 > 0))'`, `'@(&quot;it&apos;s&quot; + (1 &gt; 0))'`),
    );
    expect(xml.changed).toBe(2);
    expect(XMLValidator.validate(xml.text)).toBe(true);
    expect(convertEncoding(xml.text, 'xml').changed).toBe(0);
    const back = convertEncoding(xml.text, 'rawxml');
    expect(back.text).toBe(raw.replace(`'@("it&apos;s"`, `'@("it's"`));
  });

  it('escapes the attribute quote inside a raw expression', () => {
    const text = '<set-variable name="a" value="@("x")" />';
    expect(convertEncoding(text, 'xml').text).toBe('<set-variable name="a" value="@(&quot;x&quot;)" />');
  });
});
