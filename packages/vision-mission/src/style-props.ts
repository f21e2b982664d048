/**
 * `styleProps({...})` — sets CSS properties on an element through the CSSOM (`style.setProperty`), never
 * through a `style` attribute, so it works under a strict Content-Security-Policy without
 * 'unsafe-inline' (Lit's styleMap writes the attribute on first render). Properties dropped from one
 * render to the next are removed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StylePropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() must be used on an element.');
  }

  render(_props: Readonly<Record<string, string | undefined>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next.add(name);
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.#previous) if (!next.has(name)) style.removeProperty(name);
    this.#previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
