// Starts nodeChild.ts in its own Node process and reads its output line by line, so the node/ tests can hold a lock
// in another process, or kill a write halfway through.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD_SCRIPT = fileURLToPath(new URL('./nodeChild.ts', import.meta.url));

export type NodeChild = {
  process: ChildProcessWithoutNullStreams;
  /** The next line the child prints (rejects if it exits first). */
  nextLine: () => Promise<string>;
  /** Resolves with the exit signal or code once the child has ended. */
  exited: Promise<NodeJS.Signals | number | null>;
};

export const runNodeChild = (args: string[]): NodeChild => {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, ...args], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  child.stdout.on('data', (data: Buffer) => {
    buffered += data.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const waiter = waiting.shift();
      if (waiter) waiter.resolve(line);
      else lines.push(line);
    }
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const waiter of waiting.splice(0)) waiter.reject(new Error(`child exited (${signal ?? code}) before printing: ${stderr}`));
      resolve(signal ?? code);
    });
  });
  const nextLine = (): Promise<string> => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error(`child already exited: ${stderr}`));
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  return { process: child, nextLine, exited };
};
