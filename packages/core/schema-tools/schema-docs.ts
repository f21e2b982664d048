/**
 * Titles, descriptions and examples for every property of the plan format, keyed by path: `Plan.owner.name`,
 * `PlanNode.sections.background`, `Indicator.values[].date`; a bare name (`PlanNode`) documents a `$defs`
 * entry. Used ONLY by the JSON Schema generator and the docs — never imported by the runtime, so none of
 * this text reaches the bundle. The generator fails when a property has no entry here, or an entry names
 * no property.
 */

export interface FieldDoc {
  /** A short name, shown by editors as the property's title. */
  title: string;
  /** What the field means, in one or two sentences. */
  description: string;
  /** Example values (required for every property that is not an object documented field by field). */
  examples?: unknown[];
}

export const SCHEMA_DOCS: Record<string, FieldDoc> = {
  // ------------------------------------------------------------------ the document
  Plan: {
    title: 'planvis plan document',
    description:
      'One strategic plan as a JSON document (planvis plan format v1): the typed hierarchy of focus areas, goals, strategies, programs and actions, plus phases, milestones, SWOT analyses, a vision matrix, indicators and people. Unknown keys are errors, except keys starting with "x-", which carry vendor data and are ignored.',
  },
  'Plan.$schema': {
    title: 'JSON Schema',
    description: 'The URL of this schema, so that editors can check and complete the document.',
    examples: ['https://planvis.dev/schema/v1/plan.schema.json'],
  },
  'Plan.formatVersion': {
    title: 'Format version',
    description:
      'The version of the plan format the document follows: "1." and a minor number. A 1.x reader reads any 1.y document; fields it does not know are skipped in lenient reading.',
    examples: ['1.0'],
  },
  'Plan.id': {
    title: 'Plan id',
    description: 'A stable id for the plan; one id namespace covers the whole document.',
    examples: ['sogndal-oppvekst'],
  },
  'Plan.title': {
    title: 'Title',
    description: "The plan's title, as the source document gives it.",
    examples: [{ nn: 'Best på oppvekst', en: 'Best at growing up' }],
  },
  'Plan.shortName': {
    title: 'Short name',
    description: 'A short name or acronym for tight spaces.',
    examples: ['1. OPPVEKST'],
  },
  'Plan.description': {
    title: 'Description',
    description: 'What the plan is about, in a few sentences.',
    examples: ['Satsingsområde 1. OPPVEKST i Sogndal: fokusområdet, strategiane og målgruppeprogramma.'],
  },
  'Plan.owner': {
    title: 'Owner',
    description: 'The organisation that owns the plan, usually a municipality.',
  },
  'Plan.owner.name': {
    title: 'Owner name',
    description: 'The name of the owning organisation.',
    examples: ['Sogndal kommune'],
  },
  'Plan.owner.country': {
    title: 'Country',
    description: "The owner's country as an ISO 3166-1 alpha-2 code, in capitals.",
    examples: ['NO', 'DK', 'SE'],
  },
  'Plan.owner.url': {
    title: 'Owner website',
    description: "The owner's website: an http(s) address or a relative one.",
    examples: ['https://www.sogndal.kommune.no'],
  },
  'Plan.owner.orgNumber': {
    title: 'Organisation number',
    description:
      "The owner's national organisation number (organisasjonsnummer, CVR-nummer, organisationsnummer).",
    examples: ['921 152 175'],
  },
  'Plan.period': {
    title: 'Plan period',
    description: 'The years or dates the plan covers.',
    examples: [{ start: '2016', end: '2019' }],
  },
  'Plan.languages': {
    title: 'Languages',
    description:
      "The languages the document's texts are written in, as BCP 47 tags. The first is the default language: plain-string texts are in it.",
    examples: [['nn'], ['da', 'en']],
  },
  'Plan.source': {
    title: 'Source document',
    description: 'The published document the plan data was taken from.',
  },
  'Plan.source.title': {
    title: 'Source title',
    description: 'The title of the source document.',
    examples: ['Statusrapport for satsningsområdet 1. OPPVEKST – Best på oppvekst (ID 1962)'],
  },
  'Plan.source.url': {
    title: 'Source address',
    description: 'Where the source document can be read.',
    examples: ['https://www.rup.no'],
  },
  'Plan.source.publisher': {
    title: 'Publisher',
    description: 'Who published the source document.',
    examples: ['RUP Norge'],
  },
  'Plan.source.date': {
    title: 'Source date',
    description: 'When the source document was published, at year, month or day precision.',
    examples: ['2016-04'],
  },
  'Plan.source.note': {
    title: 'Note on the source',
    description: 'Anything a reader should know about how the data was taken from the source.',
    examples: ['Statusrapporten har tomme felt for mål, indikatorar og økonomi.'],
  },
  'Plan.updated': {
    title: 'Updated',
    description:
      'When the document was last updated: a plan date (YYYY, YYYY-MM or YYYY-MM-DD) or an RFC 3339 date-time.',
    examples: ['2024-05-01', '2024-05-01T12:00:00+02:00'],
  },
  'Plan.vision': {
    title: 'Vision',
    description: 'The plan\'s vision: where it wants to be ("jeres drøm" in 002).',
  },
  'Plan.mission': {
    title: 'Mission',
    description: 'The plan\'s mission: its task ("jeres opgave" in 002; "I samspil med borgerne…" in 003).',
  },
  'Plan.values': { title: 'Values', description: 'The values the plan rests on, one statement each.' },
  'Plan.nodes': {
    title: 'Nodes',
    description:
      'The typed hierarchy (focus areas, goals, strategies, programs, projects, actions…), as a flat list linked by `parent`. May be empty.',
  },
  'Plan.phases': { title: 'Phases', description: "The phases of the plan's process, in order." },
  'Plan.milestones': {
    title: 'Milestones',
    description: 'Milestones and progress-plan steps, with planned and actual dates.',
  },
  'Plan.swot': { title: 'SWOT analyses', description: 'SWOT analyses of the plan or of single nodes.' },
  'Plan.visionMatrix': {
    title: 'Vision matrix',
    description:
      'A matrix of visions crossing visions (003: citizen-oriented columns × organisation-oriented rows).',
  },
  'Plan.indicators': {
    title: 'Indicators',
    description: 'Indicators that measure the nodes, with baseline, target and values.',
  },
  'Plan.people': {
    title: 'People',
    description: 'The people named in the plan; referred to by id from responsibilities and milestones.',
  },
  'Plan.links': {
    title: 'Links',
    description: 'Links about the plan as a whole (homepage, documents, reports).',
  },

  // ------------------------------------------------------------------ primitives
  Id: {
    title: 'Id',
    description:
      'An identifier: a letter or digit, then up to 127 letters, digits, "_", ".", ":" or "-". Every id in a document is unique, across all kinds of items.',
  },
  LocalizedText: {
    title: 'Localized text',
    description:
      "Either a non-blank string in the document's default language (`languages[0]`), or an object keyed by BCP 47 language tag with non-blank strings, at least one key.",
  },
  PlanDate: {
    title: 'Plan date',
    description:
      'An ISO 8601 calendar date at year, month or day precision, told by its form: "2014", "2014-03" or "2014-03-20". It must be a real date (no 2014-02-30).',
  },
  DateRange: {
    title: 'Date range',
    description:
      'A start and/or an end (at least one). The end may not be before the start, compared at the coarser of the two precisions ("2014-03" to "2014-03-20" is fine).',
  },
  'DateRange.start': {
    title: 'Start',
    description: 'The first year, month or day of the range.',
    examples: ['2013-12'],
  },
  'DateRange.end': {
    title: 'End',
    description: 'The last year, month or day of the range.',
    examples: ['2014-05'],
  },
  Url: {
    title: 'Link address',
    description:
      'An http:, https:, mailto: or tel: URL, or a relative URL. Any other scheme (javascript:, data:, vbscript:, file:…) is an error, and so are control characters.',
  },
  LanguageTag: {
    title: 'Language tag',
    description:
      'A BCP 47 language tag: two or three lower-case letters, then optional subtags ("nn", "en", "nb-NO").',
  },
  Link: { title: 'Link', description: 'A link to a web page, document, report or contact address.' },
  'Link.href': {
    title: 'Address',
    description: 'Where the link goes.',
    examples: ['https://www.rup.no', 'mailto:grethe.nissen@hammerfest.kommune.no'],
  },
  'Link.title': {
    title: 'Link text',
    description: 'The text to show for the link; without it the address is shown.',
    examples: ['Statusrapport i RUP Norge'],
  },
  'Link.kind': {
    title: 'Link kind',
    description: 'What the link leads to: homepage, document, report, contact or other.',
    examples: ['report'],
  },

  // ------------------------------------------------------------------ statements and people
  Statement: {
    title: 'Statement',
    description: 'A vision, mission or value: a heading, the statement itself and an explanation.',
  },
  'Statement.id': {
    title: 'Statement id',
    description: 'An optional id, unique in the document.',
    examples: ['vision'],
  },
  'Statement.title': {
    title: 'Heading',
    description: 'The heading shown above the statement.',
    examples: ['Vision'],
  },
  'Statement.text': {
    title: 'Statement',
    description: 'The statement itself.',
    examples: [
      'I samspil med borgerne skaber vi den bedst mulige trivsel og udvikling hos børn, unge og familier.',
    ],
  },
  'Statement.description': {
    title: 'Explanation',
    description: 'What the statement means or how it came about.',
    examples: ['jeres drøm'],
  },
  'Statement.illustrative': {
    title: 'Illustrative',
    description: 'True when the statement was made up for illustration and is not in the source document.',
    examples: [true],
  },
  Person: { title: 'Person', description: 'A person named in the plan.' },
  'Person.id': {
    title: 'Person id',
    description: 'The id other items use to refer to this person.',
    examples: ['grethe-nissen'],
  },
  'Person.name': {
    title: 'Name',
    description: "The person's name, as written.",
    examples: ['Grethe Nissen'],
  },
  'Person.title': {
    title: 'Job title',
    description: "The person's role or job title.",
    examples: ['Koordinator'],
  },
  'Person.organisation': {
    title: 'Organisation',
    description: 'Where the person works.',
    examples: ['Hammerfest kommune'],
  },
  'Person.email': {
    title: 'Email',
    description: 'An email address.',
    examples: ['grethe.nissen@hammerfest.kommune.no'],
  },
  'Person.phone': {
    title: 'Phone',
    description: 'A phone number, as written.',
    examples: ['+47 78 40 20 00'],
  },
  'Person.illustrative': {
    title: 'Illustrative',
    description: 'True when the person was made up for illustration and is not in the source document.',
    examples: [true],
  },

  // ------------------------------------------------------------------ vocabularies
  NodeType: {
    title: 'Node type',
    description:
      'What a node is: focus-area, goal, sub-goal, strategy, program, project, action, vision, mission, scorecard, plan or target-group; or a custom type "x-<kebab-case>" with a `typeLabel`.',
  },
  NodeStatus: {
    title: 'Status',
    description:
      'proposed, approved, planned, in-progress, on-hold, done or cancelled. IATI ActivityStatus: proposed/approved/planned → 1, in-progress → 2, done → 3 or 4, cancelled → 5, on-hold → 6.',
  },
  MilestoneStatus: {
    title: 'Milestone status',
    description:
      'planned, in-progress, done or cancelled. "Overdue" is never stored: it is derived (planned end passed, not done).',
  },
  Responsibility: {
    title: 'Responsibility',
    description:
      'Who holds a role for a node: people, an organisation or a label (at least one of the three).',
  },
  'Responsibility.role': {
    title: 'Role',
    description:
      'owner, manager, coordinator, steering-group, project-group, member, contact, institution, or a custom role "x-<kebab-case>".',
    examples: ['coordinator', 'steering-group'],
  },
  'Responsibility.label': {
    title: 'Role label',
    description: 'The role as the source names it (needed for a custom role).',
    examples: ['Programansvarleg'],
  },
  'Responsibility.people': {
    title: 'People',
    description: 'Ids of the people who hold the role.',
    examples: [['grethe-nissen']],
  },
  'Responsibility.organisation': {
    title: 'Organisation',
    description: 'The organisation or body that holds the role.',
    examples: ['Rådmannens ledergruppe'],
  },
  'Responsibility.note': {
    title: 'Note',
    description: 'Anything more about the role.',
    examples: ['Koordinator for kartleggingsarbeidet i fase 1'],
  },
  'Responsibility.illustrative': {
    title: 'Illustrative',
    description:
      'True when the responsibility was made up for illustration and is not in the source document.',
    examples: [true],
  },
  EconomyLine: {
    title: 'Economy line',
    description: 'One amount of a budget, financing or accounts, for one year.',
  },
  'EconomyLine.kind': {
    title: 'Kind',
    description:
      'budget (planned spending), financing (where the money comes from) or accounts (money actually spent).',
    examples: ['budget'],
  },
  'EconomyLine.year': { title: 'Year', description: 'The year the amount belongs to.', examples: [2026] },
  'EconomyLine.amount': {
    title: 'Amount',
    description: "The amount in the economy's currency (negative amounts are allowed in accounts).",
    examples: [1200000],
  },
  'EconomyLine.label': {
    title: 'Label',
    description: 'What the amount is for.',
    examples: ['Programleiing og analysar'],
  },
  'EconomyLine.source': {
    title: 'Source of funds',
    description: 'Who pays (for financing lines).',
    examples: ['Statsforvaltaren i Vestland'],
  },

  // ------------------------------------------------------------------ nodes
  PlanNode: {
    title: 'Node',
    description:
      'One element of the typed hierarchy: a focus area, goal, strategy, program, project, action… Nodes form a tree of unlimited depth through `parent`.',
  },
  'PlanNode.id': { title: 'Node id', description: "The node's id.", examples: ['strategi-1'] },
  'PlanNode.type': {
    title: 'Type',
    description: 'What the node is.',
    examples: ['focus-area', 'x-holdepunkt'],
  },
  'PlanNode.parent': {
    title: 'Parent',
    description: 'The id of the node above this one; absent for a root. Parents may not form a cycle.',
    examples: ['oppvekst'],
  },
  'PlanNode.order': {
    title: 'Order',
    description: 'Sort key among siblings (lower first); siblings without it follow in document order.',
    examples: [1],
  },
  'PlanNode.title': {
    title: 'Title',
    description: "The node's title.",
    examples: ['Koordinerte og tilgjengelege helse- og oppveksttenester for barn og unge'],
  },
  'PlanNode.shortName': {
    title: 'Short name',
    description: 'A short name, acronym or number.',
    examples: ['1. OPPVEKST'],
  },
  'PlanNode.typeLabel': {
    title: 'Type label',
    description: 'The word for the node\'s type, as the plan uses it; required for a custom "x-" type.',
    examples: ['Holdepunkt'],
  },
  'PlanNode.externalId': {
    title: 'External id',
    description: "The node's id in another system, e.g. the RUP Norge id.",
    examples: ['1962'],
  },
  'PlanNode.status': { title: 'Status', description: 'Where the node stands.', examples: ['proposed'] },
  'PlanNode.statusText': {
    title: 'Status as written',
    description: "The status in the source's own words; shown instead of the standard word.",
    examples: ['Åpent forslag'],
  },
  'PlanNode.description': {
    title: 'Description',
    description: 'What the node is about.',
    examples: ['Alle barn treng gode tenester, nærmiljø og fritidsaktivitetar'],
  },
  'PlanNode.illustrative': {
    title: 'Illustrative',
    description: 'True when the node was made up for illustration and is not in the source document.',
    examples: [true],
  },
  'PlanNode.progress': {
    title: 'Progress',
    description:
      "The node's own progress in percent (0–100). Without it, progress is rolled up from the children.",
    examples: [40],
  },
  'PlanNode.weight': {
    title: 'Weight',
    description: "The node's weight in its parent's progress roll-up (default 1; 0 leaves it out).",
    examples: [2],
  },
  'PlanNode.period': {
    title: 'Period',
    description: 'When the node runs.',
    examples: [{ start: '2014-05' }],
  },
  'PlanNode.statusYears': {
    title: 'Status years',
    description:
      'The years the status changed (000: År forslag, godkjent, oppstarta, avslutta). They must not go backwards.',
  },
  'PlanNode.statusYears.proposed': {
    title: 'Year proposed',
    description: 'The year the node was proposed.',
    examples: [2021],
  },
  'PlanNode.statusYears.approved': {
    title: 'Year approved',
    description: 'The year the node was approved.',
    examples: [2022],
  },
  'PlanNode.statusYears.started': {
    title: 'Year started',
    description: 'The year work started.',
    examples: [2022],
  },
  'PlanNode.statusYears.completed': {
    title: 'Year completed',
    description: 'The year the node was completed.',
    examples: [2025],
  },
  'PlanNode.statusYears.cancelled': {
    title: 'Year cancelled',
    description: 'The year the node was cancelled.',
    examples: [2024],
  },
  'PlanNode.anchoring': {
    title: 'Anchoring',
    description:
      'The node\'s place above the document\'s own root, outermost first (000: "LAB: Utfordrarbygda > 1. OPPVEKST").',
    examples: [['LAB: Utfordrarbygda', '1. OPPVEKST']],
  },
  'PlanNode.decision': {
    title: 'Decision',
    description: 'The formal decision (vedtak) behind the node.',
    examples: ['Vedteke i kommunestyret 12.12.2021'],
  },
  'PlanNode.sectors': {
    title: 'Sectors',
    description: 'The sectors the node concerns.',
    examples: [['Innbyggjarane', 'Kulturarven', 'Ungdom']],
  },
  'PlanNode.targetGroups': {
    title: 'Target groups',
    description: 'The groups the node is for.',
    examples: [['Alle barn', 'All ungdom']],
  },
  'PlanNode.keywords': {
    title: 'Keywords',
    description: 'Codes and keywords (000: KODE OG NØKKELORD).',
    examples: [['oppvekst', 'barn og unge']],
  },
  'PlanNode.phase': {
    title: 'Phase',
    description: 'The id of the phase the node belongs to (001: the work goal of phase 1).',
    examples: ['fase-1'],
  },
  'PlanNode.responsibility': {
    title: 'Responsibility',
    description:
      'Who is responsible for the node, role by role (000: INSTITUSJONAR OG ROLLAR; 001: Organisering).',
  },
  'PlanNode.sections': {
    title: 'Sections',
    description: 'The free-text sections of a status report or project plan, each localized text.',
  },
  'PlanNode.sections.background': {
    title: 'Background and challenges',
    description: 'Background and challenges (000: BAKGRUNN OG UTFORDRINGAR; 001: Bakgrunn).',
    examples: ['Dei som veks opp i Sogndal skal oppleve å vekse opp som trygge og aktive barn og unge.'],
  },
  'PlanNode.sections.mandate': {
    title: 'Mandate',
    description: 'The mandate (001: Mandat).',
    examples: ['Foreta en tverrfaglig analyse av tjenester og pågående arbeid rundt barn og unge.'],
  },
  'PlanNode.sections.strategy': {
    title: 'Strategy',
    description: 'The strategy (000: STRATEGI).',
    examples: ['I planen er ført opp 6 mål som ein ynskjer å oppnå.'],
  },
  'PlanNode.sections.goals': {
    title: 'Goals',
    description: 'Goals in prose (000: MÅL).',
    examples: ['Sikre at Hammerfest kommune arbeider i samsvar med Barnekonvensjonen.'],
  },
  'PlanNode.sections.goalDefinition': {
    title: 'Goal definition and indicators',
    description: 'How the goals are defined and measured (000: MÅLDEFINERING OG INDIKATORAR).',
    examples: ['Delen barn som deltek i organisert fritidsaktivitet skal auke.'],
  },
  'PlanNode.sections.expectedEffect': {
    title: 'Expected effect',
    description: 'The expected effect of the results (000: FORVENTA EFFEKT AV RESULTATA).',
    examples: ['Færre barn og unge fell utanfor skule og fritid.'],
  },
  'PlanNode.sections.results': {
    title: 'Results',
    description: 'Results so far (000: RESULTAT).',
    examples: ['Fire målgruppeprogram er definerte.'],
  },
  'PlanNode.sections.workPlan': {
    title: 'Work plan and milestones',
    description: 'The work plan in prose (000: ARBEIDSPLAN OG MILEPÆLAR); dated steps go in `milestones`.',
    examples: ['Programstyra blir oppnemnde våren 2026.'],
  },
  'PlanNode.sections.plannedEvents': {
    title: 'Planned productions and events',
    description: 'Planned productions and events (000: PLANLAGDE PRODUKSJONAR OG HENDINGAR).',
    examples: ['Dialogmøte med ungdomsrådet hausten 2026.'],
  },
  'PlanNode.sections.coordination': {
    title: 'Coordination, management and quality assurance',
    description:
      'How the work is coordinated, led and quality-assured (000: KOORDINERING, LEIING OG KVALITETSSIKRING).',
    examples: ['Kvart program har ein programleiar og eit programstyre.'],
  },
  'PlanNode.sections.successFactors': {
    title: 'Critical success factors',
    description: 'Special considerations and critical success factors (000; 001: Suksessfaktorer).',
    examples: ['Forankring i administrativ og politisk leiing.'],
  },
  'PlanNode.sections.progress': {
    title: 'Progress and learning',
    description: 'Progress and learning in prose (000: FRAMDRIFT OG LÆRING).',
    examples: ['God framdrift etter ein realistisk tidsplan.'],
  },
  'PlanNode.sections.currentState': {
    title: 'Current state',
    description: 'Where things stand now (004: Nuläge).',
    examples: ['Många insatser, många huvudmän, lite kommunikation.'],
  },
  'PlanNode.sections.desiredState': {
    title: 'Desired state',
    description: 'Where things should get to (004: Önskat läge).',
    examples: ['Alla föräldrar med barn 0–18 år nås av ett erbjudande om föräldrastöd.'],
  },
  'PlanNode.sections.qualityCriteria': {
    title: 'Quality criteria',
    description: 'Measurable quality criteria (002: kvalitetskriterier).',
    examples: ['Flere unge påbegynder en erhvervsuddannelse.'],
  },
  'PlanNode.economy': { title: 'Economy', description: 'Budget, financing and accounts, in one currency.' },
  'PlanNode.economy.currency': {
    title: 'Currency',
    description: 'An ISO 4217 currency code.',
    examples: ['NOK', 'DKK', 'SEK'],
  },
  'PlanNode.economy.lines': {
    title: 'Lines',
    description: 'The amounts, one line per kind, year and purpose.',
  },
  'PlanNode.economy.illustrative': {
    title: 'Illustrative',
    description:
      'True when the economy (every line of it) was made up for illustration and is not in the source document.',
    examples: [true],
  },
  'PlanNode.swotItems': {
    title: 'From SWOT items',
    description: 'Ids of the SWOT items this node (typically a strategy) was derived from (TOWS).',
    examples: [['swot-s1', 'swot-o2']],
  },
  'PlanNode.links': { title: 'Links', description: 'Links about the node.' },

  // ------------------------------------------------------------------ phases and milestones
  Phase: { title: 'Phase', description: "One phase of the plan's process (001: two phases; 002: five)." },
  'Phase.id': { title: 'Phase id', description: "The phase's id.", examples: ['fase-1'] },
  'Phase.title': { title: 'Title', description: "The phase's name.", examples: ['Kartlegging og analyse'] },
  'Phase.order': { title: 'Order', description: 'Sort key among phases (lower first).', examples: [1] },
  'Phase.description': {
    title: 'Description',
    description: 'What happens in the phase.',
    examples: ['Kommunen skal følge opp med tiltak knyttet til innsatsområdene.'],
  },
  'Phase.period': {
    title: 'Period',
    description: 'When the phase runs.',
    examples: [{ start: '2013-12', end: '2014-05' }],
  },
  'Phase.status': { title: 'Status', description: 'Where the phase stands.', examples: ['done'] },
  'Phase.illustrative': {
    title: 'Illustrative',
    description:
      'True when the phase (or its period or status) was made up for illustration and is not in the source document.',
    examples: [true],
  },
  Milestone: {
    title: 'Milestone',
    description:
      'A milestone or a step of a progress plan, with planned and/or actual dates (at least one of the two).',
  },
  'Milestone.id': { title: 'Milestone id', description: "The milestone's id.", examples: ['milepael-01'] },
  'Milestone.title': {
    title: 'Title',
    description: 'What is reached or done.',
    examples: ['Utforming av detaljert prosjektplan for analysearbeidet er ferdig'],
  },
  'Milestone.description': {
    title: 'Description',
    description: 'More about the milestone.',
    examples: ['hensikt, tiltak, suksessfaktorer, ansvarsfordeling, involverte, kostnad, tidsramme'],
  },
  'Milestone.order': {
    title: 'Order',
    description: 'Sort key for milestones with equal dates.',
    examples: [1],
  },
  'Milestone.phase': {
    title: 'Phase',
    description: 'The id of the phase the milestone belongs to.',
    examples: ['fase-1'],
  },
  'Milestone.nodes': {
    title: 'Nodes',
    description: 'Ids of the nodes the milestone belongs to.',
    examples: [['arbeidsmal-fase-1']],
  },
  'Milestone.planned': {
    title: 'Planned dates',
    description:
      'When the milestone is planned (start and end; a single date is start = end, or an end only).',
    examples: [{ start: '2013-12-01', end: '2013-12-13' }],
  },
  'Milestone.actual': {
    title: 'Actual dates',
    description: 'When it actually happened.',
    examples: [{ end: '2014-04' }],
  },
  'Milestone.status': { title: 'Status', description: 'Where the milestone stands.', examples: ['done'] },
  'Milestone.statusText': {
    title: 'Status as written',
    description: "The status in the source's own words.",
    examples: ['ok'],
  },
  'Milestone.responsible': {
    title: 'Responsible',
    description: 'Who is responsible, as a role or name written in the source.',
    examples: ['Koordinator', 'Koord./komm.sj'],
  },
  'Milestone.people': {
    title: 'People',
    description: 'Ids of the people responsible.',
    examples: [['grethe-nissen']],
  },
  'Milestone.comment': {
    title: 'Comment',
    description: 'A comment (001: Kommentarer).',
    examples: ['Planlegges mai/juni'],
  },
  'Milestone.illustrative': {
    title: 'Illustrative',
    description: 'True when the milestone was made up for illustration and is not in the source document.',
    examples: [true],
  },
  'Milestone.links': { title: 'Links', description: 'Links about the milestone (a report, a decision).' },

  // ------------------------------------------------------------------ SWOT
  SwotAnalysis: { title: 'SWOT analysis', description: 'A SWOT analysis of the plan or of one node.' },
  'SwotAnalysis.id': {
    title: 'Analysis id',
    description: "The analysis's id.",
    examples: ['swot-ungeindsats'],
  },
  'SwotAnalysis.title': {
    title: 'Title',
    description: "The analysis's heading.",
    examples: ['SWOT-analyse af Thisteds ungeindsats'],
  },
  'SwotAnalysis.node': {
    title: 'Node',
    description: 'The id of the node the analysis is about; absent when it is about the whole plan.',
    examples: ['program-alle-barn'],
  },
  'SwotAnalysis.date': { title: 'Date', description: 'When the analysis was made.', examples: ['2026-06'] },
  'SwotAnalysis.items': {
    title: 'Items',
    description: 'The strengths, weaknesses, opportunities and threats.',
  },
  SwotItem: { title: 'SWOT item', description: 'One strength, weakness, opportunity or threat.' },
  'SwotItem.id': {
    title: 'Item id',
    description: "The item's id, so strategies can refer to it.",
    examples: ['swot-s1'],
  },
  'SwotItem.category': {
    title: 'Category',
    description: 'strength, weakness, opportunity or threat.',
    examples: ['strength'],
  },
  'SwotItem.text': {
    title: 'Text',
    description: 'The item, in a short sentence.',
    examples: ['Tæt samarbejde med lokale erhvervsskoler og virksomheder'],
  },
  'SwotItem.detail': {
    title: 'Detail',
    description: 'More about the item.',
    examples: ['Erhvervsskoler og virksomheder løfter de unge på vejen mod uddannelse og arbejde.'],
  },
  'SwotItem.nodes': {
    title: 'Nodes',
    description: 'Ids of the nodes the item concerns.',
    examples: [['strategi-praktik-og-laere']],
  },
  'SwotItem.illustrative': {
    title: 'Illustrative',
    description: 'True when the item was made up for illustration and is not in the source document.',
    examples: [true],
  },

  // ------------------------------------------------------------------ vision matrix
  VisionMatrix: {
    title: 'Vision matrix',
    description:
      'Visions crossing visions (003): columns and rows are nodes (typically of type vision); cells place goals and projects where a row and a column cross.',
  },
  'VisionMatrix.id': {
    title: 'Matrix id',
    description: 'An optional id, unique in the document.',
    examples: ['visionsmatrix'],
  },
  'VisionMatrix.title': {
    title: 'Title',
    description: "The matrix's heading.",
    examples: ['Udviklingsstrategiens visioner'],
  },
  'VisionMatrix.rowsLabel': {
    title: 'Rows label',
    description: 'What the rows are (003: the organisation-oriented visions, horizontal arrows).',
    examples: ['De 5 organisationsrettede visioner'],
  },
  'VisionMatrix.columnsLabel': {
    title: 'Columns label',
    description: 'What the columns are (003: the citizen-oriented visions, vertical arrows).',
    examples: ['De 5 borgerrettede visioner'],
  },
  'VisionMatrix.rows': {
    title: 'Rows',
    description: 'Ids of the nodes that form the rows, top to bottom.',
    examples: [['vision-helhed', 'vision-ledelse']],
  },
  'VisionMatrix.columns': {
    title: 'Columns',
    description: 'Ids of the nodes that form the columns, in reading order.',
    examples: [['vision-medbestemmelse', 'vision-tidlig-indsats']],
  },
  'VisionMatrix.cells': { title: 'Cells', description: 'What sits where a row and a column cross.' },
  'VisionMatrix.cells[].row': {
    title: 'Row',
    description: "The id of the cell's row; must be one of `rows`.",
    examples: ['vision-dokumenteret-effekt'],
  },
  'VisionMatrix.cells[].column': {
    title: 'Column',
    description: "The id of the cell's column; must be one of `columns`.",
    examples: ['vision-medbestemmelse'],
  },
  'VisionMatrix.cells[].nodes': {
    title: 'Nodes',
    description: 'Ids of the nodes (goals, projects) placed in the cell.',
    examples: [['ppr-medbestemmelse']],
  },
  'VisionMatrix.cells[].note': {
    title: 'Note',
    description: 'A note on the cell.',
    examples: ['Udviklingsprofilen dokumenterer effekten for det enkelte barn.'],
  },
  'VisionMatrix.cells[].illustrative': {
    title: 'Illustrative',
    description:
      "True when the cell's placement was inferred for illustration: the source document does not place these items here.",
    examples: [true],
  },

  // ------------------------------------------------------------------ indicators
  Indicator: {
    title: 'Indicator',
    description: 'A measure of a node, with baseline, target and measured values.',
  },
  'Indicator.id': {
    title: 'Indicator id',
    description: "The indicator's id.",
    examples: ['ind-fritidsaktivitet'],
  },
  'Indicator.node': {
    title: 'Node',
    description: 'The id of the node the indicator measures.',
    examples: ['mal-alle-barn-fritid'],
  },
  'Indicator.title': {
    title: 'Title',
    description: 'What is measured.',
    examples: ['Del barn 6–12 år som deltek i minst éin organisert fritidsaktivitet'],
  },
  'Indicator.unit': { title: 'Unit', description: 'The unit of the values.', examples: ['%', 'invånare'] },
  'Indicator.direction': {
    title: 'Direction',
    description: 'Which way is better: increase or decrease.',
    examples: ['increase'],
  },
  'Indicator.baseline': { title: 'Baseline', description: 'The value measured at the start.' },
  'Indicator.baseline.value': { title: 'Baseline value', description: 'The starting value.', examples: [68] },
  'Indicator.baseline.date': {
    title: 'Baseline date',
    description: 'When the starting value was measured.',
    examples: ['2021'],
  },
  'Indicator.target': { title: 'Target', description: 'The value aimed for.' },
  'Indicator.target.value': { title: 'Target value', description: 'The value aimed for.', examples: [80] },
  'Indicator.target.date': {
    title: 'Target date',
    description: 'When the target should be reached.',
    examples: ['2028'],
  },
  'Indicator.values': { title: 'Values', description: 'Measured values over time.' },
  'Indicator.values[].date': {
    title: 'Date',
    description: 'When the value was measured.',
    examples: ['2023'],
  },
  'Indicator.values[].value': { title: 'Value', description: 'The measured value.', examples: [71] },
  'Indicator.values[].note': {
    title: 'Note',
    description: 'A note on the value.',
    examples: ['Ungefär 52 000'],
  },
  'Indicator.source': {
    title: 'Source',
    description: 'Where the values come from.',
    examples: ['Kommunal kartlegging'],
  },
  'Indicator.updated': {
    title: 'Updated',
    description: 'When the values were last updated.',
    examples: ['2025-09'],
  },
  'Indicator.illustrative': {
    title: 'Illustrative',
    description: 'True when the indicator was made up for illustration and is not in the source document.',
    examples: [true],
  },
};
