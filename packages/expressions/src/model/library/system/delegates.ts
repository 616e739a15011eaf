import { declareType } from '../../registry.js';

/** The delegate types lambdas convert to. Lambdas run as JavaScript functions. */
const isFunction = (value: unknown) => typeof value === 'function';

declareType({
  name: 'System.Func<out TResult>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TResult Invoke()',
  test: isFunction,
});
declareType({
  name: 'System.Func<in T, out TResult>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TResult Invoke(T arg)',
  test: isFunction,
});
declareType({
  name: 'System.Func<in T1, in T2, out TResult>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TResult Invoke(T1 arg1, T2 arg2)',
  test: isFunction,
});
declareType({
  name: 'System.Func<in T1, in T2, in T3, out TResult>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TResult Invoke(T1 arg1, T2 arg2, T3 arg3)',
  test: isFunction,
});
declareType({
  name: 'System.Func<in T1, in T2, in T3, in T4, out TResult>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TResult Invoke(T1 arg1, T2 arg2, T3 arg3, T4 arg4)',
  test: isFunction,
});
declareType({
  name: 'System.Action',
  kind: 'delegate',
  apim: 'all',
  invoke: 'void Invoke()',
  test: isFunction,
});
declareType({
  name: 'System.Action<in T>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'void Invoke(T obj)',
  test: isFunction,
});
declareType({
  name: 'System.Action<in T1, in T2>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'void Invoke(T1 arg1, T2 arg2)',
  test: isFunction,
});
declareType({
  name: 'System.Predicate<in T>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'bool Invoke(T obj)',
  test: isFunction,
});
declareType({
  name: 'System.Comparison<in T>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'int Invoke(T x, T y)',
  test: isFunction,
});
declareType({
  name: 'System.Converter<in TInput, out TOutput>',
  kind: 'delegate',
  apim: 'all',
  invoke: 'TOutput Invoke(TInput input)',
  test: isFunction,
});
