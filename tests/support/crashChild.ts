/**
 * Child process of the crash test: applies a field patch every few milliseconds and logs each
 * acknowledged revision synchronously (writeSync: once logged, the parent may rely on it), until
 * it is killed with SIGKILL.
 */
import { openSync, writeSync } from 'node:fs';
import { createCore } from '../../src-main/core/createCore';

const [dataDir, meetingId, itemId, logFile] = process.argv.slice(2) as [string, string, string, string];
const core = createCore({ dataDir, backups: false });
const log = openSync(logFile, 'a');
writeSync(log, 'ready\n');

let n = 0;
async function loop(): Promise<void> {
  for (;;) {
    n++;
    const text = `Udkast nummer ${n} af referatet for punktet.`;
    const answer = await core.invoke('items.updateField', {
      meetingId,
      itemId,
      patch: { field: 'notes', value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
    });
    if (!answer.ok) throw new Error(answer.error.message);
    writeSync(log, `${(answer.value as { revision: number }).revision} ${n}\n`);
    await new Promise((r) => setTimeout(r, Math.random() * 3));
  }
}
void loop();
