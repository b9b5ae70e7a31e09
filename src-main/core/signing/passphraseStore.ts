/**
 * Where a certificate's passphrase is kept when the user asks for it: in the app, encrypted by the
 * operating system (Electron's safeStorage, see src-main/electron/passphraseStore.ts). The core
 * never sees how; without a store (CLI, tests) nothing is kept and signing asks every time.
 */
export interface PassphraseStore {
  /** False when the system offers no encryption: then the passphrase is not kept at all. */
  available(): boolean;
  save(certificateId: string, passphrase: string): void;
  load(certificateId: string): string | null;
  remove(certificateId: string): void;
}
