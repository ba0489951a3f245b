// Who is signed in, shown in the page header, with the sign-out form; and the CSRF token every
// state-changing call of a session carries (common.js sends it in X-CSRF-Token).
import { setCsrfToken, t } from './common.js';

/** Reads GET /api/session and fills the header's #session: the person and "sign out", or a sign-in link. */
export async function showSession() {
  const place = document.getElementById('session');
  if (!place) return null;
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
  const session = response.ok ? await response.json() : null;
  setCsrfToken(session?.csrfToken ?? null);
  // Links that lead only a signed-in person somewhere (the inbox).
  for (const link of document.querySelectorAll('[data-session-only]')) link.hidden = !session;
  place.replaceChildren();
  if (!session) {
    const link = document.createElement('a');
    link.href = `/signin?returnUrl=${encodeURIComponent(location.pathname + location.search)}`;
    link.dataset.i18n = 'session.signIn';
    link.textContent = t('session.signIn');
    place.append(link);
    return null;
  }

  const who = document.createElement('span');
  who.className = 'session-person';
  who.textContent = `${session.name} (${session.login})`;
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/signout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '__RequestVerificationToken';
  token.value = session.csrfToken;
  const button = document.createElement('button');
  button.type = 'submit';
  button.dataset.i18n = 'session.signOut';
  button.textContent = t('session.signOut');
  form.append(token, button);
  place.append(who, form);
  return session;
}
