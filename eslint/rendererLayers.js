// ESLint rule `caseweave/renderer-layers`: the renderer's own layers (docs/architecture.md). Imports flow
// shell → screens → services → data → shared; a screen never reaches into another screen's folder, nothing but the
// shell imports a screen, and the data level has no React. A small rule rather than no-restricted-imports patterns:
// patterns see the import as written ('../codes/x'), so "another screen's folder" needs the resolved path, and
// a second no-restricted-imports block on renderer/ files would replace the repository-wide one instead of adding to it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The level of each folder directly under renderer/ (screens/ is its own level, one folder per screen). */
const LEVEL_OF_FOLDER = new Map([
  ['shell', 'shell'],
  ['screens', 'screens'],
  ['services', 'services'],
  ['components', 'services'],
  ['transcript', 'services'],
  ['coding', 'services'],
  ['codeTree', 'services'],
  ['i18n', 'services'],
  ['styles', 'services'],
  ['data', 'data'],
  ['search', 'data'],
  ['undo', 'data'],
  ['workers', 'data'],
  ['platform', 'data'],
]);

/** Packages that bring React in; the data level runs in workers, tests and the CLI's reach, so it has none. */
const REACT_PACKAGES = [/^react(-dom)?(\/|$)/, /^@lexical\/react(\/|$)/, /^dexie-react-hooks(\/|$)/];

/** Where a repository-relative path sits: its level, and for screens which screen. */
const placeOf = (relativePath) => {
  const parts = relativePath.split(path.sep).join('/').split('/');
  if (parts[0] === 'shared') return { level: 'shared' };
  if (parts[0] !== 'renderer') return null;
  if (parts.length === 2) return parts[1] === 'main.tsx' ? { level: 'shell' } : { level: 'unmapped', folder: parts[1] };
  const level = LEVEL_OF_FOLDER.get(parts[1]) ?? 'unmapped';
  return { level, folder: parts[1], screen: level === 'screens' ? parts[2] : undefined };
};

const fromRoot = (absolutePath) => path.relative(repositoryRoot, absolutePath);

/** Why `importer` may not import `target`, as a message id, or null when the import runs the right way. */
const violationOf = (importer, target) => {
  if (target === null || target.level === 'unmapped') return null;
  switch (importer.level) {
    case 'shell':
      return null;
    case 'screens':
      if (target.level === 'shell') return 'screenToShell';
      if (target.level === 'screens' && target.screen !== importer.screen) return 'screenToScreen';
      return null;
    case 'services':
      return target.level === 'shell' || target.level === 'screens' ? 'servicesUp' : null;
    case 'data':
      return target.level === 'data' || target.level === 'shared' ? null : 'dataUp';
    default:
      return null;
  }
};

export const rendererLayers = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps imports between the renderer's layers one-way (docs/architecture.md)." },
    schema: [],
    messages: {
      screenToScreen:
        "Layer rule: a screen never imports another screen's folder ({{target}}). Move what two screens share to the services level (renderer/codeTree/, renderer/coding/, renderer/components/, …).",
      screenToShell:
        'Layer rule: screens never import the shell ({{target}}); the shell hands screens what they need (route, navigate) as props, shared pieces live in renderer/services/.',
      servicesUp:
        'Layer rule: the services level (services, components, transcript, coding, codeTree, i18n, styles) imports only services, data and shared/, never {{level}} ({{target}}).',
      dataUp:
        'Layer rule: the data level (data, search, undo/undoManager, workers, platform) imports only the data level and shared/, never {{level}} ({{target}}).',
      dataReact:
        "Layer rule: the data level has no React ('{{name}}'); React bindings of data live in renderer/services/.",
      unmapped:
        'Layer rule: renderer/{{folder}} is not on the layer map; add it to docs/architecture.md and eslint/rendererLayers.js.',
    },
  },
  create(context) {
    const importerPath = fromRoot(context.filename);
    const importer = placeOf(importerPath);
    if (importer === null || importerPath.startsWith('..')) return {};

    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (!specifier.startsWith('.')) {
        const isReact = REACT_PACKAGES.some((pattern) => pattern.test(specifier));
        if (importer.level === 'data' && isReact) context.report({ node, messageId: 'dataReact', data: { name: specifier } });
        return;
      }
      const targetPath = fromRoot(path.resolve(path.dirname(context.filename), specifier));
      const target = placeOf(targetPath);
      const messageId = violationOf(importer, target);
      if (messageId !== null) context.report({ node, messageId, data: { target: targetPath.split(path.sep).join('/'), level: target.level } });
    };
    const checkSource = (node) => {
      if (node.source?.type === 'Literal') check(node.source, node.source.value);
    };

    return {
      Program(node) {
        if (importer.level === 'unmapped') context.report({ node, messageId: 'unmapped', data: { folder: importer.folder } });
      },
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,
      // new URL('./searchWorker.ts', import.meta.url): how worker entry points are referenced.
      NewExpression(node) {
        const [first, second] = node.arguments;
        const isModuleUrl = node.callee.type === 'Identifier' && node.callee.name === 'URL' && second?.type === 'MemberExpression' && second.object.type === 'MetaProperty';
        if (isModuleUrl && first?.type === 'Literal') check(first, first.value);
      },
    };
  },
};

export const caseweavePlugin = { meta: { name: 'caseweave' }, rules: { 'renderer-layers': rendererLayers } };
