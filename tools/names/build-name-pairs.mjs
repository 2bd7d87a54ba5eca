#!/usr/bin/env node
// Builds test/fixtures/names/name-pairs.jsonl, the labelled pair set of the name matcher, from
// the vocabulary in people.json: one JSON object a line, {a, b, same, kind}. Deterministic, so
// that a change of the vocabulary shows as a reviewable diff. Run: node tools/names/build-name-pairs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/names');
const { people, femaleGiven, femaleGivenCyrillic, probeCount } = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'));

const pairs = [];
const seen = new Set();
const add = (a, b, same, kind) => {
  const key = [a, b].sort().join('\u0000');
  if (a === b || seen.has(key)) return;
  seen.add(key);
  pairs.push({ a, b, same, kind });
};
const full = ([given, family]) => `${given} ${family}`;
const latin = (text) => /^[\p{Script=Latin}\s'’.-]+$/u.test(text);
const cyrillic = (text) => /\p{Script=Cyrillic}/u.test(text);
const familyWord = (family) => family.split(' ').at(-1);

// Positives: every two spellings of one person, across scripts and transliterations.
for (const person of people)
  person.variants.forEach((v, i) => person.variants.slice(i + 1).forEach((w) => add(full(v), full(w), true, 'spelling')));

// Positives: the same person written surname first, with a comma, with initials.
for (const person of people) {
  const [given, family] = person.variants[0];
  const others = person.variants.filter(([g, f]) => latin(`${g} ${f}`));
  const reference = person.variants[person.variants.length - 1];
  add(`${family} ${given}`, full(reference), true, 'order');
  add(`${family}, ${given}`, full(person.variants[0]), true, 'order');
  add(`${given[0]}. ${family}`, full(others[others.length - 1] ?? reference), true, 'initials');
  add(`${family}, ${given[0]}.`, full(reference), true, 'initials');
  const cyr = person.variants.find(([g, f]) => cyrillic(g + f));
  if (cyr) add(`${cyr[1]} ${cyr[0]}`, full(person.variants[0]), true, 'order');
}

// Hard negatives: the same family name with another person's given name (in the same script).
people.forEach((person, p) => {
  for (const step of [1, 7, 19]) {
    const other = people[(p + step) % people.length];
    for (const script of [latin, cyrillic]) {
      const mine = person.variants.find(([g, f]) => script(g + f));
      const theirs = other.variants.find(([g, f]) => script(g + f));
      if (!mine || !theirs) continue;
      const sameGiven = person.variants.some(([g]) => other.variants.some(([h]) => g === h));
      if (sameGiven) continue;
      add(full(mine), `${theirs[0]} ${mine[1]}`, false, 'same-family-name');
    }
  }
});

// Hard negatives: people who share a family name (brothers, father and son, namesakes: Ramiz and
// Ramil Hasanov, Hassan and Hussein bin Talal): every spelling of one against every spelling of
// the other, each also written surname first ("Мамедов Эльмар" / "Mammadov Elnur"), in any script.
const sameFamily = (p, q) => familyWord(p.variants[0][1]) === familyWord(q.variants[0][1]);
people.forEach((person, p) => {
  for (const other of people.slice(p + 1).filter((q) => sameFamily(person, q))) {
    for (const [g, f] of person.variants)
      for (const [h, e] of other.variants) {
        add(`${g} ${f}`, `${h} ${e}`, false, 'relative');
        add(`${f} ${g}`, `${e} ${h}`, false, 'relative');
        add(`${f} ${g}`, `${h} ${e}`, false, 'relative');
      }
  }
});

// Hard negatives: relatives, the feminine form of a family name (a wife, a daughter).
const feminine = (family) => {
  const last = familyWord(family);
  const stem = family.slice(0, family.length - last.length);
  if (/(ov|ev|in|ow|ew)$/.test(last)) return stem + last.replace(/w$/, 'v') + 'a';
  if (/(ов|ев|ин)$/.test(last)) return stem + last + 'а';
  if (/ski$/.test(last)) return stem + last.replace(/i$/, 'a');
  return null;
};
people.forEach((person, p) => {
  for (const v of person.variants) {
    const fem = feminine(v[1]);
    if (!fem) continue;
    // A female given name: a male name with "-ova" may be a declined form of the man's own name.
    if (latin(v[0])) add(full(v), `${femaleGiven[p % femaleGiven.length]} ${fem}`, false, 'relative');
    else if (cyrillic(v[0])) add(full(v), `${femaleGivenCyrillic[p % femaleGivenCyrillic.length]} ${fem}`, false, 'relative');
  }
});

// Hard negatives: names differing by a digit or a letter that changes the person.
for (let i = 0; i < probeCount; i += 1) {
  for (const j of [i + 1, i + 10, i * 2 + 3]) if (j < probeCount && j !== i) add(`Probe Person ${i}`, `Probe Person ${j}`, false, 'digit');
  add(`Probe Person ${i}`, `Person Probe ${i}`, true, 'digit');
}
for (const [a, b] of [['A', 'B'], ['C', 'D'], ['X', 'Y']]) add(`Delegate Team ${a}`, `Delegate Team ${b}`, false, 'letter');
add('John Smith II', 'John Smith III', false, 'letter');

// Negatives: two different people (different family names), a sample.
people.forEach((person, p) => {
  const other = people[(p + 3) % people.length];
  add(full(person.variants[0]), full(other.variants[other.variants.length - 1]), false, 'different');
});

writeFileSync(join(dir, 'name-pairs.jsonl'), pairs.map((x) => JSON.stringify(x)).join('\n') + '\n');
const count = (same) => pairs.filter((x) => x.same === same).length;
console.log(`${pairs.length} pairs: ${count(true)} same person, ${count(false)} different people`);
