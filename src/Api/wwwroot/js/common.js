// Shared by both pages: the interface language and its words, calls to the API, small helpers.
// Plain ES modules served by the app itself: no build step, no request to any other host.

const UI_KEY = 'supervision.ui';
const words = {};
let current = 'kk';

/** The interface language chosen last in this browser; Kazakh unless the browser prefers Russian. */
export function storedUiLanguage() {
  const stored = localStorage.getItem(UI_KEY);
  if (stored === 'kk' || stored === 'ru') return stored;
  return (navigator.languages || []).some(l => l.toLowerCase().startsWith('ru')) ? 'ru' : 'kk';
}

/** Loads the words of an interface language, remembers the choice, and relabels the static page. */
export async function setUiLanguage(language) {
  if (!words[language]) words[language] = await getJson(`/i18n/${language}.json`);
  current = language;
  localStorage.setItem(UI_KEY, language);
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  for (const button of document.querySelectorAll('[data-ui-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset.uiLanguage === language));
  }
  // Server-drawn pages (the execution control) take the interface language in their address.
  for (const link of document.querySelectorAll('a[data-lang-link]')) {
    link.href = `${link.dataset.langLink}?lang=${language}`;
  }
}

/** The interface language now shown. */
export function uiLanguage() { return current; }

/** A word of the interface, with {placeholders} filled. */
export function t(key, values = {}) {
  const text = words[current]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

/** Wires the kk/ru buttons of the page header. */
export function wireUiLanguageSwitch(onChange) {
  for (const button of document.querySelectorAll('[data-ui-language]')) {
    button.addEventListener('click', async () => {
      if (button.dataset.uiLanguage === current) return;
      await setUiLanguage(button.dataset.uiLanguage);
      await onChange(current);
    });
  }
}

/** An error the API answered with: the HTTP status and the problem (application/problem+json). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function problemOf(response) {
  try { return await response.json(); } catch { return { title: response.statusText }; }
}

export async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

let csrfToken = null;

/** Keeps the session's CSRF token (GET /api/session), sent with every POST; null without a session. */
export function setCsrfToken(token) { csrfToken = token; }

/** Sends JSON (POST, PUT) with the session's CSRF token; answers a 2xx response, throws ApiError with the problem otherwise. */
export async function send(method, url, body, signal) {
  const headers = body === undefined ? {} : { 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(url, {
    method,
    signal,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response;
}

/** POSTs JSON; answers the response when it is 2xx, throws ApiError with the problem otherwise. */
export function post(url, body, signal) { return send('POST', url, body, signal); }

/** The file name in a Content-Disposition header (RFC 6266: filename* first). */
export function fileNameOf(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/** Saves a blob as a file the browser downloads. */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Calls fn once calls have stopped for `wait` milliseconds. */
export function debounce(fn, wait) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  debounced.now = (...args) => { clearTimeout(timer); return fn(...args); };
  return debounced;
}

/** Runs the latest of overlapping async calls only: an older one is aborted when a newer starts. */
export function latest(fn) {
  let controller;
  return async (...args) => {
    controller?.abort();
    controller = new AbortController();
    return fn(controller.signal, ...args);
  };
}

export function isAbort(error) { return error?.name === 'AbortError'; }

/** Creates an element: el('button', { type: 'button', class: 'x' }, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter(child => child !== undefined && child !== null && child !== false));
  return element;
}

/**
 * A table cell naming a person as colleagues know him: the full name, the login on hover; the login alone where
 * the register holds no name (a client, a person since removed), and `empty` where there is nobody.
 */
export function personCell(login, name, empty = '—') {
  if (!login) return el('td', {}, empty);
  return el('td', { class: 'person', title: name ? login : null }, name ?? login);
}

/** Capitalises the first letter. */
export function capital(text) { return text ? text[0].toLocaleUpperCase() + text.slice(1) : text; }
