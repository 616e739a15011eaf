import type { ConformanceCase } from '../case.js';

/**
 * Conformance cases of the 'collections' area of the runtime library: arrays, `List<T>`,
 * `Dictionary<TKey, TValue>`, `HashSet<T>`, `Queue<T>`, `Stack<T>`, `KeyValuePair`, the
 * collection interfaces and LINQ. Expected values were printed by Mono (en-US, UTC); where
 * Mono's exception messages differ from .NET Framework's, the case follows .NET Framework's
 * reference source (and says so), or leaves the message out.
 */
export const cases: readonly ConformanceCase[] = [
  { expression: 'new[] { 1, 2, 3 }.Length', expect: '3' },
  { expression: 'new int[0].Length', expect: '0' },
  { expression: 'new string[] { "a", "b" }[1]', expect: 'b' },
  { expression: 'new[] { 1, 2, 3 }.LongLength', expect: '3' },
  { expression: 'new[] { 1, 2, 3 }.Rank', expect: '1' },
  { expression: 'new[] { 1, 2, 3 }.GetLength(0)', expect: '3' },
  { expression: 'new[] { 1, 2, 3 }.GetUpperBound(0)', expect: '2' },
  {
    expression: 'new[] { 1, 2, 3 }[3]',
    throws: 'System.IndexOutOfRangeException',
    message: 'Index was outside the bounds of the array.',
  },
  { expression: 'Array.IndexOf(new[] { "a", "b", "c" }, "b")', expect: '1' },
  { expression: 'Array.IndexOf(new[] { "a", "b", "c" }, "z")', expect: '-1' },
  { expression: 'Array.IndexOf(new[] { 1, 2, 1, 2 }, 2, 2)', expect: '3' },
  { expression: 'Array.LastIndexOf(new[] { 1, 2, 1, 2 }, 1)', expect: '2' },
  { expression: 'Array.Exists(new[] { 1, 2, 3 }, x => x > 2)', expect: 'True' },
  { expression: 'Array.TrueForAll(new[] { 1, 2, 3 }, x => x > 2)', expect: 'False' },
  { expression: 'Array.Find(new[] { 1, 2, 3 }, x => x > 1)', expect: '2' },
  { expression: 'Array.Find(new[] { 1, 2, 3 }, x => x > 5)', expect: '0' },
  { expression: 'Array.Find(new[] { "a", "b" }, x => x == "c") == null', expect: 'True' },
  { expression: 'Array.FindLast(new[] { 1, 2, 3 }, x => x > 1)', expect: '3' },
  { expression: 'string.Join(",", Array.FindAll(new[] { 1, 2, 3, 4 }, x => x % 2 == 0))', expect: '2,4' },
  { expression: 'Array.FindIndex(new[] { 1, 2, 3 }, x => x == 3)', expect: '2' },
  { expression: 'Array.FindLastIndex(new[] { 1, 2, 3 }, x => x < 0)', expect: '-1' },
  { expression: 'string.Join(",", Array.ConvertAll(new[] { 1, 2, 3 }, x => x * 10))', expect: '10,20,30' },
  { expression: 'Array.Empty<string>().Length', expect: '0' },
  { expression: 'Array.BinarySearch(new[] { 1, 3, 5, 7 }, 5)', expect: '2' },
  { expression: 'Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4)', expect: '-3' },
  {
    expression: '@{ var a = new[] { 3, 1, 2 }; Array.Sort(a); return string.Join(",", a); }',
    expect: '1,2,3',
  },
  {
    expression: '@{ var a = new[] { "b", "B", "a", "A" }; Array.Sort(a); return string.Join(",", a); }',
    expect: 'a,A,b,B',
  },
  {
    expression:
      '@{ var a = new[] { "b", "B", "a", "A" }; Array.Sort(a, StringComparer.Ordinal); return string.Join(",", a); }',
    expect: 'A,B,a,b',
  },
  {
    expression:
      '@{ var a = new[] { 3, 1, 2 }; Array.Sort(a, (x, y) => y.CompareTo(x)); return string.Join(",", a); }',
    expect: '3,2,1',
  },
  {
    expression: '@{ var a = new[] { 1, 2, 3 }; Array.Reverse(a); return string.Join(",", a); }',
    expect: '3,2,1',
  },
  {
    expression: '@{ var a = new[] { 1, 2, 3, 4 }; Array.Reverse(a, 1, 2); return string.Join(",", a); }',
    expect: '1,3,2,4',
  },
  {
    expression: '@{ var a = new[] { 1, 2 }; Array.Resize(ref a, 4); return string.Join(",", a); }',
    expect: '1,2,0,0',
  },
  {
    expression: '@{ var a = new[] { 1, 2, 3 }; Array.Clear(a, 0, 2); return string.Join(",", a); }',
    expect: '0,0,3',
  },
  {
    expression:
      '@{ var a = new[] { 1, 2, 3 }; var b = new int[5]; Array.Copy(a, 0, b, 2, 3); return string.Join(",", b); }',
    expect: '0,0,1,2,3',
  },
  {
    expression:
      '@{ var a = new[] { 1, 2, 3 }; var b = (int[])a.Clone(); b[0] = 9; return a[0] + "," + b[0]; }',
    expect: '1,9',
  },
  { expression: 'new[] { 1, 2, 3 }.GetValue(1)', expect: '2' },
  { expression: 'new int[] { 1 }.ToString()', expect: 'System.Int32[]' },
  { expression: 'new List<int>().ToString()', expect: 'System.Collections.Generic.List`1[System.Int32]' },
  { expression: 'new List<int> { 1, 2, 3 }.Count', expect: '3' },
  { expression: 'new List<string> { "a", "b" }[1]', expect: 'b' },
  {
    expression: 'new List<string> { "a", "b" }[2]',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index',
  },
  {
    expression: '@{ var l = new List<int> { 1, 2 }; l.Add(3); l.Insert(0, 0); return string.Join(",", l); }',
    expect: '0,1,2,3',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2 }; l.AddRange(new[] { 3, 4 }); l.InsertRange(1, new[] { 9 }); return string.Join(",", l); }',
    expect: '1,9,2,3,4',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2, 3, 2 }; return l.IndexOf(2) + "," + l.LastIndexOf(2) + "," + l.IndexOf(2, 2) + "," + l.IndexOf(7); }',
    expect: '1,3,3,-1',
  },
  {
    expression: '@{ var l = new List<string> { "a", "b" }; return l.Contains("b") + "," + l.Contains("B"); }',
    expect: 'True,False',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2, 3, 2 }; var r = l.Remove(2); return r + ":" + string.Join(",", l); }',
    expect: 'True:1,3,2',
  },
  {
    expression: '@{ var l = new List<int> { 1, 2, 3 }; l.RemoveAt(0); return string.Join(",", l); }',
    expect: '2,3',
  },
  {
    expression: '@{ var l = new List<int> { 1, 2, 3 }; l.RemoveAt(3); return string.Join(",", l); }',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2, 3, 4, 5 }; l.RemoveRange(1, 2); return string.Join(",", l); }',
    expect: '1,4,5',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2, 3, 4, 5 }; var n = l.RemoveAll(x => x % 2 == 1); return n + ":" + string.Join(",", l); }',
    expect: '3:2,4',
  },
  { expression: '@{ var l = new List<int> { 1, 2 }; l.Clear(); return l.Count; }', expect: '0' },
  { expression: 'new List<int> { 1, 2, 3 }.Exists(x => x == 2)', expect: 'True' },
  { expression: 'new List<int> { 1, 2, 3 }.TrueForAll(x => x > 0)', expect: 'True' },
  { expression: 'new List<int> { 1, 2, 3 }.Find(x => x > 1)', expect: '2' },
  { expression: 'new List<int> { 1, 2, 3 }.Find(x => x > 7)', expect: '0' },
  { expression: 'new List<int> { 1, 2, 3 }.FindLast(x => x > 1)', expect: '3' },
  { expression: 'new List<int> { 1, 2, 3 }.FindIndex(x => x > 1)', expect: '1' },
  { expression: 'new List<int> { 1, 2, 3 }.FindIndex(2, x => x > 1)', expect: '2' },
  { expression: 'new List<int> { 1, 2, 3 }.FindLastIndex(x => x > 1)', expect: '2' },
  { expression: 'string.Join(",", new List<int> { 1, 2, 3, 4 }.FindAll(x => x > 2))', expect: '3,4' },
  { expression: 'string.Join(",", new List<int> { 1, 2, 3, 4 }.GetRange(1, 2))', expect: '2,3' },
  {
    expression: 'new List<int> { 1, 2, 3, 4 }.GetRange(3, 2)',
    throws: 'System.ArgumentException',
    message:
      'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
  },
  { expression: 'string.Join(",", new List<int> { 1, 2 }.ConvertAll(x => "n" + x))', expect: 'n1,n2' },
  {
    expression: '@{ var l = new List<string> { "b", "a", "C" }; l.Sort(); return string.Join(",", l); }',
    expect: 'a,b,C',
  },
  {
    expression:
      '@{ var l = new List<int> { 2, 3, 1 }; l.Sort((a, b) => b - a); return string.Join(",", l); }',
    expect: '3,2,1',
  },
  {
    expression: '@{ var l = new List<int> { 1, 2, 3 }; l.Reverse(); return string.Join(",", l); }',
    expect: '3,2,1',
  },
  { expression: 'new List<int> { 1, 3, 5 }.BinarySearch(3)', expect: '1' },
  { expression: 'string.Join(",", new List<int> { 1, 2 }.ToArray())', expect: '1,2' },
  {
    expression: '@{ var l = new List<int> { 1, 2 }; var s = 0; l.ForEach(x => s += x); return s; }',
    expect: '3',
  },
  {
    expression:
      '@{ var l = new List<int> { 1, 2, 3 }; foreach (var x in l) { if (x == 2) l.Add(4); } return l.Count; }',
    throws: 'System.InvalidOperationException',
    message: 'Collection was modified; enumeration operation may not execute.',
  },
  { expression: 'new List<int>(new[] { 1, 2 }).Count', expect: '2' },
  { expression: 'new List<int>(10).Capacity', expect: '10' },
  {
    expression: 'new List<int>(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Non-negative number required.\r\nParameter name: capacity',
  },
  { expression: '@{ var l = new List<int>(); l.Add(1); return l.Capacity; }', expect: '4' },
  { expression: '@{ var l = new List<int> { 1, 2 }; l[0] = 5; return l[0]; }', expect: '5' },
  { expression: 'new Dictionary<string, int> { { "a", 1 } }["a"]', expect: '1' },
  {
    expression: 'new Dictionary<string, int> { { "a", 1 } }["b"]',
    throws: 'System.Collections.Generic.KeyNotFoundException',
    message: 'The given key was not present in the dictionary.',
    note: ".NET Framework's message; Mono and modern .NET name the key.",
  },
  {
    expression: 'new Dictionary<string, int>().ToString()',
    expect: 'System.Collections.Generic.Dictionary`2[System.String,System.Int32]',
  },
  {
    expression: '@{ var d = new Dictionary<string, int>(); d.Add("a", 1); d.Add("a", 2); return d.Count; }',
    throws: 'System.ArgumentException',
    message: 'An item with the same key has already been added.',
    note: ".NET Framework's message; Mono and modern .NET add the key.",
  },
  {
    expression: '@{ var d = new Dictionary<string, int>(); d["a"] = 1; d["a"] = 2; return d["a"]; }',
    expect: '2',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 }; return string.Join(";", d); }',
    expect: '[x, 1];[y, 2]',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 }; return string.Join(",", d.Keys) + "|" + string.Join(",", d.Values); }',
    expect: 'x,y|1,2',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }; d.Remove("b"); d["d"] = 4; return string.Join(",", d.Keys); }',
    expect: 'a,d,c',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1 }; int v; var ok = d.TryGetValue("a", out v); var ok2 = d.TryGetValue("z", out var w); return ok + "," + v + "," + ok2 + "," + w; }',
    expect: 'True,1,False,0',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1 }; return d.ContainsKey("a") + "," + d.ContainsKey("A") + "," + d.ContainsValue(1); }',
    expect: 'True,False,True',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1 }; return d.ContainsKey("A"); }',
    expect: 'True',
  },
  {
    expression: '@{ var d = new Dictionary<string, int>(); return d.ContainsKey(null); }',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: key',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1 }; return d.Remove("a") + "," + d.Remove("a") + "," + d.Count; }',
    expect: 'True,False,0',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }; foreach (var k in d.Keys) { d.Remove(k); } return d.Count; }',
    throws: 'System.InvalidOperationException',
    message: 'Collection was modified; enumeration operation may not execute.',
  },
  {
    expression:
      '@{ var d = new Dictionary<string, int> { ["a"] = 1 }; var c = new Dictionary<string, int>(d); c["b"] = 2; return d.Count + "," + c.Count; }',
    expect: '1,2',
  },
  { expression: 'new KeyValuePair<string, int>("a", 1).ToString()', expect: '[a, 1]' },
  { expression: 'new KeyValuePair<string, string>("a", null).ToString()', expect: '[a, ]' },
  { expression: 'new KeyValuePair<string, int>("a", 1).Key', expect: 'a' },
  { expression: 'new KeyValuePair<string, int>("a", 1).Value', expect: '1' },
  { expression: 'new Dictionary<int, string> { { 1, "x" } }.First().ToString()', expect: '[1, x]' },
  {
    expression: '@{ var s = new HashSet<int> { 1, 2 }; return s.Add(2) + "," + s.Add(3) + "," + s.Count; }',
    expect: 'False,True,3',
  },
  {
    expression:
      '@{ var s = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a" }; return s.Contains("A"); }',
    expect: 'True',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3 }; s.UnionWith(new[] { 3, 4 }); return string.Join(",", s); }',
    expect: '1,2,3,4',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3 }; s.IntersectWith(new[] { 3, 2, 9 }); return string.Join(",", s); }',
    expect: '2,3',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3 }; s.ExceptWith(new[] { 2 }); return string.Join(",", s); }',
    expect: '1,3',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3 }; s.SymmetricExceptWith(new[] { 3, 4 }); return string.Join(",", s); }',
    expect: '1,2,4',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2 }; return s.IsSubsetOf(new[] { 1, 2, 3 }) + "," + s.IsProperSubsetOf(new[] { 1, 2 }) + "," + s.IsSupersetOf(new[] { 1 }) + "," + s.Overlaps(new[] { 5, 2 }) + "," + s.SetEquals(new[] { 2, 1, 1 }); }',
    expect: 'True,False,True,True,True',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3, 4 }; var n = s.RemoveWhere(x => x > 2); return n + ":" + string.Join(",", s); }',
    expect: '2:1,2',
  },
  {
    expression:
      '@{ var s = new HashSet<int> { 1, 2, 3 }; s.Remove(2); s.Add(9); return string.Join(",", s); }',
    expect: '1,9,3',
  },
  { expression: 'new HashSet<int>(new[] { 1, 1, 2 }).Count', expect: '2' },
  {
    expression:
      '@{ var q = new Queue<int>(); q.Enqueue(1); q.Enqueue(2); var a = q.Dequeue(); return a + "," + q.Peek() + "," + q.Count; }',
    expect: '1,2,1',
  },
  {
    expression: 'new Queue<int>().Dequeue()',
    throws: 'System.InvalidOperationException',
    message: 'Queue empty.',
  },
  {
    expression: 'new Queue<int>().Peek()',
    throws: 'System.InvalidOperationException',
    message: 'Queue empty.',
  },
  {
    expression:
      '@{ var q = new Queue<int>(new[] { 1, 2, 3 }); q.Dequeue(); q.Enqueue(4); return string.Join(",", q) + "|" + string.Join(",", q.ToArray()) + "|" + q.Contains(1); }',
    expect: '2,3,4|2,3,4|False',
  },
  {
    expression:
      '@{ var s = new Stack<int>(); s.Push(1); s.Push(2); return s.Peek() + "," + s.Pop() + "," + s.Count; }',
    expect: '2,2,1',
  },
  {
    expression: 'new Stack<int>().Pop()',
    throws: 'System.InvalidOperationException',
    message: 'Stack empty.',
  },
  {
    expression:
      '@{ var s = new Stack<int>(new[] { 1, 2, 3 }); return string.Join(",", s) + "|" + string.Join(",", s.ToArray()) + "|" + s.Contains(3); }',
    expect: '3,2,1|3,2,1|True',
  },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 4 }.Where(x => x % 2 == 0))', expect: '2,4' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 4 }.Where((x, i) => i > 1))', expect: '3,4' },
  { expression: 'string.Join(",", new[] { 1, 2, 3 }.Select(x => x * x))', expect: '1,4,9' },
  { expression: 'string.Join(",", new[] { "a", "b" }.Select((x, i) => x + i))', expect: 'a0,b1' },
  { expression: 'string.Join(",", new[] { "a b", "c" }.SelectMany(x => x.Split(\' \')))', expect: 'a,b,c' },
  {
    expression:
      'string.Join(",", new[] { 1, 2 }.SelectMany(x => new[] { x, x * 10 }, (x, y) => x + ":" + y))',
    expect: '1:1,1:10,2:2,2:20',
  },
  { expression: 'new[] { 1, 2, 3 }.First()', expect: '1' },
  {
    expression: 'new int[0].First()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new[] { 1, 2, 3 }.First(x => x > 1)', expect: '2' },
  {
    expression: 'new[] { 1, 2, 3 }.First(x => x > 5)',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no matching element',
  },
  { expression: 'new int[0].FirstOrDefault()', expect: '0' },
  { expression: 'new string[0].FirstOrDefault() == null', expect: 'True' },
  { expression: 'new[] { 1, 2, 3 }.FirstOrDefault(x => x > 5)', expect: '0' },
  { expression: 'new List<int> { 1, 2, 3 }.Last()', expect: '3' },
  {
    expression: 'new List<int>().Last()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new[] { 1, 2, 3 }.Last(x => x < 3)', expect: '2' },
  { expression: 'new[] { 1, 2, 3 }.LastOrDefault(x => x > 3)', expect: '0' },
  { expression: 'new[] { 5 }.Single()', expect: '5' },
  {
    expression: 'new[] { 5, 6 }.Single()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains more than one element',
  },
  {
    expression: 'new int[0].Single()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new[] { 5, 6 }.Single(x => x > 5)', expect: '6' },
  {
    expression: 'new[] { 5, 6 }.Single(x => x > 4)',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains more than one matching element',
  },
  {
    expression: 'new[] { 5, 6 }.Single(x => x > 7)',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no matching element',
  },
  { expression: 'new int[0].SingleOrDefault()', expect: '0' },
  {
    expression: 'new[] { 5, 6 }.SingleOrDefault()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains more than one element',
  },
  { expression: 'new[] { 5, 6 }.SingleOrDefault(x => x > 7)', expect: '0' },
  {
    expression: 'new[] { 5, 6 }.Where(x => x > 0).Single()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains more than one element',
  },
  {
    expression: 'new[] { 5, 6 }.Where(x => x > 0).First(x => x > 9)',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no matching element',
  },
  { expression: 'new[] { 1, 2, 3 }.ElementAt(1)', expect: '2' },
  {
    expression: 'new[] { 1, 2, 3 }.ElementAt(3)',
    throws: 'System.ArgumentOutOfRangeException',
    note: "An array is an IList<T>: .NET Framework's SZArrayHelper indexer says 'Index was out of range...'; Mono words it differently.",
  },
  {
    expression: 'new[] { 1, 2, 3 }.Where(x => true).ElementAt(3)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: index',
  },
  { expression: 'new[] { 1, 2, 3 }.ElementAtOrDefault(-1)', expect: '0' },
  { expression: 'new[] { 1, 2, 3 }.Any()', expect: 'True' },
  { expression: 'new int[0].Any()', expect: 'False' },
  { expression: 'new[] { 1, 2, 3 }.Any(x => x > 2)', expect: 'True' },
  { expression: 'new[] { 1, 2, 3 }.All(x => x > 2)', expect: 'False' },
  { expression: 'new int[0].All(x => x > 2)', expect: 'True' },
  { expression: 'new[] { 1, 2, 3 }.Count()', expect: '3' },
  { expression: 'new[] { 1, 2, 3 }.Count(x => x > 1)', expect: '2' },
  { expression: 'new[] { 1, 2, 3 }.LongCount()', expect: '3' },
  { expression: '"hello".Count(c => c == \'l\')', expect: '2' },
  { expression: 'new[] { "a", "b" }.Contains("b")', expect: 'True' },
  { expression: 'new[] { "a", "b" }.Contains("B", StringComparer.OrdinalIgnoreCase)', expect: 'True' },
  {
    expression: 'new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a" }.Contains("A")',
    expect: 'True',
  },
  { expression: 'new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 })', expect: 'True' },
  { expression: 'new[] { 1, 2 }.SequenceEqual(new[] { 1, 2, 3 })', expect: 'False' },
  { expression: 'new[] { 1, 2, 3 }.Sum()', expect: '6' },
  {
    expression: 'new[] { 2147483647, 1 }.Sum()',
    throws: 'System.OverflowException',
    message: 'Arithmetic operation resulted in an overflow.',
  },
  { expression: 'new[] { 1L, 2L }.Sum()', expect: '3' },
  { expression: 'new[] { 1.5, 2.25 }.Sum()', expect: '3.75' },
  { expression: 'new[] { 1.1m, 2.2m }.Sum()', expect: '3.3' },
  { expression: 'new int?[] { 1, null, 3 }.Sum()', expect: '4' },
  { expression: 'new int?[] { null }.Sum()', expect: '0' },
  { expression: 'new[] { "a", "bb" }.Sum(s => s.Length)', expect: '3' },
  { expression: 'new[] { 1, 2, 3, 4 }.Average()', expect: '2.5' },
  {
    expression: 'new int[0].Average()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new int?[0].Average() == null', expect: 'True' },
  { expression: 'new[] { 1.5m, 2.5m, 3m }.Average()', expect: '2.3333333333333333333333333333' },
  { expression: 'new[] { 1L, 2L }.Average()', expect: '1.5' },
  { expression: 'new[] { "a", "bbb" }.Average(s => s.Length)', expect: '2' },
  { expression: 'new[] { 3, 1, 2 }.Min()', expect: '1' },
  { expression: 'new[] { 3, 1, 2 }.Max()', expect: '3' },
  {
    expression: 'new int[0].Max()',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new int?[0].Max() == null', expect: 'True' },
  { expression: 'new int?[] { null, 4, 2 }.Min()', expect: '2' },
  { expression: 'new[] { 1.0, double.NaN, 0.5 }.Min()', expect: 'NaN' },
  { expression: 'new[] { double.NaN, 1.0 }.Max()', expect: '1' },
  { expression: 'new[] { 2.5m, 1.5m }.Max()', expect: '2.5' },
  { expression: 'new[] { "b", "a", "c" }.Min()', expect: 'a' },
  { expression: 'new[] { "b", "a", "c" }.Max()', expect: 'c' },
  { expression: 'new string[0].Max() == null', expect: 'True' },
  { expression: 'new[] { "aa", "b" }.Max(s => s.Length)', expect: '2' },
  { expression: 'new[] { "aa", "b" }.Min(s => s)', expect: 'aa' },
  { expression: 'string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x))', expect: '1,2,3' },
  { expression: 'string.Join(",", new[] { 3, 1, 2 }.OrderByDescending(x => x))', expect: '3,2,1' },
  { expression: 'string.Join(",", new[] { "b", "B", "a", "A", "_" }.OrderBy(x => x))', expect: '_,a,A,b,B' },
  {
    expression: 'string.Join(",", new[] { "b", "B", "a", "A" }.OrderBy(x => x, StringComparer.Ordinal))',
    expect: 'A,B,a,b',
  },
  {
    expression: 'string.Join(",", new[] { "bb", "a", "cc", "b" }.OrderBy(x => x.Length).ThenBy(x => x))',
    expect: 'a,b,bb,cc',
  },
  {
    expression:
      'string.Join(",", new[] { "bb", "a", "cc", "b" }.OrderBy(x => x.Length).ThenByDescending(x => x))',
    expect: 'b,a,cc,bb',
  },
  {
    expression: 'string.Join(",", new[] { "b1", "a1", "b2", "a2" }.OrderBy(x => x[0]))',
    expect: 'a1,a2,b1,b2',
  },
  { expression: 'string.Join(",", new[] { 1, 2, 3 }.Reverse())', expect: '3,2,1' },
  {
    expression:
      'string.Join(";", new[] { "apple", "avocado", "banana" }.GroupBy(x => x[0]).Select(g => g.Key + ":" + g.Count()))',
    expect: 'a:2;b:1',
  },
  {
    expression:
      'string.Join(";", new[] { "apple", "avocado", "banana" }.GroupBy(x => x.Length, x => x.ToUpper()).Select(g => g.Key + "=" + string.Join(",", g)))',
    expect: '5=APPLE;7=AVOCADO;6=BANANA',
  },
  {
    expression: 'string.Join(";", new[] { 1, 2, 3, 4 }.GroupBy(x => x % 2, (k, xs) => k + ":" + xs.Sum()))',
    expect: '1:4;0:6',
  },
  { expression: 'new[] { "a", "b", "a" }.ToLookup(x => x)["a"].Count()', expect: '2' },
  { expression: 'new[] { "a", "b" }.ToLookup(x => x)["z"].Count()', expect: '0' },
  {
    expression: 'string.Join(",", new[] { "a", "bb" }.ToDictionary(x => x, x => x.Length))',
    expect: '[a, 1],[bb, 2]',
  },
  {
    expression: 'new[] { "a", "a" }.ToDictionary(x => x)',
    throws: 'System.ArgumentException',
    message: 'An item with the same key has already been added.',
    note: ".NET Framework's message; Mono and modern .NET add the key.",
  },
  {
    expression: 'new[] { "a", "B" }.ToDictionary(x => x, StringComparer.OrdinalIgnoreCase)["b"]',
    expect: 'B',
  },
  { expression: 'new[] { 3, 1 }.ToList()[1]', expect: '1' },
  {
    expression: 'new[] { 3, 1 }.ToList().ToString()',
    expect: 'System.Collections.Generic.List`1[System.Int32]',
  },
  { expression: 'new[] { 1, 2, 1 }.ToHashSet().Count', expect: '2' },
  { expression: 'new[] { 3, 1 }.Select(x => x).ToArray().Length', expect: '2' },
  { expression: 'string.Join(",", new[] { 1, 2, 1, 3, 2 }.Distinct())', expect: '1,2,3' },
  {
    expression: 'string.Join(",", new[] { "a", "A", "b" }.Distinct(StringComparer.OrdinalIgnoreCase))',
    expect: 'a,b',
  },
  { expression: 'string.Join(",", new[] { 1, 2 }.Union(new[] { 2, 3 }))', expect: '1,2,3' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 2 }.Intersect(new[] { 2, 3, 4 }))', expect: '2,3' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 1 }.Except(new[] { 2 }))', expect: '1,3' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 4, 5 }.Skip(2))', expect: '3,4,5' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 4, 5 }.Take(2))', expect: '1,2' },
  { expression: 'string.Join(",", new[] { 1, 2, 3 }.Take(-1))', expect: '' },
  { expression: 'string.Join(",", new[] { 1, 2, 3 }.Skip(5))', expect: '' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 1 }.TakeWhile(x => x < 3))', expect: '1,2' },
  { expression: 'string.Join(",", new[] { 1, 2, 3, 1 }.SkipWhile(x => x < 3))', expect: '3,1' },
  { expression: 'string.Join(",", new[] { 1, 2 }.Concat(new[] { 3 }))', expect: '1,2,3' },
  {
    expression: 'string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n))',
    expect: 'a1,b2',
  },
  { expression: 'string.Join(",", new int[0].DefaultIfEmpty())', expect: '0' },
  { expression: 'string.Join(",", new int[0].DefaultIfEmpty(7))', expect: '7' },
  { expression: 'string.Join(",", new[] { 1, 2 }.Append(3))', expect: '1,2,3' },
  { expression: 'string.Join(",", new[] { 1, 2 }.Prepend(0))', expect: '0,1,2' },
  { expression: 'new[] { 1, 2, 3 }.Aggregate((a, b) => a * b)', expect: '6' },
  {
    expression: 'new int[0].Aggregate((a, b) => a * b)',
    throws: 'System.InvalidOperationException',
    message: 'Sequence contains no elements',
  },
  { expression: 'new[] { "a", "b" }.Aggregate("x", (acc, s) => acc + s)', expect: 'xab' },
  { expression: 'new[] { 1, 2, 3 }.Aggregate(0, (acc, x) => acc + x, acc => acc * 10)', expect: '60' },
  { expression: 'string.Join(",", Enumerable.Range(1, 5))', expect: '1,2,3,4,5' },
  {
    expression: 'Enumerable.Range(1, -1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: count',
  },
  { expression: 'string.Join(",", Enumerable.Repeat("x", 3))', expect: 'x,x,x' },
  { expression: 'Enumerable.Empty<int>().Count()', expect: '0' },
  { expression: 'string.Join(",", new object[] { 1, "a", 2 }.OfType<int>())', expect: '1,2' },
  { expression: 'string.Join(",", new object[] { 1, 2 }.Cast<int>())', expect: '1,2' },
  {
    expression: 'new object[] { 1, "a" }.Cast<int>().Count()',
    throws: 'System.InvalidCastException',
    note: "Framework: \"Unable to cast object of type 'System.String' to type 'System.Int32'.\"; Mono says 'Specified cast is not valid.'",
  },
  { expression: 'new[] { "x" }.Where(x => x == null).FirstOrDefault() == null', expect: 'True' },
  {
    expression:
      '@{ var list = new List<int> { 1, 2, 3 }; var q = list.Where(x => x > 1); list.Add(4); return q.Count(); }',
    expect: '3',
  },
  {
    expression:
      '@{ var n = 0; var q = new[] { 1, 2, 3 }.Select(x => { n++; return x; }); var f = q.First(); return n; }',
    expect: '1',
  },
  {
    expression: '@{ var l = new List<int> { 1, 2, 3 }; return l.Any(x => { l.Add(1); return false; }); }',
    throws: 'System.InvalidOperationException',
    message: 'Collection was modified; enumeration operation may not execute.',
  },
  { expression: 'new[] { 1, 2 }.Select(x => x).Sum(x => x)', expect: '3' },
  {
    expression: '((IEnumerable<int>)null).Count()',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: source',
  },
  {
    expression: 'new[] { 1, 2 }.First(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: predicate',
  },
  {
    expression: '@{ IList<int> l = new[] { 1, 2 }; l.Add(3); return l.Count; }',
    throws: 'System.NotSupportedException',
    note: "Framework: 'Collection was of a fixed size.'; Mono words it differently.",
  },
  {
    expression: '@{ IList<int> l = new[] { 1, 2 }; return l[5]; }',
    throws: 'System.ArgumentOutOfRangeException',
    note: "Through IList<T>, an array throws ArgumentOutOfRangeException (not IndexOutOfRangeException); Framework's message is 'Index was out of range...', Mono's differs.",
  },
  {
    expression:
      '@{ ICollection<int> l = new List<int> { 1 }; l.Add(2); return l.Count + "," + l.IsReadOnly; }',
    expect: '2,False',
  },
  {
    expression:
      '@{ IReadOnlyDictionary<string, int> d = new Dictionary<string, int> { ["a"] = 1 }; return d["a"] + "," + d.Keys.First() + "," + d.ContainsKey("a"); }',
    expect: '1,a,True',
  },
  {
    expression:
      '@{ IDictionary<string, int> d = new Dictionary<string, int>(); d.Add("k", 2); return d["k"]; }',
    expect: '2',
  },
  {
    expression: '@{ ISet<int> s = new HashSet<int>(); return s.Add(1) + "," + s.Add(1); }',
    expect: 'True,False',
  },
];
