// Writes JSON laid out the way the repository's formatter (Biome, line width 110) lays it out, so that
// derived files pass `biome check` without a formatting pass: a value stays on one line when it fits,
// otherwise its members go one per line.
import { writeFileSync } from 'node:fs';

const LINE_WIDTH = 110;
const INDENT = '  ';

function flat(value) {
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, member]) => `${JSON.stringify(key)}: ${flat(member)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function layout(value, indent, prefix, suffix) {
  const oneLine = `${indent}${prefix}${flat(value)}${suffix}`;
  const isContainer = value !== null && typeof value === 'object';
  const isEmpty = isContainer && Object.keys(value).length === 0;
  if (!isContainer || isEmpty || oneLine.length <= LINE_WIDTH) return [oneLine];
  const inner = indent + INDENT;
  const lines = [];
  if (Array.isArray(value) && value.every((member) => typeof member === 'number')) {
    // Number lists are packed as many to a line as fit, as the formatter does.
    lines.push(`${indent}${prefix}[`);
    let line = inner;
    value.forEach((member, index) => {
      const item = `${member}${index < value.length - 1 ? ',' : ''}`;
      if (line !== inner && line.length + 1 + item.length > LINE_WIDTH) {
        lines.push(line);
        line = inner;
      }
      line += line === inner ? item : ` ${item}`;
    });
    lines.push(line, `${indent}]${suffix}`);
  } else if (Array.isArray(value)) {
    lines.push(`${indent}${prefix}[`);
    value.forEach((member, index) => {
      lines.push(...layout(member, inner, '', index < value.length - 1 ? ',' : ''));
    });
    lines.push(`${indent}]${suffix}`);
  } else {
    const entries = Object.entries(value);
    lines.push(`${indent}${prefix}{`);
    entries.forEach(([key, member], index) => {
      lines.push(...layout(member, inner, `${JSON.stringify(key)}: `, index < entries.length - 1 ? ',' : ''));
    });
    lines.push(`${indent}}${suffix}`);
  }
  return lines;
}

export function formatJson(value) {
  return `${layout(value, '', '', '').join('\n')}\n`;
}

export function writeJson(file, value) {
  writeFileSync(file, formatJson(value));
}
