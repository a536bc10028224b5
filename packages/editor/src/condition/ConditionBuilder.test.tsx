// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { EMPTY_FIELDS } from '../hooks/EditorContext.ts';
import { withEditorResources } from '../i18n/withEditorResources.ts';
import { ConditionBuilder } from './ConditionBuilder.tsx';

afterEach(cleanup);

const i18n = withEditorResources(undefined);

function renderBuilder(value: unknown, props: { optional?: boolean; locale?: 'en' | 'zh-CN' } = {}) {
  const onChange = vi.fn<(logic: unknown) => void>();
  const fields = { ...EMPTY_FIELDS, attributes: ['city'], tags: ['vip'], segments: ['loyal'] };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ConditionBuilder value={value} onChange={onChange} optional={props.optional} fields={fields} locale={props.locale ?? 'en'} />
    </I18nextProvider>,
  );
  return { onChange, ...view };
}

describe('ConditionBuilder', () => {
  it('shows a rule in people’s words and writes edits back as JSON Logic', () => {
    const { onChange, container } = renderBuilder({ '>': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 30] });
    const selects = container.querySelectorAll('select');
    const labels = [...selects].map((s) => s.options[s.selectedIndex]?.text);
    expect(labels).toContain('Last order date');
    expect(labels).toContain('was more than');
    expect(container.textContent).toContain('days ago');
    const value = screen.getByTestId('condition-value-0') as HTMLInputElement;
    fireEvent.change(value, { target: { value: '45' } });
    expect(onChange).toHaveBeenLastCalledWith({ '>': [{ days_since: { var: 'customer.metrics.last_order_at' } }, 45] });
  });

  it('offers the catalogue’s operator labels in Chinese', () => {
    const { container } = renderBuilder({ '>=': [{ var: 'customer.metrics.orders' }, 1] }, { locale: 'zh-CN' });
    const labels = [...container.querySelectorAll('select')].map((s) => s.options[s.selectedIndex]?.text);
    expect(labels).toContain('订单数');
    expect(labels).toContain('大于或等于');
  });

  it('explains a predicted metric where the operator picks it, in their language', () => {
    renderBuilder({ '<': [{ var: 'customer.metrics.p_alive' }, 0.3] });
    expect(screen.getByTestId('condition-field-0-hint').textContent).toMatch(/^From the churn model: the chance, 0 to 1, that the customer still buys/);
    const picker = screen.getByTestId('condition-field-0') as HTMLSelectElement;
    expect(picker.options[picker.selectedIndex]?.text).toBe('Probability still active');
    // Every option of a predicted metric carries its explanation; the plain ones need none.
    const option = (value: string) => [...picker.options].find((o) => o.value === value)!;
    expect(option('customer.metrics.predicted_clv').title).toMatch(/discounted 1% a month/);
    expect(option('customer.metrics.orders').title).toBe('');
    cleanup();
    const plain = renderBuilder({ '>=': [{ var: 'customer.metrics.orders' }, 2] });
    expect(plain.container.querySelector('[data-testid="condition-field-0-hint"]')).toBeNull();
    cleanup();
    renderBuilder({ '>=': [{ var: 'customer.metrics.expected_orders_90d' }, 1] }, { locale: 'zh-CN' });
    expect(screen.getByTestId('condition-field-0-hint').textContent).toBe('流失模型预计该客户未来 90 天的下单数。');
  });

  it('adds a rule to an empty condition', () => {
    const { onChange, container } = renderBuilder({ and: [] });
    expect(container.textContent).toContain('No rules yet.');
    fireEvent.click(container.querySelector('.ruleGroup-addRule')!);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toEqual({ has_tag: '' });
  });

  it('shows a hand-written condition read-only, without changing it', () => {
    const logic = { some: [{ var: 'customer.orders' }, { '>': [{ var: 'amount' }, 100] }] };
    const { onChange } = renderBuilder(logic);
    expect(screen.getByTestId('condition-builder').textContent).toContain('written by hand');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('condition-builder-replace'));
    fireEvent.click(screen.getByText('Start over with the builder', { selector: '.sf-danger' }));
    expect(onChange).toHaveBeenCalledWith({ and: [] });
  });

  it('removes an optional condition when its last rule goes', () => {
    const { onChange, container } = renderBuilder({ has_tag: 'vip' }, { optional: true });
    fireEvent.click(container.querySelector('.rule-remove')!);
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});
