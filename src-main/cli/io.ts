/** Where the CLI writes; tests pass buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * A stream whose reader stopped early (`referent list | head -1` closes the pipe) is not an
 * error: the rest of the output is dropped and the command ends as it would, cleaning up after
 * itself, instead of Node's unhandled EPIPE with a stack trace.
 */
function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/**
 * Where relative paths are from. `npm run referent -- …` runs in the checkout, not where it was
 * typed; npm says where that was in INIT_CWD, so `import møde.json` finds the file the user sees.
 */
function callerCwd(env: NodeJS.ProcessEnv): string {
  return env.npm_lifecycle_event === 'referent' && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

export const processIo: CliIo = {
  out: pipeWriter(process.stdout),
  err: pipeWriter(process.stderr),
  env: process.env,
  cwd: callerCwd(process.env),
};
