// A child process for the node/ tests, run with `node --import tsx`: `lock TARGET INSTANCE` takes the lock and
// prints the attempt, then holds it until its stdin closes; `slow-write TARGET BYTES` writes atomically in small,
// slow chunks and prints "writing" after the first one, so the test can kill it partway through.
import { writeFileAtomic } from '../../../node/atomicWrite.ts';
import { acquireLock } from '../../../node/fileLock.ts';

const [mode, target, argument] = process.argv.slice(2);

if (mode === 'lock') {
  const attempt = await acquireLock(target, argument);
  process.stdout.write(`${JSON.stringify(attempt)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} else if (mode === 'slow-write') {
  const size = Number(argument);
  const chunk = 64 * 1024;
  await writeFileAtomic(target, new Uint8Array(size).fill(0x6e), {
    keepBackup: true,
    writeContents: async (file, bytes) => {
      for (let offset = 0; offset < bytes.byteLength; offset += chunk) {
        await file.write(bytes, offset, Math.min(chunk, bytes.byteLength - offset));
        if (offset === 0) process.stdout.write('writing\n');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  });
  process.stdout.write('done\n');
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
