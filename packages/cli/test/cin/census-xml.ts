/** Small census returns written in the tests (synthetic, made up here; no sample data is copied). */
import { CinReader, type CinEpisode, type CinItem } from '../../src/cin/cin-reader.js';
import type { CinProblem } from '../../src/cin/cin-problem.js';

/** A return with the given `<Child>` blocks; the header takes lines 1–7, so the first child starts on line 8. */
export function censusReturn(children: string, referenceDate = '2024-03-31'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    '<Header>',
    `<CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails>`,
    '<Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>',
    '</Header>',
    '<Children>',
    children,
    '</Children>',
    '</Message>',
    '',
  ].join('\n');
}

/** One child with the given identifiers (after its LAchildID) and CINdetails blocks. */
export function child(id: string, details: string[], identifiers = '<PersonBirthDate>2015-03-27</PersonBirthDate><Sex>1</Sex>'): string {
  return [
    '<Child>',
    `<ChildIdentifiers><LAchildID>${id}</LAchildID>${identifiers}</ChildIdentifiers>`,
    '<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>',
    ...details,
    '</Child>',
  ].join('\n');
}

export interface ReadAll {
  items: CinItem[];
  episodes: CinEpisode[];
  problems: CinProblem[];
  reader: CinReader;
}

/** Reads a text fed in the given pieces (the whole text at once by default). */
export function readCensus(text: string, pieces: readonly string[] = [text]): ReadAll {
  const reader = new CinReader();
  const items: CinItem[] = [];
  for (const piece of pieces) items.push(...reader.push(piece));
  items.push(...reader.end());
  const episodes = items.filter((item): item is CinEpisode => item.kind === 'episode');
  const problems = items.flatMap((item) => (item.kind === 'problem' ? [item.problem] : item.problems));
  return { items, episodes, problems, reader };
}

/** `line code childId` of each problem, for compact assertions. */
export function located(problems: readonly CinProblem[]): string[] {
  return problems.map((problem) => `${problem.line} ${problem.severity} ${problem.code} ${problem.childId ?? '-'}`);
}
