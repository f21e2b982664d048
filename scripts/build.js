// npm run build: each package's dist/ (ES modules + .d.ts, by tsc -b), the custom-elements manifest,
// and the CDN bundle dist/planvis.min.js (rollup). Stops at the first failing step.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, existsSync } from 'node:fs';

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

run('npx', ['tsc', '-b']);
run('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.js']);
for (const name of readdirSync('packages')) {
  if (existsSync(`packages/${name}/package.json`))
    copyFileSync('custom-elements.json', `packages/${name}/custom-elements.json`);
}
run('npx', ['rollup', '-c', 'rollup.config.js']);
