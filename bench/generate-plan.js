// Deterministic generated plans for the benchmark: N nodes in a focus-area → goal → strategy → program →
// action hierarchy, N milestones over three years, a SWOT and a vision matrix. Same N, same plan.

/** A small seeded PRNG (mulberry32), so every run measures the same documents. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['focus-area', 'goal', 'strategy', 'program', 'action'];
const STATUSES = ['planned', 'in-progress', 'done', 'on-hold', 'approved'];
const MILESTONE_STATUSES = ['planned', 'in-progress', 'done'];
const pad = (n) => String(n).padStart(2, '0');

/** @param {number} n number of nodes and of milestones */
export function generatePlan(n, seed = 1) {
  const rand = random(seed * 7919 + n);
  const nodes = [];
  // Breadth-first: every node gets up to `fan` children until n nodes exist; depth gives the type.
  const fan = Math.max(2, Math.round(Math.cbrt(n)));
  const queue = [];
  for (let i = 0; i < Math.min(fan, n); i++) {
    const node = { id: `n${nodes.length}`, type: TYPES[0], title: `Satsingsområde ${i + 1}` };
    nodes.push(node);
    queue.push({ node, depth: 0 });
  }
  while (nodes.length < n && queue.length) {
    const { node: parent, depth } = queue.shift();
    for (let c = 0; c < fan && nodes.length < n; c++) {
      const type = TYPES[Math.min(depth + 1, TYPES.length - 1)];
      const node = {
        id: `n${nodes.length}`,
        type,
        parent: parent.id,
        title: `${type} ${nodes.length}: tiltak for barn og unge`,
        status: STATUSES[Math.floor(rand() * STATUSES.length)],
      };
      if (type === 'action') node.progress = Math.round(rand() * 100);
      nodes.push(node);
      queue.push({ node, depth: depth + 1 });
    }
  }
  const phases = [
    { id: 'phase-1', title: 'Fase 1', period: { start: '2024-01', end: '2025-06' } },
    { id: 'phase-2', title: 'Fase 2', period: { start: '2025-07', end: '2026-12' } },
  ];
  const milestones = Array.from({ length: n }, (_, i) => {
    const start = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 1000) * 86_400_000);
    const end = new Date(start.getTime() + Math.floor(rand() * 60) * 86_400_000);
    const day = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return {
      id: `m${i}`,
      title: `Milepæl ${i + 1}`,
      phase:
        start.getUTCFullYear() < 2025 || (start.getUTCFullYear() === 2025 && start.getUTCMonth() < 6)
          ? 'phase-1'
          : 'phase-2',
      planned: { start: day(start), end: day(end) },
      status: MILESTONE_STATUSES[Math.floor(rand() * MILESTONE_STATUSES.length)],
      responsible: 'Koordinator',
      nodes: [nodes[Math.floor(rand() * nodes.length)].id],
    };
  });
  const categories = ['strength', 'weakness', 'opportunity', 'threat'];
  const swotItems = Array.from({ length: Math.min(n, 400) }, (_, i) => ({
    id: `s${i}`,
    category: categories[i % 4],
    text: `SWOT-punkt ${i + 1}`,
  }));
  const visions = nodes.filter((node) => node.type === 'focus-area').slice(0, 6);
  return {
    formatVersion: '1.0',
    id: `generated-${n}`,
    title: `Generert plan med ${n} nodar`,
    owner: { name: 'Testkommune', country: 'NO' },
    languages: ['nn'],
    updated: '2026-01-01',
    period: { start: '2024', end: '2026' },
    mission: { text: 'Vi skapar gode oppvekstvilkår.' },
    vision: { text: 'Best på oppvekst.' },
    nodes,
    phases,
    milestones,
    swot: [{ id: 'swot', items: swotItems }],
    ...(visions.length >= 2
      ? {
          visionMatrix: {
            rows: visions.slice(0, Math.ceil(visions.length / 2)).map((v) => v.id),
            columns: visions.slice(Math.ceil(visions.length / 2)).map((v) => v.id),
          },
        }
      : {}),
  };
}
