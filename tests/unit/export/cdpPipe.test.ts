/** The DevTools pipe's framing: NUL-ended JSON messages, split or joined any way the pipe delivers them. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { connectCdp } from '../../../src-main/core/export/cdpPipe';

function pair() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: Array<{ id: number; method: string; params: unknown; sessionId?: string }> = [];
  toBrowser.on('data', (d: Buffer) => {
    for (const part of d.toString('utf8').split('\0').filter(Boolean)) sent.push(JSON.parse(part) as (typeof sent)[number]);
  });
  return { cdp: connectCdp(toBrowser, fromBrowser), fromBrowser, sent };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('the DevTools pipe', () => {
  it('sends NUL-ended commands with a session, and matches answers split over reads or joined in one', async () => {
    const { cdp, fromBrowser, sent } = pair();
    const a = cdp.send('Page.printToPDF', { scale: 1 }, 'S1');
    const b = cdp.send('Browser.getVersion');
    await tick();
    expect(sent).toEqual([
      { id: 1, method: 'Page.printToPDF', params: { scale: 1 }, sessionId: 'S1' },
      { id: 2, method: 'Browser.getVersion', params: {} },
    ]);
    const answers = Buffer.from(`${JSON.stringify({ method: 'Target.attachedToTarget', params: {} })}\0${JSON.stringify({ id: 2, result: { product: 'Chrome/1' } })}\0${JSON.stringify({ id: 1, result: { data: 'JVBERi0=' } })}\0`);
    // Cut in the middle of a message and of a multi-byte character's neighbourhood.
    fromBrowser.write(answers.subarray(0, 10));
    fromBrowser.write(answers.subarray(10, 90));
    fromBrowser.write(answers.subarray(90));
    await expect(b).resolves.toEqual({ product: 'Chrome/1' });
    await expect(a).resolves.toEqual({ data: 'JVBERi0=' });
  });

  it('rejects a command the browser answers with an error, naming the command', async () => {
    const { cdp, fromBrowser } = pair();
    const p = cdp.send('Page.setDocumentContent', { frameId: 'x', html: '' });
    fromBrowser.write(`${JSON.stringify({ id: 1, error: { code: -32000, message: 'No frame for given id found' } })}\0`);
    await expect(p).rejects.toThrow('Page.setDocumentContent: No frame for given id found');
  });

  it('fails every waiting command when the pipe closes, and later ones at once', async () => {
    const { cdp, fromBrowser } = pair();
    let closedWith: Error | null = null;
    cdp.onClose((e) => (closedWith = e));
    const waiting = cdp.send('Page.printToPDF');
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow('Chromium lukkede forbindelsen');
    await expect(cdp.send('Browser.getVersion')).rejects.toThrow('Chromium lukkede forbindelsen');
    expect(closedWith).not.toBeNull();
  });
});
