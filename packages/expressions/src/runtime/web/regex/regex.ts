import { argument, argumentNull, argumentOutOfRange, notSupported } from '../../exceptions.js';
import { runtimeTypeNamed } from '../../type-resolver.js';
import { DOTNET_TYPE, tagArray } from '../../values.js';
import { stringArray } from '../arrays.js';
import { invalidPatternMessage, translateRegex, validOptions } from '../regex-translate.js';
import { RegexOptions } from './ast.js';
import { Capture, Group, Match, MatchCollection } from './match.js';
import { expand, parseReplacement, type ReplacementPart } from './replacement.js';

/** What a `MatchEvaluator` is at run time: a compiled lambda. */
export type MatchEvaluator = (match: Match) => string | null;

const startMessage = 'Start index cannot be less than 0 or greater than input length.';
const countMessage = 'Count cannot be less than -1.';

/**
 * `System.Text.RegularExpressions.Regex` over a JavaScript `RegExp` made by `translateRegex`.
 * Matches come back as .NET sees them: group numbers, names and positions in UTF-16 code units.
 */
export class Regex {
  static readonly [DOTNET_TYPE] = 'System.Text.RegularExpressions.Regex';
  readonly #regexp: RegExp;
  /** The .NET group numbers in order (0 first). */
  readonly #numbers: readonly number[];
  readonly #positions: ReadonlyMap<number, number>;
  readonly #names: ReadonlyMap<number, string>;
  readonly #byName: ReadonlyMap<string, number>;
  /** For each .NET group number, its JavaScript groups. */
  readonly #jsGroups: ReadonlyMap<number, readonly number[]>;
  readonly #replacements = new Map<string, ReplacementPart[]>();

  constructor(
    readonly pattern: string,
    readonly Options: number,
  ) {
    const translation = translateRegex(pattern, Options);
    if ('error' in translation) {
      if (translation.kind === 'invalid')
        throw argument(invalidPatternMessage(pattern, translation.error, translation.index));
      throw notSupported(`The regular expression '${pattern}' cannot run here: ${translation.error}`);
    }
    this.#regexp = new RegExp(translation.source, translation.flags);
    this.#numbers = translation.groups.numbers;
    this.#positions = new Map(this.#numbers.map((number, i) => [number, i] as const));
    this.#names = translation.groups.names;
    this.#byName = translation.groups.byName;
    const jsGroups = new Map<number, number[]>();
    translation.groupOfJs.forEach((dotnet, i) => {
      if (dotnet >= 0) jsGroups.set(dotnet, [...(jsGroups.get(dotnet) ?? []), i + 1]);
    });
    this.#jsGroups = jsGroups;
  }

  /** `new Regex(pattern[, options])` with .NET's argument checks. */
  static create(pattern: string | null, options: number = RegexOptions.None): Regex {
    if (pattern === null) throw argumentNull('pattern');
    if (!validOptions(options)) throw argumentOutOfRange('options');
    return new Regex(pattern, options);
  }

  get RightToLeft(): boolean {
    return false;
  }

  /** The position of a group number among the groups (-1 when the pattern has no such group). */
  groupPosition(number: number): number {
    return this.#positions.get(number) ?? -1;
  }

  /** Searches `input[beginning, end)` from `start` (the search sees only that part of the input). */
  run(input: string, beginning: number, end: number, start: number): Match {
    const text = beginning === 0 && end === input.length ? input : input.slice(beginning, end);
    const regexp = this.#regexp;
    regexp.lastIndex = start - beginning;
    const found = regexp.exec(text);
    if (found === null) return Match.Empty;
    const indices = found.indices!;
    const groups: Group[] = [];
    for (const number of this.#numbers) {
      if (number === 0) continue;
      const captures: Capture[] = [];
      for (const js of this.#jsGroups.get(number) ?? []) {
        const span = indices[js];
        if (span !== undefined) captures.push(new Capture(input, span[0] + beginning, span[1] - span[0]));
      }
      captures.sort((a, b) => a.Index - b.Index);
      groups.push(Group.of(input, this.#names.get(number) ?? String(number), captures));
    }
    const [from, to] = indices[0]!;
    return new Match(input, from + beginning, to - from, true, groups, {
      regex: this,
      input,
      beginning,
      end,
    });
  }

  #checkStart(input: string | null, startat: number): string {
    if (input === null) throw argumentNull('input');
    if (startat < 0 || startat > input.length) throw argumentOutOfRange('startat', startMessage);
    return input;
  }

  IsMatch(input: string | null, startat = 0): boolean {
    const text = this.#checkStart(input, startat);
    return this.run(text, 0, text.length, startat).Success;
  }

  Match(input: string | null, startat = 0): Match {
    const text = this.#checkStart(input, startat);
    return this.run(text, 0, text.length, startat);
  }

  /** `Match(input, beginning, length)`: the search sees only that part of the input. */
  MatchIn(input: string | null, beginning: number, length: number): Match {
    if (input === null) throw argumentNull('input');
    if (beginning < 0 || beginning > input.length) throw argumentOutOfRange('beginning', startMessage);
    if (length < 0 || length > input.length - beginning)
      throw argumentOutOfRange('length', 'Length cannot be less than 0 or exceed input length.');
    return this.run(input, beginning, beginning + length, beginning);
  }

  Matches(input: string | null, startat = 0): MatchCollection {
    const text = this.#checkStart(input, startat);
    return new MatchCollection(() => this.run(text, 0, text.length, startat));
  }

  #parsedReplacement(replacement: string): ReplacementPart[] {
    let parts = this.#replacements.get(replacement);
    if (parts === undefined) {
      parts = parseReplacement(replacement, this.Options, {
        isGroup: (number) => this.#positions.has(number),
        numberOfName: (name) => {
          const number = this.#byName.get(name);
          return number !== undefined && this.#positions.has(number) ? number : undefined;
        },
        lastGroup: this.#numbers[this.#numbers.length - 1]!,
      });
      this.#replacements.set(replacement, parts);
    }
    return parts;
  }

  /** `Match.Result(replacement)`. */
  expandReplacement(replacement: string, match: Match): string {
    const source = match.source!;
    return expand(
      this.#parsedReplacement(replacement),
      match,
      source,
      this.#numbers[this.#numbers.length - 1]!,
    );
  }

  /** `Replace(input, replacement[, count[, startat]])`. */
  Replace(input: string | null, replacement: string | null, count = -1, startat = 0): string {
    if (input === null) throw argumentNull('input');
    if (replacement === null) throw argumentNull('replacement');
    return this.#replace(input, (match) => this.expandReplacement(replacement, match), count, startat);
  }

  /** `Replace(input, evaluator[, count[, startat]])`. */
  ReplaceWith(input: string | null, evaluator: MatchEvaluator | null, count = -1, startat = 0): string {
    if (input === null) throw argumentNull('input');
    if (evaluator === null) throw argumentNull('evaluator');
    return this.#replace(input, evaluator, count, startat);
  }

  #replace(input: string, evaluate: MatchEvaluator, count: number, startat: number): string {
    if (count < -1) throw argumentOutOfRange('count', countMessage);
    const text = this.#checkStart(input, startat);
    if (count === 0) return text;
    let match = this.run(text, 0, text.length, startat);
    if (!match.Success) return text;
    let out = '';
    let previous = 0;
    let remaining = count;
    do {
      out += text.slice(previous, match.Index);
      previous = match.Index + match.Length;
      out += evaluate(match) ?? '';
      if (--remaining === 0) break;
      match = match.NextMatch();
    } while (match.Success);
    return out + text.slice(previous);
  }

  Split(input: string | null, count = 0, startat = 0): string[] {
    if (input === null) throw argumentNull('input');
    if (count < 0) throw argumentOutOfRange('count', countMessage);
    const text = this.#checkStart(input, startat);
    if (count === 1) return stringArray([text]);
    let remaining = count - 1;
    let match = this.run(text, 0, text.length, startat);
    if (!match.Success) return stringArray([text]);
    const parts: string[] = [];
    let previous = 0;
    for (;;) {
      parts.push(text.slice(previous, match.Index));
      previous = match.Index + match.Length;
      for (const group of match.Groups.groups) if (group.Success) parts.push(group.Value);
      if (--remaining === 0) break;
      match = match.NextMatch();
      if (!match.Success) break;
    }
    parts.push(text.slice(previous));
    return stringArray(parts);
  }

  GetGroupNames(): string[] {
    return stringArray(this.#numbers.map((number) => this.#names.get(number) ?? String(number)));
  }

  GetGroupNumbers(): number[] {
    return tagArray([...this.#numbers], runtimeTypeNamed('int'));
  }

  GroupNameFromNumber(i: number): string {
    return this.#positions.has(i) ? (this.#names.get(i) ?? String(i)) : '';
  }

  GroupNumberFromName(name: string | null): number {
    if (name === null) throw argumentNull('name');
    const number = this.#byName.get(name);
    if (number !== undefined && this.#positions.has(number)) return number;
    if (/^[0-9]+$/.test(name)) {
      const parsed = Number(name);
      return this.#positions.has(parsed) ? parsed : -1;
    }
    return -1;
  }

  ToString(): string {
    return this.pattern;
  }
}
