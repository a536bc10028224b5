import { describe, expect, it } from 'vitest';
import { customerExportFileName } from './customerExportFileName.ts';

describe('customerExportFileName', () => {
  it('names the file after the customer id', () => {
    expect(customerExportFileName('cus-00001')).toBe('customer-cus-00001.json');
    expect(customerExportFileName('ada@example.com')).toBe('customer-ada@example.com.json');
    expect(customerExportFileName('客户 42')).toBe('customer-客户 42.json');
  });

  it('replaces characters a file name cannot hold', () => {
    expect(customerExportFileName('shop/eu:42')).toBe('customer-shop_eu_42.json');
    expect(customerExportFileName('a\\b*c?"d"<e>|f')).toBe('customer-a_b_c__d__e__f.json');
    expect(customerExportFileName('tab\there\n')).toBe('customer-tab_here_.json');
  });
});
