import { describe, expect, it } from 'vitest';
import type { Expression } from '../ast/expressions.js';
import { expr } from '../test-support/parse-helpers.js';
import { parseExpression } from './parse.js';

/** The body of `@(text)`, asserting that it parses cleanly. */
function body(text: string): Expression {
  const { ast, diagnostics } = parseExpression(`@(${text})`);
  expect(diagnostics).toEqual([]);
  return ast.body as Expression;
}

describe('literals', () => {
  it.each([
    ['42', 42n, 'none'],
    ['0x2A', 42n, 'none'],
    ['0X2a', 42n, 'none'],
    ['0b101010', 42n, 'none'],
    ['0B1010_10', 42n, 'none'],
    ['1_000_000', 1_000_000n, 'none'],
    ['0x_2A', 42n, 'none'],
    ['42u', 42n, 'u'],
    ['42U', 42n, 'u'],
    ['42l', 42n, 'l'],
    ['42L', 42n, 'l'],
    ['42ul', 42n, 'ul'],
    ['42UL', 42n, 'ul'],
    ['42Lu', 42n, 'ul'],
    ['42lU', 42n, 'ul'],
    ['18446744073709551615', 18446744073709551615n, 'none'],
    ['0xFFFFFFFFFFFFFFFF', 18446744073709551615n, 'none'],
  ])('integer %s', (text, value, suffix) => {
    expect(body(text)).toMatchObject({ type: 'IntegerLiteral', value, suffix, raw: text });
  });

  it.each([
    ['1.5', 1.5, 'none'],
    ['.5', 0.5, 'none'],
    ['1e3', 1000, 'none'],
    ['1E+3', 1000, 'none'],
    ['1.5e-3', 0.0015, 'none'],
    ['2f', 2, 'f'],
    ['2.5F', 2.5, 'f'],
    ['3d', 3, 'd'],
    ['3.25D', 3.25, 'd'],
    ['1m', 1, 'm'],
    ['1_000.000_1m', 1000.0001, 'm'],
    ['1e1_0', 1e10, 'none'],
  ])('real %s', (text, value, suffix) => {
    expect(body(text)).toMatchObject({ type: 'RealLiteral', value, suffix, raw: text });
  });

  it('keeps the exact digits of a decimal', () => {
    expect(body('0.10000000000000000000001m')).toMatchObject({ digits: '0.10000000000000000000001' });
  });

  it.each([
    ["'a'", 'a'],
    ["'\\n'", '\n'],
    ["'\\''", "'"],
    ["'\\\\'", '\\'],
    ["'\\0'", '\0'],
    ["'\\u0041'", 'A'],
    ["'\\x41'", 'A'],
    ["'\\x041'", 'A'],
    ["'\"'", '"'],
  ])('char %s', (text, value) => {
    expect(body(text)).toMatchObject({ type: 'CharLiteral', value });
  });

  it('decodes every escape of a regular string', () => {
    const text = String.raw`"\' \" \\ \0 \a \b \f \n \r \t \v \u00e9 \U0001F600 \x41 \x4a1"`;
    expect(body(text)).toMatchObject({
      type: 'StringLiteral',
      kind: 'regular',
      value: '\' " \\ \0 \x07 \b \f \n \r \t \v é 😀 A \u04a1',
    });
  });

  it('reads verbatim strings: doubled quotes, line breaks, no escapes', () => {
    expect(body('@"C:\\path ""quoted"""')).toMatchObject({ kind: 'verbatim', value: 'C:\\path "quoted"' });
    expect(body('@"a\nb"')).toMatchObject({ kind: 'verbatim', value: 'a\nb' });
  });

  it('reads true, false, null, default', () => {
    expect(expr('true')).toBe('true');
    expect(expr('false')).toBe('false');
    expect(expr('null')).toBe('null');
    expect(expr('default')).toBe('default');
  });
});

describe('interpolated strings', () => {
  it('splits text and holes, resolving doubled braces', () => {
    expect(expr('$"a{b}c"')).toBe('($ "a" {b} "c")');
    expect(expr('$"{{literal}} {x}"')).toBe('($ "{literal} " {x})');
    expect(expr('$""')).toBe('($)');
    expect(expr('$"{a}{b}"')).toBe('($ {a} {b})');
  });

  it('reads alignment and format', () => {
    expect(expr('$"{x,10}"')).toBe('($ {x,10})');
    expect(expr('$"{x,-10:N2}"')).toBe('($ {x,(- 10):N2})');
    expect(expr('$"{d:yyyy-MM-ddTHH:mm:ss}"')).toBe('($ {d:yyyy-MM-ddTHH:mm:ss})');
    expect(expr('$"{x:\\"q\\"}"')).toBe('($ {x:"q"})');
  });

  it('parses any expression in a hole, nested strings and holes included', () => {
    expect(expr('$"{(a ? b : c)}"')).toBe('($ {(paren (?: a b c))})');
    expect(expr('$"{d["key"]}"')).toBe('($ {(index d "key")})');
    expect(expr('$"{$"inner {x}"}"')).toBe('($ {($ "inner " {x})})');
    expect(expr('$"{new { a = 1 }.a}"')).toBe('($ {(. (new-anonymous (= a 1)) a)})');
    expect(expr('$"{xs.Select(x => x.Name)}"')).toBe('($ {(call (. xs Select) (lambda (x) (. x Name)))})');
    expect(expr('$"{\'}\'}"')).toBe("($ {'}'})");
  });

  it('reads verbatim interpolated strings in both prefix orders', () => {
    expect(expr('$@"a ""{b}"" \\n"')).toBe('($ "a \\"" {b} "\\" \\\\n")');
    expect(body('@$"x{y}"')).toMatchObject({ type: 'InterpolatedString', kind: 'verbatim', prefix: '@$' });
    expect(body('$@"x{y}"')).toMatchObject({ type: 'InterpolatedString', kind: 'verbatim', prefix: '$@' });
  });

  it('gives each part its range', () => {
    const node = body('$"ab{cd,1:x}"');
    expect(node.type).toBe('InterpolatedString');
    if (node.type !== 'InterpolatedString') return;
    const [text, hole] = node.parts;
    expect(text?.range).toEqual([4, 6]);
    expect(hole?.range).toEqual([6, 14]);
    if (hole?.type !== 'Interpolation') throw new Error('expected a hole');
    expect(hole.expression.range).toEqual([7, 9]);
    expect(hole.alignment?.range).toEqual([10, 11]);
    expect(hole.format?.range).toEqual([12, 13]);
  });
});

describe('names, member access and invocation', () => {
  it('reads simple, verbatim and qualified names', () => {
    expect(expr('context')).toBe('context');
    expect(expr('@class')).toBe('@class');
    expect(expr('context.Request.Headers')).toBe('(. (. context Request) Headers)');
    expect(expr('System.Net.WebUtility.UrlEncode(x)')).toBe(
      '(call (. (. (. System Net) WebUtility) UrlEncode) x)',
    );
    expect(expr('global::System.String.Empty')).toBe('(. (. (. global:: System) String) Empty)');
  });

  it('reads member access on keyword types', () => {
    expect(expr('string.IsNullOrEmpty(s)')).toBe('(call (. string IsNullOrEmpty) s)');
    expect(expr('int.Parse(s)')).toBe('(call (. int Parse) s)');
    expect(expr('object.Equals(a, b)')).toBe('(call (. object Equals) a b)');
    expect(expr('string.Empty')).toBe('(. string Empty)');
  });

  it('reads named, ref, out and in arguments', () => {
    expect(expr('x.As<JObject>(preserveContent: true)')).toBe(
      '(call (. x As<JObject>) preserveContent: true)',
    );
    expect(expr('F(a, name: b, out var c)')).toBe('(call F a name: b out (decl var c))');
    expect(expr('F()')).toBe('(call F)');
  });

  it('reads element access with several arguments', () => {
    expect(expr('a[1]')).toBe('(index a 1)');
    expect(expr('a[1, 2]')).toBe('(index a 1 2)');
    expect(expr('a[i][j]')).toBe('(index (index a i) j)');
    expect(expr('context.Variables["x"]')).toBe('(index (. context Variables) "x")');
  });

  it('wraps a null-conditional chain to its end', () => {
    expect(expr('a?.b')).toBe('(chain (?. a b))');
    expect(expr('a?.b.c')).toBe('(chain (. (?. a b) c))');
    expect(expr('a?.b()')).toBe('(chain (call (?. a b)))');
    expect(expr('a?[0]')).toBe('(chain (?index a 0))');
    expect(expr('a?[0]?.b')).toBe('(chain (?. (?index a 0) b))');
    expect(expr('(a?.b).c')).toBe('(. (paren (chain (?. a b))) c)');
    expect(expr('a?.b ?? c')).toBe('(?? (chain (?. a b)) c)');
    expect(expr('x?.Split(\' \')?[1].AsJwt()?.Claims["c"].FirstOrDefault()')).toBe(
      '(chain (call (. (index (?. (call (. (?index (call (?. x Split) \' \') 1) AsJwt)) Claims) "c") FirstOrDefault)))',
    );
  });

  it('reads postfix ++, -- and the null-forgiving !', () => {
    expect(expr('a++')).toBe('(post++ a)');
    expect(expr('a--')).toBe('(post-- a)');
    expect(expr('a!.b')).toBe('(. (post! a) b)');
  });

  it('reads this, base and named values', () => {
    expect(expr('this.x')).toBe('(. this x)');
    expect(expr('base.x')).toBe('(. base x)');
    expect(expr('{{validate-certificate-chain}} && x')).toBe('(&& {{validate-certificate-chain}} x)');
    expect(expr('"{{not-a-named-value-in-code}}"')).toBe('"{{not-a-named-value-in-code}}"');
  });
});

describe('object and array creation', () => {
  it('reads new with arguments and initializers', () => {
    expect(expr('new JObject()')).toBe('(new JObject ())');
    expect(expr('new JProperty("a", 1)')).toBe('(new JProperty ("a" 1))');
    expect(expr('new JObject(new JProperty("a", 1))')).toBe('(new JObject ((new JProperty ("a" 1))))');
    expect(expr('new Uri(u).Host')).toBe('(. (new Uri (u)) Host)');
    expect(expr('new X { A = 1, B = "b" }')).toBe('(new X {(= A 1) (= B "b")})');
    expect(expr('new X() { A = 1, }')).toBe('(new X () {(= A 1)})');
    expect(expr('new X { A = { B = 1 } }')).toBe('(new X {(= A {(= B 1)})})');
    expect(expr('new X { [1] = "a", ["k"] = b }')).toBe('(new X {(= [1] "a") (= ["k"] b)})');
    expect(expr('new List<int> { 1, 2, 3 }')).toBe('(new List<int> {1 2 3})');
    expect(expr('new Dictionary<string, int> { { "a", 1 }, { "b", 2 } }')).toBe(
      '(new Dictionary<string, int> {{"a" 1} {"b" 2}})',
    );
    expect(expr('new X { }')).toBe('(new X {})');
    expect(expr('new System.Security.Cryptography.HMACSHA256(key)')).toBe(
      '(new System.Security.Cryptography.HMACSHA256 (key))',
    );
  });

  it('reads array creation in all its forms', () => {
    expect(expr('new string[] { "a", "b" }')).toBe('(new-array string [] {"a" "b"})');
    expect(expr('new int[3]')).toBe('(new-array int [3])');
    expect(expr('new int[n + 1]')).toBe('(new-array int [(+ n 1)])');
    expect(expr('new int[2, 3]')).toBe('(new-array int [2,3])');
    expect(expr('new int[3][]')).toBe('(new-array int [3][])');
    expect(expr('new int[,] { { 1, 2 }, { 3, 4 } }')).toBe('(new-array int [,] {{1 2} {3 4}})');
    expect(expr('new[] { 1, 2, }')).toBe('(new-array <implicit> [] {1 2})');
    expect(expr('new int?[2]')).toBe('(new-array int? [2])');
    expect(expr('new byte[0].Length')).toBe('(. (new-array byte [0]) Length)');
  });

  it('reads anonymous objects', () => {
    expect(expr('new { a = 1, b }')).toBe('(new-anonymous (= a 1) b)');
    expect(expr('new { x.Name, Count = 2, }')).toBe('(new-anonymous (. x Name) (= Count 2))');
    expect(expr('new { }')).toBe('(new-anonymous)');
  });
});

describe('operators on types', () => {
  it('reads typeof, default, sizeof, nameof, checked and unchecked', () => {
    expect(expr('typeof(string)')).toBe('(typeof string)');
    expect(expr('typeof(Dictionary<,>)')).toBe('(typeof Dictionary<, >)');
    expect(expr('typeof(List<>)')).toBe('(typeof List<>)');
    expect(expr('default(int)')).toBe('(default int)');
    expect(expr('sizeof(int)')).toBe('(sizeof int)');
    expect(expr('nameof(x.y)')).toBe('(call nameof (. x y))');
    expect(expr('checked(a + b)')).toBe('(checked (+ a b))');
    expect(expr('unchecked((int)x)')).toBe('(unchecked (cast int x))');
  });

  it('reads is with type, constant and declaration patterns', () => {
    expect(expr('x is string')).toBe('(is x (type string))');
    expect(expr('x is JObject')).toBe('(is x JObject)');
    expect(expr('x is string s')).toBe('(is x (declare string s))');
    expect(expr('x is JObject o && o.HasValues')).toBe('(&& (is x (declare JObject o)) (. o HasValues))');
    expect(expr('x is null')).toBe('(is x null)');
    expect(expr('x is 5')).toBe('(is x 5)');
    expect(expr('x is "a"')).toBe('(is x "a")');
    expect(expr('x is JTokenType.Null')).toBe('(is x (. JTokenType Null))');
    expect(expr('x is var y')).toBe('(is x (var y))');
    expect(expr('x is int[] a')).toBe('(is x (declare int[] a))');
    expect(expr('x is List<int> l')).toBe('(is x (declare List<int> l))');
    expect(expr('x is -1')).toBe('(is x (- 1))');
  });

  it('reads as', () => {
    expect(expr('x as JArray')).toBe('(as x JArray)');
    expect(expr('(x as JObject)?["a"]')).toBe('(chain (?index (paren (as x JObject)) "a"))');
    expect(expr('x as Newtonsoft.Json.Linq.JObject')).toBe('(as x Newtonsoft.Json.Linq.JObject)');
  });
});

describe('lambdas and anonymous methods', () => {
  it('reads LINQ chains with lambdas', () => {
    expect(expr('context.Deployment.Certificates.Any(c => c.Value.Thumbprint == t)')).toBe(
      '(call (. (. (. context Deployment) Certificates) Any) (lambda (c) (== (. (. c Value) Thumbprint) t)))',
    );
    expect(expr('xs.OrderBy(x => x).ThenByDescending(x => x.Length).ToArray()')).toBe(
      '(call (. (call (. (call (. xs OrderBy) (lambda (x) x)) ThenByDescending) (lambda (x) (. x Length))) ToArray))',
    );
    expect(expr('xs.Aggregate((a, b) => a + b)')).toBe('(call (. xs Aggregate) (lambda (a, b) (+ a b)))');
  });

  it('reads anonymous methods', () => {
    expect(expr('delegate (int x) { return x; }')).toBe('(delegate (int x) (block (return x)))');
    expect(expr('delegate { return 1; }')).toBe('(delegate (block (return 1)))');
  });
});

describe('LINQ query syntax', () => {
  it('reads from, where, select', () => {
    expect(expr('from x in xs where x > 1 select x * 2')).toBe(
      '(query (from x xs) (where (> x 1)) (select (* x 2)))',
    );
  });

  it('reads typed range variables, let, join, orderby, group and into', () => {
    expect(expr('from string s in xs let n = s.Length orderby n descending, s select s')).toBe(
      '(query (from string s xs) (let n (. s Length)) (orderby (descending n) s) (select s))',
    );
    expect(expr('from a in xs join b in ys on a.Id equals b.Id into g select g')).toBe(
      '(query (from a xs) (join b ys (. a Id) (. b Id) into g) (select g))',
    );
    expect(expr('from x in xs group x by x.Key into g select g.Count()')).toBe(
      '(query (from x xs) (group x (. x Key)) (into g (select (call (. g Count)))))',
    );
    expect(expr('from x in xs from y in x.Ys orderby y ascending select y')).toBe(
      '(query (from x xs) (from y (. x Ys)) (orderby (ascending y)) (select y))',
    );
  });

  it('leaves from as an identifier where no query starts', () => {
    expect(expr('from + 1')).toBe('(+ from 1)');
    expect(expr('from.Where(x => x)')).toBe('(call (. from Where) (lambda (x) x))');
  });
});
