import { Boxed } from '../../../runtime/values.js';
import { declareType } from '../../registry.js';

/** `System.Object` and the roots of the type hierarchy. Their members are added with `extendType`. */
export const objectType = declareType({
  name: 'System.Object',
  keyword: 'object',
  kind: 'class',
  apim: 'all',
});
export const valueType = declareType({ name: 'System.ValueType', kind: 'class', apim: 'all' });
export const enumType = declareType({
  name: 'System.Enum',
  kind: 'class',
  base: 'System.ValueType',
  apim: 'listed',
  test: (value) => value instanceof Boxed && value.type.isValueType && value.type.name !== 'System.Double',
});
export const delegateType = declareType({ name: 'System.Delegate', kind: 'class', apim: 'none' });
export const multicastDelegateType = declareType({
  name: 'System.MulticastDelegate',
  kind: 'class',
  base: 'System.Delegate',
  apim: 'none',
});

/** Known so that reflection is reported precisely: API Management does not allow it. */
export const typeType = declareType({ name: 'System.Type', kind: 'class', apim: 'none' });
