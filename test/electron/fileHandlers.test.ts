// The import and export IPC handlers on a real temporary folder: the import dialog reads chosen files but never one
// over the size limit, and saves land atomically where the user chose.
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_FILE_EXTENSIONS, MAX_CHOSEN_FILE_BYTES } from '../../shared/platform/bridge.ts';
import { chooseImportFiles } from '../../electron/ipc/chooseImportFiles.ts';
import { saveFile } from '../../electron/ipc/saveFile.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-ipc-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('chooseImportFiles', () => {
  it('offers the source formats, many at once, and reads each chosen file', async () => {
    const interview = path.join(folder, 'interview-owner.txt');
    await writeFile(interview, 'Q: How did you start?\nA: With my father.');
    const seen: OpenDialogOptions[] = [];
    const files = await chooseImportFiles({
      showOpenDialog: async (options) => {
        seen.push(options);
        return { canceled: false, filePaths: [interview] };
      },
      stat,
      readFile,
    });
    expect(seen[0].properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(seen[0].filters?.[0].extensions).toEqual([...IMPORT_FILE_EXTENSIONS]);
    expect(IMPORT_FILE_EXTENSIONS).toEqual(expect.arrayContaining(['txt', 'md', 'docx', 'odt', 'pdf', 'vtt', 'srt']));
    expect(files).toHaveLength(1);
    expect(files[0].fileName).toBe('interview-owner.txt');
    expect(new TextDecoder().decode(files[0].bytes)).toBe('Q: How did you start?\nA: With my father.');
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const files = await chooseImportFiles({
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      stat,
      readFile: async () => {
        throw new Error('must not read');
      },
    });
    expect(files).toEqual([]);
  });

  it('does not read a file over the limit but reports its size, and reports unreadable files, keeping the rest', async () => {
    const huge = path.join(folder, 'huge.pdf');
    await writeFile(huge, '');
    await truncate(huge, MAX_CHOSEN_FILE_BYTES + 1); // sparse: no real disk use
    const small = path.join(folder, 'note.md');
    await writeFile(small, '# Observation');
    const gone = path.join(folder, 'deleted.docx');
    const subfolder = path.join(folder, 'a-folder');
    await mkdir(subfolder);
    const read: string[] = [];
    const files = await chooseImportFiles({
      showOpenDialog: async () => ({ canceled: false, filePaths: [huge, small, gone, subfolder] }),
      stat,
      readFile: async (file) => {
        read.push(file);
        return readFile(file);
      },
    });
    expect(read).toEqual([small]);
    expect(files.map((file) => file.fileName)).toEqual(['huge.pdf', 'note.md', 'deleted.docx', 'a-folder']);
    expect(files[0]).toEqual({ fileName: 'huge.pdf', bytes: new Uint8Array(0), tooLargeBytes: MAX_CHOSEN_FILE_BYTES + 1 });
    expect(files[1].bytes.byteLength).toBe('# Observation'.length);
    expect(files[2].unreadable).toBe('the file no longer exists');
    expect(files[3].unreadable).toBe('it is a folder, not a file');
  });
});

describe('saveFile', () => {
  it('writes the bytes where the user chose, opening the dialog on the suggested name', async () => {
    const target = path.join(folder, 'export.csv');
    const seen: SaveDialogOptions[] = [];
    const result = await saveFile(
      { suggestedName: 'codebook.csv', bytes: new TextEncoder().encode('code,count\n'), filters: [{ name: 'CSV', extensions: ['csv'] }] },
      {
        showSaveDialog: async (options) => {
          seen.push(options);
          return { canceled: false, filePath: target };
        },
        writeFile: (target, bytes) => writeFileAtomic(target, bytes),
        defaultDirectory: '/home/researcher/Documents',
      },
    );
    expect(result).toEqual({ saved: true, path: target });
    expect(seen[0].defaultPath).toBe(path.join('/home/researcher/Documents', 'codebook.csv'));
    expect(seen[0].filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(await readFile(target, 'utf8')).toBe('code,count\n');
    expect(await readdir(folder)).toEqual(['export.csv']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await saveFile(
      { suggestedName: 'a.csv', bytes: new Uint8Array(1), filters: [] },
      {
        showSaveDialog: async () => ({ canceled: true }),
        writeFile: async () => {
          throw new Error('must not write');
        },
        defaultDirectory: folder,
      },
    );
    expect(result).toEqual({ saved: false });
  });
});
