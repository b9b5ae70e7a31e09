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

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
