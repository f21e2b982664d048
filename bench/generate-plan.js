// Deterministic generated plans for the benchmark. Each widget gets a plan with exactly N of the items it
// shows (see ITEMS), plus the little context those items need; same widget and N, same plan.
//
//   goal-tree           N nodes: focus area → goal → strategy → programme → action, breadth first
//   program-card        N programmes (the grid's cards) under five focus areas, each with a milestone
//   milestone-timeline  N milestones over three years in two phases, on five focus areas
//   swot-grid           N SWOT items in one analysis (N / 4 per quadrant); every tenth relates to a node
//   vision-mission      N goals placed in the 25 crossings of a 5 × 5 vision matrix (N / 25 per crossing)
//
// The page (bench/in-page.js) imports this file as it is, so it stays plain JavaScript.

/**
 * mulberry32, the same seeded PRNG as test/fixtures/seeded-random.ts. A copy, not an import: that file is
 * TypeScript and the bench page is served without a TypeScript transform.
 */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What N counts, per widget (the README's performance section says the same). */
export const ITEMS = {
  'goal-tree': 'nodes',
  'program-card': 'programmes',
  'milestone-timeline': 'milestones',
  'swot-grid': 'SWOT items',
  'vision-mission': 'goals in the matrix',
};

export const WIDGETS = Object.keys(ITEMS);

const TREE_TYPES = ['focus-area', 'goal', 'strategy', 'program', 'action'];
const STATUSES = ['planned', 'in-progress', 'done', 'on-hold', 'approved'];
const MILESTONE_STATUSES = ['planned', 'in-progress', 'done'];
const CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'];
const DAY = 86_400_000;
const pad = (n) => String(n).padStart(2, '0');
const isoDay = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** "Today" for the widgets that show overdue milestones: fixed, so a run does not depend on the date. */
export const BENCH_NOW = '2025-06-15';

/**
 * N nodes in the five-level hierarchy, breadth first: `fan` roots and up to `fan` children per node, where
 * `fan` is the smallest whole number whose five levels hold N (3 for 100, 4 for 1,000, 7 for 10,000).
 */
function treeNodes(n, rand) {
  const fan = Math.max(2, Math.ceil(n ** (1 / TREE_TYPES.length) - 1e-9));
  const nodes = [];
  const queue = [];
  for (let i = 0; i < Math.min(fan, n); i++) {
    const node = {
      id: `n${nodes.length}`,
      type: TREE_TYPES[0],
      title: `Satsingsområde ${i + 1}: oppvekst og levekår`,
      status: 'approved',
    };
    nodes.push(node);
    queue.push({ node, depth: 0 });
  }
  for (let head = 0; nodes.length < n && head < queue.length; head++) {
    const { node: parent, depth } = queue[head];
    const type = TREE_TYPES[Math.min(depth + 1, TREE_TYPES.length - 1)];
    for (let c = 0; c < fan && nodes.length < n; c++) {
      const node = {
        id: `n${nodes.length}`,
        type,
        parent: parent.id,
        title: `${type} ${nodes.length}: tiltak for barn og unge`,
        status: pick(rand, STATUSES),
      };
      if (type === 'program' || type === 'action') node.progress = Math.round(rand() * 100);
      nodes.push(node);
      queue.push({ node, depth: depth + 1 });
    }
  }
  return nodes;
}

function focusAreas(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    type: 'focus-area',
    title: `Satsingsområde ${i + 1}: oppvekst og levekår`,
    status: 'approved',
  }));
}

/** `count` milestones over 2024–2026 (phase by date), each on one of `nodeIds`. */
function milestones(count, rand, nodeIds, assign = () => pick(rand, nodeIds)) {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 1000) * DAY);
    const end = new Date(start.getTime() + Math.floor(rand() * 60) * DAY);
    const inPhaseOne = start.getTime() < Date.UTC(2025, 6, 1);
    return {
      id: `m${i}`,
      title: `Milepæl ${i + 1}`,
      phase: inPhaseOne ? 'phase-1' : 'phase-2',
      planned: { start: isoDay(start), end: isoDay(end) },
      status: pick(rand, MILESTONE_STATUSES),
      responsible: 'Koordinator',
      nodes: [assign(i)],
    };
  });
}

const PHASES = [
  { id: 'phase-1', title: 'Fase 1: kartlegging', period: { start: '2024-01', end: '2025-06' } },
  { id: 'phase-2', title: 'Fase 2: innsatsområda', period: { start: '2025-07', end: '2026-12' } },
];

function base(widget, n) {
  return {
    formatVersion: '1.0',
    id: `bench-${widget}-${n}`,
    title: `Generert plan: ${n} ${ITEMS[widget]}`,
    owner: { name: 'Testkommune', country: 'NO' },
    languages: ['nn'],
    updated: '2026-01-01',
    period: { start: '2024', end: '2026' },
    vision: { text: 'Best på oppvekst.' },
    mission: { text: 'Vi skapar gode oppvekstvilkår saman med innbyggjarane.' },
  };
}

/**
 * The plan for one widget with N of its items.
 * @param {number} n
 * @param {keyof typeof ITEMS} widget
 */
export function generatePlan(n, widget, seed = 1) {
  if (!(widget in ITEMS)) throw new Error(`unknown widget ${widget}`);
  const rand = seededRandom(seed * 7919 + n * 31 + WIDGETS.indexOf(widget));
  const plan = base(widget, n);
  switch (widget) {
    case 'goal-tree': {
      plan.nodes = treeNodes(n, rand);
      break;
    }
    case 'program-card': {
      const areas = focusAreas(5);
      const programmes = Array.from({ length: n }, (_, i) => {
        const start = 2024 + Math.floor(rand() * 2);
        return {
          id: `p${i}`,
          type: 'program',
          parent: areas[i % areas.length].id,
          externalId: String(1000 + i),
          title: `Program ${i + 1}: tidleg innsats i barnehage og skule`,
          description: 'Programmet samlar tiltak for tidleg innsats og betre overgangar.',
          status: pick(rand, STATUSES),
          progress: Math.round(rand() * 100),
          period: { start: String(start), end: String(start + 2) },
          responsibility: [{ role: 'manager', organisation: 'Oppvekstetaten' }],
        };
      });
      plan.nodes = [...areas, ...programmes];
      plan.phases = PHASES;
      plan.milestones = milestones(n, rand, [], (i) => `p${i}`);
      break;
    }
    case 'milestone-timeline': {
      plan.nodes = focusAreas(5);
      plan.phases = PHASES;
      plan.milestones = milestones(
        n,
        rand,
        plan.nodes.map((node) => node.id),
      );
      break;
    }
    case 'swot-grid': {
      plan.nodes = focusAreas(5);
      plan.swot = [
        {
          id: 'swot',
          title: 'SWOT for oppvekstområdet',
          items: Array.from({ length: n }, (_, i) => ({
            id: `s${i}`,
            category: CATEGORIES[i % 4],
            text: `SWOT-punkt ${i + 1}: tilgang på kvalifiserte tilsette`,
            ...(i % 10 === 0 ? { nodes: [plan.nodes[(i / 10) % 5].id] } : {}),
          })),
        },
      ];
      break;
    }
    case 'vision-mission': {
      const visions = Array.from({ length: 10 }, (_, i) => ({
        id: `v${i}`,
        type: 'vision',
        title: i < 5 ? `Organisasjonsvisjon ${i + 1}` : `Innbyggjarvisjon ${i - 4}`,
      }));
      const goals = Array.from({ length: n }, (_, i) => ({
        id: `g${i}`,
        type: 'goal',
        parent: visions[Math.floor((i % 25) / 5)].id,
        title: `Mål ${i + 1}: fleire barn i aktivitet`,
        status: pick(rand, STATUSES),
      }));
      const cells = [];
      for (let r = 0; r < 5; r++) {
        for (let c = 0; c < 5; c++) {
          const nodes = [];
          for (let i = r * 5 + c; i < n; i += 25) nodes.push(goals[i].id);
          // Goal i sits in crossing i mod 25 (row r, column c); its parent is the crossing's row vision.
          cells.push({ row: visions[r].id, column: visions[5 + c].id, nodes });
        }
      }
      plan.nodes = [...visions, ...goals];
      plan.visionMatrix = {
        title: 'Visjonane og måla som kryssar dei',
        rowsLabel: 'Organisasjonsretta',
        columnsLabel: 'Innbyggjarretta',
        rows: visions.slice(0, 5).map((v) => v.id),
        columns: visions.slice(5).map((v) => v.id),
        cells: cells.filter((cell) => cell.nodes.length > 0),
      };
      break;
    }
  }
  return plan;
}
