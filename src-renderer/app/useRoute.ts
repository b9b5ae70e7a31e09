import { useEffect, useState } from 'react';

export type Route = { name: 'start' } | { name: 'forum'; id: string } | { name: 'meeting'; id: string };

/** Routes live in the URL fragment (`#/meeting/<id>`), so a reload shows the same screen. */
export function parseRoute(hash: string): Route {
  const m = /^#\/(forum|meeting)\/([^/?#]+)/.exec(hash);
  if (!m) return { name: 'start' };
  return { name: m[1] as 'forum' | 'meeting', id: decodeURIComponent(m[2]!) };
}

export function routeHref(route: Route): string {
  return route.name === 'start' ? '#/' : `#/${route.name}/${encodeURIComponent(route.id)}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const lastMeetingKey = 'referent.lastMeeting';

/**
 * Where the app opens: the address's own route, else the meeting the referent last had open
 * (they come back to the meeting they were writing), else the start screen.
 */
export function initialRoute(hash: string, storage: Pick<Storage, 'getItem'>): Route {
  const route = parseRoute(hash);
  if (route.name !== 'start' || (hash !== '' && hash !== '#' && hash !== '#/')) return route;
  const last = storage.getItem(lastMeetingKey);
  return last ? { name: 'meeting', id: last } : route;
}

export function rememberMeeting(id: string | null): void {
  if (id) localStorage.setItem(lastMeetingKey, id);
  else localStorage.removeItem(lastMeetingKey);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => {
    const first = initialRoute(window.location.hash, localStorage);
    if (first.name === 'meeting' && parseRoute(window.location.hash).name !== 'meeting') history.replaceState(null, '', routeHref(first));
    return first;
  });
  useEffect(() => {
    const onChange = () => setRoute((current) => {
      const next = parseRoute(window.location.hash);
      return routeHref(next) === routeHref(current) ? current : next;
    });
    window.addEventListener('hashchange', onChange);
    // The address may have changed between the first render and this listener (a link followed,
    // or a test navigating, while the app was still starting): catch up with it now.
    if (window.location.hash !== '' && window.location.hash !== '#' && window.location.hash !== '#/') onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
