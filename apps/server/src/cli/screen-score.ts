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

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ScreenUsageError(`Cannot read the ${what} file ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ScreenUsageError(`The ${what} file ${file} is not valid JSON`);
  }
}

/**
 * `lantern screen score`: the server's scoring, offline — no database, no network. Scores an answers file
 * with a shipped instrument version (or an instrument definition file) and prints the explanation.
 */
export function screenScoreCommand(args: string[], out: NodeJS.WritableStream = process.stdout): number {
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
    if (!parsed.success) {
      out.write(`The instrument definition is not valid:\n`);
      for (const issue of parsed.error.issues)
        out.write(`  ${issue.path.join('.') || '(root)'}: ${issue.message}\n`);
      return 1;
    }
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
  try {
    const result = scoreScreening(instrument, answers as Record<string, unknown>);
    if (values.json) out.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      out.write(`${instrument.title[locale as Locale]} (v${instrument.version})\n\n`);
      out.write(
        `${explanationLines(explainResult(instrument, result, locale as Locale), locale as Locale).join('\n')}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    out.write(`${translate(locale as Locale, 'errors.validation')}\n`);
    for (const problem of error.problems) {
      const code = `answer_${problem.problem.replaceAll('-', '_')}`;
      out.write(`  ${problem.question}: ${translate(locale as Locale, `errors.field.${code}`)}\n`);
    }
    return 1;
  }
}
