import {
  type CustomPatternMatcherFunc,
  type CustomPatternMatcherReturn,
  createToken,
  Lexer,
  type TokenType,
} from 'chevrotain';
import { isIdentifierPart } from './characters.js';
import { scanInterpolated } from './interpolated-scanner.js';
import {
  type LiteralExtent,
  runLength,
  scanBlockComment,
  scanQuoted,
  scanRaw,
  scanVerbatim,
} from './literal-scanners.js';
import { relativeExtent, type TokenPayload } from './token-payload.js';

/** Builds a chevrotain custom pattern from a scanner that returns an end offset and a payload. */
function custom(scan: (text: string, offset: number) => { end: number; payload: TokenPayload } | null) {
  const exec: CustomPatternMatcherFunc = (text, offset) => {
    const result = scan(text, offset);
    if (result === null || result.end <= offset) return null;
    const match = [text.slice(offset, result.end)] as CustomPatternMatcherReturn;
    match.payload = result.payload;
    return match;
  };
  return { exec };
}

const literal = (extent: LiteralExtent, kind: 'char' | 'comment') => ({
  end: extent.end,
  payload: { kind, unterminated: extent.unterminated, utf8: false } satisfies TokenPayload,
});

/** A string literal, with the C# 11 `u8` suffix when one follows the closing quote. */
const stringLiteral = (text: string, extent: LiteralExtent) => {
  const utf8 =
    extent.unterminated === null &&
    /^[uU]8/.test(text.slice(extent.end, extent.end + 2)) &&
    !isIdentifierPart(text[extent.end + 2] ?? ' ');
  return {
    end: extent.end + (utf8 ? 2 : 0),
    payload: { kind: 'string', unterminated: extent.unterminated, utf8 } satisfies TokenPayload,
  };
};

// ---------------------------------------------------------------------------------------------
// Categories

/** Reserved C# keywords. */
export const Keyword = createToken({ name: 'Keyword', pattern: Lexer.NA });
/** Keywords that name a built-in type (`int`, `string`, ...). */
export const PredefinedTypeKeyword = createToken({ name: 'PredefinedTypeKeyword', pattern: Lexer.NA });
/** Every literal token, `true`, `false` and `null` included. */
export const Literal = createToken({ name: 'Literal', pattern: Lexer.NA });
/** Simple assignment and compound assignment operators. */
export const AssignmentOperator = createToken({ name: 'AssignmentOperator', pattern: Lexer.NA });

// ---------------------------------------------------------------------------------------------
// Trivia

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\v\f\r\n\u00a0\u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
});
export const LineComment = createToken({
  name: 'LineComment',
  pattern: /\/\/[^\r\n\u0085\u2028\u2029]*/,
  group: 'comments',
});
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: custom((text, offset) =>
    text.startsWith('/*', offset) ? literal(scanBlockComment(text, offset), 'comment') : null,
  ),
  start_chars_hint: ['/'],
  line_breaks: true,
  group: 'comments',
});

// ---------------------------------------------------------------------------------------------
// Policy expression delimiters

export const AtParen = createToken({ name: 'AtParen', pattern: /@\(/, label: "'@('" });
export const AtBrace = createToken({ name: 'AtBrace', pattern: /@\{/, label: "'@{'" });

// ---------------------------------------------------------------------------------------------
// Literals

export const InterpolatedStringLiteral = createToken({
  name: 'InterpolatedStringLiteral',
  pattern: custom((text, offset) => {
    const extent = scanInterpolated(text, offset);
    return extent === null
      ? null
      : { end: extent.end, payload: { kind: 'interpolated', extent: relativeExtent(extent, offset) } };
  }),
  start_chars_hint: ['$', '@'],
  line_breaks: true,
  categories: [Literal],
  label: 'interpolated string',
});
export const VerbatimStringLiteral = createToken({
  name: 'VerbatimStringLiteral',
  pattern: custom((text, offset) =>
    text.startsWith('@"', offset) ? stringLiteral(text, scanVerbatim(text, offset)) : null,
  ),
  start_chars_hint: ['@'],
  line_breaks: true,
  categories: [Literal],
  label: 'string',
});
export const RawStringLiteral = createToken({
  name: 'RawStringLiteral',
  pattern: custom((text, offset) =>
    runLength(text, offset, 0x22) >= 3 ? stringLiteral(text, scanRaw(text, offset)) : null,
  ),
  start_chars_hint: ['"'],
  line_breaks: true,
  categories: [Literal],
  label: 'string',
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: custom((text, offset) =>
    text.charCodeAt(offset) === 0x22 ? stringLiteral(text, scanQuoted(text, offset, '"')) : null,
  ),
  start_chars_hint: ['"'],
  categories: [Literal],
  label: 'string',
});
export const CharLiteral = createToken({
  name: 'CharLiteral',
  pattern: custom((text, offset) =>
    text.charCodeAt(offset) === 0x27 ? literal(scanQuoted(text, offset, "'"), 'char') : null,
  ),
  start_chars_hint: ["'"],
  categories: [Literal],
  label: 'character',
});
/** `1.5`, `.5`, `1e3`, `1f`, `1m`; digits may hold `_` separators, checked when decoded. */
export const RealLiteral = createToken({
  name: 'RealLiteral',
  pattern:
    /(?:[0-9][0-9_]*)?\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]*)?[fFdDmM]?|[0-9][0-9_]*(?:[eE][+-]?[0-9_]*[fFdDmM]?|[fFdDmM])/,
  categories: [Literal],
  label: 'number',
});
/** `42`, `0x2A`, `0b101010`, with `u`/`l`/`ul` suffixes. */
export const IntegerLiteral = createToken({
  name: 'IntegerLiteral',
  pattern: /(?:0[xX][0-9a-fA-F_]*|0[bB][01_]*|[0-9][0-9_]*)(?:[uU][lL]?|[lL][uU]?)?/,
  categories: [Literal],
  label: 'number',
});

/** An APIM named value `{{name}}` standing in C# code. */
export const NamedValueToken = createToken({
  name: 'NamedValue',
  pattern: custom((text, offset) => {
    if (!text.startsWith('{{', offset)) return null;
    let i = offset + 2;
    while (i < text.length && /[\p{L}\p{N}._-]/u.test(text[i]!)) i++;
    if (i === offset + 2 || !text.startsWith('}}', i)) return null;
    return { end: i + 2, payload: { kind: 'named-value', name: text.slice(offset + 2, i) } };
  }),
  start_chars_hint: ['{'],
  label: 'named value',
});

// ---------------------------------------------------------------------------------------------
// Identifiers and keywords

const identifierPattern = /@?[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{Cf}]*/uy;
const identifierStartHints: (string | number)[] = ['_', '@'];
for (let c = 0x41; c <= 0x5a; c++) identifierStartHints.push(c, c + 0x20);
for (let c = 0x80; c <= 0xffff; c++) identifierStartHints.push(c);

export const Identifier = createToken({
  name: 'Identifier',
  pattern: {
    exec: (text, offset) => {
      identifierPattern.lastIndex = offset;
      return identifierPattern.exec(text);
    },
  },
  start_chars_hint: identifierStartHints,
  label: 'identifier',
});

export const keywordNames = [
  'abstract',
  'as',
  'base',
  'bool',
  'break',
  'byte',
  'case',
  'catch',
  'char',
  'checked',
  'class',
  'const',
  'continue',
  'decimal',
  'default',
  'delegate',
  'do',
  'double',
  'else',
  'enum',
  'event',
  'explicit',
  'extern',
  'false',
  'finally',
  'fixed',
  'float',
  'for',
  'foreach',
  'goto',
  'if',
  'implicit',
  'in',
  'int',
  'interface',
  'internal',
  'is',
  'lock',
  'long',
  'namespace',
  'new',
  'null',
  'object',
  'operator',
  'out',
  'override',
  'params',
  'private',
  'protected',
  'public',
  'readonly',
  'ref',
  'return',
  'sbyte',
  'sealed',
  'short',
  'sizeof',
  'stackalloc',
  'static',
  'string',
  'struct',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'uint',
  'ulong',
  'unchecked',
  'unsafe',
  'ushort',
  'using',
  'virtual',
  'void',
  'volatile',
  'while',
] as const;

export type KeywordName = (typeof keywordNames)[number];

const predefinedTypeNames: ReadonlySet<string> = new Set([
  'bool',
  'byte',
  'sbyte',
  'char',
  'decimal',
  'double',
  'float',
  'int',
  'uint',
  'long',
  'ulong',
  'short',
  'ushort',
  'object',
  'string',
  'void',
]);
const literalKeywordNames: ReadonlySet<string> = new Set(['true', 'false', 'null']);

/** The token type of each reserved keyword: `kw.if`, `kw.string`, ... */
export const kw = Object.fromEntries(
  keywordNames.map((name) => [
    name,
    createToken({
      name: `Keyword_${name}`,
      pattern: new RegExp(name),
      longer_alt: Identifier,
      label: `'${name}'`,
      categories: [
        Keyword,
        ...(predefinedTypeNames.has(name) ? [PredefinedTypeKeyword] : []),
        ...(literalKeywordNames.has(name) ? [Literal] : []),
      ],
    }),
  ]),
) as Record<KeywordName, TokenType>;

// ---------------------------------------------------------------------------------------------
// Operators and punctuation, longest first where one is a prefix of another.

const punctuation = (name: string, pattern: RegExp, image: string, categories: TokenType[] = []) =>
  createToken({ name, pattern, label: `'${image}'`, categories });

export const QuestionQuestionEquals = punctuation('QuestionQuestionEquals', /\?\?=/, '??=', [
  AssignmentOperator,
]);
export const QuestionQuestion = punctuation('QuestionQuestion', /\?\?/, '??');
/** `?.` not followed by a digit (`a?.5:1` is a conditional). */
export const QuestionDot = punctuation('QuestionDot', /\?\.(?![0-9])/, '?.');
export const Question = punctuation('Question', /\?/, '?');
export const ColonColon = punctuation('ColonColon', /::/, '::');
export const Colon = punctuation('Colon', /:/, ':');
export const FatArrow = punctuation('FatArrow', /=>/, '=>');
export const EqualsEquals = punctuation('EqualsEquals', /==/, '==');
export const Equals = punctuation('Equals', /=/, '=', [AssignmentOperator]);
export const BangEquals = punctuation('BangEquals', /!=/, '!=');
export const Bang = punctuation('Bang', /!/, '!');
export const LessLessEquals = punctuation('LessLessEquals', /<<=/, '<<=', [AssignmentOperator]);
export const LessLess = punctuation('LessLess', /<</, '<<');
export const LessEquals = punctuation('LessEquals', /<=/, '<=');
export const Less = punctuation('Less', /</, '<');
/** `>=`; `>>` and `>>=` are two tokens each, joined by the parser when adjacent. */
export const GreaterEquals = punctuation('GreaterEquals', />=/, '>=');
export const Greater = punctuation('Greater', />/, '>');
export const AmpAmp = punctuation('AmpAmp', /&&/, '&&');
export const AmpEquals = punctuation('AmpEquals', /&=/, '&=', [AssignmentOperator]);
export const Amp = punctuation('Amp', /&/, '&');
export const BarBar = punctuation('BarBar', /\|\|/, '||');
export const BarEquals = punctuation('BarEquals', /\|=/, '|=', [AssignmentOperator]);
export const Bar = punctuation('Bar', /\|/, '|');
export const CaretEquals = punctuation('CaretEquals', /\^=/, '^=', [AssignmentOperator]);
export const Caret = punctuation('Caret', /\^/, '^');
export const PlusPlus = punctuation('PlusPlus', /\+\+/, '++');
export const PlusEquals = punctuation('PlusEquals', /\+=/, '+=', [AssignmentOperator]);
export const Plus = punctuation('Plus', /\+/, '+');
export const MinusMinus = punctuation('MinusMinus', /--/, '--');
export const MinusEquals = punctuation('MinusEquals', /-=/, '-=', [AssignmentOperator]);
export const Minus = punctuation('Minus', /-/, '-');
export const StarEquals = punctuation('StarEquals', /\*=/, '*=', [AssignmentOperator]);
export const Star = punctuation('Star', /\*/, '*');
export const SlashEquals = punctuation('SlashEquals', /\/=/, '/=', [AssignmentOperator]);
export const Slash = punctuation('Slash', /\//, '/');
export const PercentEquals = punctuation('PercentEquals', /%=/, '%=', [AssignmentOperator]);
export const Percent = punctuation('Percent', /%/, '%');
export const Tilde = punctuation('Tilde', /~/, '~');
export const DotDot = punctuation('DotDot', /\.\./, '..');
export const Dot = punctuation('Dot', /\./, '.');
export const Comma = punctuation('Comma', /,/, ',');
export const Semicolon = punctuation('Semicolon', /;/, ';');
export const LParen = punctuation('LParen', /\(/, '(');
export const RParen = punctuation('RParen', /\)/, ')');
export const LBracket = punctuation('LBracket', /\[/, '[');
export const RBracket = punctuation('RBracket', /]/, ']');
export const LBrace = punctuation('LBrace', /\{/, '{');
export const RBrace = punctuation('RBrace', /}/, '}');

/** Every token type, in the order the lexer tries them. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  AtParen,
  AtBrace,
  InterpolatedStringLiteral,
  VerbatimStringLiteral,
  RawStringLiteral,
  StringLiteral,
  CharLiteral,
  NamedValueToken,
  RealLiteral,
  IntegerLiteral,
  // Longest first, so that `do` does not take the start of `double`.
  ...[...keywordNames].sort((a, b) => b.length - a.length).map((name) => kw[name]),
  Identifier,
  QuestionQuestionEquals,
  QuestionQuestion,
  QuestionDot,
  Question,
  ColonColon,
  Colon,
  FatArrow,
  EqualsEquals,
  Equals,
  BangEquals,
  Bang,
  LessLessEquals,
  LessLess,
  LessEquals,
  Less,
  GreaterEquals,
  Greater,
  AmpAmp,
  AmpEquals,
  Amp,
  BarBar,
  BarEquals,
  Bar,
  CaretEquals,
  Caret,
  PlusPlus,
  PlusEquals,
  Plus,
  MinusMinus,
  MinusEquals,
  Minus,
  StarEquals,
  Star,
  SlashEquals,
  Slash,
  PercentEquals,
  Percent,
  Tilde,
  DotDot,
  Dot,
  Comma,
  Semicolon,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  // Categories come last: they match nothing themselves.
  Keyword,
  PredefinedTypeKeyword,
  Literal,
  AssignmentOperator,
];
