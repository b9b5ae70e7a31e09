/**
 * A test CA and signer certificates made with openssl in a temp folder, exported as PKCS#12 the
 * way OCES/MitID Erhverv certificates are (key, certificate and the CA in one file).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const openssl = (dir: string, ...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

export interface TestPki {
  dir: string;
  caCert: string;
  /** Makes `<name>.p12` for the holder, valid `days` days from now. */
  signer(name: string, holder: string, passphrase: string, days?: number): string;
}

export function makeTestPki(dir: string): TestPki {
  openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Referent Test CA/O=Referent Test',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  writeFileSync(join(dir, 'signer.cnf'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n');
  return {
    dir,
    caCert: join(dir, 'ca.crt'),
    signer(name, holder, passphrase, days = 10) {
      openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${holder}/O=Norddjurs Kommune`, '-utf8');
      openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', String(days), '-extfile', 'signer.cnf');
      openssl(dir, 'pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.crt`, '-certfile', 'ca.crt', '-out', `${name}.p12`, '-passout', `pass:${passphrase}`);
      return join(dir, `${name}.p12`);
    },
  };
}

/** pdfsig's report per signature (it exits 0 even on a digest mismatch, so its output is read). */
export function pdfsig(file: string, nssDir?: string): Array<{ validation: string; total: boolean; certificate: string; name: string }> {
  const args = nssDir ? ['-nssdir', `sql:${nssDir}`, file] : [file];
  let text: string;
  try {
    text = execFileSync('pdfsig', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    text = String((e as { stdout?: string }).stdout ?? '');
  }
  return text
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      name: /Common Name: (.*)$/m.exec(block)?.[1] ?? '',
      validation: /Signature Validation: (.*)$/m.exec(block)?.[1] ?? '',
      total: /^\s*- Total document signed$/m.test(block),
      certificate: /Certificate Validation: (.*)$/m.exec(block)?.[1] ?? '',
    }));
}

/** An NSS database that trusts the test CA. */
export function nssTrusting(dir: string, caCert: string): string {
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', 'Referent Test CA', '-t', 'CT,C,C', '-i', caCert]);
  return dir;
}
