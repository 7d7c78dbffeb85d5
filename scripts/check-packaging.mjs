// Packaging check (CI step, after `npm run build`): runs `electron-builder --dir --linux` offline with a stub Electron
// distribution (the real binary cannot be downloaded here) and verifies that release/linux-unpacked/resources/app.asar
// holds the built renderer, the bundled main and preload, and no node_modules. Prints one result line; exits 1 on failure.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_VERSION = '41.7.1';
const unpackedDir = path.join(repoRoot, 'release', 'linux-unpacked');
const asarPath = path.join(unpackedDir, 'resources', 'app.asar');
const REQUIRED_INPUTS = ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs'];
const REQUIRED_IN_ASAR = ['package.json', ...REQUIRED_INPUTS];

/**
 * The file paths inside an asar archive, read from its header: a 4-byte pickle holding the header's size, then the
 * header pickle (payload size, string length, JSON of the directory tree).
 */
export const listAsarFiles = async (archive) => {
  const bytes = await readFile(archive);
  if (bytes.length < 16) throw new Error(`${archive} is too short to be an asar archive`);
  const jsonLength = bytes.readUInt32LE(12);
  if (16 + jsonLength > bytes.length) throw new Error(`${archive} has a damaged header`);
  const header = JSON.parse(bytes.subarray(16, 16 + jsonLength).toString('utf8'));
  const files = [];
  const walk = (node, prefix) => {
    for (const [name, entry] of Object.entries(node.files ?? {})) {
      const entryPath = prefix === '' ? name : `${prefix}/${name}`;
      if (entry.files !== undefined) walk(entry, entryPath);
      else files.push(entryPath);
    }
  };
  walk(header, '');
  return files;
};

// @electron/fuses finds the fuse wire after this marker: a version byte, a length byte, then one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_ENABLED = 0x31;
const FUSE_DISABLED = 0x30;
/** Fuse order of wire version 1, with Electron's own defaults, so every fuse electron-builder.yml sets must flip. */
const FUSES = [
  ['runAsNode', FUSE_ENABLED],
  ['enableCookieEncryption', FUSE_DISABLED],
  ['enableNodeOptionsEnvironmentVariable', FUSE_ENABLED],
  ['enableNodeCliInspectArguments', FUSE_ENABLED],
  ['enableEmbeddedAsarIntegrityValidation', FUSE_DISABLED],
  ['onlyLoadAppFromAsar', FUSE_DISABLED],
  ['loadBrowserProcessSpecificV8Snapshot', FUSE_DISABLED],
  ['grantFileProtocolExtraPrivileges', FUSE_ENABLED],
];
export const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/** The fuse states written into an executable, by name (undefined where the wire has no such fuse). */
export const readFuses = async (executable) => {
  const bytes = await readFile(executable);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at === -1) throw new Error(`${executable} has no fuse wire`);
  const wire = at + FUSE_SENTINEL.length;
  const length = bytes[wire + 1];
  return Object.fromEntries(FUSES.slice(0, length).map(([name], index) => [name, bytes[wire + 2 + index] === FUSE_ENABLED]));
};

/**
 * A stand-in for Electron's Linux distribution: electron-builder copies it, renames `electron` and flips the fuses
 * in it, so the stub carries a fuse wire with Electron's defaults.
 */
const createStubElectronDist = async () => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'caseweave-stub-electron-'));
  const script = Buffer.from('#!/bin/sh\necho "stub Electron used by the packaging check" >&2\nexit 1\n# ');
  const wire = Buffer.from([...Buffer.from(FUSE_SENTINEL), 1, FUSES.length, ...FUSES.map(([, state]) => state), 0x0a]);
  await writeFile(path.join(directory, 'electron'), Buffer.concat([script, wire]));
  await chmod(path.join(directory, 'electron'), 0o755);
  await writeFile(path.join(directory, 'version'), `${ELECTRON_VERSION}\n`);
  await writeFile(path.join(directory, 'LICENSE'), 'Stub Electron distribution for the packaging check.\n');
  return directory;
};

const runElectronBuilder = (electronDist) =>
  new Promise((resolve, reject) => {
    const cli = path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
    const args = [cli, '--dir', '--linux', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.electronVersion=${ELECTRON_VERSION}`];
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });

const exists = async (file) => {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
};

/** Runs the whole check; returns the problems found (empty when packaging works) and what was packed. */
export const checkPackaging = async () => {
  const missing = [];
  for (const input of REQUIRED_INPUTS) if (!(await exists(path.join(repoRoot, input)))) missing.push(input);
  if (missing.length > 0) return { problems: [`missing ${missing.join(', ')}: run \`npm run build\` first`], files: [] };

  // A leftover from an earlier run must not make this one pass.
  await rm(unpackedDir, { recursive: true, force: true });
  const stub = await createStubElectronDist();
  try {
    const { code, output } = await runElectronBuilder(stub);
    if (code !== 0) return { problems: [`electron-builder exited with status ${code}:\n${output.trim()}`], files: [] };
  } finally {
    await rm(stub, { recursive: true, force: true });
  }

  if (!(await exists(asarPath))) return { problems: [`${path.relative(repoRoot, asarPath)} was not written`], files: [] };
  const files = await listAsarFiles(asarPath);
  const problems = REQUIRED_IN_ASAR.filter((file) => !files.includes(file)).map((file) => `app.asar lacks ${file}`);
  if (files.some((file) => file.startsWith('node_modules/'))) problems.push('app.asar contains node_modules (everything should be bundled)');
  const executable = path.join(unpackedDir, 'caseweave');
  if (!(await exists(executable))) problems.push('release/linux-unpacked/caseweave (the executable) is missing');
  else {
    const fuses = await readFuses(executable);
    for (const [name, wanted] of Object.entries(EXPECTED_FUSES)) {
      if (fuses[name] !== wanted) problems.push(`fuse ${name} is ${fuses[name] ? 'on' : 'off'} in the packed executable, expected ${wanted ? 'on' : 'off'}`);
    }
  }
  const packedManifest = files.includes('package.json') ? JSON.parse(await readAsarTextFile(asarPath, 'package.json')) : null;
  if (packedManifest !== null && packedManifest.main !== 'dist-electron/main.cjs') {
    problems.push(`the packed package.json's "main" is ${JSON.stringify(packedManifest.main)}, not "dist-electron/main.cjs"`);
  }
  return { problems, files };
};

/** Reads one small file out of an asar archive (files are stored after the header, at header size + offset). */
export const readAsarTextFile = async (archive, filePath) => {
  const bytes = await readFile(archive);
  const headerSize = bytes.readUInt32LE(4);
  const jsonLength = bytes.readUInt32LE(12);
  let node = JSON.parse(bytes.subarray(16, 16 + jsonLength).toString('utf8'));
  for (const part of filePath.split('/')) node = node.files?.[part];
  if (node === undefined || node.offset === undefined) throw new Error(`${filePath} is not stored in ${archive}`);
  const start = 8 + headerSize + Number(node.offset);
  return bytes.subarray(start, start + node.size).toString('utf8');
};

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const { problems, files } = await checkPackaging();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (problems.length > 0) {
      console.error(`Packaging check FAILED (${seconds} s): ${problems.join('; ')}`);
      process.exit(1);
    }
    console.log(`Packaging check passed (${seconds} s): release/linux-unpacked/resources/app.asar holds ${files.length} files including ${REQUIRED_IN_ASAR.join(', ')}; ${Object.keys(EXPECTED_FUSES).length} Electron fuses set`);
  } catch (error) {
    console.error(`Packaging check FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
