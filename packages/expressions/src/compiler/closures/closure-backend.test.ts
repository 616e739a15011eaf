import { describe, expect, it } from 'vitest';
import { BudgetExceeded, DotnetException } from '../../runtime/exceptions.js';
import { toDotnetString } from '../../runtime/text/to-string.js';
import { compileExpression } from '../compile.js';

/** What evaluating an expression gave: its value as .NET prints it, or what it threw. */
type Outcome =
  | { readonly kind: 'value'; readonly text: string; readonly type: string }
  | {
      readonly kind: 'throws';
      readonly name: string;
      readonly type: string | null;
      readonly message: string;
    };

function outcomeOf(run: () => unknown): Outcome {
  try {
    const value = run();
    return {
      kind: 'value',
      text: toDotnetString(value),
      type:
        value === null
          ? 'null'
          : typeof value === 'object'
            ? (value.constructor?.name ?? 'object')
            : typeof value,
    };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    return {
      kind: 'throws',
      name: error.name,
      type:
        error instanceof DotnetException
          ? error.type
          : error instanceof BudgetExceeded
            ? 'BudgetExceeded'
            : null,
      message: error.message,
    };
  }
}

function run(source: string, backend: 'codegen' | 'closures', budget?: number): Outcome {
  const compiled = compileExpression(source, { backend });
  return outcomeOf(() => (budget === undefined ? compiled.evaluate({}) : compiled.evaluate({}, { budget })));
}

/** Expressions covering every bound node kind and statement; both backends must agree. */
const cases: readonly string[] = [
  // Literals, arithmetic, checked/unchecked overflow.
  '@(1 + 2 * 3)',
  '@{ int x = int.MaxValue; return x + 1; }',
  '@(unchecked(int.MaxValue + 1))',
  '@{ int x = int.MaxValue; return checked(x + 1); }',
  '@{ int x = int.MaxValue; return checked(x * 2); }',
  '@{ long x = long.MaxValue; return checked(x * 2); }',
  '@{ long x = long.MinValue; return x / -1; }',
  '@{ long x = long.MaxValue; return x + 1L; }',
  '@{ ulong u = 0; return u - 1UL; }',
  '@(7 / 2 + 7 % 3 - (-7) / 2)',
  '@{ int z = 0; return 1 / z; }',
  '@{ decimal z = 0; return 1m / z; }',
  '@{ int z = 0; return 5 % z; }',
  '@(1.0 / 0)',
  '@(10L << 3 >> 1)',
  '@{ uint a = 5; return a - 6u; }',
  '@{ uint a = 5; return a >> 1 | 2u; }',
  '@(~5 ^ 3 | 8 & 12)',
  '@(1.5m * 3 + 0.25m / 2 - 1m % 0.3m)',
  '@(-(1.5m) < 2m)',
  '@(0.1 + 0.2)',
  '@(3.5f * 2f)',
  "@('a' + 1)",
  '@{ int m = int.MinValue; return -m; }',
  '@{ int m = int.MinValue; return checked(-m); }',
  '@{ long m = 5; return -m + ~m; }',
  '@{ double d = 2; float f = 1.5f; return -d * f; }',
  // Nullable lifting.
  '@{ int? a = null; int? b = 3; return (a + b).HasValue; }',
  '@{ int? a = 2; int? b = 3; return a * b; }',
  '@{ int? a = null; return a == null && !(a < 3) && a != 4; }',
  '@{ int? a = null; return -a ?? 9; }',
  '@{ int? a = null; return a.Value; }',
  '@{ int? a = 5; int b = (int)a; return b; }',
  // Strings, concatenation, interpolation.
  '@("a" + 1 + 2.5 + true + null + \'c\')',
  '@($"x={1 + 1,5}|{3.14159:F2}|{"s",-3}|")',
  '@($"{DateTime.MinValue:yyyy}")',
  '@("abc".Length + "abc".ToUpper() + "abc"[1])',
  '@("a,b,c".Split(\',\')[2])',
  '@(string.Join("-", new[] { 1, 2, 3 }))',
  // Conversions, casts, boxing, unboxing, as, is.
  '@((int)3.9 + (int)-3.9)',
  '@((byte)300)',
  '@{ int v = 300; return checked((byte)v); }',
  '@{ double v = 1e20; return (long)v; }',
  '@{ double v = 1e20; return checked((int)v); }',
  '@{ int v = -1; return (uint)v; }',
  '@((long)int.MaxValue * 2)',
  '@{ object o = 5; return (int)o + 1; }',
  '@{ object o = 5; return (long)o; }',
  '@{ object o = "s"; return (string)o; }',
  '@{ object o = 5; return (string)o; }',
  '@{ object o = "s"; return o as string; }',
  '@{ object o = 5; return (o as string) == null; }',
  '@{ object o = 5; return o is int; }',
  '@{ object o = 5; return o is int n ? n * 2 : -1; }',
  '@{ object o = 5; return o is 5; }',
  '@{ object o = null; return o is null; }',
  '@{ object o = 4.5; return o is double d && d > 4; }',
  '@{ object o = 3; return o as int?; }',
  '@((double)1 / 3)',
  '@((decimal)1 / 3)',
  // Conditional access and coalesce.
  '@{ string s = null; return s?.Length; }',
  '@{ string s = "abc"; return s?.Length ?? -1; }',
  '@{ string s = null; return s?.ToUpper() ?? "none"; }',
  '@{ string s = null; return s.Length; }',
  '@{ int[] a = null; return a?[0]; }',
  '@{ int? n = null; return n ?? 7; }',
  // Conditionals, logical operators.
  '@(1 < 2 ? "yes" : "no")',
  '@(true && false || !false)',
  '@{ int x = 0; bool r = false && (++x > 0); return x; }',
  // Collections, object and collection initializers, indexers, arrays, anonymous types.
  '@{ var l = new List<int> { 1, 2, 3 }; l.Add(4); return l.Count + l[3]; }',
  '@{ var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }; d["c"] = 3; return d["a"] + d["c"]; }',
  '@{ var d = new Dictionary<string, int>(); d["a"] = 1; d["a"] += 5; return d["a"]; }',
  '@{ var d = new Dictionary<string, int>(); return d["missing"]; }',
  '@{ var a = new int[3]; a[1] = 5; a[1]++; return a[1] + a.Length; }',
  '@{ var a = new int[3]; return a[3]; }',
  '@{ var a = new[] { "x", "y" }; a[0] += "z"; return a[0]; }',
  '@{ var p = new { Name = "n", Age = 3 }; return p.Name + p.Age + p; }',
  // Lambdas, LINQ.
  '@(new[] { 1, 2, 3, 4 }.Where(x => x % 2 == 0).Select(x => x * 10).Sum())',
  '@(string.Join(",", new List<string> { "b", "a", "c" }.OrderBy(s => s)))',
  '@{ Func<int, int> sq = x => x * x; return sq(7); }',
  '@{ Func<int, int, int> add = (a, b) => a + b; return add(2, 3); }',
  '@{ Func<int, int> f = null; return f(1); }',
  '@{ int k = 10; Func<int, int> f = x => x + k; k = 20; return f(1); }',
  '@{ var fs = new List<Func<int>>(); foreach (var i in new[] { 1, 2, 3 }) fs.Add(() => i); return fs[0]() + fs[1]() * 10 + fs[2]() * 100; }',
  '@{ var fs = new List<Func<int>>(); for (int i = 0; i < 3; i++) fs.Add(() => i); return fs[0]() + fs[1]() * 10; }',
  '@{ var fs = new List<Func<int>>(); for (int i = 0; i < 3; i++) { int j = i; fs.Add(() => j); } return fs[0]() + fs[1]() * 10 + fs[2]() * 100; }',
  '@{ int count = 0; Action inc = () => count++; inc(); inc(); return count; }',
  '@{ Func<int, Func<int, int>> adder = a => b => a + b; return adder(3)(4); }',
  // Local functions.
  '@{ int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1); return Fact(10); }',
  '@{ return Twice(21); int Twice(int x) { return x * 2; } }',
  '@{ int total = 0; void Add(int x) { total += x; } Add(3); Add(4); return total; }',
  '@{ int y = 1; int Get() => y; y = 5; return Get(); }',
  '@{ var fs = new List<Func<int>>(); foreach (var i in new[] { 1, 2, 3 }) { int F() => i * 2; fs.Add(() => F()); } return fs[0]() + fs[2](); }',
  '@{ int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(500); }',
  '@{ int Even(int n) => n == 0 ? 1 : Odd(n - 1); int Odd(int n) => n == 0 ? 0 : Even(n - 1); return Even(10); }',
  '@{ Func<int, int> f = null; f = n => n <= 0 ? 0 : n + f(n - 1); return f(10); }',
  '@{ int a = 1; Func<int> g = () => { int b = a + 1; int H() => a + b; return H(); }; a = 10; return g(); }',
  // out and ref.
  '@{ int.TryParse("5", out var n); return n; }',
  '@{ if (!int.TryParse("7", out var n)) return -1; return n; }',
  '@{ int n = 0; void Set(int v) { int.TryParse("9", out n); } Set(1); return n; }',
  '@{ var fs = new List<Func<int>>(); foreach (var t in new[] { "1", "2" }) { int m; int.TryParse(t, out m); fs.Add(() => m); } return fs[0]() * 10 + fs[1](); }',
  '@{ int n; var ok = int.TryParse("x", out n); return ok + ":" + n; }',
  '@{ return int.TryParse("12", out var n) ? n * 2 : -1; }',
  '@{ var d = new Dictionary<string, int> { ["a"] = 1 }; return d.TryGetValue("a", out var v) ? v : 0; }',
  // Statements: if, loops, break, continue.
  '@{ int s = 0; for (int i = 0; i < 10; i++) { if (i == 7) break; if (i % 2 == 0) continue; s += i; } return s; }',
  '@{ int s = 0, i = 0; while (i < 5) { i++; if (i == 2) continue; s += i; } return s; }',
  '@{ int i = 0; do { i += 3; } while (i < 10); return i; }',
  '@{ int s = 0; foreach (var c in "abc") s += c; return s; }',
  '@{ var s = ""; foreach (var x in new List<string> { "a", "b" }) s += x; return s; }',
  '@{ int s = 0; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) { if (j == 1) break; s += 10 * i + j; } return s; }',
  '@{ int s = 0; foreach (var x in new[] { 1, 2, 3, 4 }) { if (x == 3) return s; s += x; } return -1; }',
  '@{ int[] a = null; foreach (var x in a) { } return 1; }',
  '@{ var s = ""; foreach (var kv in new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }) s += kv.Key + kv.Value; return s; }',
  '@{ var s = 0; foreach (var x in new HashSet<int> { 1, 2, 2, 3 }) { if (x == 3) break; s += x; } return s; }',
  '@{ var s = ""; foreach (var x in new[] { 3, 1, 2 }.OrderBy(v => v)) s += x; return s; }',
  // Budget.
  '@{ while (true) { } }',
  '@{ for (;;) { } }',
  // try/catch/finally, filters, throw, rethrow.
  '@{ try { int.Parse("x"); return "no"; } catch (Exception e) { return e.ToString(); } }',
  '@{ var log = ""; try { try { int.Parse("x"); } finally { log += "f"; } } catch (Exception e) { log += "c" + e.Message; } return log; }',
  '@{ try { int z = 0; return 1 / z; } catch (Exception) { return -1; } }',
  '@{ try { int z = 0; return 1 / z; } catch (Exception e) when (e.Message == "b") { return 1; } catch (Exception e) when (e.Message.Length > 3) { return 2; } }',
  '@{ try { int z = 0; return 1 / z; } catch (Exception e) when (e.Message == "b") { return 1; } }',
  '@{ try { try { int.Parse("x"); } catch (Exception) { throw; } return ""; } catch (Exception e) { return "outer " + e.Message; } }',
  '@{ try { try { int.Parse("x"); } catch (Exception e) { throw e; } return ""; } catch (Exception e) { return "outer " + e.Message; } }',
  '@{ int r = 0; try { return r; } finally { r = 5; } }',
  '@{ int r = 0; try { r = 1; } finally { r += 10; } return r; }',
  '@{ int s = 0; for (int i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) break; s += 1; } finally { s += 10; } } return s; }',
  '@{ try { while (true) { } } catch (Exception) { return 1; } }',
  '@{ try { string s = null; return s.Length; } catch (Exception e) { return e.Message.Length; } }',
  '@{ Exception x = null; throw x; }',
  '@{ var fs = new List<Func<string>>(); foreach (var t in new[] { "a", "1" }) { try { int.Parse(t); } catch (Exception e) { fs.Add(() => e.Message); } } return fs.Count; }',
  '@(true ? 1 : throw null)',
  '@{ string s = null; return s ?? throw null; }',
  // switch, goto case, default anywhere.
  '@{ switch (3) { case 1: return "one"; case 3: return "three"; default: return "other"; } }',
  '@{ switch (9) { default: return "other"; case 1: return "one"; } }',
  '@{ string r = ""; switch ("b") { case "a": r = "A"; break; case "b": case "c": r = "BC"; break; } return r; }',
  '@{ int s = 0; switch (1) { case 1: s += 1; goto case 2; case 2: s += 10; goto default; default: s += 100; break; } return s; }',
  '@{ object o = 2.5; switch (o) { case int i: return "int " + i; case double d when d > 2: return "big " + d; default: return "?"; } }',
  '@{ int s = 0; for (int i = 0; i < 5; i++) { switch (i) { case 2: continue; case 4: break; default: s += i; break; } } return s; }',
  '@{ int s = 0; switch (5) { case 1: s = 1; break; } return s; }',
  '@{ int s = 0; switch (2) { case 1: s = 1; goto case 3; case 2: s = 2; goto case 1; case 3: s += 30; break; } return s; }',
  '@{ switch ((object)null) { case string t: return t; case null: return "null"; } return "none"; }',
  '@{ long v = 3; switch (v) { case 1: return "a"; case 3: return "c"; } return "?"; }',
  // using.
  '@{ int r = 0; using (var h = System.Security.Cryptography.SHA256.Create()) { r = h.ComputeHash(new byte[] { 1 }).Length; } return r; }',
  '@{ var h = System.Security.Cryptography.MD5.Create(); using (h) { } return h.HashSize; }',
  '@{ using (var h = System.Security.Cryptography.MD5.Create()) { return h.HashSize; } }',
  // Compound assignment, increments.
  '@{ int x = 5; x += 3; x *= 2; x -= 1; x /= 3; x %= 4; x <<= 2; return x; }',
  '@{ int x = 1; int y = x++ + ++x; return x * 100 + y; }',
  '@{ string s = null; s += "a"; s += 1; return s; }',
  '@{ long l = long.MaxValue; l++; return l; }',
  '@{ int x = int.MaxValue; checked { x++; } return x; }',
  '@{ int? n = null; n += 1; return n.HasValue; }',
  // Members: static, DateTime, enums, Guid, default.
  '@(DateTime.MinValue.AddDays(1).Day)',
  '@(default(DateTime))',
  '@(default(int?))',
  '@(TimeSpan.FromMinutes(90).TotalHours)',
  '@((new DateTime(2020, 1, 2) - new DateTime(2020, 1, 1)).TotalDays)',
  '@(DateTimeKind.Utc)',
  '@(Math.Max(3, 7) + Math.Abs(-2))',
  '@(Guid.Empty)',
  // Assignment targets and their order.
  '@{ var d = new Dictionary<string, int>(); int n = 0; d["a"] = n = 4; return d["a"] + n; }',
  '@{ var l = new List<int>(); l.Capacity = 20; l.Capacity += 5; return l.Capacity; }',
  '@{ int[] a = null; a[0] = 1; return 0; }',
  '@{ var a = new int[1]; int i = 0; a[i++] += 5; return a[0] * 10 + i; }',
  // More closures.
  '@{ var fs = new List<Func<int>>(); foreach (var i in new[] { 1, 2, 3 }) { Func<int> Make() => () => i; fs.Add(Make()); } return fs[0]() * 100 + fs[1]() * 10 + fs[2](); }',
  '@{ var fs = new List<Func<int>>(); int k = 0; while (k < 3) { int c = k * 2; fs.Add(() => c + k); k++; } return fs[0]() * 100 + fs[1]() * 10 + fs[2](); }',
  '@{ var words = new[] { "a", "bb", "ccc" }; return string.Join(",", words.Select(w => { int n = 0; foreach (var ch in w) n++; return n; })); }',
  '@{ int x = 1; Func<int> f = () => x *= 3; f(); f(); return x; }',
  '@{ string s = "abc"; return s?.Select(ch => (int)ch).Sum(); }',
  '@{ var l = new List<int> { 3, 1, 2 }; l.Sort(); return l.Select((v, i) => v * i).Sum(); }',
  // Context.
  '@(context == null)',
];

describe('closure backend (differential against code generation)', () => {
  for (const source of cases) {
    it(source, () => {
      let expected: Outcome;
      try {
        expected = run(source, 'codegen');
      } catch (error) {
        if (error instanceof Error && error.name === 'ExpressionCompileError') return;
        throw error;
      }
      expect(run(source, 'closures')).toEqual(expected);
    });
  }

  it('exhausts the budget as generated code does', () => {
    const recursive = '@{ int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(100); }';
    expect(run(recursive, 'closures', 50)).toEqual(run(recursive, 'codegen', 50));
    expect(run(recursive, 'closures', 50)).toMatchObject({ kind: 'throws', type: 'BudgetExceeded' });
    expect(run(recursive, 'closures', 101)).toMatchObject({ kind: 'value', text: '100' });
    const source = '@{ int s = 0; for (int i = 0; i < 100; i++) s += i; return s; }';
    expect(run(source, 'closures', 50)).toEqual(run(source, 'codegen', 50));
    expect(run(source, 'closures', 50)).toMatchObject({ kind: 'throws', type: 'BudgetExceeded' });
  });

  /**
   * Cases whose C# value is known: both backends must give it. Variables without a declaration
   * statement (`out var`, pattern and catch variables) are new in each execution of their
   * scope; an exception thrown by a filter makes it false; assignments evaluate the receiver,
   * the indices, the value, then check the receiver for null; a call checks its receiver after
   * its arguments; a discard pattern evaluates its operand.
   */
  const csharp: readonly [string, string][] = [
    [
      '@{ var fs = new List<Func<int>>(); foreach (var t in new[] { "1", "2" }) { int.TryParse(t, out var m); fs.Add(() => m); } return fs[0]() * 10 + fs[1](); }',
      '12',
    ],
    [
      '@{ var fs = new List<Func<int>>(); foreach (object o in new object[] { 1, 2 }) { if (o is int n) fs.Add(() => n); } return fs[0]() * 10 + fs[1](); }',
      '12',
    ],
    [
      '@{ var fs = new List<Func<string>>(); foreach (var t in new[] { "a", "99999999999" }) { try { int.Parse(t); } catch (Exception e) { fs.Add(() => e.Message); } } return fs[0]() + "|" + fs[1](); }',
      'Input string was not in a correct format.|Value was either too large or too small for an Int32.',
    ],
    [
      '@{ try { int.Parse("x"); return 0; } catch (Exception e) when (int.Parse("y") > 0) { return 1; } catch (Exception) { return 2; } }',
      '2',
    ],
    [
      '@{ var log = new List<string>(); Dictionary<string, int> D() { log.Add("D"); return new Dictionary<string, int>(); } string K() { log.Add("K"); return "k"; } int V() { log.Add("V"); return 5; } D()[K()] = V(); return string.Join(",", log); }',
      'D,K,V',
    ],
    [
      '@{ var log = new List<string>(); List<int> L() { log.Add("L"); return new List<int>(); } int V() { log.Add("V"); return 5; } L().Capacity = V(); return string.Join(",", log); }',
      'L,V',
    ],
    [
      '@{ var log = new List<string>(); string K() { log.Add("K"); return "k"; } int V() { log.Add("V"); return 5; } var d = new Dictionary<string, int> { [K()] = V() }; return string.Join(",", log); }',
      'K,V',
    ],
    ['@{ List<int> l = null; int c = 0; try { l.Capacity = ++c; } catch (Exception) { } return c; }', '1'],
    [
      '@{ Dictionary<string, int> d = null; int c = 0; try { d[(++c).ToString()] = ++c; } catch (Exception) { } return c; }',
      '2',
    ],
    ['@{ int[] a = null; int c = 0; try { a[++c] = ++c; } catch (Exception) { } return c; }', '2'],
    ['@{ List<int> l = null; int c = 0; try { l.Add(++c); } catch (Exception) { } return c; }', '1'],
    ['@{ int c = 0; bool b = (++c) is var _; return c; }', '1'],
  ];
  for (const [source, expected] of csharp) {
    it(`C#: ${source}`, () => {
      const closures = run(source, 'closures');
      expect(closures).toEqual(run(source, 'codegen'));
      expect(closures).toMatchObject({ kind: 'value', text: expected });
    });
  }
});
