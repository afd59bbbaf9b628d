import { mkdtempSync, writeFileSync } from 'node:fs';
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
function run(args: string[]): { code: number; output: string } {
  let output = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      output += chunk;
      done();
    },
  });
  return { code: screenScoreCommand(args, out), output };
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

  it('lists invalid answers in words and exits 1', () => {
    const bad = file('bad.json', { 'age-group': 'ancient', 'no-such': 'yes' });
    const { code, output } = run(['--instrument', 'act-means-purpose', '--answers', bad, '--locale', 'en']);
    expect(code).toBe(1);
    expect(output).toContain("age-group: This answer is not one of the question's options.");
    expect(output).toContain('no-such: This question is not part of the instrument version.');
  });

  it.each([
    [['--answers', child]],
    [['--instrument', 'nope', '--answers', child]],
    [['--instrument', 'act-means-purpose', '--answers', path.join(dir, 'missing.json')]],
    [['--instrument', 'act-means-purpose', '--answers', child, '--locale', 'fr']],
  ])('refuses %o with a usage error', (args) => {
    expect(() => run(args)).toThrow(ScreenUsageError);
  });
});
