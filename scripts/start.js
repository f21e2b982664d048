// npm start: builds what the demo needs (the packages and the CDN bundle), then serves the demo site.
// PORT overrides the port (default 8000).
import { execFileSync } from 'node:child_process';
import { startDemoServer } from './demo-server.js';

execFileSync('node', ['scripts/build.js'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
await startDemoServer({ port });
console.log(`\nplanvis demo: http://localhost:${port}/  (Ctrl+C to stop)`);
