/** SQLite's errors a person can do something about, in Danish; null for the rest. */
export function sqliteProblem(e: unknown): string | null {
  const code = String((e as { code?: unknown }).code ?? '');
  if (code.startsWith('SQLITE_READONLY')) return 'datamappens database kan ikke skrives (mappen eller filen referent.sqlite er skrivebeskyttet). Få skriveadgang til datamappen, eller angiv en anden med --data-dir DIR.';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'datamappens database kan ikke åbnes. Tjek at datamappen findes og kan skrives, eller angiv en anden med --data-dir DIR.';
  if (code === 'SQLITE_FULL') return 'disken med datamappen er fuld. Frigør plads, og prøv igen.';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'datamappens database er optaget af et andet program. Prøv igen om lidt.';
  return null;
}
