import { Queue } from '../../../runtime/collections/queue.js';
import { Stack } from '../../../runtime/collections/stack.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

type Types = readonly RuntimeType[];

/** `Queue<T>` and `Stack<T>` (runtime: `runtime/collections/queue.ts`, `stack.ts`). Constructors receive `[T]`. */
declareType({
  name: 'System.Collections.Generic.Queue<T>',
  kind: 'class',
  apim: 'all',
  interfaces: ['IEnumerable<T>', 'IReadOnlyCollection<T>'],
  test: (value) => value instanceof Queue,
  members: {
    'new()': withTypeArguments((types: Types) => new Queue(types)),
    'new(int capacity)': withTypeArguments((types: Types, capacity: number) => new Queue(types, capacity)),
    'new(IEnumerable<T> collection)': withTypeArguments((types: Types, collection: unknown) =>
      Queue.from(types, collection),
    ),
    'int Count { get; }': jsProperty('Count'),
    'void Enqueue(T item)': jsMethod('Enqueue'),
    'T Dequeue()': jsMethod('Dequeue'),
    'T Peek()': jsMethod('Peek'),
    'bool Contains(T item)': jsMethod('Contains'),
    'void Clear()': jsMethod('Clear'),
    'T[] ToArray()': jsMethod('ToArray'),
    'void CopyTo(T[] array, int arrayIndex)': jsMethod('CopyTo'),
    'string ToString()': jsMethod('ToString'),
  },
});

declareType({
  name: 'System.Collections.Generic.Stack<T>',
  kind: 'class',
  apim: 'all',
  interfaces: ['IEnumerable<T>', 'IReadOnlyCollection<T>'],
  test: (value) => value instanceof Stack,
  members: {
    'new()': withTypeArguments((types: Types) => new Stack(types)),
    'new(int capacity)': withTypeArguments((types: Types, capacity: number) => new Stack(types, capacity)),
    'new(IEnumerable<T> collection)': withTypeArguments((types: Types, collection: unknown) =>
      Stack.from(types, collection),
    ),
    'int Count { get; }': jsProperty('Count'),
    'void Push(T item)': jsMethod('Push'),
    'T Pop()': jsMethod('Pop'),
    'T Peek()': jsMethod('Peek'),
    'bool Contains(T item)': jsMethod('Contains'),
    'void Clear()': jsMethod('Clear'),
    'T[] ToArray()': jsMethod('ToArray'),
    'void CopyTo(T[] array, int arrayIndex)': jsMethod('CopyTo'),
    'string ToString()': jsMethod('ToString'),
  },
});
