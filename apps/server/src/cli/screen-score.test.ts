import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { findShippedInstrument } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { ScreenUsageError, screenScoreCommand } from './screen-score';

const dir = mkdtempSync(path.join(tmpdir(), 'lantern-screen-'));
function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, JSON.stringify(content));
  return target;
}
function run(args: string[]): { code: number; output: string; errors: string } {
  const written = { output: '', errors: '' };
  const stream = (into: 'output' | 'errors') =>
    new Writable({
      write(chunk, _encoding, done) {
        written[into] += chunk;
        done();
      },
    });
  const code = screenScoreCommand(args, stream('output'), stream('errors'));
  return { code, ...written };
}

const child = file('child.json', {
  answers: {
    'age-group': 'under-18',
    'offered-or-arranged': 'yes',
    'exploitation-types': ['forced-marriage'],
  },
});

describe('lantern screen score', () => {
  it('scores offline and explains the outcome in the chosen language', () => {
    const { code, output } = run(['--instrument', 'act-means-purpose', '--answers', child, '--locale', 'en']);
    expect(code).toBe(0);
    expect(output).toContain('Possible victim — refer for formal identification');
    expect(output).toContain('Rule applied: Child');
    expect(output).toContain('Forced marriage');
  });

  it('prints the scored result as JSON', () => {
    const { code, output } = run([
      '--instrument',
      'act-means-purpose',
      '--version',
      '1',
      '--answers',
      child,
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(output)).toMatchObject({
      outcome: 'possible-victim',
      subject: 'child',
      instrumentVersion: 1,
    });
  });

  it('scores with an instrument given as a definition file', () => {
    const definition = file('amp.json', { ...findShippedInstrument('act-means-purpose'), version: 7 });
    const { code, output } = run(['--definition', definition, '--answers', child, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(output).instrumentVersion).toBe(7);
  });

  const bad = file('bad.json', { 'age-group': 'ancient', 'no-such': 'yes' });

  it('lists invalid answers in words on standard error and exits 1', () => {
    const { code, output, errors } = run([
      '--instrument',
      'act-means-purpose',
      '--answers',
      bad,
      '--locale',
      'en',
    ]);
    expect(code).toBe(1);
    expect(output).toBe('');
    expect(errors).toContain("age-group: This answer is not one of the question's options.");
    expect(errors).toContain('no-such: This question is not part of the instrument version.');
  });

  it('with --json, answers invalid answers as JSON on standard output', () => {
    const { code, output } = run(['--instrument', 'act-means-purpose', '--answers', bad, '--json']);
    expect(code).toBe(1);
    const answer = JSON.parse(output);
    expect(answer.error.code).toBe('invalid_answers');
    expect(answer.error.problems.map((p: { question: string }) => p.question).sort()).toEqual([
      'age-group',
      'no-such',
    ]);
  });

  it.each([
    [['--answers', child, '--json'], 'usage'],
    [['--instrument', 'act-means-purpose', '--answers', path.join(dir, 'missing.json'), '--json'], 'usage'],
    [['--instrument', 'act-means-purpose', '--answers', child, '--json', '--bogus'], 'usage'],
  ])('with --json, a usage error %o is JSON on standard output too', (args, errorCode) => {
    const { code, output } = run(args);
    expect(code).toBe(1);
    expect(JSON.parse(output).error.code).toBe(errorCode);
  });

  it('prints its usage for --help and exits 0', () => {
    const { code, output } = run(['--help']);
    expect(code).toBe(0);
    expect(output).toContain('Usage: lantern screen score');
    expect(output).toContain('--answers');
  });

  it('reads an answers file saved with a UTF-8 byte-order mark (Windows Notepad)', () => {
    const target = path.join(dir, 'bom.json');
    writeFileSync(target, `\uFEFF${readFileSync(child, 'utf8')}`, 'utf8');
    const { code, output } = run(['--instrument', 'act-means-purpose', '--answers', target, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(output).outcome).toBe('possible-victim');
  });

  it.each([[{}], [{ answers: {} }], [{ answers: { 'age-group': null } }]])(
    'says nothing was answered for %o instead of "no indicators"',
    (content) => {
      const empty = file('empty.json', content);
      const text = run(['--instrument', 'act-means-purpose', '--answers', empty, '--locale', 'en']);
      expect(text.code).toBe(1);
      expect(text.errors).toContain('No question was answered');
      expect(text.output).not.toMatch(/no .*indicators/i);
      const json = run(['--instrument', 'act-means-purpose', '--answers', empty, '--json']);
      expect(JSON.parse(json.output).error.code).toBe('nothing_answered');
    },
  );

  it('scores the answers example of docs/SCREENING.md with the instrument the docs name', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../../docs/SCREENING.md'), 'utf8');
    const command = /lantern screen score --instrument ([a-z-]+) --answers answers\.json/.exec(doc);
    const example = /The answers file[\s\S]*?```json\n([\s\S]*?)```/.exec(doc);
    expect(command?.[1]).toBeTruthy();
    const answers = file('doc-example.json', JSON.parse(example?.[1] ?? 'null'));
    const { code, output } = run(['--instrument', command?.[1] ?? '', '--answers', answers, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(output).instrumentId).toBe(command?.[1]);
  });

  it('answers --help through the lantern command with exit code 0', () => {
    const main = path.resolve(import.meta.dirname, '../main.ts');
    const output = execFileSync(process.execPath, ['--import', 'tsx', main, 'screen', 'score', '--help'], {
      encoding: 'utf8',
    });
    expect(output).toContain('Usage: lantern screen score');
    const refused = spawnSync(process.execPath, ['--import', 'tsx', main, 'screen', 'score'], {
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('--answers FILE.json is required');
  }, 60_000);

  it.each([
    [['--answers', child]],
    [['--instrument', 'nope', '--answers', child]],
    [['--instrument', 'act-means-purpose', '--answers', path.join(dir, 'missing.json')]],
    [['--instrument', 'act-means-purpose', '--answers', child, '--locale', 'fr']],
  ])('refuses %o with a usage error', (args) => {
    expect(() => run(args)).toThrow(ScreenUsageError);
  });
});
