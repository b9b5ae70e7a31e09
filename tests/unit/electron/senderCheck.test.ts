import { describe, expect, it } from 'vitest';
import { appEntryUrl, isExternalLink, isTrustedSenderUrl } from '../../../src-main/electron/senderCheck';

describe('isTrustedSenderUrl', () => {
  it.each([appEntryUrl, 'app://referent/', 'app://referent/index.html?x=1#møde', 'app://referent/assets/x.js'])(
    'trusts our own page %s',
    (url) => expect(isTrustedSenderUrl(url)).toBe(true),
  );

  it.each([
    undefined,
    null,
    '',
    'file:///home/referent/index.html',
    'http://127.0.0.1:5173/',
    'https://referent/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'app://other/index.html',
    'app://referent.evil/index.html',
    'app://evil/referent/index.html',
    'app://referent@evil/index.html',
    'app://user:pw@referent/',
    'app://referent:8080/',
    'app:referent/index.html',
    'app:///index.html',
    'APP-x://referent/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'not a url',
    '//referent/',
  ])('refuses %s', (url) => expect(isTrustedSenderUrl(url)).toBe(false));
});

describe('isExternalLink', () => {
  it.each(['https://www.retsinformation.dk/', 'http://example.dk/side?x=1'])('lets the OS browser open %s', (url) =>
    expect(isExternalLink(url)).toBe(true),
  );

  it.each([
    undefined,
    '',
    'file:///etc/passwd',
    'smb://server/share',
    'mailto:a@b.dk',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'app://referent/index.html',
    'https://',
    'nonsense',
  ])('keeps %s inside', (url) => expect(isExternalLink(url)).toBe(false));
});
