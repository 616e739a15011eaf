/**
 * LINQ to XML (`System.Xml.Linq`) for policy expressions, and API Management's string helpers
 * (`AsJwt`, `AsBasic`). The engine reads XML bodies with `parseXDocument` and `parseXElement`.
 */

export { asBasic, BasicAuthCredentials, tryParseBasic } from './apim-basic.js';
export { asJwt, Jwt, JwtClaims, tryParseJwt } from './apim-jwt.js';
export { addName, nameFromString, namespaceFromString, XName, XNamespace } from './names.js';
export { XAttribute } from './x-attribute.js';
export { XComment } from './x-comment.js';
export { XContainer } from './x-container.js';
export { XDeclaration } from './x-declaration.js';
export { XDocument } from './x-document.js';
export { XDocumentType } from './x-document-type.js';
export { XElement } from './x-element.js';
export { compareDocumentOrder, deepEquals, XNode, XObject } from './x-node.js';
export { XProcessingInstruction } from './x-processing-instruction.js';
export { XCData, XText } from './x-text.js';
export { parseXDocument, parseXElement } from './xml-loader.js';
export { LoadOptions, SaveOptions, XmlNodeType } from './xml-node-type.js';
