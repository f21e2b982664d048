// XSS (issue 12): plan documents are untrusted. Every text field and every link field of every example plan is
// poisoned with markup, event handlers, javascript:/data: URLs, SVG, attribute breakouts, template-literal and
// i18next interpolation tricks and CSS injection; every widget (and its other views, and the program card's full
// view of one program) renders each poisoned plan. Figures: the canary window.__planvisXss, which every payload
// tries to set, stays unset; no element, attribute or style from a payload exists anywhere in the widget (shadow
// roots included); no link with a javascript:/data:/vbscript: address; the payloads are shown as text.
import { expect } from '@open-wc/testing';
import { readPlan, validatePlan } from '@planvis/core';
import { EXAMPLES, WIDGETS, deepElements, deepText, loadExample, mountWidget, nextFrame } from './widgets.js';

type Json = Record<string, unknown>;
interface XssWindow {
  __planvisXss?: unknown;
}
const canaryWindow = window as unknown as XssWindow;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Marks what a payload would create, so the walk can find it. */
const MARK = 'data-xss';
const CSS_MARK = 'xssmark';

/** Text payloads: each one shown literally is safe; any of them parsed as markup or code sets the canary. */
const TEXT_PAYLOADS = [
  `<script ${MARK}>window.__planvisXss='script'</script>`,
  `<img src=x ${MARK} onerror="window.__planvisXss='img'">`,
  `<b ${MARK} onmouseover="window.__planvisXss='handler'" onfocus="window.__planvisXss='handler'" autofocus tabindex=0>b</b>`,
  `"><script ${MARK}>window.__planvisXss='breakout'</script><i ${MARK} title="`,
  `'><img src=x ${MARK} onerror=window.__planvisXss='breakout2'>`,
  `" ${MARK} onmouseover="window.__planvisXss='attribute'`,
  `<svg ${MARK} onload="window.__planvisXss='svg'"></svg>`,
  `<svg><script ${MARK}>window.__planvisXss='svg-script'</script></svg>`,
  `<iframe ${MARK} srcdoc="<script>parent.__planvisXss='iframe'</script>"></iframe>`,
  `<a ${MARK} href="javascript:window.__planvisXss='anchor'">a</a>`,
  `<math><mtext><table><mglyph><style><img src=x ${MARK} onerror="window.__planvisXss='mxss'">`,
  `<details ${MARK} open ontoggle="window.__planvisXss='details'"></details>`,
  "${window.__planvisXss='template'}`;window.__planvisXss='backtick';`",
  `{{constructor.constructor('window.__planvisXss=1')()}} {{- value}} {{count}}`,
  `$t(core:overdue) $t(x, {"defaultValue":"<img src=x ${MARK} onerror=window.__planvisXss='nesting'>"})`,
  `</style><style ${MARK}>*{display:none!important}/*${CSS_MARK}*/</style>`,
  `red;background:url(javascript:window.__planvisXss='css');--${CSS_MARK}:1`,
  `var(--${CSS_MARK}) expression(window.__planvisXss='expression')`,
  `javascript:window.__planvisXss='text-url'`,
  `&lt;img src=x ${MARK} onerror=window.__planvisXss='entity'&gt;`,
];

/** Link payloads the format forbids (validator: unsafe-url; browsers would run or load them). */
const UNSAFE_URLS = [
  `javascript:window.__planvisXss='js-url'`,
  `JaVaScRiPt:window.__planvisXss='js-case'`,
  ` javascript:window.__planvisXss='js-space'`,
  `java\tscript:window.__planvisXss='js-tab'`,
  `\u0001javascript:window.__planvisXss='js-control'`,
  `data:text/html,<script>parent.__planvisXss='data'</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__planvisXss='data-svg'"/>`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
];
/** Link payloads the format allows; they must stay inert addresses. */
const TRICKY_SAFE_URLS = [
  `https://example.org/"><img src=x ${MARK} onerror="window.__planvisXss='href-breakout'">`,
  `/plan?q=<script ${MARK}>window.__planvisXss='relative'</script>`,
  `mailto:plan@example.org?subject="><svg ${MARK} onload=window.__planvisXss='mailto'>`,
];
const URL_PAYLOADS = [...UNSAFE_URLS, ...TRICKY_SAFE_URLS];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Keys whose value is text (LocalizedText or a plain string); every key under `sections` is text too. */
const TEXT_KEYS = new Set([
  'title',
  'shortName',
  'description',
  'text',
  'statusText',
  'label',
  'note',
  'comment',
  'responsible',
  'name',
  'organisation',
  'unit',
  'source',
  'detail',
  'typeLabel',
  'publisher',
  'decision',
  'rowsLabel',
  'columnsLabel',
  'externalId',
  'phone',
]);
const TEXT_LIST_KEYS = new Set(['anchoring', 'sectors', 'targetGroups', 'keywords']);
const URL_KEYS = new Set(['href', 'url']);
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalizedObject = (value: unknown): value is Record<string, string> =>
  isRecord(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string');

interface Poisoner {
  text: (original: string) => string;
  url: () => string;
}

/** A deep copy of `value` with every text and link field poisoned. */
function poisonValue(value: unknown, key: string, parentKey: string, p: Poisoner): unknown {
  const isText = TEXT_KEYS.has(key) || parentKey === 'sections';
  if (typeof value === 'string') {
    if (URL_KEYS.has(key)) return p.url();
    return isText ? p.text(value) : value;
  }
  if (Array.isArray(value)) {
    if (TEXT_LIST_KEYS.has(key)) return value.map((item) => poisonValue(item, 'text', key, p));
    return value.map((item) => poisonValue(item, '', key, p));
  }
  if (isText && isLocalizedObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, p.text(text)]));
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisonValue(v, k, key, p)]));
  }
  return value;
}

type Variant = 'all' | 'rotate' | 'rotate-half';
const VARIANTS: Variant[] = ['all', 'rotate', 'rotate-half'];

/**
 * The example with every text field poisoned (`all`: every payload in every field; `rotate…`: one payload per
 * field, in turn) and links added to the plan, the owner, every node and milestone: one with a payload address
 * (in turn) and one plain https link.
 */
function poisonPlan(example: Json, variant: Variant): Json {
  let field = variant === 'rotate-half' ? Math.floor(TEXT_PAYLOADS.length / 2) : 0;
  let link = variant === 'rotate-half' ? 1 : 0;
  const everything = TEXT_PAYLOADS.join(' ');
  const poisoner: Poisoner = {
    text: (original) =>
      `${original} ${variant === 'all' ? everything : TEXT_PAYLOADS[field++ % TEXT_PAYLOADS.length]}`,
    url: () => URL_PAYLOADS[link++ % URL_PAYLOADS.length]!,
  };
  const withLinks = structuredClone(example);
  const links = () => [
    { href: 'URL', title: 'Lenkje' },
    { href: 'https://example.org/plan', title: 'Plan' },
  ];
  withLinks.links = links();
  (withLinks.owner as Json).url = 'URL';
  for (const key of ['nodes', 'milestones'])
    for (const item of (withLinks[key] as Json[] | undefined) ?? []) item.links = links();
  return poisonValue(withLinks, '', '', poisoner) as Json;
}

/** What a payload left behind in the widget: elements, attributes, styles or links it must not create. */
function injected(root: Element): string[] {
  const found: string[] = [];
  const where = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  const roots: ShadowRoot[] = [];
  for (const el of [root, ...deepElements(root.shadowRoot ?? root)]) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    if (el.hasAttribute(MARK)) found.push(`${where(el)} from a payload (${MARK})`);
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base'].includes(el.localName))
      found.push(`a ${where(el)} element`);
    for (const name of el.getAttributeNames()) {
      if (name.toLowerCase().startsWith('on'))
        found.push(`${where(el)} has an event-handler attribute ${name}`);
      if (name === 'srcdoc') found.push(`${where(el)} has srcdoc`);
    }
    if (el.localName === 'style' && /xssmark|display:none!important/i.test(el.textContent ?? ''))
      found.push(`a <style> element with a payload's rules`);
    const style = `${el.getAttribute('style') ?? ''} ${(el as HTMLElement).style?.cssText ?? ''}`;
    if (/javascript:|xssmark|expression\(/i.test(style))
      found.push(`${where(el)} has a payload in its style: ${style}`);
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src');
    if (href !== null && (el.localName === 'a' || el.localName === 'area' || el.hasAttribute('src'))) {
      let protocol: string;
      try {
        protocol = new URL(href, document.baseURI).protocol;
      } catch {
        protocol = 'invalid:';
      }
      if (
        el.hasAttribute('src')
          ? /^(javascript|data|vbscript):$/.test(protocol)
          : !SAFE_PROTOCOLS.has(protocol)
      )
        found.push(`${where(el)} links to ${JSON.stringify(href)} (${protocol})`);
    }
  }
  for (const shadow of roots)
    for (const sheet of shadow.adoptedStyleSheets)
      for (const rule of Array.from(sheet.cssRules))
        if (new RegExp(CSS_MARK, 'i').test(rule.cssText)) found.push(`an adopted style rule from a payload`);
  return found;
}

const programOf = (plan: Json) =>
  ((plan.nodes as Json[]) ?? []).find((n) => n.type === 'program' || n.type === 'project')?.id as
    string | undefined;

/** The views of each widget rendered with every poisoned plan. */
function viewsOf(tag: string, plan: Json): Record<string, string>[] {
  switch (tag) {
    case 'planvis-goal-tree':
      return [{}, { layout: 'outline', 'expand-depth': '99' }];
    case 'planvis-milestone-timeline':
      return [{}, { view: 'list' }];
    case 'planvis-vision-mission':
      return [{}, { view: 'table' }];
    case 'planvis-program-card': {
      const program = programOf(plan);
      return program ? [{}, { node: program }] : [{}];
    }
    default:
      return [{}];
  }
}

describe('XSS: poisoned plans stay text in every widget', function () {
  this.timeout(60_000);
  const examples: Json[] = [];

  before(async () => {
    for (const name of EXAMPLES) examples.push((await loadExample(name)) as Json);
  });
  beforeEach(() => delete canaryWindow.__planvisXss);
  afterEach(() => document.body.replaceChildren());

  it('control: the checks see a real injection (the payloads assigned to innerHTML)', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    shadow.innerHTML = TEXT_PAYLOADS.join(' '); // what a widget must never do
    await sleep(300);
    const found = injected(host).join('\n');
    expect(found).to.contain(`from a payload (${MARK})`);
    expect(found).to.contain('event-handler attribute onerror');
    expect(found).to.contain('a <script> element');
    expect(found).to.contain('a <iframe> element');
    expect(found).to.contain(`a <style> element with a payload's rules`);
    expect(found).to.contain('links to "javascript:');
    expect(canaryWindow.__planvisXss, 'the canary').not.to.equal(undefined);
  });

  it('the validator rejects javascript:, data:, vbscript: and file: links with unsafe-url; readPlan leaves them out', () => {
    for (const [index, example] of examples.entries()) {
      const doc = { ...structuredClone(example), links: URL_PAYLOADS.map((href) => ({ href })) };
      const unsafe = validatePlan(doc).errors.filter((e) => e.code === 'unsafe-url');
      const unsafePaths = unsafe.map((e) => e.path);
      const { skipped } = readPlan(doc);
      const skippedPaths = skipped.map((s) => s.path);
      URL_PAYLOADS.forEach((href, i) => {
        const expected = UNSAFE_URLS.includes(href);
        const where = `${EXAMPLES[index]} /links/${i} ${JSON.stringify(href)}`;
        expect(unsafePaths.includes(`/links/${i}/href`), `${where}: unsafe-url`).to.equal(expected);
        expect(skippedPaths.includes(`/links/${i}`), `${where}: left out by readPlan`).to.equal(expected);
      });
    }
  });

  it('the poisoned plans are valid apart from their unsafe links (so the payloads reach the widgets)', () => {
    for (const [index, example] of examples.entries())
      for (const variant of VARIANTS) {
        const other = validatePlan(poisonPlan(example, variant)).errors.filter(
          (e) => e.code !== 'unsafe-url',
        );
        expect(other, `${EXAMPLES[index]} (${variant})`).to.deep.equal([]);
      }
  });

  for (const tag of WIDGETS) {
    it(`${tag}: every payload in every text and link field of every example stays text`, async () => {
      expect(customElements.get(tag), `<${tag}> is not registered by @planvis/planvis/define`).to.be.a(
        'function',
      );
      const failures: string[] = [];
      const shown = new Set<string>();
      const linkOutcomes = new Map<string, number>();
      for (const [index, example] of examples.entries()) {
        for (const variant of VARIANTS) {
          const plan = poisonPlan(example, variant);
          for (const attributes of viewsOf(tag, plan)) {
            const where = `${tag}${Object.entries(attributes)
              .map(([k, v]) => ` ${k}=${v}`)
              .join('')} · ${EXAMPLES[index]} · ${variant}`;
            const { element, outcome } = await mountWidget(tag, plan, { attributes });
            if (outcome !== 'load') failures.push(`${where}: planvis-error instead of the plan`);
            await nextFrame(); // a layout chosen from the measured width renders a frame later
            await nextFrame();
            await element.updateComplete;
            for (const alert of [...deepElements(element.shadowRoot!)].filter((el) =>
              el.matches('[role=alert]'),
            ))
              failures.push(`${where}: an alert instead of the plan: ${deepText(alert).trim()}`);
            for (const problem of injected(element)) failures.push(`${where}: ${problem}`);
            const text = deepText(element);
            for (const payload of TEXT_PAYLOADS) if (text.includes(payload)) shown.add(payload);
            // What becomes of a link the format forbids (an <a> to it is already a failure above): readPlan leaves
            // it out, and the base element names it — as text, shortened — in the skipped-items notice.
            const notice = [...deepElements(element.shadowRoot!)].find((el) => el.matches('[part~=skipped]'));
            const noticeText = notice ? deepText(notice) : '';
            for (const href of UNSAFE_URLS) {
              const start = href.trim().replace(/\s+/g, ' ').slice(0, 40);
              const where = noticeText.includes(start)
                ? 'left out, named as text in the skipped-items notice'
                : text.includes(start)
                  ? 'shown as text in the widget'
                  : 'left out, not shown';
              linkOutcomes.set(where, (linkOutcomes.get(where) ?? 0) + 1);
            }
            element.parentElement!.remove();
          }
        }
      }
      await sleep(300);
      expect(canaryWindow.__planvisXss, 'the canary window.__planvisXss was set by a payload').to.equal(
        undefined,
      );
      expect(failures, failures.join('\n')).to.deep.equal([]);
      const hidden = TEXT_PAYLOADS.filter((payload) => !shown.has(payload));
      expect(hidden, `${tag}: payloads never shown literally as text`).to.deep.equal([]);
      console.log(
        `${tag}, unsafe links: ${[...linkOutcomes].map(([what, n]) => `${what} ×${n}`).join('; ')}`,
      );
    });
  }
});
