import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOurBlobDownload, mayOpenAfterSave, safeFileName, suggestedSavePath } from '../../../src-main/electron/downloadPolicy';

describe('which downloads the app lets through', () => {
  it('lets through a Blob made by our own page', () => {
    expect(isOurBlobDownload('blob:app://referent/2f0c7a3e-8d0e-4a4f-9a51-0d3c9a3b1e11')).toBe(true);
  });

  it('cancels everything else', () => {
    for (const url of [
      'app://referent/index.html',
      'https://example.com/file.pdf',
      'http://127.0.0.1:4610/x.pdf',
      'file:///etc/passwd',
      'data:application/pdf;base64,JVBERi0=',
      'blob:https://evil.example/2f0c7a3e',
      'blob:app://other/2f0c7a3e',
      'blob:app://referent@evil/2f0c7a3e',
      'blob:app://referent:81/2f0c7a3e',
      'blob:null/2f0c7a3e',
      'blob:',
      '',
      null,
      undefined,
    ]) {
      expect(isOurBlobDownload(url), String(url)).toBe(false);
    }
  });
});

describe('the name the save dialog suggests', () => {
  it('keeps an ordinary Danish export name', () => {
    expect(safeFileName('Referat Dialogforum for socialt udsatte 2021-04-15.pdf')).toBe('Referat Dialogforum for socialt udsatte 2021-04-15.pdf');
    expect(safeFileName('Beslutningsreferat Ældrerådet – offentlig.docx')).toBe('Beslutningsreferat Ældrerådet – offentlig.docx');
  });

  it('never points into another folder', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('..\\..\\Windows\\x.pdf')).not.toMatch(/[\\/]/);
    expect(safeFileName('/etc/passwd')).toBe('etc passwd');
    expect(suggestedSavePath('/home/r/Documents', '../../x.pdf')).toBe(join('/home/r/Documents', safeFileName('../../x.pdf')));
  });

  it('drops control and reserved characters, falls back to a name, and keeps the extension when shortening', () => {
    expect(safeFileName('a\u0000b\nc<d>e:f"g|h?i*j.pdf')).toBe('a b c d e f g h i j.pdf');
    expect(safeFileName('')).toBe('Referent-eksport');
    expect(safeFileName(null)).toBe('Referent-eksport');
    expect(safeFileName('...')).toBe('Referent-eksport');
    const long = safeFileName(`${'x'.repeat(400)}.pdf`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('what is opened in the OS viewer after saving', () => {
  it('opens only PDF and Word files', () => {
    expect(mayOpenAfterSave('/home/r/Documents/Referat.pdf')).toBe(true);
    expect(mayOpenAfterSave('C:\\Users\\r\\Documents\\Referat.DOCX')).toBe(true);
    for (const p of ['/tmp/Referat.pdf.exe', 'C:\\x.lnk', '/tmp/x.desktop', '/tmp/noext', '', null]) expect(mayOpenAfterSave(p), String(p)).toBe(false);
  });
});
