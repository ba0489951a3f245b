// What the register's refusal of a proceeding means, in the interface language, and beside which field.
// The API names the field (a 400's errors[].path, a 422's `field`) and says why in English for machines;
// the page says it in Kazakh or Russian instead, telling the cases of one field apart by the values that
// were sent (recovered above the sum due, a closing day before the opening day), never by the English text.

import { ApiError, t } from './common.js';

/** The form's fields, in the order a person reads them (the first at fault gets the focus). */
export const FIELDS = ['officeCode', 'number', 'category', 'executiveDocument', 'creditor', 'debtor', 'sumDue', 'recovered',
  'recoveredOn', 'openedOn', 'closedOn', 'termBreached', 'privateInterest', 'executed', 'withoutWrit', 'actIds'];

/**
 * The refusal as { field, message } (field null where it names none: 403, 404, 503).
 * @param {unknown} error what send() threw
 * @param {object} body the proceeding that was sent
 * @param {object|null} editing the proceeding as stored, when it was a change
 */
export function refusal(error, body, editing) {
  if (!(error instanceof ApiError)) return { field: null, message: t('status.offline', { detail: error.message }) };
  const problem = error.problem;
  if (error.status === 403) return { field: null, message: t('proceedings.error.forbidden') };
  if (error.status === 404) return { field: null, message: t('proceedings.error.notFound') };
  if (error.status === 503) return { field: null, message: t('proceedings.error.unavailable') };
  const path = Array.isArray(problem.errors) ? problem.errors.find(e => e.path)?.path : null;
  const field = normalize(problem.field ?? path);
  if (!field) return { field: null, message: t('proceedings.error.refused', { status: error.status }) };
  return { field, message: t(messageKey(field, body, editing)) };
}

function normalize(path) {
  if (typeof path !== 'string') return null;
  const name = path.replace(/^\$\.?/, '').replace(/\[\d+\]$/, '');
  return FIELDS.includes(name) ? name : null;
}

function messageKey(field, body, editing) {
  switch (field) {
    case 'officeCode':
      return editing && editing.officeCode !== body.officeCode ? 'proceedings.error.officeStays' : 'proceedings.error.officeUnknown';
    case 'number':
      return body.number ? 'proceedings.error.numberTracked' : 'proceedings.error.required';
    case 'executiveDocument':
    case 'creditor':
    case 'debtor':
      return 'proceedings.error.text';
    case 'category':
      return 'proceedings.error.category';
    case 'sumDue':
      if (body.category === 'prosecutor-claim-non-property') return 'proceedings.error.noSums';
      if (body.sumDue === undefined || body.sumDue === null) return 'proceedings.error.sumDueRequired';
      return body.sumDue === 0 ? 'proceedings.error.sumDueZero' : 'proceedings.error.sum';
    case 'recovered':
      if (body.category === 'prosecutor-claim-non-property') return 'proceedings.error.noSums';
      // The page checks the sum's form itself: a refusal within the sum due is the history's (a figure may not fall).
      return body.recovered > body.sumDue ? 'proceedings.error.recoveredAboveDue' : 'proceedings.error.recoveredFalls';
    case 'recoveredOn':
      return body.recoveredOn && body.openedOn && body.recoveredOn < body.openedOn ? 'proceedings.error.recoveredOnBeforeOpened' : 'proceedings.error.future';
    case 'openedOn':
      return body.openedOn ? 'proceedings.error.future' : 'proceedings.error.required';
    case 'closedOn':
      return body.closedOn && body.openedOn && body.closedOn < body.openedOn ? 'proceedings.error.closedBeforeOpened' : 'proceedings.error.future';
    case 'executed':
      return body.category === 'prosecutor-claim-non-property' ? 'proceedings.error.executedRequired' : 'proceedings.error.notForCategory';
    case 'termBreached':
    case 'privateInterest':
    case 'withoutWrit':
      return 'proceedings.error.notForCategory';
    case 'actIds':
      return 'proceedings.error.acts';
    default:
      return 'proceedings.error.value';
  }
}
