// @custom-elements-manifest/analyzer: reads the JSDoc of every element into custom-elements.json,
// which feeds Storybook's autodocs and editors.
/**
 * The analyzer reads `this.dispatchEvent(new PlanvisSelectEvent(detail))` as an event named after the variable
 * (`detail`) or with no name. Our events are documented with `@fires`; keep only real `planvis-*` names.
 */
const onlyPlanvisEvents = () => ({
  name: 'planvis-only-documented-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        const seen = new Set();
        declaration.events = declaration.events.filter((event) => {
          if (!event.name?.startsWith('planvis-') || seen.has(event.name)) return false;
          seen.add(event.name);
          return true;
        });
      }
    }
  },
});

/**
 * The manifest documents the public API: private and protected members (`#x`, `_x`, `private`, `protected`)
 * are implementation, and would otherwise fill Storybook's API table with internals.
 */
const onlyPublicMembers = () => ({
  name: 'planvis-only-public-members',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) =>
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !member.name.startsWith('#') &&
            !member.name.startsWith('_'),
        );
      }
    }
  },
});

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/*/src/**/locales/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [onlyPlanvisEvents(), onlyPublicMembers()],
};
