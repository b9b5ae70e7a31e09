// Zones of ../DESIGN.md, enforced: the core and everything but the Electron shell never import
// electron; the renderer imports nothing of Node, SQLite or src-main but shared/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = {
  paths: [{ name: 'electron', message: 'Only src-main/electron/ may import electron: the core must run under plain Node.' }],
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.cache/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronBan],
    },
  },
  {
    files: ['src-main/electron/**', 'tests/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronBan,
          patterns: [
            { group: ['node:*', 'better-sqlite3', 'react', 'react-dom', '@tiptap/react'], message: 'shared/ is pure TypeScript: no Node, no DOM framework.' },
            { group: ['**/core/**', '**/electron/**', '**/host/**', '**/cli/**'], message: 'shared/ depends on nothing else of src-main.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**', 'src-main/host/**', 'src-main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronBan,
          patterns: [
            { group: ['react', 'react-dom', '@tiptap/react'], message: 'The core has no UI.' },
            { group: ['**/src-renderer/**'], message: 'The core does not depend on the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules. The React Compiler rules of eslint-plugin-react-hooks 6+ (refs in
      // render, setState in effects) flag patterns we use on purpose (stores kept in a ref,
      // loading in an effect) and we do not use the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          ...electronBan,
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process', 'better-sqlite3'], message: 'The renderer runs in a sandboxed page: no Node.' },
            { group: ['**/src-main/!(shared)/**', '**/src-main/!(shared)'], message: 'The renderer may import only src-main/shared.' },
          ],
        },
      ],
    },
  },
);
