// Lint rules that carry architecture (DESIGN §6): shared/ must run in renderer, main and server,
// so it may not import anything platform-bound.
import tseslint from 'typescript-eslint'

const platformModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net',
  'stream', 'url', 'util', 'worker_threads', 'electron', 'electron/*', 'react', 'react-dom', 'react-dom/*',
  'rxdb', 'rxdb/*', 'dexie', 'fastify', 'pg', '@electric-sql/*']

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'bench/results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: platformModules, message: 'shared/ runs everywhere: no platform-bound imports (DESIGN §6).' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'indexedDB'],
    },
  },
)
