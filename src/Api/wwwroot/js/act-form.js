// The act form page: choose the kind, instance and language of the act, fill the form generated from
// the kind's schema, see errors as you type and the act beside the form, download DOCX or PDF.
// The draft of each kind and language stays in this browser (localStorage) until cleared; a signed-in
// person saves it in the register and sends it for signature (act-drafts.js).

import { showSession } from './session.js';
import {
  ApiError, capital, debounce, el, fileNameOf, getJson, isAbort, latest, post, saveBlob,
  setUiLanguage, storedUiLanguage, t, uiLanguage, wireUiLanguageSwitch,
} from './common.js';
import { SchemaForm } from './schema-form.js';
import { ActPreview } from './act-preview.js';
import { ActDrafts } from './act-drafts.js';

const $ = id => document.getElementById(id);
const KIND_KEY = 'supervision.kind';
const LANGUAGE_KEY = 'supervision.language';
const draftKey = (kind, language) => `supervision.draft.${kind}.${language}`;

const state = {
  kinds: [],
  kind: null,
  language: null,
  schemas: new Map(),
  words: new Map(),
  form: null,
  // The kind and language the form on the page was drawn for: while the next one chosen is fetched, the form
  // still holds the last one's act, and its draft is saved, checked and relabelled as that one's.
  drawn: { kind: null, language: null },
  errors: [],
  warnings: [],
  submitted: false,
  previewShown: false,
  // Counts the forms asked for; a load overtaken by a later choice draws nothing (see loadAct).
  loads: 0,
};

const preview = new ActPreview($('preview'));

// ---- loading a kind ----

async function schemaOf(kind) {
  if (!state.schemas.has(kind)) state.schemas.set(kind, await getJson(`/api/acts/${kind}/schema`));
  return state.schemas.get(kind);
}

async function wordsOf(kind, language) {
  const key = `${kind}.${language}`;
  if (!state.words.has(key)) state.words.set(key, await getJson(`/api/acts/${kind}/form?language=${language}`));
  return state.words.get(key);
}

function readDraft() {
  try {
    return JSON.parse(localStorage.getItem(draftKey(state.kind, state.language)) || 'null');
  } catch {
    return null;
  }
}

const saveDraft = debounce(() => {
  if (!state.form) return;
  const { kind, language } = state.drawn;
  const draft = { ...state.form.raw(), instance: instanceValue() };
  localStorage.setItem(draftKey(kind, language), JSON.stringify(draft));
  // The act as sent, for the template editor's "my draft" sample.
  localStorage.setItem(`supervision.act.${kind}.${language}`, JSON.stringify(currentAct()));
}, 300);

function instanceValue() {
  return $('instance-tool').hidden ? undefined : $('instance').value || undefined;
}

/** Draws the form of the chosen kind and language with the given values (a draft, an example, or nothing). */
async function loadAct(values, message) {
  setStatus(t('status.loading'));
  const load = ++state.loads;
  const { kind, language } = state;
  const [schema, words] = await Promise.all([schemaOf(kind), wordsOf(kind, uiLanguage())]);
  // A prosecutor who chose another kind or language while this one was fetched sees only the last choice:
  // a slower, older answer must not draw its form under the newer kind's name.
  if (load !== state.loads) return;
  state.submitted = false;
  state.errors = [];
  state.previewShown = false;
  preview.clear();
  drawInstance(words, values?.instance);
  $('variant-tool').hidden = !words.toolbar.includes('instance');
  if (!words.toolbar.includes('instance')) $('variant').value = 'full';
  state.drawn = { kind, language };
  state.form = new SchemaForm($('fields'), { schema, form: words, onChange: changed, amount: amountWords, language });
  state.form.context = { instance: instanceValue() };
  state.form.render(values || {});
  Object.assign($('fields').dataset, { kind, language });
  drawSummary([]);
  setPreviewNote(t('preview.empty'));
  setStatus(message || '');
  await check.now();
}

function drawInstance(words, value) {
  const tool = $('instance-tool');
  const select = $('instance');
  const field = words.fields.instance;
  tool.hidden = !words.toolbar.includes('instance');
  if (tool.hidden) return;
  const current = value || select.value || field.choices[0].value;
  select.replaceChildren(...field.choices.map(choice => el('option', { value: choice.value }, choice.text)));
  select.value = current;
  $('instance-label').textContent = field.label;
}

function drawKinds() {
  const select = $('kind');
  const language = uiLanguage();
  select.replaceChildren(...state.kinds.map(kind => el('option', { value: kind.kind }, capital(kind.titles[language]))));
  select.value = state.kind;
}

// ---- checking and previewing ----

function currentAct() {
  const act = { kind: state.drawn.kind, language: state.drawn.language };
  const instance = instanceValue();
  if (instance) act.instance = instance;
  return { ...act, ...state.form.value() };
}

function variantQuery() {
  return !$('variant-tool').hidden && $('variant').value === 'court-copy' ? '&variant=court-copy' : '';
}

/** The errors of a problem (400 unreadable, 422 invalid) as the form shows them. */
function problemErrors(problem) {
  return problem.errors.map(e => ({ path: e.path || '', code: e.code || 'unreadable', message: e.message }));
}

/** The warnings of an answer (the 200 of validate, or a 422 beside its errors): they never block. */
function warningsOf(answer) {
  return Array.isArray(answer?.warnings) ? answer.warnings.map(w => ({ path: w.path || '', code: w.code, message: w.message })) : [];
}

/** Validates the act as the API does and, when it is valid, renders the preview. */
const runCheck = latest(async signal => {
  if (!state.form) return;
  const act = currentAct();
  setStatus(t('status.checking'));
  let errors;
  let warnings;
  try {
    const response = await post('/api/acts/validate', act, signal);
    errors = [];
    warnings = warningsOf(await response.json());
  } catch (error) {
    if (isAbort(error)) return;
    if (!(error instanceof ApiError) || !(error.status === 422 || error.status === 400) || !Array.isArray(error.problem.errors)) {
      setStatus(t('status.offline', { detail: error.message }));
      return;
    }
    errors = problemErrors(error.problem);
    warnings = warningsOf(error.problem);
  }
  showErrors(errors, warnings);
  if (errors.length === 0 && state.form.localErrors().length === 0) await renderPreview(act, signal);
  else setPreviewNote(state.previewShown ? t('preview.stale') : t('preview.empty'));
});

const check = debounce(() => runCheck(), 500);

async function renderPreview(act, signal) {
  try {
    const response = await post(`/api/acts/render?format=html${variantQuery()}`, act, signal);
    preview.show(await response.text());
    state.previewShown = true;
    setPreviewNote('');
  } catch (error) {
    if (!isAbort(error)) setPreviewNote(error.message);
  }
}

function showErrors(errors, warnings = []) {
  state.errors = errors;
  state.warnings = warnings;
  const unplaced = state.form.showErrors(errors, state.submitted, warnings);
  const instanceErrors = unplaced.filter(error => error.path === 'instance');
  const box = $('instance-errors');
  box.replaceChildren(...instanceErrors.map(error => el('li', {}, error.message)));
  box.hidden = instanceErrors.length === 0;
  const count = errors.length + state.form.localErrors().length;
  drawSummary(state.submitted ? errors : unplaced.filter(error => error.path !== 'instance'));
  setStatus(count === 0 ? t('status.valid') : t('status.errors', { n: count }));
  // Warnings stand at their fields; the note counts them, apart from the status, since they never block.
  const note = $('warnings-note');
  note.textContent = warnings.length === 0 ? '' : t('status.warnings', { n: warnings.length });
  note.hidden = warnings.length === 0;
}

/** The list at the top: every error after submitting (each a button to its field), else those with no field on the form. */
function drawSummary(errors) {
  const summary = $('summary');
  summary.hidden = errors.length === 0;
  if (summary.hidden) return;
  const items = errors.map(error => {
    const node = state.form.nodeFor(error.path);
    const label = node ? node.info.label : error.path;
    // A message that names its field already says where it is.
    const text = error.message.includes(label) ? error.message : `${label}: ${error.message}`;
    return el('li', {}, node
      ? el('button', { type: 'button', class: 'link', onclick: () => state.form.focusNode(node) }, text)
      : text);
  });
  $('summary-list').replaceChildren(...items);
}

function changed() {
  saveDraft();
  check();
}

async function amountWords(value) {
  const answer = await getJson(`/api/amount?value=${encodeURIComponent(value)}&language=${state.drawn.language}`);
  return answer.text;
}

// ---- buttons ----

async function submit(event) {
  event.preventDefault();
  state.submitted = true;
  check.cancel();
  await runCheck();
  if (state.errors.length > 0) {
    $('summary').focus();
  }
}

async function download(format) {
  state.submitted = true;
  check.cancel();
  const act = currentAct();
  setStatus(t('status.downloading', { format: format.toUpperCase() }));
  try {
    const response = await post(`/api/acts/render?format=${format}${variantQuery()}`, act);
    const name = fileNameOf(response, `${state.drawn.kind}.${format}`);
    saveBlob(await response.blob(), name);
    setStatus(t('status.downloaded', { name }));
  } catch (error) {
    if (error instanceof ApiError && Array.isArray(error.problem.errors)) {
      showErrors(problemErrors(error.problem), warningsOf(error.problem));
      $('summary').focus();
    } else {
      setStatus(error.message);
    }
  }
}

function hasContent(value) {
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return value === true || (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}

async function startFromExample() {
  if (hasContent(state.form.raw()) && !window.confirm(t('form.confirm.example'))) return;
  const instance = instanceValue();
  const query = instance ? `&instance=${instance}` : '';
  const example = await getJson(`/api/acts/${state.kind}/example?language=${state.language}${query}`);
  await loadAct(example, t('status.example'));
  saveDraft.now();
}

async function clearDraft() {
  if (hasContent(state.form.raw()) && !window.confirm(t('form.confirm.clear'))) return;
  localStorage.removeItem(draftKey(state.kind, state.language));
  await loadAct({ instance: instanceValue() }, t('status.cleared'));
}

async function chooseAct() {
  saveDraft.now();
  state.kind = $('kind').value;
  state.language = $('act-language').value;
  localStorage.setItem(KIND_KEY, state.kind);
  localStorage.setItem(LANGUAGE_KEY, state.language);
  const draft = readDraft();
  await loadAct(draft, draft ? t('status.restored') : '');
}

async function relabel() {
  drawKinds();
  const { kind, language } = state.drawn;
  const load = state.loads;
  const words = await wordsOf(kind, uiLanguage());
  const schema = await schemaOf(kind);
  // A form of another kind drawn meanwhile is already labelled in the new language.
  if (load !== state.loads) return;
  const values = { ...state.form.raw(), instance: instanceValue() };
  const touched = state.form.touched;
  drawInstance(words, values.instance);
  state.form = new SchemaForm($('fields'), { schema, form: words, onChange: changed, amount: amountWords, language });
  state.form.touched = touched;
  state.form.context = { instance: instanceValue() };
  state.form.render(values);
  state.form.value();
  showErrors(state.errors, state.warnings);
  if (!state.previewShown) setPreviewNote(t('preview.empty'));
  drafts.relabel();
}

// ---- drafts in the register ----

const drafts = new ActDrafts({
  currentAct,
  check: async () => {
    check.cancel();
    await runCheck();
    return { errors: state.errors, local: state.form.localErrors().length };
  },
  revealErrors: () => {
    state.submitted = true;
    showErrors(state.errors, state.warnings);
    $('summary').focus();
  },
  showProblem: problem => {
    state.submitted = true;
    showErrors(problemErrors(problem), warningsOf(problem));
    $('summary').focus();
  },
});

/** Opens an act (a draft of the register) in the form: its kind, language and instance, then its fields. */
async function openAct(act) {
  saveDraft.cancel();
  state.kind = act.kind;
  state.language = act.language;
  drawKinds();
  $('act-language').value = state.language;
  await loadAct(act, t('draft.opened'));
}

// ---- status ----

function setStatus(text) { $('status').textContent = text; }

function setPreviewNote(text) {
  const note = $('preview-note');
  note.textContent = text;
  note.hidden = !text;
  $('preview').classList.toggle('stale', Boolean(text) && state.previewShown);
}

// ---- start ----

async function start() {
  await setUiLanguage(storedUiLanguage());
  const session = await showSession();
  state.kinds = await getJson('/api/acts');
  const storedKind = localStorage.getItem(KIND_KEY);
  state.kind = state.kinds.some(kind => kind.kind === storedKind) ? storedKind : state.kinds[0].kind;
  const storedLanguage = localStorage.getItem(LANGUAGE_KEY);
  state.language = storedLanguage === 'kk' || storedLanguage === 'ru' ? storedLanguage : uiLanguage();
  drawKinds();
  $('act-language').value = state.language;

  $('kind').addEventListener('change', chooseAct);
  $('act-language').addEventListener('change', chooseAct);
  $('instance').addEventListener('change', () => {
    state.form.setContext({ instance: instanceValue() });
    changed();
  });
  $('variant').addEventListener('change', () => check.now());
  $('act-form').addEventListener('submit', submit);
  $('docx').addEventListener('click', () => download('docx'));
  $('pdf').addEventListener('click', () => download('pdf'));
  $('example').addEventListener('click', startFromExample);
  $('clear').addEventListener('click', clearDraft);
  wireUiLanguageSwitch(relabel);
  // A reload or a closed tab must not lose the last keystrokes to the draft's debounce.
  window.addEventListener('pagehide', () => saveDraft.now());

  const opened = await drafts.start(session);
  if (opened) {
    await openAct(opened);
  } else {
    const draft = readDraft();
    await loadAct(draft, draft ? t('status.restored') : '');
  }
  document.body.dataset.ready = 'true';
}

start().catch(error => setStatus(t('status.offline', { detail: error.message })));
