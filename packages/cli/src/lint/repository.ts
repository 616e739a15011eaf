/** The project's repository: the tool's home page and the base of its documentation links. */
export const REPOSITORY_URL = 'https://github.com/apim-policy/apim-policy';

/** The documentation of a file of the repository, by its path (`docs/rules/missing-base.md`). */
export function documentationUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/main/${path}`;
}
