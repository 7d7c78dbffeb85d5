// ESLint flat config: typescript-eslint recommended rules plus the layer rule of DESIGN.md
// (shared/ imports nothing from renderer/ or electron/; renderer and electron never import each other; cli/ is a thin
// Node entry over shared/).
import tseslint from 'typescript-eslint';

const layerRule = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'Imports flow renderer → shared and electron → shared only (DESIGN.md).' })) }],
});

// cli/ may import itself, shared/ and Node's modules (no `..` detours); pdf.js too, as the Node build of the PDF
// engine the shared importer is handed (shared/ cannot load it: it must run in the renderer and a Worker as well).
const cliAllowedImport = String.raw`node:.*|pdfjs-dist/.*|\./(?!.*\.\./).*|(\.\./)+shared/(?!.*\.\./).*`;
const cliLayerRule = {
  'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!(${cliAllowedImport})$)`, message: 'cli/ imports only shared/ and node: modules (DESIGN.md).' }] }],
};

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
  { files: ['cli/**'], rules: cliLayerRule },
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } } },
);
