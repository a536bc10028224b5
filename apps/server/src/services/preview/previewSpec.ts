import { loadTemplates } from '@stayflow/examples';
import type { Logic } from '@stayflow/logic';
import { validate, type Locale, type Playbook } from '@stayflow/playbook';
import { HttpError, notFound } from '../../plugins/errors.ts';
import { quoteInput } from '../../plugins/quoteInput.ts';
import type { Runtime } from '../../runtime/Runtime.ts';
import { publicIssue } from '../playbookService.ts';
import type { PreviewSpec } from './computePreview.ts';
import type { SameTemplate } from './PreviewRunner.ts';
import { templateOf } from './templateOf.ts';

/** Earlier versions of a live playbook handed to a preview, newest first: runs on older ones are rare. */
const EARLIER_VERSIONS = 10;

/**
 * What a preview of publishing the playbook's draft needs, read from the store on the
 * request path (a few rows): the draft as the version it would become, the other live
 * playbooks at their versions, the earlier versions stored runs may be on, the segments;
 * and the live playbooks made from the same template.
 */
export async function previewSpec(runtime: Runtime, playbookId: string, days: number, locale: Locale): Promise<{ spec: PreviewSpec; sameTemplate: SameTemplate[] }> {
  const store = runtime.store;
  const record = await store.playbooks.get(playbookId);
  if (!record) throw notFound(`The playbook ${quoteInput(playbookId)}`);
  const checked = validate(record.draft, { locale });
  if (!checked.valid) throw new HttpError(400, 'invalid_playbook', `Fix the playbook's problems before previewing it: ${checked.errors[0]!.message}`, checked.errors.map(publicIssue));
  const liveVersions = await store.playbooks.live();
  const live = liveVersions.map((v) => ({ playbook: v.document as Playbook, version: v.version }));
  const earlier: PreviewSpec['earlier'] = [];
  for (const v of liveVersions) {
    for (let version = v.version - 1; version >= Math.max(1, v.version - EARLIER_VERSIONS); version--) {
      const old = await store.playbooks.version(v.playbookId, version);
      if (old) earlier.push({ playbook: old.document as Playbook, version });
    }
  }
  // Republishing: runs on the live version go on beside the new one.
  const own = liveVersions.find((v) => v.playbookId === playbookId);
  if (own) earlier.push({ playbook: own.document as Playbook, version: own.version });
  const segments = (await store.segments.list()).map((s) => ({ name: s.name, if: s.rule as Logic }));

  const templateIds = new Set(loadTemplates().map((t) => (t.document as { id: string }).id));
  const template = templateOf(record.draft, templateIds);
  const sameTemplate: SameTemplate[] =
    template === null
      ? []
      : live.filter((l) => l.playbook.id !== playbookId && templateOf(l.playbook, templateIds) === template).map((l) => ({ playbook_id: l.playbook.id, name: l.playbook.name, template }));
  return {
    spec: { playbook: checked.playbook, version: (record.publishedVersion ?? 0) + 1, live: live.filter((l) => l.playbook.id !== playbookId), earlier, segments, from: runtime.clock.now(), days },
    sameTemplate,
  };
}
