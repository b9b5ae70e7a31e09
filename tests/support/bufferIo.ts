import type { CliIo } from '../../src-main/cli/io';

/** A CLI io that collects what the command prints. */
export function bufferIo(env: NodeJS.ProcessEnv = {}): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    env,
    cwd: process.cwd(),
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}
