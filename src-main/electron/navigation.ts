/**
 * The app never leaves app://referent. Applied to every web contents as it is created
 * (main.ts, 'web-contents-created'), so a window or frame nobody expected is covered too.
 * A page that could navigate elsewhere would keep our preload's bridge in a foreign origin
 * (the sender check in ipc.ts is the second line); one that could open windows would get
 * windows with default, weaker preferences.
 */
import { shell, type WebContents } from 'electron';
import { isExternalLink, isTrustedSenderUrl } from './senderCheck';

/** http(s) goes to the OS browser; every other scheme (file:, smb:, custom handlers) nowhere. */
function openOutside(url: string): void {
  if (!isExternalLink(url)) return;
  // The URL passed isExternalLink (http/https only) just above: no file: or protocol-handler
  // URL can reach the OS from here.
  shell.openExternal(url).catch((e: unknown) => console.warn('[referent] could not open link', e)); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

export function guardNavigation(contents: WebContents): void {
  // A link or script navigating the page: stay, and give http(s) to the browser instead.
  contents.on('will-navigate', (event) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // The same for any frame (the CSP already forbids frames; this holds if it ever changes).
  contents.on('will-frame-navigate', (event) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
  });
  // A redirect can turn an allowed load into a foreign one.
  contents.on('will-redirect', (event) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
  });
  // window.open and target=_blank: never a new Electron window.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  // <webview> is disabled in the window options; refuse it here as well, whatever asks.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
