import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictEntryPath, meetingDir, parseConflictEntryName, safeName } from '../../../../src-main/core/sync/driveLayout';

/** What Windows, SMB and OneDrive refuse in a name. */
function windowsProblem(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- testing for exactly these
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(name)) return 'forbidden character';
  if (/[. ]$/.test(name)) return 'trailing dot or space';
  if (name.startsWith('~$')) return '~$ start';
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name)) return 'reserved name';
  if (name.length === 0 || name.length > 80) return 'length';
  return null;
}

describe('names on the drive', () => {
  it('makes titles people write into names Windows and OneDrive accept', () => {
    expect(safeName('Møde: budget 2027/28?')).toBe('Møde_ budget 2027_28_');
    expect(safeName('~$Referat.')).toBe('Referat');
    expect(safeName('CON')).toBe('CON_');
    expect(safeName('   ')).toBe('Uden navn');
    expect(safeName('a'.repeat(200))).toHaveLength(80);
  });

  it('property: every name is safe', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => windowsProblem(safeName(s)) === null));
  });

  it('lays a meeting out as <Forum>/<YYYY>/<YYYY-MM-DD> <title>', () => {
    expect(meetingDir({ forum: 'Dialogforum for socialt udsatte', date: '2021-04-15', title: 'Møde i dialogforum' })).toBe(
      'Dialogforum for socialt udsatte/2021/2021-04-15 Møde i dialogforum',
    );
    expect(meetingDir({ forum: 'F', date: '2021-04-15', title: 'Møde' }, 'ab12cd34')).toBe('F/2021/2021-04-15 Møde (ab12cd34)');
  });

  it('names conflict copies so they read back', () => {
    const path = conflictEntryPath('3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13', '0a1b2c3d4e5f6071');
    expect(parseConflictEntryName(path.split('/').pop()!)).toEqual({ meetingId: '3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13', installationId: '0a1b2c3d4e5f6071' });
  });
});
