// ESLint flat config: typescript-eslint recommended rules plus the layer rule of DESIGN.md
// (shared/ imports nothing from renderer/ or electron/; renderer and electron never import each other)
// and the renderer's own layers (docs/architecture.md, eslint/rendererLayers.js).
import tseslint from 'typescript-eslint';
import { caseweavePlugin } from './eslint/rendererLayers.js';

const layerRule = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'Imports flow renderer → shared and electron → shared only (DESIGN.md).' })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.cache/**', '.pw-*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**'], rules: layerRule(['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'dexie', 'electron', 'node:*']) },
  { files: ['renderer/**'], rules: layerRule(['**/electron/**', 'electron', 'node:*']) },
  { files: ['electron/**'], rules: layerRule(['**/renderer/**']) },
  { files: ['renderer/**'], plugins: { caseweave: caseweavePlugin }, rules: { 'caseweave/renderer-layers': 'error' } },
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } } },
);
