// The template editor page: edit a live template (or a partial it includes), see the act rendered
// through the edit (POST /api/templates/preview), its errors with file, line and column marked in the
// text, the twin template of the other language beside it, and the live template's rendering to
// compare with. "Live" is the newest version published in the register (the shipped files are version
// 1). Edits stay in this browser until an editor proposes one as the file's next version and another
// editor approves it (template-proposals.js).

import { showSession } from './session.js';
import {
  ApiError, capital, debounce, el, getJson, isAbort, latest, personCell, post,
  setUiLanguage, storedUiLanguage, t, uiLanguage, wireUiLanguageSwitch,
} from './common.js';
import { LineEditor } from './line-editor.js';
import { ActPreview } from './act-preview.js';
import { templateMessage } from './template-messages.js';
import { TemplateProposals } from './template-proposals.js';

const $ = id => document.getElementById(id);
const CHOICE_KEY = 'supervision.editor';
const editKey = file => `supervision.template.${file}`;
const other = language => (language === 'kk' ? 'ru' : 'kk');

const state = {
  kinds: [],
  kind: 'instruction',
  language: 'kk',
  instance: 'first',
  // Loads started (a choice of kind, language or instance each starts one): only the newest may draw.
  loads: 0,
  file: null,
  live: null,
  liveOther: null,
  problems: [],
  versions: [],
};

const editor = new LineEditor($('template'));
const twin = new LineEditor($('other'));
const model = new LineEditor($('model'));
const editedPreview = new ActPreview($('preview-edited'));
const livePreview = new ActPreview($('preview-live'));

// ---- choosing what to edit ----

const instanceQuery = () => (state.kind === 'conclusion' ? `&instance=${state.instance}` : '');

function remember() {
  localStorage.setItem(CHOICE_KEY, JSON.stringify({ kind: state.kind, language: state.language, instance: state.instance, file: state.file }));
}

function liveText(file) {
  return state.live.files.find(f => f.file === file)?.text ?? '';
}

function liveVersion(file) {
  return state.live.files.find(f => f.file === file)?.version;
}

function editedText(file) {
  return localStorage.getItem(editKey(file)) ?? liveText(file);
}

async function load({ keepFile = false, keepModel = false } = {}) {
  // Choosing the kind and then the language starts two loads; the first's answers may come last and must not
  // draw the kind in the language chosen before (seen in CI: the Russian file beside the Kazakh sample).
  const mine = ++state.loads;
  const language = state.language;
  const templates = await Promise.all([
    getJson(`/api/templates/${state.kind}?language=${language}${instanceQuery()}`),
    getJson(`/api/templates/${state.kind}?language=${other(language)}${instanceQuery()}`),
  ]);
  if (mine !== state.loads) return;
  [state.live, state.liveOther] = templates;
  if (!keepFile || !state.live.files.some(f => f.file === state.file)) state.file = state.live.file;
  // An edit that another editor's approval made live is no longer an edit.
  for (const f of state.live.files) {
    if (localStorage.getItem(editKey(f.file)) === f.text) localStorage.removeItem(editKey(f.file));
  }
  drawFiles();
  showFile();
  if (!keepModel && !await loadSample(mine)) return;
  remember();
  await refresh();
}

function drawFiles() {
  const select = $('file');
  select.replaceChildren(...state.live.files.map(f => {
    const changed = localStorage.getItem(editKey(f.file)) !== null;
    return el('option', { value: f.file }, changed ? `${f.file} • ${t('editor.changed')}` : f.file);
  }));
  select.value = state.file;
}

function showFile() {
  editor.value = editedText(state.file);
  $('edited-file').textContent = state.file;
  showVersion();
  loadVersions();
  const twinFile = state.file.replace(`templates-${state.language}/`, `templates-${other(state.language)}/`);
  const twinText = state.liveOther.files.find(f => f.file === twinFile)?.text;
  twin.value = twinText ?? '';
  $('other-file').textContent = twinText === undefined ? '—' : twinFile;
  markChanged();
  editor.mark([]);
}

function showVersion() {
  const version = liveVersion(state.file);
  $('edited-version').textContent = version ? `· ${t('editor.liveVersion', { version })}` : '';
  $('edited-version').dataset.version = version ?? '';
}

function markChanged() {
  const changed = localStorage.getItem(editKey(state.file)) !== null;
  $('edited-badge').hidden = !changed;
  const option = $('file').selectedOptions[0];
  if (option) option.textContent = changed ? `${state.file} • ${t('editor.changed')}` : state.file;
}

/** Fills the sample model; false where a newer load began meanwhile (it fills its own). */
async function loadSample(mine = state.loads) {
  const draft = localStorage.getItem(`supervision.act.${state.kind}.${state.language}`);
  const draftOption = $('sample').querySelector('option[value="draft"]');
  draftOption.disabled = draft === null;
  if ($('sample').value === 'draft' && draft !== null) {
    model.value = JSON.stringify(JSON.parse(draft), null, 2);
    return true;
  }
  $('sample').value = 'example';
  const example = await getJson(`/api/acts/${state.kind}/example?language=${state.language}${instanceQuery()}`);
  if (mine !== state.loads) return false;
  model.value = JSON.stringify(example, null, 2);
  return true;
}

// ---- previews ----

function parsedModel() {
  try {
    return { value: JSON.parse(model.value) };
  } catch (error) {
    // V8 says "... in JSON at position 120 (line 7 column 3)".
    const place = /line (\d+) column (\d+)/.exec(error.message);
    return { error: { message: t('editor.modelInvalid', { detail: error.message }), line: place ? +place[1] : 0, column: place ? +place[2] : 0 } };
  }
}

const renderEdited = latest(async signal => {
  const sample = parsedModel();
  if (sample.error) {
    showProblems([{ model: true, ...sample.error }]);
    return;
  }
  setStatus(t('editor.rendering'));
  const body = { kind: state.kind, language: state.language, template: editor.value, file: state.file, model: sample.value };
  try {
    const response = await post('/api/templates/preview?format=html', body, signal);
    editedPreview.show(await response.text());
    showProblems([]);
    setStatus(t('editor.rendered'));
  } catch (error) {
    if (isAbort(error)) return;
    showProblems(problemsOf(error));
    setStatus('');
  }
});

const renderLive = latest(async signal => {
  if ($('live-panel').hidden) return;
  const sample = parsedModel();
  if (sample.error) return;
  try {
    const response = await post('/api/acts/render?format=html', sample.value, signal);
    livePreview.show(await response.text());
  } catch (error) {
    if (!isAbort(error)) livePreview.clear();
  }
});

/** The problems of a failed preview: the template's (file, line, column) or the sample model's (path). */
function problemsOf(error) {
  if (!(error instanceof ApiError)) return [{ message: t('status.offline', { detail: error.message }) }];
  const errors = Array.isArray(error.problem.errors) ? error.problem.errors : [];
  if (error.problem.type === 'urn:supervision:problem:template-invalid') {
    return errors.map(e => ({ file: e.file, line: e.line, column: e.column, message: e.message }));
  }
  if (errors.length > 0) {
    const title = t('editor.modelErrors');
    return errors.map(e => ({ model: true, message: `${title}: ${e.path ? `${e.path}: ` : ''}${e.message}` }));
  }
  return [{ message: error.message }];
}

function showProblems(problems) {
  state.problems = problems;
  const box = $('problems');
  box.classList.toggle('has-errors', problems.length > 0);
  if (problems.length === 0) {
    $('problem-list').replaceChildren(el('p', { class: 'ok' }, t('editor.noErrors')));
  } else {
    $('problem-list').replaceChildren(el('ul', {}, ...problems.map(problemItem)));
  }
  const lines = problems
    .filter(p => p.file === state.file && p.line > 0)
    .map(p => [p.line, templateMessage(p.message)]);
  editor.mark(lines);
  // While the edit does not render, the preview beside it is the last one that did.
  $('preview-edited').classList.toggle('stale', problems.length > 0);
  $('preview-edited-note').hidden = problems.length === 0;
  model.mark(problems.filter(p => p.model && p.line > 0).map(p => [p.line, p.message]));
}

// Template problems are kept as the service words them and shown in the interface language of the moment.
function problemItem(problem) {
  const message = problem.model ? problem.message : templateMessage(problem.message);
  if (problem.file && problem.line > 0) {
    const place = `${problem.file}:${problem.line}:${problem.column}`;
    const link = el('button', {
      type: 'button', class: 'link problem-place',
      'aria-label': `${problem.file}, ${t('editor.at', { line: problem.line, column: problem.column })}`,
      onclick: () => goToProblem(problem),
    }, place);
    return el('li', {}, link, ` — ${message}`);
  }
  if (problem.model && problem.line > 0) {
    const link = el('button', { type: 'button', class: 'link problem-place', onclick: () => {
      $('model-details').open = true;
      model.goTo(problem.line, problem.column);
    } }, t('editor.at', { line: problem.line, column: problem.column }));
    return el('li', {}, link, ` — ${problem.message}`);
  }
  return el('li', {}, problem.file ? `${problem.file}: ${message}` : message);
}

function goToProblem(problem) {
  if (problem.file !== state.file && state.live.files.some(f => f.file === problem.file)) {
    state.file = problem.file;
    $('file').value = problem.file;
    showFile();
    remember();
    showProblems(state.problems);
  }
  editor.goTo(problem.line, problem.column);
}

const refreshEdited = debounce(() => renderEdited(), 500);
const refreshModel = debounce(() => { renderEdited(); renderLive(); }, 500);

async function refresh() {
  await Promise.all([renderEdited(), renderLive()]);
}

// ---- events ----

function edited() {
  const text = editor.value;
  if (text === liveText(state.file)) localStorage.removeItem(editKey(state.file));
  else localStorage.setItem(editKey(state.file), text);
  markChanged();
  refreshEdited();
}

function drawKinds() {
  const language = uiLanguage();
  $('kind').replaceChildren(...state.kinds.map(kind => el('option', { value: kind.kind }, capital(kind.titles[language]))));
  $('kind').value = state.kind;
}

// Kept beside the state, not in it: the state takes the stored choice with Object.assign.
const instanceWords = new Map();

/** The conclusion form's words in an interface language, fetched once per language. */
async function instanceWordsOf(language) {
  if (!instanceWords.has(language)) instanceWords.set(language, await getJson(`/api/acts/conclusion/form?language=${language}`));
  return instanceWords.get(language);
}

async function drawInstances() {
  const words = await instanceWordsOf(uiLanguage());
  $('instance').replaceChildren(...words.fields.instance.choices.map(choice => el('option', { value: choice.value }, choice.text)));
  $('instance').value = state.instance;
  $('instance-tool').hidden = state.kind !== 'conclusion';
}

function setStatus(text) { $('status').textContent = text; }

// ---- versions ----

/** "26.11.2026 23:05" in Kazakhstan's time (UTC+5), the clock the register keeps its days by. */
function kazakhstanTime(iso) {
  const time = new Date(Date.parse(iso) + 5 * 3600 * 1000);
  const two = n => String(n).padStart(2, '0');
  return `${two(time.getUTCDate())}.${two(time.getUTCMonth() + 1)}.${time.getUTCFullYear()} ${two(time.getUTCHours())}:${two(time.getUTCMinutes())}`;
}

/** Lists the versions of the file shown, newest first: who published each and when; an older one can be taken back into the editor. */
const loadVersions = latest(async signal => {
  try {
    state.versions = await getJson(`/api/templates/versions?path=${encodeURIComponent(state.file)}`, signal);
    $('versions-status').textContent = '';
  } catch (error) {
    if (isAbort(error)) return;
    state.versions = [];
    const detail = error instanceof ApiError ? error.message : t('status.offline', { detail: error.message });
    $('versions-status').textContent = t('versions.unavailable', { detail });
  }
  drawVersions();
});

function drawVersions() {
  $('versions-rows').replaceChildren(...(state.versions ?? []).map(version => {
    const number = version.isLive ? `${version.version} (${t('versions.live')})` : String(version.version);
    const by = version.publishedBy === 'shipped' ? el('td', {}, t('versions.shipped')) : personCell(version.publishedBy, version.publishedByName);
    const take = version.isLive ? '' : el('button', {
      type: 'button', class: 'secondary', dataset: { version: String(version.version) },
      'aria-label': t('versions.loadLabel', { version: version.version }),
      onclick: () => takeVersion(version.version),
    }, t('versions.load'));
    return el('tr', { class: version.isLive ? 'live' : undefined },
      el('td', {}, number), el('td', {}, kazakhstanTime(version.publishedAt)), by, el('td', {}, take));
  }));
}

/** Puts an older version's text into the editor as an edit: previewed at once, published as the next version if wanted. */
async function takeVersion(version) {
  try {
    const answer = await getJson(`/api/templates/versions/text?path=${encodeURIComponent(state.file)}&version=${version}`);
    editor.value = answer.text;
    edited();
    $('versions-status').textContent = t('versions.loaded', { version });
  } catch (error) {
    const detail = error instanceof ApiError ? error.message : t('status.offline', { detail: error.message });
    $('versions-status').textContent = t('versions.unavailable', { detail });
  }
}

// ---- proposing and approving ----

const proposals = new TemplateProposals({
  edit: () => { refreshEdited.cancel(); return { file: state.file, text: editor.value }; },
  problemsOf,
  showProblems,
  // A version went live: the editor starts from it now.
  approved: () => load({ keepFile: true, keepModel: true }),
});

async function start() {
  await setUiLanguage(storedUiLanguage());
  const session = await showSession();
  state.kinds = await getJson('/api/acts');
  try {
    Object.assign(state, JSON.parse(localStorage.getItem(CHOICE_KEY) || '{}'));
  } catch { /* a damaged choice is forgotten */ }
  if (!state.kinds.some(kind => kind.kind === state.kind)) state.kind = state.kinds[0].kind;
  if (state.language !== 'kk' && state.language !== 'ru') state.language = uiLanguage();
  drawKinds();
  await drawInstances();
  $('language').value = state.language;

  $('kind').addEventListener('change', async () => {
    state.kind = $('kind').value;
    $('instance-tool').hidden = state.kind !== 'conclusion';
    await load();
  });
  $('instance').addEventListener('change', async () => {
    state.instance = $('instance').value;
    await load({ keepFile: true });
  });
  $('language').addEventListener('change', async () => {
    const previous = state.language;
    state.language = $('language').value;
    state.file = state.file?.replace(`templates-${previous}/`, `templates-${state.language}/`);
    await load({ keepFile: true });
  });
  $('file').addEventListener('change', () => {
    state.file = $('file').value;
    showFile();
    remember();
    refreshEdited.now();
  });
  $('sample').addEventListener('change', async () => {
    await loadSample();
    await refresh();
  });
  $('revert').addEventListener('click', () => {
    localStorage.removeItem(editKey(state.file));
    showFile();
    refreshEdited.now();
  });
  $('compare').addEventListener('click', () => {
    const on = $('compare').getAttribute('aria-pressed') !== 'true';
    $('compare').setAttribute('aria-pressed', String(on));
    $('live-panel').hidden = !on;
    $('previews').classList.toggle('compare', on);
    editedPreview.fit();
    if (on) renderLive();
  });
  $('model-reset').addEventListener('click', async () => {
    await loadSample();
    await refresh();
  });
  $('template').addEventListener('input', edited);
  // The twin follows the edited text down, so that the same passage stands side by side in both languages.
  $('template').addEventListener('scroll', () => {
    $('other').scrollTop = $('template').scrollTop;
  });
  $('model').addEventListener('input', refreshModel);
  wireUiLanguageSwitch(async () => {
    drawKinds();
    await drawInstances();
    drawFiles();
    markChanged();
    showVersion();
    drawVersions();
    proposals.draw();
    showProblems(state.problems);
  });

  await load({ keepFile: true });
  await proposals.start(session);
  document.body.dataset.ready = 'true';
}

start().catch(error => setStatus(t('status.offline', { detail: error.message })));
