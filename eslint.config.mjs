// ESLint flat config: typescript-eslint's recommended rules over sources, tests and scripts; src/core stays free of VS Code and Node.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ runs in Node, the extension host, a browser's web worker and the CLI: what it needs from outside comes
    // through interfaces that the extension and the CLI implement.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code; take what you need through an interface.' }],
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'util', 'stream', 'url', 'buffer'],
              message: 'src/core runs in browsers too: no Node modules.',
            },
            { group: ['**/extension/**', '**/cli/**', '**/node/**'], message: 'src/core must not depend on the extension, the CLI or Node-only code.' },
          ],
        },
      ],
    },
  },
);
