/**
 * Hash routes, so the app works from any static host and offline from the service worker's
 * one cached index.html. Routes: #/ , #/deck/<slug>, #/study/<slug|all>, #/article/<slug>[?card=<id>],
 * #/browse/[?deck=<slug>&card=<id>], #/settings/[<slug>].
 */
import { createSignal } from 'solid-js';

export interface Route {
  name: 'home' | 'deck' | 'study' | 'article' | 'browse' | 'settings' | (string & {});
  param: string;
  query: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] ?? 'home', param: parts[1] ?? '', query: new URLSearchParams(search) };
}

const [route, setRoute] = createSignal(parse(location.hash));
addEventListener('hashchange', () => setRoute(parse(location.hash)));

export { route };

/** The href for a route, for links. */
export function href(name: string, param = '', query?: Record<string, string>): string {
  const q = query ? `?${new URLSearchParams(query)}` : '';
  return name === 'home' ? '#/' : `#/${name}/${encodeURIComponent(param)}${q}`;
}

export function navigate(name: string, param = '', query?: Record<string, string>): void {
  location.hash = href(name, param, query);
}
