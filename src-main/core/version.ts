import pkg from '../../package.json' with { type: 'json' };

/** The version people see (Help › Om, the CLI's --version, the PDF producer). */
export const appVersion: string = pkg.version;
