// Derives the compact administrative-unit files from thanglequoc/vietnamese-provinces-database and the
// official 2025 conversion table. Every inconsistency found in the sources either fails the build or is
// corrected here by an explicit, asserted rule, so that the derived data never drifts silently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CORRECTIONS,
  EN_SUFFIX,
  EXTRA_ALIASES_PRE_2025,
  NEW_COMMUNE_TYPE_BY_ID,
  NEW_PROVINCE_TYPE_BY_ID,
  TYPE_CHANGE_BASIS,
  TYPES,
  TYPES_2025,
  TYPES_PRE_2025,
} from './admin-units-rules.mjs';
import { parseCsvRecords } from './csv.mjs';

const fold = (text) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .split(/[^\p{L}\p{N}]+/u)
    .join('');

/** The English name when the source's English name is just the Vietnamese one without diacritics. */
const asciiName = (name) =>
  name.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

const foldWords = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

// Compared without diacritics because the conversion table has typos such as "Xa Ea Kly" for "Xã Ea Kly".
function splitPrefix(fullName) {
  const words = fullName.trim().split(/\s+/);
  const prefix = [...new Set(Object.values(TYPES))]
    .sort((a, b) => b.length - a.length)
    .find((candidate) => {
      const length = candidate.split(' ').length;
      return words.length > length && foldWords(words.slice(0, length).join(' ')) === foldWords(candidate);
    });
  if (!prefix) return { prefix: '', name: fullName.trim() };
  return { prefix, name: words.slice(prefix.split(' ').length).join(' ') };
}

function typeByPrefix(prefix, allowed) {
  const type = allowed.find((candidate) => TYPES[candidate] === prefix);
  if (!type) throw new Error(`no ${allowed.join('/')} type is written "${prefix}"`);
  return type;
}

/** [code, name, typeIndex] plus the English name and full English name only where they are not derivable. */
function entry(unit, type, typeList) {
  const { prefix, name } = splitPrefix(unit.FullName);
  if (prefix !== TYPES[type] || name !== unit.Name) {
    throw new Error(`${unit.Code}: full name "${unit.FullName}" does not read "${TYPES[type]} ${unit.Name}"`);
  }
  const nameEn = unit.NameEn === asciiName(unit.Name) ? null : unit.NameEn;
  const fullNameEn = unit.FullNameEn === `${unit.NameEn} ${EN_SUFFIX[type]}` ? null : unit.FullNameEn;
  const row = [unit.Code, unit.Name, typeList.indexOf(type)];
  if (nameEn || fullNameEn) row.push(nameEn);
  if (fullNameEn) row.push(fullNameEn);
  return row;
}

function readJson(dir, file) {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
}

function applyCorrections(rows) {
  const applied = CORRECTIONS.map((correction) => {
    const nameColumn = correction.column.replace('_code', '_name');
    const hits = rows.filter(
      (row) => row[correction.column] === correction.from && row[nameColumn] === correction.name,
    );
    if (hits.length === 0) {
      throw new Error(`correction ${correction.from}→${correction.to} no longer applies`);
    }
    for (const row of hits) row[correction.column] = correction.to;
    return { ...correction, rows: hits.length };
  });
  return applied;
}

export function deriveAdminUnits(sourceDir, { sourceNote }) {
  const current = readJson(sourceDir, 'units-2025.json');
  const previous = readJson(sourceDir, 'units-pre2025.json');
  // The conversion table mixes precomposed and decomposed Vietnamese; the unit lists are all NFC.
  const readCsv = (file) =>
    parseCsvRecords(readFileSync(path.join(sourceDir, file), 'utf8').normalize('NFC'));
  const provinceLinks = readCsv('province-crosswalk-63-to-34.csv');
  const communeLinks = readCsv('commune-crosswalk-old-to-new.csv');
  const corrections = applyCorrections(communeLinks);

  // Post-reform units, as the source published them (it already applies Resolution 30/2026/QH16).
  const newUnits = new Map();
  const units2025 = { provinces: [], communes: [] };
  for (const province of current) {
    const type = NEW_PROVINCE_TYPE_BY_ID[province.AdministrativeUnitId];
    units2025.provinces.push(entry(province, type, TYPES_2025));
    newUnits.set(province.Code, { unit: province, type, province: province.Code });
    const wards = province.Wards.map((ward) => {
      const wardType = NEW_COMMUNE_TYPE_BY_ID[ward.AdministrativeUnitId];
      if (ward.ProvinceCode !== province.Code) {
        throw new Error(`${ward.Code} is listed under the wrong province`);
      }
      newUnits.set(ward.Code, { unit: ward, type: wardType, province: province.Code });
      return entry(ward, wardType, TYPES_2025);
    });
    units2025.communes.push({ parent: province.Code, units: wards });
  }

  // Pre-reform units: types come from the prefix of the full name, the only place the source states them.
  const oldUnits = new Map();
  const unitsPre2025 = { provinces: [], districts: [], communes: [] };
  for (const province of previous) {
    const type = typeByPrefix(splitPrefix(province.FullName).prefix, ['province', 'municipality']);
    unitsPre2025.provinces.push(entry(province, type, TYPES_PRE_2025));
    oldUnits.set(province.Code, { unit: province, province: province.Code });
    const districts = province.District.map((district) => {
      const districtType = typeByPrefix(splitPrefix(district.FullName).prefix, TYPES_PRE_2025.slice(2, 6));
      oldUnits.set(district.Code, { unit: district, province: province.Code, district: district.Code });
      const wards = (district.Ward ?? []).map((ward) => {
        const wardType = typeByPrefix(splitPrefix(ward.FullName).prefix, TYPES_PRE_2025.slice(6));
        oldUnits.set(ward.Code, {
          unit: ward,
          type: wardType,
          province: province.Code,
          district: district.Code,
        });
        return entry(ward, wardType, TYPES_PRE_2025);
      });
      if (wards.length > 0) unitsPre2025.communes.push({ parent: district.Code, units: wards });
      return entry(district, districtType, TYPES_PRE_2025);
    });
    unitsPre2025.districts.push({ parent: province.Code, units: districts });
  }

  // Province crosswalk: every old province exactly once, every target one of the 34.
  const provinces = provinceLinks.map((link) => {
    if (!oldUnits.has(link.old_province_code) || !newUnits.has(link.new_province_code)) {
      throw new Error(
        `province crosswalk row ${link.old_province_code}→${link.new_province_code} names an unknown unit`,
      );
    }
    return [link.old_province_code, link.new_province_code];
  });
  const oldProvinceCodes = new Set(provinces.map(([from]) => from));
  if (oldProvinceCodes.size !== previous.length || provinces.length !== previous.length) {
    throw new Error('the province crosswalk does not list every old province exactly once');
  }
  const provinceTarget = new Map(provinces);

  // Commune crosswalk, checked against both unit lists and the province crosswalk.
  const notes = [];
  const aliases2025 = {};
  const aliasesPre2025 = {};
  const addAlias = (aliases, code, alias) => {
    aliases[code] ??= [];
    if (!aliases[code].includes(alias)) aliases[code].push(alias);
  };
  const sortedAliases = (aliases) => Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b));
  // Reported by the build, not stored: the pre-2025 snapshot is kept as the statistics office published it.
  const oldTypeDisagreements = new Set();
  const typeChanges = new Map();
  const communes = communeLinks.map((link, index) => {
    const target = newUnits.get(link.new_ward_code);
    if (!target || target.province !== link.new_province_code) {
      throw new Error(
        `crosswalk row ${index + 2}: new commune ${link.new_ward_code} is not in province ${link.new_province_code}`,
      );
    }
    const oldCode = link.old_ward_code || link.old_district_code;
    const origin = oldUnits.get(oldCode);
    if (!origin || origin.province !== link.old_province_code || origin.district !== link.old_district_code) {
      throw new Error(
        `crosswalk row ${index + 2}: old unit ${oldCode} is not in district ${link.old_district_code}`,
      );
    }
    if (provinceTarget.get(link.old_province_code) !== link.new_province_code) {
      throw new Error(`crosswalk row ${index + 2} contradicts the province crosswalk`);
    }
    const newName = splitPrefix(link.new_ward_name);
    if (fold(newName.name) !== fold(target.unit.Name)) {
      addAlias(aliases2025, link.new_ward_code, newName.name);
    }
    const tableType = typeByPrefix(newName.prefix, TYPES_2025.slice(2));
    if (tableType !== target.type) typeChanges.set(link.new_ward_code, tableType);
    if (link.old_ward_code) {
      const oldName = splitPrefix(link.old_ward_name);
      if (fold(oldName.name) !== fold(origin.unit.Name)) addAlias(aliasesPre2025, oldCode, oldName.name);
      if (oldName.prefix && typeByPrefix(oldName.prefix, TYPES_PRE_2025.slice(6)) !== origin.type) {
        oldTypeDisagreements.add(oldCode);
      }
    }
    const districtName = splitPrefix(link.old_district_name).name;
    const district = oldUnits.get(link.old_district_code).unit;
    if (fold(districtName) !== fold(district.Name)) {
      addAlias(aliasesPre2025, link.old_district_code, districtName);
    }
    if (!notes.includes(link.note)) notes.push(link.note);
    const row = [oldCode, link.new_ward_code, notes.indexOf(link.note)];
    // An uncoded area (the Kim Sơn coastal strip) is linked from its district and described in words.
    if (!link.old_ward_code && link.old_ward_name) row.push(link.old_ward_name);
    return row;
  });

  const linked = new Set(communes.map(([from]) => from));
  const unlinkedOld = [...oldUnits.keys()].filter((code) => code.length === 5 && !linked.has(code));
  const linkedNew = new Set(communes.map(([, to]) => to));
  const unlinkedNew = [...newUnits.keys()].filter((code) => code.length === 5 && !linkedNew.has(code));
  if (unlinkedOld.length > 0 || unlinkedNew.length > 0) {
    throw new Error(
      `communes without a crosswalk link: old ${unlinkedOld.join(', ')}; new ${unlinkedNew.join(', ')}`,
    );
  }

  // A province whose type in the 2025 crosswalk differs from the later unit list changed type after 1 July 2025.
  for (const link of provinceLinks) {
    const target = newUnits.get(link.new_province_code);
    const tableType = typeByPrefix(splitPrefix(link.new_province_name).prefix, TYPES_2025.slice(0, 2));
    if (tableType !== target.type) typeChanges.set(link.new_province_code, tableType);
  }
  for (const [code, names] of Object.entries(EXTRA_ALIASES_PRE_2025)) {
    for (const name of names) addAlias(aliasesPre2025, code, name);
  }

  const era2025 = {
    ...sourceNote,
    era: '2025',
    validFrom: '2025-07-01',
    validTo: null,
    types: TYPES_2025,
    provinces: units2025.provinces,
    communes: units2025.communes,
    aliases: sortedAliases(aliases2025),
    typeChanges: [...typeChanges].sort().map(([code, previousType]) => ({
      code,
      previousType,
      previousTypeAsOf: '2025-07-01',
      evidence: 'the official 2025 conversion table names the unit with its earlier type',
      ...TYPE_CHANGE_BASIS[code],
    })),
  };
  const eraPre2025 = {
    ...sourceNote,
    era: 'pre-2025',
    validFrom: null,
    validTo: '2025-06-30',
    types: TYPES_PRE_2025,
    provinces: unitsPre2025.provinces,
    districts: unitsPre2025.districts,
    communes: unitsPre2025.communes,
    aliases: sortedAliases(aliasesPre2025),
  };
  const crosswalk = {
    ...sourceNote,
    from: 'pre-2025',
    to: '2025',
    provinces,
    notes,
    corrections: corrections.map(({ column, from, to, name, reason, rows }) => ({
      column,
      from,
      to,
      name,
      reason,
      rows,
    })),
    communes,
  };
  return { era2025, eraPre2025, crosswalk, oldTypeDisagreements: [...oldTypeDisagreements].sort() };
}
