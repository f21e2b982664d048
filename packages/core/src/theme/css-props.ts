/**
 * `cssProps({...})` — sets CSS properties on an element through the CSSOM (`style.setProperty`), never through
 * a `style` attribute, so positions work under a strict Content-Security-Policy without 'unsafe-inline' (Lit's
 * styleMap writes the attribute on first render). Keys may be camelCase (`insetInlineStart`) or kebab-case;
 * properties dropped from one render to the next are removed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | undefined>>;

const kebab = (name: string) =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class CssPropsDirective extends Directive {
  /** What this directive set last time, by property name: compared instead of reading the CSSOM back. */
  #previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used on an element.');
  }

  render(_props: Props): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Map<string, string>();
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const name = kebab(key);
      next.set(name, value);
      if (this.#previous.get(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.#previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.#previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
