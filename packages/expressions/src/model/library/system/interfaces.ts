import { declareType } from '../../registry.js';

declareType({ name: 'System.IComparable', kind: 'interface', apim: 'all' });
declareType({ name: 'System.IComparable<in T>', kind: 'interface', apim: 'all' });
declareType({ name: 'System.IEquatable<T>', kind: 'interface', apim: 'all' });
declareType({ name: 'System.IFormattable', kind: 'interface', apim: 'all' });
declareType({ name: 'System.IConvertible', kind: 'interface', apim: 'all' });
declareType({ name: 'System.ICloneable', kind: 'interface', apim: 'all' });
declareType({ name: 'System.IDisposable', kind: 'interface', apim: 'all' });
