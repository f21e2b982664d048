/**
 * The plan format v1 as valibot schemas: the one source of truth. The TypeScript types are inferred from
 * these schemas, and `packages/core/schema/plan.schema.json` is generated from them
 * (`npm run schema`; descriptions live in `packages/core/schema-tools/schema-docs.ts`, outside the package).
 *
 * Rules that concern one object (a date range's end not before its start, "at least one of") live here;
 * rules across the document (unique ids, references, cycles) live in `check-semantics.ts`.
 */
import * as v from 'valibot';
import { isPlanDateBefore, isDateTime, parsePlanDate } from './plan-date.js';
import {
  closedObject,
  localizedText,
  openPicklist,
  rule,
  shortValue,
  LANGUAGE_TAG,
  type Finding,
} from './schema-primitives.js';

const optional = v.optional;

// ---------------------------------------------------------------- primitives

/** An id: one namespace for the whole document. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * A link target that is safe to put in `href`: `http:`, `https:`, `mailto:`, `tel:` or a relative URL.
 * No control characters (browsers drop tabs and newlines, so `java\tscript:` would run).
 */
export const SAFE_URL_PATTERN =
  // eslint-disable-next-line no-control-regex
  /^(?![\s\S]*[\u0000-\u001F\u007F])(?!\s*(?!(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):)[A-Za-z][A-Za-z0-9+.-]*:)/;

export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'invalid-id'));
export const LocalizedTextSchema = localizedText();
export const PlanDateSchema = v.pipe(
  v.string(),
  rule<string>('plan_date', null, (value) =>
    parsePlanDate(value) ? undefined : ['invalid-date', { value: shortValue(value) }],
  ),
);
export const DateTimeOrPlanDateSchema = v.pipe(
  v.string(),
  rule<string>('plan_date_or_date_time', null, (value) =>
    parsePlanDate(value) || isDateTime(value) ? undefined : ['invalid-date', { value: shortValue(value) }],
  ),
);
export const UrlSchema = v.pipe(v.string(), v.minLength(1, 'empty'), v.regex(SAFE_URL_PATTERN, 'unsafe-url'));
export const LanguageTagSchema = v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'invalid-language'));
const IdListSchema = v.array(IdSchema);
const LocalizedTextListSchema = v.array(LocalizedTextSchema);

/** "At least one of these keys" on an object schema's output. */
function oneOf<TSchema extends v.GenericSchema<unknown, object>>(
  _schema: TSchema,
  ...keys: (keyof v.InferOutput<TSchema> & string)[]
) {
  return rule<v.InferOutput<TSchema>>('one_of_required', keys, (value) =>
    keys.some((key) => value[key] !== undefined) ? undefined : ['one-of-required', { keys: keys.join(', ') }],
  );
}

const DateRangeObject = closedObject({ start: optional(PlanDateSchema), end: optional(PlanDateSchema) });
export const DateRangeSchema = v.pipe(
  DateRangeObject,
  oneOf(DateRangeObject, 'start', 'end'),
  rule<v.InferOutput<typeof DateRangeObject>>('end_not_before_start', null, ({ start, end }) => {
    // Compared only when both are real dates: a malformed one has its own invalid-date error already.
    if (!start || !end) return undefined;
    const first = parsePlanDate(start);
    const last = parsePlanDate(end);
    return first && last && isPlanDateBefore(last, first)
      ? ['end-before-start', { start, end }, 'end']
      : undefined;
  }),
);

// ---------------------------------------------------------------- vocabularies

export const NODE_STATUSES = [
  'proposed',
  'approved',
  'planned',
  'in-progress',
  'on-hold',
  'done',
  'cancelled',
] as const;
export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const NODE_TYPES = [
  'focus-area',
  'goal',
  'sub-goal',
  'strategy',
  'program',
  'project',
  'action',
  'vision',
  'mission',
  'scorecard',
  'plan',
  'target-group',
] as const;
export const RESPONSIBILITY_ROLES = [
  'owner',
  'manager',
  'coordinator',
  'steering-group',
  'project-group',
  'member',
  'contact',
  'institution',
] as const;
export const LINK_KINDS = ['homepage', 'document', 'report', 'contact', 'other'] as const;
export const SWOT_CATEGORIES = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export const ECONOMY_KINDS = ['budget', 'financing', 'accounts'] as const;
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
/** The section keys of a node: free text from a status report or project plan. */
export const SECTION_KEYS = [
  'background',
  'mandate',
  'strategy',
  'goals',
  'goalDefinition',
  'expectedEffect',
  'results',
  'workPlan',
  'plannedEvents',
  'coordination',
  'successFactors',
  'progress',
  'currentState',
  'desiredState',
  'qualityCriteria',
] as const;
/** statusYears keys in the order their years must follow. */
export const STATUS_YEAR_ORDER = ['proposed', 'approved', 'started', 'completed'] as const;

export const NodeStatusSchema = v.picklist(NODE_STATUSES, 'invalid-value');
export const MilestoneStatusSchema = v.picklist(MILESTONE_STATUSES, 'invalid-value');
export const NodeTypeSchema = openPicklist(NODE_TYPES);

// ---------------------------------------------------------------- shared objects

export const LinkSchema = closedObject({
  href: UrlSchema,
  title: optional(LocalizedTextSchema),
  kind: optional(v.picklist(LINK_KINDS, 'invalid-value')),
});
const LinkListSchema = v.array(LinkSchema);

export const StatementSchema = closedObject({
  id: optional(IdSchema),
  title: optional(LocalizedTextSchema),
  text: LocalizedTextSchema,
  description: optional(LocalizedTextSchema),
  illustrative: optional(v.boolean()),
});

export const PersonSchema = closedObject({
  id: IdSchema,
  name: v.pipe(v.string(), v.minLength(1, 'empty')),
  title: optional(LocalizedTextSchema),
  organisation: optional(LocalizedTextSchema),
  email: optional(v.pipe(v.string(), v.email('invalid-email'))),
  phone: optional(v.pipe(v.string(), v.minLength(1, 'empty'))),
  illustrative: optional(v.boolean()),
});

const ResponsibilityObject = closedObject({
  role: openPicklist(RESPONSIBILITY_ROLES),
  label: optional(LocalizedTextSchema),
  people: optional(IdListSchema),
  organisation: optional(LocalizedTextSchema),
  note: optional(LocalizedTextSchema),
  illustrative: optional(v.boolean()),
});
export const ResponsibilitySchema = v.pipe(
  ResponsibilityObject,
  oneOf(ResponsibilityObject, 'people', 'organisation', 'label'),
);

const yearSchema = v.pipe(v.number(), v.integer('not-integer'));

export const EconomyLineSchema = closedObject({
  kind: v.picklist(ECONOMY_KINDS, 'invalid-value'),
  year: yearSchema,
  amount: v.number(),
  label: optional(LocalizedTextSchema),
  source: optional(LocalizedTextSchema),
});

const StatusYearsObject = closedObject({
  proposed: optional(yearSchema),
  approved: optional(yearSchema),
  started: optional(yearSchema),
  completed: optional(yearSchema),
  cancelled: optional(yearSchema),
});
const StatusYearsSchema = v.pipe(
  StatusYearsObject,
  rule<v.InferOutput<typeof StatusYearsObject>>('years_in_order', STATUS_YEAR_ORDER, (years) => {
    const findings: Finding[] = [];
    let before: (typeof STATUS_YEAR_ORDER)[number] | undefined;
    for (const key of STATUS_YEAR_ORDER) {
      const year = years[key];
      if (year === undefined) continue;
      const beforeYear = before === undefined ? undefined : years[before];
      if (before !== undefined && beforeYear !== undefined && year < beforeYear) {
        findings.push(['years-out-of-order', { key, year, before, beforeYear }, key]);
      } else {
        before = key;
      }
    }
    return findings.length ? findings : undefined;
  }),
);

const SectionsSchema = closedObject(
  Object.fromEntries(SECTION_KEYS.map((key) => [key, optional(LocalizedTextSchema)])) as Record<
    (typeof SECTION_KEYS)[number],
    v.OptionalSchema<typeof LocalizedTextSchema, undefined>
  >,
);

const percent = v.pipe(
  v.number(),
  rule<number>('range', [0, 100], (value) =>
    value < 0 || value > 100 ? ['out-of-range', { value, min: 0, max: 100 }] : undefined,
  ),
);

// ---------------------------------------------------------------- the hierarchy

const PlanNodeObject = closedObject({
  id: IdSchema,
  type: NodeTypeSchema,
  parent: optional(IdSchema),
  order: optional(v.number()),
  title: LocalizedTextSchema,
  shortName: optional(LocalizedTextSchema),
  typeLabel: optional(LocalizedTextSchema),
  externalId: optional(v.pipe(v.string(), v.minLength(1, 'empty'))),
  status: optional(NodeStatusSchema),
  statusText: optional(LocalizedTextSchema),
  description: optional(LocalizedTextSchema),
  illustrative: optional(v.boolean()),
  progress: optional(percent),
  weight: optional(v.pipe(v.number(), v.minValue(0, 'too-small'))),
  period: optional(DateRangeSchema),
  statusYears: optional(StatusYearsSchema),
  anchoring: optional(LocalizedTextListSchema),
  decision: optional(LocalizedTextSchema),
  sectors: optional(LocalizedTextListSchema),
  targetGroups: optional(LocalizedTextListSchema),
  keywords: optional(LocalizedTextListSchema),
  phase: optional(IdSchema),
  responsibility: optional(v.array(ResponsibilitySchema)),
  sections: optional(SectionsSchema),
  economy: optional(
    closedObject({
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'invalid-currency')),
      lines: v.array(EconomyLineSchema),
      illustrative: optional(v.boolean()),
    }),
  ),
  swotItems: optional(IdListSchema),
  links: optional(LinkListSchema),
});
export const PlanNodeSchema = v.pipe(
  PlanNodeObject,
  rule<v.InferOutput<typeof PlanNodeObject>>('custom_type_label', null, (node) =>
    node.type.startsWith('x-') && node.typeLabel === undefined
      ? ['required', { key: 'typeLabel' }, 'typeLabel']
      : undefined,
  ),
);

export const PhaseSchema = closedObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  order: optional(v.number()),
  description: optional(LocalizedTextSchema),
  period: optional(DateRangeSchema),
  status: optional(NodeStatusSchema),
  illustrative: optional(v.boolean()),
});

const MilestoneObject = closedObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: optional(LocalizedTextSchema),
  order: optional(v.number()),
  phase: optional(IdSchema),
  nodes: optional(IdListSchema),
  planned: optional(DateRangeSchema),
  actual: optional(DateRangeSchema),
  status: optional(MilestoneStatusSchema),
  statusText: optional(LocalizedTextSchema),
  responsible: optional(LocalizedTextSchema),
  people: optional(IdListSchema),
  comment: optional(LocalizedTextSchema),
  illustrative: optional(v.boolean()),
  links: optional(LinkListSchema),
});
export const MilestoneSchema = v.pipe(MilestoneObject, oneOf(MilestoneObject, 'planned', 'actual'));

// ---------------------------------------------------------------- SWOT, matrix, indicators

export const SwotItemSchema = closedObject({
  id: IdSchema,
  category: v.picklist(SWOT_CATEGORIES, 'invalid-value'),
  text: LocalizedTextSchema,
  detail: optional(LocalizedTextSchema),
  nodes: optional(IdListSchema),
  illustrative: optional(v.boolean()),
});

export const SwotAnalysisSchema = closedObject({
  id: IdSchema,
  title: optional(LocalizedTextSchema),
  node: optional(IdSchema),
  date: optional(PlanDateSchema),
  items: v.array(SwotItemSchema),
});

export const VisionMatrixSchema = closedObject({
  id: optional(IdSchema),
  title: optional(LocalizedTextSchema),
  rowsLabel: optional(LocalizedTextSchema),
  columnsLabel: optional(LocalizedTextSchema),
  rows: IdListSchema,
  columns: IdListSchema,
  cells: optional(
    v.array(
      closedObject({
        row: IdSchema,
        column: IdSchema,
        nodes: IdListSchema,
        note: optional(LocalizedTextSchema),
        illustrative: optional(v.boolean()),
      }),
    ),
  ),
});

const measurement = () => closedObject({ value: v.number(), date: optional(PlanDateSchema) });

export const IndicatorSchema = closedObject({
  id: IdSchema,
  node: IdSchema,
  title: LocalizedTextSchema,
  unit: optional(LocalizedTextSchema),
  direction: optional(v.picklist(INDICATOR_DIRECTIONS, 'invalid-value')),
  baseline: optional(measurement()),
  target: optional(measurement()),
  values: optional(
    v.array(closedObject({ date: PlanDateSchema, value: v.number(), note: optional(LocalizedTextSchema) })),
  ),
  source: optional(LocalizedTextSchema),
  updated: optional(PlanDateSchema),
  illustrative: optional(v.boolean()),
});

// ---------------------------------------------------------------- the document

export const PlanSchema = closedObject({
  $schema: optional(v.string()),
  formatVersion: v.pipe(v.string(), v.regex(/^1\.\d+$/, 'unsupported-version')),
  id: IdSchema,
  title: LocalizedTextSchema,
  shortName: optional(LocalizedTextSchema),
  description: optional(LocalizedTextSchema),
  owner: closedObject({
    name: LocalizedTextSchema,
    country: optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'invalid-country'))),
    url: optional(UrlSchema),
    orgNumber: optional(v.pipe(v.string(), v.minLength(1, 'empty'))),
  }),
  period: optional(DateRangeSchema),
  languages: v.pipe(v.array(LanguageTagSchema), v.minLength(1, 'empty')),
  source: optional(
    closedObject({
      title: LocalizedTextSchema,
      url: optional(UrlSchema),
      publisher: optional(LocalizedTextSchema),
      date: optional(PlanDateSchema),
      note: optional(LocalizedTextSchema),
    }),
  ),
  updated: DateTimeOrPlanDateSchema,
  vision: optional(StatementSchema),
  mission: optional(StatementSchema),
  values: optional(v.array(StatementSchema)),
  nodes: v.array(PlanNodeSchema),
  phases: optional(v.array(PhaseSchema)),
  milestones: optional(v.array(MilestoneSchema)),
  swot: optional(v.array(SwotAnalysisSchema)),
  visionMatrix: optional(VisionMatrixSchema),
  indicators: optional(v.array(IndicatorSchema)),
  people: optional(v.array(PersonSchema)),
  links: optional(LinkListSchema),
});

/**
 * The named schemas that become `$defs` in the JSON Schema (by object identity), in the order shown there.
 * The generator imports this; the runtime does not need it.
 */
export const PLAN_SCHEMA_DEFINITIONS = {
  Id: IdSchema,
  LocalizedText: LocalizedTextSchema,
  PlanDate: PlanDateSchema,
  DateRange: DateRangeSchema,
  Url: UrlSchema,
  LanguageTag: LanguageTagSchema,
  Link: LinkSchema,
  Statement: StatementSchema,
  Person: PersonSchema,
  NodeType: NodeTypeSchema,
  NodeStatus: NodeStatusSchema,
  MilestoneStatus: MilestoneStatusSchema,
  Responsibility: ResponsibilitySchema,
  EconomyLine: EconomyLineSchema,
  PlanNode: PlanNodeSchema,
  Phase: PhaseSchema,
  Milestone: MilestoneSchema,
  SwotAnalysis: SwotAnalysisSchema,
  SwotItem: SwotItemSchema,
  VisionMatrix: VisionMatrixSchema,
  Indicator: IndicatorSchema,
} as const;

// ---------------------------------------------------------------- inferred types

/** A plan document (format v1). */
export type Plan = v.InferOutput<typeof PlanSchema>;
/** One element of the typed hierarchy: focus area, goal, strategy, program, project, action… */
export type PlanNode = v.InferOutput<typeof PlanNodeSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type SwotAnalysis = v.InferOutput<typeof SwotAnalysisSchema>;
export type SwotItem = v.InferOutput<typeof SwotItemSchema>;
export type VisionMatrix = v.InferOutput<typeof VisionMatrixSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Responsibility = v.InferOutput<typeof ResponsibilitySchema>;
export type EconomyLine = v.InferOutput<typeof EconomyLineSchema>;
/** Text in the default language (`languages[0]`) or one text per language tag. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
/** "2014", "2014-03" or "2014-03-20". */
export type PlanDate = v.InferOutput<typeof PlanDateSchema>;
export type DateRange = v.InferOutput<typeof DateRangeSchema>;
export type NodeType = v.InferOutput<typeof NodeTypeSchema>;
export type NodeStatus = v.InferOutput<typeof NodeStatusSchema>;
export type MilestoneStatus = v.InferOutput<typeof MilestoneStatusSchema>;
