import { describe, expect, it } from 'vitest';
import { checkMapping } from './checkMapping.ts';
import { guessMapping, parseTarget, targetLabel } from './columnTargets.ts';

describe('guessMapping', () => {
  it('recognises English and Chinese headers', () => {
    expect(guessMapping(['Customer ID', 'E-mail', '姓名', '手机', 'birthday', 'created_at', 'Order Date', 'amount', 'currency', 'order_id'])).toEqual([
      'id',
      'attribute:email',
      'attribute:name',
      'attribute:phone',
      'attribute:birthday',
      'attribute:created_at',
      'order.at',
      'order.amount',
      'order.currency',
      'order.id',
    ]);
  });

  it('maps currency to the customer when the file holds no orders, and unknown headers to attributes of their own', () => {
    expect(guessMapping(['id', 'Currency', 'VIP Level', '会员等级', ''])).toEqual(['id', 'attribute:currency', 'attribute:vip_level', 'attribute:会员等级', 'ignore']);
  });

  it('never maps two columns to one target', () => {
    expect(guessMapping(['id', 'customer_id'])).toEqual(['id', 'attribute:customer_id']);
  });
});

describe('checkMapping', () => {
  it('asks for an id column and for an order date next to an amount', () => {
    const errors = checkMapping(['email', 'amount'], ['attribute:email', 'order.amount'], 'en');
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [1, 'csv.no_id_column'],
      [1, 'csv.order_without_date'],
    ]);
  });

  it('names the columns that feed one target', () => {
    const [error] = checkMapping(['id', 'mail', 'email'], ['id', 'attribute:email', 'attribute:email'], 'zh-CN');
    expect(error!.problem).toBe('"mail", "email" 这几列都映射到了"邮箱"：请保留一列，其余设为忽略。');
  });
});

describe('parseTarget', () => {
  it('reads targets as an operator types them', () => {
    expect(parseTarget('email')).toBe('attribute:email');
    expect(parseTarget('attribute:vip')).toBe('attribute:vip');
    expect(parseTarget('order.amount')).toBe('order.amount');
    expect(parseTarget('ignore')).toBe('ignore');
    expect(parseTarget(' ')).toBeNull();
    expect(targetLabel('attribute:vip', 'zh-CN')).toBe('属性 vip');
  });
});
