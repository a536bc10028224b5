import type { Currency, Industry, Locale } from './types.ts';

/** What the three demo businesses sell, and what their customers say. */

export type Sentiment = 'positive' | 'neutral' | 'negative';

/** Online shop categories with a typical basket in CNY. */
export const SHOP_CATEGORIES: readonly (readonly [category: string, typicalCny: number])[] = [
  ['apparel', 260], ['beauty', 320], ['home', 180], ['food', 90], ['electronics', 900], ['baby', 210], ['sports', 350],
];

export interface SaasPlan {
  name: string;
  monthly: Record<Currency, number>;
}
/** An annual subscription costs ten months. */
export const SAAS_PLANS: readonly SaasPlan[] = [
  { name: 'Starter', monthly: { CNY: 99, USD: 15 } },
  { name: 'Pro', monthly: { CNY: 299, USD: 49 } },
  { name: 'Business', monthly: { CNY: 899, USD: 129 } },
];

export interface Course {
  id: string;
  title: Record<Locale, string>;
  price: Record<Currency, number>;
  /** Bought again and again (lesson packs); a course is bought once. */
  repeatable?: boolean;
}
export const COURSES: readonly Course[] = [
  { id: 'python-basics', title: { 'zh-CN': 'Python 入门', en: 'Python for Beginners' }, price: { CNY: 699, USD: 99 } },
  { id: 'business-english', title: { 'zh-CN': '商务英语', en: 'Business English' }, price: { CNY: 1299, USD: 179 } },
  { id: 'ielts-sprint', title: { 'zh-CN': '雅思冲刺班', en: 'IELTS Sprint' }, price: { CNY: 2999, USD: 399 } },
  { id: 'data-analysis', title: { 'zh-CN': '数据分析实战', en: 'Hands-on Data Analysis' }, price: { CNY: 1599, USD: 229 } },
  { id: 'photography', title: { 'zh-CN': '摄影基础', en: 'Photography Basics' }, price: { CNY: 399, USD: 59 } },
  { id: 'kids-coding', title: { 'zh-CN': '少儿编程 Scratch', en: 'Scratch Coding for Kids' }, price: { CNY: 899, USD: 129 } },
  { id: 'ui-design', title: { 'zh-CN': 'UI 设计入门', en: 'Intro to UI Design' }, price: { CNY: 1199, USD: 169 } },
  { id: 'lesson-pack-10', title: { 'zh-CN': '一对一课时包（10 节）', en: '1-on-1 lesson pack (10 lessons)' }, price: { CNY: 499, USD: 79 }, repeatable: true },
];

export const CANCEL_REASONS = ['too_expensive', 'missing_features', 'switched_to_competitor', 'no_longer_needed'] as const;
export const SIGNUP_SOURCES = ['website', 'search', 'referral', 'wechat', 'event'] as const;

export const FEEDBACK: Record<Industry, Record<Sentiment, Record<Locale, readonly string[]>>> = {
  ecommerce: {
    positive: {
      en: ['Fast delivery and great quality, will order again.', 'Customer service sorted out my return in minutes. Thank you!', 'Love the new collection, the sizes fit perfectly.'],
      'zh-CN': ['物流很快，质量很好，会回购。', '客服很耐心，退换货很快就处理好了，点赞！', '新品很好看，尺码也很标准。'],
    },
    neutral: {
      en: ['The product is fine, but delivery took longer than expected.', 'Okay overall. The packaging could be better.', 'Prices are a bit higher than other shops.'],
      'zh-CN': ['东西还可以，就是发货有点慢。', '整体还行，包装可以再改进一下。', '价格比别家稍微贵一点。'],
    },
    negative: {
      en: ['My order arrived damaged and nobody answered my emails.', 'Third late delivery in a row. Very disappointed.', 'The refund has taken two weeks and is still not done.'],
      'zh-CN': ['收到的商品有破损，联系客服一直没人回复。', '连续三次发货延迟，太失望了。', '退款两周了还没到账。'],
    },
  },
  saas: {
    positive: {
      en: ['The new dashboard saves our team hours every week.', 'Support answered within minutes, great experience.', 'Setup was easy and the integrations just work.'],
      'zh-CN': ['新版仪表盘每周帮我们团队节省好几个小时。', '客服几分钟就回复了，体验很好。', '上手很简单，集成也很顺畅。'],
    },
    neutral: {
      en: ['Does what we need, but reports are hard to customise.', 'Decent product. The mobile app feels slow.', 'Extra seats are a bit expensive.'],
      'zh-CN': ['基本满足需求，但报表不太好自定义。', '产品还不错，就是手机端有点卡。', '增加席位的价格有点贵。'],
    },
    negative: {
      en: ['We keep hitting sync errors and have lost data twice.', 'Too expensive for what we actually use. Looking at alternatives.', 'Support took four days to answer an outage ticket.'],
      'zh-CN': ['经常出现同步错误，已经丢过两次数据。', '我们用到的功能不多，性价比太低，正在考虑其他产品。', '故障工单四天才有人回复。'],
    },
  },
  education: {
    positive: {
      en: ['The teacher explains everything clearly, my speaking has really improved.', 'Well-structured course and useful homework.', 'Flexible schedule, perfect for working parents.'],
      'zh-CN': ['老师讲得很清楚，口语进步很明显。', '课程安排合理，作业很实用。', '上课时间灵活，很适合上班族。'],
    },
    neutral: {
      en: ['Good content, but some lessons feel rushed.', 'The app sometimes freezes during live classes.', 'Would like more practice exercises.'],
      'zh-CN': ['内容不错，但有几节课讲得太快。', '直播课时 App 偶尔会卡。', '希望能多一些练习题。'],
    },
    negative: {
      en: ['The class was cancelled twice without notice.', 'Too expensive for recorded videos, I want a refund.', 'My child has lost interest, the lessons are not engaging.'],
      'zh-CN': ['课程两次临时取消，也没有提前通知。', '全是录播视频，价格太贵了，想退款。', '孩子没兴趣了，课程不够生动。'],
    },
  },
};
