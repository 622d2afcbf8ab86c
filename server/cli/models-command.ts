/**
 * `toolwright models list|show|compare|cost|recommend`: the model directory in a terminal.
 * Tables for people, `--json` for machines; bad input is one sentence on stderr, exit 2.
 */
import { openWeightFamilies } from '../../agent/catalog/open-weight';
import { priceDataInfo } from '../../agent/catalog/price-data';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import {
  CompareInputError,
  CostInputError,
  FLAG_CAPABILITIES,
  LifecycleStatusSchema,
  ModalitySchema,
  ModelKindSchema,
  NoModelMatchesError,
  PreferenceSchema,
  ProviderIdSchema,
  RequirementsInputError,
  UnknownModelError,
  compareModels,
  describeWorkload,
  estimateCost,
  getCatalog,
  lifecycleStatus,
  recommendModels,
  requirementsFromTask,
  type Workload,
} from '../../agent/catalog/index';
import { CliUsageError, processIo, type CliIo } from './cli-io';
import { renderComparison, renderCost, renderList, renderRecommendation, renderShow } from './models-render';

export const MODELS_USAGE = `Usage: toolwright models <subcommand> [options]

  list [--kind text|image|embedding] [--provider openai|google] [--status <status>]
       [--capability <name>] [--input <modality>] [--output <modality>] [--all]
                                              models in the directory (shut-down ones with --all)
  show <id>                                   every fact about one model, with sources
  compare <id> <id> [<id>…] [workload]        at-a-glance table, differences, strengths, costs
  cost <id> [workload]                        what a workload costs on one model, line by line
  recommend "<task in words>" [--prefer cheapest|most-capable|best-value] [--requests N]
            [--provider openai|google] [--limit N]
                                              ranked models that fit, with reasons and monthly cost

Workload options (per request; --requests makes totals monthly):
  --requests N  --input-tokens N  --cached-tokens N  --output-tokens N  --image-input-tokens N
  --input-images N  --images N  --quality low|medium|high|…  --size 1024x1024  --batch
  --prompt "<text>"  (tokens counted with tiktoken for OpenAI, estimated for Gemini)

Ids can be aliases: "gemini 3.1 pro", "gpt image 1 mini". Add --json for machine output.

Examples:
  toolwright models compare gpt-image-1-mini gemini-3.1-pro --images 1000 --quality medium
  toolwright models cost gemini-3.1-pro --input-tokens 250000 --output-tokens 2000 --requests 500
  toolwright models recommend "summarise 800-page contracts"`;

type Flags = Record<string, string | boolean | undefined>;

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  kind: { type: 'string' },
  provider: { type: 'string' },
  status: { type: 'string' },
  capability: { type: 'string' },
  input: { type: 'string' },
  output: { type: 'string' },
  all: { type: 'boolean' },
  requests: { type: 'string' },
  'input-tokens': { type: 'string' },
  'cached-tokens': { type: 'string' },
  'output-tokens': { type: 'string' },
  'image-input-tokens': { type: 'string' },
  'input-images': { type: 'string' },
  images: { type: 'string' },
  quality: { type: 'string' },
  size: { type: 'string' },
  batch: { type: 'boolean' },
  prompt: { type: 'string' },
  prefer: { type: 'string' },
  limit: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const WORKLOAD_FLAGS = [
  'requests',
  'input-tokens',
  'cached-tokens',
  'output-tokens',
  'image-input-tokens',
  'input-images',
  'images',
  'quality',
  'size',
  'batch',
  'prompt',
];
const SUBCOMMAND_FLAGS: Record<string, string[]> = {
  list: ['kind', 'provider', 'status', 'capability', 'input', 'output', 'all'],
  show: [],
  compare: WORKLOAD_FLAGS,
  cost: WORKLOAD_FLAGS,
  recommend: ['prefer', 'requests', 'limit', 'provider'],
};

/** "--images -5" would read as a flag; join it into "--images=-5" so the value check can refuse it. */
function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const option = (OPTIONS as Record<string, { type: string }>)[name];
    if (option?.type === 'string' && next !== undefined && /^-\d|^-\.\d|^-Infinity$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(args: readonly string[]): { sub: string | undefined; positionals: string[]; flags: Flags } {
  try {
    const { values, positionals } = parseArgs({ args: joinNegativeValues(args), options: OPTIONS, strict: true, allowPositionals: true });
    const [sub, ...rest] = positionals;
    return { sub, positionals: rest, flags: values as Flags };
  } catch (error) {
    // Node's message runs on with hints about "--"; its first sentence is the one that matters.
    const first = (error as Error).message
      .split(/\.\s|\n/)[0]!
      .replace(/\.$/, '')
      .replace(/'/g, '');
    throw new CliUsageError(`${first}. Run "toolwright models --help" for the options.`);
  }
}

/** A count typed on the command line: "1000", "1,000" or "1_000"; refuses negatives and non-numbers. */
const volumeFlag = (flag: string) =>
  z.string().transform((raw, ctx) => {
    const n = Number(raw.replace(/[,_]/g, ''));
    if (raw.trim() === '' || Number.isNaN(n)) {
      ctx.addIssue({ code: 'custom', message: `--${flag} must be a number; got "${raw}"` });
      return z.NEVER;
    }
    if (!Number.isFinite(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: `--${flag} must be a finite number of zero or more; got ${raw}` });
      return z.NEVER;
    }
    return n;
  });

const choiceFlag = <T extends z.ZodEnum>(flag: string, schema: T) =>
  z.string().refine((v) => schema.safeParse(v).success, { message: `--${flag} must be one of ${schema.options.join(', ')}` });

function flagValue<T>(flags: Flags, flag: string, schema: z.ZodType<T>): T | undefined {
  const raw = flags[flag];
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? `--${flag} is invalid`;
  throw new CliUsageError(`${message}${/; got /.test(message) ? '' : `; got "${String(raw)}"`}.`);
}

function checkFlags(sub: string, flags: Flags): void {
  const allowed = new Set([...(SUBCOMMAND_FLAGS[sub] ?? []), 'json', 'help']);
  const stray = Object.keys(flags).filter((f) => flags[f] !== undefined && !allowed.has(f));
  if (stray.length > 0) {
    throw new CliUsageError(`"models ${sub}" does not take --${stray[0]}. Run "toolwright models --help" for its options.`);
  }
}

function workloadFrom(flags: Flags): Workload | undefined {
  const workload: Workload = {
    requestsPerMonth: flagValue(flags, 'requests', volumeFlag('requests')),
    inputTokens: flagValue(flags, 'input-tokens', volumeFlag('input-tokens')),
    cachedInputTokens: flagValue(flags, 'cached-tokens', volumeFlag('cached-tokens')),
    outputTokens: flagValue(flags, 'output-tokens', volumeFlag('output-tokens')),
    imageInputTokens: flagValue(flags, 'image-input-tokens', volumeFlag('image-input-tokens')),
    inputImages: flagValue(flags, 'input-images', volumeFlag('input-images')),
    images: flagValue(flags, 'images', volumeFlag('images')),
    imageQuality: flagValue(flags, 'quality', z.string().min(1, '--quality needs a value')),
    imageSize: flagValue(flags, 'size', z.string().regex(/^(\d+x\d+|any)$/, '--size must look like 1024x1024')),
    batch: flags.batch === true ? true : undefined,
    promptText: flagValue(flags, 'prompt', z.string()),
  };
  const given = Object.fromEntries(Object.entries(workload).filter(([, v]) => v !== undefined)) as Workload;
  return Object.keys(given).length > 0 ? given : undefined;
}

function requireIds(positionals: string[], min: number, what: string): string[] {
  if (positionals.length < min) throw new CliUsageError(`${what}. Run "toolwright models --help" for examples.`);
  return positionals;
}

/** Runs one subcommand; returns the exit code of an answer that is not a success (2: nothing fits). */
function run(args: readonly string[], io: CliIo, now: Date): number | undefined {
  const { sub, positionals, flags } = parse(args);
  if (sub === undefined || flags.help) {
    io.out(`${MODELS_USAGE}\n`);
    return;
  }
  if (!(sub in SUBCOMMAND_FLAGS)) {
    throw new CliUsageError(`Unknown subcommand "models ${sub}"; use list, show, compare, cost or recommend.`);
  }
  checkFlags(sub, flags);
  const catalog = getCatalog();
  const json = flags.json === true;
  const print = (value: unknown, text: () => string) => io.out(json ? `${JSON.stringify(value, null, 2)}\n` : text());

  switch (sub) {
    case 'list': {
      const capability = flagValue(flags, 'capability', choiceFlag('capability', z.enum(FLAG_CAPABILITIES)));
      const status = flagValue(flags, 'status', choiceFlag('status', LifecycleStatusSchema));
      const filter = {
        kind: flagValue(flags, 'kind', choiceFlag('kind', ModelKindSchema)) as z.infer<typeof ModelKindSchema> | undefined,
        provider: flagValue(flags, 'provider', choiceFlag('provider', ProviderIdSchema)) as z.infer<typeof ProviderIdSchema> | undefined,
        capability: capability as (typeof FLAG_CAPABILITIES)[number] | undefined,
        inputModality: flagValue(flags, 'input', choiceFlag('input', ModalitySchema)) as z.infer<typeof ModalitySchema> | undefined,
        outputModality: flagValue(flags, 'output', choiceFlag('output', ModalitySchema)) as z.infer<typeof ModalitySchema> | undefined,
        status: status as z.infer<typeof LifecycleStatusSchema> | undefined,
        now,
      };
      const everything = catalog.list(filter);
      const shown = flags.all || status === 'shutdown' ? everything : catalog.list({ ...filter, excludeShutDown: true });
      const models = shown.map((m) => ({ ...m, statusToday: lifecycleStatus(m, now) }));
      // Open-weight families are text models with no provider of ours: listed when the filters allow text.
      const onlyKindOrStatus = Object.entries(filter).every(
        ([key, value]) => value === undefined || key === 'now' || (key === 'kind' && value === 'text'),
      );
      const families = onlyKindOrStatus ? openWeightFamilies() : [];
      print({ asOf: catalog.asOf, models, runsOnYourServer: families }, () =>
        renderList(io, shown, now, everything.length - shown.length, catalog.asOf, families),
      );
      return;
    }
    case 'show': {
      const [id] = requireIds(positionals, 1, 'Name the model to show, e.g. "toolwright models show gemini-3.1-pro-preview"');
      const model = catalog.require(id!);
      print({ ...model, statusToday: lifecycleStatus(model, now), asOf: catalog.asOf, priceData: priceDataInfo() }, () =>
        renderShow(io, model, now, catalog.asOf),
      );
      return;
    }
    case 'compare': {
      const ids = requireIds(
        positionals,
        2,
        'Name at least two models to compare, e.g. "toolwright models compare gpt-image-1-mini gemini-3.1-pro"',
      );
      const workload = workloadFrom(flags);
      const comparison = compareModels(ids, workload, { now });
      print(comparison, () => renderComparison(io, comparison, workload ? describeWorkload(workload) : null));
      return;
    }
    case 'cost': {
      const [id] = requireIds(
        positionals,
        1,
        'Name the model to price, e.g. "toolwright models cost gemini-3.1-pro --input-tokens 250000"',
      );
      const workload = workloadFrom(flags);
      if (!workload)
        throw new CliUsageError(
          'Describe the workload to price, e.g. --input-tokens 250000 --output-tokens 2000, or --images 1000 --quality medium.',
        );
      const estimate = estimateCost(catalog.require(id!), workload, { now });
      print(estimate, () => renderCost(io, estimate, describeWorkload(workload)));
      return;
    }
    case 'recommend': {
      const task = requireIds(
        positionals,
        1,
        'Describe the task in words, e.g. toolwright models recommend "summarise 800-page contracts"',
      ).join(' ');
      const { requirements, understood } = requirementsFromTask(task);
      const prefer = flagValue(flags, 'prefer', choiceFlag('prefer', PreferenceSchema)) as z.infer<typeof PreferenceSchema> | undefined;
      const provider = flagValue(flags, 'provider', choiceFlag('provider', ProviderIdSchema)) as
        | z.infer<typeof ProviderIdSchema>
        | undefined;
      const requests = flagValue(flags, 'requests', volumeFlag('requests'));
      const limit = flagValue(flags, 'limit', volumeFlag('limit'));
      if (prefer) understood.push(`Preference set by --prefer: ${prefer}.`);
      if (provider) understood.push(`Provider set by --provider: ${provider}.`);
      if (requests !== undefined) understood.push(`Volume set by --requests: ${requests} a month.`);
      const asked = {
        ...requirements,
        preference: prefer ?? requirements.preference,
        provider: provider ?? requirements.provider,
        workload: requests !== undefined ? { ...requirements.workload, requestsPerMonth: requests } : requirements.workload,
        limit: limit !== undefined ? Math.max(1, Math.floor(limit)) : undefined,
      };
      let result: ReturnType<typeof recommendModels>;
      try {
        result = recommendModels(asked, { now });
      } catch (error) {
        // Machines get "nothing fits" as an answer they can read, still with exit code 2.
        if (!(json && error instanceof NoModelMatchesError)) throw error;
        const closest = error.closest.map((id) => ({ id, displayName: catalog.require(id).displayName }));
        print(
          { task, understood, fits: false, requirement: error.requirement, message: error.message, closest, recommendations: [] },
          () => '',
        );
        return 2;
      }
      print({ task, understood, fits: true, ...result }, () => renderRecommendation(io, task, understood, result));
      return;
    }
  }
}

/** Errors that mean "the request cannot be done as asked": one sentence, exit 2. */
const USER_ERRORS = [CliUsageError, UnknownModelError, CostInputError, CompareInputError, NoModelMatchesError, RequirementsInputError];

export async function modelsCommand(args: string[], io: CliIo = processIo(), now: Date = new Date()): Promise<number> {
  try {
    return run(args, io, now) ?? 0;
  } catch (error) {
    if (USER_ERRORS.some((E) => error instanceof E)) {
      io.err(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
