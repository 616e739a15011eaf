import { type GroupTable, RegexOptions } from './ast.js';
import { scanCharClass } from './char-class.js';
import { isWordChar, PatternReader } from './pattern-reader.js';

/**
 * The first pass over a pattern (.NET's `CountCaptures` and `AssignNameSlots`): finds every
 * capturing group so that back references may point forward, then numbers the named groups
 * after the unnamed ones.
 */
export interface CaptureSlots {
  readonly table: GroupTable;
  /** Whether a group number exists. */
  isSlot(number: number): boolean;
  /** The number of a group name, or undefined. */
  slotOfName(name: string): number | undefined;
}

export function scanCaptures(pattern: string, options: number): CaptureSlots {
  const reader = new PatternReader(pattern, options);
  const slots = new Set<number>([0]);
  const names: string[] = [];
  const nameSet = new Set<string>();
  let autocap = 1;
  let ignoreNextParen = false;
  while (reader.charsRight() > 0) {
    const ch = reader.moveRightGetChar();
    switch (ch) {
      case '\\':
        if (reader.charsRight() > 0) reader.moveRight();
        break;
      case '#':
        if (reader.has(RegexOptions.IgnorePatternWhitespace)) {
          reader.moveLeft();
          reader.scanBlank();
        }
        break;
      case '[':
        scanCharClass(reader, false, true);
        break;
      case ')':
        if (!reader.emptyOptionsStack()) reader.popOptions();
        break;
      case '(':
        if (reader.charsRight() >= 2 && reader.rightChar(1) === '#' && reader.rightChar() === '?') {
          reader.moveLeft();
          reader.scanBlank();
        } else {
          reader.pushOptions();
          if (reader.charsRight() > 0 && reader.rightChar() === '?') {
            reader.moveRight();
            if (reader.charsRight() > 1 && (reader.rightChar() === '<' || reader.rightChar() === "'")) {
              reader.moveRight();
              const next = reader.rightChar();
              if (next !== '0' && isWordChar(next)) {
                if (next >= '1' && next <= '9') slots.add(reader.scanDecimal());
                else {
                  const name = reader.scanCapname();
                  if (!nameSet.has(name)) {
                    nameSet.add(name);
                    names.push(name);
                  }
                }
              }
            } else {
              reader.scanOptions();
              if (reader.charsRight() > 0) {
                if (reader.rightChar() === ')') {
                  reader.moveRight();
                  reader.popKeepOptions();
                } else if (reader.rightChar() === '(') {
                  ignoreNextParen = true;
                  break;
                }
              }
            }
          } else if (!reader.has(RegexOptions.ExplicitCapture) && !ignoreNextParen) slots.add(autocap++);
        }
        ignoreNextParen = false;
        break;
      default:
        break;
    }
  }
  const byName = new Map<string, number>();
  for (const name of names) {
    while (slots.has(autocap)) autocap++;
    byName.set(name, autocap);
    slots.add(autocap);
    autocap++;
  }
  const numbers = [...slots].sort((a, b) => a - b);
  const groupNames = new Map<number, string>(numbers.map((n) => [n, String(n)]));
  for (const [name, number] of byName) groupNames.set(number, name);
  return {
    table: {
      numbers,
      names: groupNames,
      byName: new Map([...byName, ...numbers.map((n) => [String(n), n] as const)]),
    },
    isSlot: (number) => slots.has(number),
    slotOfName: (name) => byName.get(name),
  };
}
