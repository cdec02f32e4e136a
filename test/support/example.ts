// The example definition (forms/example.json) and its valid sample, for the core tests.
import { readFileSync } from 'node:fs';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;

export const example = (): FormDefinition => read<FormDefinition>('forms/example.json');
export const exampleSample = (): SubmissionEnvelope => read<SubmissionEnvelope>('forms/samples/example.valid.json');
export const today = (): string => '2026-11-23';
