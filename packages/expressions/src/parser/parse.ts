import type { IRecognitionException, IToken } from 'chevrotain';
import { LRUCache } from 'lru-cache';
import type { ErrorNode } from '../ast/base.js';
import type { Expression } from '../ast/expressions.js';
import type { Comment, PolicyExpression } from '../ast/nodes.js';
import { createDiagnostic } from '../diagnostics/create-diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Problem } from '../diagnostics/problem.js';
import { isNewline } from '../lexer/characters.js';
import { tokenize } from '../lexer/lexer.js';
import { AtBrace, AtParen, BlockComment } from '../lexer/tokens.js';
import { FILE_START, type SourcePosition } from '../source/position.js';
import { mapperFromStart, type PositionMapper } from '../source/position-mapper.js';
import type { LiteralData } from '../syntax/literal-data.js';
import { cloneSyntax } from './clone-syntax.js';
import type { PendingHole } from './grammar/grammar-base.js';
import { getParser } from './parser-instance.js';
import { placeTree } from './place-tree.js';
import { readSyntaxError } from './syntax-errors.js';
import { isA, isEOF } from './token-kinds.js';
import { UNPLACED } from './unplaced.js';

export interface ParseOptions {
  /**
   * Where `source` starts in its file; positions in the result are file positions. Defaults to
   * the start of a file.
   */
  readonly start?: SourcePosition;
  /**
   * Maps offsets of `source` to file positions when `source` is not a verbatim copy of the file
   * (XML entities decoded, named values substituted). Takes precedence over `start`.
   */
  readonly mapper?: PositionMapper;
  /**
   * Whether a text parsed before may be copied from that parse (the default) rather than parsed
   * again. `false` always runs the parser: for measuring it, and for tests that compare the two.
   */
  readonly reuse?: boolean;
}

export interface ParseResult {
  /** The syntax tree; present even when there are errors, with `ErrorNode`s where syntax was invalid. */
  readonly ast: PolicyExpression;
  /** Every problem found, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses a policy expression as it stands in a policy: `@( expression )` or `@{ statements }`.
 * Never throws: bad input gives diagnostics, and a defect of the parser itself is reported as an
 * `internal-error` diagnostic rather than an exception.
 */
export function parseExpression(source: string, options: ParseOptions = {}): ParseResult {
  const mapper = options.mapper ?? mapperFromStart(source, options.start ?? FILE_START);
  try {
    if (options.reuse === false) return placed(new ParseRun(source).run(), mapper);
    // Placing writes file positions into the nodes: each result places its own copy.
    const parsed = unplacedParse(source);
    return placed({ ast: cloneSyntax(parsed.ast), problems: parsed.problems }, mapper);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const body: ErrorNode = { type: 'ErrorNode', range: [0, source.length], loc: UNPLACED };
    const ast = expressionRoot(body, source.length);
    placeTree(ast, mapper);
    const problem: Problem = { code: 'internal-error', start: 0, end: source.length, data: { message } };
    return { ast, diagnostics: [createDiagnostic(problem, mapper)] };
  }
}

/** A parse before placement: offsets in the text, problems deduplicated and in order. */
interface UnplacedParse {
  readonly ast: PolicyExpression;
  readonly problems: readonly Problem[];
}

/**
 * Parses of texts seen before, unplaced. Policies repeat expressions (a corpus of 895 holds 527
 * distinct texts, 190,000 characters), and a repeated text is copied and placed instead of parsed
 * again. Bounded by the length of the texts kept: a tree takes about 75 bytes per character of
 * its text, so 500,000 characters are at most about 40 MB in a process that parses many.
 */
const parses = new LRUCache<string, UnplacedParse>({
  maxSize: 500_000,
  sizeCalculation: (_parse, source) => Math.max(1, source.length),
});

/** The unplaced parse of `source`, from the cache or parsed now. */
function unplacedParse(source: string): UnplacedParse {
  let parsed = parses.get(source);
  if (parsed === undefined) {
    parsed = new ParseRun(source).run();
    parses.set(source, parsed);
  }
  return parsed;
}

/** A parse placed in its file: file positions on every node, diagnostics from its problems. */
function placed(parsed: UnplacedParse, mapper: PositionMapper): ParseResult {
  placeTree(parsed.ast, mapper);
  return {
    ast: parsed.ast,
    diagnostics: parsed.problems.map((problem) => createDiagnostic(problem, mapper)),
  };
}

/** A root for text that is not a whole `@(...)`/`@{...}`: it spans the text. */
function expressionRoot(body: Expression, length: number): PolicyExpression {
  return {
    type: 'PolicyExpression',
    form: 'expression',
    body,
    comments: [],
    range: [0, length],
    loc: UNPLACED,
  };
}

/** One parse: the text, the problems found so far, and the holes still to parse. */
class ParseRun {
  readonly #source: string;
  readonly #problems: Problem[] = [];
  readonly #comments: IToken[] = [];
  readonly #holes: PendingHole[] = [];
  readonly #parser = getParser();

  constructor(source: string) {
    this.#source = source;
  }

  run(): UnplacedParse {
    const source = this.#source;
    const lexed = tokenize(source);
    this.#problems.push(...lexed.problems);
    this.#comments.push(...lexed.comments);
    const first = lexed.tokens[0];
    let ast: PolicyExpression;
    this.#parser.prepare(lexed.tokens, source);
    if (first !== undefined && (isA(first, AtParen) || isA(first, AtBrace))) {
      ast = this.#parser.policyExpression();
      this.#collect();
    } else {
      const at = first?.startOffset ?? source.length;
      this.#problems.push({ code: 'expression-form-expected', start: at, end: at });
      const body = this.#parser.standaloneExpression();
      this.#collect();
      ast = expressionRoot(body, source.length);
    }
    for (let hole = this.#holes.shift(); hole !== undefined; hole = this.#holes.shift())
      this.#parseHole(hole);
    ast.comments = this.#comments
      .sort((a, b) => a.startOffset - b.startOffset)
      .map((token) => this.#comment(token));
    const seen = new Set<string>();
    const problems = this.#problems
      .filter((problem) => {
        const key = `${problem.start}:${problem.code}:${JSON.stringify(problem.data ?? {})}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { ast, problems };
  }

  /** Takes the parser's errors, node problems and pending holes after one parser run. */
  #collect(): void {
    for (const error of this.#parser.errors) this.#problems.push(this.#recognitionProblem(error));
    this.#problems.push(...this.#parser.problems);
    this.#holes.push(...this.#parser.pendingHoles);
  }

  #parseHole({ node, hole }: PendingHole): void {
    node.expression = this.#parsePiece(hole.expressionStart, hole.expressionEnd);
    if (hole.alignment !== null) node.alignment = this.#parsePiece(hole.alignment[0], hole.alignment[1]);
  }

  /** Parses `source[start, end)` as a standalone expression. */
  #parsePiece(start: number, end: number): Expression {
    const text = this.#source.slice(start, end);
    if (text.trim() === '') {
      this.#problems.push({ code: 'empty-interpolation', start, end });
      const node: ErrorNode = { type: 'ErrorNode', range: [start, end], loc: UNPLACED };
      return node;
    }
    const lexed = tokenize(text, start);
    this.#problems.push(...lexed.problems);
    this.#comments.push(...lexed.comments);
    this.#parser.prepare(lexed.tokens, this.#source, end);
    const expression = this.#parser.standaloneExpression();
    this.#collect();
    return expression;
  }

  #recognitionProblem(error: IRecognitionException): Problem {
    const record = readSyntaxError(error.message);
    const token = error.token;
    const previous = (error as { previousToken?: IToken }).previousToken;
    const previousEnd =
      previous !== undefined && !isEOF(previous) && !Number.isNaN(previous.startOffset)
        ? (previous.endOffset ?? previous.startOffset) + 1
        : undefined;
    const base = { code: record.code, ...(record.data === undefined ? {} : { data: record.data }) };
    if (isEOF(token) || Number.isNaN(token.startOffset)) {
      const at = previousEnd ?? this.#source.length;
      return { ...base, start: at, end: at };
    }
    const tokenEnd = (token.endOffset ?? token.startOffset) + 1;
    const missing = record.code === 'expected-token' || record.code.startsWith('identifier-expected');
    if (missing && previousEnd !== undefined && this.#lineBreakBetween(previousEnd, token.startOffset)) {
      return { ...base, start: previousEnd, end: previousEnd };
    }
    return { ...base, start: token.startOffset, end: tokenEnd };
  }

  #lineBreakBetween(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (isNewline(this.#source.charCodeAt(i))) return true;
    return false;
  }

  #comment(token: IToken): Comment {
    const data = token.payload as Extract<LiteralData, { kind: 'comment' }>;
    return {
      type: 'Comment',
      kind: isA(token, BlockComment) ? 'block' : 'line',
      value: data.value,
      range: [token.startOffset, (token.endOffset ?? token.startOffset) + 1],
      loc: UNPLACED,
    };
  }
}
