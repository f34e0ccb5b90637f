import { readFile } from 'node:fs/promises';
import { datasetSchema, type Dataset } from './dataset-schema';
import { checkDatasetIntegrity } from './dataset-integrity';
import { DatasetError, formatJsonPath } from './dataset-error';

export { DatasetError } from './dataset-error';
export type { DatasetProblem } from './dataset-error';

/**
 * Validates a parsed JSON value as a dataset: the zod schema first (shapes), then
 * referential integrity. Throws one DatasetError naming the JSON path of every bad
 * value; never returns a half-valid dataset.
 */
export function parseDataset(json: unknown, source?: string): Dataset {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message })),
      source,
    );
  }
  const problems = checkDatasetIntegrity(parsed.data);
  if (problems.length > 0) throw new DatasetError(problems, source);
  return parsed.data;
}

/** Reads a dataset JSON file and validates it (see parseDataset). */
export async function loadDatasetFile(path: string): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new DatasetError([{ path: '', message: `cannot read file: ${(err as Error).message}` }], path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DatasetError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], path);
  }
  return parseDataset(json, path);
}
