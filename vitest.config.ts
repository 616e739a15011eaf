import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources of every workspace package (the `@apim-policy/source`
// export condition); `pnpm build` checks the published `dist` separately.
const conditions = ['@apim-policy/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/*/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
