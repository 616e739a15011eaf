import type { CatalogElement, CatalogText } from '../catalog/element.js';
import type { ElementNode } from '../document/model.js';

/** The catalog's view of a document element: its attributes, child elements and text runs. */
export function toCatalogElement(element: ElementNode): CatalogElement {
  const children: CatalogElement[] = [];
  const text: CatalogText[] = [];
  for (const child of element.children) {
    if (child.type === 'Element') children.push(toCatalogElement(child));
    else if ((child.type === 'Text' || child.type === 'CData') && child.value.trim() !== '') {
      text.push({
        value: child.value,
        isExpression: child.expression !== null,
        range: child.range,
        loc: child.loc,
      });
    } else if (child.type === 'Payload') {
      text.push({ value: child.value, isExpression: false, range: child.range, loc: child.loc });
    }
  }
  return {
    name: element.name,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      value: attribute.value,
      isExpression: attribute.expression !== null,
      range: attribute.range,
      loc: attribute.loc,
    })),
    children,
    text,
    range: element.range,
    loc: element.loc,
  };
}
