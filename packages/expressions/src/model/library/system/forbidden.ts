import { declareType } from '../../registry.js';

/**
 * Types a policy might reach for to escape its sandbox: files, processes, reflection, threads,
 * the network outside policies. API Management rejects them when a policy is saved; they are
 * known here (without members) so that the diagnostic names them as not allowed ("The type
 * 'System.IO.File' is not supported in policy expressions") instead of "not found".
 */
const forbidden: readonly string[] = [
  'System.Activator',
  'System.AppDomain',
  'System.Console',
  'System.Environment',
  'System.GC',
  'System.IO.Directory',
  'System.IO.File',
  'System.IO.FileInfo',
  'System.IO.FileStream',
  'System.IO.Path',
  'System.IO.StreamReader',
  'System.IO.StreamWriter',
  'System.Diagnostics.Process',
  'System.Net.Http.HttpClient',
  'System.Net.WebClient',
  'System.Net.WebRequest',
  'System.Net.Sockets.Socket',
  'System.Reflection.Assembly',
  'System.Reflection.MethodInfo',
  'System.Runtime.InteropServices.Marshal',
  'System.Threading.Thread',
  'System.Threading.Tasks.Task',
  'System.Threading.ThreadPool',
];

for (const name of forbidden) declareType({ name, kind: 'class', apim: 'none' });
