import type { ConformanceCase } from '../case.js';

// Conformance cases of the 'json' area of the runtime library: Newtonsoft.Json's LINQ to JSON
// (JToken, JObject, JArray, JProperty, JValue, JRaw, JSONPath) and JsonConvert. Expected values
// come from Mono with Newtonsoft.Json 6 in en-US and UTC; indented JSON ends its lines with CRLF
// as on Windows. Where Newtonsoft.Json 13 (what API Management runs) differs, the value is 13's
// and the note says so. JObject.ContainsKey is public only in later versions; it was checked
// through IDictionary<string, JToken>. Generated, then reviewed; keep one case a line.

/** Conformance cases of the 'json' area of the runtime library. */
export const cases: readonly ConformanceCase[] = [
  {
    expression: 'JObject.Parse("{\\"a\\":1,\\"b\\":[1,2],\\"c\\":{}}").ToString()',
    expect: '{\r\n  "a": 1,\r\n  "b": [\r\n    1,\r\n    2\r\n  ],\r\n  "c": {}\r\n}',
    type: 'System.String',
    note: 'indented JSON: two spaces, CRLF line ends as on Windows',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1,\\"b\\":[1,2],\\"c\\":{}}").ToString(Formatting.None)',
    expect: '{"a":1,"b":[1,2],"c":{}}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":{\\"b\\":[]}}").ToString()',
    expect: '{\r\n  "a": {\r\n    "b": []\r\n  }\r\n}',
    type: 'System.String',
  },
  {
    expression: 'JToken.Parse("[1,\\"x\\",null,true,1.5]").ToString(Formatting.None)',
    expect: '[1,"x",null,true,1.5]',
    type: 'System.String',
  },
  { expression: 'JArray.Parse("[ ]").ToString()', expect: '[]', type: 'System.String' },
  { expression: 'JObject.Parse("{ }").ToString()', expect: '{}', type: 'System.String' },
  {
    expression: 'JObject.Parse(" {\\"a\\" : 1 } ").ToString(Formatting.None)',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: "JObject.Parse(\"{\\'a\\':\\'x\\'}\").ToString(Formatting.None)",
    expect: '{"a":"x"}',
    type: 'System.String',
    note: 'single quotes are accepted',
  },
  {
    expression: 'JObject.Parse("{a:1}").ToString(Formatting.None)',
    expect: '{"a":1}',
    type: 'System.String',
    note: 'unquoted property names are accepted',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1,\\"a\\":2}").ToString(Formatting.None)',
    expect: '{"a":2}',
    type: 'System.String',
    note: 'a repeated name replaces the value',
  },
  {
    expression: 'JToken.Parse("\\"x\\"").ToString()',
    expect: 'x',
    type: 'System.String',
    note: 'a string value prints its text',
  },
  { expression: 'JToken.Parse("\\"x\\"").ToString(Formatting.None)', expect: '"x"', type: 'System.String' },
  { expression: 'JToken.Parse("null").ToString()', expect: '', type: 'System.String' },
  { expression: 'JToken.Parse("null").ToString(Formatting.None)', expect: 'null', type: 'System.String' },
  { expression: 'JToken.Parse("true").ToString()', expect: 'True', type: 'System.String' },
  { expression: 'JToken.Parse("1.0").ToString()', expect: '1', type: 'System.String' },
  { expression: 'JToken.Parse("1.0").ToString(Formatting.None)', expect: '1.0', type: 'System.String' },
  { expression: 'JToken.Parse("1e2").ToString(Formatting.None)', expect: '100.0', type: 'System.String' },
  { expression: 'JToken.Parse("0.1").ToString(Formatting.None)', expect: '0.1', type: 'System.String' },
  { expression: 'JToken.Parse("-5").ToString(Formatting.None)', expect: '-5', type: 'System.String' },
  {
    expression: 'JToken.Parse("12345678901234567890").ToString(Formatting.None)',
    expect: '12345678901234567890',
    type: 'System.String',
    note: 'beyond long: a BigInteger',
  },
  { expression: 'JToken.Parse("1.5").ToString()', expect: '1.5', type: 'System.String' },
  {
    expression: 'JToken.Parse("\\"a\\\\u00e9\\\\n\\\\\\"<\\"").ToString(Formatting.None)',
    expect: '"aé\\n\\"<"',
    type: 'System.String',
    note: 'only control characters, quotes and backslashes are escaped',
  },
  {
    expression: 'JToken.Parse("\\"\\\\u0001\\"").ToString(Formatting.None)',
    expect: '"\\u0001"',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00Z\\"}")["d"].Type',
    expect: 'Date',
    type: 'Newtonsoft.Json.Linq.JTokenType',
    note: 'ISO dates become dates (DateParseHandling.DateTime)',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00Z\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T10:30:00Z"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00.1230000Z\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T10:30:00.123Z"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T10:30:00"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00+02:00\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T08:30:00+00:00"}',
    type: 'System.String',
    note: 'an offset becomes local time (the gateway runs in UTC)',
  },
  {
    expression: '(string)JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00Z\\"}")["d"]',
    expect: '01/15/2024 10:30:00',
    type: 'System.String',
    note: 'a date converts to a string with the invariant culture',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00Z\\"}")["d"].ToString()',
    expect: '1/15/2024 10:30:00 AM',
    type: 'System.String',
    note: 'ToString of a date value uses the current culture',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15\\"}")["d"].Type',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
    note: 'a date without time stays a string',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}")["a"].Type',
    expect: 'Integer',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1.5}")["a"].Type',
    expect: 'Float',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  { expression: 'JToken.Parse("[]").Type', expect: 'Array', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'JToken.Parse("{}").Type', expect: 'Object', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'JToken.Parse("\\"x\\"").Type', expect: 'String', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'JToken.Parse("null").Type', expect: 'Null', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'JToken.Parse("true").Type', expect: 'Boolean', type: 'Newtonsoft.Json.Linq.JTokenType' },
  {
    expression: 'JObject.Parse("[1]")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: StartArray. Path '', line 1, position 1.",
  },
  {
    expression: 'JArray.Parse("{}")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: StartObject. Path '', line 1, position 1.",
  },
  {
    expression: 'JObject.Parse("{\\"a\\":}")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Unexpected character encountered while parsing value: }. Path 'a', line 1, position 5.",
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Unexpected end of content while loading JObject. Path 'a', line 1, position 6.",
  },
  {
    expression: 'JObject.Parse("")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Error reading JObject from JsonReader. Path '', line 0, position 0.",
  },
  {
    expression: 'JToken.Parse("")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Error reading JToken from JsonReader. Path '', line 0, position 0.",
  },
  {
    expression: 'JToken.Parse("{\\"a\\":1} x")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 8.",
  },
  { expression: 'JToken.Parse("[1,]").ToString(Formatting.None)', expect: '[1]', type: 'System.String' },
  {
    expression: 'JToken.Parse("{\\"a\\" 1}")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Invalid character after parsing property name. Expected ':' but got: 1. Path '', line 1, position 5.",
  },
  {
    expression: 'JObject.Parse("{\\"a\\":{\\"b\\":2}}")["a"]["b"].ToString()',
    expect: '2',
    type: 'System.String',
  },
  { expression: 'JObject.Parse("{\\"a\\":[1,2]}")["a"][1].ToString()', expect: '2', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":1}")["b"] == null',
    expect: 'True',
    type: 'System.Boolean',
    note: 'a missing property is null',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}")[0]',
    throws: 'System.ArgumentException',
    message: 'Accessed JObject values with invalid key value: 0. Object property name expected.',
  },
  {
    expression: 'JArray.Parse("[1]")["a"]',
    throws: 'System.ArgumentException',
    message: 'Accessed JArray values with invalid key value: "a". Int32 array index expected.',
    note: 'Newtonsoft.Json 13 (API Management); Newtonsoft.Json 6 (Mono) says "Array position index expected."',
  },
  {
    expression: 'JToken.Parse("1")["a"]',
    throws: 'System.InvalidOperationException',
    message: 'Cannot access child value on Newtonsoft.Json.Linq.JValue.',
  },
  { expression: 'JToken.Parse("[1]")[0].ToString()', expect: '1', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":null}")["a"].Type',
    expect: 'Null',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  { expression: '(int)JObject.Parse("{\\"a\\":\\"42\\"}")["a"]', expect: '42', type: 'System.Int32' },
  {
    expression: '(int)JObject.Parse("{\\"a\\":1.7}")["a"]',
    expect: '2',
    type: 'System.Int32',
    note: 'Convert.ToInt32 rounds',
  },
  {
    expression: '(int)JObject.Parse("{\\"a\\":2.5}")["a"]',
    expect: '2',
    type: 'System.Int32',
    note: 'to even',
  },
  { expression: '(bool)JToken.Parse("true")', expect: 'True', type: 'System.Boolean' },
  { expression: '(bool)JToken.Parse("\\"True\\"")', expect: 'True', type: 'System.Boolean' },
  { expression: '(double)JToken.Parse("1.5")', expect: '1.5', type: 'System.Double' },
  { expression: '(decimal)JToken.Parse("1.10")', expect: '1.1', type: 'System.Decimal' },
  { expression: '(long)JToken.Parse("9007199254740993")', expect: '9007199254740993', type: 'System.Int64' },
  { expression: '(string)JToken.Parse("null")', expect: null },
  { expression: '(string)JToken.Parse("12")', expect: '12', type: 'System.String' },
  { expression: '(string)JToken.Parse("1.50")', expect: '1.5', type: 'System.String' },
  { expression: '(string)JToken.Parse("true")', expect: 'True', type: 'System.String' },
  { expression: '(int?)JToken.Parse("null")', expect: null },
  { expression: '(int?)JToken.Parse("3")', expect: '3', type: 'System.Int32' },
  {
    expression: '(int)JToken.Parse("null")',
    throws: 'System.ArgumentException',
    message: 'Can not convert Null to Int32.',
  },
  {
    expression: '(int)JToken.Parse("{}")',
    throws: 'System.ArgumentException',
    message: 'Can not convert Object to Int32.',
  },
  {
    expression: '(string)JToken.Parse("[]")',
    throws: 'System.ArgumentException',
    message: 'Can not convert Array to String.',
  },
  {
    expression: '(int)JToken.Parse("\\"x\\"")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: '(int)JToken.Parse("3000000000")',
    throws: 'System.OverflowException',
    message: 'Value was either too large or too small for an Int32.',
  },
  {
    expression: '(DateTime)JToken.Parse("\\"2024-01-15T10:30:00Z\\"")',
    expect: '1/15/2024 10:30:00 AM',
    type: 'System.DateTime',
  },
  {
    expression: '(Guid)JToken.Parse("\\"0f8fad5b-d9cb-469f-a165-70867728950e\\"")',
    expect: '0f8fad5b-d9cb-469f-a165-70867728950e',
    type: 'System.Guid',
  },
  {
    expression: '(string)new JProperty("a", "x")',
    expect: 'x',
    type: 'System.String',
    note: 'a property converts its value',
  },
  { expression: '(string)(JToken)null', expect: null },
  { expression: 'JObject.Parse("{\\"a\\":\\"5\\"}").Value<int>("a")', expect: '5', type: 'System.Int32' },
  {
    expression: 'JObject.Parse("{}").Value<int>("a")',
    expect: '0',
    type: 'System.Int32',
    note: 'a missing key gives default(T)',
  },
  { expression: 'JObject.Parse("{}").Value<string>("a")', expect: null },
  { expression: 'JObject.Parse("{\\"a\\":true}").Value<bool>("a")', expect: 'True', type: 'System.Boolean' },
  { expression: 'JObject.Parse("{\\"a\\":null}").Value<int?>("a")', expect: null },
  {
    expression: 'JObject.Parse("{\\"a\\":{\\"b\\":1}}").Value<JObject>("a").ToString(Formatting.None)',
    expect: '{"b":1}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":\\"x\\"}").Value<int>("a")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":{}}").Value<string>("a")',
    throws: 'System.InvalidCastException',
    message: 'Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.',
  },
  { expression: 'JObject.Parse("{\\"a\\":1.5}").Value<string>("a")', expect: '1.5', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":\\"2024-01-15T10:30:00Z\\"}").Value<DateTime>("a").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[1,2,3]").Values<int>())',
    expect: '1,2,3',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[{\\"a\\":1},{\\"b\\":2},{\\"a\\":3}]").Values<int>("a"))',
    expect: '1,3',
    type: 'System.String',
  },
  { expression: 'JArray.Parse("[7]").First.Value<int>()', expect: '7', type: 'System.Int32' },
  {
    expression: 'string.Join(",", JObject.Parse("{\\"a\\":1,\\"b\\":2}").Properties().Select(p => p.Name))',
    expect: 'a,b',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JObject.Parse("{\\"a\\":1,\\"b\\":2}").PropertyValues())',
    expect: '1,2',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[{\\"a\\":1},{\\"a\\":2}]").Children()["a"])',
    expect: '1,2',
    type: 'System.String',
  },
  {
    expression: '(string)JObject.Parse("{\\"a\\":{\\"b\\":[{\\"c\\":\\"x\\"}]}}").SelectToken("a.b[0].c")',
    expect: 'x',
    type: 'System.String',
  },
  {
    expression: '(string)JObject.Parse("{\\"a\\":{\\"b\\":[{\\"c\\":\\"x\\"}]}}").SelectToken("$.a.b[0].c")',
    expect: 'x',
    type: 'System.String',
  },
  {
    expression:
      '(string)JObject.Parse("{\\"a\\":{\\"b\\":[{\\"c\\":\\"x\\"}]}}").SelectToken("[\\\'a\\\'][\\\'b\\\'][0][\\\'c\\\']")',
    expect: 'x',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("b") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("a.b") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1]}").SelectToken("a[5]") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("b", true)',
    throws: 'Newtonsoft.Json.JsonException',
    message: "Property 'b' does not exist on JObject.",
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1]}").SelectToken("a[5]", true)',
    throws: 'Newtonsoft.Json.JsonException',
    message: 'Index 5 outside the bounds of JArray.',
  },
  {
    expression: 'JArray.Parse("[1,2]").SelectToken("[*]")',
    throws: 'Newtonsoft.Json.JsonException',
    message: 'Path returned multiple tokens.',
  },
  {
    expression: 'JArray.Parse("[1,2]").SelectToken("[")',
    throws: 'Newtonsoft.Json.JsonException',
    message: 'Path ended with open indexer.',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("a.")',
    throws: 'Newtonsoft.Json.JsonException',
    message: 'Unexpected end while parsing path.',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("").ToString(Formatting.None)',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").SelectToken("$").ToString(Formatting.None)',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a b\\":1}").SelectToken("[\\\'a b\\\']").ToString()',
    expect: '1',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":[{\\"p\\":5},{\\"p\\":15}]}").SelectTokens("$.a[?(@.p > 10)].p"))',
    expect: '15',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":[{\\"p\\":5},{\\"p\\":15}]}").SelectTokens("$..p"))',
    expect: '5,15',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":[{\\"p\\":5,\\"n\\":\\"x\\"},{\\"p\\":15}]}").SelectTokens("$.a[?(@.n == \\\'x\\\')].p"))',
    expect: '5',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":[{\\"p\\":5,\\"n\\":\\"x\\"},{\\"p\\":15}]}").SelectTokens("$.a[?(@.n)].p"))',
    expect: '5',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":[{\\"p\\":5},{\\"p\\":15},{\\"p\\":25}]}").SelectTokens("$.a[?(@.p > 10 && @.p < 20)].p"))',
    expect: '15',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[1,2,3,4]").SelectTokens("[1:3]"))',
    expect: '2,3',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[1,2,3,4]").SelectTokens("[-2:]"))',
    expect: '3,4',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JArray.Parse("[1,2,3,4]").SelectTokens("[0,2]"))',
    expect: '1,3',
    type: 'System.String',
  },
  {
    expression: 'string.Join(",", JObject.Parse("{\\"a\\":1,\\"b\\":2}").SelectTokens("*"))',
    expect: '1,2',
    type: 'System.String',
  },
  {
    expression:
      'string.Join(",", JObject.Parse("{\\"a\\":1,\\"b\\":2}").SelectTokens("[\\\'a\\\',\\\'b\\\']"))',
    expect: '1,2',
    type: 'System.String',
  },
  {
    expression:
      'JObject.Parse("{\\"usage\\":{\\"total_tokens\\":12}}").SelectToken("usage.total_tokens").Value<int>()',
    expect: '12',
    type: 'System.Int32',
  },
  {
    expression:
      '@{ var o = new JObject(); o["a"] = 1; o.Add("b", "x"); o["c"] = new JArray(1, 2); return o.ToString(Formatting.None); }',
    expect: '{"a":1,"b":"x","c":[1,2]}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"b\\":2}"); var removed = o.Remove("a"); return removed + o.ToString(Formatting.None); }',
    expect: 'True{"b":2}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"b\\":2}"); return o.Remove("z") + o.ToString(Formatting.None); }',
    expect: 'False{"a":1,"b":2}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"b\\":2}"); o.Property("a").Remove(); return o.ToString(Formatting.None); }',
    expect: '{"b":2}',
    type: 'System.String',
  },
  {
    expression: '@{ var o = JObject.Parse("{\\"a\\":1}"); o.Add("a", 2); return o; }',
    throws: 'System.ArgumentException',
    message:
      'Can not add property a to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1}"); o["a"] = "x"; return o.ToString(Formatting.None); }',
    expect: '{"a":"x"}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1}"); o["b"] = null; return o.ToString(Formatting.None); }',
    expect: '{"a":1,"b":null}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":{\\"x\\":1}}"); o["b"] = o["a"]; o["b"]["x"] = 2; return o.ToString(Formatting.None); }',
    expect: '{"a":{"x":1},"b":{"x":2}}',
    type: 'System.String',
    note: 'a token that has a parent is copied',
  },
  {
    expression:
      'new JObject(new JProperty("a", 1), new JProperty("b", new JArray("x", "y"))).ToString(Formatting.None)',
    expect: '{"a":1,"b":["x","y"]}',
    type: 'System.String',
  },
  {
    expression:
      'new JObject(new JProperty("a", 1), new JProperty("b", new JObject(new JProperty("c", true)))).ToString()',
    expect: '{\r\n  "a": 1,\r\n  "b": {\r\n    "c": true\r\n  }\r\n}',
    type: 'System.String',
  },
  {
    expression: 'new JObject(new JProperty("a", 1), new JProperty("a", 2))',
    throws: 'System.ArgumentException',
    message:
      'Can not add property a to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.',
  },
  {
    expression: 'new JProperty("a", 1, 2).ToString(Formatting.None)',
    expect: '"a":[1,2]',
    type: 'System.String',
  },
  { expression: 'new JProperty("a", 1).ToString()', expect: '"a": 1', type: 'System.String' },
  { expression: 'new JProperty("a", new JObject()).ToString()', expect: '"a": {}', type: 'System.String' },
  {
    expression: 'new JArray(1, "two", null, true).ToString(Formatting.None)',
    expect: '[1,"two",null,true]',
    type: 'System.String',
  },
  {
    expression: 'new JArray(new[] { 1, 2 }).ToString(Formatting.None)',
    expect: '[1,2]',
    type: 'System.String',
  },
  {
    expression: 'new JArray(new List<string> { "a", "b" }).ToString(Formatting.None)',
    expect: '["a","b"]',
    type: 'System.String',
  },
  {
    expression: '@{ var o = new JObject { { "a", 1 }, { "b", "x" } }; return o.ToString(Formatting.None); }',
    expect: '{"a":1,"b":"x"}',
    type: 'System.String',
  },
  {
    expression: '@{ var o = new JObject { ["a"] = 1 }; return o.ToString(Formatting.None); }',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: '@{ var a = new JArray { 1, "x" }; return a.ToString(Formatting.None); }',
    expect: '[1,"x"]',
    type: 'System.String',
  },
  {
    expression: '@{ new JObject(new JProperty("a", 1)).Add(5); return "added"; }',
    throws: 'System.ArgumentException',
    message: 'Can not add Newtonsoft.Json.Linq.JValue to Newtonsoft.Json.Linq.JObject.',
  },
  { expression: 'new JValue(1.5).ToString(Formatting.None)', expect: '1.5', type: 'System.String' },
  { expression: 'new JValue(2.0).ToString(Formatting.None)', expect: '2.0', type: 'System.String' },
  { expression: 'new JValue(2.0f).ToString(Formatting.None)', expect: '2.0', type: 'System.String' },
  { expression: 'new JValue(1.25m).ToString(Formatting.None)', expect: '1.25', type: 'System.String' },
  { expression: 'new JValue("x").ToString()', expect: 'x', type: 'System.String' },
  { expression: "new JValue('c').ToString(Formatting.None)", expect: '"c"', type: 'System.String' },
  { expression: 'new JValue(5).Type', expect: 'Integer', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'new JValue((object)null).Type', expect: 'Null', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'new JValue(true).ToString()', expect: 'True', type: 'System.String' },
  { expression: 'new JValue(true).ToString(Formatting.None)', expect: 'true', type: 'System.String' },
  { expression: 'new JValue(double.NaN).ToString(Formatting.None)', expect: '"NaN"', type: 'System.String' },
  {
    expression: 'new JValue(double.PositiveInfinity).ToString(Formatting.None)',
    expect: '"Infinity"',
    type: 'System.String',
  },
  { expression: 'new JValue(1.5).ToString("F3", null)', expect: '1.500', type: 'System.String' },
  { expression: 'JValue.CreateNull().ToString(Formatting.None)', expect: 'null', type: 'System.String' },
  {
    expression: 'JValue.CreateString(null).ToString(Formatting.None)',
    expect: 'null',
    type: 'System.String',
  },
  {
    expression: 'new JRaw("{ \\"a\\" : 1 }").ToString(Formatting.None)',
    expect: '{ "a" : 1 }',
    type: 'System.String',
  },
  {
    expression: 'new JObject(new JProperty("r", new JRaw("[1,  2]"))).ToString(Formatting.None)',
    expect: '{"r":[1,  2]}',
    type: 'System.String',
  },
  {
    expression: '@{ var a = new JArray(); a.Add(1); a.Add("x"); return a.Count; }',
    expect: '2',
    type: 'System.Int32',
  },
  {
    expression:
      '@{ var a = JArray.Parse("[2]"); a.AddFirst(1); a.Insert(1, "m"); return a.ToString(Formatting.None); }',
    expect: '[1,"m",2]',
    type: 'System.String',
  },
  {
    expression: '@{ var a = JArray.Parse("[1,2,3]"); a.RemoveAt(0); return a.ToString(Formatting.None); }',
    expect: '[2,3]',
    type: 'System.String',
  },
  {
    expression:
      '@{ var a = JArray.Parse("[1,2,3]"); return a.IndexOf(a[2]) + ":" + a.Contains(a[0]) + ":" + a.Contains(new JValue(1)); }',
    expect: '2:True:False',
    type: 'System.String',
    note: 'arrays find items by reference',
  },
  {
    expression: '@{ var a = JArray.Parse("[1,2,3]"); a.Remove(a[1]); return a.ToString(Formatting.None); }',
    expect: '[1,3]',
    type: 'System.String',
  },
  {
    expression: '@{ var a = JArray.Parse("[1,2,3]"); a.Clear(); return a.ToString(Formatting.None); }',
    expect: '[]',
    type: 'System.String',
  },
  {
    expression: '@{ var a = JArray.Parse("[1,2,3]"); a[0] = "x"; return a.ToString(Formatting.None); }',
    expect: '["x",2,3]',
    type: 'System.String',
  },
  { expression: 'JArray.Parse("[1]")[3]', throws: 'System.ArgumentOutOfRangeException' },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1}"); o["a"].Replace(new JValue("x")); return o.ToString(Formatting.None); }',
    expect: '{"a":"x"}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1}"); var c = (JObject)o.DeepClone(); c["a"] = 2; return o.ToString(Formatting.None) + c.ToString(Formatting.None); }',
    expect: '{"a":1}{"a":2}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"c\\":[1],\\"d\\":{\\"x\\":1}}"); o.Merge(JObject.Parse("{\\"b\\":2,\\"c\\":[2],\\"d\\":{\\"y\\":2}}")); return o.ToString(Formatting.None); }',
    expect: '{"a":1,"c":[1,2],"d":{"x":1,"y":2},"b":2}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":[1,2]}"); o["a"][0].AddAfterSelf(5); return o.ToString(Formatting.None); }',
    expect: '{"a":[1,5,2]}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":[1,2]}"); o["a"][0].AddBeforeSelf(5); return o.ToString(Formatting.None); }',
    expect: '{"a":[5,1,2]}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1}"); o.RemoveAll(); return o.ToString(Formatting.None); }',
    expect: '{}',
    type: 'System.String',
  },
  {
    expression: '@{ JToken.Parse("1").Remove(); return "removed"; }',
    throws: 'System.InvalidOperationException',
    message: 'The parent is missing.',
  },
  { expression: 'JObject.Parse("{\\"a\\":1}").ContainsKey("a")', expect: 'True', type: 'System.Boolean' },
  { expression: 'JObject.Parse("{\\"a\\":1}").ContainsKey("A")', expect: 'False', type: 'System.Boolean' },
  {
    expression:
      '@{ JToken t; var ok = JObject.Parse("{\\"a\\":1}").TryGetValue("a", out t); return ok + ":" + t; }',
    expect: 'True:1',
    type: 'System.String',
  },
  {
    expression:
      '@{ JToken t; var ok = JObject.Parse("{\\"a\\":1}").TryGetValue("b", out t); return ok + ":" + (t == null); }',
    expect: 'False:True',
    type: 'System.String',
  },
  { expression: 'JObject.Parse("{\\"a\\":1}").Property("a").Name', expect: 'a', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").Property("a").Value.ToString()',
    expect: '1',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").Property("b") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression:
      'JObject.Parse("{\\"Abc\\":1}").GetValue("abc", StringComparison.OrdinalIgnoreCase).ToString()',
    expect: '1',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"Abc\\":1}").GetValue("abc") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  { expression: 'JObject.Parse("{\\"a\\":1,\\"b\\":2}").Count', expect: '2', type: 'System.Int32' },
  { expression: 'JObject.Parse("{}").HasValues', expect: 'False', type: 'System.Boolean' },
  { expression: 'JObject.Parse("{\\"a\\":1}").HasValues', expect: 'True', type: 'System.Boolean' },
  { expression: 'JToken.Parse("1").HasValues', expect: 'False', type: 'System.Boolean' },
  {
    expression: 'JObject.Parse("{\\"a\\":1,\\"b\\":[1,2]}").Children().Count()',
    expect: '2',
    type: 'System.Int32',
  },
  { expression: 'JObject.Parse("{\\"a\\":[1,2]}").Descendants().Count()', expect: '4', type: 'System.Int32' },
  {
    expression: 'JObject.Parse("{\\"a\\":[1]}")["a"][0].Parent.ToString(Formatting.None)',
    expect: '[1]',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1]}")["a"].Parent.ToString(Formatting.None)',
    expect: '"a":[1]',
    type: 'System.String',
    note: 'the parent of a property value is the property',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1]}")["a"][0].Root.ToString(Formatting.None)',
    expect: '{"a":[1]}',
    type: 'System.String',
  },
  { expression: 'JObject.Parse("{\\"a\\":1}").Parent == null', expect: 'True', type: 'System.Boolean' },
  {
    expression: 'JObject.Parse("{\\"a\\":[{\\"b\\":1}]}")["a"][0]["b"].Path',
    expect: 'a[0].b',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a.b\\":[1]}")["a.b"][0].Path',
    expect: "['a.b'][0]",
    type: 'System.String',
  },
  { expression: 'JObject.Parse("{\\"a\\":1}").Path', expect: '', type: 'System.String' },
  { expression: 'JArray.Parse("[1,2,3]").First.ToString()', expect: '1', type: 'System.String' },
  { expression: 'JArray.Parse("[1,2,3]").Last.ToString()', expect: '3', type: 'System.String' },
  { expression: 'JArray.Parse("[1,2,3]").First.Next.ToString()', expect: '2', type: 'System.String' },
  { expression: 'JArray.Parse("[1,2,3]").Last.Previous.ToString()', expect: '2', type: 'System.String' },
  {
    expression: 'JToken.Parse("1").First',
    throws: 'System.InvalidOperationException',
    message: 'Cannot access child value on Newtonsoft.Json.Linq.JValue.',
  },
  {
    expression:
      'JToken.DeepEquals(JObject.Parse("{\\"a\\":1,\\"b\\":2}"), JObject.Parse("{\\"b\\":2,\\"a\\":1}"))',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'JToken.DeepEquals(JArray.Parse("[1,2]"), JArray.Parse("[2,1]"))',
    expect: 'False',
    type: 'System.Boolean',
  },
  {
    expression: 'JToken.DeepEquals(JToken.Parse("1"), JToken.Parse("1.0"))',
    expect: 'False',
    type: 'System.Boolean',
  },
  { expression: 'new JValue(1).Equals(new JValue(1))', expect: 'True', type: 'System.Boolean' },
  { expression: 'JToken.Parse("1").Equals(JToken.Parse("1"))', expect: 'True', type: 'System.Boolean' },
  { expression: 'JObject.Parse("{}").Equals(JObject.Parse("{}"))', expect: 'False', type: 'System.Boolean' },
  { expression: 'new JValue(1).CompareTo(new JValue(2))', expect: '-1', type: 'System.Int32' },
  {
    expression: '@{ JToken t = 5; return t.Type; }',
    expect: 'Integer',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: '@{ JToken t = "x"; return t.ToString(Formatting.None); }',
    expect: '"x"',
    type: 'System.String',
  },
  {
    expression: '@{ JToken t = 1.5; return t.ToString(Formatting.None); }',
    expect: '1.5',
    type: 'System.String',
  },
  {
    expression: '@{ JToken t = (string)null; return t.Type; }',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: '@{ JToken t = true; return t.ToString(Formatting.None); }',
    expect: 'true',
    type: 'System.String',
  },
  {
    expression:
      '@{ var names = new List<string>(); foreach (var p in JObject.Parse("{\\"a\\":1,\\"b\\":2}")) names.Add(p.Key + "=" + p.Value); return string.Join(",", names); }',
    expect: 'a=1,b=2',
    type: 'System.String',
    note: 'foreach over a JObject gives KeyValuePair<string, JToken>',
  },
  {
    expression:
      '@{ var names = new List<string>(); foreach (JProperty p in JObject.Parse("{\\"a\\":1,\\"b\\":2}").Properties()) names.Add(p.Name); return string.Join(",", names); }',
    expect: 'a,b',
    type: 'System.String',
  },
  {
    expression: '@{ var n = 0; foreach (var t in JArray.Parse("[1,2,3]")) n += (int)t; return n; }',
    expect: '6',
    type: 'System.Int32',
  },
  { expression: 'JArray.Parse("[1,2,3]").Select(t => (int)t).Sum()', expect: '6', type: 'System.Int32' },
  {
    expression: 'JArray.Parse("[{\\"a\\":1},{\\"a\\":5}]").Where(t => (int)t["a"] > 2).Count()',
    expect: '1',
    type: 'System.Int32',
  },
  { expression: 'JToken.Parse("5").ToObject<int>()', expect: '5', type: 'System.Int32' },
  { expression: 'JToken.Parse("\\"x\\"").ToObject<string>()', expect: 'x', type: 'System.String' },
  {
    expression: 'JsonConvert.SerializeObject(new { a = 1, b = "x", c = (string)null })',
    expect: '{"a":1,"b":"x","c":null}',
    type: 'System.String',
  },
  {
    expression:
      'JsonConvert.SerializeObject(new { a = new[] { 1, 2 }, b = new { c = true } }, Formatting.Indented)',
    expect: '{\r\n  "a": [\r\n    1,\r\n    2\r\n  ],\r\n  "b": {\r\n    "c": true\r\n  }\r\n}',
    type: 'System.String',
  },
  { expression: 'JsonConvert.SerializeObject("a\\"b\\\\c")', expect: '"a\\"b\\\\c"', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(1.5)', expect: '1.5', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(1.0)', expect: '1.0', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(5)', expect: '5', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(1.10m)', expect: '1.10', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(null)', expect: 'null', type: 'System.String' },
  { expression: 'JsonConvert.SerializeObject(true)', expect: 'true', type: 'System.String' },
  {
    expression: 'JsonConvert.SerializeObject(JObject.Parse("{\\"a\\":1}"))',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(JObject.Parse("{\\"a\\":1}"), Formatting.Indented)',
    expect: '{\r\n  "a": 1\r\n}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new Dictionary<string, int> { { "a", 1 }, { "b", 2 } })',
    expect: '{"a":1,"b":2}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new List<string> { "a", "b" })',
    expect: '["a","b"]',
    type: 'System.String',
  },
  { expression: 'JsonConvert.SerializeObject(new string[0])', expect: '[]', type: 'System.String' },
  {
    expression: 'JsonConvert.SerializeObject(new { a = JObject.Parse("{\\"x\\":[1]}") })',
    expect: '{"a":{"x":[1]}}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new { d = 1.0, f = 2.5f, m = 3m, l = 4L })',
    expect: '{"d":1.0,"f":2.5,"m":3.0,"l":4}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new { g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") })',
    expect: '{"g":"0f8fad5b-d9cb-469f-a165-70867728950e"}',
    type: 'System.String',
  },
  {
    expression: '((JObject)JsonConvert.DeserializeObject("{\\"a\\":1}"))["a"].ToString()',
    expect: '1',
    type: 'System.String',
  },
  { expression: 'JsonConvert.DeserializeObject("5")', expect: '5', type: 'System.Int64' },
  { expression: 'JsonConvert.DeserializeObject("\\"x\\"")', expect: 'x', type: 'System.String' },
  { expression: 'JsonConvert.DeserializeObject("1.5")', expect: '1.5', type: 'System.Double' },
  { expression: 'JsonConvert.DeserializeObject("null")', expect: null },
  { expression: 'JsonConvert.DeserializeObject("")', expect: null },
  {
    expression: 'JsonConvert.DeserializeObject("[1,2]").ToString()',
    expect: '[\r\n  1,\r\n  2\r\n]',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.DeserializeObject<JObject>("{\\"a\\":1}")["a"].ToString()',
    expect: '1',
    type: 'System.String',
  },
  { expression: 'JsonConvert.DeserializeObject<JArray>("[1]").Count', expect: '1', type: 'System.Int32' },
  {
    expression: 'JsonConvert.DeserializeObject<JToken>("\\"x\\"").Type',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  { expression: 'JsonConvert.DeserializeObject<int>("5")', expect: '5', type: 'System.Int32' },
  { expression: 'JsonConvert.DeserializeObject<string>("\\"x\\"")', expect: 'x', type: 'System.String' },
  { expression: 'JsonConvert.DeserializeObject<bool>("true")', expect: 'True', type: 'System.Boolean' },
  {
    expression: 'JsonConvert.DeserializeObject<JObject>("[1]")',
    throws: 'Newtonsoft.Json.JsonSerializationException',
    message:
      "Deserialized JSON type 'Newtonsoft.Json.Linq.JArray' is not compatible with expected type 'Newtonsoft.Json.Linq.JObject'. Path '', line 1, position 3.",
    note: 'Newtonsoft.Json 13 (API Management); Newtonsoft.Json 6 (Mono) throws InvalidCastException',
  },
  {
    expression: 'JsonConvert.DeserializeObject("{} x")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 3.",
  },
  {
    expression: 'JObject.FromObject(new { a = 1, b = new[] { "x" } }).ToString(Formatting.None)',
    expect: '{"a":1,"b":["x"]}',
    type: 'System.String',
  },
  {
    expression: 'JToken.FromObject(new[] { 1, 2 }).ToString(Formatting.None)',
    expect: '[1,2]',
    type: 'System.String',
  },
  { expression: 'JToken.FromObject("x").Type', expect: 'String', type: 'Newtonsoft.Json.Linq.JTokenType' },
  { expression: 'JToken.FromObject(null)', throws: 'System.ArgumentNullException' },
  {
    expression: 'JsonConvert.DeserializeObject<JObject>("null") == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'JsonConvert.SerializeObject(new Dictionary<string, string>())',
    expect: '{}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new { a = new List<double> { 1, 2.5 } })',
    expect: '{"a":[1.0,2.5]}',
    type: 'System.String',
  },
  {
    expression: 'JsonConvert.SerializeObject(new { d = 1.5, n = (int?)null })',
    expect: '{"d":1.5,"n":null}',
    type: 'System.String',
  },
  { expression: 'new JValue(1.5).ToString("F3", null)', expect: '1.500', type: 'System.String' },
  { expression: 'new JValue(1.5).ToString("F1")', expect: '1.5', type: 'System.String' },
  { expression: 'new JValue(1234.5).ToString("N1", null)', expect: '1,234.5', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":[1,2]}").SelectToken("a").Values<int>().Count()',
    expect: '2',
    type: 'System.Int32',
  },
  { expression: 'JObject.Parse("{\\"a\\":1}").Value<string>("a")', expect: '1', type: 'System.String' },
  { expression: 'JToken.Parse("\\"1.5\\"").Value<double>()', expect: '1.5', type: 'System.Double' },
  { expression: '(float)JToken.Parse("1.1")', expect: '1.1', type: 'System.Single' },
  {
    expression: '(ulong)JToken.Parse("18446744073709551615")',
    expect: '18446744073709551615',
    type: 'System.UInt64',
  },
  { expression: '(char)JToken.Parse("\\"x\\"")', expect: 'x', type: 'System.Char' },
  { expression: '(byte)JToken.Parse("255")', expect: '255', type: 'System.Byte' },
  { expression: '(TimeSpan)JToken.Parse("\\"01:02:03\\"")', expect: '01:02:03', type: 'System.TimeSpan' },
  {
    expression: '(DateTimeOffset)JToken.Parse("\\"2024-01-15T10:30:00+02:00\\"")',
    expect: '1/15/2024 8:30:00 AM +00:00',
    type: 'System.DateTimeOffset',
  },
  { expression: '(DateTime?)JToken.Parse("null")', expect: null },
  { expression: '(bool?)JToken.Parse("false")', expect: 'False', type: 'System.Boolean' },
  { expression: '(decimal?)JToken.Parse("null")', expect: null },
  {
    expression: 'Convert.ToBase64String((byte[])JToken.Parse("\\"AQID\\""))',
    expect: 'AQID',
    type: 'System.String',
  },
  { expression: '(string)JToken.Parse("\\"\\"")', expect: '', type: 'System.String' },
  {
    expression: 'JToken.Parse("[1, /*c*/ 2]").ToString(Formatting.None)',
    expect: '[1,2]',
    type: 'System.String',
    note: 'comments inside containers are dropped (Newtonsoft.Json 13; 6 keeps them)',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":NaN}")["a"].ToString(Formatting.None)',
    expect: '"NaN"',
    type: 'System.String',
  },
  {
    expression: 'JToken.Parse("[undefined]").ToString(Formatting.None)',
    expect: '[undefined]',
    type: 'System.String',
  },
  {
    expression: 'JToken.Parse("new Date(5)").ToString(Formatting.None)',
    expect: 'new Date(5)',
    type: 'System.String',
  },
  { expression: 'JToken.Parse("0x1F").ToString(Formatting.None)', expect: '31', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":{\\"b\\":{\\"c\\":1}}}").SelectToken("a.b").Path',
    expect: 'a.b',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1,[2,3]]}")["a"][1][0].Path',
    expect: 'a[1][0]',
    type: 'System.String',
  },
  {
    expression:
      '@{ var backends = new JArray(); backends.Add(new JObject() { { "url", "https://a" }, { "priority", 1 }, { "isThrottling", false } }); backends.Add(new JObject() { { "url", "https://b" }, { "priority", 2 }, { "isThrottling", false } }); return backends.ToString(Formatting.None); }',
    expect:
      '[{"url":"https://a","priority":1,"isThrottling":false},{"url":"https://b","priority":2,"isThrottling":false}]',
    type: 'System.String',
    note: 'how policies build a list of backends',
  },
  {
    expression:
      '@{ var backends = JArray.Parse("[{\\"url\\":\\"a\\",\\"priority\\":2},{\\"url\\":\\"b\\",\\"priority\\":1}]"); JObject best = null; for (int i = 0; i < backends.Count; i++) { var backend = (JObject)backends[i]; if (best == null || backend.Value<int>("priority") < best.Value<int>("priority")) best = backend; } return best["url"].ToString(); }',
    expect: 'b',
    type: 'System.String',
  },
  {
    expression:
      '@{ var backends = JArray.Parse("[{\\"url\\":\\"a\\",\\"isThrottling\\":false}]"); JObject backend = (JObject)backends[0]; backend["isThrottling"] = true; backend["retryAfter"] = 30; backends[0] = backend; return backends.ToString(Formatting.None); }',
    expect: '[{"url":"a","isThrottling":true,"retryAfter":30}]',
    type: 'System.String',
  },
  {
    expression: '(JObject)JToken.Parse("[1]")',
    throws: 'System.InvalidCastException',
    message:
      "Unable to cast object of type 'Newtonsoft.Json.Linq.JArray' to type 'Newtonsoft.Json.Linq.JObject'.",
    note: '.NET Framework\'s message (Mono says "Specified cast is not valid.")',
  },
  { expression: 'JObject.Parse("{}")["a"]?.ToString() ?? "none"', expect: 'none', type: 'System.String' },
  { expression: '(string)JObject.Parse("{}")["a"] ?? "d"', expect: 'd', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"a\\":\\"x\\"}")["a"].Value<string>()',
    expect: 'x',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{}")["a"]["b"]',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":{\\"b\\":1}}"); o["a"]["b"] = 5; return o.ToString(Formatting.None); }',
    expect: '{"a":{"b":5}}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":{\\"b\\":1}}").ToString(Newtonsoft.Json.Formatting.None)',
    expect: '{"a":{"b":1}}',
    type: 'System.String',
  },
  { expression: '((JArray)JObject.Parse("{\\"a\\":[1,2]}")["a"]).Count', expect: '2', type: 'System.Int32' },
  { expression: 'JObject.Parse("{\\"a\\":\\"x\\"}")["a"].ToString()', expect: 'x', type: 'System.String' },
  {
    expression:
      'JObject.Parse("{\\"choices\\":[{\\"message\\":{\\"content\\":\\"hi\\"}}]}")["choices"][0]["message"]["content"].ToString()',
    expect: 'hi',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":1}").Properties().First().Name',
    expect: 'a',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"b\\":2}"); foreach (var p in o.Properties().ToList()) { if (p.Name == "a") p.Remove(); } return o.ToString(Formatting.None); }',
    expect: '{"b":2}',
    type: 'System.String',
  },
  {
    expression:
      '@{ var o = JObject.Parse("{\\"a\\":1,\\"b\\":2}"); foreach (var p in o.Properties()) { p.Remove(); } return o.ToString(Formatting.None); }',
    throws: 'System.InvalidOperationException',
    message: 'Collection was modified; enumeration operation may not execute.',
    note: 'changing an object while enumerating it',
  },
  { expression: 'JObject.Parse("{\\"n\\":12.50}")["n"].ToString()', expect: '12.5', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\"n\\":12.50}").ToString(Formatting.None)',
    expect: '{"n":12.5}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"n\\":1E+300}").ToString(Formatting.None)',
    expect: '{"n":1E+300}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"n\\":-0.0}").ToString(Formatting.None)',
    expect: '{"n":0.0}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"n\\":0.000001}").ToString(Formatting.None)',
    expect: '{"n":1E-06}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"n\\":123456789012345678}")["n"].Type',
    expect: 'Integer',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: 'JObject.Parse("{\\"s\\":\\"\\\\ud83d\\\\ude00 \\\\t\\"}").ToString(Formatting.None)',
    expect: '{"s":"😀 \\t"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"s\\":\\"</script>\\"}").ToString(Formatting.None)',
    expect: '{"s":"</script>"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00.5+05:30\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T05:00:00.5+00:00"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00.1234567Z\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T10:30:00.1234567Z"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"\\\\/Date(1705314600000)\\\\/\\"}").ToString(Formatting.None)',
    expect: '{"d":"2024-01-15T10:30:00Z"}',
    type: 'System.String',
    note: 'Microsoft dates are dates too',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"\\\\/Date(1705314600000)\\\\/\\"}")["d"].Type',
    expect: 'Date',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-13-15T10:30:00Z\\"}")["d"].Type',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
    note: 'not a valid date: stays a string',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30Z\\"}")["d"].Type',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15 10:30:00Z\\"}")["d"].Type',
    expect: 'String',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  {
    expression: 'JObject.Parse("{\\"d\\":\\"2024-01-15T10:30:00Z\\"}")["d"].Value<string>()',
    expect: '01/15/2024 10:30:00',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"s\\":\\"a\\\\/b\\"}").ToString(Formatting.None)',
    expect: '{"s":"a/b"}',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"s\\":\\"\\\\u00e9\\\\u20ac\\"}")["s"].ToString()',
    expect: 'é€',
    type: 'System.String',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[{\\"b\\":[]},{}],\\"c\\":[[1]]}").ToString()',
    expect:
      '{\r\n  "a": [\r\n    {\r\n      "b": []\r\n    },\r\n    {}\r\n  ],\r\n  "c": [\r\n    [\r\n      1\r\n    ]\r\n  ]\r\n}',
    type: 'System.String',
  },
  {
    expression: 'new JArray(new JObject(), new JArray(), 1).ToString()',
    expect: '[\r\n  {},\r\n  [],\r\n  1\r\n]',
    type: 'System.String',
  },
  { expression: 'JToken.Parse("1.0E+15").ToString(Formatting.None)', expect: '1E+15', type: 'System.String' },
  {
    expression: 'JToken.Parse("123456789.123456789").ToString(Formatting.None)',
    expect: '123456789.12345679',
    type: 'System.String',
  },
  {
    expression: 'JToken.Parse("-9223372036854775808").Type',
    expect: 'Integer',
    type: 'Newtonsoft.Json.Linq.JTokenType',
  },
  { expression: '(string)JToken.Parse("-0.0")', expect: '0', type: 'System.String' },
  {
    expression: 'JToken.Parse("{\\"a\\":1,}").ToString(Formatting.None)',
    expect: '{"a":1}',
    type: 'System.String',
  },
  {
    expression: 'JToken.Parse("\\"abc")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Unterminated string. Expected delimiter: \". Path '', line 1, position 4.",
  },
  {
    expression: 'JToken.Parse("[1 2]")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message:
      "After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
  },
  {
    expression: 'JToken.Parse("\\"\\\\x\\"")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Bad JSON escape sequence: \\x. Path '', line 1, position 3.",
  },
  { expression: 'JObject.Parse("{\\"a\\":1}\\n\\n\\n")["a"].ToString()', expect: '1', type: 'System.String' },
  {
    expression: 'JObject.Parse("{\\n\\"a\\":\\n}")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Unexpected character encountered while parsing value: }. Path 'a', line 3, position 0.",
    note: 'Newtonsoft.Json 13 (API Management); Newtonsoft.Json 6 (Mono) counts positions on later lines from 1 (line 3, position 1)',
  },
  {
    expression: 'JObject.Parse("{\\"a\\":[1,{\\"b\\":}]}")',
    throws: 'Newtonsoft.Json.JsonReaderException',
    message: "Unexpected character encountered while parsing value: }. Path 'a[1].b', line 1, position 13.",
  },
];
