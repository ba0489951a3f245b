// Words shared by the pages that show drafts: a draft's state, a refusal's text.

import { ApiError, t } from './common.js';

/** "Draft", "Submitted for signature", ... in the interface language. */
export function draftStateText(state) {
  return t(`draftState.${state}`);
}

/**
 * What a refusal says, in the interface language where the page knows the case (403, 404, 409),
 * with the register's own detail after it; a 422's errors are each "path: message".
 */
export function problemText(error) {
  if (!(error instanceof ApiError)) return t('status.offline', { detail: error.message });
  const errors = Array.isArray(error.problem.errors) ? error.problem.errors : [];
  if (errors.length > 0) return errors.map(e => (e.path ? `${e.path}: ${e.message}` : e.message)).join(' ');
  const known = { 403: 'problem.forbidden', 404: 'problem.notFound', 409: 'problem.conflict' }[error.status];
  const detail = error.problem.detail || error.problem.title || '';
  return known ? `${t(known)}${detail ? ` ${detail}` : ''}` : detail || `HTTP ${error.status}`;
}
