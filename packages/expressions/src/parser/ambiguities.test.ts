import { describe, expect, it } from 'vitest';
import { block, expr } from '../test-support/parse-helpers.js';

describe('casts versus parenthesized expressions (C# spec 12.9.7)', () => {
  it('reads a keyword type in parentheses as a cast whatever follows', () => {
    expect(expr('(int)-1')).toBe('(cast int (- 1))');
    expect(expr('(int)+x')).toBe('(cast int (+ x))');
    expect(expr('(string)context.Variables["x"]')).toBe('(cast string (index (. context Variables) "x"))');
    expect(expr('(bool)x')).toBe('(cast bool x)');
    expect(expr('(int?)x')).toBe('(cast int? x)');
    expect(expr('(byte[])x')).toBe('(cast byte[] x)');
  });

  it('reads (Name) as a cast only before ~ ! ( an identifier, a literal or a keyword', () => {
    expect(expr('(IResponse)context.Variables["r"]')).toBe(
      '(cast IResponse (index (. context Variables) "r"))',
    );
    expect(expr('(JObject)x')).toBe('(cast JObject x)');
    expect(expr('(A)!b')).toBe('(cast A (! b))');
    expect(expr('(A)~b')).toBe('(cast A (~ b))');
    expect(expr('(A)(b)')).toBe('(cast A (paren b))');
    expect(expr('(A)"s"')).toBe('(cast A "s")');
    expect(expr('(A)1')).toBe('(cast A 1)');
    expect(expr('(A)new B()')).toBe('(cast A (new B ()))');
    expect(expr('(A)this')).toBe('(cast A this)');
    expect(expr('(a)-b')).toBe('(- (paren a) b)');
    expect(expr('(a)+b')).toBe('(+ (paren a) b)');
    expect(expr('(a) is b')).toBe('(is (paren a) b)');
    expect(expr('(a) as B')).toBe('(as (paren a) B)');
    expect(expr('(a)')).toBe('(paren a)');
    expect(expr('(a.b)-c')).toBe('(- (paren (. a b)) c)');
    expect(expr('(A.B)c')).toBe('(cast A.B c)');
  });

  it('reads a generic, array, nullable or qualified type as a cast', () => {
    expect(expr('(List<string>)x')).toBe('(cast List<string> x)');
    expect(expr('(Dictionary<string, int>)x')).toBe('(cast Dictionary<string, int> x)');
    expect(expr('(JArray)((JObject)x)["a"]')).toBe('(cast JArray (index (paren (cast JObject x)) "a"))');
    expect(expr('(Newtonsoft.Json.Linq.JObject)x')).toBe('(cast Newtonsoft.Json.Linq.JObject x)');
    expect(expr('((JObject)x)["a"]')).toBe('(index (paren (cast JObject x)) "a")');
  });
});

describe('type arguments versus less-than (C# spec 6.2.5)', () => {
  it('keeps <...> as type arguments when the next token is ( ) ] } : ; , . ? == != | ^ && || & [', () => {
    expect(expr('F<A>(x)')).toBe('(call F<A> x)');
    expect(expr('x.As<JObject>(preserveContent: true)')).toBe(
      '(call (. x As<JObject>) preserveContent: true)',
    );
    expect(expr('x.GetValueOrDefault<string>("a", "")')).toBe(
      '(call (. x GetValueOrDefault<string>) "a" "")',
    );
    expect(expr('F(G<A, B>(7))')).toBe('(call F (call G<A, B> 7))');
    expect(expr('F<A>.B')).toBe('(. F<A> B)');
    expect(expr('F<A> == b')).toBe('(== F<A> b)');
    expect(expr('f(F<A>, b)')).toBe('(call f F<A> b)');
    expect(expr('x.Value<int>() > 1')).toBe('(> (call (. x Value<int>)) 1)');
  });

  it('reads comparisons when something else follows', () => {
    expect(expr('F(G < A, B > 7)')).toBe('(call F (< G A) (> B 7))');
    expect(expr('a < b > c')).toBe('(> (< a b) c)');
    expect(expr('a < b')).toBe('(< a b)');
    expect(expr('i < n && j > m')).toBe('(&& (< i n) (> j m))');
    expect(expr('a < b && c > (d)')).toBe('(&& (< a b) (> c (paren d)))');
  });

  it('reads keyword and nested type arguments as type arguments whatever follows', () => {
    expect(expr('x.Value<int>() + 1')).toBe('(+ (call (. x Value<int>)) 1)');
    expect(expr('F<List<int>>(x)')).toBe('(call F<List<int>> x)');
    expect(expr('F<Dictionary<string, List<int>>>(x)')).toBe('(call F<Dictionary<string, List<int>>> x)');
    expect(expr('F<int[]>(x)')).toBe('(call F<int[]> x)');
    expect(expr('F<int?>(x)')).toBe('(call F<int?> x)');
  });

  it('joins adjacent > tokens into shift operators but not across spaces', () => {
    expect(expr('a >> 2')).toBe('(>> a 2)');
    expect(expr('a >>> 2')).toBe('(>>> a 2)');
    expect(expr('a >>= 2')).toBe('(>>= a 2)');
    expect(expr('a >>>= 2')).toBe('(>>>= a 2)');
    expect(expr('a >= 2')).toBe('(>= a 2)');
    expect(expr('F<List<int>>(x) >> 1')).toBe('(>> (call F<List<int>> x) 1)');
  });
});

describe('lambdas versus parenthesized expressions and tuples', () => {
  it('finds lambdas by the => after their parameters', () => {
    expect(expr('x => 1')).toBe('(lambda (x) 1)');
    expect(expr('(x) => 1')).toBe('(lambda (x) 1)');
    expect(expr('(x, y) => x + y')).toBe('(lambda (x, y) (+ x y))');
    expect(expr('() => 1')).toBe('(lambda () 1)');
    expect(expr('(string s) => s.Length')).toBe('(lambda (string s) (. s Length))');
    expect(expr('(int a, int b) => a * b')).toBe('(lambda (int a, int b) (* a b))');
    expect(expr('(ref int a) => a')).toBe('(lambda (ref int a) a)');
    expect(expr('x => { return x; }')).toBe('(lambda (x) (block (return x)))');
    expect(expr('async x => x')).toBe('(lambda async (x) x)');
    expect(expr('static (x) => x')).toBe('(lambda static (x) x)');
    expect(expr('async => async')).toBe('(lambda (async) async)');
  });

  it('reads tuples and parentheses without =>', () => {
    expect(expr('(x, y)')).toBe('(tuple x y)');
    expect(expr('(a: 1, b: 2)')).toBe('(tuple a: 1 b: 2)');
    expect(expr('(x)')).toBe('(paren x)');
    expect(expr('((x))')).toBe('(paren (paren x))');
  });
});

describe('declarations versus expression statements', () => {
  it('reads a type followed by a name as a declaration', () => {
    expect(block('var x = 1;')).toBe('(local var (= x 1))');
    expect(block('int x;')).toBe('(local int x)');
    expect(block('string a = "", b;')).toBe('(local string (= a "") b)');
    expect(block('List<int> xs = new List<int>();')).toBe('(local List<int> (= xs (new List<int> ())))');
    expect(block('Dictionary<string, int> d = null;')).toBe('(local Dictionary<string, int> (= d null))');
    expect(block("string[] parts = s.Split(',');")).toBe("(local string[] (= parts (call (. s Split) ',')))");
    expect(block('int? n = null;')).toBe('(local int? (= n null))');
    expect(block('System.Text.StringBuilder sb = null;')).toBe(
      '(local System.Text.StringBuilder (= sb null))',
    );
    expect(block('a b;')).toBe('(local a b)');
    expect(block('A<B> c;')).toBe('(local A<B> c)');
  });

  it('reads everything else as an expression statement', () => {
    expect(block('x = 1;')).toBe('(expr (= x 1))');
    expect(block('x.y = 1;')).toBe('(expr (= (. x y) 1))');
    expect(block('f(x);')).toBe('(expr (call f x))');
    expect(block('x++;')).toBe('(expr (post++ x))');
    expect(block('a < b;')).toBe('(expr (< a b))');
    expect(block('string.Join(",", xs);')).toBe('(expr (call (. string Join) "," xs))');
    expect(block('var (a, b) = t;')).toBe('(expr (= (decl var (a, b)) t))');
    expect(block('(var a, var b) = t;')).toBe('(expr (= (tuple (decl var a) (decl var b)) t))');
    expect(block('(int a, string b) = t;')).toBe('(expr (= (tuple (decl int a) (decl string b)) t))');
  });

  it('finds local functions by the parenthesis after their name', () => {
    expect(block('int Twice(int x) => x * 2;')).toBe('(function int Twice (int x) (* x 2))');
    expect(block('static string F() { return ""; }')).toBe(
      '(function static string F () (block (return "")))',
    );
    expect(block('T Id<T>(T x) => x;')).toBe('(function T Id <T> (T x) x)');
    expect(block('F(x);')).toBe('(expr (call F x))');
  });

  it('reads identifier: as a label', () => {
    expect(block('done: return 1;')).toBe('(label done (return 1))');
  });
});

describe('nullable types versus the conditional operator', () => {
  it('reads T? after is/as as nullable only when no expression follows', () => {
    expect(expr('x is int ? 1 : 2')).toBe('(?: (is x (type int)) 1 2)');
    expect(expr('x as string ?? "d"')).toBe('(?? (as x string) "d")');
    expect(expr('x as int? ?? 0')).toBe('(?? (as x int?) 0)');
    expect(expr('(x as int?) == null')).toBe('(== (paren (as x int?)) null)');
  });

  it('reads ?. before a digit as a conditional', () => {
    expect(expr('a?.5:1')).toBe('(?: a .5 1)');
    expect(expr('a?.b')).toBe('(chain (?. a b))');
  });
});

describe('out variables and declaration expressions', () => {
  it('declares variables in out arguments', () => {
    expect(expr('int.TryParse(s, out var n)')).toBe('(call (. int TryParse) s out (decl var n))');
    expect(expr('int.TryParse(s, out int n)')).toBe('(call (. int TryParse) s out (decl int n))');
    expect(expr('d.TryGetValue(k, out var _)')).toBe('(call (. d TryGetValue) k out (decl var _))');
    expect(expr('d.TryGetValue(k, out _)')).toBe('(call (. d TryGetValue) k out _)');
    expect(expr('d.TryGetValue(k, out value)')).toBe('(call (. d TryGetValue) k out value)');
    expect(expr('F(ref x, in y)')).toBe('(call F ref x in y)');
  });
});
