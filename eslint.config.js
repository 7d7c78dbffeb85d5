// ESLint flat config: typescript-eslint recommended rules plus the layer rule of DESIGN.md
// (shared/ imports nothing from renderer/ or electron/; renderer and electron never import each other; cli/ is a thin
// Node entry over shared/; node/ holds the Node-only helpers electron/ and cli/ share, over shared/ alone), the
// renderer's own layers (docs/architecture.md, eslint/rendererLayers.js), and the one write path: tables are written
// only by renderer/data/commit.ts (the database's write guard enforces it at run time).
import tseslint from 'typescript-eslint';
import { caseweavePlugin } from './eslint/rendererLayers.js';

const layerRule = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'Imports flow renderer → shared and electron → shared only (DESIGN.md).' })) }],
});

// cli/ may import itself, shared/, node/ and Node's modules (no `..` detours); pdf.js too, as the Node build of the PDF
// engine the shared importer is handed (shared/ cannot load it: it must run in the renderer and a Worker as well), and
// exceljs, the Node build of the workbook library the shared matrix export is handed, for the same reason; and
// @resvg/resvg-wasm, which draws the report's figures as PNG for its DOCX (a browser canvas does it in the app).
const cliAllowedImport = String.raw`node:.*|pdfjs-dist/.*|exceljs|@resvg/resvg-wasm|\./(?!.*\.\./).*|(\.\./)+(shared|node)/(?!.*\.\./).*`;
const cliLayerRule = {
  'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!(${cliAllowedImport})$)`, message: 'cli/ imports only shared/, node/ and node: modules (DESIGN.md).' }] }],
};

// node/ (atomic writes, lock files) may import itself, shared/ and Node's modules: no Electron, so the CLI can run it.
const nodeAllowedImport = String.raw`node:.*|\./(?!.*\.\./).*|(\.\./)+shared/(?!.*\.\./).*`;
const nodeLayerRule = {
  'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!(${nodeAllowedImport})$)`, message: 'node/ imports only shared/ and node: modules (DESIGN.md).' }] }],
};

// Writes to a table (`db.memos.put(…)`, `this.db.codes.bulkDelete(…)`) belong to commit and the few helpers it calls
// inside its transaction; everything else hands commit a change.
const COMMIT_INTERNALS = ['renderer/data/commit.ts', 'renderer/data/audit.ts', 'renderer/data/coders.ts', 'renderer/data/upgrades/**', 'renderer/data/derivedCaches.ts'];
const WRITE_METHODS = '/^(add|put|update|delete|bulkAdd|bulkPut|bulkUpdate|bulkDelete|clear|modify)$/';
const TABLE_WRITES = ['name', 'property.name'].map((dbNode) => ({
  selector: `CallExpression[callee.property.name=${WRITE_METHODS}][callee.object.type='MemberExpression'][callee.object.object.${dbNode}='db']`,
  message: 'Write through commit() (renderer/data/commit.ts): one transaction, audit event, data event and undo for every write.',
}));

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
  { files: ['shared/**'], rules: layerRule(['**/renderer/**', '**/electron/**', '**/node/**', 'react', 'react-dom', 'dexie', 'electron', 'node:*']) },
  { files: ['renderer/**'], rules: layerRule(['**/electron/**', '**/node/**', 'electron', 'node:*']) },
  { files: ['electron/**'], rules: layerRule(['**/renderer/**']) },
  { files: ['renderer/**'], plugins: { caseweave: caseweavePlugin }, rules: { 'caseweave/renderer-layers': 'error' } },
  { files: ['renderer/**'], ignores: COMMIT_INTERNALS, rules: { 'no-restricted-syntax': ['error', ...TABLE_WRITES] } },
  { files: ['cli/**'], rules: cliLayerRule },
  { files: ['node/**'], rules: nodeLayerRule },
  { files: ['**/*.mjs', '**/*.js', '**/*.cjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } } },
);
