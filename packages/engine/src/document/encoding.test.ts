import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** The corpus package, loaded from its sources (it is not a dependency of the engine). */
interface CorpusPackage {
  locateCorpus(): string | null;
}
const corpus = (await import(
  pathToFileURL(resolve(import.meta.dirname, '../../../corpus/src/index.ts')).href
)) as CorpusPackage;
const directory = corpus.locateCorpus();

describe.skipIf(directory === null)('convertEncoding over the corpus', () => {
  const files = directory === null ? [] : readdirSync(directory).filter((name) => name.endsWith('.xml'));

  it('round-trips every document (rawxml → xml → rawxml) and writes well-formed xml', () => {
    let wellFormed = 0;
    for (const name of files) {
      const text = readFileSync(join(directory as string, name), 'utf8');
      const raw = convertEncoding(text, 'rawxml').text;
      const xml = convertEncoding(raw, 'xml').text;
      expect(convertEncoding(xml, 'rawxml').text, name).toBe(raw);
      expect(convertEncoding(xml, 'xml').changed, name).toBe(0);
      // A document whose only faults were its raw expressions is well-formed once escaped.
      const original = XMLValidator.validate(convertEncoding(text, 'xml').text);
      if (original === true) wellFormed++;
      if (XMLValidator.validate(xml) !== true && original === true)
        expect.fail(`${name}: escaping broke the xml`);
    }
    expect(wellFormed).toBeGreaterThan(files.length * 0.8);
  });
});
