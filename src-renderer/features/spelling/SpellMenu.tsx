import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { spellChecker } from './spellChecker';
import { spellMenu, type SpellMenuRequest } from './spellMenuStore';

/**
 * The menu of a misspelled word: the dictionary's suggestions, and «Tilføj til ordlisten», which
 * keeps the word as right in every meeting of this forum. Arrow keys move, Escape closes, and the
 * caret goes back to the text.
 */
export function SpellMenu({ forumId, forumName, announce }: { forumId: string; forumName: string; announce(text: string): void }) {
  const client = useClient();
  const { t } = useI18n();
  const [request, setRequest] = useState<SpellMenuRequest | null>(spellMenu.get());
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => spellMenu.subscribe(setRequest), []);
  useEffect(() => {
    setSuggestions(null);
    if (!request) return;
    let live = true;
    spellChecker
      .suggest(request.word)
      .then((s) => live && setSuggestions(s.slice(0, 6)))
      .catch(() => live && setSuggestions([]));
    return () => {
      live = false;
    };
  }, [request]);
  useEffect(() => {
    if (request && suggestions !== null) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [request, suggestions]);

  if (!request) return null;
  const close = () => {
    spellMenu.close();
    request.view.focus();
  };
  const replace = (word: string) => {
    const { view, from, to } = request;
    view.dispatch(view.state.tr.insertText(word, from, to));
    close();
  };
  const addWord = async () => {
    try {
      await client.call('forums.addWord', { forumId, word: request.word });
      spellChecker.accept([request.word]);
      announce(t('spelling.added', { word: request.word, forum: forumName }));
    } catch (e) {
      announce((e as Error).message);
    }
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={menu}
      className="spell-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: request.word })}
      style={{ left: request.left, top: request.top + 4 }}
      onKeyDown={onKeyDown}
      onBlur={(e) => !menu.current?.contains(e.relatedTarget as Node) && spellMenu.close()}
    >
      {suggestions === null && <p className="muted">{t('spelling.looking')}</p>}
      {suggestions?.length === 0 && <p className="muted">{t('spelling.none')}</p>}
      {suggestions?.map((s) => (
        <button key={s} type="button" role="menuitem" onClick={() => replace(s)}>
          {s}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" onClick={() => void addWord()}>
        {t('spelling.add', { word: request.word, forum: forumName })}
      </button>
    </div>
  );
}
