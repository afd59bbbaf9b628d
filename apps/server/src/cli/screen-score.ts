import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  AnswerError,
  explainResult,
  explanationLines,
  findShippedInstrument,
  instrumentSchema,
  isLocale,
  type Locale,
  scoreScreening,
  translate,
} from '@lantern/domain';

export class ScreenUsageError extends Error {
  override name = 'UsageError';
}

export const SCREEN_SCORE_USAGE = `Usage: lantern screen score --instrument ID [--version V] --answers FILE.json [--locale vi|en|ar] [--json]
       lantern screen score --definition INSTRUMENT.json --answers FILE.json [--locale vi|en|ar] [--json]

Scores answers with a shipped screening instrument (or one given as a definition file), offline: no
database, no network. The answers file is { "answers": { question id: answer } } or the answers object itself.

  --instrument ID   a shipped instrument, e.g. act-means-purpose or vn-scam-compound
  --version V       its version (default: the newest shipped)
  --definition F    score with an instrument definition file instead
  --answers F       the answers file (UTF-8 JSON; a byte-order mark is fine)
  --locale L        language of the explanation: vi (default), en or ar
  --json            print the result, or the error, as JSON on standard output
  -h, --help        show this help

Exit codes: 0 scored, 1 the answers or the command could not be scored (explained on standard error, or
as {"error": …} on standard output with --json).
`;

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ScreenUsageError(`Cannot read the ${what} file ${file}`);
  }
  // Windows editors (Notepad) save UTF-8 with a byte-order mark, which JSON.parse refuses.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    throw new ScreenUsageError(`The ${what} file ${file} is not valid JSON`);
  }
}

/** An answer that says something: an empty object, or only blanks, is a screening nobody answered. */
function answeredCount(answers: Record<string, unknown>): number {
  return Object.values(answers).filter(
    (value) =>
      value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
  ).length;
}

interface CommandError {
  code: string;
  message: string;
  problems?: { question: string; problem: string; message: string }[];
}

class ScreenAnswerError extends Error {
  constructor(readonly detail: CommandError) {
    super(detail.message);
  }
}

/**
 * `lantern screen score`: the server's scoring, offline — no database, no network. Scores an answers file
 * with a shipped instrument version (or an instrument definition file) and prints the explanation.
 */
export function screenScoreCommand(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): number {
  if (args.includes('--help') || args.includes('-h')) {
    out.write(SCREEN_SCORE_USAGE);
    return 0;
  }
  // A script that asked for JSON parses standard output: every answer there, errors included, is JSON.
  const json = args.includes('--json');
  try {
    return scoreCommand(args, out);
  } catch (error) {
    const detail = describeError(error);
    if (!detail) throw error;
    if (json) {
      out.write(`${JSON.stringify({ error: detail }, null, 2)}\n`);
      return 1;
    }
    if (error instanceof ScreenAnswerError) {
      err.write(`${detail.message}\n`);
      for (const problem of detail.problems ?? []) err.write(`  ${problem.question}: ${problem.message}\n`);
      return 1;
    }
    throw error;
  }
}

function describeError(error: unknown): CommandError | undefined {
  if (error instanceof ScreenAnswerError) return error.detail;
  if (error instanceof ScreenUsageError) return { code: 'usage', message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    return { code: 'usage', message: (error as Error).message };
  return undefined;
}

function scoreCommand(args: string[], out: NodeJS.WritableStream): number {
  const { values } = parseArgs({
    args,
    options: {
      instrument: { type: 'string' },
      version: { type: 'string' },
      answers: { type: 'string' },
      definition: { type: 'string' },
      locale: { type: 'string', default: 'vi' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.answers) throw new ScreenUsageError('--answers FILE.json is required');
  if (!values.instrument && !values.definition)
    throw new ScreenUsageError(
      'Name an instrument with --instrument ID [--version V], or give --definition FILE.json',
    );
  const locale = values.locale ?? 'vi';
  if (!isLocale(locale)) throw new ScreenUsageError('--locale must be vi, en or ar');
  const version = values.version === undefined ? undefined : Number(values.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1))
    throw new ScreenUsageError('--version must be a whole number from 1');

  let instrument = values.definition ? undefined : findShippedInstrument(values.instrument ?? '', version);
  if (values.definition) {
    const parsed = instrumentSchema.safeParse(readJson(values.definition, 'definition'));
    if (!parsed.success)
      throw new ScreenAnswerError({
        code: 'invalid_definition',
        message: 'The instrument definition is not valid:',
        problems: parsed.error.issues.map((issue) => ({
          question: issue.path.join('.') || '(root)',
          problem: issue.code,
          message: issue.message,
        })),
      });
    instrument = parsed.data;
  }
  if (!instrument)
    throw new ScreenUsageError(
      `No shipped instrument ${values.instrument}${version ? ` version ${version}` : ''}`,
    );

  const file = readJson(values.answers, 'answers');
  const answers = (file && typeof file === 'object' && 'answers' in file ? file.answers : file) as unknown;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers))
    throw new ScreenUsageError('The answers file must hold an object of question id → answer');
  const lang = locale as Locale;
  if (answeredCount(answers as Record<string, unknown>) === 0)
    throw new ScreenAnswerError({
      code: 'nothing_answered',
      message: translate(lang, 'screening.cli.nothingAnswered'),
    });
  try {
    const result = scoreScreening(instrument, answers as Record<string, unknown>);
    if (values.json) out.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      out.write(`${instrument.title[lang]} (v${instrument.version})\n\n`);
      out.write(`${explanationLines(explainResult(instrument, result, lang), lang).join('\n')}\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    throw new ScreenAnswerError({
      code: 'invalid_answers',
      message: translate(lang, 'errors.validation'),
      problems: error.problems.map((problem) => ({
        question: problem.question,
        problem: problem.problem,
        message: translate(lang, `errors.field.answer_${problem.problem.replaceAll('-', '_')}`),
      })),
    });
  }
}
