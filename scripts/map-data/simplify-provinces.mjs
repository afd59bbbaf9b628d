#!/usr/bin/env node
// Shrinks the 34-province boundaries (shared/data/admin-units/provinces-34-2025.geojson, ~2 MB) to a file the web
// app can bundle for the dashboard's map (< 150 KB). Douglas–Peucker on every ring, coordinates rounded to
// ~100 m, and islands too small to see at country scale dropped (each province keeps at least its largest
// polygon). Only `code` and `name` are kept: the map joins on the code and labels come from the app's catalogue.
//
//   node scripts/map-data/simplify-provinces.mjs [source] [target]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const source = process.argv[2] ?? path.resolve(root, '../shared/data/admin-units/provinces-34-2025.geojson');
const target = process.argv[3] ?? path.resolve(root, 'apps/web/src/features/dashboard/provinces-34.json');

/** Tolerance in degrees (~900 m): finer than a province border can show on a phone-wide map. */
const TOLERANCE = 0.008;
/** Islands under this area (square degrees, ~25 km²) disappear at country scale. */
const MIN_AREA = 0.002;
const DIGITS = 3;

function perpendicular(point, start, end) {
  const [x, y] = point;
  const [x1, y1] = start;
  const [x2, y2] = end;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  if (length === 0) return Math.hypot(x - x1, y - y1);
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Iterative Douglas–Peucker: keeps the points farther than `tolerance` from the chord of their stretch. */
export function douglasPeucker(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicular(points[i], points[first], points[last]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

const round = (value) => Number(value.toFixed(DIGITS));

function simplifyRing(ring) {
  // A closed ring's first and last points coincide: split it in two halves so both ends are kept apart.
  const middle = Math.floor(ring.length / 2);
  const half1 = douglasPeucker(ring.slice(0, middle + 1), TOLERANCE);
  const half2 = douglasPeucker(ring.slice(middle), TOLERANCE);
  const points = [...half1, ...half2.slice(1)].map(([x, y]) => [round(x), round(y)]);
  const unique = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  return unique.length >= 4 ? unique : null;
}

function simplifyFeature(feature) {
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const byArea = [...polygons].sort((a, b) => ringArea(b[0]) - ringArea(a[0]));
  const kept = byArea
    .filter((polygon, index) => index === 0 || ringArea(polygon[0]) >= MIN_AREA)
    .map((polygon) => {
      const outer = simplifyRing(polygon[0]);
      const holes = polygon
        .slice(1)
        .filter((hole) => ringArea(hole) >= MIN_AREA)
        .map(simplifyRing);
      return outer ? [outer, ...holes.filter(Boolean)] : null;
    })
    .filter(Boolean);
  return {
    type: 'Feature',
    properties: { code: feature.properties.code, name: feature.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: kept },
  };
}

const input = JSON.parse(readFileSync(source, 'utf8'));
const output = { type: 'FeatureCollection', features: input.features.map(simplifyFeature) };
const text = JSON.stringify(output);
writeFileSync(target, `${text}\n`);
const points = output.features.reduce((sum, f) => sum + JSON.stringify(f.geometry).split('],[').length, 0);
console.log(
  `${output.features.length} provinces, ~${points} points, ${Math.round(text.length / 1024)} KB -> ${target}`,
);
