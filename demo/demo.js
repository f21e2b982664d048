// The demo plan page: shows one example plan with every planvis widget the bundle defines,
// with a language switch (the lang attribute of the page's main element) and a theme switch.
const WIDGETS = [
  ['planvis-goal-tree', 'Goal tree'],
  ['planvis-program-card', 'Program cards'],
  ['planvis-milestone-timeline', 'Milestone timeline'],
  ['planvis-swot-grid', 'SWOT'],
  ['planvis-vision-mission', 'Vision and mission'],
];

const params = new URLSearchParams(location.search);
const slug = (params.get('plan') ?? '').replace(/[^a-z0-9-]/gi, '');
const main = document.getElementById('widgets');
const languageSelect = document.getElementById('language');
const themeSelect = document.getElementById('theme');

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const el of main.querySelectorAll(WIDGETS.map(([tag]) => tag).join(',')))
    el.setAttribute('theme', theme);
}

async function show() {
  const examples = await (await fetch('/demo/examples.json')).json();
  const example = examples.find((e) => e.slug === slug) ?? examples[0];
  if (!example) {
    main.append(
      Object.assign(document.createElement('p'), { textContent: 'No example plans in docs/examples/.' }),
    );
    return;
  }
  document.title = `${example.title} — planvis demo`;
  const heading = document.createElement('h1');
  heading.textContent = example.title;
  heading.lang = example.lang;
  main.append(heading);
  main.lang = params.get('lang') ?? example.lang;
  languageSelect.value = main.lang;

  // One <planvis-plan> loads the document once and shares it with every widget inside.
  const provider = document.createElement('planvis-plan');
  provider.setAttribute('src', `/docs/examples/${example.file}`);
  main.append(provider);
  await customElements.whenDefined('planvis-plan').catch(() => undefined);
  for (const [tag, label] of WIDGETS) {
    if (!customElements.get(tag)) continue;
    const section = document.createElement('section');
    const title = document.createElement('h2');
    title.textContent = label;
    title.lang = 'en'; // the demo's own words are English, inside the plan's language
    section.append(title, document.createElement(tag));
    provider.append(section);
  }
  applyTheme(themeSelect.value);
}

languageSelect.addEventListener('change', () => {
  main.lang = languageSelect.value;
});
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
show();
