import { type Anchor, INFINITE, type RegexNode, RegexOptions } from './ast.js';
import type { CaptureSlots } from './capture-scan.js';
import { lowerOf, matchingIgnoringCase } from './case-folding.js';
import { namedPropertySet, scanCharClass, shorthandSet } from './char-class.js';
import { CharSet } from './char-set.js';
import { parseProperty, scanCharEscape } from './escapes.js';
import { isDigit, isSpace, isWordChar, PatternReader } from './pattern-reader.js';
import { reasons } from './syntax-error.js';

/**
 * The second pass over a pattern (.NET's `ScanRegex`), building the tree. It follows .NET's
 * parser closely so that it accepts and rejects what .NET does, with the same messages.
 */

const SPECIAL = new Set(['\\', '[', '(', ')', '|', '*', '+', '?', '{', '^', '$', '.']);
const isQuantifierChar = (ch: string) => ch === '*' || ch === '+' || ch === '?' || ch === '{';

/** A set node, made case-insensitive when the option is on. */
function setNode(members: CharSet, ignoreCase: boolean): RegexNode {
  return { kind: 'set', set: ignoreCase ? matchingIgnoringCase((u) => members.has(u)) : members, ignoreCase };
}

function charNode(unit: number, ignoreCase: boolean): RegexNode {
  if (!ignoreCase) return { kind: 'set', set: CharSet.of(unit), ignoreCase };
  const lower = lowerOf(unit);
  return { kind: 'set', set: matchingIgnoringCase((u) => u === lower), ignoreCase };
}

/** An open group: its alternatives so far, the sequence being built, and how to close it. */
interface Frame {
  readonly branches: RegexNode[];
  sequence: RegexNode[];
  readonly close: ((body: RegexNode) => RegexNode) | null;
  /** A conditional's branches are limited to two. */
  readonly conditional: boolean;
  readonly start: number;
}

function sequenceNode(items: RegexNode[]): RegexNode {
  return items.length === 1 ? items[0]! : { kind: 'concat', items };
}

export class RegexParser {
  readonly #reader: PatternReader;
  readonly #slots: CaptureSlots;
  readonly #frames: Frame[] = [];
  #frame: Frame;
  /** The last atom, which a following quantifier applies to. */
  #unit: RegexNode | null = null;
  #ignoreNextParen = false;

  constructor(pattern: string, options: number, slots: CaptureSlots) {
    this.#reader = new PatternReader(pattern, options);
    this.#slots = slots;
    this.#frame = { branches: [], sequence: [], close: null, conditional: false, start: 0 };
  }

  parse(): RegexNode {
    const r = this.#reader;
    let isQuantifier = false;
    outer: while (r.charsRight() > 0) {
      let wasPrevQuantifier = isQuantifier;
      isQuantifier = false;
      r.scanBlank();
      const startpos = r.pos;
      const extended = r.has(RegexOptions.IgnorePatternWhitespace);
      while (r.charsRight() > 0) {
        const c = r.rightChar();
        const stopper = SPECIAL.has(c) || (extended && (isSpace(c) || c === '#'));
        if (stopper && !(c === '{' && !this.#isTrueQuantifier())) break;
        r.moveRight();
      }
      const endpos = r.pos;
      r.scanBlank();
      // '!' stands for the end of the pattern, ' ' for an ordinary character.
      let ch: string;
      if (r.charsRight() === 0) ch = '!';
      else {
        ch = r.rightChar();
        if (SPECIAL.has(ch)) {
          isQuantifier = isQuantifierChar(ch);
          r.moveRight();
        } else ch = ' ';
      }
      if (startpos < endpos) {
        wasPrevQuantifier = false;
        const unquantified = endpos - startpos - (isQuantifier ? 1 : 0);
        this.#addLiteral(startpos, unquantified);
        if (isQuantifier) this.#unit = charNode(r.pattern.charCodeAt(endpos - 1), r.ignoreCase);
      }
      switch (ch) {
        case '!':
          break outer;
        case ' ':
          continue outer;
        case '[':
          this.#unit = setNode(scanCharClass(r, r.ignoreCase, false).members(r.ignoreCase), r.ignoreCase);
          break;
        case '(': {
          r.pushOptions();
          const open = r.pos - 1;
          this.#conditionalPending = false;
          const close = this.#scanGroupOpen(open);
          if (close === null) r.popKeepOptions();
          else this.#pushGroup(close, open, this.#conditionalPending);
          continue outer;
        }
        case '|':
          this.#addAlternate();
          continue outer;
        case ')':
          if (this.#frames.length === 0) throw r.invalid(reasons.tooManyParens);
          this.#popGroup();
          r.popOptions();
          if (this.#unit === null) continue outer;
          break;
        case '\\':
          this.#unit = this.#scanBackslash();
          break;
        case '^':
          this.#unit = { kind: 'anchor', anchor: r.has(RegexOptions.Multiline) ? 'bol' : 'beginning' };
          break;
        case '$':
          this.#unit = { kind: 'anchor', anchor: r.has(RegexOptions.Multiline) ? 'eol' : 'endZ' };
          break;
        case '.':
          this.#unit = r.has(RegexOptions.Singleline)
            ? { kind: 'set', set: CharSet.range(0, 0xffff), ignoreCase: r.ignoreCase }
            : { kind: 'set', set: CharSet.of(0x0a).negated(), ignoreCase: r.ignoreCase };
          break;
        case '{':
        case '*':
        case '+':
        case '?':
          if (this.#unit === null)
            throw r.invalid(wasPrevQuantifier ? reasons.nestedQuantify(ch) : reasons.quantifyAfterNothing);
          r.moveLeft();
          break;
        default:
          break;
      }
      r.scanBlank();
      isQuantifier = r.charsRight() > 0 && this.#isTrueQuantifier();
      if (!isQuantifier) {
        this.#flushUnit();
        continue;
      }
      ch = r.moveRightGetChar();
      while (this.#unit !== null) {
        let min: number;
        let max: number;
        switch (ch) {
          case '*':
            min = 0;
            max = INFINITE;
            break;
          case '?':
            min = 0;
            max = 1;
            break;
          case '+':
            min = 1;
            max = INFINITE;
            break;
          default: {
            const start = r.pos;
            min = r.scanDecimal();
            max = min;
            if (start < r.pos && r.charsRight() > 0 && r.rightChar() === ',') {
              r.moveRight();
              max = r.charsRight() === 0 || r.rightChar() === '}' ? INFINITE : r.scanDecimal();
            }
            if (start === r.pos || r.charsRight() === 0 || r.moveRightGetChar() !== '}') {
              this.#flushUnit();
              r.pos = start - 1;
              continue outer;
            }
          }
        }
        r.scanBlank();
        let lazy = false;
        if (r.charsRight() > 0 && r.rightChar() === '?') {
          r.moveRight();
          lazy = true;
        }
        if (min > max) throw r.invalid(reasons.illegalRange);
        this.#frame.sequence.push({ kind: 'loop', min, max, lazy, body: this.#unit });
        this.#unit = null;
      }
    }
    if (this.#frames.length > 0) throw r.invalid(reasons.notEnoughParens);
    this.#flushUnit();
    return this.#closeFrame(this.#frame);
  }

  #flushUnit(): void {
    if (this.#unit !== null) this.#frame.sequence.push(this.#unit);
    this.#unit = null;
  }

  #addLiteral(start: number, count: number): void {
    this.#flushUnit();
    const r = this.#reader;
    for (let i = start; i < start + count; i++)
      this.#frame.sequence.push(charNode(r.pattern.charCodeAt(i), r.ignoreCase));
  }

  #addAlternate(): void {
    this.#flushUnit();
    const frame = this.#frame;
    frame.branches.push(sequenceNode(frame.sequence));
    frame.sequence = [];
    if (frame.conditional && frame.branches.length > 1) throw this.#reader.invalid(reasons.tooManyAlternates);
  }

  #closeFrame(frame: Frame): RegexNode {
    const last = sequenceNode(frame.sequence);
    if (frame.branches.length === 0) return last;
    return { kind: 'alternate', items: [...frame.branches, last] };
  }

  #pushGroup(close: (body: RegexNode) => RegexNode, start: number, conditional: boolean): void {
    this.#flushUnit();
    this.#frames.push(this.#frame);
    this.#frame = { branches: [], sequence: [], close, conditional, start };
  }

  #popGroup(): void {
    this.#flushUnit();
    const frame = this.#frame;
    const body = this.#closeFrame(frame);
    this.#frame = this.#frames.pop()!;
    this.#unit = frame.close!(body);
  }

  /** Whether a quantifier starts here: `*`, `+`, `?`, or `{n}`, `{n,}`, `{n,m}`. */
  #isTrueQuantifier(): boolean {
    const r = this.#reader;
    if (r.charsRight() === 0) return false;
    const ch = r.rightChar();
    if (ch !== '{') return ch === '*' || ch === '+' || ch === '?';
    let i = 1;
    if (!isDigit(r.rightChar(i))) return false;
    while (isDigit(r.rightChar(i))) i++;
    if (r.rightChar(i) === '}') return true;
    if (r.rightChar(i) !== ',') return false;
    i++;
    while (isDigit(r.rightChar(i))) i++;
    return r.rightChar(i) === '}';
  }

  /** Reads what follows `(` (.NET's `ScanGroupOpen`); null for an options-only group `(?i)`. */
  #scanGroupOpen(open: number): ((body: RegexNode) => RegexNode) | null {
    const r = this.#reader;
    if (r.charsRight() === 0 || r.rightChar() !== '?' || (r.charsRight() > 1 && r.rightChar(1) === ')')) {
      if (r.has(RegexOptions.ExplicitCapture) || this.#ignoreNextParen) {
        this.#ignoreNextParen = false;
        return (body) => ({ kind: 'group', body });
      }
      const number = this.#nextAutoCapture();
      return (body) => ({ kind: 'capture', group: number, body });
    }
    r.moveRight();
    let close = '>';
    if (r.charsRight() === 0) throw r.invalid(reasons.unrecognizedGrouping);
    const ch = r.moveRightGetChar();
    switch (ch) {
      case ':':
        return (body) => ({ kind: 'group', body });
      case '=':
        r.options &= ~RegexOptions.RightToLeft;
        return (body) => ({ kind: 'look', ahead: true, negate: false, body });
      case '!':
        r.options &= ~RegexOptions.RightToLeft;
        return (body) => ({ kind: 'look', ahead: true, negate: true, body });
      case '>':
        return (body) => ({ kind: 'atomic', body });
      case "'":
      case '<': {
        if (ch === "'") close = "'";
        if (r.charsRight() === 0) throw r.invalid(reasons.unrecognizedGrouping);
        const next = r.moveRightGetChar();
        if (next === '=' && close !== "'") {
          r.options |= RegexOptions.RightToLeft;
          return (body) => ({ kind: 'look', ahead: false, negate: false, body });
        }
        if (next === '!' && close !== "'") {
          r.options |= RegexOptions.RightToLeft;
          return (body) => ({ kind: 'look', ahead: false, negate: true, body });
        }
        if (next === '=' || next === '!') throw r.invalid(reasons.unrecognizedGrouping);
        r.moveLeft();
        return this.#scanNamedGroup(close, open);
      }
      case '(':
        return this.#scanConditional(open);
      default: {
        r.moveLeft();
        r.scanOptions();
        if (r.charsRight() === 0) throw r.invalid(reasons.unrecognizedGrouping);
        const end = r.moveRightGetChar();
        if (end === ')') return null;
        if (end !== ':') throw r.invalid(reasons.unrecognizedGrouping);
        return (body) => ({ kind: 'group', body });
      }
    }
  }

  /** Unnamed groups are numbered in the order they open, as in the capture scan. */
  #autocap = 1;
  #nextAutoCapture(): number {
    return this.#autocap++;
  }

  /** `(?<name>...)`, `(?<5>...)` and the balancing forms `(?<a-b>...)`, `(?<-b>...)`. */
  #scanNamedGroup(close: string, open: number): (body: RegexNode) => RegexNode {
    const r = this.#reader;
    let capnum = -1;
    let uncapnum = -1;
    let proceed = false;
    const ch = r.rightChar();
    if (isDigit(ch)) {
      capnum = r.scanDecimal();
      if (!this.#slots.isSlot(capnum)) capnum = -1;
      if (r.charsRight() > 0 && !(r.rightChar() === close || r.rightChar() === '-'))
        throw r.invalid(reasons.invalidGroupName);
      if (capnum === 0) throw r.invalid(reasons.capnumNotZero);
    } else if (isWordChar(ch)) {
      const name = r.scanCapname();
      capnum = this.#slots.slotOfName(name) ?? -1;
      if (r.charsRight() > 0 && !(r.rightChar() === close || r.rightChar() === '-'))
        throw r.invalid(reasons.invalidGroupName);
    } else if (ch === '-') proceed = true;
    else throw r.invalid(reasons.invalidGroupName);
    if ((capnum !== -1 || proceed) && r.charsRight() > 0 && r.rightChar() === '-') {
      r.moveRight();
      const next = r.rightChar();
      if (isDigit(next)) {
        uncapnum = r.scanDecimal();
        if (!this.#slots.isSlot(uncapnum)) throw r.invalid(reasons.undefinedBackref(uncapnum));
        if (r.charsRight() > 0 && r.rightChar() !== close) throw r.invalid(reasons.invalidGroupName);
      } else if (isWordChar(next)) {
        const name = r.scanCapname();
        const found = this.#slots.slotOfName(name);
        if (found === undefined) throw r.invalid(reasons.undefinedNameRef(name));
        uncapnum = found;
        if (r.charsRight() > 0 && r.rightChar() !== close) throw r.invalid(reasons.invalidGroupName);
      } else throw r.invalid(reasons.invalidGroupName);
    }
    if ((capnum !== -1 || uncapnum !== -1) && r.charsRight() > 0 && r.moveRightGetChar() === close) {
      if (uncapnum !== -1) {
        return () => ({ kind: 'unsupported', what: 'Balancing groups (?<name1-name2>...)', index: open });
      }
      const group = capnum;
      return (body) => ({ kind: 'capture', group, body });
    }
    throw r.invalid(reasons.unrecognizedGrouping);
  }

  /** `(?(1)yes|no)`, `(?(name)yes|no)`, `(?(expression)yes|no)`: validated, then reported as unsupported. */
  #scanConditional(open: number): (body: RegexNode) => RegexNode {
    const r = this.#reader;
    const parenPos = r.pos;
    const unsupported = (): ((body: RegexNode) => RegexNode) => {
      this.#conditionalPending = true;
      return () => ({ kind: 'unsupported', what: 'Conditional expressions (?(...)yes|no)', index: open });
    };
    if (r.charsRight() > 0) {
      const ch = r.rightChar();
      if (isDigit(ch)) {
        const capnum = r.scanDecimal();
        if (r.charsRight() > 0 && r.moveRightGetChar() === ')') {
          if (this.#slots.isSlot(capnum)) return unsupported();
          throw r.invalid(reasons.undefinedReference(capnum));
        }
        throw r.invalid(reasons.malformedReference(capnum));
      }
      if (isWordChar(ch)) {
        const name = r.scanCapname();
        if (this.#slots.slotOfName(name) !== undefined && r.charsRight() > 0 && r.moveRightGetChar() === ')')
          return unsupported();
      }
    }
    r.pos = parenPos - 1;
    this.#ignoreNextParen = true;
    const right = r.charsRight();
    if (right >= 3 && r.rightChar(1) === '?') {
      const second = r.rightChar(2);
      if (second === '#') throw r.invalid(reasons.alternationCantHaveComment);
      if (second === "'") throw r.invalid(reasons.alternationCantCapture);
      if (right >= 4 && second === '<' && r.rightChar(3) !== '!' && r.rightChar(3) !== '=')
        throw r.invalid(reasons.alternationCantCapture);
    }
    return unsupported();
  }

  /** Set while reading a conditional's opening: its frame allows one `|`. */
  #conditionalPending = false;

  /** Reads an escape outside a class (.NET's `ScanBackslash`). */
  #scanBackslash(): RegexNode {
    const r = this.#reader;
    if (r.charsRight() === 0) throw r.invalid(reasons.illegalEndEscape);
    const ch = r.rightChar();
    const anchors: Record<string, Anchor> = {
      b: r.ecma ? 'ecmaBoundary' : 'boundary',
      B: r.ecma ? 'nonEcmaBoundary' : 'nonBoundary',
      A: 'beginning',
      G: 'start',
      Z: 'endZ',
      z: 'end',
    };
    const anchor = anchors[ch];
    if (anchor !== undefined) {
      r.moveRight();
      return { kind: 'anchor', anchor };
    }
    switch (ch) {
      case 'w':
      case 'W':
      case 's':
      case 'S':
      case 'd':
      case 'D': {
        r.moveRight();
        const set = shorthandSet(ch, r.ecma);
        return setNode(ch === ch.toUpperCase() ? set.negated() : set, r.ignoreCase);
      }
      case 'p':
      case 'P': {
        r.moveRight();
        const set = namedPropertySet(r, parseProperty(r), r.ignoreCase);
        return setNode(ch === 'P' ? set.negated() : set, r.ignoreCase);
      }
      default:
        return this.#scanBasicBackslash();
    }
  }

  /** Back references (`\1`, `\k<name>`, `\<name>`) and character escapes. */
  #scanBasicBackslash(): RegexNode {
    const r = this.#reader;
    const backpos = r.pos;
    let ch = r.rightChar();
    let angled = false;
    let close = '';
    if (ch === 'k') {
      if (r.charsRight() >= 2) {
        r.moveRight();
        ch = r.moveRightGetChar();
        if (ch === '<' || ch === "'") {
          angled = true;
          close = ch === "'" ? "'" : '>';
        }
      }
      if (!angled || r.charsRight() <= 0) throw r.invalid(reasons.malformedNameRef);
      ch = r.rightChar();
    } else if ((ch === '<' || ch === "'") && r.charsRight() > 1) {
      angled = true;
      close = ch === "'" ? "'" : '>';
      r.moveRight();
      ch = r.rightChar();
    }
    const ignoreCase = r.ignoreCase;
    if (angled && isDigit(ch)) {
      const capnum = r.scanDecimal();
      if (r.charsRight() > 0 && r.moveRightGetChar() === close) {
        if (this.#slots.isSlot(capnum)) return { kind: 'ref', group: capnum, ignoreCase };
        throw r.invalid(reasons.undefinedBackref(capnum));
      }
    } else if (!angled && ch >= '1' && ch <= '9') {
      if (r.ecma) {
        let capnum = -1;
        let candidate = ch.charCodeAt(0) - 48;
        const top = Math.max(...this.#slots.table.numbers) + 1;
        while (candidate <= top) {
          if (this.#slots.isSlot(candidate)) capnum = candidate;
          r.moveRight();
          if (r.charsRight() === 0 || !isDigit(r.rightChar())) break;
          candidate = candidate * 10 + (r.rightChar().charCodeAt(0) - 48);
        }
        if (capnum >= 0) return { kind: 'ref', group: capnum, ignoreCase };
      } else {
        const capnum = r.scanDecimal();
        if (this.#slots.isSlot(capnum)) return { kind: 'ref', group: capnum, ignoreCase };
        if (capnum <= 9) throw r.invalid(reasons.undefinedBackref(capnum));
      }
    } else if (angled && isWordChar(ch)) {
      const name = r.scanCapname();
      if (r.charsRight() > 0 && r.moveRightGetChar() === close) {
        const slot = this.#slots.slotOfName(name);
        if (slot !== undefined) return { kind: 'ref', group: slot, ignoreCase };
        throw r.invalid(reasons.undefinedNameRef(name));
      }
    }
    r.pos = backpos;
    return charNode(scanCharEscape(r), ignoreCase);
  }
}

/** Parses a pattern whose captures have been scanned; throws `RegexSyntaxError`. */
export function parsePattern(pattern: string, options: number, slots: CaptureSlots): RegexNode {
  return new RegexParser(pattern, options, slots).parse();
}
