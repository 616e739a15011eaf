import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../test-support/sample.js';
import { formatStylish } from './stylish.js';

const plain = picocolors.createColors(false);

describe('formatStylish', () => {
  it('prints rows, code frames under errors and warnings, and the summary', () => {
    const text = formatStylish(SAMPLE, { colors: plain });
    expect(text).toContain('\napis/echo policy.xml\n');
    expect(text).toContain("  3:26  error    'never' is not a valid value  invalid-attribute-value\n");
    expect(text).toContain('  4:3   info     A placeholder:\nline two  deployment-placeholder\n');
    expect(text).toContain('    > 3 |     <set-header name="x" exists-action="never" />\n');
    expect(text).toContain('        |                          ^^^^^^^^^^^^^^^^^^^^^\n');
    // No frame under an info.
    expect(text.split('> 4 |')).toHaveLength(1);
    expect(text).not.toContain('clean.xml');
    expect(text.endsWith('\n✖ 3 problems (1 error, 1 warning, 1 info)\n')).toBe(true);
  });

  it('colours with the colours given', () => {
    const text = formatStylish(SAMPLE, { colors: picocolors.createColors(true) });
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(formatStylish(SAMPLE, { colors: plain })).not.toContain('\u001b[');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish([SAMPLE[1]!], { colors: plain })).toBe('');
  });
});
