import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../src-main/electron/windowOptions';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/preload/preload.cjs');
  const web = options.webPreferences!;

  it('isolates, sandboxes and keeps web security on', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.webSecurity).toBe(true);
  });

  it('gives the page no Node, no webview, no insecure or experimental features', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('leaves spell checking to our own checker, and enables no Blink features', () => {
    expect(web.spellcheck).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
  });

  it('uses the given preload and nothing else of the file system', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
    expect(web.additionalArguments).toBeUndefined();
  });

  it('is titled Referent, hidden until ready, with a usable minimum size', () => {
    expect(options.title).toBe('Referent');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(480);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth!);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight!);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('paints a dark background in dark mode', () => {
    expect(createWindowOptions('/p', { dark: true }).backgroundColor).not.toBe(options.backgroundColor);
  });
});
