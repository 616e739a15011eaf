/** The texts `apim-policy lint` prints about its input (the findings' texts come from the checks). */
export const lintMessages = {
  noMatch: (pattern: string) => `No file matches '${pattern}'.`,
  notFound: (path: string) => `'${path}' does not exist.`,
  noFiles: (pattern: string) => `The directory '${pattern}' holds no .xml file.`,
  unreadable: (path: string, reason: string) => `Cannot read '${path}': ${reason}.`,
  stdinTwice: () => "'-' (standard input) can be given once only.",
  badJson: (path: string, reason: string) => `'${path}' is not valid JSON: ${reason}.`,
  badYaml: (path: string, reason: string) => `'${path}' is not valid YAML: ${reason}.`,
  invalidConfig: (path: string) => `The configuration '${path}' is invalid:`,
  namedValuesShape: (path: string) =>
    `'${path}' must map named-value names to values (an object, or Azure's list of named values with 'displayName' or 'name' and 'value').`,
  namedValueType: (path: string, name: string) =>
    `'${path}': the named value '${name}' must be a string, number or boolean.`,
  notADirectory: (path: string) => `The fragments directory '${path}' does not exist or is not a directory.`,
  badFormat: (value: string, formats: readonly string[]) =>
    `Unknown format '${value}'; use one of ${formats.join(', ')}.`,
  badScope: (value: string, scopes: readonly string[]) =>
    `Unknown scope '${value}'; use one of ${scopes.join(', ')}.`,
  badRule: (value: string) => `--rule expects ID=SEVERITY (error, warning, info or off), not '${value}'.`,
  unknownRule: (id: string, suggestion: string | undefined) =>
    `--rule names '${id}', which is neither a rule nor a diagnostic code${suggestion === undefined ? '' : `; did you mean '${suggestion}'?`}`,
  badMaxWarnings: (value: string) => `--max-warnings expects a whole number, 0 or more, not '${value}'.`,
  tooManyWarnings: (count: number, maximum: number) =>
    `Too many warnings: ${count}, the maximum is ${maximum}.`,
} as const;
