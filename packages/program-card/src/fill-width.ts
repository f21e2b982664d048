import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's `inline-size` to a percentage through the CSSOM (`style.setProperty`), never through a
 * `style` attribute: a strict CSP without `'unsafe-inline'` for `style-src-attr` blocks attributes, not the
 * CSSOM. (Lit's `styleMap` writes the attribute on its first render.) Use on an element: `<span ${fillWidth(40)}>`.
 */
class FillWidthDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('fillWidth() goes on an element');
  }

  render(_percent: number): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]): typeof noChange {
    const clamped = Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0));
    (part.element as HTMLElement).style.setProperty('inline-size', `${clamped}%`);
    return noChange;
  }
}

export const fillWidth = directive(FillWidthDirective);
