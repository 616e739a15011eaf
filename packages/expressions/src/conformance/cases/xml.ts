import type { ConformanceCase } from '../case.js';

/**
 * Conformance cases of the 'xml' area: LINQ to XML and API Management's string helpers.
 *
 * LINQ to XML expectations are Mono's output (System.Xml.Linq, `-langversion:7`), with its
 * line breaks ("\n") written as .NET Framework on Windows writes them ("\r\n"): `ToString()`
 * writes `XmlWriterSettings.NewLineChars`, which is `Environment.NewLine`, and exception
 * messages end their first line with it ("Parameter name: ..."). API Management's gateway runs
 * on Windows.
 */
export const cases: readonly ConformanceCase[] = [
  {
    expression: 'XDocument.Parse("<root><a>1</a><b x=\\"y\\"/></root>").ToString()',
    expect: '<root>\r\n  <a>1</a>\r\n  <b x="y" />\r\n</root>',
  },
  {
    expression:
      'XDocument.Parse("<root><a>1</a><b x=\\"y\\"/></root>").ToString(SaveOptions.DisableFormatting)',
    expect: '<root><a>1</a><b x="y" /></root>',
  },
  {
    expression: 'XDocument.Parse("<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?><r/>").ToString()',
    expect: '<r />',
  },
  {
    expression:
      'XDocument.Parse("<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?><r/>").Declaration.ToString()',
    expect: '<?xml version="1.0" encoding="utf-8"?>',
  },
  { expression: 'XDocument.Parse("<?xml version=\\"1.0\\"?><r/>").Declaration.Encoding', expect: null },
  { expression: 'XDocument.Parse("<r><a>x</a></r>").Root.Name.LocalName', expect: 'r' },
  { expression: 'XDocument.Parse("<r><a>x</a></r>").Root.Element("a").Value', expect: 'x' },
  { expression: 'XDocument.Parse("<r><a>x</a></r>").Root.Element("missing")', expect: null },
  { expression: 'XDocument.Parse("<r><a>x</a></r>").Root.Element("missing")?.Value ?? ""', expect: '' },
  {
    expression: 'XDocument.Parse("<r><a>1</a><a>2</a><b>3</b></r>").Root.Elements("a").Count()',
    expect: '2',
    type: 'System.Int32',
  },
  {
    expression: 'XDocument.Parse("<r><a>1</a><a>2</a><b>3</b></r>").Root.Elements().Count()',
    expect: '3',
    type: 'System.Int32',
  },
  {
    expression:
      'string.Join(",", XDocument.Parse("<r><a>1</a><a>2</a><b>3</b></r>").Root.Elements().Select(e => e.Value))',
    expect: '1,2,3',
  },
  {
    expression:
      'string.Join(",", XDocument.Parse("<r><a><c>1</c></a><c>2</c></r>").Descendants("c").Select(e => e.Value))',
    expect: '1,2',
  },
  {
    expression: 'XDocument.Parse("<r><a><c>1</c></a><c>2</c></r>").Descendants().Count()',
    expect: '4',
    type: 'System.Int32',
  },
  {
    expression: 'XDocument.Parse("<r><a><c>1</c></a><c>2</c></r>").DescendantNodes().Count()',
    expect: '6',
    type: 'System.Int32',
  },
  {
    expression: 'XElement.Parse("<r a=\\"1\\" b=\\"2\\"/>").Attributes().Count()',
    expect: '2',
    type: 'System.Int32',
  },
  { expression: 'XElement.Parse("<r a=\\"1\\" b=\\"2\\"/>").Attribute("b").Value', expect: '2' },
  { expression: 'XElement.Parse("<r a=\\"1\\" b=\\"2\\"/>").Attribute("c")', expect: null },
  {
    expression:
      'string.Join(";", XElement.Parse("<r a=\\"1\\" b=\\"2\\"/>").Attributes().Select(a => a.ToString()))',
    expect: 'a="1";b="2"',
  },
  {
    expression: 'XElement.Parse("<r a=\\"1\\" b=\\"2\\"/>").FirstAttribute.NextAttribute.Name.ToString()',
    expect: 'b',
  },
  { expression: 'XElement.Parse("<r>text<b>more</b></r>").Value', expect: 'textmore' },
  { expression: 'XElement.Parse("<r>  padded  </r>").Value', expect: '  padded  ' },
  { expression: 'XElement.Parse("<r><![CDATA[<x>]]></r>").Value', expect: '<x>' },
  { expression: 'XElement.Parse("<r><![CDATA[<x>]]></r>").ToString()', expect: '<r><![CDATA[<x>]]></r>' },
  { expression: 'XElement.Parse("<r>a &lt; b &amp;&amp; c &gt; d</r>").Value', expect: 'a < b && c > d' },
  {
    expression: 'XElement.Parse("<r>a &lt; b &amp;&amp; c &gt; d</r>").ToString()',
    expect: '<r>a &lt; b &amp;&amp; c &gt; d</r>',
  },
  { expression: 'XElement.Parse("<r>&#x41;&#66;</r>").Value', expect: 'AB' },
  {
    expression: 'XElement.Parse("<r>line1\\r\\nline2</r>").Value.Length',
    expect: '11',
    type: 'System.Int32',
  },
  { expression: 'XElement.Parse("<r>line1\\r\\nline2</r>").ToString()', expect: '<r>line1\r\nline2</r>' },
  { expression: 'XElement.Parse("<r/>").IsEmpty', expect: 'True', type: 'System.Boolean' },
  { expression: 'XElement.Parse("<r></r>").IsEmpty', expect: 'False', type: 'System.Boolean' },
  { expression: 'XElement.Parse("<r></r>").ToString()', expect: '<r></r>' },
  { expression: 'XElement.Parse("<r><a/></r>").HasElements', expect: 'True', type: 'System.Boolean' },
  { expression: 'XElement.Parse("<r a=\\"1\\"/>").HasAttributes', expect: 'True', type: 'System.Boolean' },
  {
    expression: 'XElement.Parse("<r>\\n  <a>1</a>\\n</r>", LoadOptions.PreserveWhitespace).ToString()',
    expect: '<r>\r\n  <a>1</a>\r\n</r>',
  },
  { expression: 'XElement.Parse("<r>\\n  <a>1</a>\\n</r>").ToString()', expect: '<r>\r\n  <a>1</a>\r\n</r>' },
  {
    expression: 'XElement.Parse("<r><a>1</a><!--note--><?pi data?></r>").ToString()',
    expect: '<r>\r\n  <a>1</a>\r\n  <!--note-->\r\n  <?pi data?>\r\n</r>',
  },
  {
    expression: 'XElement.Parse("<r><a>1</a><!--note--><?pi data?></r>").Nodes().Count()',
    expect: '3',
    type: 'System.Int32',
  },
  { expression: 'XElement.Parse("<r><a>1</a><!--note--></r>").LastNode.ToString()', expect: '<!--note-->' },
  {
    expression: 'XElement.Parse("<r><a>1</a><!--note--></r>").LastNode.NodeType',
    expect: 'Comment',
    type: 'System.Xml.XmlNodeType',
  },
  {
    expression: 'XElement.Parse("<r><a>1</a></r>").FirstNode.NodeType',
    expect: 'Element',
    type: 'System.Xml.XmlNodeType',
  },
  {
    expression: 'XElement.Parse("<r><a>1</a></r>").NodeType',
    expect: 'Element',
    type: 'System.Xml.XmlNodeType',
  },
  { expression: 'XDocument.Parse("<r/>").NodeType', expect: 'Document', type: 'System.Xml.XmlNodeType' },
  {
    expression: 'XElement.Parse("<r><a><b/></a></r>").Element("a").Element("b").Parent.Name.LocalName',
    expect: 'a',
  },
  {
    expression: 'XElement.Parse("<r><a><b/></a></r>").Element("a").Element("b").Ancestors().Count()',
    expect: '2',
    type: 'System.Int32',
  },
  {
    expression: 'XElement.Parse("<r><a><b/></a></r>").Element("a").Element("b").AncestorsAndSelf().Count()',
    expect: '3',
    type: 'System.Int32',
  },
  {
    expression: 'XElement.Parse("<r><a/><b/><c/></r>").Element("b").ElementsAfterSelf().Count()',
    expect: '1',
    type: 'System.Int32',
  },
  {
    expression:
      'XElement.Parse("<r><a/><b/><c/></r>").Element("b").ElementsBeforeSelf().First().Name.LocalName',
    expect: 'a',
  },
  { expression: 'XElement.Parse("<r><a/><b/><c/></r>").Element("b").NextNode.ToString()', expect: '<c />' },
  {
    expression: 'XElement.Parse("<r><a/><b/><c/></r>").Element("b").PreviousNode.ToString()',
    expect: '<a />',
  },
  {
    expression:
      'XElement.Parse("<r><a/><b/></r>").Element("a").IsBefore(XElement.Parse("<r><a/><b/></r>").Element("b"))',
    throws: 'System.InvalidOperationException',
    message: 'A common ancestor is missing.',
  },
  {
    expression: 'XElement.Parse("<r><a/><b/></r>").Element("a").Document == null',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'XDocument.Parse("<r><a/></r>").Root.Element("a").Document.Root.Name.LocalName',
    expect: 'r',
  },
  { expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Element("a")', expect: null },
  {
    expression:
      'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Element(XNamespace.Get("urn:x") + "a").Value',
    expect: '1',
  },
  {
    expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Element(XName.Get("{urn:x}a")).Value',
    expect: '1',
  },
  {
    expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Element("{urn:x}a").Value',
    expect: '1',
  },
  { expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Name.ToString()', expect: '{urn:x}r' },
  { expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Name.NamespaceName', expect: 'urn:x' },
  {
    expression: 'XElement.Parse("<r xmlns=\\"urn:x\\"><a>1</a></r>").Element("{urn:x}a").ToString()',
    expect: '<a xmlns="urn:x">1</a>',
  },
  {
    expression:
      'XElement.Parse("<s:Envelope xmlns:s=\\"http://schemas.xmlsoap.org/soap/envelope/\\"><s:Body><m>1</m></s:Body></s:Envelope>").Element(XNamespace.Get("http://schemas.xmlsoap.org/soap/envelope/") + "Body").ToString()',
    expect: '<s:Body xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\r\n  <m>1</m>\r\n</s:Body>',
  },
  {
    expression:
      'XElement.Parse("<s:Envelope xmlns:s=\\"http://schemas.xmlsoap.org/soap/envelope/\\"><s:Body><m>1</m></s:Body></s:Envelope>").ToString()',
    expect:
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\r\n  <s:Body>\r\n    <m>1</m>\r\n  </s:Body>\r\n</s:Envelope>',
  },
  {
    expression: 'XElement.Parse("<s:E xmlns:s=\\"urn:s\\"/>").GetPrefixOfNamespace(XNamespace.Get("urn:s"))',
    expect: 's',
  },
  {
    expression: 'XElement.Parse("<s:E xmlns:s=\\"urn:s\\"/>").GetNamespaceOfPrefix("s").NamespaceName',
    expect: 'urn:s',
  },
  {
    expression: 'XElement.Parse("<E xmlns=\\"urn:d\\"/>").GetDefaultNamespace().NamespaceName',
    expect: 'urn:d',
  },
  {
    expression: 'XElement.Parse("<E xmlns=\\"urn:d\\"/>").Attributes().First().IsNamespaceDeclaration',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'XElement.Parse("<r xml:lang=\\"en\\"/>").Attribute(XNamespace.Xml + "lang").Value',
    expect: 'en',
  },
  { expression: 'new XElement("a", "text").ToString()', expect: '<a>text</a>' },
  { expression: 'new XElement("a").ToString()', expect: '<a />' },
  { expression: 'new XElement("a", "").ToString()', expect: '<a></a>' },
  {
    expression: 'new XElement("a", new XElement("b", 1), new XElement("c", true)).ToString()',
    expect: '<a>\r\n  <b>1</b>\r\n  <c>true</c>\r\n</a>',
  },
  { expression: 'new XElement("a", new XAttribute("id", 5), "x").ToString()', expect: '<a id="5">x</a>' },
  { expression: 'new XElement("a", 1.5, 2.5m, 10L).ToString()', expect: '<a>1.52.510</a>' },
  { expression: 'new XElement("a", 0.1 + 0.2).Value', expect: '0.30000000000000004' },
  { expression: 'new XElement("a", 1e-7).Value', expect: '1E-07' },
  { expression: 'new XElement("a", double.PositiveInfinity).Value', expect: 'INF' },
  {
    expression: 'new XElement("a", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)).Value',
    expect: '2024-01-02T03:04:05Z',
  },
  {
    expression: 'new XElement("a", new DateTime(2024, 1, 2, 3, 4, 5, 600, DateTimeKind.Unspecified)).Value',
    expect: '2024-01-02T03:04:05.6',
  },
  { expression: 'new XElement("a", "x", "y").Nodes().Count()', expect: '1', type: 'System.Int32' },
  { expression: 'new XElement("a", "<&>").ToString()', expect: '<a>&lt;&amp;&gt;</a>' },
  {
    expression: 'new XElement("a", new XAttribute("q", "\\"<&>\'")).ToString()',
    expect: '<a q="&quot;&lt;&amp;&gt;\'" />',
  },
  {
    expression: 'new XElement("a", new XAttribute("q", "t\\tn\\n")).ToString()',
    expect: '<a q="t&#x9;n&#xA;" />',
  },
  { expression: 'new XElement("a", new XComment("c")).ToString()', expect: '<a>\r\n  <!--c-->\r\n</a>' },
  {
    expression: 'new XElement("a", new XCData("x]]>y")).ToString()',
    expect: '<a><![CDATA[x]]]]><![CDATA[>y]]></a>',
  },
  {
    expression: 'new XElement("a", new XProcessingInstruction("t", "d")).ToString()',
    expect: '<a>\r\n  <?t d?>\r\n</a>',
  },
  {
    expression: 'new XElement("a", new XElement("b", "t", new XElement("c")), new XElement("d")).ToString()',
    expect: '<a>\r\n  <b>t<c /></b>\r\n  <d />\r\n</a>',
  },
  {
    expression: 'new XElement("a", new XElement("b"), "t", new XElement("c", new XElement("d"))).ToString()',
    expect: '<a>\r\n  <b />t<c><d /></c></a>',
  },
  {
    expression:
      'new XElement(XNamespace.Get("urn:x") + "a", new XElement(XNamespace.Get("urn:x") + "b")).ToString()',
    expect: '<a xmlns="urn:x">\r\n  <b />\r\n</a>',
  },
  {
    expression: 'new XElement(XNamespace.Get("urn:x") + "a", new XElement("b")).ToString()',
    expect: '<a xmlns="urn:x">\r\n  <b xmlns="" />\r\n</a>',
  },
  {
    expression:
      'new XElement(XNamespace.Get("urn:x") + "a", new XAttribute(XNamespace.Xmlns + "x", "urn:x"), new XElement(XNamespace.Get("urn:x") + "b")).ToString()',
    expect: '<x:a xmlns:x="urn:x">\r\n  <x:b />\r\n</x:a>',
  },
  {
    expression: 'new XElement("a", new XAttribute(XNamespace.Get("urn:y") + "b", 1)).ToString()',
    expect: '<a p1:b="1" xmlns:p1="urn:y" />',
  },
  {
    expression:
      'new XElement("a", new XAttribute(XNamespace.Get("urn:y") + "b", 1), new XAttribute(XNamespace.Get("urn:z") + "c", 2)).ToString()',
    expect: '<a p1:b="1" p2:c="2" xmlns:p2="urn:z" xmlns:p1="urn:y" />',
  },
  {
    expression: 'new XElement(XNamespace.Get("urn:x") + "a", new XAttribute("xmlns", "urn:x")).ToString()',
    expect: '<a xmlns="urn:x" />',
  },
  { expression: 'new XDocument(new XElement("r")).ToString()', expect: '<r />' },
  {
    expression: 'new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement("r")).ToString()',
    expect: '<r />',
  },
  {
    expression:
      'new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XElement("r")).Declaration.ToString()',
    expect: '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
  },
  {
    expression: 'new XDocument(new XComment("c"), new XElement("r")).ToString()',
    expect: '<!--c-->\r\n<r />',
  },
  {
    expression: 'new XDocument(new XDocumentType("html", null, null, null), new XElement("html")).ToString()',
    expect: '<!DOCTYPE html >\r\n<html />',
  },
  { expression: 'new XDocument().Root', expect: null },
  { expression: 'new XDeclaration("1.0", null, null).ToString()', expect: '<?xml version="1.0"?>' },
  { expression: 'new XComment("a--b").ToString()', expect: '<!--a- -b-->' },
  { expression: 'new XComment("ends-").ToString()', expect: '<!--ends- -->' },
  { expression: 'new XText("a & b").ToString()', expect: 'a &amp; b' },
  { expression: 'new XText("a & b").Value', expect: 'a & b' },
  { expression: 'new XCData("c").Value', expect: 'c' },
  {
    expression: 'new XProcessingInstruction("xml-stylesheet", "href=\'a.xsl\'").ToString()',
    expect: "<?xml-stylesheet href='a.xsl'?>",
  },
  { expression: 'new XAttribute("a", 1).ToString()', expect: 'a="1"' },
  { expression: 'new XAttribute("a", true).Value', expect: 'true' },
  { expression: 'new XAttribute("a", 1.25).Value', expect: '1.25' },
  { expression: 'new XAttribute("a", "v").Parent', expect: null },
  {
    expression:
      '@{ var e = new XElement("r"); e.Add(new XElement("a")); e.Add("t"); e.Add("u"); return e.ToString(); }',
    expect: '<r>\r\n  <a />tu</r>',
  },
  {
    expression:
      '@{ var e = new XElement("r", new XElement("b")); e.AddFirst(new XElement("a")); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n  <b />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/><b/></r>"); e.Element("a").Remove(); return e.ToString(); }',
    expect: '<r>\r\n  <b />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/><b/></r>"); e.Element("a").AddAfterSelf(new XElement("x")); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n  <x />\r\n  <b />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/><b/></r>"); e.Element("b").AddBeforeSelf(new XElement("x")); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n  <x />\r\n  <b />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/><b/></r>"); e.Element("a").ReplaceWith(new XElement("x", 1)); return e.ToString(); }',
    expect: '<r>\r\n  <x>1</x>\r\n  <b />\r\n</r>',
  },
  {
    expression: '@{ var e = XElement.Parse("<r><a/><b/></r>"); e.RemoveNodes(); return e.ToString(); }',
    expect: '<r />',
  },
  {
    expression: '@{ var e = XElement.Parse("<r x=\\"1\\"><a/></r>"); e.RemoveAll(); return e.ToString(); }',
    expect: '<r />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"><a/></r>"); e.RemoveAttributes(); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/></r>"); e.ReplaceNodes(new XElement("b"), "t"); return e.ToString(); }',
    expect: '<r>\r\n  <b />t</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a/></r>"); e.ReplaceAll(new XAttribute("k", "v")); return e.ToString(); }',
    expect: '<r k="v" />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"/>"); e.SetAttributeValue("x", 2); e.SetAttributeValue("y", "n"); return e.ToString(); }',
    expect: '<r x="2" y="n" />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"/>"); e.SetAttributeValue("x", null); return e.ToString(); }',
    expect: '<r />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a>1</a></r>"); e.SetElementValue("a", 2); e.SetElementValue("b", 3); return e.ToString(); }',
    expect: '<r>\r\n  <a>2</a>\r\n  <b>3</b>\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a>1</a></r>"); e.SetElementValue("a", null); return e.ToString(); }',
    expect: '<r />',
  },
  {
    expression: '@{ var e = XElement.Parse("<r><a>1</a></r>"); e.SetValue(42); return e.ToString(); }',
    expect: '<r>42</r>',
  },
  {
    expression: '@{ var e = XElement.Parse("<r><a>1</a></r>"); e.Value = "<new>"; return e.ToString(); }',
    expect: '<r>&lt;new&gt;</r>',
  },
  {
    expression: '@{ var e = XElement.Parse("<r><a>1</a></r>"); e.Value = ""; return e.ToString(); }',
    expect: '<r></r>',
  },
  { expression: '@{ var e = new XElement("r"); e.Name = "s"; return e.ToString(); }', expect: '<s />' },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"/>"); e.Attribute("x").Value = "2"; return e.ToString(); }',
    expect: '<r x="2" />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"/>"); e.Attribute("x").Remove(); return e.ToString(); }',
    expect: '<r />',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r x=\\"1\\"/>"); e.Attribute("x").SetValue(3.5); return e.ToString(); }',
    expect: '<r x="3.5" />',
  },
  {
    expression:
      '@{ var a = XElement.Parse("<r><a/></r>"); var b = new XElement("s", a.Element("a")); return a.ToString() + "|" + b.ToString(); }',
    expect: '<r>\r\n  <a />\r\n</r>|<s>\r\n  <a />\r\n</s>',
  },
  {
    expression: '@{ var e = XElement.Parse("<r><a/></r>"); e.Element("a").Add(e); return e.ToString(); }',
    expect: '<r>\r\n  <a>\r\n    <r>\r\n      <a />\r\n    </r>\r\n  </a>\r\n</r>',
  },
  {
    expression: '@{ var d = new XDocument(); d.Add(new XElement("r")); return d.Root.Name.LocalName; }',
    expect: 'r',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a i=\\"1\\"/><a i=\\"2\\"/></r>"); e.Elements("a").Attributes("i").Remove(); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n  <a />\r\n</r>',
  },
  {
    expression:
      '@{ var e = XElement.Parse("<r><a><b/></a><c><b/></c></r>"); e.Elements().Elements("b").Remove(); return e.ToString(); }',
    expect: '<r>\r\n  <a />\r\n  <c />\r\n</r>',
  },
  {
    expression:
      'string.Join(",", XElement.Parse("<r><a><b>1</b></a><c><b>2</b></c></r>").Elements().Descendants("b").Select(b => (int)b))',
    expect: '1,2',
  },
  {
    expression:
      'string.Join(",", XElement.Parse("<r><a i=\\"1\\"/><a i=\\"2\\"/></r>").Elements("a").Attributes("i").Select(a => a.Value))',
    expect: '1,2',
  },
  {
    expression:
      'XNode.DeepEquals(XElement.Parse("<a x=\\"1\\"><b/></a>"), XElement.Parse("<a x=\\"1\\"><b></b></a>"))',
    expect: 'False',
    type: 'System.Boolean',
  },
  {
    expression:
      'XNode.DeepEquals(XElement.Parse("<a x=\\"1\\"><b/></a>"), XElement.Parse("<a  x=\'1\'><b/></a>"))',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'new XElement(XElement.Parse("<a x=\\"1\\"><b/></a>")).ToString()',
    expect: '<a x="1">\r\n  <b />\r\n</a>',
  },
  { expression: '(string)XElement.Parse("<a>x<b>y</b></a>")', expect: 'xy' },
  { expression: '(string)(XElement)null', expect: null },
  { expression: '(int)XElement.Parse("<a> 42 </a>")', expect: '42', type: 'System.Int32' },
  { expression: '(int?)XElement.Parse("<a>-7</a>")', expect: '-7', type: 'System.Int32' },
  { expression: '(int?)XElement.Parse("<r/>").Element("a")', expect: null },
  {
    expression: '(int)XElement.Parse("<r/>").Element("a")',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: element',
  },
  {
    expression: '(int)XElement.Parse("<a>4.5</a>")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: '(int)XElement.Parse("<a>1,000</a>")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: '(int)XElement.Parse("<a>3000000000</a>")',
    throws: 'System.OverflowException',
    message: 'Value was either too large or too small for an Int32.',
  },
  { expression: '(long)XElement.Parse("<a>3000000000</a>")', expect: '3000000000', type: 'System.Int64' },
  {
    expression: '(uint)XElement.Parse("<a>-1</a>")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: '(bool)XElement.Parse("<a>true</a>")', expect: 'True', type: 'System.Boolean' },
  { expression: '(bool)XElement.Parse("<a>TRUE</a>")', expect: 'True', type: 'System.Boolean' },
  { expression: '(bool)XElement.Parse("<a>1</a>")', expect: 'True', type: 'System.Boolean' },
  { expression: '(bool)XElement.Parse("<a> false </a>")', expect: 'False', type: 'System.Boolean' },
  {
    expression: '(bool)XElement.Parse("<a>yes</a>")',
    throws: 'System.FormatException',
    message: "The string 'yes' is not a valid Boolean value.",
  },
  { expression: '(bool?)XElement.Parse("<r/>").Attribute("x")', expect: null },
  { expression: '(double)XElement.Parse("<a>1.5e3</a>")', expect: '1500', type: 'System.Double' },
  { expression: '(double)XElement.Parse("<a>-INF</a>")', expect: '-Infinity', type: 'System.Double' },
  { expression: '(double)XElement.Parse("<a>NaN</a>")', expect: 'NaN', type: 'System.Double' },
  {
    expression: '(double)XElement.Parse("<a>1,5</a>")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: '(float)XElement.Parse("<a>0.1</a>")', expect: '0.1', type: 'System.Single' },
  { expression: '(decimal)XElement.Parse("<a>12.3400</a>")', expect: '12.3400', type: 'System.Decimal' },
  {
    expression: '(decimal)XElement.Parse("<a>1e3</a>")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: '(decimal?)XElement.Parse("<a>-0.5</a>")', expect: '-0.5', type: 'System.Decimal' },
  {
    expression: '(Guid)XElement.Parse("<a>0f8fad5b-d9cb-469f-a165-70867728950e</a>")',
    expect: '0f8fad5b-d9cb-469f-a165-70867728950e',
    type: 'System.Guid',
  },
  {
    expression: '(Guid)XElement.Parse("<a>nope</a>")',
    throws: 'System.FormatException',
    message: 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  },
  { expression: '(string)XElement.Parse("<r x=\\"1\\"/>").Attribute("x")', expect: '1' },
  { expression: '(string)XElement.Parse("<r x=\\"1\\"/>").Attribute("y")', expect: null },
  {
    expression: '(int)XElement.Parse("<r x=\\"1\\"/>").Attribute("x") + 1',
    expect: '2',
    type: 'System.Int32',
  },
  {
    expression: '(int)XElement.Parse("<r x=\\"1\\"/>").Attribute("y")',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: attribute',
  },
  {
    expression: '(double?)XElement.Parse("<r x=\\"2.5\\"/>").Attribute("x")',
    expect: '2.5',
    type: 'System.Double',
  },
  { expression: 'XName.Get("{urn:x}a").LocalName', expect: 'a' },
  { expression: 'XName.Get("{urn:x}a").NamespaceName', expect: 'urn:x' },
  { expression: 'XName.Get("a", "urn:x").ToString()', expect: '{urn:x}a' },
  { expression: '(XNamespace.Get("urn:x") + "a").ToString()', expect: '{urn:x}a' },
  {
    expression: 'XNamespace.Get("urn:x") + "a" == XName.Get("{urn:x}a")',
    expect: 'True',
    type: 'System.Boolean',
  },
  {
    expression: 'XNamespace.Get("urn:x") == XNamespace.Get("urn:x")',
    expect: 'True',
    type: 'System.Boolean',
  },
  { expression: 'XNamespace.None.NamespaceName.Length', expect: '0', type: 'System.Int32' },
  { expression: 'XNamespace.Xml.NamespaceName', expect: 'http://www.w3.org/XML/1998/namespace' },
  { expression: 'XNamespace.Xmlns.NamespaceName', expect: 'http://www.w3.org/2000/xmlns/' },
  { expression: 'XNamespace.Get("urn:x").GetName("b").ToString()', expect: '{urn:x}b' },
  {
    expression: 'XName.Get("")',
    throws: 'System.ArgumentException',
    message: "'' is an invalid expanded name.",
  },
  {
    expression: 'XName.Get("a b")',
    throws: 'System.Xml.XmlException',
    message: "The ' ' character, hexadecimal value 0x20, cannot be included in a name.",
  },
  {
    expression: 'XName.Get("1a")',
    throws: 'System.Xml.XmlException',
    message: "Name cannot begin with the '1' character, hexadecimal value 0x31.",
  },
  {
    expression: 'XName.Get("{urn:x}")',
    throws: 'System.ArgumentException',
    message: "'{urn:x}' is an invalid expanded name.",
  },
  {
    expression: 'XName.Get("p:a")',
    throws: 'System.Xml.XmlException',
    message: "The ':' character, hexadecimal value 0x3A, cannot be included in a name.",
  },
  {
    expression: 'XElement.Parse("")',
    throws: 'System.Xml.XmlException',
    message: 'Root element is missing.',
  },
  {
    expression: 'XElement.Parse("not xml")',
    throws: 'System.Xml.XmlException',
    message: 'Data at the root level is invalid. Line 1, position 1.',
  },
  {
    expression: 'XElement.Parse("<a><b></a>")',
    throws: 'System.Xml.XmlException',
    message: "The 'b' start tag on line 1 position 5 does not match the end tag of 'a'. Line 1, position 9.",
  },
  {
    expression: 'XElement.Parse("<a></b>")',
    throws: 'System.Xml.XmlException',
    message: "The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 1, position 6.",
  },
  {
    expression: 'XElement.Parse("<a/><b/>")',
    throws: 'System.Xml.XmlException',
    message: 'There are multiple root elements. Line 1, position 6.',
  },
  {
    expression: 'XElement.Parse("<a>")',
    throws: 'System.Xml.XmlException',
    message: 'Data at the root level is invalid. Line 1, position 1.',
  },
  {
    expression: 'XElement.Parse("<a x=1/>")',
    throws: 'System.Xml.XmlException',
    message: "'1' is an unexpected token. The expected token is '\"' or '''. Line 1, position 6.",
  },
  {
    expression: 'XElement.Parse("<a x=\\"1\\" x=\\"2\\"/>")',
    throws: 'System.Xml.XmlException',
    message: "'x' is a duplicate attribute name. Line 1, position 10.",
  },
  {
    expression: 'XElement.Parse("<a>&nbsp;</a>")',
    throws: 'System.Xml.XmlException',
    message: "Reference to undeclared entity 'nbsp'. Line 1, position 5.",
  },
  {
    expression: 'XElement.Parse("<p:a/>")',
    throws: 'System.Xml.XmlException',
    message: "'p' is an undeclared prefix. Line 1, position 2.",
  },
  {
    expression: 'XElement.Parse("<a>\\n<b>\\n</a>")',
    throws: 'System.Xml.XmlException',
    message: "The 'b' start tag on line 2 position 2 does not match the end tag of 'a'. Line 3, position 3.",
  },
  {
    expression: 'XDocument.Parse("<?xml version=\\"1.0\\"?><a/><?xml version=\\"1.0\\"?>")',
    throws: 'System.Xml.XmlException',
    message:
      'Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it. Line 1, position 28.',
  },
  {
    expression: 'XDocument.Parse(" <?xml version=\\"1.0\\"?><a/>")',
    throws: 'System.Xml.XmlException',
    message:
      'Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it. Line 1, position 4.',
  },
  {
    expression: 'XDocument.Parse("<a><!-- x -- y --></a>")',
    throws: 'System.Xml.XmlException',
    message: "An XML comment cannot contain '--', and '-' cannot be the last character. Line 1, position 11.",
  },
  {
    expression: 'XDocument.Parse("<a>]]></a>")',
    throws: 'System.Xml.XmlException',
    message: "']]>' is not allowed in character data. Line 1, position 4.",
  },
  { expression: 'XDocument.Parse("<!DOCTYPE a [<!ENTITY e \\"v\\">]><a>&e;</a>").Root.Value', expect: 'v' },
  {
    expression: 'XDocument.Parse("<!DOCTYPE a [<!ENTITY e \\"v\\">]><a>&e;</a>").ToString()',
    expect: '<!DOCTYPE a [<!ENTITY e "v">]>\r\n<a>v</a>',
  },
  {
    expression: 'XDocument.Parse("<!DOCTYPE a [<!ENTITY e \\"v\\">]><a>&e;</a>").DocumentType.Name',
    expect: 'a',
  },
  {
    expression: 'new XElement("a", new XAttribute("b", 1), new XAttribute("b", 2))',
    throws: 'System.InvalidOperationException',
    message: 'Duplicate attribute.',
  },
  {
    expression: 'new XDocument(new XElement("a"), new XElement("b"))',
    throws: 'System.InvalidOperationException',
    message: 'This operation would create an incorrectly structured document.',
  },
  {
    expression: 'new XDocument("text")',
    throws: 'System.ArgumentException',
    message: 'Non-whitespace characters cannot be added to content.',
  },
  {
    expression: 'new XDocument(new XText("text"))',
    throws: 'System.ArgumentException',
    message: 'Non-whitespace characters cannot be added to content.',
  },
  {
    expression: 'new XElement("a", new XDocument())',
    throws: 'System.ArgumentException',
    message: 'A node of type Document cannot be added to content.',
  },
  {
    expression: 'new XElement((XName)null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: name',
  },
  {
    expression: 'new XAttribute("a", null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: value',
  },
  {
    expression: 'new XAttribute(XNamespace.Xmlns + "p", "")',
    throws: 'System.ArgumentException',
    message: "The prefix 'p' cannot be bound to the empty namespace name.",
  },
  {
    expression: 'new XProcessingInstruction("xml", "d")',
    throws: 'System.ArgumentException',
    message: "'xml' is an invalid name for a processing instruction.",
  },
  {
    expression: 'new XElement("a", new XElement("b")).ToString(SaveOptions.DisableFormatting)',
    expect: '<a><b /></a>',
  },
  {
    expression: '@{ new XElement("r").Remove(); return "done"; }',
    throws: 'System.InvalidOperationException',
    message: 'The parent is missing.',
  },
  {
    expression: '((DateTime)XElement.Parse("<a>2024-01-02T03:04:05Z</a>")).ToString("o")',
    expect: '2024-01-02T03:04:05.0000000Z',
  },
  {
    expression: '((DateTime)XElement.Parse("<a>2024-01-02T03:04:05</a>")).ToString("o")',
    expect: '2024-01-02T03:04:05.0000000',
  },
  {
    expression: '((DateTime)XElement.Parse("<a>2024-01-02T03:04:05+02:00</a>")).ToString("o")',
    expect: '2024-01-02T01:04:05.0000000+00:00',
  },
  {
    expression: '((DateTime)XElement.Parse("<a>01/02/2024</a>")).ToString("o")',
    expect: '2024-01-02T00:00:00.0000000',
  },
  {
    expression: '((DateTime?)XElement.Parse("<r/>").Element("a")).HasValue',
    expect: 'False',
    type: 'System.Boolean',
  },
  {
    expression: '((DateTime)XElement.Parse("<r d=\\"2024-01-02\\"/>").Attribute("d")).ToString("o")',
    expect: '2024-01-02T00:00:00.0000000',
  },
  {
    expression: '((DateTime)XElement.Parse("<a>not a date</a>")).ToString("o")',
    throws: 'System.FormatException',
  },
  {
    expression:
      'XDocument.Parse("<UserDelegationKey><SignedOid>abc</SignedOid><Value>k</Value></UserDelegationKey>").Root.Element("SignedOid")?.Value ?? ""',
    expect: 'abc',
  },
  {
    expression:
      'XDocument.Parse("<UserDelegationKey><SignedOid>abc</SignedOid></UserDelegationKey>").Root.Element("SignedTid")?.Value ?? ""',
    expect: '',
  },
  {
    expression:
      'XDocument.Parse("<s:Envelope xmlns:s=\\"http://schemas.xmlsoap.org/soap/envelope/\\"><s:Body><GetUser><Id>7</Id></GetUser></s:Body></s:Envelope>").Descendants("Id").First().Value',
    expect: '7',
  },
  {
    expression:
      'XDocument.Parse("<s:Envelope xmlns:s=\\"http://schemas.xmlsoap.org/soap/envelope/\\"><s:Body><GetUser><Id>7</Id></GetUser></s:Body></s:Envelope>").Descendants(XNamespace.Get("http://schemas.xmlsoap.org/soap/envelope/") + "Body").Elements().First().Name.LocalName',
    expect: 'GetUser',
  },
  {
    expression:
      'XElement.Parse("<items><item price=\\"2\\"/><item price=\\"3\\"/></items>").Elements("item").Sum(i => (int)i.Attribute("price"))',
    expect: '5',
    type: 'System.Int32',
  },
  {
    expression:
      'XElement.Parse("<items><item>b</item><item>a</item></items>").Elements().OrderBy(e => e.Value).First().Value',
    expect: 'a',
  },
  {
    expression: 'new XElement("root", new[] { "a", "b" }.Select(s => new XElement("item", s))).ToString()',
    expect: '<root>\r\n  <item>a</item>\r\n  <item>b</item>\r\n</root>',
  },
  {
    expression: 'new XElement("root", new XElement("n", (string)null)).ToString()',
    expect: '<root>\r\n  <n />\r\n</root>',
  },
  { expression: 'new XElement("root", (object)null).ToString()', expect: '<root />' },
  { expression: 'new XAttribute(XNamespace.Get("urn:y") + "b", 1).ToString()', expect: 'p0:b="1"' },
  {
    expression:
      'XElement.Parse("<r xmlns:p=\\"urn:p\\"><a p:x=\\"1\\"/></r>").Element("a").Attribute(XNamespace.Get("urn:p") + "x").ToString()',
    expect: 'p:x="1"',
  },
  {
    expression:
      'XElement.Parse("<r xmlns:p=\\"urn:p\\"><a xmlns:p=\\"urn:p\\"><p:b/></a></r>").ToString(SaveOptions.OmitDuplicateNamespaces)',
    expect: '<r xmlns:p="urn:p">\r\n  <a>\r\n    <p:b />\r\n  </a>\r\n</r>',
  },
  {
    expression: 'XElement.Parse("<r xmlns:p=\\"urn:p\\"><a xmlns:p=\\"urn:p\\"><p:b/></a></r>").ToString()',
    expect: '<r xmlns:p="urn:p">\r\n  <a xmlns:p="urn:p">\r\n    <p:b />\r\n  </a>\r\n</r>',
  },
  {
    expression:
      'XElement.Parse("<r xmlns=\\"urn:d\\"><a xmlns=\\"urn:d\\"/></r>").ToString(SaveOptions.OmitDuplicateNamespaces)',
    expect: '<r xmlns="urn:d">\r\n  <a />\r\n</r>',
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().Subject',
    expect: '1234567890',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().Algorithm',
    expect: 'HS256',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().Claims["name"].FirstOrDefault()',
    expect: 'John Doe',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().Claims.GetValueOrDefault("name", "none")',
    expect: 'John Doe',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().IssuedAt.Value.ToString("yyyy-MM-ddTHH:mm:ssK")',
    expect: '2018-01-18T01:30:22Z',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().ExpirationTime.HasValue',
    expect: 'False',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".AsJwt().Audiences.Count()',
    expect: '0',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '"not a token".AsJwt() == null',
    expect: 'True',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '@{ Jwt jwt; var ok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".TryParseJwt(out jwt); return ok + ":" + jwt.Subject; }',
    expect: 'True:1234567890',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '@{ Jwt jwt; return "x.y".TryParseJwt(out jwt) + ":" + (jwt == null); }',
    expect: 'False:True',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '"Basic dXNlcjpwYXNz".AsBasic().UserId',
    expect: 'user',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '"Basic dXNlcjpwYXNz".AsBasic().Password',
    expect: 'pass',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '"Basic dXNlcjpwYXNz".AsBasic() == null',
    expect: 'False',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression: '"Bearer dXNlcjpwYXNz".AsBasic() == null',
    expect: 'True',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
  {
    expression:
      '@{ BasicAuthCredentials credentials; return "Basic dXNlcjpwYXNz".TryParseBasic(out credentials) + ":" + credentials.UserId; }',
    expect: 'True:user',
    note: "API Management helper: expected value from its documentation and Microsoft's policy toolkit (Mono has no such type).",
  },
];
