import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import type { paths } from './schema';
import { readTokens, writeTokens, type Tokens } from './session';

/** The typed API client: paths and bodies come from the generated schema, so web and API cannot drift. */
export const api = createClient<paths>({ baseUrl: '' });

let refreshing: Promise<Tokens | null> | null = null;

/** Exchanges the refresh token for a new pair once, however many requests are waiting for it. */
export function refreshTokens(): Promise<Tokens | null> {
  refreshing ??= (async () => {
    const current = readTokens();
    if (!current) return null;
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (!response.ok) {
      writeTokens(null);
      return null;
    }
    const pair = (await response.json()) as { accessToken: string; refreshToken: string; expiresIn: number };
    const tokens = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: Date.now() + pair.expiresIn * 1000 };
    writeTokens(tokens);
    return tokens;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A valid access token, refreshed a little before it expires. */
export async function accessToken(): Promise<string | null> {
  const tokens = readTokens();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > 30_000) return tokens.accessToken;
  return (await refreshTokens())?.accessToken ?? null;
}

const authAndLanguage: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
    if (!request.url.includes('/auth/login') && !request.url.includes('/auth/refresh')) {
      const token = await accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  async onResponse({ request, response }) {
    // An access token revoked or expired early: refresh once and replay.
    if (response.status !== 401 || request.url.includes('/auth/') || request.bodyUsed) return response;
    const tokens = await refreshTokens();
    if (!tokens) return response;
    const retry = new Request(request, { headers: new Headers(request.headers) });
    retry.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
    return fetch(retry);
  },
};
api.use(authAndLanguage);

/** Fetches with the session (documents, multipart uploads) outside the typed client. */
export async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = await accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
  return fetch(url, { ...init, headers });
}

/** The Accept-Language header some operations declare (the middleware sets it on every request anyway). */
export function lang(): { 'accept-language': string } {
  return { 'accept-language': i18n.language === 'en' ? 'en' : 'vi' };
}
