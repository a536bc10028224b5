import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Job, JobKind } from '../api/types.ts';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { isActiveJob, jobAdvice, jobFraction, jobPercent, jobPollDelay, jobShortText, jobText, JOB_POLL_MAX_MS, JOB_POLL_MS } from './jobProgress.ts';

const job = (overrides: Partial<Job> = {}): Job => ({
  id: 'job-1',
  kind: 'enrol',
  playbook: 'win-back',
  status: 'running',
  done: 27_420,
  total: 45_700,
  created_at: '2026-03-02T08:00:00.000Z',
  started_at: '2026-03-02T08:00:00.000Z',
  finished_at: null,
  error: null,
  ...overrides,
});

let tEn: TFunction;
let tZh: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = createInstance();
    await i18n.init({ resources: { en: { app: en }, 'zh-CN': { app: zhCN } }, lng, fallbackLng: 'en', ns: ['app'], defaultNS: 'app', interpolation: { escapeValue: false } });
    return i18n.t;
  };
  tEn = await make('en');
  tZh = await make('zh-CN');
});

describe('job progress', () => {
  it('says how many customers are being enrolled and how far it got, in both languages', () => {
    expect(jobText(tEn, job(), 'en')).toBe('Enrolling 45,700 customers… 60%');
    expect(jobText(tZh, job(), 'zh-CN')).toBe('正在加入 45,700 位客户… 60%');
  });

  it('names the work of each kind of job', () => {
    const kinds: JobKind[] = ['enrol', 'arm_dates', 'arm_schedule', 'sweep', 'schedule', 'recount', 'prune'];
    const english = kinds.map((kind) => jobText(tEn, job({ kind, done: 1, total: 4 }), 'en'));
    expect(english[1]).toBe('Scheduling birthdays and dates for 4 customers… 25%');
    expect(new Set(english).size).toBe(kinds.length);
    for (const text of english) expect(text).not.toMatch(/jobs\.|{{/);
    for (const kind of kinds) expect(jobText(tZh, job({ kind, done: 1, total: 4 }), 'zh-CN')).toMatch(/^[^a-z{]*… 25%$/);
  });

  it('uses the singular for one customer', () => {
    expect(jobText(tEn, job({ done: 0, total: 1 }), 'en')).toBe('Enrolling 1 customer… 0%');
  });

  it('counts what is done when the size is unknown', () => {
    const unknown = job({ total: null, done: 1234 });
    expect(jobFraction(unknown)).toBeNull();
    expect(jobText(tEn, unknown, 'en')).toBe('Enrolling customers… 1,234 so far');
    expect(jobText(tZh, unknown, 'zh-CN')).toBe('正在加入客户… 已处理 1,234');
  });

  it('rounds down so a running job never shows 100 % early, and keeps the share between 0 and 1', () => {
    expect(jobPercent(job({ done: 45_699, total: 45_700 }))).toBe(99);
    expect(jobPercent(job({ done: 50, total: 40 }))).toBe(100);
    expect(jobFraction(job({ done: -3, total: 40 }))).toBe(0);
    expect(jobFraction(job({ done: 0, total: 0 }))).toBeNull();
    expect(jobFraction(job({ status: 'done', done: 0, total: 0 }))).toBe(1);
  });

  it('tells a waiting job from a running one', () => {
    expect(jobText(tEn, job({ status: 'queued', done: 0 }), 'en')).toBe('Enrolment is waiting to start.');
    expect(jobShortText(tEn, job({ status: 'queued', done: 0 }), 'en')).toBe('Enrolment queued');
    expect(isActiveJob(job({ status: 'queued' }))).toBe(true);
    expect(isActiveJob(job({ status: 'running' }))).toBe(true);
    for (const status of ['done', 'failed', 'cancelled'] as const) expect(isActiveJob(job({ status }))).toBe(false);
  });

  it('gives the playbook list a short badge text', () => {
    expect(jobShortText(tEn, job(), 'en')).toBe('Enrolling… 60%');
    expect(jobShortText(tZh, job(), 'zh-CN')).toBe('正在加入… 60%');
    expect(jobShortText(tEn, job({ total: null }), 'en')).toBe('Enrolling…');
  });

  it('says a finished job is done, without advice', () => {
    const done = job({ status: 'done', done: 45_700, finished_at: '2026-03-02T08:01:00.000Z' });
    expect(jobText(tEn, done, 'en')).toBe('Enrolment finished: the customers who match are in the playbook.');
    expect(jobText(tZh, done, 'zh-CN')).toBe('加入完成：符合条件的客户已进入剧本。');
    expect(jobAdvice(tEn, done)).toBeNull();
  });

  it('shows why a job failed and what to do next', () => {
    const failed = job({ status: 'failed', error: 'The database is full.' });
    expect(jobText(tEn, failed, 'en')).toBe('Enrolment stopped: The database is full.');
    expect(jobText(tZh, failed, 'zh-CN')).toBe('加入客户中断：The database is full.');
    expect(jobAdvice(tEn, failed)).toMatch(/^To try again, publish the playbook again/);
    expect(jobAdvice(tZh, failed)).toMatch(/^如需重试，请重新发布剧本/);
    expect(jobText(tEn, job({ status: 'failed', error: null }), 'en')).toBe('Enrolment stopped before it finished.');
    expect(jobText(tEn, job({ status: 'cancelled' }), 'en')).toBe('Enrolment was cancelled before it finished.');
  });

  it('asks every second, and backs off to ten seconds while the server does not answer', () => {
    expect(jobPollDelay(0)).toBe(JOB_POLL_MS);
    expect(JOB_POLL_MS).toBe(1_000);
    expect([1, 2, 3, 4, 50].map(jobPollDelay)).toEqual([2_000, 4_000, 8_000, JOB_POLL_MAX_MS, JOB_POLL_MAX_MS]);
  });
});
