// The template problems the service reports are in English: Scriban's parser and runtime word them so,
// and the API keeps one wording for every client. The editor shows them in the interface language:
// each known message is matched here and worded by the i18n key beside it, its names and numbers kept.
// A message not listed is shown as the service wrote it.

import { t } from './common.js';

const MESSAGES = [
  [/^Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `(?<token>.*?)`/, 'tplmsg.operandMissing'],
  [/^Error while parsing (?<what>.+?) statement: Expecting <expression> instead of `(?<token>.*?)`/, 'tplmsg.expressionMissing'],
  [/^Error while parsing (?<what>.+?) statement: The <end> statement was not found/, 'tplmsg.endMissing'],
  [/Found <end> statement without a corresponding beginning of a block/, 'tplmsg.endExtra'],
  [/^A else condition must be preceded by another if\/else\/when condition or a for loop/, 'tplmsg.elseAlone'],
  [/^Invalid token found `(?<token>.*?)`\. Expecting <EOL>\/end of line/, 'tplmsg.tokenExtra'],
  [/^Unexpected \} while no matching \{/, 'tplmsg.braceUnopened'],
  [/^Unexpected token (?<token>.+)$/, 'tplmsg.tokenUnexpected'],
  [/^Cannot get member with name (?<name>.+?)\.?$/, 'tplmsg.memberMissing'],
  [/^The variable or function `(?<name>.+?)` was not found/, 'tplmsg.nameMissing'],
  [/^Invalid number of arguments `(?<given>\d+)` passed to `(?<name>.+?)` while expecting `(?<expected>\d+)` arguments/, 'tplmsg.argumentCount'],
  [/^Unable to convert type `(?<from>.+?)` to `(?<to>.+?)`/, 'tplmsg.typeMismatch'],
  [/^(?:Range expression exceeds LoopLimit|Exceeding number of iteration limit) `(?<limit>\d+)`/, 'tplmsg.loopLimit'],
  [/^Exceeding number of recursive depth limit `(?<limit>\d+)`/, 'tplmsg.depthLimit'],
  [/^the template printed more than (?<limit>[\d\s,.\u00a0\u202f]+) characters/, 'tplmsg.outputLimit'],
  [/^the template (?:took longer than (?<seconds>[\d.]+) s to render|did not finish within (?<seconds2>[\d.]+) s and was abandoned)/, 'tplmsg.timeLimit'],
  [/^there is no partial (?<file>\S+)/, 'tplmsg.partialMissing'],
  [/^the act has no field act\.(?<field>\S+)/, 'tplmsg.fieldMissing'],
  [/^reads act\.(?<field>\S+), which its twin (?<twin>\S+) does not/, 'tplmsg.twinDiffers'],
  [/^has no (?:Russian|Kazakh) twin(?: (?<twin>\S+)| in (?<folder>\S+))/, 'tplmsg.twinMissing'],
  [/^the text is the live version (?<version>\d+) already/, 'tplmsg.alreadyLive'],
  [/^another template, (?<other>\S+), already words this act/, 'tplmsg.duplicate'],
];

// The linter says which example failed to render after the problem itself.
const EXAMPLE_SUFFIX = / \(rendering example (?<example>[\w.-]+), (?<variant>[\w-]+)\)$/;

/** A template problem's message in the interface language, or as written where it is not known here. */
export function templateMessage(message) {
  if (typeof message !== 'string') return message;
  const suffix = EXAMPLE_SUFFIX.exec(message);
  const base = suffix ? message.slice(0, suffix.index) : message;
  let worded = base;
  for (const [pattern, key] of MESSAGES) {
    const match = pattern.exec(base);
    if (match) {
      const values = { ...match.groups };
      values.seconds ??= values.seconds2;
      values.twin ??= values.folder;
      worded = t(key, values);
      break;
    }
  }
  return suffix ? `${worded} ${t('tplmsg.inExample', { example: suffix.groups.example })}` : worded;
}
