/**
 * The words for a load error, in the element's language: what went wrong, the first few validation errors
 * with their JSON Pointers, and where the plan came from.
 */
import type { PlanError } from '../format/index.js';
import { validationMessage } from '../format/index.js';
import type { I18nController } from '../i18n/i18n-controller.js';
import type { PlanLoadError } from '../load/plan-load-error.js';

/** How many validation errors the message lists before "and N more". */
export const LISTED_ERRORS = 3;

export interface ErrorDescription {
  /** What went wrong. */
  message: string;
  /** The first few validation errors: a JSON Pointer and a sentence. */
  details: { path: string; message: string }[];
  /** "and N more errors", when there are more. */
  more: string | undefined;
  /** Where the plan came from ("Address: https://…"). */
  source: string | undefined;
}

/** One validation error as a sentence in the UI language. */
export function describePlanError(i18n: I18nController, error: PlanError): string {
  return validationMessage(
    (key: string, options?: Record<string, unknown>) => i18n.t(`validation:${key}`, options),
    error,
  );
}

export function describeError(i18n: I18nController, error: PlanLoadError): ErrorDescription {
  const { code, params, origin } = error;
  let message: string;
  switch (code) {
    case 'timeout': {
      const seconds = (params.timeout ?? 0) / 1000;
      message = i18n.t('core:error.timeout', {
        count: seconds,
        seconds: i18n.formatNumber(seconds, { maximumFractionDigits: 1 }),
      });
      break;
    }
    case 'too-large':
      message = i18n.t('core:error.too-large', { limit: i18n.formatBytes(params.maxBytes ?? 0) });
      break;
    case 'http':
      message = i18n.t('core:error.http', { status: params.status });
      break;
    case 'content-type':
      message = i18n.t('core:error.content-type', { type: params.type || '—' });
      break;
    case 'not-json':
      message = i18n.t('core:error.not-json', {
        line: i18n.formatNumber(params.line ?? 1),
        column: i18n.formatNumber(params.column ?? 1),
      });
      break;
    case 'node-not-found':
      message = i18n.t('core:error.node-not-found', { id: params.id });
      break;
    default:
      message = i18n.t(`core:error.${code}`);
  }
  const listed = code === 'invalid' ? (error.errors ?? []) : [];
  const details = listed
    .slice(0, LISTED_ERRORS)
    .map((e) => ({ path: e.path || '/', message: describePlanError(i18n, e) }));
  const rest = listed.length - details.length;
  const more = rest > 0 ? i18n.t('core:error.more', { count: rest }) : undefined;
  const source =
    origin?.kind === 'url'
      ? i18n.t('core:source.url', { url: origin.url })
      : origin?.kind === 'inline'
        ? i18n.t('core:source.inline')
        : origin?.kind === 'property'
          ? i18n.t('core:source.property')
          : undefined;
  return { message, details, more, source };
}

/** The whole description as one string (for the `planvis-error` event). */
export function errorText(description: ErrorDescription): string {
  return [
    description.message,
    ...description.details.map((d) => `${d.path}: ${d.message}`),
    description.more,
    description.source,
  ]
    .filter(Boolean)
    .join('\n');
}
