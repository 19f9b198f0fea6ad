#!/usr/bin/env node
// One-off conversion: writes the choropleth boundary files embedded in RegulatorHub.Dashboard (Maps/Data/*.json).
// Not part of the build; no dependencies beyond Node 18+. Run it again only when a source package changes.
//
//   cd "$(mktemp -d)" && npm pack echarts@4.9.0 us-atlas@3.0.1 && mkdir ec us \
//     && tar xzf echarts-4.9.0.tgz -C ec && tar xzf us-atlas-3.0.1.tgz -C us
//   node /path/to/repo/eng/maps/build-maps.mjs "$PWD/ec/package" "$PWD/us/package"
//
// Inputs:
//   - echarts@4.9.0 map/json/china.json (provinces) and map/json/province/*.json (cities, or districts/counties of the
//     municipalities and of the county-level units directly under a province). Most files store their rings in
//     echarts' "UTF8Encoding" form; this script decodes them (see decodeEchartsRing).
//   - us-atlas@3.0.1 states-10m.json (TopoJSON, quantized, unprojected); this script decodes the arcs itself.
//   - src/RegulatorHub.Domain/Data/regions/cn-gbt2260.csv and us-states.csv: the project's region codes. Features are
//     matched to codes by name (Chinese names for China, English names for the US), never by the sources' own ids.
// Outputs (UTF-8, LF, one file per map):
//   cn.json (provinces), <province code>.json (that province's next level), us.json (states + DC), each
//   { "id": "<map id>", "features": [ { "key": "<region code>" | null, "name": "<source name>", "rings": [[lon,lat,...]] } ] }
//   Rings are flat lon/lat pairs, outer rings and holes alike (the renderer fills with the even-odd rule).
// The script prints every source name it could not match; SOURCE.md beside the outputs lists them.

import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [echartsDir, usAtlasDir] = process.argv.slice(2);
if (!echartsDir || !usAtlasDir) {
  console.error('usage: build-maps.mjs <echarts@4.9.0 package dir> <us-atlas@3.0.1 package dir>');
  process.exit(2);
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const regionsDir = join(repo, 'src', 'RegulatorHub.Domain', 'Data', 'regions');
const outDir = join(repo, 'src', 'RegulatorHub.Dashboard', 'Maps', 'Data');

const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
for (const [dir, name, version] of [[echartsDir, 'echarts', '4.9.0'], [usAtlasDir, 'us-atlas', '3.0.1']]) {
  const pkg = readJson(join(dir, 'package.json'));
  check(pkg.name === name && pkg.version === version, `expected ${name}@${version}, got ${pkg.name}@${pkg.version}`);
}

// ---- regions ------------------------------------------------------------------------------------------------------

function readRegions(file) {
  const [header, ...lines] = readFileSync(join(regionsDir, file), 'utf8').split('\n').filter((l) => l.length > 0);
  check(header === 'code,name_zh,name_en,level,parent', `${file}: unexpected header ${header}`);
  return lines.map((line) => {
    const [code, nameZh, nameEn, level, parent] = line.split(',');
    return { code, nameZh, nameEn, level, parent };
  });
}

const cnRegions = readRegions('cn-gbt2260.csv');
const usRegions = readRegions('us-states.csv');
const provinces = cnRegions.filter((r) => r.level === 'province');
check(provinces.length === 34, `expected 34 provinces, found ${provinces.length}`);

// Suffixes that official names carry and map sources often drop (新疆维吾尔自治区 → 新疆, 那曲地区 → 那曲市 → 那曲).
// Longest first, so 自治州 is stripped before 州 could be considered (州 alone is never stripped: 杭州, 广州).
const suffixes = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '自治县', '自治旗',
  '地区', '林区', '省', '市', '区', '县', '盟', '旗'];

function shortName(name) {
  for (const suffix of suffixes) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}

// Renamed or merged units the source still shows under a name of its time. Facts, each with its reason.
const aliases = new Map([
  // 2019: 莱芜市 was abolished and its territory joined 济南市 as 莱芜区; echarts 4.9 still draws it separately.
  ['370000/莱芜市', '370100'],
]);

/** Finds the region among `candidates` a source name stands for: exact name, then short name; null when none or several. */
function matchName(name, candidates, scope) {
  const alias = aliases.get(`${scope}/${name}`);
  if (alias) return candidates.find((c) => c.code === alias) ?? null;
  let found = candidates.filter((c) => c.nameZh === name);
  if (found.length === 0) found = candidates.filter((c) => shortName(c.nameZh) === shortName(name));
  return found.length === 1 ? found[0] : null;
}

// ---- decoding -----------------------------------------------------------------------------------------------------

// echarts "UTF8Encoding": each ring is a string of character pairs, one pair per vertex. A character's code minus 64
// is a zig-zag encoded integer (0, -1, 1, -2, … stored as 0, 1, 2, 3, …); decoded, the pair is the vertex's offset in
// 1/1024 degree from the previous vertex, the first one's from the ring's encodeOffsets entry.
function decodeEchartsRing(text, offset) {
  check(text.length % 2 === 0, 'encoded ring has an odd number of characters');
  let x = offset[0];
  let y = offset[1];
  const ring = [];
  for (let i = 0; i < text.length; i += 2) {
    const zx = text.charCodeAt(i) - 64;
    const zy = text.charCodeAt(i + 1) - 64;
    x += (zx >> 1) ^ -(zx & 1);
    y += (zy >> 1) ^ -(zy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

/** A GeoJSON feature's polygons, each a list of rings (outer first) of [lon, lat] vertices. */
function echartsPolygons(feature, encoded) {
  const { type, coordinates, encodeOffsets } = feature.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  check(type === 'Polygon' || type === 'MultiPolygon', `unexpected geometry ${type}`);
  // xizang.json has a second, empty 山南市 feature: empty polygons are dropped here.
  return polygons.map((rings, p) => rings.map((ring, r) =>
    encoded ? decodeEchartsRing(ring, offsets[p][r]) : ring.map(([lon, lat]) => [lon, lat])))
    .filter((rings) => rings.length > 0);
}

// TopoJSON: each arc is a list of quantized positions, the first absolute and the rest deltas from the previous one;
// a position is (q * scale + translate). A ring lists arc indexes; ~i means arc i reversed. Consecutive arcs share
// their joining vertex, so it is kept once.
function topoPolygons(topology, geometry) {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let qx = 0;
    let qy = 0;
    return arc.map(([dx, dy]) => {
      qx += dx;
      qy += dy;
      return [qx * scale[0] + translate[0], qy * scale[1] + translate[1]];
    });
  });
  const ring = (indexes) => {
    const points = [];
    for (const index of indexes) {
      const arc = index >= 0 ? arcs[index] : [...arcs[~index]].reverse();
      points.push(...(points.length === 0 ? arc : arc.slice(1)));
    }
    return points;
  };
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  check(geometry.type === 'Polygon' || geometry.type === 'MultiPolygon', `unexpected geometry ${geometry.type}`);
  return polygons.map((rings) => rings.map(ring));
}

// ---- simplification -----------------------------------------------------------------------------------------------

const pointId = ([x, y]) => `${x},${y}`;

function ringArea(ring, cosLat) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2) * cosLat;
}

function distanceToSegment([px, py], [ax, ay], [bx, by], cosLat) {
  // Longitude is scaled by cos(latitude) so that the tolerance means about the same ground distance east and north.
  const x = (px - ax) * cosLat;
  const y = py - ay;
  const dx = (bx - ax) * cosLat;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (x * dx + y * dy) / length2));
  return Math.hypot(x - t * dx, y - t * dy);
}

/** Douglas–Peucker on points[first..last] (both kept), marking kept vertices in `keep`. Iterative: rings are long. */
function douglasPeucker(points, first, last, tolerance, cosLat, keep) {
  const stack = [[first, last]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i], points[a], points[b], cosLat);
      if (d > farthestDistance) {
        farthest = i;
        farthestDistance = d;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([a, farthest], [farthest, b]);
    }
  }
}

/**
 * Simplifies every ring of a map so that neighbours still meet: a vertex where the set of features using it changes
 * (the end of a shared border) is always kept, and each stretch between two such vertices is simplified on its own,
 * so both features sharing a border simplify the same stretch of the same vertices to the same result.
 */
function simplifyMap(features, tolerance, quantum, minArea, cosLat) {
  const owners = new Map();
  features.forEach((feature, f) => {
    for (const polygon of feature.polygons) {
      for (const ring of polygon) {
        for (const point of ring) {
          const id = pointId(point);
          const set = owners.get(id) ?? new Set();
          set.add(f);
          owners.set(id, set);
        }
      }
    }
  });
  const signature = (point) => [...owners.get(pointId(point))].sort((a, b) => a - b).join(' ');
  const decimals = Math.max(0, Math.round(-Math.log10(quantum)));
  const round = (v) => Number(v.toFixed(decimals));

  const simplifyRing = (input) => {
    let ring = input;
    if (ring.length > 1 && pointId(ring[0]) === pointId(ring[ring.length - 1])) ring = ring.slice(0, -1);
    const n = ring.length;
    if (n < 3) return null;
    const signatures = ring.map(signature);
    const fixed = signatures.map((s, i) => s !== signatures[(i + n - 1) % n] || s !== signatures[(i + 1) % n]);
    // Start the ring at a fixed vertex, so that the ring's own start does not split a shared stretch.
    const start = Math.max(0, fixed.indexOf(true));
    const points = [...ring.slice(start), ...ring.slice(0, start), ring[start]];
    const isFixed = [...fixed.slice(start), ...fixed.slice(0, start), true];
    const keep = isFixed.slice();
    keep[0] = true;
    let previous = 0;
    for (let i = 1; i < points.length; i++) {
      if (!isFixed[i]) continue;
      if (i - previous > 1) {
        // A stretch closing on itself (one fixed vertex only) needs an interior anchor for Douglas–Peucker to work.
        if (pointId(points[previous]) === pointId(points[i])) {
          const middle = previous + Math.floor((i - previous) / 2);
          keep[middle] = true;
          douglasPeucker(points, previous, middle, tolerance, cosLat, keep);
          douglasPeucker(points, middle, i, tolerance, cosLat, keep);
        } else {
          douglasPeucker(points, previous, i, tolerance, cosLat, keep);
        }
      }
      previous = i;
    }
    const out = [];
    for (let i = 0; i < points.length - 1; i++) {
      if (!keep[i]) continue;
      const x = round(points[i][0]);
      const y = round(points[i][1]);
      const last = out.length - 2;
      if (last >= 0 && out[last] === x && out[last + 1] === y) continue;
      out.push(x, y);
    }
    if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.splice(-2, 2);
    return out.length >= 6 ? out : null;
  };

  return features.map((feature) => {
    // Small islands and holes cost bytes and cannot be seen at dashboard size; keep the feature's largest polygon
    // whatever its size, so that every feature stays drawable and clickable.
    const areas = feature.polygons.map((polygon) => ringArea(polygon[0], cosLat));
    const largest = areas.indexOf(Math.max(...areas));
    const rings = [];
    feature.polygons.forEach((polygon, p) => {
      if (p !== largest && areas[p] < minArea) return;
      polygon.forEach((ring, r) => {
        if (r > 0 && ringArea(ring, cosLat) < minArea) return;
        const simplified = simplifyRing(ring);
        if (simplified) rings.push(simplified);
        else if (p === largest && r === 0) {
          // Too small to survive rounding: keep its rounded bounding box so it still shows as a dot.
          const xs = ring.map((q) => q[0]);
          const ys = ring.map((q) => q[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map(round);
          rings.push([x0, y0, x1 === x0 ? round(x0 + quantum) : x1, y0, x1 === x0 ? round(x0 + quantum) : x1, y1 === y0 ? round(y0 + quantum) : y1, x0, y1 === y0 ? round(y0 + quantum) : y1]);
        }
      });
    });
    return { key: feature.key, name: feature.name, rings };
  });
}

/** Tolerance, rounding quantum and smallest kept area for a map, from its extent (degrees, longitude scaled). */
function settingsFor(features) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const polygon of feature.polygons) {
      for (const [x, y] of polygon[0]) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const cosLat = Math.cos(((minY + maxY) / 2) * Math.PI / 180);
  const extent = Math.max((maxX - minX) * cosLat, maxY - minY);
  // At about 800 px across, one pixel is extent/800: simplify to under half a pixel, round to a power of ten no
  // coarser than 0.01° (finer for small maps such as 北京 or 澳门, whose districts are a few hundredths across).
  const tolerance = extent * settings.tolerance;
  const quantum = Math.min(0.01, 10 ** Math.floor(Math.log10(extent / 500)));
  const minArea = (extent * settings.minIsland) ** 2;
  return { tolerance, quantum, minArea, cosLat };
}

const settings = { tolerance: 1 / 1600, minIsland: 1 / 400 };

// ---- maps ---------------------------------------------------------------------------------------------------------

const report = { unmatched: [], merged: [], missing: [] };
const outputs = new Map();

/** Gathers features with the same key into one (a code drawn as two source features, or an alias onto a code). */
function mergeByKey(features, mapId) {
  const byKey = new Map();
  const result = [];
  for (const feature of features) {
    if (feature.key === null) {
      result.push(feature);
      continue;
    }
    const existing = byKey.get(feature.key);
    if (existing) {
      existing.polygons.push(...feature.polygons);
      report.merged.push(`${mapId}: ${feature.name} drawn as part of ${feature.key} ${existing.name}`);
    } else {
      const copy = { ...feature, polygons: [...feature.polygons] };
      byKey.set(feature.key, copy);
      result.push(copy);
    }
  }
  return result;
}

// Features the dashboard draws as insets (MapCatalog.cs): they must not widen the extent that sets the detail of
// the main layer, or Hainan island would be simplified as coarsely as the whole South China Sea.
const insetKeys = new Set(['460300', 'US-AK', 'US-HI']);

function emit(mapId, rawFeatures) {
  for (const empty of rawFeatures.filter((f) => f.polygons.length === 0)) {
    report.merged.push(`${mapId}: ${empty.name} has no geometry in the source; left out`);
  }
  const features = mergeByKey(rawFeatures.filter((f) => f.polygons.length > 0), mapId);
  const simplify = (group) => {
    const s = settingsFor(group);
    return simplifyMap(group, s.tolerance, s.quantum, s.minArea, s.cosLat);
  };
  // Insets share no border with the main layer, so each is simplified at the detail of its own box.
  const byGroup = new Map(features.map((f) => [f, insetKeys.has(f.key) ? f.key : '']));
  const groups = [...new Set(byGroup.values())];
  const done = new Map();
  for (const group of groups) {
    const members = features.filter((f) => byGroup.get(f) === group);
    simplify(members).forEach((result, i) => done.set(members[i], result));
  }
  const simplified = features.map((f) => done.get(f));
  const json = JSON.stringify({ id: mapId, features: simplified });
  outputs.set(mapId, json);
}

const echartsJson = join(echartsDir, 'map', 'json');

// China by province.
{
  const china = readJson(join(echartsJson, 'china.json'));
  const features = china.features.map((feature) => {
    const region = matchName(feature.properties.name, provinces, 'cn');
    if (!region) report.unmatched.push(`cn: ${feature.properties.name}`);
    return { key: region?.code ?? null, name: feature.properties.name, polygons: echartsPolygons(feature, china.UTF8Encoding) };
  });
  for (const province of provinces) {
    check(features.some((f) => f.key === province.code), `cn: province ${province.code} ${province.nameZh} has no feature`);
  }
  emit('cn', features);
}

// Each province's next level. echarts names the files in pinyin; shanxi1 is 陕西 (shanxi is 山西).
const provinceFiles = {
  anhui: '340000', aomen: '820000', beijing: '110000', chongqing: '500000', fujian: '350000', gansu: '620000',
  guangdong: '440000', guangxi: '450000', guizhou: '520000', hainan: '460000', hebei: '130000', heilongjiang: '230000',
  henan: '410000', hubei: '420000', hunan: '430000', jiangsu: '320000', jiangxi: '360000', jilin: '220000',
  liaoning: '210000', neimenggu: '150000', ningxia: '640000', qinghai: '630000', shandong: '370000', shanghai: '310000',
  shanxi: '140000', shanxi1: '610000', sichuan: '510000', taiwan: '710000', tianjin: '120000', xianggang: '810000',
  xinjiang: '650000', xizang: '540000', yunnan: '530000', zhejiang: '330000',
};
const provinceDir = join(echartsJson, 'province');
const files = readdirSync(provinceDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
check(files.join() === Object.keys(provinceFiles).sort().join(), `echarts province files changed: ${files.join()}`);
for (const file of files) {
  const code = provinceFiles[file];
  const data = readJson(join(provinceDir, `${file}.json`));
  // Everything directly under the province: prefecture-level cities, and the county-level units that stand where a
  // city would (municipal districts, 省直辖县级行政区划 such as 仙桃市 or 石河子市).
  const children = cnRegions.filter((r) => r.parent === code);
  const features = data.features.map((feature) => {
    const name = feature.properties.name;
    const region = children.length > 0 ? matchName(name, children, code) : null;
    if (!region) report.unmatched.push(`${code}: ${name}`);
    return { key: region?.code ?? null, name, polygons: echartsPolygons(feature, data.UTF8Encoding) };
  });
  for (const child of children) {
    if (!features.some((f) => f.key === child.code)) report.missing.push(`${code}: ${child.code} ${child.nameZh}`);
  }
  emit(code, features);
}

// US states and DC; the territories in the file (Puerto Rico, Guam, …) are not in the gazetteer and are left out.
{
  const topology = readJson(join(usAtlasDir, 'states-10m.json'));
  const features = [];
  for (const geometry of topology.objects.states.geometries) {
    const name = geometry.properties.name;
    const state = usRegions.find((r) => r.nameEn === name);
    if (!state) {
      report.unmatched.push(`us: ${name} (territory, left out)`);
      continue;
    }
    let polygons = topoPolygons(topology, geometry);
    if (state.code === 'US-AK') {
      // The Aleutians cross the antimeridian; put the islands west of 180° at their negative longitude so that
      // Alaska is one contiguous shape.
      polygons = polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lon > 0 ? lon - 360 : lon, lat])));
    }
    features.push({ key: state.code, name, polygons });
  }
  for (const state of usRegions) {
    check(features.some((f) => f.key === state.code), `us: ${state.code} ${state.nameEn} has no feature`);
  }
  emit('us', features);
}

mkdirSync(outDir, { recursive: true });
let total = 0;
for (const [mapId, json] of outputs) {
  writeFileSync(join(outDir, `${mapId}.json`), json + '\n');
  total += Buffer.byteLength(json) + 1;
}

console.log(`wrote ${outputs.size} maps, ${(total / 1024).toFixed(0)} KiB, to ${outDir}`);
for (const [mapId, json] of outputs) {
  const data = JSON.parse(json);
  const points = data.features.reduce((n, f) => n + f.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  console.log(`  ${mapId}: ${data.features.length} features, ${points} points, ${(json.length / 1024).toFixed(1)} KiB`);
}
console.log(`merged (${report.merged.length}):`);
for (const line of report.merged) console.log(`  ${line}`);
console.log(`codes without a feature (${report.missing.length}):`);
for (const line of report.missing) console.log(`  ${line}`);
console.log(`unmatched (${report.unmatched.length}):`);
for (const line of report.unmatched) console.log(`  ${line}`);
