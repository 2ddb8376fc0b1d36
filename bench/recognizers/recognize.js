#!/usr/bin/env node
// Runs Microsoft Recognizers-Text (English) over every .txt file of a folder and prints
// one JSON object: bytes read, seconds spent recognising, MB/s, and how many items each
// recogniser found. bench/run installs the package (npm) and runs this on a 1 MB slice.
//
//   node bench/recognizers/recognize.js SLICE_DIR
'use strict';

const fs = require('fs');
const path = require('path');
const Suite = require('@microsoft/recognizers-text-suite');

// recognizeNumberRange is asked for too; the npm release (1.3.1) has no number-range
// model, so it is reported as missing rather than silently left out.
const wanted = ['recognizeNumber', 'recognizePercentage', 'recognizeCurrency', 'recognizeNumberRange'];

function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: recognize.js SLICE_DIR');
    process.exit(2);
  }
  const texts = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

  const counts = {};
  const seconds = {};
  const missing = [];
  let total = 0;
  for (const name of wanted) {
    const recognise = Suite[name];
    if (typeof recognise !== 'function') {
      missing.push(name);
      continue;
    }
    recognise('warm up 1.5% and $2 billion', Suite.Culture.English);
    let found = 0;
    const start = process.hrtime.bigint();
    for (const text of texts) found += recognise(text, Suite.Culture.English).length;
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    counts[name] = found;
    seconds[name] = s;
    total += s;
  }
  const result = {
    package: require('@microsoft/recognizers-text-suite/package.json').version,
    files: texts.length,
    bytes,
    seconds: total,
    mb_per_s: bytes / 1e6 / total,
    counts,
    seconds_by_recognizer: seconds,
    missing,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
