import { describe, expect, it } from 'vitest';
import { toSnakeCase } from './toSnakeCase.ts';

describe('toSnakeCase', () => {
  it('writes Segment trait and event names the way Stayflow names attributes and events', () => {
    expect(toSnakeCase('firstName')).toBe('first_name');
    expect(toSnakeCase('createdAt')).toBe('created_at');
    expect(toSnakeCase('Order Completed')).toBe('order_completed');
    expect(toSnakeCase('Product Added to Wishlist')).toBe('product_added_to_wishlist');
    expect(toSnakeCase('accountID')).toBe('account_id');
    expect(toSnakeCase('HTMLParser')).toBe('html_parser');
    expect(toSnakeCase('plan-name')).toBe('plan_name');
    expect(toSnakeCase('total billed')).toBe('total_billed');
    expect(toSnakeCase('plan2Go')).toBe('plan2_go');
  });

  it('leaves names that are snake case already as they are', () => {
    expect(toSnakeCase('order_completed')).toBe('order_completed');
    expect(toSnakeCase('email')).toBe('email');
  });

  it('keeps letters of any script and drops punctuation at either end', () => {
    expect(toSnakeCase('会员 等级')).toBe('会员_等级');
    expect(toSnakeCase('  $Signed Up!! ')).toBe('signed_up');
  });

  it('gives an empty name when nothing is left', () => {
    expect(toSnakeCase('!!!')).toBe('');
    expect(toSnakeCase('')).toBe('');
  });
});
