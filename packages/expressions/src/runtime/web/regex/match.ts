import { argumentNull, argumentOutOfRange, notSupported } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import type { Regex } from './regex.js';

/**
 * `Capture`, `Group`, `Match` and their collections. A group keeps every capture JavaScript
 * reports for it: one per group occurrence in the pattern (.NET also keeps the earlier
 * iterations of a quantified group, which JavaScript does not report).
 */
export class Capture {
  static readonly [DOTNET_TYPE]: string = 'System.Text.RegularExpressions.Capture';

  constructor(
    /** The whole input, which `Value` is a slice of. */
    readonly text: string,
    readonly Index: number,
    readonly Length: number,
  ) {}

  get Value(): string {
    return this.text.slice(this.Index, this.Index + this.Length);
  }

  ToString(): string {
    return this.Value;
  }
}

export class Group extends Capture {
  static override readonly [DOTNET_TYPE]: string = 'System.Text.RegularExpressions.Group';
  readonly #captures: readonly Capture[];

  constructor(
    text: string,
    index: number,
    length: number,
    readonly Success: boolean,
    readonly Name: string,
    captures: readonly Capture[],
  ) {
    super(text, index, length);
    this.#captures = captures;
  }

  /** What `Groups[n]` gives for a group the pattern does not have. */
  static readonly Unmatched = new Group('', 0, 0, false, '', []);

  /** A group from its captures in order: its value is the last one. */
  static of(text: string, name: string, captures: readonly Capture[]): Group {
    const last = captures[captures.length - 1];
    if (last === undefined) return new Group(text, 0, 0, false, name, []);
    return new Group(text, last.Index, last.Length, true, name, captures);
  }

  get Captures(): CaptureCollection {
    return new CaptureCollection(this.#captures.length === 0 ? [] : this.#captures.slice(0, -1).concat(this));
  }
}

/** `Match`: group 0 with the other groups, and the way to the next match. */
export class Match extends Group {
  static override readonly [DOTNET_TYPE] = 'System.Text.RegularExpressions.Match';
  readonly #groups: readonly Group[];

  constructor(
    text: string,
    index: number,
    length: number,
    success: boolean,
    /** The other groups, in number order. */
    groups: readonly Group[],
    /** The regex and where the search continues, for `NextMatch` and `Result`; null for `Match.Empty`. */
    readonly source: {
      readonly regex: Regex;
      readonly input: string;
      readonly beginning: number;
      readonly end: number;
    } | null,
  ) {
    super(text, index, length, success, '0', success ? [new Capture(text, index, length)] : []);
    this.#groups = groups;
  }

  static readonly Empty: Match = new Match('', 0, 0, false, [], null);

  get Groups(): GroupCollection {
    return new GroupCollection(this, this.#groups);
  }

  /** The group of a number (`Groups[n]`), group 0 being the match. */
  groupNumbered(index: number): Group {
    if (index === 0) return this;
    const regex = this.source?.regex;
    if (regex === undefined) return Group.Unmatched;
    const position = regex.groupPosition(index);
    return position < 0 ? Group.Unmatched : this.#groups[position - 1]!;
  }

  NextMatch(): Match {
    const source = this.source;
    if (source === null) return this;
    let next = this.Index + this.Length;
    if (this.Length === 0) {
      if (next >= source.end) return Match.Empty;
      next++;
    }
    return source.regex.run(source.input, source.beginning, source.end, next);
  }

  Result(replacement: string | null): string {
    if (replacement === null) throw argumentNull('replacement');
    if (this.source === null) throw notSupported('Result cannot be called on a failed Match.');
    return this.source.regex.expandReplacement(replacement, this);
  }
}

export class GroupCollection implements Iterable<Group> {
  static readonly [DOTNET_TYPE] = 'System.Text.RegularExpressions.GroupCollection';

  constructor(
    readonly match: Match,
    readonly groups: readonly Group[],
  ) {}

  get Count(): number {
    return this.groups.length + 1;
  }

  /** `Groups[int groupnum]`: an unsuccessful empty group for a number the pattern lacks. */
  byNumber(groupnum: number): Group {
    return this.match.groupNumbered(groupnum);
  }

  /** `Groups[string groupname]`. */
  byName(groupname: string | null): Group {
    const regex = this.match.source?.regex;
    if (regex === undefined || groupname === null) return Group.Unmatched;
    const number = regex.GroupNumberFromName(groupname);
    return number < 0 ? Group.Unmatched : this.match.groupNumbered(number);
  }

  *[Symbol.iterator](): Iterator<Group> {
    yield this.match;
    yield* this.groups;
  }

  ToString(): string {
    return GroupCollection[DOTNET_TYPE];
  }
}

export class CaptureCollection implements Iterable<Capture> {
  static readonly [DOTNET_TYPE] = 'System.Text.RegularExpressions.CaptureCollection';

  constructor(readonly captures: readonly Capture[]) {}

  get Count(): number {
    return this.captures.length;
  }

  item(i: number): Capture {
    const capture = this.captures[i];
    if (capture === undefined || i < 0) throw argumentOutOfRange('i');
    return capture;
  }

  [Symbol.iterator](): Iterator<Capture> {
    return this.captures[Symbol.iterator]();
  }

  ToString(): string {
    return CaptureCollection[DOTNET_TYPE];
  }
}

/** `MatchCollection`: every match from a start, found when first needed. */
export class MatchCollection implements Iterable<Match> {
  static readonly [DOTNET_TYPE] = 'System.Text.RegularExpressions.MatchCollection';
  #matches: Match[] | null = null;

  constructor(readonly first: () => Match) {}

  get all(): readonly Match[] {
    if (this.#matches === null) {
      const matches: Match[] = [];
      for (let match = this.first(); match.Success; match = match.NextMatch()) matches.push(match);
      this.#matches = matches;
    }
    return this.#matches;
  }

  get Count(): number {
    return this.all.length;
  }

  item(i: number): Match {
    const match = this.all[i];
    if (match === undefined || i < 0) throw argumentOutOfRange('i');
    return match;
  }

  [Symbol.iterator](): Iterator<Match> {
    return this.all[Symbol.iterator]();
  }

  ToString(): string {
    return MatchCollection[DOTNET_TYPE];
  }
}
