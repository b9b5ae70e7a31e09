/** Which command lines start Chromium early (before the rest of the CLI loads). */
import { describe, expect, it } from 'vitest';
import { printsPdf } from '../../../src-main/cli/pdfRendererForCli';

describe('printsPdf', () => {
  it('is true for an export to PDF and for signing the minutes', () => {
    expect(printsPdf(['export', 'ID', '--format', 'pdf', '--out', 'x.pdf'])).toBe(true);
    expect(printsPdf(['--data-dir', 'd', 'export', 'ID', '--format=pdf', '--out', 'x.pdf'])).toBe(true);
    expect(printsPdf(['sign', 'ID', '--p12', 'c.p12', '--out', 'x.pdf'])).toBe(true);
  });
  it('is false for exports to other formats, adding a signature to a signed PDF, and other commands', () => {
    expect(printsPdf(['export', 'ID', '--format', 'docx', '--out', 'x.docx'])).toBe(false);
    expect(printsPdf(['export', 'ID', '--format', 'json', '--out', 'pdf'])).toBe(false);
    expect(printsPdf(['sign', 'ID', '--p12', 'c.p12', '--in', 'a.pdf', '--out', 'b.pdf'])).toBe(false);
    expect(printsPdf(['list', '--json'])).toBe(false);
    expect(printsPdf([])).toBe(false);
  });
});
