import { describe, expect, it } from 'vitest';
import { shouldColor } from './color.js';

describe('shouldColor', () => {
  const tty = { isTTY: true };
  const pipe = {};
  it('follows the flag, then NO_COLOR, FORCE_COLOR, and the terminal', () => {
    expect(shouldColor(false, tty, {})).toBe(false);
    expect(shouldColor(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(shouldColor(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: '' })).toBe(true);
    expect(shouldColor(undefined, pipe, {})).toBe(false);
  });
});
