import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditActions, auditResourceTypes } from '@lantern/domain';
import { describe, expect, it } from 'vitest';

// The safety net under the one list of audit codes (@lantern/domain audit/codes.ts): every code the server
// writes — found by reading its source, so a new module's codes are caught the day they are written — must
// be in that list, whose every entry the catalogue test requires to be named in vi, en and ar.

const serverSource = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // Table definitions say `resourceType: text('resource_type')`, a column, not a code.
    if (entry.isDirectory()) return ['test-support', 'schema'].includes(entry.name) ? [] : sourceFiles(full);
    // Tests and their fixtures write made-up codes on purpose ("legacy.one").
    if (!entry.name.endsWith('.ts') || /(\.test\.ts|\.test-support\.ts|^test-)/.test(entry.name)) return [];
    return [full];
  });
}

interface Written {
  file: string;
  code: string;
  /** A template such as `case.${input.action}`: some listed code must start with its fixed part. */
  prefix?: boolean;
}

/** Codes in `<field>: …` expressions (literals, both arms of a ternary, template prefixes) and helper calls. */
function writtenCodes(field: 'action' | 'resourceType'): Written[] {
  const found: Written[] = [];
  const expression = new RegExp(`\\b${field}:\\s*([^,\\n}]+)`, 'g');
  for (const file of sourceFiles(serverSource)) {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(serverSource, file);
    for (const [, value = ''] of text.matchAll(expression)) {
      for (const [, code = ''] of value.matchAll(/'([a-z_.]+)'/g)) found.push({ file: relative, code });
      for (const [, prefix = ''] of value.matchAll(/`([a-z_.]+)\$\{/g))
        found.push({ file: relative, code: prefix, prefix: true });
    }
    // Helpers that take the code as an argument: audit(tx, 'referral.expire', …), failCode(…, 'auth.mfa_verify').
    if (field === 'action')
      for (const [, code = ''] of text.matchAll(/\b(?:audit|failCode)\([^)]*?'([a-z_]+\.[a-z_.]+)'/g))
        found.push({ file: relative, code });
  }
  return found;
}

function unlisted(written: Written[], listed: readonly string[]): string[] {
  return written
    .filter(({ code, prefix }) =>
      prefix ? !listed.some((entry) => entry.startsWith(code)) : !listed.includes(code),
    )
    .map(({ file, code, prefix }) => `${file}: ${code}${prefix ? '…' : ''}`);
}

describe('audit codes written by the server', () => {
  const actions = writtenCodes('action').filter(({ code }) => code.includes('.'));

  it('finds the codes it is meant to check (the scan itself works)', () => {
    const codes = actions.map(({ code }) => code);
    expect(codes).toEqual(expect.arrayContaining(['auth.sign_in', 'case.share', 'referral.expire']));
    expect(actions.some(({ code, prefix }) => prefix && code === 'duplicates.')).toBe(true);
  });

  it('every action written is in the one list the audit page names', () => {
    expect(unlisted(actions, auditActions)).toEqual([]);
  });

  it('every record type written is in the one list the audit page names and filters by', () => {
    expect(unlisted(writtenCodes('resourceType'), auditResourceTypes)).toEqual([]);
  });
});
