import { DotnetException } from '../../../runtime/exceptions.js';
import { Boxed } from '../../../runtime/values.js';
import { LoadOptions, SaveOptions, XmlNodeType } from '../../../runtime/xml/xml-node-type.js';
import { declareType } from '../../registry.js';

const boxedAs = (name: string) => (value: unknown) => value instanceof Boxed && value.type.name === name;

/** `System.Xml.XmlNodeType`: what `XObject.NodeType` returns. */
declareType({
  name: 'System.Xml.XmlNodeType',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.Xml.XmlNodeType'),
  enum: XmlNodeType,
});

/** `System.Xml.Linq.LoadOptions` (flags), for `Parse`. */
declareType({
  name: 'System.Xml.Linq.LoadOptions',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.Xml.Linq.LoadOptions'),
  enum: LoadOptions,
});

/** `System.Xml.Linq.SaveOptions` (flags), for `ToString`. */
declareType({
  name: 'System.Xml.Linq.SaveOptions',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.Xml.Linq.SaveOptions'),
  enum: SaveOptions,
});

/** `System.Xml.XmlException`, which parsing and invalid names throw. */
declareType({
  name: 'System.Xml.XmlException',
  kind: 'class',
  base: 'System.SystemException',
  apim: 'none',
  test: (value) => value instanceof DotnetException && value.type === 'System.Xml.XmlException',
  members: {},
});
