// Writes a file all-or-nothing: the bytes go to a temporary sibling first and replace the target in one rename,
// so a crash or a full disk never leaves a half-written export or backup behind.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const writeFileAtomically = async (target: string, bytes: Uint8Array): Promise<void> => {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.partial`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
};
