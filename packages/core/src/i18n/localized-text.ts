import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText } from '../format/index.js';
import type { I18nController } from './i18n-controller.js';

/**
 * Content text from the plan as `<span lang=…>text</span>`, with `lang` only when the text's language
 * differs from the UI's (so screen readers switch voice). Renders nothing for a missing value.
 */
export function localizedText(
  i18n: I18nController,
  value: LocalizedText | undefined | null,
): TemplateResult | typeof nothing {
  if (value === undefined || value === null) return nothing;
  const picked = i18n.text(value);
  return html`<span lang=${ifDefined(picked.lang)}>${picked.text}</span>`;
}
