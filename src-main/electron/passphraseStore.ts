/**
 * A certificate's passphrase kept for the user, encrypted by the operating system through
 * Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet), never in plain text: when the
 * system offers no real encryption (Linux without a keyring falls back to "basic_text"), it is
 * not kept at all and signing asks each time. The core sees only the PassphraseStore interface.
 */
import { safeStorage } from 'electron';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PassphraseStore } from '../core/signing/passphraseStore';

export function createSafeStoragePassphraseStore(dataDir: () => string): PassphraseStore {
  const file = (id: string) => join(dataDir(), 'certificates', `${id.replace(/[^A-Za-z0-9-]/g, '_')}.passphrase`);
  const available = () =>
    safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  return {
    available,
    save(id, passphrase) {
      if (!available()) throw new Error('safeStorage is not available');
      mkdirSync(join(dataDir(), 'certificates'), { recursive: true });
      writeFileSync(file(id), safeStorage.encryptString(passphrase), { mode: 0o600 });
    },
    load(id) {
      const path = file(id);
      if (!available() || !existsSync(path)) return null;
      try {
        return safeStorage.decryptString(readFileSync(path));
      } catch {
        return null; // another user's or another machine's keystore: ask instead
      }
    },
    remove(id) {
      rmSync(file(id), { force: true });
    },
  };
}
