import type { SpellAnswer, SpellRequest } from './spellWorker';

/**
 * The renderer's side of the spell checker: one worker for the whole window, started when first
 * asked (after the editor is already typeable), with a cache so a word is checked once.
 */
class SpellChecker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (a: SpellAnswer) => void>();
  private readonly known = new Map<string, boolean>();
  private readonly listeners = new Set<(changed: ReadonlySet<string>) => void>();
  private extra = new Set<string>();

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<SpellAnswer>) => {
        this.waiting.get(e.data.id)?.(e.data);
        this.waiting.delete(e.data.id);
      };
      if (this.extra.size) this.post({ type: 'add', words: [...this.extra] });
    }
    return this.worker;
  }

  private post(msg: SpellRequest): void {
    this.start().postMessage(msg);
  }

  private ask(msg: { type: 'check'; words: string[] } | { type: 'suggest'; word: string }): Promise<SpellAnswer> {
    const id = this.nextId++;
    return new Promise((ok) => {
      this.waiting.set(id, ok);
      this.post({ ...msg, id } as SpellRequest);
    });
  }

  /** True when the word is known to be misspelled; undefined when not checked yet. */
  isMisspelled(word: string): boolean | undefined {
    if (this.extra.has(word)) return false;
    const ok = this.known.get(word);
    return ok === undefined ? undefined : !ok;
  }

  /** Checks the words not seen before; listeners hear when answers arrive. */
  async check(words: string[]): Promise<void> {
    const fresh = [...new Set(words)].filter((w) => !this.known.has(w) && !this.extra.has(w));
    if (fresh.length === 0) return;
    const answer = await this.ask({ type: 'check', words: fresh });
    if (answer.error) return;
    const bad = new Set(answer.misspelled);
    for (const w of fresh) this.known.set(w, !bad.has(w));
    // Only misspelled words change any decoration.
    if (bad.size) this.tell(bad);
  }

  async suggest(word: string): Promise<string[]> {
    return (await this.ask({ type: 'suggest', word })).suggestions ?? [];
  }

  /** Words this meeting uses that are right even if the dictionary does not know them: names. */
  accept(words: string[]): void {
    const fresh = words.filter((w) => !this.extra.has(w));
    if (fresh.length === 0) return;
    for (const w of fresh) this.extra.add(w);
    if (this.worker) this.post({ type: 'add', words: fresh });
    this.tell(new Set(fresh));
  }

  private tell(changed: ReadonlySet<string>): void {
    for (const cb of this.listeners) cb(changed);
  }

  /** `cb` hears which words changed status, so an editor redraws only when it holds one of them. */
  onChange(cb: (changed: ReadonlySet<string>) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
}

export const spellChecker = new SpellChecker();
