import { Playbook } from './schema/index.ts';

/**
 * The format as a plain JSON Schema (draft 2020-12) for editors and IDEs: the TypeBox
 * schema with TypeBox symbols dropped; associate it with playbook files in the IDE (VS Code: `json.schemas`).
 */
export function playbookJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(JSON.parse(JSON.stringify(Playbook)) as Record<string, unknown>),
  };
}
