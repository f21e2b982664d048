// Keyboard: each widget is reached with one Tab, its composite moves focus with its documented key, every focus
// stop shows a visible focus indicator, and Tab leaves the widget again (no trap).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EXAMPLES, loadExample, mountWidget, deepActiveElement, type WidgetTag } from './widgets.js';

/** The key each widget documents for moving between its items, and the roles that key works on. */
const MOVE_KEY: Record<WidgetTag, { key: string; roles: string[] } | null> = {
  'planvis-goal-tree': { key: 'ArrowDown', roles: ['treeitem'] },
  'planvis-program-card': null,
  'planvis-milestone-timeline': {
    key: 'ArrowRight',
    roles: ['button', 'listitem', 'option', 'gridcell', 'link'],
  },
  'planvis-swot-grid': { key: 'ArrowDown', roles: ['gridcell', 'listitem', 'option', 'button', 'row'] },
  'planvis-vision-mission': { key: 'ArrowRight', roles: ['gridcell', 'button', 'cell', 'listitem', 'link'] },
};

/** Whether the focused element shows a focus indicator: an outline or a box shadow (:focus-visible styles). */
function hasVisibleFocus(element: Element): boolean {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  return outline || shadow;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** Whether a shadow tree (or any tree inside it) holds something keyboard-focusable. */
function hasFocusable(root: ShadowRoot | Element): boolean {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.matches(FOCUSABLE) && !(el as HTMLElement).hidden) return true;
    if (el.shadowRoot && hasFocusable(el.shadowRoot)) return true;
  }
  return false;
}

const roleOf = (element: Element) =>
  element.getAttribute('role') ??
  (element.localName === 'li'
    ? 'listitem'
    : element.localName === 'button'
      ? 'button'
      : element.localName === 'a'
        ? 'link'
        : '');

describe('keyboard: reach with one Tab, operate, leave with Tab', function () {
  this.timeout(120_000);
  afterEach(() => document.body.replaceChildren());

  for (const tag of Object.keys(MOVE_KEY) as WidgetTag[]) {
    it(`${tag} on ${EXAMPLES[0]} … ${EXAMPLES.at(-1)}`, async () => {
      const problems: string[] = [];
      for (const example of EXAMPLES) {
        document.body.replaceChildren();
        const before = Object.assign(document.createElement('button'), { textContent: 'before' });
        const after = Object.assign(document.createElement('button'), { textContent: 'after' });
        document.body.append(before);
        const { element, wrapper, outcome } = await mountWidget(tag, await loadExample(example));
        if (outcome !== 'load') problems.push(`${example}: the widget did not load the example`);
        document.body.append(after);
        before.focus();

        await sendKeys({ press: 'Tab' });
        // A plan with nothing for this widget (no SWOT, no milestones…) leaves it a short text without controls:
        // then there is nothing to reach, and Tab must go straight on.
        if (document.activeElement === after && !hasFocusable(element.shadowRoot!)) continue;
        if (document.activeElement !== element) {
          problems.push(`${example}: one Tab from the button before did not reach the widget`);
          continue;
        }
        let moved = MOVE_KEY[tag] === null;
        for (let stop = 0; stop < 400 && wrapper.contains(document.activeElement); stop++) {
          const focused = deepActiveElement()!;
          if (!hasVisibleFocus(focused))
            problems.push(
              `${example}: no visible focus on <${focused.localName}> "${focused.textContent?.trim().slice(0, 40)}"`,
            );
          const move = MOVE_KEY[tag];
          if (move && !moved && move.roles.includes(roleOf(focused))) {
            await sendKeys({ press: move.key });
            moved = deepActiveElement() !== focused && wrapper.contains(document.activeElement);
            if (!moved) problems.push(`${example}: ${move.key} on ${roleOf(focused)} did not move focus`);
            moved = true;
          }
          await sendKeys({ press: 'Tab' });
        }
        if (document.activeElement !== after)
          problems.push(`${example}: Tab did not leave the widget to the next button`);
        if (!moved)
          problems.push(`${example}: no focus stop with a role that ${MOVE_KEY[tag]?.key} operates`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
