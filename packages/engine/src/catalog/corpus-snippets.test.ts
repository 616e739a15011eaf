import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readElement } from './test-support/read-element.js';
import { validateDocument } from './validate-document.js';

/** Real documents from the shared corpus (`__fixtures__/corpus/PROVENANCE.md`): none may be rejected. */
const folder = join(import.meta.dirname, '__fixtures__', 'corpus');
const files = readdirSync(folder).filter((name) => name.endsWith('.xml'));

describe('corpus snippets validate cleanly', () => {
  it('has a dozen or more snippets', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s', (file) => {
    const root = readElement(readFileSync(join(folder, file), 'utf8'));
    const diagnostics = validateDocument(root, { templatePlaceholders: true });
    expect(
      diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}: ${d.message}`),
    ).toEqual([]);
  });
});
