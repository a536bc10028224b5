import { isLeapYear } from '@stayflow/logic';
import type { Random } from './random.ts';
import type { Currency, Locale, TimeZone } from './types.ts';

/** Who a customer is, independent of what they buy. */
export interface Person {
  name: string;
  email: string;
  phone?: string;
  city: string;
  timezone: TimeZone;
  locale: Locale;
  /** ISO 4217: the currency of the customer's order amounts (the app shows their spend in it). */
  currency: Currency;
  /** `YYYY-MM-DD`. */
  birthday?: string;
  /** Bound a WeChat account: makes the `wechat` tag and the mini-program channel plausible. */
  usesWechat: boolean;
}

/** Standard-time UTC offsets. Daylight saving is ignored: an hour's shift in a demo's time of day does not matter. */
export const UTC_OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Shanghai': 8, 'Europe/London': 0, 'America/New_York': -5 };

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'],
  ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo'],
  ['何', 'He'], ['林', 'Lin'], ['高', 'Gao'], ['罗', 'Luo'], ['郑', 'Zheng'], ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'],
];
const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['芳', 'Fang'], ['伟', 'Wei'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['丽', 'Li'], ['强', 'Qiang'], ['磊', 'Lei'],
  ['军', 'Jun'], ['洋', 'Yang'], ['勇', 'Yong'], ['艳', 'Yan'], ['杰', 'Jie'], ['涛', 'Tao'], ['明', 'Ming'], ['超', 'Chao'],
  ['秀英', 'Xiuying'], ['霞', 'Xia'], ['婷', 'Ting'], ['雪', 'Xue'], ['浩然', 'Haoran'], ['子涵', 'Zihan'], ['欣怡', 'Xinyi'],
  ['梓萱', 'Zixuan'], ['宇轩', 'Yuxuan'], ['思雨', 'Siyu'], ['嘉怡', 'Jiayi'], ['俊杰', 'Junjie'], ['晨', 'Chen'], ['一诺', 'Yinuo'],
];
const FIRST_NAMES = [
  'Emma', 'Oliver', 'Olivia', 'James', 'Sophia', 'William', 'Amelia', 'Jack', 'Isabella', 'Henry', 'Charlotte', 'Lucas',
  'Mia', 'Daniel', 'Grace', 'Thomas', 'Chloe', 'Samuel', 'Emily', 'Noah', 'Hannah', 'Ethan', 'Zoe', 'Ryan',
] as const;
const LAST_NAMES = [
  'Johnson', 'Smith', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Miller', 'Clarke', 'Walker', 'Wright', 'Thompson',
  'Garcia', 'Martin', 'Robinson', 'Lewis', 'Hughes', 'Green', 'Patel', 'Murphy', 'Cooper', 'Bennett',
] as const;

/** [Chinese name, English name, weight]: bigger cities weigh more. */
const CHINESE_CITIES: readonly (readonly [string, string, number])[] = [
  ['上海', 'Shanghai', 16], ['北京', 'Beijing', 14], ['深圳', 'Shenzhen', 11], ['广州', 'Guangzhou', 10], ['杭州', 'Hangzhou', 8],
  ['成都', 'Chengdu', 7], ['南京', 'Nanjing', 5], ['武汉', 'Wuhan', 5], ['苏州', 'Suzhou', 5], ['西安', "Xi'an", 4],
  ['重庆', 'Chongqing', 4], ['天津', 'Tianjin', 3], ['长沙', 'Changsha', 3], ['厦门', 'Xiamen', 2],
];
const ABROAD: Record<'Europe/London' | 'America/New_York', readonly string[]> = {
  'Europe/London': ['London', 'London', 'London', 'Manchester', 'Edinburgh', 'Bristol'],
  'America/New_York': ['New York', 'New York', 'New York', 'Boston', 'Philadelphia', 'Washington'],
};
const CHINA_MOBILE_PREFIXES = ['130', '131', '135', '136', '138', '139', '150', '151', '152', '158', '159', '176', '177', '180', '186', '187', '188', '189', '199'] as const;
// Reserved for documentation (RFC 2606): a demo can never email a real person.
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** A birthday anywhere in the year; Feb 29 a little more often than nature, so a demo always has some. */
function birthday(random: Random): string {
  if (random.chance(0.004)) return `${random.pick([1968, 1972, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004])}-02-29`;
  const year = random.int(1962, 2006);
  const date = new Date(Date.UTC(year, 0, 1 + random.int(0, isLeapYear(year) ? 365 : 364)));
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

function email(random: Random, localParts: readonly string[], number: number): string {
  return `${random.pick(localParts)}${number}@${random.pick(EMAIL_DOMAINS)}`.toLowerCase();
}

/**
 * Seven in ten customers are Chinese-speaking in China; the rest use the English UI:
 * half of them in China with their name in pinyin ("Li Wei"), half in London or New York.
 */
export function createPerson(random: Random, number: number): Person {
  const profile = random.weighted([['chinese', 70], ['pinyin', 15], ['abroad', 15]] as const);
  const hasBirthday = random.chance(0.92);
  if (profile === 'abroad') {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const timezone = random.chance(0.5) ? 'Europe/London' : 'America/New_York';
    // Ofcom's 07700 900xxx and the US 555-01xx numbers are reserved for fiction.
    const phone = timezone === 'Europe/London' ? `+447700900${digits(random, 3)}` : `+1${random.pick(['212', '617', '215', '202'])}55501${digits(random, 2)}`;
    return {
      name: `${first} ${last}`,
      email: email(random, [`${first}.${last}`, `${first}${last.charAt(0)}`, `${first.charAt(0)}${last}`], number),
      ...(random.chance(0.75) ? { phone } : {}),
      city: random.pick(ABROAD[timezone]),
      timezone,
      locale: 'en',
      currency: 'USD',
      ...(hasBirthday ? { birthday: birthday(random) } : {}),
      usesWechat: false,
    };
  }
  const [surname, surnamePinyin] = random.pick(SURNAMES);
  const [given, givenPinyin] = random.pick(GIVEN_NAMES);
  const [cityZh, cityEn] = random.weighted(CHINESE_CITIES.map(([zh, en, weight]) => [[zh, en] as const, weight] as const));
  const chinese = profile === 'chinese';
  return {
    name: chinese ? `${surname}${given}` : `${surnamePinyin} ${givenPinyin}`,
    email: email(random, [`${surnamePinyin}${givenPinyin}`, `${givenPinyin}.${surnamePinyin}`, `${surnamePinyin}.${givenPinyin}`], number),
    ...(random.chance(0.93) ? { phone: `+86${random.pick(CHINA_MOBILE_PREFIXES)}${digits(random, 8)}` } : {}),
    city: chinese ? cityZh : cityEn,
    timezone: 'Asia/Shanghai',
    locale: chinese ? 'zh-CN' : 'en',
    currency: 'CNY',
    ...(hasBirthday ? { birthday: birthday(random) } : {}),
    usesWechat: random.chance(chinese ? 0.65 : 0.3),
  };
}
