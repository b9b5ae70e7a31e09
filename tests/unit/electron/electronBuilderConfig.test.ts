import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder (app-builder-lib reads its YAML configs with it); loaded
// through require because it ships no types and is not a direct dependency.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = join(import.meta.dirname, '..', '..', '..');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string };
  win: { target: string[] };
  mac: { target: string[] };
};

const schema = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
// strict: false because the schema uses draft-07 annotations ajv's strict mode rejects.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema (app-builder-lib/scheme.json)", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a mistake (the schema test is not vacuous)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } })).toBe(false);
    expect(validate({ ...config, appIdd: 'x' })).toBe(false);
  });

  it('names the app', () => {
    expect(config.appId).toBe('dk.referent.app');
    expect(config.productName).toBe('Referent');
  });

  it('sets the release fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app only: no sources, tests or host', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    for (const pattern of included) {
      expect(pattern).not.toMatch(/^(src-main|src-renderer|src|tests|scripts|\.cache)(\/|$)|host|\*\*\/\*$/);
    }
    expect(included).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    expect(included.some((f) => f.startsWith('out/cli'))).toBe(false);
  });

  it('unpacks better-sqlite3 from the asar', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });

  it('builds AppImage and deb, NSIS and MSI, and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(config.mac.target).toContain('dmg');
  });
});
