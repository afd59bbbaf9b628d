// Derives the committed reference data in packages/domain/data/ from the shared source files, which are
// not available on CI. Re-run after the sources change and commit the result.
// Usage: node scripts/reference-data/build.mjs [adminUnitsDir] [referenceDir]
//   adminUnitsDir defaults to ../shared/data/admin-units, referenceDir to ../shared/reference
//   (both relative to the repository root).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveAdminUnits } from './admin-units.mjs';
import { deriveHtcdsPicklists } from './htcds.mjs';
import { deriveLanguages } from './languages.mjs';
import { writeJson } from './write-json.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const adminUnitsDir = path.resolve(root, process.argv[2] ?? '../shared/data/admin-units');
const referenceDir = path.resolve(root, process.argv[3] ?? '../shared/reference');
const outDir = path.join(root, 'packages', 'domain', 'data');

for (const dir of [adminUnitsDir, referenceDir]) {
  if (!existsSync(dir)) {
    console.error(`Source folder not found: ${dir}`);
    process.exit(1);
  }
}

// Provenance copied into every derived file; the commits are those named in the data README.
const sourceNote = {
  source: 'thanglequoc/vietnamese-provinces-database (MIT); official 2025 old-to-new conversion table',
  sourceCommits: { units2025: 'cd58063', unitsPre2025: 'e8c5f80' },
  sourceSnapshot2025: '2026-08-02',
};

const { era2025, eraPre2025, crosswalk, oldTypeDisagreements } = deriveAdminUnits(adminUnitsDir, {
  sourceNote,
});
const htcds = deriveHtcdsPicklists(path.join(referenceDir, 'htcds-v2-field-standards.txt'));
const languages = deriveLanguages();

const outputs = {
  'admin-units-2025.json': era2025,
  'admin-units-pre-2025.json': eraPre2025,
  'admin-crosswalk-2025.json': crosswalk,
  'htcds-v2-picklists.json': htcds,
  'languages.json': languages,
};
for (const [file, data] of Object.entries(outputs)) writeJson(path.join(outDir, file), data);

const count = (groups) => groups.reduce((sum, group) => sum + group.units.length, 0);
const successors = new Map();
for (const [from, to] of crosswalk.communes) {
  if (from.length === 5) successors.set(from, (successors.get(from) ?? new Set()).add(to));
}
console.log(
  [
    `2025: ${era2025.provinces.length} provinces, ${count(era2025.communes)} communes, ` +
      `${era2025.typeChanges.length} type changes, ${era2025.aliases.length} units with aliases`,
    `pre-2025: ${eraPre2025.provinces.length} provinces, ${count(eraPre2025.districts)} districts, ` +
      `${count(eraPre2025.communes)} communes, ${eraPre2025.aliases.length} units with aliases; ` +
      `the conversion table gives another type to ${oldTypeDisagreements.join(', ')}`,
    `crosswalk: ${crosswalk.provinces.length} province links, ${crosswalk.communes.length} commune links, ` +
      `${crosswalk.notes.length} distinct notes, ${[...successors.values()].filter((set) => set.size > 1).length} old communes split, ` +
      `${crosswalk.corrections.length} corrections`,
    `htcds: ${htcds.fields.length} picklists; languages: ${languages.languages.length}`,
  ].join('\n'),
);
