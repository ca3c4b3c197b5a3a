#!/usr/bin/env node
// Finds first-level divisions whose point in the built gazetteer lies far from every GeoNames
// cities1000 town of that division (country-state-city geocoded some divisions by name and got a
// namesake: Helmand in Maryland, Kent in Ohio, Liverpool in Mexico) and prints a replacement point
// for each: the mean of the division's towns (as unit vectors), as centroids.tsv lines (id, lat, lon, source).
// Review the output, then append it to data/gazetteer/centroids.tsv and rebuild.
// Usage: node scripts/build.mjs && node bench/geo/admin1-centroids.mjs [--km 500]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { buildGazetteerData, distanceKm } = await import(join(root, 'packages/geo/dist/index.js'));
const args = process.argv.slice(2);
const k = args.indexOf('--km');
const limitKm = k >= 0 ? Number(args[k + 1]) : 500;
// The places as the build assembles them (centroids.tsv already applied: fixed divisions pass).
const data = buildGazetteerData(root);
// Places are [id, name, lat, lon, country, admin1, admin2, feature, population, alternates, capital?].
const towns = new Map();
for (const p of data.places) {
  if (p[7] !== 'city' && p[7] !== 'village') continue;
  if (!String(p[0]).startsWith('geonames:')) continue;
  const key = `${p[4]}|${p[5]}`;
  if (!towns.has(key)) towns.set(key, []);
  towns.get(key).push(p);
}
let count = 0;
for (const p of data.places) {
  if (p[7] !== 'admin1') continue;
  // Sevastopol (RU-UA-40): the towns filed under it are Irkutsk Oblast's (a wrong admin1 code upstream).
  if (/^iso3166-2:[A-Z]{2}-[A-Z]{2}-/.test(p[0])) continue;
  const list = towns.get(`${p[4]}|${p[5]}`) ?? [];
  if (list.length === 0) continue;
  const nearest = Math.min(...list.map((t) => distanceKm(p[2], p[3], t[2], t[3])));
  if (nearest <= limitKm) continue;
  // Mean of unit vectors: right across the antimeridian too (Fiji's Eastern Division).
  const rad = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const t of list) {
    x += Math.cos(t[2] * rad) * Math.cos(t[3] * rad);
    y += Math.cos(t[2] * rad) * Math.sin(t[3] * rad);
    z += Math.sin(t[2] * rad);
  }
  const lat = Math.atan2(z, Math.hypot(x, y)) / rad;
  const lon = Math.atan2(y, x) / rad;
  // Towns scattered over a continent mean the division name matched the wrong towns: leave it.
  const spread = list.reduce((s, t) => s + distanceKm(lat, lon, t[2], t[3]), 0) / list.length;
  if (spread > 400) {
    console.error(
      `skipped ${p[0]} ${p[1]}: its ${list.length} towns lie ${Math.round(spread)} km from their mean`,
    );
    continue;
  }
  count++;
  console.log(
    `${p[0]}\t${lat.toFixed(4)}\t${lon.toFixed(4)}\tmean of ${list.length} GeoNames cities1000 towns in ${p[1]} (country-state-city point was ${Math.round(nearest)} km from the nearest)`,
  );
}
console.error(`${count} divisions more than ${limitKm} km from all their towns`);
