import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertEncoding } from '@apim-policy/engine';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { locateCorpus } from './locate.js';

const directory = locateCorpus();
if (directory === null)
  console.warn('Skipped: no corpus at ../shared/corpus/policies (set APIM_POLICY_CORPUS).');

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
